// Package grpcsvc holds gRPC service methods with invariant work and
// look-alikes that read the request message.
package grpcsvc

import (
	"context"
	"database/sql"

	"example.com/pb/orderpb"
	"google.golang.org/grpc"
)

type server struct {
	orderpb.UnimplementedOrdersServer
	db *sql.DB
}

func (s *server) ListOrders(ctx context.Context, req *orderpb.ListOrdersRequest) (*orderpb.ListOrdersResponse, error) {
	// not reported: read from the request message
	s.db.QueryContext(ctx, "SELECT id FROM orders WHERE customer_id = $1 LIMIT $2", req.GetCustomerId(), req.GetPageSize())
	s.db.QueryContext(ctx, "SELECT code FROM currencies WHERE active") // want `query "SELECT code FROM currencies WHERE active" does not depend on the request`
	return nil, nil
}

func (s *server) GetOrder(ctx context.Context, req *orderpb.GetOrderRequest) (*orderpb.GetOrderResponse, error) {
	conn, err := grpc.NewClient("inventory:443") // want `^grpc.NewClient creates a new connection pool on every request of server.GetOrder: connections are not reused and the server's connection limit is exhausted under load; open one pool at start-up and share it$`
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	return nil, nil
}
