// Package context is a stub of github.com/beego/beego/v2/server/web/context for scalevet's analyzer tests: only the API shape matters.
package context

import (
	"net/http"

	"github.com/beego/beego/v2/server/web/session"
)

// Context carries one request through beego's filters.
type Context struct {
	Input   *BeegoInput
	Request *http.Request
}

// BeegoInput is the request side of a Context.
type BeegoInput struct {
	CruSession session.Store
}
