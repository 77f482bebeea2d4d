package nethttp

import "net/http"

func Admin(w http.ResponseWriter, r *http.Request) {
	//scalevet:ignore requestquery -- admin page, a few hundred rows at most
	db.Query("SELECT * FROM plans")

	db.Query("SELECT * FROM regions") //scalevet:ignore requestquery -- fixed list of 12 regions

	//scalevet:ignore requestquery -- a call spanning lines is suppressed from the line above its start
	db.
		Query("SELECT * FROM colors")

	db.Query("SELECT * FROM audits") // want `query "SELECT \* FROM audits" reads the whole table`

	//scalevet:ignore requestquery -- nothing here any more // want `^//scalevet:ignore requestquery suppresses nothing; remove it, or move it onto the line of the finding or the line above$`
	w.WriteHeader(200)
}
