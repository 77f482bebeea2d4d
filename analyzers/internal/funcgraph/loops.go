package funcgraph

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// smallLoop is the most iterations a loop over a constant may make and
// still not count as repeating work per element: retry loops and loops
// over a handful of fixed keys are not N+1 shapes.
const smallLoop = 10

// FewArgs reports whether call passes a fixed few elements for position
// i of callee (as ParamIndex counts): a short literal (f([]T{x})), or a
// few arguments written out for a variadic parameter (f(a, b), not
// f(xs...)). A loop of callee over that parameter runs a fixed few
// times for this call.
func FewArgs(info *types.Info, call *ast.CallExpr, callee *types.Func, i int) bool {
	args, ok := Args(info, call, callee, i)
	if !ok {
		return false
	}
	sig := callee.Signature()
	last := sig.Params().Len() - 1
	if sig.Recv() != nil {
		last++
	}
	if sig.Variadic() && i == last && !call.Ellipsis.IsValid() {
		return len(args) <= smallLoop
	}
	return len(args) == 1 && smallLiteral(args[0])
}

// smallLiteral reports whether e is a composite literal of at most
// smallLoop elements: ranging over it makes a fixed few iterations (a
// call that passes []T{x} to a function that loops over its parameter).
func smallLiteral(e ast.Expr) bool {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	return ok && len(lit.Elts) <= smallLoop
}

// loopAround returns the innermost loop around the node at cur, within
// its function, that repeats the node once per element. It skips, as
// not repeating:
//
//   - the parts of a loop that run once (a for's init, a range's operand),
//     and the condition of a loop that has only one (a retry until the
//     condition's call answers otherwise: for !free(key) { key = next() });
//   - loops over a small constant (a literal of at most smallLoop
//     elements, or a local variable that only such a literal sets, an
//     array of that length, range N, i < N);
//   - loops without a condition and loops over a channel: retry and
//     event loops, where each iteration is its own unit of work; but a
//     loop without a condition that drains something (it ends when a
//     page comes back empty or a reader reaches io.EOF) repeats per
//     page or record, and counts (drains);
//   - loops that fill a slice by whole pages up to a count (for len(x)
//     < n { x = append(x, page...) }): once per page (fillsToCount);
//   - loops that end once the node has produced a result: a return or
//     break after it, unconditionally or under `if err == nil` or `if
//     found`, or the node is in a return statement;
//   - loops that run the node only for the element equal to a constant
//     (`if rule == "email" { ... }`): once, not once per element;
//   - loops that run the node only on a miss of a map they fill, keyed
//     by an enumerated type (v, ok := m[e.Kind]; if !ok { ... }; m[e.Kind]
//     = ...): once per value of the enumeration (memoByEnum).
func loopAround(info *types.Info, cur inspector.Cursor) ast.Stmt {
	var stmts []inspector.Cursor // statements on the way up, innermost first
	for c := cur; ; c = c.Parent() {
		parent := c.Parent()
		if !parent.Valid() {
			return nil
		}
		if _, ok := c.Node().(ast.Stmt); ok {
			stmts = append(stmts, c)
		}
		switch loop := parent.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return nil
		case *ast.ForStmt:
			k := c.ParentEdgeKind()
			if k == edge.ForStmt_Init {
				continue
			}
			if k == edge.ForStmt_Cond && loop.Init == nil && loop.Post == nil {
				// for !taken(token) { token = newToken() }: the loop
				// runs until the node's answer changes, a retry with no
				// element to repeat it for.
				continue
			}
			if loop.Cond == nil && !drains(info, loop) || smallConstBound(info, loop.Cond) || steps(info, loop) || fillsToCount(info, loop) {
				continue
			}
			if k == edge.ForStmt_Body && (exitsAfter(info, stmts, loop) || memoByEnum(info, stmts, loop.Body)) {
				continue
			}
			return loop
		case *ast.RangeStmt:
			if c.ParentEdgeKind() != edge.RangeStmt_Body {
				continue
			}
			if smallConstRange(info, loop.X) || fixedLocal(info, parent, loop.X) || capped(info, parent, loop.X) || chunks(info, loop.X) || exitsAfter(info, stmts, loop) || picksConst(info, stmts, loop) || memoByEnum(info, stmts, loop.Body) {
				continue
			}
			return loop
		}
	}
}

// loopDepth counts the repeating loops around the node at cur, first
// (what loopAround returned for it) the innermost: each enclosing loop
// of the same function is judged as loopAround judges the loop around
// the inner one.
func loopDepth(info *types.Info, cur inspector.Cursor, first ast.Stmt) int {
	depth := 0
	for loop := first; loop != nil; depth++ {
		for cur.Valid() && cur.Node() != loop {
			cur = cur.Parent()
		}
		if !cur.Valid() {
			break
		}
		loop = loopAround(info, cur)
	}
	return depth
}

// LoopSource names what a repeating loop walks, for a reader of the
// cost: the range expression ("orders", "o.Items"), the slice a
// counted loop runs to the length of ("ids" for i < len(ids)), "rows"
// for the rows an ORM call loads (RowLoop); "" when nothing names it.
func LoopSource(loop ast.Stmt) string {
	const max = 40
	var x ast.Expr
	switch l := loop.(type) {
	case *ast.RangeStmt:
		x = l.X
	case *ast.ForStmt:
		if c, ok := ast.Unparen(l.Cond).(*ast.BinaryExpr); ok {
			if call, ok := ast.Unparen(c.Y).(*ast.CallExpr); ok && len(call.Args) == 1 {
				if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "len" {
					x = call.Args[0]
				}
			}
		}
	case *RowLoop:
		return "rows"
	}
	if x == nil {
		return ""
	}
	s := types.ExprString(x)
	if len(s) > max {
		return ""
	}
	return s
}

// steps reports whether loop walks a collection a batch at a time: its
// post statement adds more than one to its variable (i += batchSize)
// and its body slices from that variable (x[i:j]), as a loop that sends
// a multi-row INSERT per batch does.
func steps(info *types.Info, loop *ast.ForStmt) bool {
	post, ok := loop.Post.(*ast.AssignStmt)
	if !ok || post.Tok != token.ADD_ASSIGN || len(post.Lhs) != 1 {
		return false
	}
	id, ok := ast.Unparen(post.Lhs[0]).(*ast.Ident)
	if !ok {
		return false
	}
	v := info.ObjectOf(id)
	if tv, ok := info.Types[post.Rhs[0]]; !ok || tv.Value != nil && constant.Compare(tv.Value, token.LEQ, constant.MakeInt64(1)) {
		return false // i += 1, or an unknown step
	}
	sliced := false
	ast.Inspect(loop.Body, func(n ast.Node) bool {
		if se, ok := n.(*ast.SliceExpr); ok && se.Low != nil {
			if low, ok := ast.Unparen(se.Low).(*ast.Ident); ok && info.ObjectOf(low) == v {
				sliced = true
			}
		}
		return !sliced
	})
	return sliced
}

// chunks reports whether x cuts a collection into chunks: a call that
// takes the collection (a slice, or an iter.Seq) and a size, and yields
// slices of its elements, as slices.Chunk does. A loop over the chunks
// makes one round trip per chunk, each with a whole chunk: batching,
// not an N+1.
func chunks(info *types.Info, x ast.Expr) bool {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok || len(call.Args) != 2 {
		return false
	}
	size, ok := info.TypeOf(call.Args[1]).Underlying().(*types.Basic)
	if !ok || size.Info()&types.IsInteger == 0 {
		return false
	}
	elem := elemOf(info.TypeOf(call.Args[0]))
	chunk := elemOf(info.TypeOf(call))
	if elem == nil || chunk == nil {
		return false
	}
	s, ok := chunk.Underlying().(*types.Slice)
	return ok && types.Identical(s.Elem(), elem)
}

// elemOf returns what ranging over a value of type t yields, the element
// of a slice or array or the value of an iter.Seq (a func(yield func(V)
// bool)); nil for anything else.
func elemOf(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return u.Elem()
	case *types.Array:
		return u.Elem()
	case *types.Signature:
		if u.Params().Len() != 1 || u.Results().Len() != 0 {
			return nil
		}
		yield, ok := u.Params().At(0).Type().Underlying().(*types.Signature)
		if !ok || yield.Params().Len() != 1 || yield.Results().Len() != 1 {
			return nil
		}
		return yield.Params().At(0).Type()
	}
	return nil
}

// smallConstBound reports whether cond is i < N or i <= N (or N > i)
// with N a constant of at most smallLoop.
func smallConstBound(info *types.Info, cond ast.Expr) bool {
	if cond == nil {
		return false
	}
	be, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	var bound ast.Expr
	switch be.Op {
	case token.LSS, token.LEQ:
		bound = be.Y
	case token.GTR, token.GEQ:
		bound = be.X
	default:
		return false
	}
	return smallConst(info, bound)
}

func smallConst(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return false
	}
	n, exact := constant.Int64Val(tv.Value)
	return exact && n <= smallLoop
}

// smallConstRange reports whether ranging over x makes few iterations
// fixed in the code, or iterates a channel.
func smallConstRange(info *types.Info, x ast.Expr) bool {
	x = ast.Unparen(x)
	if lit, ok := x.(*ast.CompositeLit); ok {
		return len(lit.Elts) <= smallLoop
	}
	if smallConst(info, x) {
		return true
	}
	t := info.TypeOf(x)
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch t := t.Underlying().(type) {
	case *types.Array:
		return t.Len() <= smallLoop
	case *types.Chan:
		return true
	}
	return false
}

// fixedLocal reports whether x, ranged over by the loop at cur, is a
// local variable that a literal of at most smallLoop elements defines
// and nothing else assigns, appends to or takes the address of: a
// fixed list written out in the function (the tables to clean up, the
// fields to try).
func fixedLocal(info *types.Info, cur inspector.Cursor, x ast.Expr) bool {
	v := localVar(info, x)
	if v == nil {
		return false
	}
	var body ast.Node
	for c := cur.Parent(); c.Valid(); c = c.Parent() {
		if fn, ok := c.Node().(*ast.FuncDecl); ok {
			body = fn.Body
			break
		}
		if fn, ok := c.Node().(*ast.FuncLit); ok {
			body = fn.Body
			break
		}
	}
	if body == nil {
		return false
	}
	defined, other := false, false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				lid, ok := ast.Unparen(l).(*ast.Ident)
				if !ok || (info.Defs[lid] != v && info.Uses[lid] != v) {
					continue
				}
				lit, ok := ast.Unparen(rhs(n, i)).(*ast.CompositeLit)
				if info.Defs[lid] == v && ok && len(lit.Elts) <= smallLoop {
					defined = true
				} else {
					other = true
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if info.Defs[name] != v {
					continue
				}
				if i < len(n.Values) {
					if lit, ok := ast.Unparen(n.Values[i]).(*ast.CompositeLit); ok && len(lit.Elts) <= smallLoop {
						defined = true
						continue
					}
				}
				other = true
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if uid, ok := ast.Unparen(n.X).(*ast.Ident); ok && info.Uses[uid] == v {
					other = true
				}
			}
		}
		return !other
	})
	return defined && !other
}

// capped reports whether x, ranged over by the loop at cur, is a local
// slice that the statement list holding the loop cuts to a small
// constant length before it, and nothing reassigns in between: x =
// x[:min(len(x), N)], x = x[:N], or if len(x) > N { x = x[:N] }, with
// N a constant of at most smallLoop (the first few seeds, the top
// five).
func capped(info *types.Info, cur inspector.Cursor, x ast.Expr) bool {
	v := localVar(info, x)
	if v == nil {
		return false
	}
	block, ok := cur.Parent().Node().(*ast.BlockStmt)
	if !ok {
		return false
	}
	i := slices.Index(block.List, cur.Node().(ast.Stmt))
	for j := i - 1; j >= 0; j-- {
		stmt := block.List[j]
		if is, ok := stmt.(*ast.IfStmt); ok && is.Init == nil && is.Else == nil && len(is.Body.List) == 1 && longer(info, is.Cond, v) {
			stmt = is.Body.List[0] // if len(x) > N { x = x[:N] }
		}
		a, ok := stmt.(*ast.AssignStmt)
		if !ok || len(a.Lhs) != 1 || len(a.Rhs) != 1 {
			if assignsVar(info, block.List[j], v) {
				return false
			}
			continue
		}
		if lid, ok := ast.Unparen(a.Lhs[0]).(*ast.Ident); !ok || info.ObjectOf(lid) != v {
			if assignsVar(info, block.List[j], v) {
				return false
			}
			continue
		}
		se, ok := ast.Unparen(a.Rhs[0]).(*ast.SliceExpr)
		if !ok || se.High == nil || se.Max != nil {
			return false
		}
		if sid, ok := ast.Unparen(se.X).(*ast.Ident); !ok || info.Uses[sid] != v {
			return false
		}
		high := ast.Unparen(se.High)
		if call, ok := high.(*ast.CallExpr); ok {
			if b, ok := typeutil.Callee(info, call).(*types.Builtin); ok && b.Name() == "min" {
				return slices.ContainsFunc(call.Args, func(e ast.Expr) bool { return smallConst(info, e) })
			}
			return false
		}
		return smallConst(info, high)
	}
	return false
}

// longer reports whether cond is len(v) > N or len(v) >= N (or N <
// len(v)) with N a constant.
func longer(info *types.Info, cond ast.Expr, v *types.Var) bool {
	be, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	l, r := be.X, be.Y
	switch be.Op {
	case token.GTR, token.GEQ:
	case token.LSS, token.LEQ:
		l, r = r, l
	default:
		return false
	}
	call, ok := ast.Unparen(l).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || !isLen(info, call) {
		return false
	}
	id, ok := ast.Unparen(call.Args[0]).(*ast.Ident)
	tv, known := info.Types[r]
	return ok && info.Uses[id] == v && known && tv.Value != nil
}

// assignsVar reports whether stmt assigns v anywhere in it, or takes its
// address.
func assignsVar(info *types.Info, stmt ast.Stmt, v *types.Var) bool {
	found := false
	ast.Inspect(stmt, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && info.ObjectOf(id) == v {
					found = true
				}
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && info.Uses[id] == v {
				found = true
			}
		}
		return !found
	})
	return found
}

// localVar returns the variable that e names when it is a use of a
// local (not package-level) variable, else nil.
func localVar(info *types.Info, e ast.Expr) *types.Var {
	if v := usedVar(info, e); v != nil && !IsPackageLevel(v) {
		return v
	}
	return nil
}

// usedVar returns the variable that e, an identifier, uses, or nil.
func usedVar(info *types.Info, e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := info.Uses[id].(*types.Var)
	return v
}

// rhs returns the value assigned to the i-th left-hand side of a, or
// nil when one call assigns them all.
func rhs(a *ast.AssignStmt, i int) ast.Expr {
	if len(a.Rhs) == len(a.Lhs) {
		return a.Rhs[i]
	}
	return nil
}

// picksConst reports whether the innermost statement in stmts runs only
// for the element of loop equal to a constant: it is in the body of an
// if that tests the loop's key or value against a constant, or in a
// case of a switch on it with constant cases.
func picksConst(info *types.Info, stmts []inspector.Cursor, loop *ast.RangeStmt) bool {
	var vars []types.Object
	for _, e := range []ast.Expr{loop.Key, loop.Value} {
		if id, ok := e.(*ast.Ident); ok && info.Defs[id] != nil {
			vars = append(vars, info.Defs[id])
		}
	}
	isVar := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] != nil && slices.Contains(vars, info.Uses[id])
	}
	isConst := func(e ast.Expr) bool {
		tv, ok := info.Types[e]
		return ok && tv.Value != nil
	}
	equal := func(cond ast.Expr) bool {
		return anyConjunct(cond, func(e ast.Expr) bool {
			b, ok := e.(*ast.BinaryExpr)
			return ok && b.Op == token.EQL && (isVar(b.X) && isConst(b.Y) || isConst(b.X) && isVar(b.Y))
		})
	}
	if len(vars) == 0 {
		return false
	}
	for i := 1; i < len(stmts); i++ {
		switch n := stmts[i].Node().(type) {
		case *ast.IfStmt:
			if stmts[i-1].Node() == n.Body && equal(n.Cond) {
				return true
			}
		case *ast.CaseClause:
			sw, ok := stmts[i].Parent().Parent().Node().(*ast.SwitchStmt)
			if ok && len(n.List) > 0 && isVar(sw.Tag) && !slices.ContainsFunc(n.List, func(e ast.Expr) bool { return !isConst(e) }) {
				return true
			}
		}
		if stmts[i].Node() == loop {
			break
		}
	}
	return false
}

// exitsAfter reports whether the iteration that runs the innermost
// statement in stmts ends the loop: that statement is in a return, or
// some block between it and loop continues, after the statement on the
// path, with a return or a break out of loop, either unconditionally or
// under a success check (`if err == nil`, `if found`). An if statement on the path whose condition is a success check
// and whose body ends so counts too.
func exitsAfter(info *types.Info, stmts []inspector.Cursor, loop ast.Stmt) bool {
	// A break counts only where no other loop, switch or select lies
	// between it and loop.
	top := len(stmts)
	for i, sc := range stmts {
		if sc.Parent().Node() == loop {
			top = i
			break
		}
	}
	breakable := func(i int) bool {
		for _, sc := range stmts[i+1 : top+1] {
			switch sc.Node().(type) {
			case *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				if sc.Node() != loop {
					return false
				}
			}
		}
		return true
	}
	if top == len(stmts) {
		return false
	}
	if _, ok := stmts[0].Node().(*ast.ReturnStmt); ok {
		return true // return f(x): the first call ends the loop
	}
	for i, sc := range stmts[:top] {
		breakOK := breakable(i)
		if is, ok := sc.Node().(*ast.IfStmt); ok && successCheck(info, is.Cond) && endsLoop(is.Body, breakOK) {
			return true
		}
		block, ok := sc.Parent().Node().(*ast.BlockStmt)
		if !ok {
			continue
		}
		after := false
		for _, s := range block.List {
			if s == sc.Node() {
				after = true
				continue
			}
			if !after {
				continue
			}
			if exits(s, breakOK) {
				return true
			}
			if is, ok := s.(*ast.IfStmt); ok && is.Else == nil && successCheck(info, is.Cond) && endsLoop(is.Body, breakOK) {
				return true
			}
		}
	}
	return false
}

// successCheck reports whether cond tests for a result: err == nil (an
// error that is nil), or a bare boolean such as found or ok. (A test
// that a record was found, x != nil, does not count: a loop that
// searches with one query per element until one is found makes N
// queries when none is. Nor does a test that one was not, x == nil on
// a record: it leaves the loop on a failure, and every element found
// is one more query.)
func successCheck(info *types.Info, cond ast.Expr) bool {
	switch c := ast.Unparen(cond).(type) {
	case *ast.Ident:
		return c.Name != "true" && c.Name != "false"
	case *ast.BinaryExpr:
		if c.Op != token.EQL {
			return false
		}
		switch {
		case IsNil(c.Y):
			return isError(info, c.X)
		case IsNil(c.X):
			return isError(info, c.Y)
		}
	}
	return false
}

// isError reports whether e is of type error (or its type is not known).
func isError(info *types.Info, e ast.Expr) bool {
	t := info.TypeOf(e)
	return t == nil || types.Identical(t, types.Universe.Lookup("error").Type())
}

// IsNil reports whether e is the identifier nil.
func IsNil(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "nil"
}

// endsLoop reports whether block's last statement leaves the loop.
func endsLoop(block *ast.BlockStmt, breakOK bool) bool {
	return len(block.List) > 0 && exits(block.List[len(block.List)-1], breakOK)
}

// exits reports whether s is a return, or (when breakOK) a plain break;
// a labelled break may target an outer loop, so it does not count.
func exits(s ast.Stmt, breakOK bool) bool {
	switch s := s.(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return breakOK && s.Tok == token.BREAK && s.Label == nil
	}
	return false
}

// fillsToCount reports whether a loop runs while a slice it fills by
// whole pages holds fewer than a count: its condition requires len(x) <
// n (alone or in a conjunct) and its body appends a page to x (x =
// append(x, page...)). It runs once per page of a read that the count
// bounds, not once per element: keyset pagination up to the size the
// request asked for.
func fillsToCount(info *types.Info, loop *ast.ForStmt) bool {
	var filled []types.Object
	var conds func(e ast.Expr)
	conds = func(e ast.Expr) {
		b, ok := ast.Unparen(e).(*ast.BinaryExpr)
		switch {
		case !ok:
		case b.Op == token.LAND:
			conds(b.X)
			conds(b.Y)
		case b.Op == token.LSS && isLen(info, b.X):
			if id, ok := ast.Unparen(ast.Unparen(b.X).(*ast.CallExpr).Args[0]).(*ast.Ident); ok && info.Uses[id] != nil {
				filled = append(filled, info.Uses[id])
			}
		}
	}
	conds(loop.Cond)
	found := false
	ast.Inspect(loop.Body, func(n ast.Node) bool {
		if a, ok := n.(*ast.AssignStmt); ok && len(a.Lhs) == 1 && len(a.Rhs) == 1 {
			id, isID := ast.Unparen(a.Lhs[0]).(*ast.Ident)
			call, isCall := ast.Unparen(a.Rhs[0]).(*ast.CallExpr)
			if isID && isCall && call.Ellipsis.IsValid() && slices.Contains(filled, info.ObjectOf(id)) {
				b, ok := typeutil.Callee(info, call).(*types.Builtin)
				found = ok && b.Name() == "append"
			}
		}
		return !found
	})
	return found
}

// drains reports whether a loop without a condition drains a source:
// it leaves when a read comes back empty (`if len(page) == 0 { break }`)
// or at the end of a stream (`err == io.EOF`, `errors.Is(err,
// io.EOF)`), and it is not an event loop (no select or channel receive
// in its own body). Such a loop runs once per page or record of data
// the request reads, where an event loop runs once per event.
func drains(info *types.Info, loop *ast.ForStmt) bool {
	event, drain := false, false
	ast.Inspect(loop.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt:
			return false // their own loops and bodies
		case *ast.SelectStmt:
			event = true
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				event = true
			}
		case *ast.IfStmt:
			if drained(info, n.Cond) && endsLoop(n.Body, true) {
				drain = true
			}
		}
		return !event
	})
	return drain && !event
}

// drained reports whether cond tests that a source is exhausted:
// len(x) == 0, len(x) < n, x == io.EOF, errors.Is(x, io.EOF).
func drained(info *types.Info, cond ast.Expr) bool {
	switch c := ast.Unparen(cond).(type) {
	case *ast.BinaryExpr:
		switch c.Op {
		case token.LOR, token.LAND:
			return drained(info, c.X) || drained(info, c.Y)
		case token.EQL:
			return isLen(info, c.X) && IsZeroValue(info, c.Y) || isEOF(info, c.X) || isEOF(info, c.Y)
		case token.LSS:
			return isLen(info, c.X)
		}
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(info, c).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "errors" && fn.Name() == "Is" && len(c.Args) == 2 {
			return isEOF(info, c.Args[1])
		}
	}
	return false
}

func isLen(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	b, ok := typeutil.Callee(info, call).(*types.Builtin)
	return ok && b.Name() == "len"
}

func isEOF(info *types.Info, e ast.Expr) bool {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		id = x.Sel
	case *ast.Ident:
		id = x
	default:
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	return ok && v.Name() == "EOF" && v.Pkg() != nil && v.Pkg().Path() == "io"
}

// memoByEnum reports whether the node whose enclosing statements are
// stmts (innermost first) runs, in a loop whose body is body, only
// under if !ok, where ok comes from a lookup v, ok := m[k] of a map
// that the loop body also fills and whose key type is an enumeration: a
// named type of a basic kind with constants of it declared in its
// package. The node then runs once per value of the enumeration, a
// fixed few, whatever the number of elements.
func memoByEnum(info *types.Info, stmts []inspector.Cursor, body *ast.BlockStmt) bool {
	for i := 1; i < len(stmts); i++ {
		ifs, ok := stmts[i].Node().(*ast.IfStmt)
		if !ok || stmts[i-1].Node() != ifs.Body {
			continue
		}
		not, ok := ast.Unparen(ifs.Cond).(*ast.UnaryExpr)
		if !ok || not.Op != token.NOT {
			continue
		}
		id, ok := ast.Unparen(not.X).(*ast.Ident)
		if !ok {
			continue
		}
		okVar := info.Uses[id]
		if okVar == nil {
			continue
		}
		if m := lookupOf(info, body, okVar); m != nil && isEnum(m.Type().Underlying().(*types.Map).Key()) && fills(info, body, m) {
			return true
		}
	}
	return false
}

// lookupOf returns the map variable whose comma-ok lookup in body
// defines or assigns ok (v, ok := m[k]; var v, ok = m[k]), or nil.
func lookupOf(info *types.Info, body *ast.BlockStmt, ok types.Object) *types.Var {
	var m *types.Var
	match := func(lhs []ast.Expr, rhs []ast.Expr) {
		if len(lhs) != 2 || len(rhs) != 1 {
			return
		}
		id, isID := lhs[1].(*ast.Ident)
		ix, isIx := ast.Unparen(rhs[0]).(*ast.IndexExpr)
		if !isID || !isIx || info.ObjectOf(id) != ok {
			return
		}
		if mid, isID := ast.Unparen(ix.X).(*ast.Ident); isID {
			if v, isVar := info.Uses[mid].(*types.Var); isVar {
				if _, isMap := v.Type().Underlying().(*types.Map); isMap {
					m = v
				}
			}
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			match(n.Lhs, n.Rhs)
		case *ast.ValueSpec:
			lhs := make([]ast.Expr, len(n.Names))
			for i, name := range n.Names {
				lhs[i] = name
			}
			match(lhs, n.Values)
		}
		return m == nil
	})
	return m
}

// fills reports whether body assigns an element of map m.
func fills(info *types.Info, body *ast.BlockStmt, m *types.Var) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, l := range as.Lhs {
				if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
					if id, ok := ast.Unparen(ix.X).(*ast.Ident); ok && info.Uses[id] == m {
						found = true
					}
				}
			}
		}
		return !found
	})
	return found
}

// isEnum reports whether t is an enumeration: a named type of a basic
// kind (an integer, a string) with at least two constants of that type
// declared at its package's level.
func isEnum(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	if _, ok := n.Underlying().(*types.Basic); !ok {
		return false
	}
	scope := n.Obj().Pkg().Scope()
	consts := 0
	for _, name := range scope.Names() {
		if c, ok := scope.Lookup(name).(*types.Const); ok && types.Identical(c.Type(), t) {
			if consts++; consts >= 2 {
				return true
			}
		}
	}
	return false
}
