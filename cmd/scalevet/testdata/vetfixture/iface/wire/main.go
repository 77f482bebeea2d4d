// Command wire wires impl in: the first package that sees the handler's
// call and the implementation, the second only through facts under go
// vet.
package main

import (
	"example.com/vetfixture/iface/impl"
	"example.com/vetfixture/iface/web"
)

func main() {
	h := &web.Handler{S: impl.New()}
	_ = h.Title("Hello")
}
