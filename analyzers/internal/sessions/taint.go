package sessions

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
)

// labels say where a value comes from: a session identifier sent by
// the client, a freshly generated token, or parameter i of the function
// (bit paramBase+i). They are a small bit set so that taint propagates
// by OR.
type labels uint64

const (
	session   labels = 1 << iota // a cookie value, a bearer or session token from a header
	generated                    // a random token or UUID made here
	paramBase = iota
	maxParams = 60
)

func paramLabel(i int) labels {
	if i < 0 || i >= maxParams {
		return 0
	}
	return 1 << (paramBase + i)
}

// params returns the parameter bits of l.
func (l labels) params() labels { return l &^ (session | generated) }

// taint is the flow-insensitive taint of one function's variables: a
// variable carries the labels of everything assigned to it anywhere in
// the function (including the literals nested in it). Variables
// captured from an enclosing function take that function's session and
// generated labels.
type taint struct {
	c     *checker
	f     *funcgraph.Func
	vars  map[*types.Var]labels
	sends bool // f sends a generated token back as a cookie or header
}

// taintOf returns the taint of f, computed once.
func (c *checker) taintOf(f *funcgraph.Func) *taint {
	if t, ok := c.taints[f]; ok {
		return t
	}
	t := &taint{c: c, f: f, vars: make(map[*types.Var]labels)}
	c.taints[f] = t
	body := f.Body()
	if body == nil {
		return t
	}
	for i := 0; i < f.Sig.Params().Len(); i++ {
		t.vars[f.Sig.Params().At(i)] = paramLabel(i)
	}
	// Assignments to fixpoint: a handful of rounds covers chains of
	// local copies; the lattice is finite, so this terminates.
	for range 8 {
		changed := false
		ast.Inspect(body, func(n ast.Node) bool {
			if t.assign(n) {
				changed = true
			}
			return true
		})
		if !changed {
			break
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if !t.sends && t.sendsToken(n) {
			t.sends = true
		}
		return !t.sends
	})
	return t
}

// set adds l to v's labels and reports whether they changed.
func (t *taint) set(v *types.Var, l labels) bool {
	if v == nil || l == 0 || t.vars[v]|l == t.vars[v] {
		return false
	}
	t.vars[v] |= l
	return true
}

func (t *taint) varOf(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := t.c.pass.TypesInfo.ObjectOf(id).(*types.Var)
	return v
}

// assign propagates labels through one assignment-like node.
func (t *taint) assign(n ast.Node) bool {
	changed := false
	switch n := n.(type) {
	case *ast.AssignStmt:
		if len(n.Lhs) == len(n.Rhs) {
			for i, lhs := range n.Lhs {
				changed = t.set(t.varOf(lhs), t.expr(n.Rhs[i])) || changed
			}
		} else if len(n.Rhs) == 1 {
			// v, err := r.Cookie("sid"): the first result carries the labels.
			changed = t.set(t.varOf(n.Lhs[0]), t.expr(n.Rhs[0]))
		}
	case *ast.ValueSpec:
		if len(n.Names) == len(n.Values) {
			for i, name := range n.Names {
				changed = t.set(t.varOf(name), t.expr(n.Values[i])) || changed
			}
		} else if len(n.Values) == 1 && len(n.Names) > 0 {
			changed = t.set(t.varOf(n.Names[0]), t.expr(n.Values[0]))
		}
	case *ast.RangeStmt:
		if n.Value != nil {
			changed = t.set(t.varOf(n.Value), t.expr(n.X))
		}
	case *ast.CallExpr:
		// rand.Read(b), io.ReadFull(rand.Reader, b): b holds random bytes.
		fn, _ := typeutil.Callee(t.c.pass.TypesInfo, n).(*types.Func)
		switch {
		case isFunc(fn, "crypto/rand", "Read") && len(n.Args) == 1:
			changed = t.set(t.varOf(n.Args[0]), generated)
		case isFunc(fn, "io", "ReadFull") && len(n.Args) == 2 && isRandReader(t.c.pass.TypesInfo, n.Args[0]):
			changed = t.set(t.varOf(n.Args[1]), generated)
		}
	}
	return changed
}

func isRandReader(info *types.Info, e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v, ok := info.Uses[sel.Sel].(*types.Var)
	return ok && v.Name() == "Reader" && v.Pkg() != nil && v.Pkg().Path() == "crypto/rand"
}

// expr returns the labels of the value of e.
func (t *taint) expr(e ast.Expr) labels {
	info := t.c.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		if !ok {
			if d, ok := info.Defs[e].(*types.Var); ok {
				v = d
			} else {
				return 0
			}
		}
		if l, ok := t.vars[v]; ok {
			return l
		}
		if t.f.Outer != nil && !within(v.Pos(), t.f) {
			return t.c.taintOf(t.f.Outer).expr(e) & (session | generated)
		}
		return 0
	case *ast.SelectorExpr:
		if sel := info.Selections[e]; sel != nil && sel.Kind() == types.FieldVal {
			return t.expr(e.X) // cookie.Value
		}
		return 0
	case *ast.IndexExpr:
		return t.expr(e.X) // parts[1]
	case *ast.SliceExpr:
		return t.expr(e.X) // h[len("Bearer "):]
	case *ast.StarExpr:
		return t.expr(e.X)
	case *ast.UnaryExpr:
		return t.expr(e.X)
	case *ast.TypeAssertExpr:
		return t.expr(e.X)
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			return t.expr(e.X) | t.expr(e.Y)
		}
		return 0
	case *ast.CallExpr:
		return t.call(e)
	}
	return 0
}

// call returns the labels of a call's (first) result.
func (t *taint) call(call *ast.CallExpr) labels {
	info := t.c.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			return t.expr(call.Args[0]) // string(b), SessionID(v)
		}
		return 0
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return 0
	}
	if l := t.source(fn, call); l != 0 {
		return l
	}
	args := func() labels {
		var l labels
		for _, a := range call.Args {
			l |= t.expr(a)
		}
		return l
	}
	switch pkgPath(fn) {
	case "fmt", "strings", "strconv", "encoding/hex", "encoding/base64", "encoding/base32", "net/url", "path", "bytes":
		return args() // fmt.Sprint(v), strings.TrimPrefix(h, "Bearer "), hex.EncodeToString(b)
	case "github.com/google/uuid":
		if fn.Name() == "Must" {
			return args()
		}
	}
	// v.String(), id.Text() on a tainted receiver.
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && fn.Signature().Recv() != nil && len(call.Args) == 0 {
		switch fn.Name() {
		case "String", "Text", "Hex":
			return t.expr(sel.X)
		}
	}
	if l := t.c.returns(fn); l != 0 {
		return l&(session|generated) | t.args(call, fn, l.params())
	}
	return 0
}

// args returns the labels of the arguments of a call of fn that stand
// for the parameters in p.
func (t *taint) args(call *ast.CallExpr, fn *types.Func, p labels) labels {
	var l labels
	if p == 0 {
		return l
	}
	for i, a := range call.Args {
		if p&paramLabel(funcgraph.Param(fn.Signature(), i)) != 0 {
			l |= t.expr(a)
		}
	}
	return l
}

// keyed reports whether labels l identify a session in f: a session
// identifier from the request, or a generated token that f sends back.
func (t *taint) keyed(l labels) bool {
	return l&session != 0 || l&generated != 0 && t.sends
}

// returns returns the labels of fn's first result, for a function of
// this package or one with a fact: session or generated when it returns
// a session identifier or a fresh token (sessionID(r), newToken()), and
// the bits of the parameters it passes through (clean(s)).
func (c *checker) returns(fn *types.Func) labels {
	if fn.Pkg() != c.pass.Pkg {
		if fact := c.facts.Of(fn); fact != nil {
			return labels(fact.Returns)
		}
		return 0
	}
	f := c.graph.Of(fn)
	if f == nil || f.Body() == nil || !tokenType(fn) {
		return 0
	}
	return c.results.Of(f)
}

// returned computes the labels of the first result of f, which has a
// body.
func (c *checker) returned(f *funcgraph.Func) labels {
	t := c.taintOf(f)
	var l labels
	for ret := range f.Returns() {
		if len(ret.Results) > 0 {
			l |= t.expr(ret.Results[0])
		}
	}
	return l
}

// tokenType reports whether fn's first result can hold a token: a
// string, a byte slice or array (uuid.UUID), or a named type of one.
func tokenType(fn *types.Func) bool {
	res := fn.Signature().Results()
	if res.Len() == 0 {
		return false
	}
	switch u := res.At(0).Type().Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		return isByte(u.Elem())
	case *types.Array:
		return isByte(u.Elem())
	}
	return false
}

func isByte(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

func isFunc(fn *types.Func, path, name string) bool {
	return fn != nil && fn.Name() == name && fn.Pkg() != nil && fn.Pkg().Path() == path && fn.Signature().Recv() == nil
}

func pkgPath(fn *types.Func) string {
	if fn.Pkg() == nil {
		return ""
	}
	return fn.Pkg().Path()
}

// within reports whether pos is inside the function f.
func within(pos token.Pos, f *funcgraph.Func) bool {
	var n ast.Node = f.Lit
	if f.Decl != nil {
		n = f.Decl
	}
	return n.Pos() <= pos && pos < n.End()
}
