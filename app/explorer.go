package app

import (
	"io"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/export"
	"github.com/parallax-news/parallax/search"
)

// explorer is the main page: search box, results grouped by article, and the
// article reader.
//
// Its fields are unexported: go-app navigates by mounting a fresh explorer
// on the one shown, which copies the fresh one's exported fields over (the
// view, the results: zero) and draws the empty page, before OnNav reads
// the address and draws it all again. With nothing exported the mount
// changes nothing, and a click redraws only what it changes.
type explorer struct {
	app.Compo
	// s is the visit's session: its Env is what the explorer shows.
	s *session

	shown  view
	result search.Result
	// why explains an empty result (nil otherwise).
	why []search.TermCount

	// latest numbers keystrokes, so a search for an older one is dropped.
	latest      atomic.Int64
	stopKeydown func()
	searcher    searcher
	// limit is how many hits the results show.
	limit int
	// reports say what became of the files the reader added last (every
	// drop's, when drops overlap), adding how many are still being read or
	// indexed.
	reports []fileReport
	adding  int
	// library says whether the reader's files are being read or indexed.
	library libraryStatus
	// facetOpen unfolds the actor facet on narrow screens, where it is
	// folded at first.
	facetOpen bool
	// navigated is set by the first OnNav.
	navigated bool
	// typing is set from a keystroke's results until typing pauses: see
	// typingPause.
	typing bool
	// navQuery is the query of the last navigation, the search box's
	// value attribute (see setSearchBox).
	navQuery string
	// facetList is facetSet's actors as the facet lists them.
	facetSet  *actors.Set
	facetList []facetActor
}

func newExplorer(s *session) *explorer { return &explorer{s: s} }

// OnPreRender runs on the server, so the pre-rendered page shows the view of
// its URL before the wasm loads.
func (e *explorer) OnPreRender(ctx app.Context) { e.load(ctx) }

// OnInit runs before the first render. In the browser it reads the view
// from the URL there, so the page mounts showing what the pre-rendered HTML
// showed instead of flashing the empty first screen until OnNav.
func (e *explorer) OnInit() {
	if app.IsServer {
		return
	}
	e.shown = viewFromURL(app.Window().URL())
	e.navQuery = e.shown.Query
	e.findActorsIfNeeded()
	e.runSearch()
}

// actorsDelay is how long after the first results are drawn the explorer
// finds the actors, when the view did not need them at once: time for the
// browser to paint.
const actorsDelay = 30 * time.Millisecond

// findActorsIfNeeded finds the actors now if the view cannot be drawn
// without them.
func (e *explorer) findActorsIfNeeded() {
	if e.shown.needsActors() {
		e.s.env.FindActors()
	}
}

// actorsPending reports whether the actors show as still being found. In
// the browser they are until FindActors runs. The server pre-renders the
// browser's first frame, so its page shows them pending too unless the
// view needs them: the placeholders are lighter to lay out than a facet
// of chips while the wasm loads (sooner to the first results, as
// docs/bench.md measures), and the chips do not vanish when the wasm mounts only to
// come back after.
func (e *explorer) actorsPending() bool {
	return e.s.env.ActorsPending() || app.IsServer && !e.shown.needsActors()
}

// OnNav runs in the browser on every navigation, back and forward included.
// The page is ready once the URL's view is drawn: go-app dispatches the
// mount and the first navigation separately, and a click in between would
// act on the wrong view.
func (e *explorer) OnNav(ctx app.Context) {
	e.latest.Add(1) // a keystroke's search still due answers the view left
	ready := func(ctx app.Context) {
		markReady()
		if e.s.env.ActorsPending() {
			// Found after the results are on screen; the update then
			// draws the facet and the most named actors.
			ctx.After(actorsDelay, func(ctx app.Context) { e.s.env.FindActors() })
		}
	}
	if viewFromURL(ctx.Page().URL()) == e.shown && e.Mounted() && !e.navigated {
		// The first navigation, to the view OnInit drew: it is on screen
		// and live already, so there is nothing to search or wait for.
		e.navigated = true
		setTitle(ctx, e.s.env.Corpus, e.shown)
		ready(ctx)
	} else {
		e.navigated = true
		e.load(ctx)
		ctx.Defer(ready)
	}
	if e.shown.Passage != "" {
		id := "passage-" + e.shown.Passage
		ctx.Defer(func(ctx app.Context) { scrollToPassage(id) })
	}
}

// scrollToPassage brings a passage of the reader into view. On wide screens
// the reader scrolls on its own, so only it moves and the search stays put.
func scrollToPassage(id string) {
	el := app.Window().GetElementByID(id)
	if !el.Truthy() {
		return
	}
	reader := el.Call("closest", ".reader")
	if reader.Truthy() && reader.Get("scrollHeight").Int() > reader.Get("clientHeight").Int() {
		reader.Set("scrollTop", el.Get("offsetTop").Int()-reader.Get("clientHeight").Int()/4)
		return
	}
	el.Call("scrollIntoView")
}

func (e *explorer) load(ctx app.Context) {
	e.shown = viewFromURL(ctx.Page().URL())
	e.navQuery = e.shown.Query
	q := e.shown.Query
	ctx.Defer(func(app.Context) { setSearchBox(q) })
	e.findActorsIfNeeded()
	e.runSearch()
	setTitle(ctx, e.s.env.Corpus, e.shown)
}

// setTitle names the page after the corpus and the query.
func setTitle(ctx app.Context, c *corpus.Corpus, v view) {
	title := c.Name + " · Parallax"
	if v.Query != "" {
		title = v.Query + " · " + title
	}
	ctx.Page().SetTitle(title)
}

func (e *explorer) runSearch() {
	if e.limit == 0 {
		e.limit = resultsPage
	}
	e.result, e.why = e.searcher.run(e.s.env, e.shown.Query, e.shown.actorIDs(), e.limit)
	e.typing = false
}

// renderFacet shows the actor facet, or while the actors are being found
// a placeholder of about its size, so the results do not jump down when
// it comes.
func (e *explorer) renderFacet() app.UI {
	if e.actorsPending() {
		return elemClass("div", "facet facet-pending").Aria("busy", "true").Body(
			elemText("p", "Finding the people, organisations and places named…"),
		)
	}
	if why := e.s.env.ActorsErr; why != "" {
		return elemClass("div", "facet facet-failed").Attr("role", "status").Body(
			elemText("p", "The people, organisations and places named could not be found: "+why),
		)
	}
	// The counts follow every keystroke: the facet's height changes with
	// them, and a change after typing pauses would move the results just
	// as the reader reaches for one.
	if e.facetSet != e.s.env.Actors {
		// Made once per set of actors, not on every keystroke's render.
		e.facetSet, e.facetList = e.s.env.Actors, facetActors(e.s.env.Actors)
	}
	f := facet{actors: e.facetList, counts: e.actorCounts(), note: "Numbers: passages naming each actor.", about: true}
	return renderFacet(f, e.shown, e.facetOpen, e.toggleFacet)
}

// toggleFacet folds or unfolds the actor facet on narrow screens.
func (e *explorer) toggleFacet(ctx app.Context, ev app.Event) { e.facetOpen = !e.facetOpen }

// showMore shows another page of results.
func (e *explorer) showMore(ctx app.Context, ev app.Event) {
	e.limit += resultsPage
	e.runSearch()
}

// onInput records the query in the URL without a navigation (typing never
// remounts the page) and searches off the event handler: the keystroke is
// done at once, and a search whose query was overtaken by a newer keystroke
// is dropped before it runs and before it is shown.
func (e *explorer) onInput(ctx app.Context, ev app.Event) {
	q := ctx.JSSrc().Get("value").String()
	e.shown.Query = q
	seq := e.latest.Add(1)
	ids := e.shown.actorIDs()
	e.limit = resultsPage
	limit := e.limit
	env := e.s.env
	typedAt := address()
	ctx.Async(func() {
		if e.latest.Load() != seq {
			return
		}
		res, why := e.searcher.run(env, q, ids, limit)
		ctx.Dispatch(func(ctx app.Context) {
			if e.latest.Load() != seq {
				return
			}
			e.result, e.why, e.typing = res, why, true
			ctx.After(typingPause, func(ctx app.Context) {
				if e.latest.Load() == seq {
					e.typing = false
					replaceTypedURL(ctx, e.shown, typedAt)
				}
			})
		})
	})
}

// While typing, a keystroke draws the best typedHitsFirst hits, more than a
// screen holds; once typing pauses for typingPause, the rest of the page of
// results follows below them and the address bar gets the query. Drawing
// a hundred passages and rewriting the address (history.replaceState is
// slow) on every keystroke is what made typing lag, not the search.
const (
	typedHitsFirst = 20
	typingPause    = 150 * time.Millisecond
)

// drawnResult is the result as far as it is drawn.
func (e *explorer) drawnResult() search.Result {
	r := e.result
	if e.typing && len(r.Hits) > typedHitsFirst {
		r.Hits = r.Hits[:typedHitsFirst]
	}
	return r
}

// address is the page's address as the address bar shows it.
func address() string {
	if app.IsServer {
		return ""
	}
	return app.Window().Get("location").Get("href").String()
}

// replaceTypedURL writes v, the view a keystroke at address typedAt led
// to, into the address bar, unless the page went elsewhere since: a
// result clicked before typing paused has pushed its own address, which
// the keystroke must not overwrite. (go-app mounts the page afresh before
// it dispatches a navigation, and a pause can end in between, when the
// view is not yet the clicked one.)
func replaceTypedURL(ctx app.Context, v view, typedAt string) {
	if address() == typedAt {
		replaceURL(ctx, v)
	}
}

// replaceURL writes v into the address bar without adding a history entry.
// The URL is relative (the page's own path plus the query), so it never
// changes origin: that works at any base path, and from file://.
func replaceURL(ctx app.Context, v view) {
	if app.IsServer {
		return
	}
	loc := app.Window().Get("location")
	target := loc.Get("pathname").String() + v.query()
	app.Window().Get("history").Call("replaceState", nil, "", target)
}

func (e *explorer) Render() app.UI {
	if e.shown.Timeline {
		return elemClassBody("div", "page",
			renderHeader(e.s.env),
			elemClassBody("main", "layout",
				renderTimelineView(e.s.env, e.shown),
				e.renderSide(),
			),
			renderFooter(),
		)
	}
	if e.shown.Sources {
		e.s.env.FindActors()
		return elemClassBody("div", "page",
			renderHeader(e.s.env),
			renderSourcesOrFailure(e.s.env.Sources()),
			renderFooter(),
		)
	}
	if e.shown.Compare != "" {
		return elemClassBody("div", "page",
			renderHeader(e.s.env),
			renderCompare(e.s.env, e.shown),
			renderFooter(),
		)
	}
	return elemClassBody("div", "page",
		renderHeader(e.s.env),
		elemClassBody("main", "layout",
			// data-results-for names the query the results shown answer,
			// and data-library what the reader's files are going through,
			// for tests and the keystroke benchmark to wait on.
			elemClass("section", "search-pane").Aria("label", "Search").DataSet("results-for", e.result.Query).DataSet("actors-for", e.shown.Actors).DataSet("library", e.library.String()).Body(
				e.renderSearchBox(),
				e.renderFacet(),
				e.renderUnknownActors(),
				e.renderStatus(),
				e.renderList(),
			),
			e.renderSide(),
		),
		renderFooter(),
	)
}

// marksByPassage returns the matches of the current result by passage id.
func (e *explorer) marksByPassage() map[string][][2]int {
	m := make(map[string][][2]int, len(e.result.Hits))
	for _, h := range e.result.Hits {
		m[h.Passage] = h.Matches
	}
	return m
}

// renderList shows the articles when there is no query, else the results.
func (e *explorer) renderList() app.UI {
	if e.shown.Query == "" && e.shown.Actors == "" {
		return elemBody("div",
			renderCorpusOverview(e.s.env.Corpus, e.s.env.Actors, e.actorsPending()),
			e.renderLibrary(),
			renderArticleList(e.shownArticles(), e.shown),
		)
	}
	if e.shown.Query == "" {
		return renderArticleList(e.shownArticles(), e.shown)
	}
	return elemBody("div",
		when(e.s.env.IndexErr != "", func() app.UI {
			return elemClass("p", "notice index-failed").Attr("role", "status").Text("The articles could not be indexed, so nothing is found: " + e.s.env.IndexErr)
		}),
		renderResults(e.s.env.Corpus, e.drawnResult(), e.shown),
		e.renderMore(),
	)
}

// renderMore offers the results past the limit, if there are any.
func (e *explorer) renderMore() app.UI {
	shown, total := len(e.result.Hits), e.result.Total
	if total <= shown {
		return nil
	}
	return elemClassBody("p", "more",
		app.Text("Showing the best "+strconv.Itoa(shown)+" of "+plural(total, "passage")+". "),
		button("more-button").Text("Show "+strconv.Itoa(min(resultsPage, total-shown))+" more").OnClick(e.showMore),
	)
}

// renderSide shows the article reader or the actor view, if either is open.
func (e *explorer) renderSide() app.UI {
	switch {
	case e.shown.Article != "" && e.shown.Timeline:
		return renderReader(e.s.env.Corpus, e.shown, eventMarks(e.s.env.Events(), e.shown.Article))
	case e.shown.Article != "":
		return renderReader(e.s.env.Corpus, e.shown, e.marksByPassage())
	case e.shown.Who != "":
		return renderActorView(e.s.env.Corpus, e.s.env.Actors, e.shown)
	}
	return nil
}

// shownArticles are the articles naming every chosen actor.
func (e *explorer) shownArticles() []*corpus.Article {
	known, _ := knownActors(e.s.env.Actors, e.shown.actorIDs())
	var out []*corpus.Article
	for _, a := range e.s.env.Corpus.Articles {
		all := true
		for _, id := range known {
			if e.s.env.Actors.Actor(id).Mentions[a.ID] == 0 {
				all = false
				break
			}
		}
		if all {
			out = append(out, a)
		}
	}
	return out
}

// actorCounts counts, for each actor, the passages now shown that name it:
// the results of the query, or every passage of the articles shown.
func (e *explorer) actorCounts() map[string]int {
	counts := map[string]int{}
	add := func(passage string) {
		for _, id := range e.s.env.Actors.InPassage(passage) {
			counts[id]++
		}
	}
	if e.shown.Query != "" {
		for _, h := range e.result.Hits {
			add(h.Passage)
		}
		return counts
	}
	keep := keepActors(e.s.env.Actors, e.shown.actorIDs())
	for _, a := range e.shownArticles() {
		for _, p := range a.Paragraphs {
			if keep == nil || keep(p.ID) {
				add(p.ID)
			}
		}
	}
	return counts
}

// renderUnknownActors reports actor ids in the URL that the corpus lacks.
func (e *explorer) renderUnknownActors() app.UI {
	_, unknown := knownActors(e.s.env.Actors, e.shown.actorIDs())
	if len(unknown) == 0 {
		return nil
	}
	return elemClassText("p", "status", "This link filters by actors the corpus does not name ("+strings.Join(unknown, ", ")+"); they are ignored.")
}

func (e *explorer) renderSearchBox() app.UI {
	placeholder := "Search the articles: a name, a place, or a phrase in quotation marks"
	if !e.actorsPending() {
		placeholder = searchPlaceholder(e.s.env.Actors)
	}
	return renderSearchBox(e.navQuery, placeholder, e.onInput)
}

// renderSearchBox is the search form: its box holds value (the query of
// the last navigation, see setSearchBox) and calls onInput on each key.
func renderSearchBox(value, placeholder string, onInput app.EventHandler) app.UI {
	return elemClass("form", "search").Attr("role", "search").OnSubmit(func(ctx app.Context, ev app.Event) { ev.PreventDefault() }).Body(
		app.Elem("label").Attr("for", "q").Class("visually-hidden").Text("Search the articles"),
		app.ElemSelfClosing("input").
			ID("q").
			Attr("name", "q").
			Attr("type", "search").
			Class("search-input").
			Attr("placeholder", placeholder).
			Attr("autofocus", true).
			Attr("autocomplete", "off").
			Attr("spellcheck", "false").
			Attr("value", value).
			OnInput(onInput),
	)
}

func (e *explorer) renderStatus() app.UI {
	if e.shown.Query == "" {
		return elemClassText("p", "status", "Type to search every passage. Words must all match; typos are forgiven. Press / to search, ↓ ↑ to move through results, Enter to open one.")
	}
	if e.result.Total == 0 {
		return renderEmpty(e.shown, e.why)
	}
	q, ids := e.shown.Query, e.shown.actorIDs()
	all := func() search.Result { return e.s.env.Index.Search(q, searchOptions(e.s.env, ids, 0)) }
	return elemBody("div",
		elemClass("p", "status").Aria("live", "polite").Text(plural(e.result.Total, "passage")+" in "+plural(e.result.Articles, "article")+resultNotes(e.result)),
		renderExports("these results", "parallax-results",
			func(w io.Writer) error { return export.ResultsCSV(w, e.s.env.Corpus, all()) },
			func() any { return all() }),
	)
}
