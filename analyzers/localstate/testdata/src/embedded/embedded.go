package embedded

import (
	"database/sql"
	"os"

	jgorm "github.com/jinzhu/gorm"
	"go.etcd.io/bbolt"
	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"xorm.io/xorm"
)

type Config struct {
	Driver string
	DSN    string
}

func OpenSQL() (*sql.DB, error) {
	return sql.Open("sqlite3", "data.db") // want `embedded database opened \(sql.Open with driver "sqlite3"\): its data lives on this instance's disk or memory, so a second instance behind a load balancer has its own copy and never sees this one's writes; keep the service's data in a database server that every instance shares`
}

func OpenGorm() (*gorm.DB, error) {
	return gorm.Open(sqlite.Open("app.db")) // want `embedded database opened \(sqlite.Open\)`
}

func OpenGormV1() (*jgorm.DB, error) {
	return jgorm.Open("sqlite3", "./realworld.db") // want `embedded database opened \(gorm.Open with driver "sqlite3"\)`
}

func OpenXorm(path string) (*xorm.Engine, error) {
	return xorm.NewEngine("sqlite", path) // want `embedded database opened \(xorm.NewEngine with driver "sqlite"\)`
}

func OpenBolt() (*bbolt.DB, error) {
	return bbolt.Open("app.bolt", 0o600, nil) // want `embedded database opened \(bbolt.Open\)`
}

const driver = "sqlite3"

func OpenConst() (*sql.DB, error) {
	return sql.Open(driver, "data.db") // want `embedded database opened \(sql.Open with driver "sqlite3"\)`
}

// not reported: a database server
func OpenPostgres() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL"))
}

// not reported: the driver is chosen by configuration
func OpenConfigured(c Config) (*sql.DB, error) {
	return sql.Open(c.Driver, c.DSN)
}

// not reported: gorm v1 with a server dialect
func OpenGormMySQL() (*jgorm.DB, error) {
	return jgorm.Open("mysql", "user@/db")
}

func OpenDesktop() (*sql.DB, error) {
	//scalevet:ignore localstate -- a single-instance desktop build
	return sql.Open("sqlite3", "desktop.db")
}

// not reported: a test fixture in a file that is not a test
func NewTestDB() (*sql.DB, error) {
	return sql.Open("sqlite3", ":memory:")
}
