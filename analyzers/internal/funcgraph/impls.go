package funcgraph

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Impls finds, by type, the implementations of the module's interfaces
// that one package can see: concrete types declared in the package or
// in the packages it imports, directly or not, of the same module. A
// service calls store.Orders.List in its handlers' package and wires
// pg.OrderRepo in main: the handlers' package sees no implementation,
// main sees both. The standard library's and dependencies' interfaces
// (io.Writer, a driver's Conn) take no part: a library's types are its
// own business, and their implementations are everywhere.
type Impls struct {
	pkg      *types.Package
	module   string
	pkgs     []*types.Package // nil until first needed
	ifaces   []*types.Named   // the module interfaces visible, nil until first needed
	concrete []*types.Named   // nil until first needed
	memo     map[*types.Named][]types.Type
}

// NewImpls returns the implementation finder of the package pass
// analyses, in its module (when the driver does not say which, the
// packages of the package's repository, as its path tells, take part).
func NewImpls(pass *analysis.Pass) *Impls {
	module := ""
	if pass.Module != nil {
		module = pass.Module.Path
	}
	return &Impls{pkg: pass.Pkg, module: module, memo: make(map[*types.Named][]types.Type)}
}

// InModule reports whether package path is in the module; with no
// module known (a GOPATH build, a driver that does not say), whether it
// looks like a package of pkg's repository.
func (x *Impls) InModule(path string) bool {
	if x == nil {
		return false
	}
	if x.module == "" {
		return repoRoot(path) == repoRoot(x.pkg.Path())
	}
	return path == x.module || strings.HasPrefix(path, x.module+"/")
}

// repoRoot guesses the repository of a package path when no module is
// known: host/owner/repo for a path that starts with a host name
// (github.com/acme/shop/web), else its first element (shop/web).
func repoRoot(path string) string {
	parts := strings.SplitN(path, "/", 4)
	if strings.Contains(parts[0], ".") && len(parts) >= 3 {
		return strings.Join(parts[:3], "/")
	}
	return parts[0]
}

// Interface returns the named interface that declares the abstract
// method m, when it is one of the module's; nil otherwise, and on a nil
// finder.
func (x *Impls) Interface(m *types.Func) *types.Named {
	if x == nil || m == nil {
		return nil
	}
	recv := m.Signature().Recv()
	if recv == nil || !types.IsInterface(recv.Type()) {
		return nil
	}
	n, ok := types.Unalias(recv.Type()).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.TypeParams() != nil || !x.InModule(n.Obj().Pkg().Path()) {
		return nil
	}
	return n
}

// Lookup returns the module's interface named by key ("example.com/store.Orders")
// among the packages visible here, or nil.
func (x *Impls) Lookup(key string) *types.Named {
	i := strings.LastIndex(key, ".")
	if i < 0 {
		return nil
	}
	path, name := key[:i], key[i+1:]
	if !x.InModule(path) {
		return nil
	}
	for _, p := range x.packages() {
		if p.Path() != path {
			continue
		}
		if tn, ok := p.Scope().Lookup(name).(*types.TypeName); ok {
			if n, ok := types.Unalias(tn.Type()).(*types.Named); ok && types.IsInterface(n) && n.TypeParams() == nil {
				return n
			}
		}
	}
	return nil
}

// Key names a module interface for facts: its package path and name.
func Key(n *types.Named) string { return n.Obj().Pkg().Path() + "." + n.Obj().Name() }

// Methods returns the method called name of every visible concrete
// type (T or *T) that implements iface, in a deterministic order. A
// type that implements it by embedding an interface (a wrapper that
// adds to a Storage it holds) forwards to whatever it wraps: its
// promoted method is not an implementation.
func (x *Impls) Methods(iface *types.Named, name string) []*types.Func {
	var out []*types.Func
	for _, t := range x.implementers(iface) {
		obj, _, _ := types.LookupFieldOrMethod(t, false, iface.Obj().Pkg(), name)
		if fn, ok := obj.(*types.Func); ok && fn.Pkg() != nil && !Forwards(fn) {
			out = append(out, fn)
		}
	}
	return out
}

// Forwards reports whether fn, a method found on a concrete type, is
// the method of an interface that the type embeds: the type hands the
// call on to whatever value fills that field (a caching or logging
// decorator), and is no implementation of its own.
func Forwards(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	return recv != nil && types.IsInterface(recv.Type())
}

func (x *Impls) implementers(iface *types.Named) []types.Type {
	if ts, ok := x.memo[iface]; ok {
		return ts
	}
	it, _ := iface.Underlying().(*types.Interface)
	var out []types.Type
	if it != nil && it.NumMethods() > 0 {
		if x.concrete == nil {
			x.concrete = []*types.Named{}
			for _, p := range x.packages() {
				x.concrete = append(x.concrete, ConcreteTypes(p)...)
			}
		}
		for _, n := range x.concrete {
			var t types.Type = n
			if !types.Implements(t, it) {
				t = types.NewPointer(n)
				if !types.Implements(t, it) {
					continue
				}
			}
			out = append(out, t)
		}
	}
	x.memo[iface] = out
	return out
}

// packages returns the package and the module's packages it imports,
// directly or not, in a deterministic order (depth first, imports in
// their listed order).
func (x *Impls) packages() []*types.Package {
	if x.pkgs != nil {
		return x.pkgs
	}
	out := []*types.Package{}
	seen := make(map[*types.Package]bool)
	var visit func(p *types.Package)
	visit = func(p *types.Package) {
		if seen[p] {
			return
		}
		seen[p] = true
		if p != x.pkg && !x.InModule(p.Path()) {
			return
		}
		out = append(out, p)
		for _, imp := range p.Imports() {
			visit(imp)
		}
	}
	visit(x.pkg)
	x.pkgs = out
	return out
}

// SeesType reports whether the type named name of the package whose
// path is path is one that Methods looks at.
func (x *Impls) SeesType(path, name string) bool {
	if x == nil {
		return false
	}
	for _, p := range x.packages() {
		if p.Path() == path {
			return p.Scope().Lookup(name) != nil
		}
	}
	return false
}

// InterfacesOf returns the module's interfaces with methods, visible
// here, that *n implements (and so n's methods too), in a deterministic
// order.
func (x *Impls) InterfacesOf(n *types.Named) []*types.Named {
	var out []*types.Named
	ptr := types.NewPointer(n)
	for _, in := range x.interfaces() {
		if types.Implements(ptr, in.Underlying().(*types.Interface)) {
			out = append(out, in)
		}
	}
	return out
}

// interfaces returns the module's interfaces with methods declared in
// the packages visible here, in a deterministic order.
func (x *Impls) interfaces() []*types.Named {
	if x == nil {
		return nil
	}
	if x.ifaces == nil {
		x.ifaces = []*types.Named{}
		for _, p := range x.packages() {
			scope := p.Scope()
			for _, name := range scope.Names() {
				tn, ok := scope.Lookup(name).(*types.TypeName)
				if !ok || tn.IsAlias() {
					continue
				}
				if in, ok := tn.Type().(*types.Named); ok && in.TypeParams() == nil {
					if it, ok := in.Underlying().(*types.Interface); ok && it.NumMethods() > 0 {
						x.ifaces = append(x.ifaces, in)
					}
				}
			}
		}
	}
	return x.ifaces
}

// ImplementsAny reports whether *n implements an interface with methods
// that a visible package of the module declares: a type that the
// module may call through an interface.
func (x *Impls) ImplementsAny(n *types.Named) bool {
	ptr := types.NewPointer(n)
	for _, in := range x.interfaces() {
		if types.Implements(ptr, in.Underlying().(*types.Interface)) {
			return true
		}
	}
	return false
}
