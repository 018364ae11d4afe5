//go:build !js

package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// typedElements are go-app's element constructors that the components may
// call: none. go-app's own code links app.Div, app.P and app.H1, but each
// method the components call on one of them (Aria, ID, Attr…) is one more
// copy of that method in app.wasm, where app.Elem's are shared by every
// tag. See the package comment.
var typedElements = map[string]bool{}

// TestElementsAreGeneric fails when a component calls one of go-app's
// other element constructors, such as app.Span(), instead of
// app.Elem("span"). Every zero-argument call of a go-app function counts
// as one, save Window.
func TestElementsAreGeneric(t *testing.T) {
	fset, files := componentFiles(t)
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 0 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "app" || sel.Sel.Name == "Window" || typedElements[sel.Sel.Name] {
				return true
			}
			t.Errorf("%s: app.%s() links another go-app element type into app.wasm; write app.Elem(%q) and set its attributes with Attr",
				fset.Position(call.Pos()), sel.Sel.Name, strings.ToLower(sel.Sel.Name))
			return true
		})
	}
}

// TestRawOnlyOnServer fails when a component calls app.Raw outside an
// `if app.IsServer` block: go-app's code for mounting raw markup in the
// browser is about 29 kB of raw wasm, which the page should not carry
// for an icon.
func TestRawOnlyOnServer(t *testing.T) {
	fset, files := componentFiles(t)
	isServer := func(e ast.Expr) bool {
		sel, ok := e.(*ast.SelectorExpr)
		if !ok {
			return false
		}
		pkg, ok := sel.X.(*ast.Ident)
		return ok && pkg.Name == "app" && sel.Sel.Name == "IsServer"
	}
	raws := 0
	for _, f := range files {
		var walk func(n ast.Node, server bool)
		walk = func(n ast.Node, server bool) {
			ast.Inspect(n, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.IfStmt:
					if isServer(n.Cond) {
						walk(n.Body, true)
						if n.Else != nil {
							walk(n.Else, server)
						}
						return false
					}
				case *ast.CallExpr:
					sel, ok := n.Fun.(*ast.SelectorExpr)
					if !ok {
						return true
					}
					if pkg, ok := sel.X.(*ast.Ident); ok && pkg.Name == "app" && sel.Sel.Name == "Raw" {
						raws++
						if !server {
							t.Errorf("%s: app.Raw in code the browser runs links go-app's raw-markup mounting into app.wasm: build the markup with app.Elem, or call it under `if app.IsServer`", fset.Position(n.Pos()))
						}
					}
				}
				return true
			})
		}
		walk(f, false)
	}
	if raws == 0 {
		t.Log("no component calls app.Raw")
	}
}

// TestElementChainsUseHelpers fails when a component opens an element
// with a chain of go-app's methods that one of elems.go's helpers makes
// in one call: app.Elem(tag) then Class, Text or Body, or a link's href.
// Each method called on app.HTMLElem is an interface call of about a
// hundred bytes of app.wasm; the helpers took 86 kB of raw code out of
// it (docs/bench.md).
func TestElementChainsUseHelpers(t *testing.T) {
	fset, files := componentFiles(t)
	for _, f := range files {
		if fset.Position(f.Pos()).Filename == "elems.go" {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			call, ok := sel.X.(*ast.CallExpr)
			if !ok {
				return true
			}
			fun, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || fun.Sel.Name != "Elem" {
				return true
			}
			if pkg, ok := fun.X.(*ast.Ident); !ok || pkg.Name != "app" {
				return true
			}
			helper := map[string]string{"Class": "elemClass…", "Text": "elemText", "Body": "elemBody"}[sel.Sel.Name]
			if lit, ok := call.Args[0].(*ast.BasicLit); ok && lit.Value == `"a"` && sel.Sel.Name == "Attr" {
				helper = "link or linkText"
			}
			if helper != "" {
				t.Errorf("%s: app.Elem(…).%s: call %s (elems.go), one call instead of a chain", fset.Position(sel.Pos()), sel.Sel.Name, helper)
			}
			return true
		})
	}
}

// componentFiles parses the package's files that are not tests.
func componentFiles(t *testing.T) (*token.FileSet, []*ast.File) {
	t.Helper()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	if len(files) == 0 {
		t.Fatal("no component files: has the layout changed?")
	}
	return fset, files
}
