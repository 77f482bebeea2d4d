// Package requestpath defines an Analyzer that finds a package's
// request entry points (HTTP handlers of net/http, chi, gorilla/mux,
// gin, echo and fiber; gRPC service methods; functions marked
// //scalevet:handler) and the functions of the package that run once
// per request because an entry point reaches them.
//
// Entry points are recognised where they are declared, by signature or
// by the generated gRPC server interface they implement. A handler
// factory's body runs once, at registration; the literal it returns is
// the entry point. Middleware is the same shape. What runs on the
// request path in other packages is known from summary facts, not from
// this analyzer.
package requestpath

import (
	"cmp"
	"go/token"
	"go/types"
	"reflect"
	"slices"

	"golang.org/x/tools/go/analysis"

	directiveanalyzer "github.com/scalevet/scalevet/analyzers/directive"
	"github.com/scalevet/scalevet/analyzers/internal/directive"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/typematch"
)

// Analyzer finds entry points and the request path of a package.
var Analyzer = &analysis.Analyzer{
	Name:       "requestpath",
	Doc:        "requestpath: find request entry points and the functions they reach (internal to scalevet)",
	URL:        "https://pkg.go.dev/github.com/scalevet/scalevet/analyzers/internal/requestpath",
	Requires:   []*analysis.Analyzer{funcgraph.Analyzer, directiveanalyzer.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
}

// Entry is a request entry point.
type Entry struct {
	Func      *funcgraph.Func
	Framework Framework
	// PerElement names the type of the list elements the entry runs
	// once for each of, when the framework repeats it: a GraphQL field
	// resolver of a type that is returned as a list. "" otherwise.
	PerElement string
}

// Related points a diagnostic at the entry point whose request path
// it is on, in the words every analyzer uses.
func (e *Entry) Related() analysis.RelatedInformation {
	return analysis.RelatedInformation{Pos: e.Func.Pos(), Message: "the request entry point " + e.Func.Name + " (" + string(e.Framework) + ")"}
}

// LongLivedReceiver reports whether the entry is a method whose
// receiver serves every request of the process: a handler method is
// registered as a method value on a value built once (a server, an API
// struct, a resolver). Frameworks that build a controller per request
// (beego, iris's MVC) are the exception: their receiver is the request.
func (e *Entry) LongLivedReceiver() bool {
	return e.Framework != Beego && e.Framework != Iris && e.Func.Sig.Recv() != nil
}

// Promoted is an entry point declared in another package that a type
// of this one exposes by embedding: a domain's resolver embedded in the
// root resolver. Its package could not tell it is one, so what it does
// is reported here, at the embedded field.
type Promoted struct {
	Method     *types.Func // the method, of the embedded type
	Framework  Framework
	Pos        token.Pos // the embedded field
	Holder     string    // the embedding type's name
	PerElement string    // as Entry.PerElement
}

// Name renders the method for messages: "timespan.ResolverForTimeSpan.CreateTimeSpan".
func (p *Promoted) Name() string { return p.Method.Pkg().Name() + "." + p.local() }

// FullName names the method by its package path, as summaries name the
// functions that do work: "example.com/timespan.ResolverForTimeSpan.CreateTimeSpan".
func (p *Promoted) FullName() string { return p.Method.Pkg().Path() + "." + p.local() }

// local is the method's name within its package: "ResolverForTimeSpan.CreateTimeSpan".
func (p *Promoted) local() string {
	if r := p.Method.Signature().Recv(); r != nil {
		if n := typematch.NamedOf(r.Type()); n != nil {
			return n.Obj().Name() + "." + p.Method.Name()
		}
	}
	return p.Method.Name()
}

// Related points a diagnostic at the embedded field, in the words every
// analyzer uses for an entry point.
func (p *Promoted) Related() analysis.RelatedInformation {
	return analysis.RelatedInformation{Pos: p.Pos, Message: "the request entry point " + p.Name() + " (" + string(p.Framework) + "), embedded in " + p.Holder}
}

// RequestParams returns the parameters of the entry point
// (funcgraph.ParamIndex bits) that carry what the request carries: all
// of them but the receiver of a method whose receiver serves every
// request (a per-request controller's is the request's).
func (e *Entry) RequestParams() uint64 {
	n := e.Func.Sig.Params().Len()
	if e.Func.Sig.Recv() == nil {
		return 1<<uint(min(n, 63)) - 1
	}
	all := uint64(1)<<uint(min(n+1, 63)) - 1
	if e.LongLivedReceiver() {
		return all &^ 1
	}
	return all
}

// Result is the request path of one package.
type Result struct {
	// Promoted lists the entry points that types of this package
	// embed from other packages, in source order.
	Promoted []*Promoted
	Entries  []*Entry // in source order
	entry    map[*funcgraph.Func]*Entry
	reach    map[*funcgraph.Func]*Entry // the first entry (in source order) that reaches a function
}

// EntryOf returns the entry point f is, or nil.
func (r *Result) EntryOf(f *funcgraph.Func) *Entry { return r.entry[f] }

// ReachedFrom returns the first entry point whose request path
// includes f, or nil when f is not on the request path.
func (r *Result) ReachedFrom(f *funcgraph.Func) *Entry { return r.reach[f] }

// Follows reports whether the request path continues through site s:
// it runs a function of this package in place (not one it returns or
// stores, and not another entry point, which is its own path).
func (r *Result) Follows(s *funcgraph.Site) bool {
	return s.Target != nil && !s.Escapes && r.entry[s.Target] == nil
}

func run(pass *analysis.Pass) (any, error) {
	g := pass.ResultOf[funcgraph.Analyzer].(*funcgraph.Graph)
	idx := pass.ResultOf[directiveanalyzer.Analyzer].(*directive.Index)
	res := &Result{
		entry: make(map[*funcgraph.Func]*Entry),
		reach: make(map[*funcgraph.Func]*Entry),
	}
	grpc := grpcMethods(g, pass.TypesInfo)
	beego := controllerMethods(g)
	gql := resolverMethods(g, pass.Pkg)
	adapter := adapted(g, pass.TypesInfo)
	tmpl := templateFuncs(g, pass.Files, pass.TypesInfo, pass.Pkg)
	elsewhere := registeredElsewhere(g)
	res.Promoted = promotedResolvers(pass.Pkg, pass.Fset)
	for _, f := range g.Funcs {
		fw := handlerSignature(f.Sig)
		switch {
		case f.Decl != nil && idx.IsHandler(f.Decl):
			fw = Directive
		case grpc[f]:
			fw = GRPC
		case fw != "":
		case connectMethod(f):
			fw = Connect
		case beego[f]:
			fw = Beego
		case gqlOK(gql, f):
			fw = GraphQL
		case adapter[f] != "":
			fw = adapter[f]
		case tmpl[f]:
			fw = Template
		case elsewhere[f]:
			fw = Adapter
		}
		if fw == "" || f.Body() == nil {
			continue
		}
		e := &Entry{Func: f, Framework: fw}
		if fw == GraphQL {
			e.PerElement = gql[f]
		}
		res.Entries = append(res.Entries, e)
		res.entry[f] = e
	}
	// In source order: by file name, then offset. Not by token.Pos, whose
	// order across files is the order the driver parsed them in, which
	// go/packages does in parallel; the first entry to reach a function
	// names it in messages, so the order must not change between runs.
	slices.SortFunc(res.Entries, func(a, b *Entry) int {
		pa, pb := pass.Fset.Position(a.Func.Pos()), pass.Fset.Position(b.Func.Pos())
		return cmp.Or(cmp.Compare(pa.Filename, pb.Filename), cmp.Compare(pa.Offset, pb.Offset))
	})

	// Everything an entry reaches through calls in this package.
	for _, e := range res.Entries {
		stack := []*funcgraph.Func{e.Func}
		for len(stack) > 0 {
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if res.reach[f] != nil {
				continue
			}
			res.reach[f] = e
			for _, s := range f.Sites {
				if res.Follows(s) && res.reach[s.Target] == nil {
					stack = append(stack, s.Target)
				}
			}
		}
	}
	return res, nil
}

func gqlOK(gql map[*funcgraph.Func]string, f *funcgraph.Func) bool {
	_, ok := gql[f]
	return ok
}
