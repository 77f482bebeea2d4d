// Package database wraps the gorm handle, as services do to swap it in
// tests: its methods call gorm's, which run the models' hooks.
package database

import "github.com/jinzhu/gorm"

type Store interface {
	Find(out interface{}, where ...interface{}) Store
	Where(query interface{}, args ...interface{}) Store
}

type DB struct{ g *gorm.DB }

func (d *DB) Find(out interface{}, where ...interface{}) Store {
	return &DB{d.g.Find(out, where...)}
}

func (d *DB) Where(query interface{}, args ...interface{}) Store {
	return &DB{d.g.Where(query, args...)}
}

func Open() Store { return &DB{} }
