package directive

import (
	"fmt"
	"go/ast"
	"slices"
	"strings"
)

// Names is a list of qualified function names, the value of a flag such
// as -directive.handlers: import/path.Func, import/path.Type.Method or
// import/path.(*Type).Method, comma-separated. It declares functions as
// their doc comment's //scalevet:handler or //scalevet:expensive would,
// for code a team would rather not annotate.
type Names []string

// String returns the names, comma-separated.
func (n *Names) String() string { return strings.Join(*n, ",") }

// Set replaces the list with the comma-separated names of s.
func (n *Names) Set(s string) error {
	var names []string
	for name := range strings.SplitSeq(s, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		norm, err := normalise(name)
		if err != nil {
			return err
		}
		names = append(names, norm)
	}
	*n = names
	return nil
}

// normalise returns import/path.Type.Method for import/path.(*Type).Method,
// and checks the shape of a qualified name.
func normalise(name string) (string, error) {
	slash := strings.LastIndexByte(name, '/')
	path, rest, ok := strings.Cut(name[slash+1:], ".")
	if !ok || path == "" {
		return "", fmt.Errorf("%q is not a qualified function name such as example.com/shop/pricing.Quote or example.com/shop/queue.(*Consumer).Handle", name)
	}
	rest = strings.NewReplacer("(*", "", "(", "", ")", "").Replace(rest)
	parts := strings.Split(rest, ".")
	if len(parts) > 2 || slices.Contains(parts, "") {
		return "", fmt.Errorf("%q is not a qualified function name such as example.com/shop/pricing.Quote or example.com/shop/queue.(*Consumer).Handle", name)
	}
	return name[:slash+1] + path + "." + rest, nil
}

// Declare marks the function declarations of the package named in
// handlers and expensive as if they carried //scalevet:handler or
// //scalevet:expensive.
func (idx *Index) Declare(pkgPath string, files []*ast.File, handlers, expensive Names) {
	if len(handlers) == 0 && len(expensive) == 0 {
		return
	}
	for _, f := range files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			name := pkgPath + "." + qualifiedName(fd)
			e := &Entry{Pos: fd.Pos()}
			if slices.Contains(handlers, name) {
				if idx.handler == nil {
					idx.handler = make(map[*ast.FuncDecl]*Entry)
				}
				e.Verb = Handler
				idx.handler[fd] = e
			}
			if slices.Contains(expensive, name) {
				if idx.expense == nil {
					idx.expense = make(map[*ast.FuncDecl]*Entry)
				}
				idx.expense[fd] = &Entry{Directive: Directive{Verb: Expensive}, Pos: fd.Pos()}
			}
		}
	}
}

// qualifiedName returns Func, or Type.Method for a method.
func qualifiedName(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return fd.Name.Name
	}
	t := fd.Recv.List[0].Type
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
			continue
		case *ast.ParenExpr:
			t = x.X
			continue
		case *ast.IndexExpr:
			t = x.X
			continue
		case *ast.IndexListExpr:
			t = x.X
			continue
		case *ast.Ident:
			return x.Name + "." + fd.Name.Name
		}
		return fd.Name.Name
	}
}
