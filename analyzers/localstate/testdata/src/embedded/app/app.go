package app // want package:"opens an embedded database"

// app starts the service with the database that package embedded opens
// by the driver name it is given.

import "embedded"

type Config struct {
	Dialect string `default:"postgres"`
	DSN     string
}

func Memory() {
	embedded.New("sqlite3", ":memory:") // want `embedded database opened \(embedded.New → gorm.Open with driver "sqlite3"\)`
}

// not reported: the default is a server's driver
func Server(c Config) {
	embedded.New(c.Dialect, c.DSN)
}

// not reported: the driver has no default here
func Chosen(driver string) {
	embedded.New(driver, "")
}
