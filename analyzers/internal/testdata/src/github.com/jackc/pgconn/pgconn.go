// Package pgconn is a stub of github.com/jackc/pgconn (the connection
// layer of pgx v4) for scalevet's analyzer tests: only the API shape
// matters.
package pgconn

// CommandTag is the result of an Exec function.
type CommandTag []byte

func (ct CommandTag) RowsAffected() int64 { return 0 }

// StatementDescription is the result of Prepare.
type StatementDescription struct {
	Name string
	SQL  string
}

// FieldDescription describes a column of a result.
type FieldDescription struct{ Name []byte }

// Notification is a message received from the PostgreSQL LISTEN/NOTIFY system.
type Notification struct {
	Channel string
	Payload string
}
