package embedded // want package:"opens an embedded database"

import (
	"database/sql"

	jgorm "github.com/jinzhu/gorm"
)

// Settings is read from the environment; its tags give the defaults.
type Settings struct {
	Dialect string `default:"sqlite3" split_words:"true"`
	DSN     string `default:"data/app.db"`
	Backend string `envDefault:"postgres"`
}

func OpenDefault(s Settings) (*jgorm.DB, error) {
	return jgorm.Open(s.Dialect, s.DSN) // want `embedded database opened \(gorm.Open with driver Dialect, whose default is "sqlite3"\)`
}

// not reported: the default is a database server
func OpenBackend(s Settings) (*sql.DB, error) {
	return sql.Open(s.Backend, s.DSN)
}

// New opens the database its caller names.
func New(dialect, dsn string) (*jgorm.DB, error) { // want New:`opens by the driver of parameter 0 \(gorm.Open\)`
	return jgorm.Open(dialect, dsn)
}

func Start(s Settings) {
	New(s.Dialect, s.DSN) // want `embedded database opened \(embedded.New → gorm.Open with driver Dialect, whose default is "sqlite3"\)`
}

// not reported: a server's driver
func StartPostgres(s Settings) {
	New("postgres", s.DSN)
}
