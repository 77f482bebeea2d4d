// Command stats wires the workers to an implementation that deletes
// nothing.
package main

import (
	"context"
	"database/sql"

	"jobs/expiry/statsrepo"
	"jobs/expiry/worker"
)

func main() {
	db, _ := sql.Open("postgres", "")
	// not reported: the only implementation visible here writes nothing
	w := &worker.Worker{Sessions: &statsrepo.Sessions{DB: db}}
	go w.Run(context.Background())
}
