package localstate

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/report"
)

// broadcast reports a loop that sends a message to every client in a
// registry of open connections that outlives the request (a
// package-level variable or a field): the fan-out reaches only the
// clients connected to this instance. The loops over one registry are
// one finding.
func broadcast(pass *analysis.Pass, r *report.Reporter, cur inspector.Cursor) {
	rs := cur.Node().(*ast.RangeStmt)
	reg := registryOf(ast.Unparen(rs.X))
	if id, ok := reg.(*ast.Ident); ok && !outlives(pass.TypesInfo, id) {
		// conns := h.conns[userID]; for _, c := range conns
		if def := onlyDef(pass.TypesInfo, cur, id); def != nil {
			reg = registryOf(ast.Unparen(def))
		}
	}
	if !outlives(pass.TypesInfo, reg) {
		return
	}
	var clients []types.Object // the loop's variables that hold a client's connection
	for _, e := range []ast.Expr{rs.Key, rs.Value} {
		id, ok := e.(*ast.Ident)
		if !ok {
			continue
		}
		if obj := pass.TypesInfo.ObjectOf(id); obj != nil && catalog.HoldsClientConn(obj.Type()) {
			clients = append(clients, obj)
		}
	}
	if len(clients) == 0 || !sendsTo(pass.TypesInfo, rs.Body, clients) {
		return
	}
	obj := registry(pass.TypesInfo, reg)
	if obj == nil {
		return
	}
	name := types.ExprString(reg)
	key := "broadcast " + pass.Fset.Position(obj.Pos()).String()
	r.ReportCause(key, 0, analysis.Diagnostic{Pos: rs.Pos(), End: rs.Pos() + 3, Category: catBroadcast}, enclosing(pass, cur), func(who string) string {
		return fmt.Sprintf("in-process broadcast to the client connections in %s (from %s): a client connected to another instance behind a load balancer never gets the message; fan out through a shared pub/sub (Redis, NATS, Postgres LISTEN/NOTIFY) that every instance subscribes to", name, who)
	})
}

// registryOf strips the indexing from x: h.conns[userID] is one
// user's part of the registry h.conns.
func registryOf(x ast.Expr) ast.Expr {
	for {
		ix, ok := x.(*ast.IndexExpr)
		if !ok {
			return x
		}
		x = ast.Unparen(ix.X)
	}
}

// onlyDef returns the value of the one assignment to the local variable
// id in the function around cur, or nil when there is not exactly one.
func onlyDef(info *types.Info, cur inspector.Cursor, id *ast.Ident) ast.Expr {
	obj := info.ObjectOf(id)
	if obj == nil {
		return nil
	}
	var body ast.Node
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		body = c.Node()
		break
	}
	if body == nil {
		return nil
	}
	var def ast.Expr
	n := 0
	ast.Inspect(body, func(x ast.Node) bool {
		as, ok := x.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, lhs := range as.Lhs {
			if l, ok := lhs.(*ast.Ident); ok && info.ObjectOf(l) == obj {
				n++
				if len(as.Lhs) == len(as.Rhs) {
					def = as.Rhs[i]
				} else {
					def = nil // v, ok := m[k]: the value, not the map
				}
			}
		}
		return true
	})
	if n != 1 {
		return nil
	}
	return def
}

// registry returns the variable or field that reg names.
func registry(info *types.Info, reg ast.Expr) types.Object {
	switch x := reg.(type) {
	case *ast.Ident:
		return info.ObjectOf(x)
	case *ast.SelectorExpr:
		return info.ObjectOf(x.Sel)
	}
	return nil
}

// sendsTo reports whether body writes to the connection of one of the
// clients: a send on a channel of the client (client.send <- msg), a
// write method of the connection or of the client
// (c.conn.WriteMessage, c.WriteJSON, c.Send), or the connection handed
// to a writing function (wsjson.Write(ctx, c.conn, v), fmt.Fprintf(c.w,
// ...)). Closing or reading a client's fields is no message.
func sendsTo(info *types.Info, body *ast.BlockStmt, clients []types.Object) bool {
	of := func(e ast.Expr) bool { // e is rooted at a client
		for {
			switch x := ast.Unparen(e).(type) {
			case *ast.Ident:
				obj := info.ObjectOf(x)
				for _, c := range clients {
					if obj == c {
						return true
					}
				}
				return false
			case *ast.SelectorExpr:
				e = x.X
			case *ast.IndexExpr:
				e = x.X
			case *ast.StarExpr:
				e = x.X
			default:
				return false
			}
		}
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.SendStmt:
			found = of(n.Chan)
		case *ast.CallExpr:
			fn, ok := typeutil.Callee(info, n).(*types.Func)
			if !ok {
				return true
			}
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && fn.Signature().Recv() != nil && of(sel.X) {
				if writes(fn.Name()) && catalog.HoldsClientConn(info.TypeOf(sel.X)) {
					found = true
					return false
				}
			}
			if fn.Pkg() == nil || fn.Signature().Recv() != nil {
				return true
			}
			for _, a := range n.Args {
				if of(a) && catalog.IsClientConn(info.TypeOf(a)) &&
					(catalog.ClientConnPackage(fn.Pkg().Path()) || writes(fn.Name()) || strings.HasPrefix(fn.Name(), "Fprint")) {
					found = true
					return false
				}
			}
		}
		return true
	})
	return found
}

// writes reports whether a method or function of this name sends a
// message: Write, WriteMessage, WriteJSON, Send, SendText, Push,
// Publish, Emit, Notify.
func writes(name string) bool {
	for _, p := range []string{"Write", "Send", "Push", "Publish", "Emit", "Notify", "NextWriter"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// libraryBroadcast reports a call that fans a message out through a
// library that holds the connections in process memory (melody's
// Broadcast). The calls on one hub are one finding.
func libraryBroadcast(pass *analysis.Pass, r *report.Reporter, cur inspector.Cursor) {
	call := cur.Node().(*ast.CallExpr)
	what, ok := catalog.Broadcast(pass.TypesInfo, call)
	if !ok {
		return
	}
	key := "broadcast " + pass.Fset.Position(call.Pos()).String()
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if obj := registry(pass.TypesInfo, ast.Unparen(sel.X)); obj != nil {
			key = "broadcast " + pass.Fset.Position(obj.Pos()).String()
		}
	}
	r.ReportCause(key, 0, analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Category: catBroadcast}, enclosing(pass, cur), func(who string) string {
		return fmt.Sprintf("in-process broadcast through %s (from %s): the library reaches only the clients connected to this instance, so a client connected to another instance behind a load balancer never gets the message; fan out through a shared pub/sub (Redis, NATS, Postgres LISTEN/NOTIFY) that every instance subscribes to", what, who)
	})
}

// enclosing names the function declaration around cur, as funcgraph
// names it ("Hub.Broadcast").
func enclosing(pass *analysis.Pass, cur inspector.Cursor) string {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		if fn, ok := pass.TypesInfo.Defs[c.Node().(*ast.FuncDecl).Name].(*types.Func); ok {
			return funcgraph.DeclName(fn)
		}
	}
	return "a function literal"
}
