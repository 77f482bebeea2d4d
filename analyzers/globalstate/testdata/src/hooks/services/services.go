// Package services keeps its services in a package-level map that a
// gorm hook fills: every Create of a service writes it.
package services

import "github.com/jinzhu/gorm"

type Service struct {
	ID   int64
	Name string
}

var all = map[int64]*Service{}

// AfterCreate is a gorm v1 hook: gorm runs it inside db.Create.
func (s *Service) AfterCreate() error {
	all[s.ID] = s
	return nil
}

// AfterSave has a parameter gorm does not pass: not a hook.
func (s *Service) AfterSave(name string) {
	all[s.ID].Name = name
}

// Create inserts a service; gorm then runs AfterCreate.
func Create(db *gorm.DB, s *Service) error {
	return db.Create(s).Error
}

// Rename saves a service; gorm runs no AfterSave of this shape.
func Rename(db *gorm.DB, s *Service) error {
	return db.Save(s).Error
}
