package globalstate

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/scalevet/scalevet/analyzers/internal/typematch"
)

// exemptPackage reports whether path is a logging or metrics package.
// Package-level loggers, expvar counters, Prometheus collectors and
// OpenTelemetry instruments are per instance by design and aggregated
// outside the process: writing them on every request is correct.
func exemptPackage(path string) bool {
	switch path {
	case "log", "log/slog", "expvar",
		"go.uber.org/zap", "go.uber.org/zap/zapcore",
		"github.com/sirupsen/logrus",
		"github.com/prometheus/client_golang/prometheus",
		"github.com/prometheus/client_golang/prometheus/promauto",
		"go.opentelemetry.io/otel/metric":
		return true
	}
	return false
}

// exemptType reports whether a value of type t is per instance by
// design: sync.Once and sync.Pool, the mutexes themselves, loggers and
// metrics.
func exemptType(t types.Type) bool {
	n := typematch.NamedOf(t)
	if n == nil || n.Obj().Pkg() == nil {
		return false
	}
	path := n.Obj().Pkg().Path()
	if exemptPackage(path) {
		return true
	}
	if path == "sync" {
		switch n.Obj().Name() {
		case "Once", "Pool", "Mutex", "RWMutex", "WaitGroup", "Cond":
			return true
		}
	}
	return false
}

// mutation is what a library call does to the value it is called on
// (or, for functions, to its first argument).
type mutation struct {
	grow   bool // adds an element
	shrink bool // removes elements
	atomic bool // synchronised by itself
}

// libraryMutation classifies a call of a library function or method
// that writes the value it works on: sync/atomic functions and types,
// sync.Map, container/list and container/heap, a viper configuration's
// Set. ok is false for
// anything else.
func libraryMutation(fn *types.Func) (m mutation, ok bool) {
	if fn == nil || fn.Pkg() == nil {
		return m, false
	}
	name := fn.Name()
	recv := fn.Signature().Recv() != nil
	switch fn.Pkg().Path() {
	case "sync/atomic":
		for _, p := range []string{"Add", "Store", "Swap", "CompareAndSwap", "And", "Or"} {
			if strings.HasPrefix(name, p) {
				return mutation{atomic: true}, true
			}
		}
	case "sync":
		if !recv || !recvNamed(fn, "sync", "Map") {
			return m, false
		}
		switch name {
		case "Store", "LoadOrStore", "Swap":
			return mutation{grow: true, atomic: true}, true
		case "CompareAndSwap":
			return mutation{atomic: true}, true
		case "Delete", "LoadAndDelete", "CompareAndDelete", "Clear":
			return mutation{shrink: true, atomic: true}, true
		}
	case "container/list":
		if !recv || !recvNamed(fn, "container/list", "List") {
			return m, false
		}
		switch name {
		case "PushBack", "PushFront", "PushBackList", "PushFrontList", "InsertBefore", "InsertAfter":
			return mutation{grow: true}, true
		case "MoveToFront", "MoveToBack", "MoveBefore", "MoveAfter":
			return mutation{}, true
		case "Remove", "Init":
			return mutation{shrink: true}, true
		}
	case "github.com/spf13/viper":
		// A configuration store, not safe for concurrent use: setting a
		// key of a shared one on the request path races with every
		// reader, and changes one instance's configuration only.
		if recv && recvNamed(fn, "github.com/spf13/viper", "Viper") && (name == "Set" || name == "SetDefault") {
			return mutation{}, true
		}
	case "github.com/patrickmn/go-cache":
		// An in-process cache with expiry, synchronised by itself:
		// entries expire, so it does not grow without bound, but what
		// it holds is this instance's alone.
		if !recv {
			return m, false
		}
		switch {
		case name == "Set" || name == "SetDefault" || name == "Add" || name == "Replace",
			strings.HasPrefix(name, "Increment"), strings.HasPrefix(name, "Decrement"):
			return mutation{atomic: true}, true
		case name == "Delete" || name == "DeleteExpired" || name == "Flush":
			return mutation{shrink: true, atomic: true}, true
		}
	case "container/heap":
		switch name {
		case "Push":
			return mutation{grow: true}, true
		case "Fix":
			return mutation{}, true
		case "Pop", "Remove", "Init":
			return mutation{shrink: true}, true
		}
	}
	return m, false
}

// cacheFill reports whether call, a library cache's Set of a key,
// fills a read-through cache: the function gets the same key from the
// same cache first (v, ok := c.Get(k); if !ok { ...; c.Set(k, v, d) }).
func cacheFill(info *types.Info, body *ast.BlockStmt, call *ast.CallExpr, fn *types.Func) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) == 0 || fn.Pkg().Path() != "github.com/patrickmn/go-cache" || !strings.HasPrefix(fn.Name(), "Set") && fn.Name() != "Add" {
		return false
	}
	recv, key := types.ExprString(sel.X), types.ExprString(call.Args[0])
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		c, ok := n.(*ast.CallExpr)
		if found || !ok || len(c.Args) == 0 {
			return !found
		}
		if s, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr); ok && strings.HasPrefix(s.Sel.Name, "Get") && types.ExprString(s.X) == recv && types.ExprString(c.Args[0]) == key {
			_, isMethod := info.Selections[s]
			found = isMethod
		}
		return !found
	})
	return found
}

// onFirstArg reports whether a library mutation acts on the call's
// first argument rather than on its receiver.
func onFirstArg(fn *types.Func) bool { return fn.Signature().Recv() == nil }

// readOnlyPackage reports whether the functions of package path read
// the values passed to them without removing elements, so passing a
// map to them does not count as evicting from it.
func readOnlyPackage(path string) bool {
	switch path {
	case "fmt", "log", "log/slog", "encoding/json", "strings", "strconv", "sort":
		return true
	}
	return false
}

func recvNamed(fn *types.Func, path, name string) bool {
	recv := fn.Signature().Recv()
	return recv != nil && typematch.NamedOf(recv.Type()) != nil && typematch.IsNamed(typematch.NamedOf(recv.Type()), path, name)
}

// kindOf names the container a write changes, for messages.
func kindOf(t types.Type) string {
	if t == nil {
		return "variable"
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if typematch.IsNamed(t, "sync", "Map") {
		return "map"
	}
	if typematch.IsNamed(t, "container/list", "List") {
		return "list"
	}
	switch t.Underlying().(type) {
	case *types.Map:
		return "map"
	case *types.Slice:
		return "slice"
	}
	return "variable"
}
