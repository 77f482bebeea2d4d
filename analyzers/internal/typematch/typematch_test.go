package typematch

import (
	"go/types"
	"testing"
)

func TestMatch(t *testing.T) {
	pkg := types.NewPackage("net/http", "http")
	req := types.NewNamed(types.NewTypeName(0, pkg, "Request", nil), types.NewStruct(nil, nil), nil)
	alias := types.NewAlias(types.NewTypeName(0, nil, "R", nil), req)
	ptr := types.NewPointer(req)

	if !IsNamed(req, "net/http", "Request") || !IsNamed(alias, "net/http", "Request") {
		t.Error("IsNamed: want a match for the type and its alias")
	}
	if IsNamed(req, "net/http", "Response") || IsNamed(req, "example.com/http", "Request") || IsNamed(ptr, "net/http", "Request") {
		t.Error("IsNamed: matched another name, path, or a pointer")
	}
	if !IsPointerTo(ptr, "net/http", "Request") || IsPointerTo(req, "net/http", "Request") {
		t.Error("IsPointerTo: want a match for *T only")
	}
	if NamedOf(ptr) != req || NamedOf(req) != req || NamedOf(types.Typ[types.Int]) != nil {
		t.Error("NamedOf: want T for T and *T, nil for int")
	}
}
