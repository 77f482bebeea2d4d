// Package web has the handlers that use sessstore across the package
// boundary.
package web

import (
	"net/http"

	"crosspkg/sessstore"
)

type Handler struct {
	store *sessstore.Store
}

func (h *Handler) Login(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	h.store.Set(c.Value, &sessstore.Session{UserID: 1}) // want `^sessions stored in process memory \(map sessstore\.Store\.items, written by h\.store\.Set in Handler\.Login\): a second instance behind a load balancer will not see them; keep sessions in a shared store or a signed cookie$`
}

func Remember(w http.ResponseWriter, r *http.Request) {
	sessstore.Remember(r, 1) // want `map sessstore\.Store\.items, written by sessstore\.Remember in Remember`
}

func SignUp(w http.ResponseWriter, r *http.Request) {
	id := sessstore.Create(1) // want `written by sessstore\.Create in SignUp`
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: id})
}

func Bearer(w http.ResponseWriter, r *http.Request) {
	tok := r.Header.Get("X-Session-Token")
	sessstore.Default.Set(tok, nil) // want `written by sessstore\.Default\.Set in Bearer`
}

func (h *Handler) Cart(w http.ResponseWriter, r *http.Request) {
	id := sessstore.Clean(sessstore.ID(r))
	h.store.Set(id, nil)                                  // want `written by h\.store\.Set in Handler\.Cart`
	h.store.Set(sessstore.Clean(r.FormValue("sku")), nil) // not reported: not a session key
}

func (h *Handler) Product(w http.ResponseWriter, r *http.Request) {
	h.store.Set(r.URL.Query().Get("sku"), nil) // not reported: not a session key
}

func Local(w http.ResponseWriter, r *http.Request) {
	c, _ := r.Cookie("sid")
	st := sessstore.New()
	st.Set(c.Value, nil) // not reported: a store made for this request
}

func Orphan(w http.ResponseWriter, r *http.Request) {
	sessstore.Create(2) // not reported: the token is never sent, so no client holds it
}
