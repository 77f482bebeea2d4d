// Package singleton calls into process-wide objects of other packages
// through interfaces and containers.
package singleton

import (
	"net/http"

	"gorm.io/gorm"

	"singleton/checker"
	"singleton/detector"
)

var db *gorm.DB

func Merge(w http.ResponseWriter, r *http.Request) {
	detector.Global.Merge(1, 2) // want `handler Merge writes package-level variable detector.Global \(Merge → detector.index.Merge\): it is synchronised`
	_ = detector.Global.Size()  // not reported: reads only
	detector.Current.Grow(1)    // not reported: two implementations, the call is not followed
}

func Submit(w http.ResponseWriter, r *http.Request) {
	checker.Box.Remember(r.FormValue("id")) // want `handler Submit writes package-level variable checker.Box \(Submit → checker.Container.Remember → checker.memChecker.Remember\): it is synchronised`
}

func Show(w http.ResponseWriter, r *http.Request) {
	_ = checker.Box.Lookup(r.FormValue("id")) // not reported: a read-through cache
	db.Error = nil                            // not reported: a field of a database handle
}
