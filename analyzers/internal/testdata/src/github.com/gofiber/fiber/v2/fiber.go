// Package fiber is a stub of github.com/gofiber/fiber/v2 for scalevet's analyzer tests: only the API shape matters.
package fiber

import (
	"context"
	"io"
	"mime/multipart"
	"net"
	"time"

	"github.com/valyala/fasthttp"
)

// Handler is a type ALIAS in the real library, so a handler's type is the
// unnamed func(*Ctx) error.
type Handler = func(*Ctx) error

// ErrorHandler is an alias too.
type ErrorHandler = func(*Ctx, error) error

// Map is a shortcut for map[string]interface{}.
type Map map[string]interface{}

// Config is a struct holding the server settings.
type Config struct {
	Prefork      bool
	BodyLimit    int
	ReadTimeout  time.Duration
	WriteTimeout time.Duration
	IdleTimeout  time.Duration
	ErrorHandler ErrorHandler
}

// Static defines configuration options when defining static assets.
type Static struct {
	Compress      bool
	ByteRange     bool
	Browse        bool
	Download      bool
	Index         string
	CacheDuration time.Duration
	MaxAge        int
}

// Router defines all router handle interface, including app and group router.
type Router interface {
	Use(args ...interface{}) Router

	Get(path string, handlers ...Handler) Router
	Head(path string, handlers ...Handler) Router
	Post(path string, handlers ...Handler) Router
	Put(path string, handlers ...Handler) Router
	Delete(path string, handlers ...Handler) Router
	Connect(path string, handlers ...Handler) Router
	Options(path string, handlers ...Handler) Router
	Trace(path string, handlers ...Handler) Router
	Patch(path string, handlers ...Handler) Router

	Add(method, path string, handlers ...Handler) Router
	Static(prefix, root string, config ...Static) Router
	All(path string, handlers ...Handler) Router

	Group(prefix string, handlers ...Handler) Router

	Route(prefix string, fn func(router Router), name ...string) Router

	Mount(prefix string, fiber *App) Router

	Name(name string) Router
}

// App is the fiber application; *App implements Router.
type App struct{ _ int }

// New creates a new Fiber named instance.
func New(config ...Config) *App { return &App{} }

func (app *App) Name(name string) Router                             { return app }
func (app *App) Use(args ...interface{}) Router                      { return app }
func (app *App) Get(path string, handlers ...Handler) Router         { return app }
func (app *App) Head(path string, handlers ...Handler) Router        { return app }
func (app *App) Post(path string, handlers ...Handler) Router        { return app }
func (app *App) Put(path string, handlers ...Handler) Router         { return app }
func (app *App) Delete(path string, handlers ...Handler) Router      { return app }
func (app *App) Connect(path string, handlers ...Handler) Router     { return app }
func (app *App) Options(path string, handlers ...Handler) Router     { return app }
func (app *App) Trace(path string, handlers ...Handler) Router       { return app }
func (app *App) Patch(path string, handlers ...Handler) Router       { return app }
func (app *App) Add(method, path string, handlers ...Handler) Router { return app }
func (app *App) Static(prefix, root string, config ...Static) Router { return app }
func (app *App) All(path string, handlers ...Handler) Router         { return app }
func (app *App) Group(prefix string, handlers ...Handler) Router     { return &Group{} }
func (app *App) Route(prefix string, fn func(router Router), name ...string) Router {
	return app
}
func (app *App) Mount(prefix string, subApp *App) Router        { return app }
func (app *App) Config() Config                                 { return Config{} }
func (app *App) Handler() fasthttp.RequestHandler               { return nil }
func (app *App) Shutdown() error                                { return nil }
func (app *App) ShutdownWithContext(ctx context.Context) error  { return nil }
func (app *App) Server() *fasthttp.Server                       { return nil }
func (app *App) Listener(ln net.Listener) error                 { return nil }
func (app *App) Listen(addr string) error                       { return nil }
func (app *App) ListenTLS(addr, certFile, keyFile string) error { return nil }

// Group is a sub-router; *Group implements Router.
type Group struct {
	Prefix string
}

func (grp *Group) Name(name string) Router                             { return grp }
func (grp *Group) Use(args ...interface{}) Router                      { return grp }
func (grp *Group) Get(path string, handlers ...Handler) Router         { return grp }
func (grp *Group) Head(path string, handlers ...Handler) Router        { return grp }
func (grp *Group) Post(path string, handlers ...Handler) Router        { return grp }
func (grp *Group) Put(path string, handlers ...Handler) Router         { return grp }
func (grp *Group) Delete(path string, handlers ...Handler) Router      { return grp }
func (grp *Group) Connect(path string, handlers ...Handler) Router     { return grp }
func (grp *Group) Options(path string, handlers ...Handler) Router     { return grp }
func (grp *Group) Trace(path string, handlers ...Handler) Router       { return grp }
func (grp *Group) Patch(path string, handlers ...Handler) Router       { return grp }
func (grp *Group) Add(method, path string, handlers ...Handler) Router { return grp }
func (grp *Group) Static(prefix, root string, config ...Static) Router { return grp }
func (grp *Group) All(path string, handlers ...Handler) Router         { return grp }
func (grp *Group) Group(prefix string, handlers ...Handler) Router     { return grp }
func (grp *Group) Route(prefix string, fn func(router Router), name ...string) Router {
	return grp
}
func (grp *Group) Mount(prefix string, subApp *App) Router { return grp }

// Route is a struct that holds all metadata for each registered handler.
type Route struct {
	Method   string    `json:"method"`
	Name     string    `json:"name"`
	Path     string    `json:"path"`
	Params   []string  `json:"params"`
	Handlers []Handler `json:"-"`
}

// Storage is the interface of key-value storages used by middlewares
// such as session.
type Storage interface {
	Get(key string) ([]byte, error)
	Set(key string, val []byte, exp time.Duration) error
	Delete(key string) error
	Reset() error
	Close() error
}

// Cookie data for c.Cookie.
type Cookie struct {
	Name        string    `json:"name"`
	Value       string    `json:"value"`
	Path        string    `json:"path"`
	Domain      string    `json:"domain"`
	MaxAge      int       `json:"max_age"`
	Expires     time.Time `json:"expires"`
	Secure      bool      `json:"secure"`
	HTTPOnly    bool      `json:"http_only"`
	SameSite    string    `json:"same_site"`
	SessionOnly bool      `json:"session_only"`
}

// Error represents an error that occurred while handling a request.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return e.Message }

// NewError creates a new Error instance with an optional message.
func NewError(code int, message ...string) *Error { return &Error{Code: code} }

// Ctx is a STRUCT in fiber v2 (handlers take *Ctx). Values it returns are
// only valid until the handler returns unless Immutable is set.
type Ctx struct{ _ int }

func (c *Ctx) App() *App                                                    { return nil }
func (c *Ctx) BaseURL() string                                              { return "" }
func (c *Ctx) Body() []byte                                                 { return nil }
func (c *Ctx) BodyRaw() []byte                                              { return nil }
func (c *Ctx) BodyParser(out interface{}) error                             { return nil }
func (c *Ctx) ClearCookie(key ...string)                                    {}
func (c *Ctx) Context() *fasthttp.RequestCtx                                { return nil }
func (c *Ctx) UserContext() context.Context                                 { return nil }
func (c *Ctx) SetUserContext(ctx context.Context)                           {}
func (c *Ctx) Cookie(cookie *Cookie)                                        {}
func (c *Ctx) Cookies(key string, defaultValue ...string) string            { return "" }
func (c *Ctx) CookieParser(out interface{}) error                           { return nil }
func (c *Ctx) Download(file string, filename ...string) error               { return nil }
func (c *Ctx) Request() *fasthttp.Request                                   { return nil }
func (c *Ctx) Response() *fasthttp.Response                                 { return nil }
func (c *Ctx) FormFile(key string) (*multipart.FileHeader, error)           { return nil, nil }
func (c *Ctx) SaveFile(fileheader *multipart.FileHeader, path string) error { return nil }
func (c *Ctx) FormValue(key string, defaultValue ...string) string {
	return ""
}
func (c *Ctx) Get(key string, defaultValue ...string) string            { return "" }
func (c *Ctx) GetReqHeaders() map[string][]string                       { return nil }
func (c *Ctx) Hostname() string                                         { return "" }
func (c *Ctx) IP() string                                               { return "" }
func (c *Ctx) JSON(data interface{}, ctype ...string) error             { return nil }
func (c *Ctx) XML(data interface{}) error                               { return nil }
func (c *Ctx) Locals(key interface{}, value ...interface{}) interface{} { return nil }
func (c *Ctx) Method(override ...string) string                         { return "" }
func (c *Ctx) MultipartForm() (*multipart.Form, error)                  { return nil, nil }
func (c *Ctx) Next() error                                              { return nil }
func (c *Ctx) OriginalURL() string                                      { return "" }
func (c *Ctx) Params(key string, defaultValue ...string) string         { return "" }
func (c *Ctx) AllParams() map[string]string                             { return nil }
func (c *Ctx) ParamsParser(out interface{}) error                       { return nil }
func (c *Ctx) ParamsInt(key string, defaultValue ...int) (int, error)   { return 0, nil }
func (c *Ctx) Path(override ...string) string                           { return "" }
func (c *Ctx) Query(key string, defaultValue ...string) string          { return "" }
func (c *Ctx) Queries() map[string]string                               { return nil }
func (c *Ctx) QueryInt(key string, defaultValue ...int) int             { return 0 }
func (c *Ctx) QueryBool(key string, defaultValue ...bool) bool          { return false }
func (c *Ctx) QueryParser(out interface{}) error                        { return nil }
func (c *Ctx) ReqHeaderParser(out interface{}) error                    { return nil }
func (c *Ctx) Redirect(location string, status ...int) error            { return nil }
func (c *Ctx) Render(name string, bind interface{}, layouts ...string) error {
	return nil
}
func (c *Ctx) Route() *Route                                  { return nil }
func (c *Ctx) Send(body []byte) error                         { return nil }
func (c *Ctx) SendFile(file string, compress ...bool) error   { return nil }
func (c *Ctx) SendStatus(status int) error                    { return nil }
func (c *Ctx) SendString(body string) error                   { return nil }
func (c *Ctx) SendStream(stream io.Reader, size ...int) error { return nil }
func (c *Ctx) Set(key, val string)                            {}
func (c *Ctx) Status(status int) *Ctx                         { return c }
func (c *Ctx) String() string                                 { return "" }
func (c *Ctx) Type(extension string, charset ...string) *Ctx  { return c }
func (c *Ctx) Write(p []byte) (int, error)                    { return 0, nil }
func (c *Ctx) WriteString(s string) (int, error)              { return 0, nil }
