// Package httpx is a stub of github.com/zeromicro/go-zero/rest/httpx for scalevet's analyzer tests: only the API shape matters.
package httpx

import (
	"context"
	"net/http"
)

// Parse fills v from the request's path, form, headers and JSON body.
func Parse(r *http.Request, v any) error { return nil }

// OkJsonCtx writes v as JSON.
func OkJsonCtx(ctx context.Context, w http.ResponseWriter, v any) {}

// ErrorCtx writes err.
func ErrorCtx(ctx context.Context, w http.ResponseWriter, err error) {}
