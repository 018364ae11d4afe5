//go:build !js

package app

import (
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestExplorerLeavesOutTheExtractor: no package the explorer's wasm
// (./wasm, built for the browser) is made of imports the extractor
// (actors/find), so its code and its lexicon stay out of app.wasm and in
// the actor finder's own wasm (wasm/finder), which the page loads only
// when a reader adds articles.
func TestExplorerLeavesOutTheExtractor(t *testing.T) {
	seen := explorerPackages(t)
	if !seen["app"] || !seen["actors"] || !seen["internal/actorwasm"] {
		t.Fatalf("the walk from ./wasm missed app or actors (%d packages): has the layout changed?", len(seen))
	}
	for _, p := range []string{"actors/find", "internal/actorwasm/finder"} {
		if seen[p] {
			t.Errorf("the explorer's wasm imports %s: the extractor would be in app.wasm", p)
		}
	}
}

// explorerPackages returns the packages of this module that the
// explorer's wasm (./wasm, as the browser builds it) is made of, by their
// folders.
func explorerPackages(t *testing.T) map[string]bool {
	t.Helper()
	const module = "github.com/parallax-news/parallax"
	ctx := build.Default
	ctx.GOOS, ctx.GOARCH = "js", "wasm"
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var visit func(rel string)
	visit = func(rel string) {
		if seen[rel] {
			return
		}
		seen[rel] = true
		pkg, err := ctx.ImportDir(filepath.Join(root, rel), 0)
		if err != nil {
			t.Fatalf("reading package %s as the browser builds it: %v", rel, err)
		}
		for _, imp := range pkg.Imports {
			if rest, ok := strings.CutPrefix(imp, module+"/"); ok {
				visit(rest)
			}
		}
	}
	visit("wasm")
	return seen
}

// TestPartlyUsedPackagesComputeNothingAtStart: the packages the explorer
// imports for their types and a few readers (corpus, compare, dates,
// export, actors) set no package-level variable by a call. A call in a
// package's initialiser runs at every start, and keeps in app.wasm its
// code and whatever it reads (a table, a constructor's patterns, a map
// of functions) even when the page never uses the variable; a composite
// literal, a constant or a value worked out on first use leaves the
// linker free to drop it. Packages the page runs whole (fold, search,
// app) are not held to this.
func TestPartlyUsedPackagesComputeNothingAtStart(t *testing.T) {
	seen := explorerPackages(t)
	ctx := build.Default
	ctx.GOOS, ctx.GOARCH = "js", "wasm"
	checked := 0
	for _, rel := range []string{"corpus", "compare", "dates", "export", "actors"} {
		if !seen[rel] {
			continue
		}
		dir := filepath.Join("..", rel)
		pkg, err := ctx.ImportDir(dir, 0)
		if err != nil {
			t.Fatal(err)
		}
		fset := token.NewFileSet()
		for _, name := range pkg.GoFiles {
			f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range f.Decls {
				g, ok := d.(*ast.GenDecl)
				if !ok || g.Tok != token.VAR {
					continue
				}
				for _, spec := range g.Specs {
					for _, v := range spec.(*ast.ValueSpec).Values {
						checked++
						if _, ok := v.(*ast.CallExpr); ok {
							t.Errorf("%s: a package-level variable set by a call runs at start and stays in app.wasm: make it a constant, a composite literal (&lazyregexp.Regexp{Expr: …}) or a function that works it out on first use", fset.Position(v.Pos()))
						}
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no package-level variable found in the packages checked: has the layout changed?")
	}
}

// TestExplorerLeavesOutTheComparison: the components, as the browser
// builds them, call none of the functions that work out comparisons
// (compare.New and what it leads to, compare.Sources), find dated events
// (dates.Events), read raw files (corpus.Parse) or index articles
// (search.NewIndex), so the linker leaves that code out of app.wasm: the
// page reads what the build stored, and asks the actor finder's wasm for
// the rest (finder_js.go). Package compare itself stays
// imported, for the types of the answers.
func TestExplorerLeavesOutTheComparison(t *testing.T) {
	banned := map[string][]string{
		"compare": {"New", "NewWithStats", "Sources", "NewFinder"},
		"dates":   {"Events", "Find"},
		"corpus":  {"Parse", "Load", "Convert"},
		"search":  {"NewIndex"},
	}
	ctx := build.Default
	ctx.GOOS, ctx.GOARCH = "js", "wasm"
	pkg, err := ctx.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	calls := 0
	for _, name := range pkg.GoFiles {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			x, ok := sel.X.(*ast.Ident)
			if !ok {
				return true
			}
			if x.Name == "compare" {
				calls++
			}
			if slices.Contains(banned[x.Name], sel.Sel.Name) {
				t.Errorf("%s: the browser's components call %s.%s, whose code would be in app.wasm: ask the actor finder (finder_js.go)", fset.Position(sel.Pos()), x.Name, sel.Sel.Name)
			}
			return true
		})
	}
	if calls == 0 {
		t.Fatal("no file of package app names package compare: has the layout changed?")
	}
}
