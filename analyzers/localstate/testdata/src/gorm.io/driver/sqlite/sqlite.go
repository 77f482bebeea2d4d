// Package sqlite is a stub of gorm.io/driver/sqlite for scalevet's analyzer tests: only the API shape matters.
package sqlite

import "gorm.io/gorm"

// Dialector is gorm's SQLite dialector.
type Dialector struct{ DSN string }

func (Dialector) Name() string                                   { return "sqlite" }
func (Dialector) Initialize(*gorm.DB) error                      { return nil }
func (Dialector) Explain(sql string, vars ...interface{}) string { return sql }

// Open returns the dialector of the SQLite file dsn.
func Open(dsn string) gorm.Dialector { return &Dialector{DSN: dsn} }
