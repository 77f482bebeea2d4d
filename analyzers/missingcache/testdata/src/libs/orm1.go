package libs

import (
	"net/http"

	gormv1 "github.com/jinzhu/gorm"
	"xorm.io/xorm"
)

// Legacy reaches its database through gorm v1 and xorm.
type Legacy struct {
	g *gormv1.DB
	x *xorm.Engine
}

func (l *Legacy) Plans(w http.ResponseWriter, r *http.Request) {
	var plans []Plan
	l.g.Where("active = ?", true).Find(&plans)                    // want `^\(\*gorm.DB\).Find reads the same rows on every request of Legacy.Plans: its conditions do not depend on the request, so the database redoes the same work each time; cache the result \(sync.OnceValue, or a TTL cache\)$`
	l.x.Where("active = ?", true).Find(&plans)                    // want `^\(\*xorm.Session\).Find reads the same rows on every request of Legacy.Plans`
	l.x.Where("active = ?", true).Count(new(Plan))                // want `\(\*xorm.Session\).Count reads the same rows on every request of Legacy.Plans`
	l.x.QueryString("SELECT name FROM plans WHERE active = true") // want `query "SELECT name FROM plans WHERE active = true" does not depend on the request`
}

func (l *Legacy) Plan(w http.ResponseWriter, r *http.Request) {
	var p Plan
	id := r.PathValue("id")
	// not reported: request-dependent conditions
	l.g.Where("id = ?", id).Find(&p)
	l.x.Where("id = ?", id).Find(&p)
	l.x.Find(&p, &Plan{Name: id})
	l.x.Count(&Plan{Name: id})
	l.x.QueryString("SELECT name FROM plans WHERE id = ?", id)
	// not reported: conditions in the bean Get fills, from the request
	p.Name = id
	l.x.Get(&p)
	q := Plan{Name: id}
	l.x.Exist(&q)
	// not reported: a session's conditions may be added by other statements
	s := l.x.NewSession()
	s.And("name = ?", id)
	s.Find(&p)
	// not reported: writes
	l.g.Create(&p)
	l.x.Insert(&p)
}

func (l *Legacy) Pools(w http.ResponseWriter, r *http.Request) {
	gormv1.Open("postgres", "dsn")    // want `gormv1.Open creates a new connection pool`
	xorm.NewEngine("postgres", "dsn") // want `xorm.NewEngine creates a new connection pool`
}

func (l *Legacy) Default(w http.ResponseWriter, r *http.Request) {
	// The bean's fields are constants: the same row for every request.
	p := Plan{Name: "default"}
	l.x.Get(&p) // want `l.x.Get reads the same rows on every request of Legacy.Default`
	var q Plan
	q.Name = "basic"
	l.x.Exist(&q) // want `l.x.Exist reads the same rows on every request of Legacy.Default`
}

// byName reads one plan: the row comes back in the bean it returns.
func (l *Legacy) byName(name string) *Plan {
	p := Plan{Name: name}
	if ok, _ := l.x.Get(&p); !ok {
		return nil
	}
	return &p
}

func (l *Legacy) Basic(w http.ResponseWriter, r *http.Request) {
	l.byName("basic")             // want `l.byName runs a query`
	l.byName(r.FormValue("plan")) // not reported: the name is the request's
	for _, n := range []string{"a", "b"} {
		p := Plan{}
		l.x.Get(&p) // not reported: in a loop, the bean's later definition may set its fields before the next call
		p.Name = n + r.FormValue("x")
	}
}
