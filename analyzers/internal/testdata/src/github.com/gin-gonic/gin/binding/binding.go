// Package binding is a stub of github.com/gin-gonic/gin/binding for scalevet's analyzer tests: only the API shape matters.
package binding

import "net/http"

// Binding binds a request to a value.
type Binding interface {
	Name() string
	Bind(*http.Request, any) error
}

// BindingBody is a Binding that can also bind an already read body.
type BindingBody interface {
	Binding
	BindBody([]byte, any) error
}

// BindingUri binds URI parameters.
type BindingUri interface {
	Name() string
	BindUri(map[string][]string, any) error
}

// The built-in bindings.
var (
	JSON          BindingBody
	XML           BindingBody
	Form          Binding
	Query         Binding
	FormPost      Binding
	FormMultipart Binding
	ProtoBuf      BindingBody
	YAML          BindingBody
	Uri           BindingUri
	Header        Binding
	TOML          BindingBody
	Plain         BindingBody
)
