package models

type Album struct{ ID, CoverID int }
type Media struct{ ID int }
type User struct{ ID int }
