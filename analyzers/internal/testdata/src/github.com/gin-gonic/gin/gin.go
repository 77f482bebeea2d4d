// Package gin is a stub of github.com/gin-gonic/gin for scalevet's analyzer tests: only the API shape matters.
package gin

import (
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"time"

	"github.com/gin-gonic/gin/binding"
)

// HandlerFunc is the handler and middleware type.
type HandlerFunc func(*Context)

// HandlersChain is a slice of HandlerFunc.
type HandlersChain []HandlerFunc

// H is a shortcut for map[string]any.
type H map[string]any

// OptionFunc configures an Engine.
type OptionFunc func(*Engine)

// IRoutes is the route registration interface; *RouterGroup and *Engine implement it.
type IRoutes interface {
	Use(...HandlerFunc) IRoutes

	Handle(string, string, ...HandlerFunc) IRoutes
	Any(string, ...HandlerFunc) IRoutes
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
	DELETE(string, ...HandlerFunc) IRoutes
	PATCH(string, ...HandlerFunc) IRoutes
	PUT(string, ...HandlerFunc) IRoutes
	OPTIONS(string, ...HandlerFunc) IRoutes
	HEAD(string, ...HandlerFunc) IRoutes
	Match([]string, string, ...HandlerFunc) IRoutes

	StaticFile(string, string) IRoutes
	StaticFileFS(string, string, http.FileSystem) IRoutes
	Static(string, string) IRoutes
	StaticFS(string, http.FileSystem) IRoutes
}

// IRouter is IRoutes plus Group.
type IRouter interface {
	IRoutes
	Group(string, ...HandlerFunc) *RouterGroup
}

// RouterGroup holds a prefix and middleware; Engine embeds it, so
// engine.GET is the promoted (*RouterGroup).GET.
type RouterGroup struct {
	Handlers HandlersChain
	basePath string
}

func (group *RouterGroup) Use(middleware ...HandlerFunc) IRoutes { return group }
func (group *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	return group
}
func (group *RouterGroup) BasePath() string { return group.basePath }
func (group *RouterGroup) Handle(httpMethod, relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}
func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }
func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes     { return group }
func (group *RouterGroup) DELETE(relativePath string, handlers ...HandlerFunc) IRoutes  { return group }
func (group *RouterGroup) PATCH(relativePath string, handlers ...HandlerFunc) IRoutes   { return group }
func (group *RouterGroup) PUT(relativePath string, handlers ...HandlerFunc) IRoutes     { return group }
func (group *RouterGroup) OPTIONS(relativePath string, handlers ...HandlerFunc) IRoutes { return group }
func (group *RouterGroup) HEAD(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }
func (group *RouterGroup) Any(relativePath string, handlers ...HandlerFunc) IRoutes     { return group }
func (group *RouterGroup) Match(methods []string, relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}
func (group *RouterGroup) StaticFile(relativePath, filepath string) IRoutes { return group }
func (group *RouterGroup) StaticFileFS(relativePath, filepath string, fs http.FileSystem) IRoutes {
	return group
}
func (group *RouterGroup) Static(relativePath, root string) IRoutes                 { return group }
func (group *RouterGroup) StaticFS(relativePath string, fs http.FileSystem) IRoutes { return group }

// Engine is the framework instance.
type Engine struct {
	RouterGroup

	RedirectTrailingSlash  bool
	HandleMethodNotAllowed bool
	ForwardedByClientIP    bool
	MaxMultipartMemory     int64
}

// New returns a new blank Engine instance without any middleware attached.
func New(opts ...OptionFunc) *Engine { return &Engine{} }

// Default returns an Engine instance with the Logger and Recovery middleware already attached.
func Default(opts ...OptionFunc) *Engine { return &Engine{} }

// Use is declared on *Engine itself, shadowing (*RouterGroup).Use.
func (engine *Engine) Use(middleware ...HandlerFunc) IRoutes { return engine }
func (engine *Engine) Handler() http.Handler                 { return engine }
func (engine *Engine) NoRoute(handlers ...HandlerFunc)       {}
func (engine *Engine) NoMethod(handlers ...HandlerFunc)      {}
func (engine *Engine) With(opts ...OptionFunc) *Engine       { return engine }
func (engine *Engine) Run(addr ...string) (err error)        { return nil }
func (engine *Engine) RunTLS(addr, certFile, keyFile string) (err error) {
	return nil
}
func (engine *Engine) RunListener(listener net.Listener) (err error)      { return nil }
func (engine *Engine) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
func (engine *Engine) HandleContext(c *Context)                           {}

// ResponseWriter is an interface in the real library.
type ResponseWriter interface {
	http.ResponseWriter
	http.Hijacker
	http.Flusher
	http.CloseNotifier

	Status() int
	Size() int
	WriteString(string) (int, error)
	Written() bool
	WriteHeaderNow()
	Pusher() http.Pusher
}

// Param is a single URL parameter.
type Param struct {
	Key   string
	Value string
}

// Params is a Param-slice, as returned by the router.
type Params []Param

func (ps Params) Get(name string) (string, bool) { return "", false }
func (ps Params) ByName(name string) (va string) { return "" }

// Error is an error attached to a Context.
type Error struct {
	Err  error
	Type ErrorType
	Meta any
}

func (msg Error) Error() string { return "" }

// ErrorType is an unsigned 64-bit error code.
type ErrorType uint64

// Context carries the request through the handler chain. It implements
// context.Context (Deadline, Done, Err, Value).
type Context struct {
	Request *http.Request
	Writer  ResponseWriter

	Params   Params
	Keys     map[any]any
	Accepted []string
}

func (c *Context) Copy() *Context                            { return c }
func (c *Context) HandlerName() string                       { return "" }
func (c *Context) FullPath() string                          { return "" }
func (c *Context) Next()                                     {}
func (c *Context) IsAborted() bool                           { return false }
func (c *Context) Abort()                                    {}
func (c *Context) AbortWithStatus(code int)                  {}
func (c *Context) AbortWithStatusJSON(code int, jsonObj any) {}
func (c *Context) AbortWithError(code int, err error) *Error { return nil }
func (c *Context) Error(err error) *Error                    { return nil }
func (c *Context) Set(key any, value any)                    {}
func (c *Context) Get(key any) (value any, exists bool)      { return nil, false }
func (c *Context) MustGet(key any) any                       { return nil }
func (c *Context) GetString(key any) string                  { return "" }
func (c *Context) GetInt(key any) int                        { return 0 }
func (c *Context) GetInt64(key any) int64                    { return 0 }
func (c *Context) GetBool(key any) bool                      { return false }

func (c *Context) Param(key string) string                                       { return "" }
func (c *Context) Query(key string) (value string)                               { return "" }
func (c *Context) DefaultQuery(key, defaultValue string) string                  { return "" }
func (c *Context) GetQuery(key string) (string, bool)                            { return "", false }
func (c *Context) QueryArray(key string) (values []string)                       { return nil }
func (c *Context) QueryMap(key string) (dicts map[string]string)                 { return nil }
func (c *Context) PostForm(key string) (value string)                            { return "" }
func (c *Context) DefaultPostForm(key, defaultValue string) string               { return "" }
func (c *Context) GetPostForm(key string) (string, bool)                         { return "", false }
func (c *Context) FormFile(name string) (*multipart.FileHeader, error)           { return nil, nil }
func (c *Context) SaveUploadedFile(file *multipart.FileHeader, dst string) error { return nil }
func (c *Context) MultipartForm() (*multipart.Form, error)                       { return nil, nil }
func (c *Context) Bind(obj any) error                                            { return nil }
func (c *Context) BindJSON(obj any) error                                        { return nil }
func (c *Context) BindQuery(obj any) error                                       { return nil }
func (c *Context) BindUri(obj any) error                                         { return nil }
func (c *Context) MustBindWith(obj any, b binding.Binding) error                 { return nil }
func (c *Context) ShouldBind(obj any) error                                      { return nil }
func (c *Context) ShouldBindJSON(obj any) error                                  { return nil }
func (c *Context) ShouldBindQuery(obj any) error                                 { return nil }
func (c *Context) ShouldBindUri(obj any) error                                   { return nil }
func (c *Context) ShouldBindHeader(obj any) error                                { return nil }
func (c *Context) ShouldBindWith(obj any, b binding.Binding) error               { return nil }
func (c *Context) ShouldBindBodyWith(obj any, bb binding.BindingBody) (err error) {
	return nil
}
func (c *Context) ShouldBindBodyWithJSON(obj any) error { return nil }
func (c *Context) ClientIP() string                     { return "" }
func (c *Context) ContentType() string                  { return "" }
func (c *Context) Status(code int)                      {}
func (c *Context) Header(key, value string)             {}
func (c *Context) GetHeader(key string) string          { return "" }
func (c *Context) GetRawData() ([]byte, error)          { return nil, nil }
func (c *Context) SetSameSite(samesite http.SameSite)   {}
func (c *Context) SetCookie(name, value string, maxAge int, path, domain string, secure, httpOnly bool) {
}
func (c *Context) SetCookieData(cookie *http.Cookie)              {}
func (c *Context) Cookie(name string) (string, error)             { return "", nil }
func (c *Context) HTML(code int, name string, obj any)            {}
func (c *Context) IndentedJSON(code int, obj any)                 {}
func (c *Context) SecureJSON(code int, obj any)                   {}
func (c *Context) JSONP(code int, obj any)                        {}
func (c *Context) JSON(code int, obj any)                         {}
func (c *Context) PureJSON(code int, obj any)                     {}
func (c *Context) XML(code int, obj any)                          {}
func (c *Context) YAML(code int, obj any)                         {}
func (c *Context) ProtoBuf(code int, obj any)                     {}
func (c *Context) String(code int, format string, values ...any)  {}
func (c *Context) Redirect(code int, location string)             {}
func (c *Context) Data(code int, contentType string, data []byte) {}
func (c *Context) DataFromReader(code int, contentLength int64, contentType string, reader io.Reader, extraHeaders map[string]string) {
}
func (c *Context) File(filepath string)                     {}
func (c *Context) FileAttachment(filepath, filename string) {}
func (c *Context) SSEvent(name string, message any)         {}
func (c *Context) Stream(step func(w io.Writer) bool) bool  { return false }
func (c *Context) Deadline() (deadline time.Time, ok bool)  { return time.Time{}, false }
func (c *Context) Done() <-chan struct{}                    { return nil }
func (c *Context) Err() error                               { return nil }
func (c *Context) Value(key any) any                        { return nil }

// WrapF is a helper function for wrapping http.HandlerFunc and returns a Gin middleware.
func WrapF(f http.HandlerFunc) HandlerFunc { return nil }

// WrapH is a helper function for wrapping http.Handler and returns a Gin middleware.
func WrapH(h http.Handler) HandlerFunc { return nil }

// Logger returns the logging middleware.
func Logger() HandlerFunc { return nil }

// Recovery returns the panic recovery middleware.
func Recovery() HandlerFunc { return nil }

// SetMode sets gin mode according to input string.
func SetMode(value string) {}

// The gin modes.
const (
	DebugMode   = "debug"
	ReleaseMode = "release"
	TestMode    = "test"
)
