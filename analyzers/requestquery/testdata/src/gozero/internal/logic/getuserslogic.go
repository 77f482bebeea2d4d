// Package logic holds goctl-shaped logic types, one per route.
package logic

import (
	"context"

	"gozero/internal/svc"
	"gozero/internal/types"
)

type GetUsersLogic struct {
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func NewGetUsersLogic(ctx context.Context, svcCtx *svc.ServiceContext) *GetUsersLogic {
	return &GetUsersLogic{ctx: ctx, svcCtx: svcCtx}
}

func (l *GetUsersLogic) GetUsers(req *types.UsersReq) (*types.UsersResp, error) {
	resp := &types.UsersResp{}
	for _, id := range req.Ids {
		u, err := l.svcCtx.UserModel.FindOne(l.ctx, id)
		if err != nil {
			return nil, err
		}
		resp.Users = append(resp.Users, types.User{Id: u.Id, Name: u.Name})
	}
	for _, id := range req.Ids {
		l.svcCtx.UserModel.FindOneCached(l.ctx, id) // a cache round trip per id, and a query on each miss
	}
	l.svcCtx.UserModel.FindMany(l.ctx, req.Ids) // one query for all the ids
	return resp, nil
}

func (l *GetUsersLogic) AllUsers() ([]*types.User, error) {
	l.svcCtx.UserModel.FindAll(l.ctx)
	return nil, nil
}

func (l *GetUsersLogic) TouchUsers(req *types.UsersReq) error {
	for _, id := range req.Ids {
		l.svcCtx.UserModel.Touch(l.ctx, id)
	}
	return nil
}

func (l *GetUsersLogic) ByNames(names []string) error {
	for _, n := range names {
		l.svcCtx.UserModel.FindOneByName(l.ctx, n)
	}
	return nil
}
