// Package scale defines an Analyzer that gathers, for the scale report
// (scalevet report), what each request entry point of a package costs
// and where the package registers routes. It reports nothing: a driver
// that sees the whole program (the scalevet binary) hands the results
// of every root package and the findings to Build, which matches
// routes to entry points and findings to the entry points they name,
// and ranks the endpoints (report.go).
//
// The cost of an entry point is its summary (analyzers/internal/summary):
// every query, write and remote call on its request path, each with the
// loops that repeat it. Interface calls that the entry's package cannot
// resolve are joined where an implementation is visible, and that
// package's result carries the work for the entry (Result.Joins).
package scale

import (
	"go/token"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/requestpath"
	"github.com/scalevet/scalevet/analyzers/internal/summary"
)

// Analyzer gathers the entry points, their costs and the routes of a
// package.
var Analyzer = &analysis.Analyzer{
	Name:       "scale",
	Doc:        "scale: gather the routes and the per-request cost of each entry point, for the scale report (internal to scalevet)",
	URL:        "https://pkg.go.dev/github.com/scalevet/scalevet/analyzers/internal/scale",
	Requires:   []*analysis.Analyzer{funcgraph.Analyzer, requestpath.Analyzer, summary.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
}

// Result is what one package contributes to the scale report.
type Result struct {
	Entries []Entry
	Routes  []Route
	Mounts  []Mount
	Joins   []Join
}

// Entry is a request entry point declared in the package.
type Entry struct {
	// Key identifies the function across packages: the declared
	// function's full name, "(*example.com/web.Server).List", or the
	// package path and graph name of a literal.
	Key string
	// Aliases are other keys a route may name it by: the literal that
	// a declared function returns is "F#return" (a handler factory).
	Aliases   []string
	Name      string // for readers: "web.Server.List"
	Pkg       string // the package path
	Pos       token.Pos
	Framework string
	// PerElement is the element type the framework runs the entry once
	// for each of (a GraphQL field resolver of a list), or "".
	PerElement string
	Ops        []summary.Op
	// Pending are the interface calls on its path that no
	// implementation visible here resolves (PendKey): work not known
	// here, which a package that wires an implementation may join.
	Pending []string
	// RPC is the gRPC method's full name, "/pkg.Service/Method", when
	// the entry serves one.
	RPC string
}

// Join is work that an entry point of another package does through an
// interface call that this package resolves.
type Join struct {
	Entry    string // the first entry point that reaches it, as summary.EntryPend names it: "web.ListOrders"
	EntryPkg string
	Call     string       // PendKey of the interface call
	Loop     string       // the loop around the interface call, or ""
	Ops      []summary.Op // none when the implementations do no work
}

// PendKey identifies an interface call for joins: the interface, the
// method and where it is called.
func PendKey(p summary.Pend) string { return p.Iface + "." + p.Method + "@" + p.Pos }

func run(pass *analysis.Pass) (any, error) {
	g := pass.ResultOf[funcgraph.Analyzer].(*funcgraph.Graph)
	rp := pass.ResultOf[requestpath.Analyzer].(*requestpath.Result)
	sum := pass.ResultOf[summary.Analyzer].(*summary.Result)
	res := &Result{}
	for _, e := range rp.Entries {
		f := e.Func
		out := Entry{
			Key:        Key(pass.Pkg, f),
			Name:       pass.Pkg.Name() + "." + f.Name,
			Pkg:        pass.Pkg.Path(),
			Pos:        f.Pos(),
			Framework:  string(e.Framework),
			PerElement: e.PerElement,
			Ops:        sum.Of(f),
		}
		for _, p := range sum.Pending(f) {
			out.Pending = append(out.Pending, PendKey(p))
		}
		if d := returnedBy(f); d != nil {
			out.Aliases = append(out.Aliases, d.FullName()+returnSuffix)
		}
		if e.Framework == requestpath.GRPC {
			out.RPC = rpcName(pass.Pkg, f)
		}
		res.Entries = append(res.Entries, out)
	}
	for _, j := range sum.Joins() {
		res.Joins = append(res.Joins, Join{Entry: j.Call.Entry, EntryPkg: j.Call.EntryPkg, Call: PendKey(j.Call.Pend), Loop: j.Call.Loop, Ops: j.Ops})
	}
	for _, c := range sum.Resolved() {
		res.Joins = append(res.Joins, Join{Entry: c.Entry, EntryPkg: c.EntryPkg, Call: PendKey(c.Pend), Loop: c.Loop})
	}
	x := newExtractor(pass, g)
	x.run()
	res.Routes, res.Mounts = x.routes, x.mounts
	res.Entries = append(res.Entries, routedCalls(pass, g, sum, res)...)
	return res, nil
}

// routedCalls returns, as entries, the functions of the package that a
// route of the package names but that are not entry points themselves:
// the handlers a hand-written router calls (if r.URL.Path == "/v1/health"
// { return s.handleHealth(w, r) }), whose request path is part of the
// router's. Their own costs are what the route costs.
func routedCalls(pass *analysis.Pass, g *funcgraph.Graph, sum *summary.Result, res *Result) []Entry {
	known := make(map[string]bool)
	for _, e := range res.Entries {
		known[e.Key] = true
		for _, a := range e.Aliases {
			known[a] = true
		}
	}
	byKey := make(map[string]*funcgraph.Func)
	for _, f := range g.Funcs {
		if f.Obj != nil {
			byKey[Key(pass.Pkg, f)] = f
		}
	}
	var out []Entry
	for _, r := range res.Routes {
		f := byKey[r.Handler]
		if f == nil || known[r.Handler] {
			continue
		}
		known[r.Handler] = true
		e := Entry{Key: r.Handler, Name: pass.Pkg.Name() + "." + f.Name, Pkg: pass.Pkg.Path(), Pos: f.Pos(), Framework: "router", Ops: sum.Of(f)}
		for _, p := range sum.Pending(f) {
			e.Pending = append(e.Pending, PendKey(p))
		}
		out = append(out, e)
	}
	return out
}

// returnSuffix marks the key of what a function returns: a route that
// registers factory() names the literal the factory returns.
const returnSuffix = "#return"

// Key identifies a function of pkg for the report: a declared
// function's full name, or the package path and graph name of a
// literal.
func Key(pkg *types.Package, f *funcgraph.Func) string {
	if f.Obj != nil {
		return f.Obj.Origin().FullName()
	}
	return pkg.Path() + "." + f.Name
}

// returnedBy returns the declared function whose return statement gives
// the literal f (a handler factory), or nil.
func returnedBy(f *funcgraph.Func) *types.Func {
	if f.Lit == nil || f.Outer == nil || f.Outer.Obj == nil {
		return nil
	}
	for ret := range f.Outer.Returns() {
		for _, r := range ret.Results {
			if holds(r, f) {
				return f.Outer.Obj
			}
		}
	}
	return nil
}
