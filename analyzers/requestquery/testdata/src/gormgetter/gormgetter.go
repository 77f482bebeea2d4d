// Package gormgetter reads through getters of the gorm handle.
package gormgetter

import (
	"net/http"

	"gorm.io/gorm"

	"gormgetter/store"
)

type User struct {
	ID   uint
	Name string
}

type H struct{ repo *store.Repo }

func getDB() *gorm.DB { return store.GetDB() }

func (h *H) All(w http.ResponseWriter, r *http.Request) {
	var users []User
	store.GetDB().Find(&users)                                        // want `reads the whole table \(no WHERE, no LIMIT\) on the request path of H\.All`
	h.repo.Conn(r.Context()).Find(&users)                             // want `reads the whole table \(no WHERE, no LIMIT\) on the request path of H\.All`
	getDB().Order("name").Find(&users)                                // want `reads the whole table \(no WHERE, no LIMIT\) on the request path of H\.All`
	store.Live().Find(&users)                                         // not reported: the getter applies a condition
	store.GetDB().Where("team = ?", r.FormValue("team")).Find(&users) // not reported: a condition
	store.Pick(nil).Limit(20).Find(&users)                            // not reported: a limit
	store.Pick(nil).Find(&users)                                      // not reported: Pick returns a parameter, which may carry anything
}
