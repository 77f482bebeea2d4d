package gormdb

import (
	"net/http"

	"gorm.io/gorm"
)

type User struct{ ID uint }
type Post struct{ UserID uint }

type H struct{ db *gorm.DB }

func (h *H) Feed(w http.ResponseWriter, r *http.Request) {
	var users []User
	h.db.Where("active = ?", true).Find(&users)
	for _, u := range users {
		var posts []Post
		h.db.Where("user_id = ?", u.ID).Find(&posts) // want `\(\*gorm\.DB\)\.Find runs a query once per iteration of this loop on the request path of H\.Feed \(N\+1: [^)]*\); fetch all rows in one query.*; it also writes once per iteration`
		h.db.Create(&Post{UserID: u.ID})             // not reported: the same loop, one finding (the N+1 names its writes)
	}
	for _, u := range users {
		h.db.Create(&Post{UserID: u.ID}) // want `h\.db\.Create writes once per iteration of this loop on the request path of H\.Feed \([^)]*writes instead of 1\); batch the writes`
	}

	var all []User
	h.db.Find(&all)                // want `h\.db\.Find reads the whole table \(no WHERE, no LIMIT\) on the request path of H\.Feed`
	h.db.Model(&User{}).Find(&all) // want `\(\*gorm\.DB\)\.Find reads the whole table`
	var n int64
	h.db.Model(&User{}).Count(&n)             // want `\(\*gorm\.DB\)\.Count counts every row of the table`
	h.db.Raw("SELECT * FROM logs").Scan(&all) // want `query "SELECT \* FROM logs" reads the whole table`
	tx := h.db.WithContext(r.Context())
	tx.Find(&all) // want `tx\.Find reads the whole table`

	dup := h.db.Table("posts").Select("user_id").Where("user_id IN ?", []int{1, 2}).Group("user_id")
	h.db.Table("(?) AS dup", dup).Count(&n)             // not reported: counts a subquery that has its own WHERE
	h.db.Table("(SELECT 1) AS one").Count(&n)           // not reported: the FROM is a subquery
	h.db.Table("posts").Count(&n)                       // want `\(\*gorm\.DB\)\.Count counts every row of the table`
	h.db.Limit(20).Find(&all)                           // not reported: bounded by Limit
	h.db.Find(&all, "id = ?", 3)                        // not reported: inline condition
	h.db.First(&User{})                                 // not reported: one row
	h.db.Preload("Posts").Where("id = ?", 1).Find(&all) // not reported: preloaded and bounded
	h.db.Scopes(paginate(r)).Find(&all)                 // not reported: a scope may paginate
	q := h.db.Where("org = ?", 1)
	q.Find(&all) // not reported: bounded through a local builder
	ids := []uint{1, 2}
	for _, chunk := range [][]uint{ids, ids, ids} {
		h.db.Where("id IN ?", chunk).Find(&all) // not reported: a batched query per chunk
		h.db.Find(&all, chunk)                  // not reported: a slice of keys is batched
		h.db.CreateInBatches(&all, 100)         // not reported: a batch write
	}
}

func paginate(r *http.Request) func(*gorm.DB) *gorm.DB {
	return func(db *gorm.DB) *gorm.DB { return db.Limit(10) }
}
