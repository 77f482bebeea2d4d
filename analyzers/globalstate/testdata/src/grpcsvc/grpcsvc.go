// Package grpcsvc writes package-level state from gRPC service methods.
package grpcsvc

import (
	"context"
	"sync/atomic"

	"example.com/pb/orderpb"
)

var (
	lastOrder string
	served    atomic.Int64
)

type server struct {
	orderpb.UnimplementedOrdersServer
	calls int
}

func (s *server) GetOrder(ctx context.Context, req *orderpb.GetOrderRequest) (*orderpb.GetOrderResponse, error) {
	lastOrder = req.Id // want `handler server.GetOrder writes package-level variable lastOrder with no lock`
	served.Add(1)      // want `handler server.GetOrder writes package-level variable served: it is synchronised`
	s.calls++          // want `^handler server.GetOrder writes s.calls \(its receiver, a \*server, serves every request\) with no lock`
	req.Id = ""        // not reported: the request message
	return nil, nil
}
