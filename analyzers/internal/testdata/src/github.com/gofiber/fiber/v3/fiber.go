// Package fiber is a stub of github.com/gofiber/fiber/v3 for scalevet's analyzer tests: only the API shape matters.
package fiber

import (
	"bufio"
	"context"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"time"

	"github.com/valyala/fasthttp"
)

// Handler is a type ALIAS in the real library. In v3 Ctx is an interface,
// so a handler is func(fiber.Ctx) error (no pointer).
type Handler = func(Ctx) error

// ErrorHandler is an alias too.
type ErrorHandler = func(Ctx, error) error

// Map is a shortcut for map[string]any.
type Map map[string]any

// Config is a struct holding the server settings.
type Config struct {
	Immutable    bool
	BodyLimit    int
	ReadTimeout  time.Duration
	ErrorHandler ErrorHandler
}

// ListenConfig is the configuration of App.Listen.
type ListenConfig struct {
	GracefulContext       context.Context
	ListenerNetwork       string
	ShutdownTimeout       time.Duration
	DisableStartupMessage bool
	EnablePrefork         bool
}

// Router defines all router handle interface. In v3 route handlers are
// typed any (handler any, handlers ...any): the real library adapts
// func(Ctx) error, func(Ctx), net/http and fasthttp handlers at run time.
type Router interface {
	Use(args ...any) Router

	Get(path string, handler any, handlers ...any) Router
	Head(path string, handler any, handlers ...any) Router
	Post(path string, handler any, handlers ...any) Router
	Put(path string, handler any, handlers ...any) Router
	Delete(path string, handler any, handlers ...any) Router
	Connect(path string, handler any, handlers ...any) Router
	Options(path string, handler any, handlers ...any) Router
	Trace(path string, handler any, handlers ...any) Router
	Patch(path string, handler any, handlers ...any) Router

	Add(methods []string, path string, handler any, handlers ...any) Router
	All(path string, handler any, handlers ...any) Router

	Group(prefix string, handlers ...any) Router

	RouteChain(path string) Register
	Route(prefix string, fn func(router Router), name ...string) Router

	Name(name string) Router
}

// Register defines all router handle interface generate by RouteChain().
type Register interface {
	All(handler any, handlers ...any) Register
	Get(handler any, handlers ...any) Register
	Head(handler any, handlers ...any) Register
	Post(handler any, handlers ...any) Register
	Put(handler any, handlers ...any) Register
	Delete(handler any, handlers ...any) Register
	Connect(handler any, handlers ...any) Register
	Options(handler any, handlers ...any) Register
	Trace(handler any, handlers ...any) Register
	Patch(handler any, handlers ...any) Register

	Add(methods []string, handler any, handlers ...any) Register

	RouteChain(path string) Register
}

// App is the fiber application; *App implements Router.
type App struct{ _ int }

// New creates a new Fiber named instance.
func New(config ...Config) *App { return &App{} }

func (app *App) Name(name string) Router                                  { return app }
func (app *App) Use(args ...any) Router                                   { return app }
func (app *App) Get(path string, handler any, handlers ...any) Router     { return app }
func (app *App) Head(path string, handler any, handlers ...any) Router    { return app }
func (app *App) Post(path string, handler any, handlers ...any) Router    { return app }
func (app *App) Put(path string, handler any, handlers ...any) Router     { return app }
func (app *App) Delete(path string, handler any, handlers ...any) Router  { return app }
func (app *App) Connect(path string, handler any, handlers ...any) Router { return app }
func (app *App) Options(path string, handler any, handlers ...any) Router { return app }
func (app *App) Trace(path string, handler any, handlers ...any) Router   { return app }
func (app *App) Patch(path string, handler any, handlers ...any) Router   { return app }
func (app *App) Add(methods []string, path string, handler any, handlers ...any) Router {
	return app
}
func (app *App) All(path string, handler any, handlers ...any) Router { return app }
func (app *App) Group(prefix string, handlers ...any) Router          { return &Group{} }
func (app *App) RouteChain(path string) Register                      { return nil }
func (app *App) Route(prefix string, fn func(router Router), name ...string) Router {
	return app
}
func (app *App) Config() Config                                { return Config{} }
func (app *App) Handler() fasthttp.RequestHandler              { return nil }
func (app *App) Shutdown() error                               { return nil }
func (app *App) ShutdownWithContext(ctx context.Context) error { return nil }
func (app *App) Server() *fasthttp.Server                      { return nil }
func (app *App) Test(req *http.Request, config ...TestConfig) (*http.Response, error) {
	return nil, nil
}
func (app *App) Listen(addr string, config ...ListenConfig) error       { return nil }
func (app *App) Listener(ln net.Listener, config ...ListenConfig) error { return nil }

// TestConfig configures App.Test.
type TestConfig struct {
	Timeout       time.Duration
	FailOnTimeout bool
}

// Group is a sub-router; *Group implements Router.
type Group struct {
	Prefix string
}

func (grp *Group) Name(name string) Router                                  { return grp }
func (grp *Group) Use(args ...any) Router                                   { return grp }
func (grp *Group) Get(path string, handler any, handlers ...any) Router     { return grp }
func (grp *Group) Head(path string, handler any, handlers ...any) Router    { return grp }
func (grp *Group) Post(path string, handler any, handlers ...any) Router    { return grp }
func (grp *Group) Put(path string, handler any, handlers ...any) Router     { return grp }
func (grp *Group) Delete(path string, handler any, handlers ...any) Router  { return grp }
func (grp *Group) Connect(path string, handler any, handlers ...any) Router { return grp }
func (grp *Group) Options(path string, handler any, handlers ...any) Router { return grp }
func (grp *Group) Trace(path string, handler any, handlers ...any) Router   { return grp }
func (grp *Group) Patch(path string, handler any, handlers ...any) Router   { return grp }
func (grp *Group) Add(methods []string, path string, handler any, handlers ...any) Router {
	return grp
}
func (grp *Group) All(path string, handler any, handlers ...any) Router { return grp }
func (grp *Group) Group(prefix string, handlers ...any) Router          { return grp }
func (grp *Group) RouteChain(path string) Register                      { return nil }
func (grp *Group) Route(prefix string, fn func(router Router), name ...string) Router {
	return grp
}

// Route is a struct that holds all metadata for each registered handler.
type Route struct {
	Method   string    `json:"method"`
	Name     string    `json:"name"`
	Path     string    `json:"path"`
	Params   []string  `json:"params"`
	Handlers []Handler `json:"-"`
}

// Cookie data for c.Cookie.
type Cookie struct {
	Expires     time.Time `json:"expires"`
	Name        string    `json:"name"`
	Value       string    `json:"value"`
	Path        string    `json:"path"`
	Domain      string    `json:"domain"`
	SameSite    string    `json:"same_site"`
	MaxAge      int       `json:"max_age"`
	Secure      bool      `json:"secure"`
	HTTPOnly    bool      `json:"http_only"`
	Partitioned bool      `json:"partitioned"`
	SessionOnly bool      `json:"session_only"`
}

// Error represents an error that occurred while handling a request.
type Error struct {
	Message string `json:"message"`
	Code    int    `json:"code"`
}

func (e *Error) Error() string { return e.Message }

// NewError creates a new Error instance with an optional message.
func NewError(code int, message ...string) *Error { return &Error{Code: code} }

// SendFile configures Ctx.SendFile.
type SendFile struct {
	Compress      bool
	ByteRange     bool
	Download      bool
	CacheDuration time.Duration
	MaxAge        int
}

// Storage is the storage interface used by SaveFileToStorage and middlewares.
type Storage interface {
	GetWithContext(ctx context.Context, key string) ([]byte, error)
	Get(key string) ([]byte, error)
	SetWithContext(ctx context.Context, key string, val []byte, exp time.Duration) error
	Set(key string, val []byte, exp time.Duration) error
	DeleteWithContext(ctx context.Context, key string) error
	Delete(key string) error
	ResetWithContext(ctx context.Context) error
	Reset() error
	Close() error
}

// Ctx is an INTERFACE in fiber v3 (it was the struct *Ctx in v2). The real
// interface also has unexported methods, so only fiber implements it. It
// implements context.Context itself; Context() returns the request's
// context.Context (v2's UserContext) and RequestCtx() the fasthttp one.
// v2's BodyParser/QueryParser are gone: use c.Bind().Body(out) and friends.
type Ctx interface {
	App() *App
	BaseURL() string
	Bind() *Bind
	Body() []byte
	BodyRaw() []byte
	ClearCookie(key ...string)
	Context() context.Context
	SetContext(ctx context.Context)
	RequestCtx() *fasthttp.RequestCtx
	Cookie(cookie *Cookie)
	Cookies(key string, defaultValue ...string) string
	Deadline() (time.Time, bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
	Download(file string, filename ...string) error
	Request() *fasthttp.Request
	Response() *fasthttp.Response
	FormFile(key string) (*multipart.FileHeader, error)
	FormValue(key string, defaultValue ...string) string
	FullPath() string
	Get(key string, defaultValue ...string) string
	GetReqHeaders() map[string][]string
	Hostname() string
	IP() string
	JSON(data any, ctype ...string) error
	XML(data any) error
	Locals(key any, value ...any) any
	Method(override ...string) string
	MultipartForm() (*multipart.Form, error)
	Next() error
	OriginalURL() string
	Params(key string, defaultValue ...string) string
	Path(override ...string) string
	Queries() map[string]string
	Query(key string, defaultValue ...string) string
	Redirect() *Redirect
	Render(name string, bind any, layouts ...string) error
	Route() *Route
	SaveFile(fileheader *multipart.FileHeader, path string) error
	SaveFileToStorage(fileheader *multipart.FileHeader, path string, storage Storage) error
	Send(body []byte) error
	SendFile(file string, config ...SendFile) error
	SendStatus(status int) error
	SendStream(stream io.Reader, size ...int) error
	SendStreamWriter(streamWriter func(*bufio.Writer)) error
	SendString(body string) error
	Set(key, val string)
	Status(status int) Ctx
	String() string
	Type(extension string, charset ...string) Ctx
	Write(p []byte) (int, error)
	WriteString(s string) (int, error)
}

// Bind binds request data to structs (c.Bind().Body(&v)).
type Bind struct{ _ int }

func (b *Bind) WithoutAutoHandling() *Bind     { return b }
func (b *Bind) WithAutoHandling() *Bind        { return b }
func (b *Bind) SkipValidation(skip bool) *Bind { return b }
func (b *Bind) Header(out any) error           { return nil }
func (b *Bind) Cookie(out any) error           { return nil }
func (b *Bind) Query(out any) error            { return nil }
func (b *Bind) JSON(out any) error             { return nil }
func (b *Bind) XML(out any) error              { return nil }
func (b *Bind) Form(out any) error             { return nil }
func (b *Bind) URI(out any) error              { return nil }
func (b *Bind) Body(out any) error             { return nil }
func (b *Bind) All(out any) error              { return nil }

// Redirect is returned by Ctx.Redirect (c.Redirect().To("/")).
type Redirect struct{ _ int }

func (r *Redirect) Status(code int) *Redirect { return r }
func (r *Redirect) To(location string) error  { return nil }
func (r *Redirect) Back(fallback ...string) error {
	return nil
}

// GenericType is the constraint of the generic Query, Params and GetReqHeader helpers.
type GenericType interface {
	GenericTypeInteger | GenericTypeFloat | bool | string | []byte
}

// GenericTypeInteger is the union of all supported integer types.
type GenericTypeInteger interface {
	GenericTypeIntegerSigned | GenericTypeIntegerUnsigned
}

// GenericTypeIntegerSigned is the union of all supported signed integer types.
type GenericTypeIntegerSigned interface {
	int | int8 | int16 | int32 | int64
}

// GenericTypeIntegerUnsigned is the union of all supported unsigned integer types.
type GenericTypeIntegerUnsigned interface {
	uint | uint8 | uint16 | uint32 | uint64
}

// GenericTypeFloat is the union of all supported floating-point types.
type GenericTypeFloat interface {
	float32 | float64
}

// Query returns the query string parameter key converted to V.
func Query[V GenericType](c Ctx, key string, defaultValue ...V) V {
	var v V
	return v
}

// Params returns the route parameter key converted to V.
func Params[V GenericType](c Ctx, key string, defaultValue ...V) V {
	var v V
	return v
}

// GetReqHeader returns the request header key converted to V.
func GetReqHeader[V GenericType](c Ctx, key string, defaultValue ...V) V {
	var v V
	return v
}

// Locals stores or reads a request-scoped value of type V.
func Locals[V any](c Ctx, key any, value ...V) V {
	var v V
	return v
}
