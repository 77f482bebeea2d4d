// Package reflectx is a stub of github.com/jmoiron/sqlx/reflectx for scalevet's analyzer tests: only the API shape matters.
package reflectx

// Mapper is a general purpose mapper of names to struct fields.
type Mapper struct{ _ int }

// NewMapper returns a new mapper using the tagName as its struct field tag.
func NewMapper(tagName string) *Mapper { return &Mapper{} }

// NewMapperFunc returns a new mapper which optionally uses a tag and a mapping function.
func NewMapperFunc(tagName string, f func(string) string) *Mapper { return &Mapper{} }
