package redisdb

import (
	"net/http"

	"github.com/redis/go-redis/v9"
)

var rdb *redis.Client

// featured are the keys the configuration names.
var featured = []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"}

func Get(w http.ResponseWriter, r *http.Request) {
	for _, k := range featured {
		rdb.Get(r.Context(), k) // not reported: the configured keys, a count no visitor changes
	}
	keys := r.URL.Query()["key"]
	for _, k := range keys {
		rdb.Get(r.Context(), k) // want `rdb\.Get calls the cache once per iteration of this loop on the request path of Get \(N\+1: 100 elements of keys mean 100 round trips instead of 1\); fetch or write the keys in one round trip \(MGET, HMGET, MSET, or a pipeline\)`
	}
	rdb.MGet(r.Context(), keys...) // not reported: one round trip for all the keys
	pipe := rdb.Pipeline()
	for _, k := range keys {
		pipe.Get(r.Context(), k) // not reported: queued on a pipeline, sent once
	}
	pipe.Exec(r.Context())
	rdb.Pipelined(r.Context(), func(p redis.Pipeliner) error {
		for _, k := range keys {
			p.Incr(r.Context(), k) // not reported: queued on a pipeline, sent once
		}
		return nil
	})
	for _, k := range keys {
		views(r, k)
	}
}

func views(r *http.Request, k string) {
	rdb.Incr(r.Context(), "views:"+k) // want `rdb\.Incr calls the cache once per iteration of the loop in Get at redis\.go:\d+`
}
