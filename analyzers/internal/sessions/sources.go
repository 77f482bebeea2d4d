package sessions

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/typematch"
)

// source recognises the calls that yield a session identifier or a
// fresh token.
func (t *taint) source(fn *types.Func, call *ast.CallExpr) labels {
	recv := fn.Signature().Recv()
	if recv == nil {
		switch {
		case isFunc(fn, "github.com/google/uuid", "New"), isFunc(fn, "github.com/google/uuid", "NewString"),
			isFunc(fn, "github.com/google/uuid", "NewRandom"), isFunc(fn, "github.com/google/uuid", "NewV7"),
			isFunc(fn, "crypto/rand", "Text"), isFunc(fn, "github.com/gorilla/securecookie", "GenerateRandomKey"):
			return generated
		}
		return 0
	}
	rt := recv.Type()
	switch fn.Name() {
	case "SessionID":
		// A session's own identifier (beego's session.Store, and the
		// stores shaped like it): a string, maybe given a context.
		if res := fn.Signature().Results(); res.Len() == 1 && types.Identical(res.At(0).Type(), types.Typ[types.String]) && fn.Signature().Params().Len() <= 1 {
			return session
		}
	case "Cookie", "Cookies":
		switch {
		case typematch.IsPointerTo(rt, "net/http", "Request"),
			typematch.IsPointerTo(rt, "github.com/gin-gonic/gin", "Context"),
			typematch.IsNamed(rt, "github.com/labstack/echo/v4", "Context"),
			typematch.IsPointerTo(rt, "github.com/gofiber/fiber/v2", "Ctx"),
			typematch.IsNamed(rt, "github.com/gofiber/fiber/v3", "Ctx"):
			if fn.Signature().Results().Len() > 0 && fn.Signature().Params().Len() > 0 || fn.Name() == "Cookies" && fn.Signature().Params().Len() == 0 {
				return session
			}
		}
	case "Get", "Values", "GetHeader":
		isHeader := fn.Name() != "GetHeader" && typematch.IsNamed(rt, "net/http", "Header") ||
			fn.Name() == "GetHeader" && typematch.IsPointerTo(rt, "github.com/gin-gonic/gin", "Context") ||
			fn.Name() == "Get" && (typematch.IsPointerTo(rt, "github.com/gofiber/fiber/v2", "Ctx") || typematch.IsNamed(rt, "github.com/gofiber/fiber/v3", "Ctx"))
		if isHeader && len(call.Args) > 0 && sessionHeader(t.c.pass.TypesInfo, call.Args[0]) {
			return session
		}
	}
	return 0
}

// sessionHeader reports whether the header named by e, a constant,
// carries a session identifier or a credential: Authorization, or a
// name that mentions a session or a token.
func sessionHeader(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return false
	}
	name := strings.ToLower(constant.StringVal(tv.Value))
	return name == "authorization" || strings.Contains(name, "session") || strings.Contains(name, "token") || name == "x-sid"
}

// sendsToken reports whether n sends a generated token to the client:
// as the Value of an http.Cookie or fiber Cookie, through gin's
// SetCookie, or in a session or token header.
func (t *taint) sendsToken(n ast.Node) bool {
	info := t.c.pass.TypesInfo
	switch n := n.(type) {
	case *ast.CompositeLit:
		typ := info.TypeOf(n)
		if typ == nil || !(typematch.IsNamed(typ, "net/http", "Cookie") || typematch.IsNamed(typ, "github.com/gofiber/fiber/v2", "Cookie") || typematch.IsNamed(typ, "github.com/gofiber/fiber/v3", "Cookie")) {
			return false
		}
		for _, elt := range n.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Value" && t.expr(kv.Value)&generated != 0 {
					return true
				}
			}
		}
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, n).(*types.Func)
		if fn == nil || fn.Signature().Recv() == nil || len(n.Args) < 2 {
			return false
		}
		rt := fn.Signature().Recv().Type()
		switch {
		case fn.Name() == "SetCookie" && typematch.IsPointerTo(rt, "github.com/gin-gonic/gin", "Context"):
			return t.expr(n.Args[1])&generated != 0
		case (fn.Name() == "Set" || fn.Name() == "Add") && typematch.IsNamed(rt, "net/http", "Header"),
			fn.Name() == "Header" && typematch.IsPointerTo(rt, "github.com/gin-gonic/gin", "Context"),
			fn.Name() == "Set" && typematch.IsPointerTo(rt, "github.com/gofiber/fiber/v2", "Ctx"),
			fn.Name() == "Set" && typematch.IsNamed(rt, "github.com/gofiber/fiber/v3", "Ctx"):
			return sessionHeader(info, n.Args[0]) && t.expr(n.Args[1])&generated != 0
		}
	}
	return false
}
