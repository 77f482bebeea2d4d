// Package smalltables reads tables that -requestquery.small declares
// small (roles, app_settings) and ones it does not.
package smalltables

import (
	"database/sql"
	"net/http"

	"gorm.io/gorm"
)

type AppSetting struct{ Key, Value string }

type User struct{ ID int }

type H struct {
	db  *sql.DB
	orm *gorm.DB
}

func (h *H) Admin(w http.ResponseWriter, r *http.Request) {
	h.db.Query("SELECT id, name FROM roles")        // not reported: roles is declared small
	h.db.Query(`SELECT id, name FROM public.Roles`) // not reported: the same table, qualified
	// A quoted name is not read: the flag names unquoted tables.
	h.db.Query(`SELECT id, name FROM "roles"`) // want `reads the whole table`
	h.db.Query("SELECT id FROM users")         // want `reads the whole table`
	var settings []AppSetting
	h.orm.Find(&settings) // not reported: AppSetting is app_settings
	var users []User
	h.orm.Find(&users) // want `reads the whole table`
}
