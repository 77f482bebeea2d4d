// Package types holds the request and response types that goctl
// generates from the API file.
package types

type UsersReq struct {
	Ids []int64 `json:"ids"`
}

type User struct {
	Id   int64  `json:"id"`
	Name string `json:"name"`
}

type UsersResp struct {
	Users []User `json:"users"`
}
