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
	middle.Track(c.FullPath()) // not reported again: named in the finding of IncrHits (one per cause)
}

// EchoRemember reaches upstream through middle from an echo handler.
func EchoRemember(c echo.Context) error {
	middle.Note(c.Param("k")) // not reported again: named in the finding of Remember (one per cause)
	_ = middle.Read()         // not reported: reads only
	return nil
}

type server struct {
	orderpb.UnimplementedOrdersServer
}

// GetOrder reaches upstream through middle, under middle's lock.
func (s *server) GetOrder(ctx context.Context, req *orderpb.GetOrderRequest) (*orderpb.GetOrderResponse, error) {
	middle.TrackLocked(req.Id) // not reported again: the same write as IncrHits's (one per cause)
	upstream.Cancel(req.Id)    // want `handler server.GetOrder writes package-level map upstream.Orders \(server.GetOrder → upstream.Cancel\) with no lock`
	return nil, nil
}
