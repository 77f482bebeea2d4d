//scalevet:file-ignore requestquery -- internal tool, one instance, small tables

package nethttp

import "net/http"

func Tool(w http.ResponseWriter, r *http.Request) {
	db.Query("SELECT * FROM everything") // not reported: the file is ignored
}
