// Package context is a stub of github.com/beego/beego/v2/server/web/context for scalevet's analyzer tests: only the API shape matters.
package context

import "net/http"

// Context carries one request through beego's filters.
type Context struct {
	Request *http.Request
}
