// Package app holds the go-app components of the Parallax explorer and the
// one function that registers its routes. It depends on the core packages
// (corpus, search) and knows nothing of how it is served: the wasm main,
// the server and the static build all call Register.
//
// Elements are made with app.Elem("section"), attributes set with
// Attr("href", …), except for the few element types go-app uses itself
// (app.Div, app.P, app.H1, app.Img, app.Code): each further element type,
// app.Section() and the like, links its own copy of every method called on
// it into app.wasm (docs/bench.md has what thirty-five such types cost).
// TestElementsAreGeneric keeps it so.
package app

import (
	"slices"
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/dates"
	"github.com/parallax-news/parallax/search"
)

// Env is what every page reads: the corpus, its search index and actors,
// and the comparer of its articles.
type Env struct {
	Corpus *corpus.Corpus
	Index  *search.Index
	// Actors is empty while actorsPending: see FindActors.
	Actors *actors.Set

	actorsPending bool
	// storedActors are the actors the build found (actors.MarshalSet),
	// which FindActors reads; "" to run the extractor.
	storedActors string

	cmpOnce sync.Once
	cmp     *compare.Comparer

	eventsOnce sync.Once
	events     []dates.Event

	// lib holds the articles added in the page; libReports says what
	// became of stored ones that could not be read at start.
	lib        *library
	libReports []fileReport

	// SingleFile is set while the server pre-renders the single-file
	// build's page; in the browser, the page environment says it.
	SingleFile bool
}

// NewEnv indexes a corpus and finds its actors, for the pages. Articles
// added in the page are kept for the visit only.
func NewEnv(c *corpus.Corpus) *Env {
	return newEnv(&library{base: c, store: &memoryStore{}})
}

// NewBrowserEnv is NewEnv with the articles the reader added in earlier
// visits, kept in the browser's storage, and with what the build derived
// from the site's articles: their search index and actors. It puts off
// finding the actors (FindActors): the explorer draws the first results
// without them and reads them right after. When the reader's own articles
// are among them, it indexes the corpus and finds the actors itself.
func NewBrowserEnv(c *corpus.Corpus, derived corpus.Derived) *Env {
	lib, reports := newLibrary(c, localStore{})
	all := lib.Corpus()
	if all != c {
		derived = corpus.Derived{} // it lacks the reader's own files
	}
	return &Env{Corpus: all, Index: indexOf(all, derived.Index), Actors: &actors.Set{}, actorsPending: true, storedActors: derived.Actors, lib: lib, libReports: reports}
}

// indexOf reads the index stored with the site's articles, or builds one
// when there is none or it does not read, which only a build gone wrong
// causes and the console reports.
func indexOf(c *corpus.Corpus, stored string) *search.Index {
	if stored != "" {
		ix, err := search.ReadIndex(c, stored)
		if err == nil {
			return ix
		}
		app.Window().Get("console").Call("warn", "Parallax indexes the articles itself: "+err.Error())
	}
	return search.NewIndex(c)
}

// FindActors finds the actors if that was put off, and reports whether it
// did.
func (e *Env) FindActors() bool {
	if !e.actorsPending {
		return false
	}
	e.Actors, e.actorsPending = actorsOf(e.Corpus, e.storedActors), false
	if !app.IsServer {
		// The benchmark times start-up up to here, too.
		app.Window().Get("performance").Call("mark", "parallax-actors")
	}
	return true
}

// actorsOf reads the actors the build stored with the site's articles, or
// finds them when there are none or they do not read, which only a build
// gone wrong causes and the console reports.
func actorsOf(c *corpus.Corpus, stored string) *actors.Set {
	if stored != "" {
		set, err := actors.ReadSet(c, stored)
		if err == nil {
			return set
		}
		app.Window().Get("console").Call("warn", "Parallax finds the actors itself: "+err.Error())
	}
	return actors.Extract(c)
}

// ActorsPending reports whether the actors are still to be found.
func (e *Env) ActorsPending() bool { return e.actorsPending }

func newEnv(lib *library) *Env {
	c := lib.Corpus()
	return &Env{Corpus: c, Index: search.NewIndex(c), Actors: actors.Extract(c), lib: lib}
}

// Cmp returns the comparer of the corpus's articles, prepared on first use:
// only the comparison views need it, so start-up does not wait for it.
func (e *Env) Cmp() *compare.Comparer {
	e.cmpOnce.Do(func() {
		e.FindActors()
		e.cmp = compare.New(e.Corpus, e.Actors)
	})
	return e.cmp
}

// Events returns the dated events the articles report, found on first
// use: only the timeline needs them.
func (e *Env) Events() []dates.Event {
	e.eventsOnce.Do(func() { e.events = dates.Events(e.Corpus) })
	return e.events
}

// env is set by Register, before any page is built, and replaced when
// the reader adds or removes files of their own (library-view.go), which
// searcher.go notices. Issue 18 asks for it to be passed explicitly.
var env *Env

// Paths are the routes Register serves, for the static build.
var Paths = []string{"/", "/index.html"}

// Register makes e the data of every page and registers the routes. Any
// other path shows the not-found page, except in the single-file build,
// where every path is the explorer: opened from disk, the page's path is
// the file's own, wherever it was saved.
func Register(e *Env) {
	env = e
	for _, p := range Paths {
		app.RouteFunc(p, newExplorerCompo)
	}
	other := func() app.Composer { return &notFound{} }
	if SingleFile() {
		other = newExplorerCompo
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

func newExplorerCompo() app.Composer { return newExplorer() }

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
func SingleFile() bool {
	return env != nil && env.SingleFile || app.Getenv(SingleFileEnv) != ""
}
