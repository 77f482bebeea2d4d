package catalog

import (
	"cmp"
	"go/types"
	"os"
	"slices"
	"sort"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/scalevet/scalevet/analyzers/internal/testgopath"
)

// TestTableMatchesAPIs checks every catalogue entry against the API it
// names: the standard library, and the stubs of the third-party
// libraries (which mirror the real signatures). An entry with a typo or
// a method the library does not have would otherwise never match.
func TestTableMatchesAPIs(t *testing.T) {
	t.Parallel()
	var paths []string
	for path, fam := range families {
		if fam != cacheFamily {
			paths = append(paths, path)
		}
	}
	sort.Strings(paths)
	pkgs, err := loadStubs(paths...)
	if err != nil {
		t.Fatal(err)
	}
	byFamily := make(map[family][]*types.Package)
	for _, p := range pkgs {
		if len(p.Errors) > 0 {
			t.Fatalf("%s: %v", p.PkgPath, p.Errors)
		}
		byFamily[families[p.PkgPath]] = append(byFamily[families[p.PkgPath]], p.Types)
	}

	var members []member
	for m := range table {
		members = append(members, m)
	}
	slices.SortFunc(members, func(a, b member) int {
		return cmp.Or(cmp.Compare(a.fam, b.fam), cmp.Compare(a.recv, b.recv), cmp.Compare(a.name, b.name))
	})
	for _, m := range members {
		found := false
		for _, pkg := range byFamily[m.fam] {
			fn := lookup(pkg, m.recv, m.name)
			if fn == nil {
				continue
			}
			found = true
			// Lookup must give back the entry for the object itself.
			if got, ok := Lookup(fn); !ok || got != table[m] {
				t.Errorf("Lookup(%s) = %+v, %v; want %+v", fn.FullName(), got, ok, table[m])
			}
		}
		if !found {
			t.Errorf("catalogue entry %s %s.%s names nothing in %v", m.fam, m.recv, m.name, byFamily[m.fam])
		}
	}
}

// lookup finds the function or method recv.name declared in pkg.
func lookup(pkg *types.Package, recv, name string) *types.Func {
	if recv == "" {
		fn, _ := pkg.Scope().Lookup(name).(*types.Func)
		return fn
	}
	tn, ok := pkg.Scope().Lookup(recv).(*types.TypeName)
	if !ok {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), false, pkg, name)
	if types.IsInterface(tn.Type()) {
		obj, _, _ = types.LookupFieldOrMethod(tn.Type(), false, pkg, name)
	}
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() != pkg {
		return nil // absent, or promoted from another package
	}
	return fn
}

func TestCacheClients(t *testing.T) {
	t.Parallel()
	pkgs, err := loadStubs("github.com/redis/go-redis/v9")
	if err != nil || len(pkgs) != 1 || len(pkgs[0].Errors) > 0 {
		t.Fatalf("loading go-redis stub: %v %v", err, pkgs)
	}
	pkg := pkgs[0].Types
	client := pkg.Scope().Lookup("Client").(*types.TypeName)
	for _, name := range []string{"Get", "Set", "Del", "HGetAll", "Incr"} {
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(client.Type()), false, pkg, name)
		fn, ok := obj.(*types.Func)
		if !ok {
			t.Fatalf("(*redis.Client).%s not found", name)
		}
		if op, ok := Lookup(fn); !ok || op.Kind != Cache {
			t.Errorf("Lookup(%s) = %+v, %v; want a cache call", fn.FullName(), op, ok)
		}
	}
	newClient := pkg.Scope().Lookup("NewClient").(*types.Func)
	if op, ok := Lookup(newClient); !ok || op.Kind != PoolOpen {
		t.Errorf("Lookup(redis.NewClient) = %+v, %v; want pool-open", op, ok)
	}
}

// loadStubs loads packages from the standard library and the shared
// library stubs, in GOPATH mode.
func loadStubs(patterns ...string) ([]*packages.Package, error) {
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes | packages.NeedImports | packages.NeedDeps,
		Dir:  testgopath.StubRoot(),
		Env:  append(os.Environ(), "GOPATH="+testgopath.StubRoot(), "GO111MODULE=off", "GOWORK=off", "GOFLAGS="),
	}
	return packages.Load(cfg, patterns...)
}

// TestEmbeddedInterfaces checks that a method reached through an
// embedded interface (xorm's EngineInterface embeds Interface) and one
// promoted from an embedded struct (EngineGroup embeds *Engine) resolve
// to a catalogued object.
func TestEmbeddedInterfaces(t *testing.T) {
	t.Parallel()
	pkgs, err := loadStubs("xorm.io/xorm", "github.com/go-xorm/xorm", "github.com/xorm-io/xorm")
	if err != nil || len(pkgs) != 3 {
		t.Fatalf("loading xorm stubs: %v %v", err, pkgs)
	}
	for _, p := range pkgs {
		for _, tc := range []struct {
			recv, name string
			kind       Kind
		}{
			{"EngineInterface", "Find", Query},
			{"EngineInterface", "Insert", Exec},
			{"EngineGroup", "Get", Query},
			{"EngineGroup", "Exec", Exec},
		} {
			tn := p.Types.Scope().Lookup(tc.recv).(*types.TypeName)
			var typ types.Type = tn.Type()
			if !types.IsInterface(typ) {
				typ = types.NewPointer(typ)
			}
			obj, _, _ := types.LookupFieldOrMethod(typ, false, p.Types, tc.name)
			fn, ok := obj.(*types.Func)
			if !ok {
				t.Fatalf("%s: %s.%s not found", p.PkgPath, tc.recv, tc.name)
			}
			if op, ok := Lookup(fn); !ok || op.Kind != tc.kind || op.Lib != Xorm {
				t.Errorf("%s: Lookup(%s) = %+v, %v; want %v of xorm", p.PkgPath, fn.FullName(), op, ok, tc.kind)
			}
		}
	}
}
