// Package xormfork uses the API-compatible fork of xorm,
// github.com/xorm-io/xorm.
package xormfork

import (
	"net/http"

	"github.com/xorm-io/xorm"
)

type Post struct {
	ID     int64
	UserID int64
}

type H struct{ x *xorm.Engine }

func (h *H) Copy(w http.ResponseWriter, r *http.Request) {
	var posts []Post
	h.x.Where("user_id = ?", r.FormValue("user")).Find(&posts)
	for _, p := range posts {
		h.x.InsertOne(&Post{UserID: p.UserID}) // not reported: the same loop, one finding (the N+1 names its writes)
		var q Post
		h.x.ID(p.ID).Get(&q) // want `\(\*xorm\.Session\)\.Get runs a query once per iteration.*; it also writes once per iteration: batch the writes$`
	}
	for _, p := range posts {
		h.x.InsertOne(&Post{UserID: p.UserID}) // want `^h\.x\.InsertOne writes once per iteration of this loop on the request path of H\.Copy \([^)]*writes instead of 1\); batch the writes`
	}
	h.x.Insert(&posts)         // not reported: one multi-row INSERT
	h.x.Find(&posts)           // want `h\.x\.Find reads the whole table`
	h.x.Limit(10).Find(&posts) // not reported: bounded by Limit
}
