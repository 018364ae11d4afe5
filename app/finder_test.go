//go:build !js

package app

import (
	"go/build"
	"path/filepath"
	"strings"
	"testing"
)

// TestExplorerLeavesOutTheExtractor: no package the explorer's wasm
// (./wasm, built for the browser) is made of imports the extractor
// (actors/find), so its code and its lexicon stay out of app.wasm and in
// the actor finder's own wasm (wasm/finder), which the page loads only
// when a reader adds articles.
func TestExplorerLeavesOutTheExtractor(t *testing.T) {
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
	if !seen["app"] || !seen["actors"] || !seen["internal/actorwasm"] {
		t.Fatalf("the walk from ./wasm missed app or actors (%d packages): has the layout changed?", len(seen))
	}
}
