package nethttp

import "net/http"

// price calls a pricing service the analyzer cannot see into.
//
//scalevet:expensive -- one HTTP round trip to the pricing service
func price(sku string) int { return 0 }

func Cart(w http.ResponseWriter, r *http.Request) {
	var skus []string
	for _, sku := range skus {
		price(sku) // want `^price runs an expensive operation once per iteration of this loop on the request path of Cart \(N\+1: 100 elements of skus mean 100 calls instead of 1\); batch the work or move it out of the loop$`
	}
	price("one") // not reported: once per request is what the user asked to flag in loops only
}
