// Package wasmbuild holds the flags Parallax's browser binaries are built
// with (app.wasm, app-sharded.wasm and finder.wasm), so that the Makefile,
// the end-to-end tests and the benchmarks build and measure the same files.
package wasmbuild

// module is the import path every package pattern below starts with.
const module = "github.com/parallax-news/parallax"

// noInline are the packages compiled without inlining: the components,
// the comparison, the corpus reader and the dates. Their code is run a few
// times per view rather than per word, and inlining copies their small
// functions into hundreds of callers: without it app.wasm is about 26 kB
// smaller in brotli and slightly smaller raw (docs/bench.md). search and
// fold, whose loops run per posting and per letter, keep it.
var noInline = []string{"app", "compare", "corpus", "dates"}

// Flags returns the go build flags of a browser binary, to follow
// "go build" and precede "-o".
func Flags() []string {
	flags := []string{"-trimpath", "-ldflags", "-s -w"}
	for _, p := range noInline {
		flags = append(flags, "-gcflags", module+"/"+p+"=-l")
	}
	return flags
}
