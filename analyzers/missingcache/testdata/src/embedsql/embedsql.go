// Package embedsql reads its statements from a //go:embed file of named
// queries: a constant statement read for every request is the same
// work redone, whichever file holds its text.
package embedsql

import (
	"database/sql"
	_ "embed"
	"encoding/json"
	"net/http"
	"strings"

	"embedsql/mail"
)

var db *sql.DB

//go:embed settings.sql
var settingsSQL string

var queries map[string]string

func init() { queries = load(settingsSQL) }

// load splits text at its "-- name:" lines, as goyesql does.
func load(text string) map[string]string {
	out := make(map[string]string)
	name := ""
	for _, line := range strings.Split(text, "\n") {
		if n, ok := strings.CutPrefix(line, "-- name: "); ok {
			name = strings.Fields(n)[0]
			continue
		}
		out[name] += line + "\n"
	}
	return out
}

func Home(w http.ResponseWriter, r *http.Request) {
	db.QueryRow(queries["site-settings"]) // want `^query "SELECT title, theme FROM settings WHERE id = 1" does not depend on the request: the database redoes the same work for every request and returns the same rows; cache the result \(sync.OnceValue, or a TTL cache\)$`
}

func Profile(w http.ResponseWriter, r *http.Request) {
	db.QueryRow(queries["user-settings"], r.URL.Query().Get("user")) // not reported: the user's row
}

func Save(w http.ResponseWriter, r *http.Request) {
	db.Query(queries["save-settings"], r.FormValue("title")) // not reported: a write, whatever the call
}

//go:embed mail/emoji.json
var emojiJSON string

//go:embed small.json
var smallJSON []byte

// Tags decodes the same 10 KB map for every request.
func Tags(w http.ResponseWriter, r *http.Request) {
	var emojis map[string]string
	json.Unmarshal([]byte(emojiJSON), &emojis) // want `^json\.Unmarshal of an embedded file runs on every request of Tags: the same text is parsed again for every request; parse it once into a package-level variable$`
	var small map[string]string
	json.Unmarshal(smallJSON, &small) // not reported: a few bytes, cheaper than the request around them
	var body map[string]string
	json.NewDecoder(r.Body).Decode(&body)              // not reported: the request's own data
	json.Unmarshal([]byte(r.FormValue("data")), &body) // not reported: the request's own data
}

var emojis map[string]string

func init() { json.Unmarshal([]byte(emojiJSON), &emojis) } // not reported: once, at start-up

func Notify(w http.ResponseWriter, r *http.Request) {
	mail.Subject(r.FormValue("title"), r.Form["tag"]) // want `^mail\.Subject runs json\.Unmarshal of an embedded file \(mail\.Subject → json\.Unmarshal at mail\.go:\d+\) on every request of Notify: the same text is parsed again for every request; parse it once into a package-level variable$`
}
