// Package app holds the go-app components of the Parallax explorer and the
// one function that registers its routes. It depends on the core packages
// (corpus, search) and knows nothing of how it is served: the wasm main,
// the server and the static build all call Register.
//
// Elements are made with app.Elem("section"), attributes set with
// Attr("href", …): each element type, app.Section() and the like, links
// its own copy of every method called on it into app.wasm (docs/bench.md
// has what thirty-five such types cost). Even app.Div, app.P and app.H1,
// which go-app's own code links, would bring the methods the components
// call on them that go-app does not (2.6 kB brotli for the three).
// TestElementsAreGeneric keeps it so.
package app

import (
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Paths are the routes Register serves, for the static build.
var Paths = []string{"/", "/index.html"}

// Register makes e the data of every page and registers the routes. Any
// other path shows the not-found page, except in the single-file build,
// where every path is the explorer: opened from disk, the page's path is
// the file's own, wherever it was saved.
func Register(e *Env) {
	s := &session{env: e, yield: yieldToBrowser}
	explorer := func() app.Composer { return newExplorer(s) }
	for _, p := range Paths {
		app.RouteFunc(p, explorer)
	}
	other := func() app.Composer {
		return &notFound{header: func() app.UI { return renderHeader(s.env) }}
	}
	if singleFile(e) {
		other = explorer
	}
	if app.IsClient {
		// In the browser the only other path is the one the page was
		// opened at: the app's own links lead to Paths. Routing it
		// exactly keeps go-app's regular-expression router, a measurable
		// part of a cold start (docs/bench.md), out of start-up.
		if p := pagePath(); !slices.Contains(Paths, p) {
			app.RouteFunc(p, other)
		}
		return
	}
	app.RouteWithRegexpFunc("^/.+", other)
}

// pagePath is the path of the page the browser opened, under the site's
// base path, as go-app routes it.
func pagePath() string {
	p := strings.TrimPrefix(app.Window().URL().Path, app.Getenv("GOAPP_ROOT_PREFIX"))
	if p == "" {
		return "/"
	}
	return p
}

// CorpusEnv is the variable of the page environment holding the URL of the
// corpus snapshot, when the site ships one instead of the embedded corpus.
const CorpusEnv = "PARALLAX_CORPUS"

// CorpusFile is the snapshot's file name at the site's root.
const CorpusFile = "corpus.snapshot"

// CorpusElement is the id of the element holding the snapshot inline in the
// single-file build.
const CorpusElement = "parallax-corpus"

// SingleFileEnv is the variable of the page environment (go-app's Env) that
// marks the single-file build.
const SingleFileEnv = "PARALLAX_SINGLE_FILE"

// SingleFile reports whether the page is the single-file build.
func SingleFile() bool { return app.Getenv(SingleFileEnv) != "" }

// singleFile is SingleFile for the pages of e, which the server pre-renders
// before go-app has copied the page environment.
func singleFile(e *Env) bool { return e.SingleFile || SingleFile() }
