// Package session is a stub of github.com/beego/beego/v2/server/web/session
// for scalevet's analyzer tests: only the API shape matters.
package session

import (
	"context"
	"net/http"
)

// Store is one session of beego's session manager.
type Store interface {
	Set(ctx context.Context, key, value interface{}) error
	Get(ctx context.Context, key interface{}) interface{}
	Delete(ctx context.Context, key interface{}) error
	SessionID(ctx context.Context) string
	SessionRelease(ctx context.Context, w http.ResponseWriter)
	Flush(ctx context.Context) error
}
