package main

import (
	"encoding/json"
	"net/http"
	"strconv"

	"google.golang.org/grpc"

	"example.com/e2e/grpcapp/orderpb"
)

// gateway serves the orders over HTTP, asking the gRPC service behind it.
type gateway struct {
	orders   orderpb.OrdersClient
	featured []int64 // order ids shown on the home page, from the configuration
}

func newGateway(conn *grpc.ClientConn) *gateway {
	return &gateway{orders: orderpb.NewOrdersClient(conn)}
}

// Orders asks the service for each order the request names, one call
// per id.
func (g *gateway) Orders(w http.ResponseWriter, r *http.Request) {
	var out []*orderpb.Order
	for _, s := range r.URL.Query()["id"] {
		id, _ := strconv.ParseInt(s, 10, 64)
		o, err := g.orders.GetOrder(r.Context(), &orderpb.GetOrderRequest{Id: id}) // want requestquery
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		out = append(out, o)
	}
	json.NewEncoder(w).Encode(out)
}

// Featured asks for the few orders the configuration names: a count no
// visitor changes.
func (g *gateway) Featured(w http.ResponseWriter, r *http.Request) {
	var out []*orderpb.Order
	for _, id := range g.featured {
		o, err := g.orders.GetOrder(r.Context(), &orderpb.GetOrderRequest{Id: id}) // not reported: the configured orders
		if err == nil {
			out = append(out, o)
		}
	}
	json.NewEncoder(w).Encode(out)
}

func serveGateway(conn *grpc.ClientConn) {
	g := newGateway(conn)
	http.HandleFunc("/orders", g.Orders)
	http.HandleFunc("/featured", g.Featured)
	go http.ListenAndServe(":8080", nil)
}
