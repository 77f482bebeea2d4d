package downstream

import (
	"context"

	"chain/middle"
	"chain/upstream"
	"example.com/pb/orderpb"
	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

// GinHit reaches upstream through middle from a gin handler.
func GinHit(c *gin.Context) {
	middle.Track(c.FullPath()) // want `handler GinHit writes package-level variable upstream.hits \(GinHit → middle.Track → upstream.Record\) with no lock`
}

// EchoRemember reaches upstream through middle from an echo handler.
func EchoRemember(c echo.Context) error {
	middle.Note(c.Param("k")) // want `handler EchoRemember grows package-level map upstream.seen \(EchoRemember → middle.Note → upstream.Remember\) and nothing ever removes its entries`
	_ = middle.Read()         // not reported: reads only
	return nil
}

type server struct {
	orderpb.UnimplementedOrdersServer
}

// GetOrder reaches upstream through middle, under middle's lock.
func (s *server) GetOrder(ctx context.Context, req *orderpb.GetOrderRequest) (*orderpb.GetOrderResponse, error) {
	middle.TrackLocked(req.Id) // want `handler server.GetOrder writes package-level variable upstream.hits \(server.GetOrder → middle.TrackLocked → upstream.Record\): it is synchronised`
	upstream.Evict(req.Id)     // want `handler server.GetOrder writes package-level map upstream.Cache \(server.GetOrder → upstream.Evict\) with no lock`
	return nil, nil
}
