package gorillamux

import (
	"database/sql"
	"net/http"

	"github.com/gorilla/mux"
)

var db *sql.DB

func listTags(w http.ResponseWriter, r *http.Request) {
	db.Query("SELECT DISTINCT tag FROM posts") // want `query "SELECT DISTINCT tag FROM posts" reads the whole table \(no WHERE, no LIMIT\) on the request path of listTags`
}

func Routes() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/tags", listTags)
	r.Path("/x").HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		db.Query("SELECT id FROM posts WHERE tag = $1", mux.Vars(req)["tag"]) // not reported: bounded
	})
	return r
}
