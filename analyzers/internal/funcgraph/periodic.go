package funcgraph

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Schedules reports whether fn keeps a function value to run it later,
// on a timer or a schedule (robfig/cron AddFunc, gocron Do, time.AfterFunc).
func Schedules(fn *types.Func) bool { return schedules(fn) }

// Cron reports whether fn registers a recurring job: one of Schedules
// other than time.AfterFunc, which runs its function once.
func Cron(fn *types.Func) bool {
	return schedules(fn) && !(fn.Pkg().Path() == "time" && fn.Name() == "AfterFunc")
}

// Periodic reports whether loop repeats on a clock: a range over a
// ticker's channel or time.Tick, or a loop with no condition (or a
// flag's) whose body, outside nested
// function literals, waits for a timer (<-ticker.C, <-time.After(d), a
// select with such a case) or sleeps. A loop that only waits on other
// channels (a queue consumer) is not periodic: its rounds follow the
// work handed to this instance.
func Periodic(info *types.Info, loop ast.Stmt) bool {
	switch l := loop.(type) {
	case *ast.RangeStmt:
		return isTimeChan(info.TypeOf(l.X))
	case *ast.ForStmt:
		// for { … } or for !stopped { … }; a counted loop that sleeps
		// between attempts is a retry, not a schedule.
		switch ast.Unparen(l.Cond).(type) {
		case nil, *ast.Ident, *ast.SelectorExpr, *ast.UnaryExpr, *ast.CallExpr:
			return l.Init == nil && l.Post == nil && waitsOnClock(info, l.Body)
		}
	}
	return false
}

// waitsOnClock reports whether body receives from a channel of
// time.Time or calls time.Sleep, outside nested function literals.
func waitsOnClock(info *types.Info, body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.UnaryExpr:
			found = n.Op == token.ARROW && isTimeChan(info.TypeOf(n.X))
		case *ast.CallExpr:
			if fn, ok := typeutil.Callee(info, n).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "time" && fn.Name() == "Sleep" {
				found = true
			}
		}
		return !found
	})
	return found
}
