package redisdb

import (
	"net/http"

	"github.com/redis/go-redis/v9"
)

var rdb *redis.Client

func Get(w http.ResponseWriter, r *http.Request) {
	var keys []string
	for _, k := range keys {
		rdb.Get(r.Context(), k) // not reported: a cache read is cheap by design
	}
}
