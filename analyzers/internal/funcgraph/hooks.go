package funcgraph

import (
	"go/ast"
	"go/types"
	"slices"
)

// RowLoop is the loop that an ORM runs over the rows a call loads or
// writes, calling a model's hook once per row (gorm's AfterFind on
// every row of a Find into a slice): a Loop with no statement of its
// own in the code. X is the call; its position is the call's.
type RowLoop struct {
	*ast.ExprStmt
}

// gormPackages are the import paths of gorm v2 and v1, whose callbacks
// run a model's hook methods.
var gormPackages = []string{"gorm.io/gorm", "github.com/jinzhu/gorm"}

// hookNames gives, for a method that runs gorm's callbacks, the hooks
// of the model it runs: the model's methods by these names run inside
// the call (gorm's callbacks, and the service's own wrapper of a gorm
// handle with the same methods). Save updates a row that has a primary
// key, which is how handlers use it.
func hookNames(method string) []string {
	switch method {
	case "Find", "First", "Last", "Take", "FirstOrInit", "FirstOrCreate", "Related":
		return []string{"AfterFind"}
	case "Create":
		return []string{"BeforeSave", "BeforeCreate", "AfterCreate", "AfterSave"}
	case "Save", "Update", "Updates":
		return []string{"BeforeSave", "BeforeUpdate", "AfterUpdate", "AfterSave"}
	case "Delete":
		return []string{"BeforeDelete", "AfterDelete"}
	}
	return nil
}

// hooks records the model hooks that the call at cur runs: a method of
// a gorm handle (or of the service's own wrapper of one: a type of a
// package that imports gorm) that loads or writes a model, given as an
// argument (Find(&users), Create(&order), Related(&posts)) or, for a
// write, to Model in its receiver chain (Model(&user).Updates(...)),
// whose type has hook methods of
// gorm's shape (AfterFind() error, AfterFind(tx *gorm.DB) error). Each
// hook is a site of the function, a function value run at the call
// (Ref is the model's expression); over a slice of models it runs once
// per row, in the call's RowLoop.
func (b *builder) hooks(call *ast.CallExpr, f *Func, fn *types.Func, site *Site) {
	names := hookNames(fn.Name())
	if names == nil || fn.Signature().Recv() == nil || !gormLike(fn.Pkg()) {
		return
	}
	info := b.pass.TypesInfo
	models := slices.Clone(call.Args)
	// The model of a write may be given to Model in the receiver chain;
	// a read runs the hooks of what it loads, its argument (Related
	// loads the rows of another model than Model's).
	for c := call; c != nil && names[0] != "AfterFind"; {
		sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if !ok {
			break
		}
		if sel.Sel.Name == "Model" && len(c.Args) == 1 {
			models = append(models, c.Args[0])
		}
		c, _ = ast.Unparen(sel.X).(*ast.CallExpr)
	}
	for _, arg := range models {
		model, rows := modelType(info.TypeOf(arg))
		if model == nil {
			continue
		}
		for _, name := range names {
			obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(model), true, model.Obj().Pkg(), name)
			hook, ok := obj.(*types.Func)
			if !ok || !hookShape(hook.Signature()) {
				continue
			}
			loop := site.Loop
			if rows {
				loop = &RowLoop{&ast.ExprStmt{X: call}}
			}
			f.Sites = append(f.Sites, &Site{
				Func: f, Call: call, Ref: arg, Callee: hook.Origin(), Target: b.g.byObj[hook.Origin()],
				Loop: loop, Escapes: site.Escapes,
			})
		}
	}
}

// gormLike reports whether pkg is gorm, or a package that imports it
// (a wrapper of the handle whose methods call gorm's).
func gormLike(pkg *types.Package) bool {
	if pkg == nil {
		return false
	}
	if slices.Contains(gormPackages, pkg.Path()) {
		return true
	}
	for _, imp := range pkg.Imports() {
		if slices.Contains(gormPackages, imp.Path()) {
			return true
		}
	}
	return false
}

// modelType returns the named struct type of a model value (T, *T, or
// a pointer to either: First(&srv) with srv a *T) and, for a slice of them ([]T, []*T, *[]T), rows
// set: the call loads or writes one row per element.
func modelType(t types.Type) (model *types.Named, rows bool) {
	if t == nil {
		return nil, false
	}
	deref := func() {
		for range 2 { // &p, with p a *T
			if p, ok := t.Underlying().(*types.Pointer); ok {
				t = p.Elem()
			}
		}
	}
	deref()
	if s, ok := t.Underlying().(*types.Slice); ok {
		t, rows = s.Elem(), true
		deref()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return nil, false
	}
	if _, ok := n.Underlying().(*types.Struct); !ok {
		return nil, false
	}
	return n, rows
}

// hookShape reports whether sig is that of a gorm hook: no parameter
// (gorm v1) or one that is gorm's handle or scope, and no result or an
// error.
func hookShape(sig *types.Signature) bool {
	switch sig.Results().Len() {
	case 0:
	case 1:
		if !types.Identical(sig.Results().At(0).Type(), types.Universe.Lookup("error").Type()) {
			return false
		}
	default:
		return false
	}
	switch sig.Params().Len() {
	case 0:
		return true
	case 1:
		p, ok := sig.Params().At(0).Type().(*types.Pointer)
		if !ok {
			return false
		}
		n, ok := types.Unalias(p.Elem()).(*types.Named)
		return ok && n.Obj().Pkg() != nil && slices.Contains(gormPackages, n.Obj().Pkg().Path())
	}
	return false
}
