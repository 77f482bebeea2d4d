// Package models keeps gorm models whose hook methods query: gorm runs
// AfterFind once per row that a Find loads, so a query in it is an N+1
// of every list read.
package models

import (
	"context"

	"github.com/jinzhu/gorm"

	"gormhooks/database"
)

var db = database.Open()

type Checkin struct {
	ID   int64
	Hits []Hit
}

type Hit struct {
	ID        int64
	CheckinID int64
}

// AfterFind loads the check-in's hits: a gorm v1 hook (no parameter).
func (c *Checkin) AfterFind() {
	db.Where("checkin_id = ?", c.ID).Find(&c.Hits) // not reported here: no handler in this package (see gormhooks.Checkins)
}

// All loads every check-in through the wrapper; gorm runs AfterFind per
// row.
func All() []*Checkin {
	var checkins []*Checkin
	db.Where("active = ?", true).Find(&checkins) // gorm runs Checkin.AfterFind once per row
	return checkins
}

// One loads one check-in: AfterFind runs once.
func One(id int64) *Checkin {
	var c Checkin
	db.Where("id = ?", id).Find(&c) // not reported: one row, one hook
	return &c
}

type Note struct{ ID int64 }

// AfterFind has a parameter that gorm does not pass: not a hook.
func (n *Note) AfterFind(ctx context.Context) {
	db.Where("note_id = ?", n.ID).Find(&[]Hit{})
}

// Notes loads notes: gorm runs no AfterFind of theirs.
func Notes() []Note {
	var notes []Note
	db.Where("active = ?", true).Find(&notes) // not reported: Note.AfterFind(ctx) is not gorm's hook shape
	return notes
}

// HitsOf reads the hits of each check-in, one query each: the
// wrapper's Find(out, where...) forwards its conditions, it does not
// batch them.
func HitsOf(ids []int64) {
	for _, id := range ids {
		var hits []Hit
		db.Where("checkin_id = ?", id).Find(&hits)
	}
}

type Incident struct {
	ID      int64
	Updates []Update
}

type Update struct {
	ID         int64
	IncidentID int64
	Author     string
}

// AfterFind loads the incident's updates with gorm v1's Related.
func (i *Incident) AfterFind() {
	var g *gorm.DB
	g.Model(i).Related(&i.Updates)
}

// AfterFind of an update reads its author.
func (u *Update) AfterFind() {
	var g *gorm.DB
	g.Where("name = ?", u.Author).First(&Hit{})
}

// IncidentByID loads one incident; its AfterFind loads its updates, and
// gorm runs Update.AfterFind once per update.
func IncidentByID(id int64) *Incident {
	var g *gorm.DB
	i := &Incident{}
	g.First(&i, id)
	return i
}
