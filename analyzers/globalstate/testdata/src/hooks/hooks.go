// Package hooks calls gorm with a model whose hook writes package-level
// state.
package hooks

import (
	"net/http"

	"github.com/jinzhu/gorm"

	"hooks/services"
)

type H struct{ db *gorm.DB }

func (h *H) Create(w http.ResponseWriter, r *http.Request) {
	services.Create(h.db, &services.Service{Name: r.FormValue("name")}) // want `^handler H\.Create grows package-level map services\.all \(H\.Create → services\.Create → services\.Service\.AfterCreate\) with no lock and nothing ever removes its entries`
}

func (h *H) Rename(w http.ResponseWriter, r *http.Request) {
	services.Rename(h.db, &services.Service{Name: r.FormValue("name")}) // not reported: AfterSave(name) is not a gorm hook
}
