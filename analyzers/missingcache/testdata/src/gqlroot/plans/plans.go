// Package plans resolves the plans of the schema; the root resolver,
// in another package, embeds its resolver.
package plans

import (
	"context"

	"github.com/jinzhu/gorm"
)

type PlanResolvers struct{ DB *gorm.DB }

type plan struct {
	ID   int
	Name string
}

func (r PlanResolvers) Plans(ctx context.Context) ([]string, error) { // want Plans:`query \(\*gorm.DB\).Find if\(0\) via plans.PlanResolvers.Plans; returns if\(\)$`
	var ps []plan
	r.DB.Where("public = ?", true).Limit(20).Find(&ps) // reported at the root resolver's embedded field
	var last plan
	r.DB.Model(&plan{}).Select("max(id) as id").Find(&last) // not reported: MAX is one row an index answers
	r.DB.Raw("SELECT min(id) FROM plans").Scan(&last)       // not reported: the same in SQL
	return nil, nil
}

func (r PlanResolvers) Plan(ctx context.Context, id int) (string, error) { // want Plan:`query \(\*gorm.DB\).First if\(0,2\) via plans.PlanResolvers.Plan$`
	var p plan
	r.DB.Where("id = ?", id).First(&p) // not reported: the request's id
	return p.Name, nil
}
