package funcgraph

import (
	"go/ast"
	"go/types"
)

// IsPackageLevel reports whether obj is declared at package level: a
// global variable, constant, type or function, which outlives every
// request. Fields, locals and parameters are not.
func IsPackageLevel(obj types.Object) bool {
	return obj != nil && obj.Pkg() != nil && obj.Parent() == obj.Pkg().Scope()
}

// RunsOnce reports whether fn, given a function value, runs it once
// per key for concurrent callers or on a cache miss only, so that the
// work inside is not redone for every request: singleflight's
// Group.Do and DoChan (golang.org/x/sync and groupcache's copy), and
// groupcache.NewGroup's getter. Work handed to a sync.Once or
// sync.OnceFunc is not a site of the request path at all (Site.Escapes,
// oncePerProcess).
func RunsOnce(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	recv := fn.Signature().Recv()
	switch fn.Pkg().Path() {
	case "golang.org/x/sync/singleflight", "github.com/golang/groupcache/singleflight":
		return recv != nil && (fn.Name() == "Do" || fn.Name() == "DoChan")
	case "github.com/golang/groupcache":
		return recv == nil && fn.Name() == "NewGroup" // the getter loads on a miss
	}
	return false
}

// oncePerProcess reports whether call, a call of fn, runs the function
// value it is given at most once for the life of the process:
// (*sync.Once).Do on a Once that is not a local variable (a local Once
// is new on every call), and sync.OnceFunc, OnceValue and OnceValues,
// which run it when their result is first called.
func oncePerProcess(info *types.Info, call *ast.CallExpr, fn *types.Func) bool {
	if fn.Pkg() == nil || fn.Pkg().Path() != "sync" {
		return false
	}
	switch fn.Name() {
	case "OnceFunc", "OnceValue", "OnceValues":
		return fn.Signature().Recv() == nil
	case "Do":
		recv := fn.Signature().Recv()
		if recv == nil || recvName(recv) != "Once" {
			return false
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
			v, ok := info.Uses[id].(*types.Var)
			return ok && IsPackageLevel(v)
		}
		return true // a field: the Once lives as long as its struct
	}
	return false
}

// recvName names the type of a method's receiver, without its pointer.
func recvName(recv *types.Var) string {
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// ParamIndex returns v's position in sig, counting the receiver of a
// method as 0 and its parameters from 1 (a function's from 0); -1 if v
// is neither.
func ParamIndex(sig *types.Signature, v *types.Var) int {
	i := 0
	if r := sig.Recv(); r != nil {
		if r == v {
			return 0
		}
		i = 1
	}
	for p := range sig.Params().Variables() {
		if p == v {
			return i
		}
		i++
	}
	return -1
}

// Args returns the expressions call passes for position i of callee,
// counted as ParamIndex counts (the receiver first): the receiver
// expression, one argument, or the arguments a variadic parameter
// collects. ok is false when they cannot be known.
func Args(info *types.Info, call *ast.CallExpr, callee *types.Func, i int) (args []ast.Expr, ok bool) {
	sig := callee.Signature()
	if sig.Recv() != nil {
		if i == 0 {
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok || info.Selections[sel] == nil || info.Selections[sel].Kind() != types.MethodVal {
				return nil, false
			}
			return []ast.Expr{sel.X}, true
		}
		i--
	}
	n := sig.Params().Len()
	switch {
	case i >= n:
		return nil, false
	case sig.Variadic() && i == n-1 && !call.Ellipsis.IsValid():
		if i > len(call.Args) {
			return nil, false
		}
		return call.Args[i:], true
	case i < len(call.Args):
		return call.Args[i : i+1], true
	}
	return nil, false
}

// Param returns the parameter of sig (not counting the receiver) that
// argument i of a call fills: i itself, or the variadic parameter for
// the arguments it collects.
func Param(sig *types.Signature, i int) int {
	if sig.Variadic() && i >= sig.Params().Len()-1 {
		return sig.Params().Len() - 1
	}
	return i
}

// ArgMask returns the parameters of s's callee (ParamIndex bits) that
// s fills with arguments for which is holds (given the position and
// the expressions Args returns for it), or with a parameter of
// s.Func whose bit is set in in: the caller's own parameter that its
// caller filled so in turn. It is how a property of the arguments (a
// constant, a fixed few elements) travels down a chain of calls in one
// package.
func ArgMask(info *types.Info, s *Site, in uint64, is func(i int, args []ast.Expr) bool) uint64 {
	if s.Call == nil || s.Ref != nil || s.Callee == nil {
		return 0
	}
	var out uint64
	n := s.Callee.Signature().Params().Len()
	if s.Callee.Signature().Recv() != nil {
		n++
	}
	for i := 0; i < n && i < 64; i++ {
		args, ok := Args(info, s.Call, s.Callee, i)
		if !ok {
			continue
		}
		if is(i, args) {
			out |= 1 << uint(i)
			continue
		}
		if len(args) != 1 || in == 0 {
			continue
		}
		if id, ok := ast.Unparen(args[0]).(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok {
				if p := ParamIndex(s.Func.Sig, v); p >= 0 && p < 64 && in&(1<<uint(p)) != 0 {
					out |= 1 << uint(i)
				}
			}
		}
	}
	return out
}

// LockEffect classifies a call of fn: +1 takes a sync lock (Lock,
// RLock, TryLock, TryRLock), -1 releases one, 0 is neither.
func LockEffect(fn *types.Func) int {
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "sync" || fn.Signature().Recv() == nil {
		return 0
	}
	switch fn.Name() {
	case "Lock", "RLock", "TryLock", "TryRLock":
		return +1
	case "Unlock", "RUnlock":
		return -1
	}
	return 0
}
