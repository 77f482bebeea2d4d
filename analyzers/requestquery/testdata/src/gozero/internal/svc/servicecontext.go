// Package svc holds the service context that goctl wires every model
// into.
package svc

import (
	"github.com/zeromicro/go-zero/core/stores/sqlx"

	"gozero/internal/model"
)

type ServiceContext struct {
	UserModel model.UserModel
}

func NewServiceContext(dsn string) *ServiceContext {
	return &ServiceContext{UserModel: model.NewUserModel(sqlx.NewMysql(dsn))}
}
