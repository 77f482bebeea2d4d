// Package closures has work in closures that a callee runs: a
// transaction's function, an errgroup's and a WaitGroup's goroutines.
package closures

import (
	"net/http"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
	"gorm.io/gorm"
)

type Item struct {
	ID   int
	Name string
}

var db *gorm.DB

func Import(w http.ResponseWriter, r *http.Request) {
	var items []Item
	db.Where("owner = ?", r.URL.Query().Get("owner")).Limit(50).Find(&items)
	db.Transaction(func(tx *gorm.DB) error {
		for _, it := range items {
			tx.Create(&it) // want `writes once per iteration of this loop`
		}
		return nil
	})
}

func Fetch(w http.ResponseWriter, r *http.Request) {
	var items []Item
	db.Where("owner = ?", r.URL.Query().Get("owner")).Limit(50).Find(&items)
	var g errgroup.Group
	for _, it := range items {
		g.Go(func() error {
			var n Item
			return db.First(&n, it.ID).Error // want `runs a query once per iteration of the loop in Fetch`
		})
	}
	g.Wait()
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Go(func() {
			var n Item
			db.First(&n, it.ID) // want `runs a query once per iteration of the loop in Fetch`
		})
	}
	wg.Wait()
	time.AfterFunc(time.Minute, func() {
		for _, it := range items {
			db.Save(&it) // not reported: a closure handed to a timer runs off the request path
		}
	})
}
