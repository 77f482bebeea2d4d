package testgopath_test

import (
	"bytes"
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/testgopath"
)

func TestDir(t *testing.T) {
	t.Parallel()
	dir := testgopath.Dir(t)
	for _, c := range []struct{ got, want string }{
		{ // a shared stub
			filepath.Join(dir, "src", "github.com", "go-chi", "chi", "v5", "chi.go"),
			filepath.Join(testgopath.StubRoot(), "src", "github.com", "go-chi", "chi", "v5", "chi.go"),
		},
		{ // this test's own file
			filepath.Join(dir, "src", "consumer", "consumer.go"),
			filepath.Join("testdata", "src", "consumer", "consumer.go"),
		},
	} {
		got, err := os.ReadFile(c.got)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(c.want)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s", c.got, c.want)
		}
	}
}

// TestStubsTypeCheck loads every stub package in GOPATH mode, as
// analysistest does, and fails on any error, so a stub that stops
// compiling is caught here rather than in some analyzer's test.
func TestStubsTypeCheck(t *testing.T) {
	t.Parallel()
	root := testgopath.StubRoot()
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedDeps |
			packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo,
		Dir: filepath.Join(root, "src"),
		Env: append(os.Environ(), "GOPATH="+root, "GO111MODULE=off", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	loaded := make(map[string]bool)
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		loaded[p.PkgPath] = true
		for _, e := range p.Errors {
			t.Errorf("%s: %v", p.PkgPath, e)
		}
	})
	for _, path := range []string{
		"example.com/pb/orderpb",
		"github.com/gin-gonic/gin",
		"github.com/go-chi/chi/v5",
		"github.com/go-xorm/xorm",
		"github.com/xorm-io/xorm",
		"github.com/gofiber/fiber/v2",
		"github.com/gofiber/fiber/v3",
		"github.com/gorilla/mux",
		"github.com/jackc/pgx/v5",
		"github.com/jinzhu/gorm",
		"github.com/jackc/pgx/v5/pgconn",
		"github.com/jackc/pgx/v5/pgxpool",
		"github.com/jackc/pgx/v4",
		"github.com/jackc/pgx/v4/pgxpool",
		"github.com/jackc/pgconn",
		"github.com/jmoiron/sqlx",
		"github.com/labstack/echo/v4",
		"github.com/redis/go-redis/v9",
		"go.mongodb.org/mongo-driver/bson",
		"go.mongodb.org/mongo-driver/mongo",
		"go.mongodb.org/mongo-driver/mongo/options",
		"go.mongodb.org/mongo-driver/v2/bson",
		"go.mongodb.org/mongo-driver/v2/mongo",
		"go.mongodb.org/mongo-driver/v2/mongo/options",
		"google.golang.org/grpc",
		"gorm.io/gorm",
		"xorm.io/xorm",
	} {
		if !loaded[path] {
			t.Errorf("stub %s was not loaded", path)
		}
	}
}

// calleeAnalyzer reports the callee of every method call, so that the
// consumer testdata records, with analysistest, how calls through the
// stubs resolve.
var calleeAnalyzer = &analysis.Analyzer{
	Name: "callee",
	Doc:  "report the callee of each method call",
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
				if !ok || fn.Signature().Recv() == nil {
					return true
				}
				name := fn.FullName() // "(*pkg.T).M" or "(pkg.T).M"
				name = strings.NewReplacer("(*", "ptr ", "(", "", ")", "").Replace(name)
				pass.Reportf(call.Pos(), "%s", name)
				return true
			})
		}
		return nil, nil
	},
}

func TestAnalysistest(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testgopath.Dir(t), calleeAnalyzer, "consumer")
}
