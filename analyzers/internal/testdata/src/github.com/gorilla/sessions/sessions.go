// Package sessions is a stub of github.com/gorilla/sessions for scalevet's analyzer tests: only the API shape matters.
package sessions

import "net/http"

// Options stores configuration for a session or session store.
type Options struct {
	Path     string
	Domain   string
	MaxAge   int
	Secure   bool
	HttpOnly bool
	SameSite http.SameSite
}

// Session stores the values and optional configuration for a session.
type Session struct {
	ID      string
	Values  map[interface{}]interface{}
	Options *Options
	IsNew   bool
}

// NewSession is called by session stores to create a new session instance.
func NewSession(store Store, name string) *Session { return &Session{} }

// Save is a convenience method to save this session.
func (s *Session) Save(r *http.Request, w http.ResponseWriter) error { return nil }

// Name returns the name used to register the session.
func (s *Session) Name() string { return "" }

// Store is an interface for custom session stores.
type Store interface {
	Get(r *http.Request, name string) (*Session, error)
	New(r *http.Request, name string) (*Session, error)
	Save(r *http.Request, w http.ResponseWriter, s *Session) error
}

// CookieStore stores sessions using secure cookies.
type CookieStore struct {
	Options *Options
}

// NewCookieStore returns a new CookieStore.
func NewCookieStore(keyPairs ...[]byte) *CookieStore { return &CookieStore{} }

func (s *CookieStore) Get(r *http.Request, name string) (*Session, error) { return nil, nil }
func (s *CookieStore) New(r *http.Request, name string) (*Session, error) { return nil, nil }
func (s *CookieStore) Save(r *http.Request, w http.ResponseWriter, session *Session) error {
	return nil
}

// FilesystemStore stores sessions in the filesystem.
type FilesystemStore struct {
	Options *Options
}

// NewFilesystemStore returns a new FilesystemStore; an empty path means os.TempDir().
func NewFilesystemStore(path string, keyPairs ...[]byte) *FilesystemStore {
	return &FilesystemStore{}
}

func (s *FilesystemStore) Get(r *http.Request, name string) (*Session, error) { return nil, nil }
func (s *FilesystemStore) New(r *http.Request, name string) (*Session, error) { return nil, nil }
func (s *FilesystemStore) Save(r *http.Request, w http.ResponseWriter, session *Session) error {
	return nil
}
