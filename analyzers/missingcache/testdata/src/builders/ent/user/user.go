// Package user holds the predicates ent generates for the User entity.
package user

import (
	"entgo.io/ent/dialect/sql"

	"builders/ent/predicate"
)

const (
	FieldID   = "id"
	FieldName = "name"
)

// IDEQ applies the EQ predicate on the ID field.
func IDEQ(id int) predicate.User { // want IDEQ:`^returns if\(0\)$`
	return predicate.User(sql.FieldEQ(FieldID, id))
}

// NameEQ applies the EQ predicate on the "name" field.
func NameEQ(v string) predicate.User { // want NameEQ:`^returns if\(0\)$`
	return predicate.User(sql.FieldEQ(FieldName, v))
}
