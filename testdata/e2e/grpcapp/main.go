// Command grpcapp is a gRPC service on database/sql, with the order logic
// of package service.
package main

import (
	"context"
	"database/sql"
	"log"
	"net"
	"os"
	"time"

	"google.golang.org/grpc"

	"example.com/e2e/grpcapp/orderpb"
	"example.com/e2e/repo"
	"example.com/e2e/service"
)

type server struct {
	orderpb.UnimplementedOrdersServer
	db     *sql.DB
	orders *service.Orders
}

// GetOrder reads one order by primary key, trying again when the database
// is briefly away.
func (s *server) GetOrder(ctx context.Context, req *orderpb.GetOrderRequest) (*orderpb.Order, error) {
	var o orderpb.Order
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		err = s.db.QueryRowContext(ctx, "SELECT id, customer_id, total_cents FROM orders WHERE id = $1", req.Id).Scan(&o.Id, &o.CustomerId, &o.TotalCents) // not reported: a retry loop, left once the query succeeds
		if err == nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil {
		return nil, err
	}
	return &o, nil
}

// GetOrders reads each requested order with a query of its own.
func (s *server) GetOrders(ctx context.Context, req *orderpb.GetOrdersRequest) (*orderpb.GetOrdersResponse, error) {
	resp := &orderpb.GetOrdersResponse{}
	for _, id := range req.Ids {
		o := &orderpb.Order{}
		if err := s.db.QueryRowContext(ctx, "SELECT id, customer_id, total_cents FROM orders WHERE id = $1", id).Scan(&o.Id, &o.CustomerId, &o.TotalCents); err != nil { // want requestquery
			return nil, err
		}
		resp.Orders = append(resp.Orders, o)
	}
	return resp, nil
}

// ListOrders lists a page of orders with their customers' names, read by
// the service with one query per order.
func (s *server) ListOrders(ctx context.Context, req *orderpb.ListOrdersRequest) (*orderpb.ListOrdersResponse, error) {
	orders, err := s.orders.Store.RecentOrders(ctx, req.CustomerId, int(req.PageSize))
	if err != nil {
		return nil, err
	}
	if err := s.orders.WithCustomerNames(ctx, orders); err != nil { // want requestquery
		return nil, err
	}
	resp := &orderpb.ListOrdersResponse{}
	for _, o := range orders {
		resp.Orders = append(resp.Orders, &orderpb.Order{Id: o.ID, CustomerId: o.CustomerID, CustomerName: o.CustomerName, TotalCents: o.TotalCents})
	}
	return resp, nil
}

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // no driver: this module only has to compile
	if err != nil {
		log.Fatal(err)
	}
	lis, err := net.Listen("tcp", ":9090")
	if err != nil {
		log.Fatal(err)
	}
	conn, err := grpc.NewClient("orders:9090")
	if err != nil {
		log.Fatal(err)
	}
	serveGateway(conn)
	s := grpc.NewServer()
	orderpb.RegisterOrdersServer(s, &server{db: db, orders: &service.Orders{Store: &repo.Store{DB: db}}})
	log.Fatal(s.Serve(lis))
}
