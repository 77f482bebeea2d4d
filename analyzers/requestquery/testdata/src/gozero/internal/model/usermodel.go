// Package model is a goctl-shaped model: an interface, and an
// implementation over go-zero's sqlx and sqlc connections.
package model

import (
	"context"
	"fmt"

	"github.com/zeromicro/go-zero/core/stores/sqlc"
	"github.com/zeromicro/go-zero/core/stores/sqlx"
)

type User struct {
	Id   int64  `db:"id"`
	Name string `db:"name"`
}

type UserModel interface {
	FindOne(ctx context.Context, id int64) (*User, error)
	FindOneCached(ctx context.Context, id int64) (*User, error)
	FindOneByName(ctx context.Context, name string) (*User, error)
	FindMany(ctx context.Context, ids []int64) ([]*User, error)
	FindAll(ctx context.Context) ([]*User, error)
	Touch(ctx context.Context, id int64) error
}

type defaultUserModel struct {
	conn   sqlx.SqlConn
	cached sqlc.CachedConn
	table  string
}

func NewUserModel(conn sqlx.SqlConn) UserModel {
	return &defaultUserModel{conn: conn, cached: sqlc.NewConn(conn), table: "`user`"}
}

func (m *defaultUserModel) FindOne(ctx context.Context, id int64) (*User, error) {
	var resp User
	query := fmt.Sprintf("select id, name from %s where `id` = ? limit 1", m.table)
	err := m.conn.QueryRowCtx(ctx, &resp, query, id)
	return &resp, err
}

func (m *defaultUserModel) FindOneCached(ctx context.Context, id int64) (*User, error) {
	var resp User
	err := m.cached.QueryRowCtx(ctx, &resp, fmt.Sprintf("cache:user:id:%d", id), func(ctx context.Context, conn sqlx.SqlConn, v any) error {
		return conn.QueryRowCtx(ctx, v, "select id, name from `user` where `id` = ? limit 1", id)
	})
	return &resp, err
}

func (m *defaultUserModel) FindMany(ctx context.Context, ids []int64) ([]*User, error) {
	var resp []*User
	err := m.conn.QueryRowsCtx(ctx, &resp, "select id, name from `user` where `id` in (?)", ids)
	return resp, err
}

func (m *defaultUserModel) FindAll(ctx context.Context) ([]*User, error) {
	var resp []*User
	err := m.conn.QueryRowsCtx(ctx, &resp, "select id, name from `user`")
	return resp, err
}

func (m *defaultUserModel) Touch(ctx context.Context, id int64) error {
	_, err := m.conn.ExecCtx(ctx, "update `user` set seen_at = now() where `id` = ?", id)
	return err
}

func (m *defaultUserModel) FindOneByName(ctx context.Context, name string) (*User, error) {
	var resp User
	err := m.cached.QueryRowIndexCtx(ctx, &resp, "cache:user:name:"+name, func(primary any) string {
		return fmt.Sprintf("cache:user:id:%v", primary)
	}, func(ctx context.Context, conn sqlx.SqlConn, v any) (any, error) {
		var id int64
		err := conn.QueryRowCtx(ctx, &id, "select id from `user` where `name` = ? limit 1", name)
		return id, err
	}, func(ctx context.Context, conn sqlx.SqlConn, v, primary any) error {
		return conn.QueryRowCtx(ctx, v, "select id, name from `user` where `id` = ? limit 1", primary)
	})
	return &resp, err
}
