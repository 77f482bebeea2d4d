package web

import (
	"context"
	"log/slog"
	"time"
)

// ExpireOrders cancels the orders left unpaid for an hour, once a
// minute, until ctx is done. main starts it next to the server: every
// instance behind the load balancer runs its own copy of this loop.
func (s *Server) ExpireOrders(ctx context.Context) {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			_, err := s.DB.ExecContext(ctx, `UPDATE orders SET status = 'expired' WHERE status = 'pending' AND created_at < now() - interval '1 hour'`)
			if err != nil {
				slog.Error("expire orders", "err", err)
			}
		}
	}
}

// CountProducts logs the size of the catalogue every hour.
func (s *Server) CountProducts(ctx context.Context) {
	// not reported: the loop only reads; each instance logging its own
	// count is harmless
	for range time.Tick(time.Hour) {
		var n int
		if err := s.DB.QueryRowContext(ctx, "SELECT count(*) FROM products").Scan(&n); err == nil {
			slog.Info("catalogue", "products", n)
		}
	}
}
