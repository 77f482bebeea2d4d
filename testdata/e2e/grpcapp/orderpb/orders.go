// Package orderpb has the types of the Orders gRPC service.
//
// It is written by hand in the shape protoc-gen-go-grpc emits, against the
// real grpc package, so that the e2e run sees what it sees in real code;
// the messages are plain structs, without protobuf.
package orderpb

// GetOrderRequest asks for one order.
type GetOrderRequest struct {
	Id int64
}

// GetOrdersRequest asks for several orders.
type GetOrdersRequest struct {
	Ids []int64
}

// GetOrdersResponse holds the orders asked for.
type GetOrdersResponse struct {
	Orders []*Order
}

// ListOrdersRequest asks for a page of a customer's orders.
type ListOrdersRequest struct {
	CustomerId int64
	PageSize   int32
}

// ListOrdersResponse holds a page of orders.
type ListOrdersResponse struct {
	Orders []*Order
}

// Order is one order.
type Order struct {
	Id           int64
	CustomerId   int64
	CustomerName string
	TotalCents   int64
}
