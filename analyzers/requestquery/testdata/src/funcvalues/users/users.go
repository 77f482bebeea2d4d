package users

import (
	"context"
	"database/sql"
)

type Users struct{ DB *sql.DB }

func (u *Users) Name(ctx context.Context, id int) string {
	var name string
	u.DB.QueryRowContext(ctx, "SELECT name FROM users WHERE id = $1", id).Scan(&name)
	return name
}
