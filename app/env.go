package app

import (
	"fmt"
	"sync"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/dates"
	"github.com/parallax-news/parallax/internal/actorwasm"
	"github.com/parallax-news/parallax/search"
)

// Env is what every page reads: the corpus, its search index and actors,
// and the comparer of its articles.
type Env struct {
	Corpus *corpus.Corpus
	Index  *search.Index
	// IndexErr says why Index holds no article when the articles could
	// not be indexed; "" otherwise.
	IndexErr string
	// Actors is empty while actorsPending: see FindActors.
	Actors *actors.Set
	// ActorsErr says why Actors is empty when the actors could not be
	// found (the page's actor finder did not load, say); "" otherwise.
	ActorsErr string

	actorsPending bool
	// storedActors are the actors the build found (actors.MarshalSet),
	// which FindActors reads; "" to run the extractor.
	storedActors string

	// actorsStored are the actors as stored (actors.MarshalSet) once
	// they are read or found in the browser, which the finder's
	// comparisons are sent with; "" natively.
	actorsStored string

	cmpOnce sync.Once
	cmp     comparisons

	countsOnce sync.Once
	counts     string

	overviewOnce sync.Once
	overview     actorwasm.Overview
	overviewErr  error

	// storedEvents are the dated events the build found
	// (dates.MarshalEvents), which Events reads; "" to find them.
	storedEvents string
	eventsOnce   sync.Once
	events       []dates.Event
	// EventsErr says why Events is empty when the events could not be
	// found; "" otherwise.
	EventsErr string

	sourcesOnce sync.Once
	sources     []compare.Sourcing
	sourcesErr  error

	// lib holds the articles added in the page; libReports says what
	// became of stored ones that could not be read at start.
	lib        *library
	libReports []fileReport

	// SingleFile is set while the server pre-renders the single-file
	// build's page; in the browser, the page environment says it.
	SingleFile bool
}

// NewEnv indexes a corpus and finds its actors, for the pages. Articles
// added in the page are kept for the visit only. Where the corpus cannot
// be indexed (in the browser, without the actor finder), IndexErr says
// why and the index is of no article.
func NewEnv(c *corpus.Corpus) *Env {
	return newEnv(&library{base: c, store: &memoryStore{}})
}

// NewBrowserEnv is NewEnv with the articles the reader added in earlier
// visits, kept in the browser's storage, and with what the build derived
// from the site's articles: their search index, actors and dated events.
// It puts off finding the actors (FindActors): the explorer draws the
// first results without them and reads them right after. When the
// reader's own articles are among them, the actor finder reads them and
// indexes the corpus; if it cannot, they are left out for this visit
// (and kept), and a report says so. An error means the site's own index
// neither reads nor can be made: a build gone wrong.
func NewBrowserEnv(c *corpus.Corpus, derived corpus.Derived) (*Env, error) {
	lib, reports := newLibrary(c, localStore{})
	all := lib.Corpus()
	if all != c {
		ix, err := newIndex(all)
		if err == nil {
			return &Env{Corpus: all, Index: ix, Actors: &actors.Set{}, actorsPending: true, lib: lib, libReports: reports}, nil
		}
		reports = append(reports, fileReport{Err: "the articles you added are kept, but could not be read on this visit (" + err.Error() + "): reload the page to try again"})
		lib.added = nil
	}
	if derived.Actors == "" {
		// The actors will be found in the page: the finder downloads
		// while the first results are drawn.
		prepareActorFinder()
	}
	ix, err := indexOf(c, derived.Index)
	if err != nil {
		return nil, err
	}
	return &Env{Corpus: c, Index: ix, Actors: &actors.Set{}, actorsPending: true, storedActors: derived.Actors, storedEvents: derived.Events, lib: lib, libReports: reports}, nil
}

// indexOf reads the index stored with the site's articles, or makes one
// when there is none or it does not read, which only a build gone wrong
// causes and the console reports.
func indexOf(c *corpus.Corpus, stored string) (*search.Index, error) {
	if stored == "" {
		return newIndex(c)
	}
	ix, err := search.ReadIndex(c, stored)
	if err == nil {
		return ix, nil
	}
	warn("Parallax indexes the articles itself: " + err.Error())
	ix, err2 := newIndex(c)
	if err2 != nil {
		return nil, fmt.Errorf("%v, and it could not be made in the page (%v): rebuild the site with `parallax build`", err, err2)
	}
	return ix, nil
}

// warn writes msg to the browser's console: a build gone wrong, which the
// page works around.
func warn(msg string) { app.Window().Get("console").Call("warn", msg) }

// FindActors finds the actors if that was put off, and reports whether it
// did.
func (e *Env) FindActors() bool {
	if !e.actorsPending {
		return false
	}
	e.Actors, e.actorsStored, e.ActorsErr = actorsOf(e.Corpus, e.storedActors)
	e.actorsPending = false
	if !app.IsServer {
		// The benchmark times start-up up to here, too.
		app.Window().Get("performance").Call("mark", "parallax-actors")
	}
	return true
}

// actorsOf reads the actors the build stored with the site's articles, or
// finds them when there are none or they do not read, which only a build
// gone wrong causes and the console reports. When they cannot be found,
// the set is empty and the message says why.
func actorsOf(c *corpus.Corpus, stored string) (set *actors.Set, kept, why string) {
	if stored != "" {
		set, err := actors.ReadSet(c, stored)
		if err == nil {
			return set, stored, ""
		}
		warn("Parallax finds the actors itself: " + err.Error())
	}
	return findActorsOrSay(c)
}

// findActorsOrSay finds the actors of c (findActors), or gives an empty
// set and the reason they could not be found. stored is the set as the
// finder stored it, in the browser.
func findActorsOrSay(c *corpus.Corpus) (set *actors.Set, stored, why string) {
	set, stored, err := findActors(c)
	if err != nil {
		return &actors.Set{}, "", err.Error()
	}
	return set, stored, ""
}

// Counts says what the corpus holds, for the header: its articles,
// outlets, passages and words. The header is drawn with every keystroke's
// results, and counting the words of a few thousand articles takes longer
// than the keystroke's search, so they are counted once.
func (e *Env) Counts() string {
	e.countsOnce.Do(func() { e.counts = corpusCounts(e.Corpus) })
	return e.counts
}

// ActorsPending reports whether the actors are still to be found.
func (e *Env) ActorsPending() bool { return e.actorsPending }

func newEnv(lib *library) *Env {
	c := lib.Corpus()
	ix, err := newIndex(c)
	indexErr := ""
	if err != nil {
		ix, indexErr = search.Empty(), err.Error()
	}
	set, stored, why := findActorsOrSay(c)
	return &Env{Corpus: c, Index: ix, IndexErr: indexErr, Actors: set, actorsStored: stored, ActorsErr: why, lib: lib}
}

// comparisons returns what works out the comparison views, prepared on
// first use: only those views need it, so start-up does not wait for it.
func (e *Env) comparisons() comparisons {
	e.cmpOnce.Do(func() {
		e.FindActors()
		e.cmp = newComparisons(e)
	})
	return e.cmp
}

// Pair compares the articles with ids a and b.
func (e *Env) Pair(a, b string) (compare.Result, error) { return e.comparisons().Pair(a, b) }

// Overview returns the overlap of every pair, the stories several outlets
// told, the events several articles report and (for at most
// maxRelationArticles articles) every pair's relation, worked out on first
// use: only the comparison's overview needs them.
func (e *Env) Overview() (actorwasm.Overview, error) {
	e.overviewOnce.Do(func() { e.overview, e.overviewErr = e.comparisons().Overview(maxRelationArticles) })
	return e.overview, e.overviewErr
}

// Sources returns, outlet by outlet, whose words each carries, worked
// out on first use: only the sourcing view needs it.
func (e *Env) Sources() ([]compare.Sourcing, error) {
	e.sourcesOnce.Do(func() { e.sources, e.sourcesErr = e.comparisons().Sources() })
	return e.sources, e.sourcesErr
}

// maxRelationArticles is the most articles whose every pair the overview
// relates (each pair is a full comparison).
const maxRelationArticles = 60

// Events returns the dated events the articles report, read from what the
// build stored or found on first use: only the timeline and the reader
// need them. When they cannot be found, EventsErr says why.
func (e *Env) Events() []dates.Event {
	e.eventsOnce.Do(func() {
		if e.storedEvents != "" {
			events, err := dates.ReadEvents(e.Corpus, e.storedEvents)
			if err == nil {
				e.events = events
				return
			}
			warn("Parallax finds the dated events itself: " + err.Error())
		}
		events, err := e.comparisons().Events()
		if err != nil {
			e.EventsErr = err.Error()
		}
		e.events = events
	})
	return e.events
}

// session is what the pages of one visit share: the Env, which Register
// passes to every page it routes, and which is replaced, once rebuilt in
// the background, when the reader adds or removes files of their own
// (library-view.go).
type session struct {
	env *Env
	// yield lets the browser run between the steps of a rebuild (a key
	// typed, a frame drawn): wasm goroutines are not preempted.
	yield func()
	// changes lets one addition or removal of the reader's files at a time
	// change the library and rebuild: two drops in quick succession would
	// otherwise interleave, and the rebuild that ends last could be of the
	// library before the other's files.
	changes sync.Mutex
}

// rebuild makes the Env of lib's articles step by step, yielding between
// the steps: the index, then the actors. An error means the articles
// could not be indexed (in the browser, the actor finder did not load).
func (s *session) rebuild(lib *library) (*Env, error) {
	c := lib.Corpus()
	s.yield()
	ix, err := newIndex(c)
	if err != nil {
		return nil, err
	}
	s.yield()
	set, stored, why := findActorsOrSay(c)
	s.yield()
	return &Env{Corpus: c, Index: ix, Actors: set, actorsStored: stored, ActorsErr: why, lib: lib, SingleFile: s.env.SingleFile}, nil
}
