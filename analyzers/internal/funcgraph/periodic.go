package funcgraph

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/typematch"
)

// Schedules reports whether fn keeps a function value to run it later,
// on a timer or a schedule (robfig/cron AddFunc, gocron Do, time.AfterFunc).
func Schedules(fn *types.Func) bool { return schedules(fn) }

// Cron reports whether fn registers a recurring job: one of Schedules
// other than time.AfterFunc, which runs its function once.
func Cron(fn *types.Func) bool {
	return schedules(fn) && !(fn.Pkg().Path() == "time" && fn.Name() == "AfterFunc")
}

// PeriodicLoops calls yield for each outermost loop of f's body (outside
// nested function literals, which are Funcs of their own) that is
// Periodic, with the sites of f inside it. A function value whose call
// starts before the loop (the loop is in a literal argument) is not the
// loop's.
func PeriodicLoops(info *types.Info, f *Func, yield func(loop ast.Stmt, sites []*Site)) {
	body := f.Body()
	if body == nil {
		return
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its own Func
		case *ast.ForStmt, *ast.RangeStmt:
			loop := n.(ast.Stmt)
			if !Periodic(info, loop) {
				return true
			}
			var in []*Site
			for _, s := range f.Sites {
				if s.Expr().Pos() >= loop.Pos() && s.Expr().End() <= loop.End() && !(s.Ref != nil && s.Call != nil && s.Call.Pos() < loop.Pos()) {
					in = append(in, s)
				}
			}
			yield(loop, in)
			return false
		}
		return true
	})
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
			return l.Init == nil && l.Post == nil && waitsOnClock(info, l.Body) && !leavesOnSuccess(l)
		}
	}
	return false
}

// leavesOnSuccess reports whether loop ends other than on a stop
// signal: a return, or a break out of it, that is not in a select case
// (case <-ctx.Done(): return) nor under an if that tests a context,
// receives from a channel or checks an error. Such a loop polls or retries until its work
// is done (register, then stop; wait until ready), and is no schedule.
func leavesOnSuccess(loop *ast.ForStmt) bool {
	found := false
	var visit func(n ast.Node, inComm, inBreakable bool)
	visit = func(n ast.Node, inComm, inBreakable bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			if found || m == nil || m == n {
				return !found
			}
			switch m := m.(type) {
			case *ast.FuncLit:
				return false
			case *ast.CommClause:
				visit(m, true, true)
				return false
			case *ast.IfStmt:
				if stopCheck(m.Cond) {
					return false
				}
			case *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				visit(m, inComm, true)
				return false
			case *ast.ReturnStmt:
				found = !inComm
			case *ast.BranchStmt:
				if m.Tok == token.BREAK && m.Label == nil && !inBreakable && !inComm {
					found = true
				}
			}
			return !found
		})
	}
	visit(loop.Body, false, false)
	return found
}

// stopCheck reports whether cond tests for a stop or a failure: it
// calls a context's Err or Done, receives from a channel, or tests that
// a value (an error) is not nil. A loop that gives up on an error is
// still a schedule while it works.
func stopCheck(cond ast.Expr) bool {
	stop := false
	ast.Inspect(cond, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if id, ok := ast.Unparen(n.Y).(*ast.Ident); ok && n.Op == token.NEQ && id.Name == "nil" {
				stop = true
			}
		case *ast.UnaryExpr:
			stop = stop || n.Op == token.ARROW
		case *ast.SelectorExpr:
			stop = stop || n.Sel.Name == "Err" || n.Sel.Name == "Done"
		}
		return !stop
	})
	return stop
}

// waitsOnClock reports whether body receives from a channel of
// time.Time or calls time.Sleep, outside nested function literals.
func waitsOnClock(info *types.Info, body *ast.BlockStmt) bool {
	return blocksOn(info, body, func(n ast.Node) bool {
		u, ok := n.(*ast.UnaryExpr)
		return ok && u.Op == token.ARROW && isTimeChan(info.TypeOf(u.X))
	})
}

// Scheduler is the fact of a function that hands a function parameter
// on to a recurring scheduler, itself or through another such function
// (func Schedule(spec string, f func()) { c.AddFunc(spec, f) }): a
// function value given to it is a job on the scheduler's clock. Params
// has bit i set for each such parameter (ParamIndex).
type Scheduler struct{ Params uint64 }

func (*Scheduler) AFact()         {}
func (*Scheduler) String() string { return "scheduler" }

// exportSchedulers exports a Scheduler fact for each function of the
// package that hands a parameter on to a recurring scheduler.
func (b *builder) exportSchedulers() {
	for _, f := range b.g.Funcs {
		if f.Obj == nil {
			continue
		}
		if ps := b.scheduledParams(f); ps != 0 {
			b.pass.ExportObjectFact(f.Obj, &Scheduler{Params: ps})
		}
	}
	// The methods of the package's interfaces that an implementation
	// here schedules (a Scheduler interface returned by a singleton
	// getter, its cron-backed type unexported).
	scope := b.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		iface, ok := tn.Type().Underlying().(*types.Interface)
		if !ok {
			continue
		}
		for m := range iface.ExplicitMethods() {
			if ps := b.ifaceScheduled(m); ps != 0 {
				b.pass.ExportObjectFact(m, &Scheduler{Params: ps})
			}
		}
	}
}

// ifaceScheduled returns the parameters (ParamIndex bits) that the
// implementations in this package of m, a method of an interface of
// this package, hand to a recurring scheduler.
func (b *builder) ifaceScheduled(m *types.Func) uint64 {
	recv := m.Signature().Recv()
	if recv == nil || m.Pkg() != b.pass.Pkg {
		return 0
	}
	iface, ok := types.Unalias(recv.Type()).Underlying().(*types.Interface)
	if !ok {
		return 0
	}
	if !b.schedDone {
		// The package's methods that schedule a parameter: an interface
		// method is matched against these, not against every type of
		// the package (a generated SDK package has thousands of types
		// and interfaces of hundreds of methods).
		b.schedDone = true
		for _, f := range b.g.Funcs {
			if f.Obj != nil && f.Sig.Recv() != nil && b.scheduledParams(f) != 0 {
				b.schedMethods = append(b.schedMethods, f)
			}
		}
	}
	var out uint64
	for _, f := range b.schedMethods {
		if f.Obj.Name() != m.Name() {
			continue
		}
		n := typematch.NamedOf(f.Sig.Recv().Type())
		if n == nil || n.TypeParams().Len() > 0 || types.IsInterface(n) {
			continue // a generic type implements nothing uninstantiated
		}
		ptr := types.NewPointer(n)
		if !types.Implements(ptr, iface) {
			continue
		}
		obj, _, _ := types.LookupFieldOrMethod(ptr, true, b.pass.Pkg, m.Name())
		if impl, ok := obj.(*types.Func); ok {
			if g := b.g.Of(impl); g != nil {
				out |= b.scheduledParams(g)
			}
		}
	}
	return out
}

// schedulesArg reports whether fn, called with a function value as its
// argument for parameter i (ParamIndex), hands it to a recurring
// scheduler: fn is one (Cron), or passes that parameter on to one.
func (b *builder) schedulesArg(fn *types.Func, i int) bool {
	if i < 0 || i >= 64 {
		return false
	}
	fn = fn.Origin()
	if f := b.g.Of(fn); f != nil {
		return b.scheduledParams(f)&(1<<uint(i)) != 0
	}
	if fn.Pkg() == b.pass.Pkg {
		return b.ifaceScheduled(fn)&(1<<uint(i)) != 0
	}
	var s Scheduler
	return fn.Pkg() != nil && fn.Pkg() != b.pass.Pkg && b.pass.ImportObjectFact(fn, &s) && s.Params&(1<<uint(i)) != 0
}

// scheduledParams is scheduled for a function of this package, once.
func (b *builder) scheduledParams(f *Func) uint64 {
	if ps, ok := b.sched[f.Obj]; ok {
		return ps
	}
	if b.sched == nil {
		b.sched = make(map[*types.Func]uint64)
	}
	b.sched[f.Obj] = 0 // in progress: an implementation that calls its own interface
	ps := b.scheduled(f.Obj, f.Body(), 0)
	b.sched[f.Obj] = ps
	return ps
}

// scheduled returns the parameters of fn (a bit per ParamIndex) of
// function type that its body passes, as they are or converted
// (cron.FuncJob(f)), to a recurring scheduler or to a function that
// schedules that argument; depth bounds the functions of this package
// followed.
func (b *builder) scheduled(fn *types.Func, body *ast.BlockStmt, depth int) uint64 {
	if body == nil || depth > 3 {
		return 0
	}
	info := b.pass.TypesInfo
	sig := fn.Signature()
	params := map[*types.Var]int{}
	for p := range sig.Params().Variables() {
		if _, ok := p.Type().Underlying().(*types.Signature); ok {
			params[p] = ParamIndex(sig, p)
		}
	}
	if len(params) == 0 {
		return 0
	}
	var out uint64
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		callee, ok := typeutil.Callee(info, call).(*types.Func)
		if !ok {
			return true
		}
		for j, a := range call.Args {
			a = ast.Unparen(a)
			for { // cron.FuncJob(f): a conversion keeps the function
				c, ok := a.(*ast.CallExpr)
				if !ok || len(c.Args) != 1 {
					break
				}
				if tv, ok := info.Types[c.Fun]; !ok || !tv.IsType() {
					break
				}
				a = ast.Unparen(c.Args[0])
			}
			id, ok := a.(*ast.Ident)
			if !ok {
				continue
			}
			v, ok := info.Uses[id].(*types.Var)
			i, isParam := params[v]
			if !ok || !isParam || i >= 64 {
				continue
			}
			k := j
			if callee.Signature().Recv() != nil {
				k++
			}
			if Cron(callee) {
				out |= 1 << uint(i)
				continue
			}
			callee = callee.Origin()
			if f := b.g.Of(callee); f != nil && callee != fn {
				if b.scheduled(callee, f.Body(), depth+1)&(1<<uint(k)) != 0 {
					out |= 1 << uint(i)
				}
				continue
			}
			if callee.Pkg() == b.pass.Pkg {
				if b.ifaceScheduled(callee)&(1<<uint(k)) != 0 {
					out |= 1 << uint(i)
				}
				continue
			}
			var s Scheduler
			if callee.Pkg() != nil && b.pass.ImportObjectFact(callee, &s) && s.Params&(1<<uint(k)) != 0 {
				out |= 1 << uint(i)
			}
		}
		return true
	})
	return out
}
