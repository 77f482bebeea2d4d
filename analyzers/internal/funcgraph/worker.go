package funcgraph

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// Worker is the fact of an exported function that runs until it is
// stopped (runsForever): started with a go statement, even from a
// handler, it is a background worker whose work runs on its own
// schedule, not once per request.
type Worker struct{}

func (*Worker) AFact()         {}
func (*Worker) String() string { return "worker" }

// exportWorkers exports a Worker fact for each exported function of the
// package that runs until stopped, so that a go statement in an
// importer can tell it from per-request work.
func (b *builder) exportWorkers() {
	for _, f := range b.g.Funcs {
		if f.Obj != nil && f.Obj.Exported() && runsForever(b.pass.TypesInfo, f.Body()) {
			b.pass.ExportObjectFact(f.Obj, new(Worker))
		}
	}
}

// startsWorker reports whether call, the call of a go statement, starts
// a background worker: a function that runs until stopped, declared in
// this package or carrying a Worker fact, or a literal that does.
func (b *builder) startsWorker(cur inspector.Cursor, call *ast.CallExpr) bool {
	if cur.ParentEdgeKind() != edge.GoStmt_Call {
		return false
	}
	if lit, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok {
		return runsForever(b.pass.TypesInfo, lit.Body)
	}
	fn, ok := typeutil.Callee(b.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return false
	}
	fn = fn.Origin()
	if f := b.g.Of(fn); f != nil {
		return runsForever(b.pass.TypesInfo, f.Body())
	}
	return fn.Pkg() != nil && fn.Pkg() != b.pass.Pkg && b.pass.ImportObjectFact(fn, new(Worker))
}

// runsForever reports whether body, at its top level, loops until it
// is stopped and waits between rounds: a loop with no condition whose
// body selects, receives from a channel or sleeps (for { select { case
// <-stop: return; case <-ticker.C: … } }), or a range over a ticker's
// channel or time.Tick. A loop with no condition that only drains rows
// or retries does not wait, and is not a worker.
func runsForever(info *types.Info, body *ast.BlockStmt) bool {
	if body == nil {
		return false
	}
	for _, s := range body.List {
		for {
			l, ok := s.(*ast.LabeledStmt)
			if !ok {
				break
			}
			s = l.Stmt
		}
		switch s := s.(type) {
		case *ast.ForStmt:
			if s.Cond == nil && waits(info, s.Body) {
				return true
			}
		case *ast.RangeStmt:
			if isTimeChan(info.TypeOf(s.X)) {
				return true
			}
		}
	}
	return false
}

// waits reports whether a loop body blocks on a channel or a timer
// outside nested function literals.
func waits(info *types.Info, body *ast.BlockStmt) bool {
	return blocksOn(info, body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectStmt:
			return true
		case *ast.UnaryExpr:
			return n.Op == token.ARROW
		}
		return false
	})
}

// blocksOn reports whether body calls time.Sleep or has a node that
// blocks as match says, outside nested function literals (which run
// elsewhere, or later).
func blocksOn(info *types.Info, body *ast.BlockStmt, match func(ast.Node) bool) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if fn, ok := typeutil.Callee(info, n).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "time" && fn.Name() == "Sleep" {
				found = true
			}
		}
		found = found || match(n)
		return !found
	})
	return found
}

// isTimeChan reports whether t is a channel of time.Time: a ticker's
// or time.Tick's.
func isTimeChan(t types.Type) bool {
	ch, ok := types.Unalias(t).(*types.Chan)
	if !ok {
		return false
	}
	n, ok := types.Unalias(ch.Elem()).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "time" && n.Obj().Name() == "Time"
}
