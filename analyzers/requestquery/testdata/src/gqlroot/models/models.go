package models

type Span struct {
	ID   int
	Tags []string
}

type User struct {
	ID   int
	Name string
}
