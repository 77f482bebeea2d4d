package grpcsvc

import (
	"context"
	"database/sql"

	"example.com/pb/orderpb"
	"google.golang.org/grpc"
)

// server embeds the generated Unimplemented type: its service methods are entry points.
type server struct {
	orderpb.UnimplementedOrdersServer
	db *sql.DB
}

func (s *server) ListOrders(ctx context.Context, req *orderpb.ListOrdersRequest) (*orderpb.ListOrdersResponse, error) {
	var ids []int
	for _, id := range ids {
		s.db.QueryRowContext(ctx, "SELECT total FROM orders WHERE id = $1", id) // want `s\.db\.QueryRowContext runs a query once per iteration of this loop on the request path of server\.ListOrders \(N\+1: [^)]*\)`
	}
	return nil, nil
}

// helper is not a service method: not an entry point by itself.
func (s *server) helper(ctx context.Context, ids []int) {
	for _, id := range ids {
		s.db.QueryRowContext(ctx, "SELECT total FROM orders WHERE id = $1", id) // not reported: no entry point reaches helper
	}
}

// registered implements the service without embedding; RegisterOrdersServer makes it one.
type registered struct {
	orderpb.OrdersServer
	db *sql.DB
}

func (r *registered) GetOrder(ctx context.Context, req *orderpb.GetOrderRequest) (*orderpb.GetOrderResponse, error) {
	r.db.QueryContext(ctx, "SELECT * FROM orders") // want `query "SELECT \* FROM orders" reads the whole table \(no WHERE, no LIMIT\) on the request path of registered\.GetOrder`
	return nil, nil
}

func Serve(db *sql.DB) {
	s := grpc.NewServer()
	orderpb.RegisterOrdersServer(s, &registered{db: db})
}
