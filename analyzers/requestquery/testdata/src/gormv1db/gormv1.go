// Package gormv1db uses gorm v1 (github.com/jinzhu/gorm): the same
// builder chains as gorm v2, plus Related and the Association mode.
package gormv1db

import (
	"net/http"

	"github.com/jinzhu/gorm"
)

type User struct {
	gorm.Model
	Posts []Post
}

type Post struct {
	gorm.Model
	UserID uint
}

type H struct{ db *gorm.DB }

func (h *H) Feed(w http.ResponseWriter, r *http.Request) {
	var users []User
	h.db.Where("active = ?", true).Limit(20).Find(&users)
	for _, u := range users {
		var posts []Post
		h.db.Where("user_id = ?", u.ID).Find(&posts) // want `^\(\*gorm\.DB\)\.Find runs a query once per iteration of this loop on the request path of H\.Feed \(N\+1: [^)]*\); fetch all rows in one query \(WHERE id IN \(\.\.\.\) or = ANY\(\$1\), a JOIN, or the ORM's Preload\)$`
	}
	for _, u := range users {
		var posts []Post
		_ = posts
		h.db.Model(&u).Related(&posts) // want `\(\*gorm\.DB\)\.Related runs a query once per iteration of this loop`
	}
	for _, u := range users {
		var posts []Post
		_ = posts
		h.db.Model(&u).Association("Posts").Find(&posts) // want `\(\*gorm\.Association\)\.Find runs a query once per iteration of this loop`
	}
	for _, u := range users {
		var posts []Post
		_ = posts
		h.db.Create(&Post{UserID: u.ID}) // want `h\.db\.Create writes once per iteration of this loop on the request path of H\.Feed \([^)]*writes instead of 1\); batch the writes`
	}
	for _, u := range users {
		var posts []Post
		_ = posts
		h.db.Model(&u).Update("seen", true) // want `\(\*gorm\.DB\)\.Update writes once per iteration`
	}
	for _, u := range users {
		var posts []Post
		_ = posts
		h.db.Exec("UPDATE users SET seen = true WHERE id = ?", u.ID) // want `h\.db\.Exec writes once per iteration`
	}
	for _, u := range users {
		var posts []Post
		_ = posts
		h.db.Model(&u).Association("Posts").Append(&Post{}) // want `\(\*gorm\.Association\)\.Append writes once per iteration`
	}

	var all []User
	h.db.Find(&all)                  // want `h\.db\.Find reads the whole table \(no WHERE, no LIMIT\) on the request path of H\.Feed`
	h.db.Model(&User{}).Find(&all)   // want `\(\*gorm\.DB\)\.Find reads the whole table`
	h.db.Preload("Posts").Find(&all) // want `\(\*gorm\.DB\)\.Find reads the whole table`
	var n int
	h.db.Model(&User{}).Count(&n)             // want `\(\*gorm\.DB\)\.Count counts every row of the table`
	h.db.Raw("SELECT * FROM logs").Scan(&all) // want `query "SELECT \* FROM logs" reads the whole table`

	h.db.Limit(20).Offset(40).Find(&all)                    // not reported: bounded by Limit
	h.db.Where("org_id = ?", r.FormValue("org")).Find(&all) // not reported: a request-dependent key
	h.db.Find(&all, "id = ?", 3)                            // not reported: inline condition
	h.db.First(&User{})                                     // not reported: one row
	h.db.Preload("Posts").Where("id = ?", 1).Find(&all)     // not reported: preloaded and bounded
	h.db.Scopes(paginate(r)).Find(&all)                     // not reported: a scope may paginate
	ids := []uint{1, 2}
	for _, chunk := range [][]uint{ids, ids, ids} {
		h.db.Where("id IN (?)", chunk).Find(&all) // not reported: a batched query per chunk
		h.db.Find(&all, chunk)                    // not reported: a slice of keys is batched
	}
}

func paginate(r *http.Request) func(*gorm.DB) *gorm.DB {
	return func(db *gorm.DB) *gorm.DB { return db.Limit(10) }
}

// Users preloads the posts of a page of users: the batch form, one
// query per association.
func (h *H) Users(w http.ResponseWriter, r *http.Request) {
	var users []User
	h.db.Preload("Posts").Limit(50).Find(&users) // not reported: preloaded, bounded
	for _, u := range users {
		_ = len(u.Posts) // not reported: already loaded
	}
}

// Migrate runs at start-up.
func Migrate(db *gorm.DB, users []User) {
	for _, u := range users {
		db.Save(&u) // not reported: off the request path
	}
}
