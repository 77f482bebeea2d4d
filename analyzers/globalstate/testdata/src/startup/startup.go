// Package startup writes package-level state only while the program
// starts: none of it is reported.
package startup

import (
	"flag"
	"net/http"
)

var (
	addr    string
	routes  = map[string]bool{}
	verbose = flag.Bool("v", false, "verbose")
	mode    string
)

func init() {
	flag.StringVar(&addr, "addr", ":8080", "listen address") // not reported: start-up
	routes["/"] = true                                       // not reported: start-up
	mode = "init"                                            // not reported: start-up
}

func main() {
	flag.Parse() // not reported: start-up
	setup()
	http.HandleFunc("/", Home)
	http.ListenAndServe(addr, nil)
}

// setup is reachable only from main.
func setup() {
	routes["/home"] = true // not reported: reachable only from main
	mode = "main"          // not reported: reachable only from main
	if *verbose {
		mode = "verbose"
	}
}

func Home(w http.ResponseWriter, r *http.Request) {
	_ = routes[r.URL.Path] // not reported: a read
	w.Write([]byte(mode))  // not reported: a read
	generatedHelper()
}
