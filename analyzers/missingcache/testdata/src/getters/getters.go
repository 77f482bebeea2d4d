// Package getters holds handles and values returned by functions of
// the package: what they return depends on what they read.
package getters

import (
	"context"
	"net/http"
	"time"

	"gorm.io/gorm"
)

type Info struct{ Title string }

type Resolver struct {
	database *gorm.DB
	region   string
}

// DB returns the handle tied to the request's context.
func (r *Resolver) DB(ctx context.Context) *gorm.DB { return r.database.WithContext(ctx) } // want DB:`^returns if\(0\)$`

// Region returns a setting of the resolver.
func (r *Resolver) Region() string { return r.region } // want Region:`^returns if\(0\)$`

// Since returns the start of the current window: a new value per call.
func (r *Resolver) Since() time.Time { return time.Now().Add(-time.Hour) }

// Caller returns who asks, read from the request.
func Caller(req *http.Request) string { return req.Header.Get("X-User") }

// SiteInfo reads the one settings row.
func SiteInfo(db *gorm.DB) (*Info, error) { // want SiteInfo:`query \(\*gorm.DB\).Find if\(0\) via getters.SiteInfo`
	var info []*Info
	if err := db.Limit(1).Find(&info).Error; err != nil {
		return nil, err
	}
	return info[0], nil
}

func (r *Resolver) Site(w http.ResponseWriter, req *http.Request) {
	SiteInfo(r.DB(req.Context())) // want `SiteInfo runs a query .* with arguments that do not depend on the request of Resolver.Site`
	var infos []Info
	r.DB(req.Context()).Where("region = ?", r.Region()).Limit(10).Find(&infos) // want `\(\*gorm.DB\).Find reads the same rows on every request of Resolver.Site`
}

func (r *Resolver) Recent(w http.ResponseWriter, req *http.Request) {
	var infos []Info
	// not reported: the getter returns a new time on every call
	r.DB(req.Context()).Where("created_at > ?", r.Since()).Limit(10).Find(&infos)
	// not reported: the getter reads the request
	r.DB(req.Context()).Where("owner = ?", Caller(req)).Limit(10).Find(&infos)
}

type Page struct{ Size int }

// paginate limits tx in place: gorm keeps the limit in the statement.
func paginate(tx *gorm.DB, page *Page) *gorm.DB {
	if page != nil {
		tx.Limit(page.Size)
	}
	return tx
}

func (r *Resolver) Pages(w http.ResponseWriter, req *http.Request) {
	var infos []Info
	page := &Page{}
	decodePage(req, page)
	paginate(r.DB(req.Context()).Model(Info{}), page).Find(&infos)            // not reported: the page is the request's, kept in tx by paginate
	paginate(r.DB(req.Context()).Model(Info{}), &Page{Size: 10}).Find(&infos) // want `\(\*gorm.DB\).Find reads the same rows on every request of Resolver.Pages`
}

func decodePage(req *http.Request, p *Page) { p.Size = len(req.URL.Query().Get("n")) }

type Setting struct{ Interval int }

func (r *Resolver) SaveInterval(w http.ResponseWriter, req *http.Request) {
	db := r.DB(req.Context())
	db.Model(&Setting{}).Where("id = 1").Update("interval", len(req.URL.Query().Get("n")))
	var s Setting
	db.First(&s) // not reported: reads back the row the request just wrote
	var i Info
	db.Where("region = ?", "eu").First(&i) // want `\(\*gorm.DB\).First reads the same rows on every request of Resolver.SaveInterval`
}

// DropSetting refuses to delete the last setting: the read is the check
// that the delete depends on.
func (r *Resolver) DropSetting(w http.ResponseWriter, req *http.Request) {
	db := r.DB(req.Context())
	var all []Setting
	db.Model(&Setting{}).Where("interval > 0").Limit(2).Find(&all) // not reported: the check before the delete below, which a copy would make stale
	var infos []Info
	db.Where("region = ?", "eu").Limit(2).Find(&infos) // want `\(\*gorm.DB\).Find reads the same rows on every request of Resolver.DropSetting`
	if len(all) == 1 {
		return
	}
	db.Transaction(func(tx *gorm.DB) error {
		if err := tx.Where("interval = ?", len(req.URL.Path)).Delete(&Setting{}).Error; err != nil {
			return err
		}
		return nil
	})
}

// Defaults reads the settings row and creates it when it is missing:
// a lazy initialisation, after which every request reads the same row.
func (r *Resolver) Defaults(w http.ResponseWriter, req *http.Request) {
	db := r.DB(req.Context())
	var all []Setting
	db.Model(&Setting{}).Where("interval > 0").Limit(1).Find(&all) // want `\(\*gorm.DB\).Find reads the same rows on every request of Resolver.Defaults`
	if len(all) == 0 {
		db.Create(&Setting{Interval: 60})
	}
}

// audit records a visit with db: a handle passed to be used, not filled.
func audit(db *gorm.DB, path string) { db.Create(&Info{Title: path}) }

func (r *Resolver) Visit(w http.ResponseWriter, req *http.Request) {
	db := r.database
	audit(db, req.URL.Path)
	var infos []Info
	db.Where("region = ?", "eu").Limit(5).Find(&infos) // want `\(\*gorm.DB\).Find reads the same rows on every request of Resolver.Visit`
}
