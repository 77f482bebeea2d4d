package catalog

// family groups import paths whose APIs are the same for our purpose
// (mongo-driver v1 and v2, go-redis v8 and v9, xorm at its old and new
// paths).
type family string

const cacheFamily family = "cache"

var families = map[string]family{
	"database/sql":                                                 "sql",
	"github.com/jmoiron/sqlx":                                      "sqlx",
	"gorm.io/gorm":                                                 "gorm",
	"github.com/jinzhu/gorm":                                       "gormv1",
	"xorm.io/xorm":                                                 "xorm",
	"github.com/go-xorm/xorm":                                      "xorm",
	"github.com/xorm-io/xorm":                                      "xorm", // a fork, API-compatible
	"github.com/jackc/pgx/v5":                                      "pgx",
	"github.com/jackc/pgx/v5/pgxpool":                              "pgxpool",
	"github.com/uptrace/bun":                                       "bun",
	"github.com/Masterminds/squirrel":                              "squirrel",
	"github.com/doug-martin/goqu/v9":                               "goqu",
	"github.com/doug-martin/goqu/v9/exec":                          "goqu",
	"github.com/go-pg/pg/v10":                                      "gopg",
	"github.com/go-pg/pg/v10/orm":                                  "gopg",
	"github.com/jackc/pgx/v4":                                      "pgx", // the same API for our purpose
	"github.com/jackc/pgx/v4/pgxpool":                              "pgxpool",
	"go.mongodb.org/mongo-driver/mongo":                            "mongo",
	"go.mongodb.org/mongo-driver/v2/mongo":                         "mongo",
	"net/http":                                                     "http",
	"google.golang.org/grpc":                                       "grpc",
	"github.com/go-resty/resty/v2":                                 "resty",
	"github.com/aws/aws-sdk-go-v2/service/dynamodb":                "dynamodb",
	"github.com/aws/aws-sdk-go-v2/service/s3":                      "s3",
	"github.com/elastic/go-elasticsearch/v8/esapi":                 "esapi",
	"github.com/elastic/go-elasticsearch/v7/esapi":                 "esapi",
	"github.com/opensearch-project/opensearch-go/v2/opensearchapi": "esapi", // go-elasticsearch's API, renamed
	"github.com/olivere/elastic/v7":                                "olivere",
	"github.com/zeromicro/go-zero/core/stores/sqlx":                "gozero",
	"github.com/zeromicro/go-zero/core/stores/sqlc":                "gozero",
	"os":                           "os",
	"text/template":                "template",
	"html/template":                "template",
	"regexp":                       "regexp",
	"crypto/tls":                   "tls",
	"github.com/redis/go-redis/v9": cacheFamily,
	"github.com/go-redis/redis/v8": cacheFamily,
	"github.com/bradfitz/gomemcache/memcache": cacheFamily,
}

type member struct {
	fam  family
	recv string // receiver type name, "" for package-level functions
	name string
}

// table is read-only after initialisation.
var table = build()

func build() map[member]Op {
	t := make(map[member]Op, 256)
	add := func(fam family, recvs []string, name string, op Op) {
		for _, r := range recvs {
			t[member{fam, r, name}] = op
		}
	}
	q := func(arg int) Op { return Op{Kind: Query, SQLArg: arg} }
	x := func(arg int) Op { return Op{Kind: Exec, SQLArg: arg} }
	noSQL := -1

	// database/sql: DB, Tx and Conn take SQL text; Stmt does not.
	// Conn has only the Context forms.
	dbTx := []string{"DB", "Tx"}
	dbTxConn := []string{"DB", "Tx", "Conn"}
	add("sql", dbTx, "Query", q(0))
	add("sql", dbTxConn, "QueryContext", q(1))
	add("sql", dbTx, "QueryRow", q(0))
	add("sql", dbTxConn, "QueryRowContext", q(1))
	add("sql", dbTx, "Exec", x(0))
	add("sql", dbTxConn, "ExecContext", x(1))
	add("sql", dbTx, "Prepare", Op{Kind: Prepare, SQLArg: 0})
	add("sql", dbTxConn, "PrepareContext", Op{Kind: Prepare, SQLArg: 1})
	stmt := []string{"Stmt"}
	sq := Op{Kind: Query, SQLArg: noSQL, Prepared: true}
	sx := Op{Kind: Exec, SQLArg: noSQL, Prepared: true}
	for _, n := range []string{"Query", "QueryContext", "QueryRow", "QueryRowContext"} {
		add("sql", stmt, n, sq)
	}
	add("sql", stmt, "Exec", sx)
	add("sql", stmt, "ExecContext", sx)
	pkg := []string{""}
	add("sql", pkg, "Open", Op{Kind: PoolOpen, SQLArg: noSQL})
	add("sql", pkg, "OpenDB", Op{Kind: PoolOpen, SQLArg: noSQL})

	// go-zero: a SqlConn (or the Session of a transaction) takes the
	// destination, then the text; a CachedConn reads one row through its
	// cache by key (the query runs on a miss), or without the cache.
	gzSession := []string{"Session", "SqlConn"}
	for _, n := range []string{"QueryRow", "QueryRowPartial", "QueryRows", "QueryRowsPartial"} {
		add("gozero", gzSession, n, q(1))
		add("gozero", gzSession, n+"Ctx", q(2))
	}
	add("gozero", gzSession, "Exec", x(0))
	add("gozero", gzSession, "ExecCtx", x(1))
	add("gozero", gzSession, "Prepare", Op{Kind: Prepare, SQLArg: 0})
	add("gozero", gzSession, "PrepareCtx", Op{Kind: Prepare, SQLArg: 1})
	for _, n := range []string{"QueryRow", "QueryRowPartial", "QueryRows", "QueryRowsPartial"} {
		add("gozero", []string{"StmtSession"}, n, sq) // a prepared statement
		add("gozero", []string{"StmtSession"}, n+"Ctx", sq)
	}
	add("gozero", []string{"StmtSession"}, "Exec", sx)
	add("gozero", []string{"StmtSession"}, "ExecCtx", sx)
	gzCached := []string{"CachedConn"}
	for _, n := range []string{"QueryRow", "QueryRowIndex"} { // by key, or by an index key then the primary key
		add("gozero", gzCached, n, Op{Kind: Query, SQLArg: noSQL})
		add("gozero", gzCached, n+"Ctx", Op{Kind: Query, SQLArg: noSQL})
	}
	add("gozero", gzCached, "QueryRowNoCache", q(1))
	add("gozero", gzCached, "QueryRowNoCacheCtx", q(2))
	add("gozero", gzCached, "QueryRowsNoCache", q(1))
	add("gozero", gzCached, "QueryRowsNoCacheCtx", q(2))
	add("gozero", gzCached, "Exec", Op{Kind: Exec, SQLArg: noSQL})
	add("gozero", gzCached, "ExecCtx", Op{Kind: Exec, SQLArg: noSQL})
	add("gozero", gzCached, "ExecNoCache", x(0))
	add("gozero", gzCached, "ExecNoCacheCtx", x(1))

	// sqlx: methods on DB, Tx and Conn; the embedded *sql.DB's own
	// methods are promoted and resolve to database/sql above.
	add("sqlx", dbTx, "Get", q(1))
	add("sqlx", dbTxConn, "GetContext", q(2))
	add("sqlx", dbTx, "Select", q(1))
	add("sqlx", dbTxConn, "SelectContext", q(2))
	add("sqlx", dbTx, "Queryx", q(0))
	add("sqlx", dbTxConn, "QueryxContext", q(1))
	add("sqlx", dbTx, "QueryRowx", q(0))
	add("sqlx", dbTxConn, "QueryRowxContext", q(1))
	add("sqlx", dbTx, "NamedQuery", q(0))
	add("sqlx", []string{"DB"}, "NamedQueryContext", q(1))
	add("sqlx", dbTx, "NamedExec", x(0))
	add("sqlx", dbTx, "NamedExecContext", x(1))
	add("sqlx", dbTx, "MustExec", x(0))
	add("sqlx", dbTx, "MustExecContext", x(1))
	add("sqlx", dbTx, "Preparex", Op{Kind: Prepare, SQLArg: 0})
	add("sqlx", dbTxConn, "PreparexContext", Op{Kind: Prepare, SQLArg: 1})
	add("sqlx", dbTx, "PrepareNamed", Op{Kind: Prepare, SQLArg: 0})
	add("sqlx", dbTx, "PrepareNamedContext", Op{Kind: Prepare, SQLArg: 1})
	stmts := []string{"Stmt", "NamedStmt"}
	for _, n := range []string{"Get", "GetContext", "Select", "SelectContext", "Queryx", "QueryxContext", "QueryRowx", "QueryRowxContext"} {
		add("sqlx", stmts, n, sq)
	}
	add("sqlx", stmts, "MustExec", sx)
	add("sqlx", stmts, "MustExecContext", sx)
	named := []string{"NamedStmt"}
	for _, n := range []string{"Query", "QueryContext", "QueryRow", "QueryRowContext"} {
		add("sqlx", named, n, sq)
	}
	add("sqlx", named, "Exec", sx)
	add("sqlx", named, "ExecContext", sx)
	add("sqlx", pkg, "Get", q(2))
	add("sqlx", pkg, "GetContext", q(3))
	add("sqlx", pkg, "Select", q(2))
	add("sqlx", pkg, "SelectContext", q(3))
	add("sqlx", pkg, "NamedQuery", q(1))
	add("sqlx", pkg, "NamedQueryContext", q(2))
	add("sqlx", pkg, "NamedExec", x(1))
	add("sqlx", pkg, "NamedExecContext", x(2))
	add("sqlx", pkg, "MustExec", x(1))
	add("sqlx", pkg, "MustExecContext", x(2))
	for _, n := range []string{"Open", "Connect", "ConnectContext", "MustOpen", "MustConnect", "NewDb"} {
		add("sqlx", pkg, n, Op{Kind: PoolOpen, SQLArg: noSQL})
	}

	// gorm v2: finishers on *gorm.DB. Raw and Where are builders; the
	// finisher's SQL and bounds come from its receiver chain.
	g := []string{"DB"}
	gq := Op{Kind: Query, SQLArg: noSQL, Lib: Gorm}
	gx := Op{Kind: Exec, SQLArg: noSQL, Lib: Gorm}
	for _, n := range []string{"Find", "First", "Take", "Last", "Scan", "Pluck", "Count", "Row", "Rows", "FirstOrInit", "FirstOrCreate"} {
		add("gorm", g, n, gq)
	}
	for _, n := range []string{"Create", "Save", "Update", "Updates", "UpdateColumn", "UpdateColumns", "Delete"} {
		add("gorm", g, n, gx)
	}
	add("gorm", g, "Exec", Op{Kind: Exec, SQLArg: 0, Lib: Gorm})
	add("gorm", g, "CreateInBatches", Op{Kind: Batch, SQLArg: noSQL, Lib: Gorm})
	add("gorm", g, "FindInBatches", Op{Kind: Batch, SQLArg: noSQL, Lib: Gorm})
	add("gorm", pkg, "Open", Op{Kind: PoolOpen, SQLArg: noSQL})

	// gorm v1: the same finishers on *gorm.DB, and the same builders
	// (its queries run through callback function values, which no
	// summary can follow). Related and the Association mode load or
	// change the rows of one model: per-row work, never a whole table.
	for _, n := range []string{"Find", "First", "Take", "Last", "Scan", "Pluck", "Count", "Row", "Rows", "FirstOrInit", "FirstOrCreate"} {
		add("gormv1", g, n, gq)
	}
	for _, n := range []string{"Create", "Save", "Update", "Updates", "UpdateColumn", "UpdateColumns", "Delete"} {
		add("gormv1", g, n, gx)
	}
	add("gormv1", g, "Exec", Op{Kind: Exec, SQLArg: 0, Lib: Gorm})
	add("gormv1", g, "Related", Op{Kind: Query, SQLArg: noSQL})
	assoc := []string{"Association"}
	add("gormv1", assoc, "Find", Op{Kind: Query, SQLArg: noSQL})
	add("gormv1", assoc, "Count", Op{Kind: Query, SQLArg: noSQL})
	for _, n := range []string{"Append", "Replace", "Delete", "Clear"} {
		add("gormv1", assoc, n, Op{Kind: Exec, SQLArg: noSQL})
	}
	add("gormv1", pkg, "Open", Op{Kind: PoolOpen, SQLArg: noSQL})

	// xorm: Engine (each call a new session), Session, and their
	// interfaces. Where, In, Limit and SQL are builders; the finisher's
	// SQL, bounds and batching come from its receiver chain and its
	// condition beans. The catalogued call is the boundary: xorm's own
	// loops (over the beans of one Insert) are never followed.
	xo := []string{"Engine", "Session", "Interface"}
	xq := Op{Kind: Query, SQLArg: noSQL, Lib: Xorm}
	xx := Op{Kind: Exec, SQLArg: noSQL, Lib: Xorm}
	for _, n := range []string{"Find", "FindAndCount", "Get", "Exist", "Count", "Iterate", "Rows", "Sum", "SumInt", "Sums", "SumsInt"} {
		add("xorm", xo, n, xq)
	}
	for _, n := range []string{"Query", "QueryString", "QueryInterface"} {
		add("xorm", xo, n, Op{Kind: Query, SQLArg: 0, Lib: Xorm})
	}
	for _, n := range []string{"Insert", "InsertOne", "Update", "Delete"} {
		add("xorm", xo, n, xx)
	}
	add("xorm", xo, "Exec", Op{Kind: Exec, SQLArg: 0, Lib: Xorm})
	add("xorm", []string{"Session"}, "InsertMulti", Op{Kind: Batch, SQLArg: noSQL, Lib: Xorm})
	add("xorm", pkg, "NewEngine", Op{Kind: PoolOpen, SQLArg: noSQL})
	add("xorm", pkg, "NewEngineGroup", Op{Kind: PoolOpen, SQLArg: noSQL})

	// pgx v5 and v4 (Conn, and Tx, an interface) and pgxpool (Pool,
	// Conn, Tx); QueryFunc is v4's.
	for fam, recv := range map[family][]string{"pgx": {"Conn", "Tx"}, "pgxpool": {"Pool", "Conn", "Tx"}} {
		add(fam, recv, "Query", q(1))
		add(fam, recv, "QueryRow", q(1))
		add(fam, recv, "QueryFunc", q(1))
		add(fam, recv, "Exec", x(1))
		add(fam, recv, "SendBatch", Op{Kind: Batch, SQLArg: noSQL})
		add(fam, recv, "CopyFrom", Op{Kind: Batch, SQLArg: noSQL})
	}
	add("pgx", []string{"Conn", "Tx"}, "Prepare", Op{Kind: Prepare, SQLArg: 2})
	add("pgxpool", []string{"Tx"}, "Prepare", Op{Kind: Prepare, SQLArg: 2})
	add("pgx", pkg, "Connect", Op{Kind: PoolOpen, SQLArg: noSQL})
	add("pgx", pkg, "ConnectConfig", Op{Kind: PoolOpen, SQLArg: noSQL})
	add("pgxpool", pkg, "New", Op{Kind: PoolOpen, SQLArg: noSQL})
	add("pgxpool", pkg, "NewWithConfig", Op{Kind: PoolOpen, SQLArg: noSQL})
	add("pgxpool", pkg, "Connect", Op{Kind: PoolOpen, SQLArg: noSQL})       // v4
	add("pgxpool", pkg, "ConnectConfig", Op{Kind: PoolOpen, SQLArg: noSQL}) // v4

	// bun: the finishers of its query builders; NewSelect, Model,
	// Where, Limit and the rest only build. A select reads; insert,
	// update and delete write (also through Scan, with RETURNING); a
	// raw query is judged by its text. DB, Tx and Conn also take SQL
	// text directly, as database/sql does.
	bq := Op{Kind: Query, SQLArg: noSQL, Lib: Bun}
	bx := Op{Kind: Exec, SQLArg: noSQL, Lib: Bun}
	for _, n := range []string{"Scan", "Count", "ScanAndCount", "Exists", "Rows", "Exec"} {
		add("bun", []string{"SelectQuery"}, n, bq)
	}
	for _, n := range []string{"Scan", "Exec"} {
		add("bun", []string{"InsertQuery", "UpdateQuery", "DeleteQuery"}, n, bx)
	}
	add("bun", []string{"RawQuery"}, "Scan", bq)
	add("bun", []string{"RawQuery"}, "Exec", bx)
	bunDB := []string{"DB", "Tx", "Conn", "IConn", "IDB"}
	add("bun", bunDB, "QueryContext", q(1))
	add("bun", bunDB, "QueryRowContext", q(1))
	add("bun", bunDB, "ExecContext", x(1))

	// go-pg v10: the finishers of orm.Query (built by db.Model(...));
	// DB and Conn share baseDB's methods, Tx has its own; Query and
	// Exec also take SQL text (after the model for Query).
	pq := Op{Kind: Query, SQLArg: noSQL, Lib: GoPG}
	px := Op{Kind: Exec, SQLArg: noSQL, Lib: GoPG}
	for _, n := range []string{"Select", "SelectAndCount", "SelectAndCountEstimate", "Count", "CountEstimate", "First", "Last", "Exists"} {
		add("gopg", []string{"Query"}, n, pq)
	}
	for _, n := range []string{"Insert", "Update", "UpdateNotZero", "Delete", "ForceDelete", "SelectOrInsert"} {
		add("gopg", []string{"Query"}, n, px)
	}
	pgDB := []string{"baseDB", "Tx", "DB"}
	add("gopg", pgDB, "Query", q(1))
	add("gopg", pgDB, "QueryOne", q(1))
	add("gopg", pgDB, "QueryContext", q(2))
	add("gopg", pgDB, "QueryOneContext", q(2))
	add("gopg", pgDB, "Exec", x(0))
	add("gopg", pgDB, "ExecOne", x(0))
	add("gopg", pgDB, "ExecContext", x(1))
	add("gopg", pgDB, "ExecOneContext", x(1))
	add("gopg", pkg, "Connect", Op{Kind: PoolOpen, SQLArg: noSQL})

	// squirrel: the builders' runners (after RunWith); Select, From,
	// Where, Limit and the rest only build. A select reads; insert,
	// update and delete write (also through Query or Scan, with
	// RETURNING). ToSql only renders the text for another library's
	// call, which is judged as that call.
	sqq := Op{Kind: Query, SQLArg: noSQL, Lib: Squirrel}
	sqx := Op{Kind: Exec, SQLArg: noSQL, Lib: Squirrel}
	for _, n := range []string{"Query", "QueryRow", "Scan", "QueryContext", "QueryRowContext", "ScanContext"} {
		add("squirrel", []string{"SelectBuilder"}, n, sqq)
		add("squirrel", []string{"InsertBuilder", "UpdateBuilder"}, n, sqx)
	}
	for _, n := range []string{"Exec", "ExecContext", "Query", "QueryContext", "QueryRowContext", "ScanContext"} {
		add("squirrel", []string{"DeleteBuilder"}, n, sqx)
	}
	for _, n := range []string{"Exec", "ExecContext"} {
		add("squirrel", []string{"InsertBuilder", "UpdateBuilder"}, n, sqx)
	}

	// mongo-driver v1 and v2: Collection methods.
	coll := []string{"Collection"}
	mq := Op{Kind: Query, SQLArg: noSQL, Lib: Mongo}
	mx := Op{Kind: Exec, SQLArg: noSQL, Lib: Mongo}
	for _, n := range []string{"Find", "FindOne", "Aggregate", "CountDocuments", "Distinct"} {
		add("mongo", coll, n, mq)
	}
	for _, n := range []string{"InsertOne", "UpdateOne", "UpdateMany", "UpdateByID", "ReplaceOne", "DeleteOne", "DeleteMany", "FindOneAndUpdate", "FindOneAndReplace", "FindOneAndDelete"} {
		add("mongo", coll, n, mx)
	}
	add("mongo", coll, "InsertMany", Op{Kind: Batch, SQLArg: noSQL, Lib: Mongo})
	add("mongo", coll, "BulkWrite", Op{Kind: Batch, SQLArg: noSQL, Lib: Mongo})
	add("mongo", pkg, "Connect", Op{Kind: PoolOpen, SQLArg: noSQL})
	add("mongo", pkg, "NewClient", Op{Kind: PoolOpen, SQLArg: noSQL})

	// goqu: a dataset's or its executor's finishers run the statement
	// its builder chain makes (builders.go).
	gqu := Op{Kind: Query, SQLArg: noSQL, Lib: Goqu}
	for _, n := range []string{"ScanStructs", "ScanStructsContext", "ScanStruct", "ScanStructContext", "ScanVals", "ScanValsContext", "ScanVal", "ScanValContext"} {
		add("goqu", []string{"SelectDataset", "QueryExecutor"}, n, gqu)
	}
	for _, n := range []string{"Count", "CountContext", "Pluck", "PluckContext"} {
		add("goqu", []string{"SelectDataset"}, n, gqu)
	}
	add("goqu", []string{"QueryExecutor"}, "Query", gqu)
	add("goqu", []string{"QueryExecutor"}, "QueryContext", gqu)
	add("goqu", []string{"QueryExecutor"}, "Exec", Op{Kind: Exec, SQLArg: noSQL, Lib: Goqu})
	add("goqu", []string{"QueryExecutor"}, "ExecContext", Op{Kind: Exec, SQLArg: noSQL, Lib: Goqu})

	// Remote calls.
	remote := Op{Kind: Remote, SQLArg: noSQL}
	for _, n := range []string{"Get", "Post", "PostForm", "Head"} {
		add("http", pkg, n, remote)
		add("http", []string{"Client"}, n, remote)
	}
	add("http", []string{"Client"}, "Do", remote)
	// Generated client stubs call Invoke through the interface their
	// constructor takes.
	add("grpc", []string{"ClientConn", "ClientConnInterface"}, "Invoke", remote)
	add("grpc", []string{"ClientConn", "ClientConnInterface"}, "NewStream", remote)
	for _, n := range []string{"Get", "Head", "Post", "Put", "Delete", "Options", "Patch", "Send", "Execute"} {
		add("resty", []string{"Request"}, n, remote)
	}
	// AWS SDK v2: one round trip per call; the batch forms take many
	// keys or objects in one.
	batch := Op{Kind: Remote, SQLArg: noSQL, Batched: true}
	for _, n := range []string{"GetItem", "Query", "Scan", "PutItem", "UpdateItem", "DeleteItem"} {
		add("dynamodb", []string{"Client"}, n, remote)
	}
	add("dynamodb", []string{"Client"}, "BatchGetItem", batch)
	add("dynamodb", []string{"Client"}, "BatchWriteItem", batch)
	for _, n := range []string{"GetObject", "HeadObject", "PutObject", "DeleteObject", "ListObjectsV2"} {
		add("s3", []string{"Client"}, n, remote)
	}
	add("s3", []string{"Client"}, "DeleteObjects", batch)
	// Elasticsearch and OpenSearch: a request value's Do, or an
	// olivere service's, is one round trip; Bulk, Mget and Msearch carry
	// many documents or searches in one.
	for _, n := range []string{"Search", "Get", "Index", "Create", "Update", "Delete", "Count", "Exists", "DeleteByQuery", "UpdateByQuery"} {
		add("esapi", []string{n + "Request"}, "Do", remote)
	}
	for _, n := range []string{"Bulk", "Mget", "Msearch"} {
		add("esapi", []string{n + "Request"}, "Do", batch)
	}
	for _, n := range []string{"Search", "Get", "Index", "Update", "Delete", "Count", "Exists"} {
		add("olivere", []string{n + "Service"}, "Do", remote)
	}
	for _, n := range []string{"MultiSearch", "Mget", "Bulk"} {
		add("olivere", []string{n + "Service"}, "Do", batch)
	}
	for _, n := range []string{"NewClient", "Dial", "DialContext"} {
		add("grpc", pkg, n, Op{Kind: PoolOpen, SQLArg: noSQL})
	}

	// Files, templates, regular expressions.
	add("os", pkg, "ReadFile", Op{Kind: FileRead, SQLArg: noSQL})
	add("os", pkg, "Create", Op{Kind: FileWrite, SQLArg: noSQL})
	add("os", pkg, "WriteFile", Op{Kind: FileWrite, SQLArg: noSQL})
	add("os", pkg, "OpenFile", Op{Kind: FileWrite, SQLArg: noSQL}) // when its flags create a file (summary.creates)
	add("os", pkg, "Open", Op{Kind: FileRead, SQLArg: noSQL})
	add("tls", pkg, "LoadX509KeyPair", Op{Kind: FileRead, SQLArg: noSQL})
	for _, n := range []string{"ParseFiles", "ParseGlob", "ParseFS"} {
		add("template", pkg, n, Op{Kind: Parse, SQLArg: noSQL})
		add("template", []string{"Template"}, n, Op{Kind: Parse, SQLArg: noSQL})
	}
	add("template", []string{"Template"}, "Parse", Op{Kind: Parse, SQLArg: noSQL})
	// Match, MatchString and MatchReader compile their pattern on every
	// call.
	for _, n := range []string{"Compile", "MustCompile", "CompilePOSIX", "MustCompilePOSIX", "Match", "MatchString", "MatchReader"} {
		add("regexp", pkg, n, Op{Kind: Compile, SQLArg: noSQL})
	}
	return t
}
