// Package store hands out the service's gorm handle through getters.
package store

import (
	"context"

	"gorm.io/gorm"
)

var DB *gorm.DB

// GetDB returns the handle itself.
func GetDB() *gorm.DB { return DB }

// Conn returns the handle for one request's context: no condition.
func (r *Repo) Conn(ctx context.Context) *gorm.DB { return r.db.WithContext(ctx) }

type Repo struct{ db *gorm.DB }

// Live returns the handle with a condition already applied.
func Live() *gorm.DB { return DB.Where("deleted_at IS NULL") }

// Pick returns the handle or a transaction: both bare.
func Pick(tx *gorm.DB) *gorm.DB {
	if tx != nil {
		return tx
	}
	return GetDB()
}
