// Package requestquery defines an Analyzer that reports expensive
// database queries made for every request.
//
// # Analyzer requestquery
//
// requestquery: report N+1 queries, writes in loops and unbounded reads on the request path
//
// A web service rarely slows down evenly: it falls over where every
// request makes the database do work that grows with the data. The
// classic shapes are the N+1 query, one query per element of a list the
// handler just loaded, which turns one page view into hundreds of
// round trips; one INSERT per element where a batch would do; and a
// read with no WHERE and no LIMIT, whose cost grows with the table
// until the page times out.
//
// The analyzer looks only at the request path: code reachable from an
// HTTP handler (net/http, chi, gorilla/mux, gin, echo v3/v4/v5, fiber
// v2 and v3, hertz, iris, beego, huma), a gRPC or connect-go service
// method, a gqlgen resolver, a template function, a service's own
// handler shape registered through an adapter, or a function marked
// //scalevet:handler. It follows calls within the package (also through
// function variables and fields, and into callbacks a helper calls per
// element) and, through facts, into every package the code imports, so
// a loop in a handler that calls a service that calls a repository that
// queries is found, and reported in the handler's package at the call
// that leaves it. A GraphQL field resolver of a type that is returned
// as a list runs once per element, as if in a loop; so does a gorm
// model's hook (AfterFind, BeforeCreate...) for the rows of a Find or
// Create of a slice, also through the service's own wrapper of the
// gorm handle.
//
// A resolver that the root resolver embeds from another package (one
// resolver per domain, `type resolver struct{ spans.Resolver; ... }`)
// is an entry point that its own package cannot recognise: what it
// does is reported in the package of the root resolver, at the
// embedded field, naming the loop to fix.
//
// Interfaces: a call through an interface whose implementation lives in
// a package the handler does not import (a repository wired in main) is
// resolved where both are visible. When that is only the wiring
// package, the finding is reported there, at the expression that wires
// the implementation in, and names the loop to fix in the handler's
// package. With several implementations, any that does the work is
// named, and the same loop of parallel implementations (the n-th loop
// of the method of the same name in each, one per database driver) is
// one finding. A hazard reached from several handlers is reported once, naming
// them; so is a whole-table read that several interface calls reach.
// A function that is an entry point of its own package (a controller
// that takes the framework's context and that its package does not
// call) is reported there; a handler of another package that calls it
// adds only a loop of its own around the call.
//
// It reports, with these categories:
//
//   - nplusone: a query (database/sql, sqlx, gorm, xorm, pgx v4 and
//     v5, bun, go-pg v10, mongo-driver, squirrel, goqu, go-zero's
//     SqlConn and CachedConn (the models goctl generates), ent's generated
//     client recognised by its shape, or a function marked
//     //scalevet:expensive) or a call to another service run once per
//     element of a loop, directly or through calls;
//   - writeloop: an INSERT, UPDATE or DELETE (or the ORM's Create,
//     Save, Update, Delete, InsertOne...) run once per element (a loop
//     that both queries and writes is one nplusone finding that names
//     its writes: the loop is the place to fix);
//   - unbounded: a read whose constant SQL has no WHERE and no LIMIT, a
//     COUNT over a whole table, ORDER BY RANDOM(); gorm Find or Count
//     with no condition and no Limit in its builder chain (a FROM
//     subquery, Table("(?) AS t", q), carries its own), also when the
//     chain starts at a getter that returns the handle as it is, in any
//     package (database.GetDB(), r.Conn(ctx) returning
//     r.db.WithContext(ctx)); a bun or go-pg
//     select of a slice model, or a Count, with no Where, WherePK,
//     Limit or Apply (an insert or bulk update of a slice model is one
//     statement); an ent client.X.Query() read with All, IDs or Count
//     and no Where or Limit in the same expression (CreateBulk is one
//     statement); a squirrel Select run with no Where, Limit, join or
//     suffix in its chain (sq.Eq with a slice is one IN, several Values
//     one multi-row INSERT); a goqu dataset's ScanStructs, Pluck or Count
//     with no Where, Limit, join or GroupBy in its chain (goqu.Ex with a
//     slice, or In, is one IN; Rows of a slice one multi-row INSERT); a
//     mongo Find or CountDocuments with an empty filter
//     and no options. The SQL
//     may come through the service's own wrapper of the database
//     handle (func (c *conn) Query(q string, ...)): it is judged where
//     a caller passes constant text. It may also be kept in a .sql file
//     that //go:embed holds: a string or []byte variable, a file read
//     by constant name from an embed.FS (also through a helper of the
//     package that builds the name from its parameters,
//     query("users") reading "queries/" + name + ".sql"), or a
//     statement of a file of
//     named statements ("-- name: all-orders", as goyesql, dotsql and
//     sqlc write them) that a map made from the file holds under a
//     constant name, also when another package embeds the file and
//     exports the variable or the map (queries.Stmts["all-orders"]). A
//     text the analysis cannot find (a name chosen by
//     the request, a file kept elsewhere) is not judged for bounds, and
//     the call still counts as a query in a loop.
//
// A call to another service in a loop is the microservice form of the
// N+1 (net/http's Get, Post and Do, a generated gRPC client, resty, the
// AWS SDK v2's DynamoDB and S3 clients, Elasticsearch and OpenSearch
// request values' Do and the client's API fields that run them
// (es.Search(es.Search.WithIndex("docs")); go-elasticsearch's esapi,
// opensearch-go v2) and olivere/elastic's services, through any
// helper), and so is
// a cache command (go-redis, memcache): cheap alone, a round trip per
// element. Either is
// reported when the loop walks what grows with the data or the
// request: the rows of a query (a range over its result, rows.Next) or
// what the request carries (ids in the query string, a list in the
// decoded body, also passed down to a helper), with the batch form or
// a bounded concurrency as the fix. It is not reported for a loop over
// the configuration (a package-level list, a field of the server),
// over one row's fields, over what another call returned, or for a
// loop that pages through a listing (no range, ends on the last page);
// the batch forms (BatchGetItem, BatchWriteItem, DeleteObjects, Mget,
// Msearch, Bulk, MGET,
// MSET, HMGET, commands queued on a Redis pipeline) are not repeated
// calls.
//
// It does not report, by design: code off the request path (main,
// init, migrations, handler-factory bodies that run once at start-up);
// a gorm Find into a model whose primary key is set where it is built
// (&User{ID: id}: gorm adds the key as the condition), a Select of
// aggregates other than COUNT (max(id), which an index answers);
// loops that repeat a fixed small number of times (retry loops i < 3,
// ranges over a literal of up to 10 elements, over a local variable
// that only such a literal sets, or over a slice cut to at most 10
// before the loop: x = x[:min(len(x), 5)]), a loop whose only clause is
// a condition that makes the query (for !free(token) { token = next() },
// a retry until the answer changes), loops without a condition or over a
// channel (event and retry loops), loops that fill a slice by whole
// pages up to a count (for len(out) < n { out = append(out, page...) }:
// one query per page), loops that end once the query
// succeeds (a return or break after it, under `if err == nil`, or the
// query in the return statement itself), and loops that run the query
// only for the element equal to a constant (`if rule == "email"`); a
// loop that queries each element until a record is found is reported
// (N queries when none is); batched queries (IN (...), = ANY($1), unnest,
// multi-row VALUES, sqlx.In, gorm "IN ?" or a slice of keys, SendBatch,
// CopyFrom, InsertMany, BulkWrite, CreateInBatches); prepared
// statements executed in a loop (the database/sql bulk-write idiom);
// reads whose SQL text is not a constant (at the call or at a caller of
// the wrapper that takes it); interface calls with no
// implementation in the program, and interfaces of the standard library
// or of other modules; loops that drain a source count (a loop that
// ends on an empty page or io.EOF), event loops do not; test files and
// generated files.
//
// A table that stays small by nature (roles, settings, plans) is read
// whole by design: name such tables with -requestquery.small (or the
// small_tables key of scalevet.toml, or the plugin's flags) and their
// whole-table reads are not reported. A name matches the table as its
// SQL names it (unquoted) or the ORM model type of a Find's destination, in any
// case, with or without underscores and a plural s (app_settings
// matches AppSetting). There is no built-in list: which tables stay
// small is the team's knowledge, not the code's.
//
// Suppress a finding with a reason:
//
//	//scalevet:ignore requestquery -- the list is capped at 5 by the API
//
// # Examples
//
//	for rows.Next() {
//		rows.Scan(&id)
//		db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = $1", id).Scan(&name) // db.QueryRowContext runs a query once per iteration of this loop on the request path of ListOrders (N+1: 100 rows mean 100 queries instead of 1); fetch all rows in one query (WHERE id IN (...) or = ANY($1), a JOIN, or the ORM's Preload)
//	}
//
//	rows, err := db.QueryContext(ctx, "SELECT * FROM posts") // query "SELECT * FROM posts" reads the whole table (no WHERE, no LIMIT) on the request path of ListPosts; its cost grows with the table; add a WHERE or a LIMIT and paginate
package requestquery
