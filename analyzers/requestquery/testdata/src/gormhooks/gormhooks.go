// Package gormhooks calls gorm with models whose hooks query or write:
// gorm v2 runs AfterFind per row loaded and BeforeCreate per row
// created.
package gormhooks

import (
	"encoding/json"
	"net/http"

	"gorm.io/gorm"

	"gormhooks/memstore"
	"gormhooks/models"
)

type Order struct {
	ID      int64
	Lines   []Line
	StockOK bool
}

type Line struct {
	ID      int64
	OrderID int64
}

// AfterFind loads the order's lines: a gorm v2 hook.
func (o *Order) AfterFind(tx *gorm.DB) error {
	return tx.Where("order_id = ?", o.ID).Find(&o.Lines).Error // want `^\(\*gorm\.DB\)\.Find runs a query once per row of the ORM call in H\.Orders at gormhooks\.go:\d+ on the request path of H\.Orders \(N\+1: 100 rows mean 100 queries instead of 1\)`
}

// BeforeCreate checks the stock of the order's product: one read per
// row created.
func (o *Order) BeforeCreate(tx *gorm.DB) error {
	var n int64
	tx.Model(&Line{}).Where("order_id = ?", o.ID).Count(&n) // want `^\(\*gorm\.DB\)\.Count runs a query once per row of the ORM call in H\.Import`
	o.StockOK = n > 0
	return nil
}

type H struct {
	db  *gorm.DB
	mem *memstore.Store
}

func (h *H) Orders(w http.ResponseWriter, r *http.Request) {
	var orders []Order
	h.db.Where("user_id = ?", r.FormValue("user")).Find(&orders) // gorm runs Order.AfterFind once per row
}

func (h *H) Order(w http.ResponseWriter, r *http.Request) {
	var o Order
	h.db.Where("id = ?", r.FormValue("id")).First(&o) // not reported: one row, AfterFind runs once
}

func (h *H) Import(w http.ResponseWriter, r *http.Request) {
	orders := []Order{{ID: 1}, {ID: 2}}
	h.db.Create(&orders) // gorm runs Order.BeforeCreate once per row
}

func (h *H) Cached(w http.ResponseWriter, r *http.Request) {
	var orders []Order
	h.mem.Find(&orders) // not reported: an in-memory store runs no gorm callbacks
}

func (h *H) Checkins(w http.ResponseWriter, r *http.Request) {
	_ = models.All()   // want `^models\.All runs a query once per row of its ORM call at models\.go:\d+ \(models\.All → models\.Checkin\.AfterFind → database\.DB\.Find → \(\*gorm\.DB\)\.Find at database\.go:\d+\) on the request path of H\.Checkins \(N\+1: 100 rows mean 100 queries instead of 1\)`
	_ = models.One(1)  // not reported: one row
	_ = models.Notes() // not reported: no hook
}

func (h *H) Hits(w http.ResponseWriter, r *http.Request) {
	models.HitsOf([]int64{1, 2, 3}) // not reported: the loop runs for the three ids given
	var ids []int64
	json.NewDecoder(r.Body).Decode(&ids)
	models.HitsOf(ids) // want `^models\.HitsOf runs a query once per iteration of its loop at (models/)?models\.go:\d+ \(models\.HitsOf → database\.DB\.Find → \(\*gorm\.DB\)\.Find at database\.go:\d+\)`
}

func (h *H) Incident(w http.ResponseWriter, r *http.Request) {
	models.IncidentByID(1) // want `^models\.IncidentByID runs a query once per row of its ORM call at models\.go:\d+ \(models\.IncidentByID → models\.Incident\.AfterFind → models\.Update\.AfterFind → \(\*gorm\.DB\)\.First at models\.go:\d+\)`
}
