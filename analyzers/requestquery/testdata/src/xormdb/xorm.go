// Package xormdb uses xorm (xorm.io/xorm): engines, sessions passed
// down as parameters, builder chains, and Insert of a slice as the
// batch form.
package xormdb

import (
	"net/http"

	"xorm.io/xorm"
)

type User struct {
	ID    int64
	OrgID int64
}

type Post struct {
	ID     int64
	UserID int64
}

type H struct{ x *xorm.Engine }

func (h *H) Feed(w http.ResponseWriter, r *http.Request) {
	var users []User
	h.x.Where("org_id = ?", r.FormValue("org")).Limit(20).Find(&users)
	for _, u := range users {
		var posts []Post
		h.x.Where("user_id = ?", u.ID).Find(&posts) // want `^\(\*xorm\.Session\)\.Find runs a query once per iteration of this loop on the request path of H\.Feed \(N\+1: [^)]*\); fetch all rows in one query \(WHERE id IN \(\.\.\.\) or = ANY\(\$1\), a JOIN, or the ORM's Preload\)$`
	}
	for _, u := range users {
		var p Post
		_ = p
		h.x.ID(u.ID).Get(&p) // want `\(\*xorm\.Session\)\.Get runs a query once per iteration`
	}
	for _, u := range users {
		var p Post
		_ = p
		h.x.Exist(&Post{UserID: u.ID}) // want `h\.x\.Exist runs a query once per iteration`
	}
	for _, u := range users {
		var p Post
		_ = p
		h.x.Insert(&Post{UserID: u.ID}) // want `^h\.x\.Insert writes once per iteration of this loop on the request path of H\.Feed \([^)]*writes instead of 1\); batch the writes \(a multi-row INSERT, COPY, or the ORM's CreateInBatches/InsertMany\)$`
	}
	for _, u := range users {
		var p Post
		_ = p
		h.x.ID(u.ID).Cols("seen").Update(&u) // want `\(\*xorm\.Session\)\.Update writes once per iteration`
	}
	for _, u := range users {
		var p Post
		_ = p
		h.x.Exec("DELETE FROM posts WHERE user_id = ?", u.ID) // want `h\.x\.Exec writes once per iteration`
	}

	var all []User
	h.x.Find(&all)                                                  // want `h\.x\.Find reads the whole table \(no WHERE, no LIMIT\) on the request path of H\.Feed`
	h.x.Table("users").Find(&all)                                   // want `\(\*xorm\.Session\)\.Find reads the whole table`
	h.x.Count(new(User))                                            // want `h\.x\.Count counts every row of the table`
	h.x.SQL("SELECT * FROM logs").Find(&all)                        // want `query "SELECT \* FROM logs" reads the whole table`
	h.x.Iterate(new(User), func(i int, b any) error { return nil }) // want `h\.x\.Iterate reads the whole table`

	h.x.Limit(20, 40).Find(&all)                                // not reported: bounded by Limit
	h.x.Where("org_id = ?", r.FormValue("org")).Find(&all)      // not reported: a request-dependent key
	h.x.Find(&all, &User{OrgID: 3})                             // not reported: a condition bean
	h.x.Count(&User{OrgID: 3})                                  // not reported: a condition bean
	h.x.Get(&User{ID: 1})                                       // not reported: one row
	h.x.SQL("SELECT * FROM users WHERE id = ?", 1).Get(&User{}) // not reported: one row

	ids := []int64{1, 2}
	var posts []Post
	h.x.In("user_id", ids).Find(&posts) // not reported: one query for all keys
	for _, chunk := range [][]int64{ids, ids, ids} {
		h.x.In("user_id", chunk).Find(&posts)                     // not reported: a batched query per chunk
		h.x.Where("id IN (?)", 1).In("id", chunk).Delete(&Post{}) // not reported: a batched write per chunk
	}

	rows := make([]Post, 0, len(users))
	for _, u := range users {
		rows = append(rows, Post{UserID: u.ID})
	}
	h.x.Insert(&rows) // not reported: one multi-row INSERT
	for range 3 {
		h.x.Insert(&rows) // not reported: a slice is one multi-row INSERT
	}
	a, b := Post{}, Post{}
	for _, chunk := range [][]Post{rows, rows} {
		h.x.Insert(&a, &b) // not reported: several beans in one call
		h.x.Insert(chunk)  // not reported: a slice
	}
}

// Tasks passes a session down, as services built on xorm do.
func (h *H) Tasks(w http.ResponseWriter, r *http.Request) {
	s := h.x.NewSession()
	defer s.Close()
	var users []User
	s.Where("org_id = ?", r.FormValue("org")).Find(&users)
	for _, u := range users {
		tasksOf(s, u.ID)
	}
	listAll(s)
	listOwned(s, r.FormValue("owner"))
}

func tasksOf(s *xorm.Session, userID int64) []Post {
	var posts []Post
	s.Where("user_id = ?", userID).Find(&posts) // want `^\(\*xorm\.Session\)\.Find runs a query once per iteration of the loop in H\.Tasks at xorm\.go:\d+ on the request path of H\.Tasks \(N\+1: [^)]*\)`
	return posts
}

func listAll(s *xorm.Session) []Post {
	var posts []Post
	s.Find(&posts) // want `s\.Find reads the whole table \(no WHERE, no LIMIT\) on the request path of H\.Tasks`
	return posts
}

// listOwned adds its condition to the session by a statement of its
// own: a session is mutable.
func listOwned(s *xorm.Session, owner string) []Post {
	if owner != "" {
		s.And("owner = ?", owner)
	}
	var posts []Post
	s.Find(&posts) // not reported: conditioned by the statement above
	sess := s.Table("posts")
	sess.Limit(10)
	sess.Find(&posts) // not reported: limited by the statement above
	return posts
}

// Through the interface every engine and session implements.
func (h *H) Count(w http.ResponseWriter, r *http.Request) {
	var db xorm.Interface = h.x
	var users []User
	db.Where("org_id = ?", 1).Find(&users)
	for _, u := range users {
		db.Insert(&Post{UserID: u.ID}) // want `db\.Insert writes once per iteration`
	}
}

// Setup runs at start-up.
func Setup(x *xorm.Engine, users []User) {
	for _, u := range users {
		x.Insert(&u) // not reported: off the request path
	}
}
