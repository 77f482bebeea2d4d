// Package handler holds goctl-shaped handlers: constructors that
// return an http.HandlerFunc, registered as rest.Routes.
package handler

import (
	"net/http"

	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpx"

	"gozero/internal/logic"
	"gozero/internal/svc"
	"gozero/internal/types"
)

func GetUsersHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req types.UsersReq
		if err := httpx.Parse(r, &req); err != nil {
			httpx.ErrorCtx(r.Context(), w, err)
			return
		}
		l := logic.NewGetUsersLogic(r.Context(), svcCtx)
		resp, err := l.GetUsers(&req) // want `l\.GetUsers runs a query once per iteration of its loop at getuserslogic\.go:\d+` `l\.GetUsers runs a query once per iteration of its loop at getuserslogic\.go:\d+`
		if err != nil {
			httpx.ErrorCtx(r.Context(), w, err)
			return
		}
		httpx.OkJsonCtx(r.Context(), w, resp)
	}
}

func AllUsersHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		l := logic.NewGetUsersLogic(r.Context(), svcCtx)
		resp, _ := l.AllUsers() // want `^l\.AllUsers runs query "select id, name from .user." that reads the whole table \(no WHERE, no LIMIT\) \(logic\.GetUsersLogic\.AllUsers → model\.defaultUserModel\.FindAll → \(sqlx\.Session\)\.QueryRowsCtx at usermodel\.go:\d+\) on the request path of AllUsersHandler\.func1`
		httpx.OkJsonCtx(r.Context(), w, resp)
	}
}

func TouchUsersHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req types.UsersReq
		httpx.Parse(r, &req)
		logic.NewGetUsersLogic(r.Context(), svcCtx).TouchUsers(&req) // want `TouchUsers writes once per iteration of its loop`
	}
}

func ByNamesHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		logic.NewGetUsersLogic(r.Context(), svcCtx).ByNames(r.URL.Query()["name"]) // want `ByNames runs a query once per iteration of its loop at getuserslogic\.go:\d+ \(logic\.GetUsersLogic\.ByNames → model\.defaultUserModel\.FindOneByName → \(sqlc\.CachedConn\)\.QueryRowIndexCtx`
	}
}

func RegisterHandlers(server *rest.Server, serverCtx *svc.ServiceContext) {
	server.AddRoutes([]rest.Route{
		{Method: http.MethodPost, Path: "/users", Handler: GetUsersHandler(serverCtx)},
		{Method: http.MethodGet, Path: "/users/all", Handler: AllUsersHandler(serverCtx)},
		{Method: http.MethodPost, Path: "/users/touch", Handler: TouchUsersHandler(serverCtx)},
		{Method: http.MethodGet, Path: "/users/by-name", Handler: ByNamesHandler(serverCtx)},
	})
}
