package app

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/search"
)

// ShardsEnv is the variable of the page environment holding the URL of
// the sharded index's folder (ending in "/"), when the site was built in
// the sharded form for a large corpus (docs/large-corpora.md).
const ShardsEnv = "PARALLAX_SHARDS"

// ShardsDir is the sharded index's folder at the site's root.
const ShardsDir = "shards"

// ShardedEnv is what the explorer over a sharded index reads: the corpus's
// name and size, and in the browser the search.Remote that fetches the
// files a query or an article needs. The page never holds the corpus.
type ShardedEnv struct {
	Name     string
	Articles int
	Passages int

	// mu serializes the Remote's use: it is not safe for concurrent use,
	// and a keystroke's search and an article's opening run apart.
	mu     sync.Mutex
	remote *search.Remote // nil on the server, which only pre-renders
	// fetch fetches a file of the sharded index by its name; nil on the
	// server. published holds the event pages it fetched, quotes the
	// quote files.
	fetch     func(name string) ([]byte, error)
	published published
	quotes    quoteFiles
}

// NewShardedEnv is the environment of the pre-rendered page: the shell
// of the explorer, which the browser fills from the shards.
func NewShardedEnv(name string, articles, passages int) *ShardedEnv {
	return &ShardedEnv{Name: name, Articles: articles, Passages: passages}
}

// OpenShards opens, in the browser, the sharded index at the URL the page
// environment gives (ShardsEnv), reading its meta file. It waits for the
// download, so call it from the wasm main.
func OpenShards() (*ShardedEnv, error) {
	base := app.Getenv(ShardsEnv)
	fetch := func(name string) ([]byte, error) { return fetchBytes(base + name) }
	r, err := search.OpenRemote(fetch)
	if err != nil {
		return nil, errors.New("opening the index of the articles failed (" + err.Error() + "): check the connection and reload")
	}
	r.SetRangeFetch(func(name string, from, to int64) ([]byte, error) { return fetchRange(base+name, from, to) })
	r.SetRequestCost(browserRequestBytes)
	return &ShardedEnv{Name: r.Name(), Articles: r.Articles(), Passages: r.Passages(), remote: r, fetch: fetch}, nil
}

// browserRequestBytes is what one more request costs the page, in bytes
// of transfer: a browser sends six at a time to a host that speaks
// HTTP/1.1, so each waits about a sixth of a round trip (40 ms at 20
// Mbit/s: about 16 kB). Over HTTP/2 requests go together, but a fair
// browser run there (100,000 articles, a request counted as 2 kB) read
// "Kim Jong Un" in 285 kB and 2.3 s against 509 kB and 1.8 s: the
// rounds of passages' text cost the time, not the requests
// (docs/large-corpora.md). So the page counts every host so.
const browserRequestBytes = 16 << 10

// Sharded reports whether the page was built over a sharded index.
func Sharded() bool { return app.Getenv(ShardsEnv) != "" }

// errOvertaken is the error of a search a newer one made useless before
// it ran.
var errOvertaken = errors.New("overtaken by a newer search")

// shardResult is what a search over the shards shows: the hits, their
// articles' fields, the actors each hit names, the chosen actors, and
// with neither a query nor an actor the corpus's most named actors.
type shardResult struct {
	search.Result
	metas  map[string]corpus.Meta
	labels map[string][]search.Label // by passage id
	chosen []search.Label
	// unknown are chosen actor ids the index does not know.
	unknown []string
	// actors are the chosen ids as the view gave them.
	actors string
	top    []search.LabelCount
}

// search runs q among the passages naming every actor in ids, at most
// limit hits, unless wanted, asked once the Remote is free and before
// each round of fetching, says it no longer is: keystrokes come faster
// than their files, and a search is usually overtaken by the next
// keystroke before it fetches its hits' text. pause, when not nil, runs
// before the first round of fetching (search.Remote.SearchPaced).
func (e *ShardedEnv) search(q string, ids []string, limit int, pause func(), wanted func() bool) (shardResult, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	out := shardResult{Result: search.Result{Query: q, Hits: []search.Hit{}}, actors: strings.Join(ids, ",")}
	if !wanted() {
		return out, errOvertaken
	}
	if e.remote == nil {
		return out, nil
	}
	r := e.remote
	// keep stays nil (every passage) unless an actor is chosen.
	var keep []int32
	for _, id := range ids {
		l, ps, err := r.Label(id)
		if err != nil {
			return out, err
		}
		if l.ID == "" {
			out.unknown = append(out.unknown, id)
			continue
		}
		if len(out.chosen) == 0 {
			keep = append([]int32{}, ps...)
		} else {
			keep = intersect(keep, ps)
		}
		out.chosen = append(out.chosen, l)
	}
	var err error
	switch {
	case strings.TrimSpace(q) != "":
		out.Result, err = r.SearchPaced(q, limit, keep, pause, func() bool { return !wanted() })
		if errors.Is(err, search.ErrStopped) {
			return out, errOvertaken
		}
	case keep != nil:
		out.Result, err = r.List(keep, limit)
	default:
		out.top, err = r.TopLabels()
	}
	out.Query = q
	out.metas = map[string]corpus.Meta{}
	out.labels = map[string][]search.Label{}
	for _, h := range out.Hits {
		if m, ok := r.Meta(h.Article); ok {
			out.metas[h.Article] = m
		}
		out.labels[h.Passage] = r.LabelsOf(h.Passage)
	}
	return out, err
}

// intersect returns the passages in both sorted lists.
func intersect(a, b []int32) []int32 {
	out := []int32{}
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// article opens article id; nil and no error when there is none.
func (e *ShardedEnv) article(id string) (*corpus.Article, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.remote == nil {
		return nil, nil
	}
	return e.remote.Article(id)
}

// shardedPage is how many passages the sharded explorer shows at first,
// and how many more each "Show more" adds: a screen's worth. Each hit
// costs a text file, and a one-word query of at most a postings head's
// hits reads only the heads (docs/large-corpora.md), so a page of 20
// fetches about a fifth of the bytes of a page of 100.
const shardedPage = 20

// RegisterSharded registers the routes of the explorer over a sharded
// index: the same paths as Register, one page for them all.
func RegisterSharded(e *ShardedEnv) {
	page := func() app.Composer { return &shardExplorer{env: e} }
	for _, p := range Paths {
		app.RouteFunc(p, page)
	}
	other := func() app.Composer {
		return &notFound{header: func() app.UI { return renderShardHeader(e) }}
	}
	if app.IsClient {
		if p := pagePath(); !slices.Contains(Paths, p) {
			app.RouteFunc(p, other)
		}
		return
	}
	app.RouteWithRegexpFunc("^/.+", other)
}

// shardExplorer is the explorer over a sharded index: search as you type,
// results with their highlights and "Show more", the actor filter, the
// reader, the timeline and the comparison's events and pairs (found when
// the site was built), each fetching only the files it needs. Its fields
// are unexported, as the explorer's are: see explorer.
type shardExplorer struct {
	app.Compo
	env *ShardedEnv

	shown  view
	result shardResult
	// failure says why the last search or article could not be fetched.
	failure string
	// searching is set while a search's files are fetched.
	searching bool
	reading   *corpus.Article
	// opening is the id of the article being fetched.
	opening string
	limit   int
	// timeline is the timeline's pages fetched, when the view is the
	// timeline; timelineErr says why a page could not be fetched.
	timeline    shardTimeline
	timelineErr string
	// comparison is the comparison fetched, when the view is one;
	// comparisonErr says why it could not be, and comparing that it
	// is being fetched.
	comparison    shardCompare
	comparisonErr string
	comparing     bool
	// actor is the actor view's actor and passages, when the view is
	// one; actorErr says why they could not be fetched.
	actor    shardActor
	actorErr string

	latest      atomic.Int64
	stopKeydown func()
	facetOpen   bool
	// navQuery is the query of the last navigation, the search box's
	// value attribute (see setSearchBox).
	navQuery string
}

// OnMount listens for the explorer's keys.
func (e *shardExplorer) OnMount(ctx app.Context) { e.stopKeydown = listenForKeys() }

// OnDismount stops listening.
func (e *shardExplorer) OnDismount() {
	if e.stopKeydown != nil {
		e.stopKeydown()
	}
}

// OnNav reads the view from the URL, then searches and opens the article
// it names.
func (e *shardExplorer) OnNav(ctx app.Context) {
	e.shown = viewFromURL(ctx.Page().URL())
	e.navQuery = e.shown.Query
	q := e.shown.Query
	ctx.Defer(func(app.Context) { setSearchBox(q) })
	title := e.env.Name + " · Parallax"
	if e.shown.Query != "" {
		title = e.shown.Query + " · " + title
	}
	ctx.Page().SetTitle(title)
	e.limit = shardedPage
	e.search(ctx, time.Time{}, func(ctx app.Context) { markReady() })
	e.open(ctx)
	if e.shown.Timeline && e.timeline.pages == 0 {
		e.loadTimeline(ctx, 1)
	}
	if e.shown.Compare != "" && e.comparison.asked != e.shown.Compare {
		e.loadCompare(ctx, 1)
	}
	if e.shown.Who != "" && e.actor.who != e.shown.Who {
		e.loadActor(ctx, shardedPage)
	}
}

// search runs the view's query and actors off the UI goroutine and
// shows the results unless a newer keystroke overtook them; then calls
// done. A keystroke's search (typed not zero: when the key came) that
// ends in a short prefix being typed (search.ShortPrefix: "Ki", "Kim
// Jon") and needs files not fetched yet waits until typingPause has
// passed since the key: such prefixes match hundreds of words, and keys
// typed faster than that fetch nothing for them. A longer word fetches at
// once, as what it fetches serves the keys after it, and a keystroke
// answered from the files fetched shows at once.
func (e *shardExplorer) search(ctx app.Context, typed time.Time, done func(app.Context)) {
	seq := e.latest.Add(1)
	limit, q, ids := e.limit, e.shown.Query, e.shown.actorIDs()
	e.searching = true
	var pause func()
	if !typed.IsZero() && search.ShortPrefix(q) {
		pause = func() { time.Sleep(typingPause - time.Since(typed)) }
	}
	ctx.Async(func() {
		if e.latest.Load() != seq {
			return
		}
		res, err := e.env.search(q, ids, limit, pause, func() bool { return e.latest.Load() == seq })
		ctx.Dispatch(func(ctx app.Context) {
			if e.latest.Load() != seq || err == errOvertaken {
				return
			}
			e.searching = false
			e.failure = ""
			if err != nil {
				res, e.failure = shardResult{Result: search.Result{Query: q}, actors: strings.Join(ids, ",")}, err.Error()
			}
			e.result = res
			done(ctx)
		})
	})
}

// open fetches the article the view names, if it is not open already.
func (e *shardExplorer) open(ctx app.Context) {
	id := e.shown.Article
	if id == "" {
		e.reading, e.opening = nil, ""
		return
	}
	if e.reading != nil && e.reading.ID == id || e.opening == id {
		return
	}
	e.opening = id
	ctx.Async(func() {
		a, err := e.env.article(id)
		ctx.Dispatch(func(ctx app.Context) {
			if e.opening != id {
				return
			}
			e.opening = ""
			switch {
			case err != nil:
				e.reading, e.failure = nil, err.Error()
			case a == nil:
				e.reading = &corpus.Article{Meta: corpus.Meta{ID: id}}
			default:
				e.reading = a
			}
			if e.shown.Passage != "" {
				target := "passage-" + e.shown.Passage
				ctx.Defer(func(ctx app.Context) { scrollToPassage(target) })
			}
		})
	})
}

// onInput searches as the reader types and keeps the query in the URL.
func (e *shardExplorer) onInput(ctx app.Context, ev app.Event) {
	q := ctx.JSSrc().Get("value").String()
	e.shown.Query = q
	e.limit = shardedPage
	typedAt := address()
	e.search(ctx, time.Now(), func(ctx app.Context) { replaceTypedURL(ctx, e.shown, typedAt) })
}

// showMore asks for another page of results.
func (e *shardExplorer) showMore(ctx app.Context, ev app.Event) {
	e.limit += shardedPage
	e.search(ctx, time.Time{}, func(app.Context) {})
}

func (e *shardExplorer) Render() app.UI {
	if e.shown.Sources {
		return elemClassBody("div", "page",
			renderShardHeader(e.env),
			e.renderNotInThisForm(),
			renderFooter(),
		)
	}
	if e.shown.Compare != "" {
		return elemClassBody("div", "page",
			renderShardHeader(e.env),
			e.renderShardCompare(),
			renderFooter(),
		)
	}
	if e.shown.Timeline {
		return elemClassBody("div", "page",
			renderShardHeader(e.env),
			elemClassBody("main", "layout",
				e.renderShardTimeline(),
				e.renderSide(),
			),
			renderFooter(),
		)
	}
	return elemClassBody("div", "page",
		renderShardHeader(e.env),
		elemClassBody("main", "layout",
			elemClass("section", "search-pane").Aria("label", "Search").DataSet("results-for", e.result.Query).DataSet("actors-for", e.result.actors).DataSet("form", "shards").Body(
				e.renderSearchBox(),
				elemClassBody("p", "status sharded-note",
					app.Text("This site holds "+plural(e.env.Articles, "article")+" in the sharded form: the page fetches only what a search, an actor, an article or "),
					linkText(view{Query: e.shown.Query, Actors: e.shown.Actors, Timeline: true}.query(), "the timeline"),
					app.Text(" needs. "),
					linkText(view{Compare: "all"}.query(), "The comparison"),
					app.Text(" lists the events several articles report and which copies which, found when the site was built."),
				),
				e.renderFacet(),
				e.renderStatus(),
				e.renderResults(),
			),
			e.renderSide(),
		),
		renderFooter(),
	)
}

// renderSide shows the actor view or the reader, if the view opens one.
func (e *shardExplorer) renderSide() app.UI {
	if e.shown.Who != "" {
		return e.renderShardActor()
	}
	return e.renderReader()
}

// renderNotInThisForm says that the sourcing view, which needs every
// article in the page, is not in the sharded form, and offers what is.
func (e *shardExplorer) renderNotInThisForm() app.UI {
	what := "The sourcing view (whose words each outlet carries)"
	instead := []app.UI{linkText(view{Compare: "all"}.query(), "the events and copies the build found")}
	return elemClassBody("main", "compare",
		elemText("h2", "Not at this size"),
		elemText("p", what+" needs every article in the page, and this site holds "+plural(e.env.Articles, "article")+" in the sharded form, which fetches only what each view needs."),
		elemBody("p", append([]app.UI{app.Text("Open ")}, append(instead, app.Text(", or "), linkText(view{}.query(), "search the articles"), app.Text("."))...)...),
	)
}

// renderShardHeader shows the corpus name and size.
func renderShardHeader(e *ShardedEnv) app.UI {
	return elemClassBody("header", "top",
		link(rootURL()).Class("brand").Body(
			brandMark(),
			elemText("span", "Parallax"),
		),
		elemClassBody("div", "corpus",
			elemClassText("h1", "corpus-name", e.Name),
			elemClassText("p", "counts", plural(e.Articles, "article")+" · "+plural(e.Passages, "passage")),
		),
		noScriptNotice(),
		elemClass("nav", "top-links").Aria("label", "Views").Body(
			linkText(rootURL(), "Search"),
			linkText(view{Compare: "all"}.query(), "Compare sources"),
			linkText(view{Timeline: true}.query(), "Timeline"),
		),
	)
}

func (e *shardExplorer) renderSearchBox() app.UI {
	return renderSearchBox(e.navQuery, "Search "+plural(e.env.Articles, "article")+": typos are forgiven", e.onInput)
}

func (e *shardExplorer) renderStatus() app.UI {
	switch {
	case e.failure != "":
		return elemClass("p", "status error").Attr("role", "alert").Text(networkMessage(e.failure))
	case len(e.result.unknown) > 0 && !e.searching:
		return elemClassText("p", "status", "This link filters by actors the corpus does not name ("+strings.Join(e.result.unknown, ", ")+"): remove them from the link, or pick actors from the list.")
	case e.shown.Query == "" && e.shown.Actors == "":
		return elemClassText("p", "status", "Type to search every passage. Words must all match; typos are forgiven. Press / to search, ↓ ↑ to move through results, Enter to open one.")
	case e.searching && e.result.Query != e.shown.Query:
		return elemClass("p", "status").Aria("busy", "true").Text("Searching…")
	case e.shown.Query == "":
		return elemClass("p", "status").Aria("live", "polite").Text(plural(e.result.Total, "passage") + " in " + plural(e.result.Articles, "article") + " name " + joinList(labelNames(e.result.chosen)))
	case e.result.Total == 0:
		return elemClassText("p", "status empty", "No passage matches “"+e.shown.Query+"”. Check the spelling of the rarest word, or drop a word: every word must match.")
	}
	count := plural(e.result.Total, "passage") + " in " + plural(e.result.Articles, "article")
	if e.result.Estimated {
		// Of the articles, only those of the passages read are known:
		// too few to be worth a figure.
		count = "At least " + plural(e.result.Total, "passage") + " (an estimate: the index read only each word's best passages)"
	}
	return elemClass("p", "status").Aria("live", "polite").Text(count + resultNotes(e.result.Result))
}

// networkMessage turns a failed fetch into what the reader can do.
func networkMessage(err string) string {
	return "This needs the network: part of the index it reads was never fetched on this device, and fetching it failed (" + err + "). Searches typed before work offline; try this one again when online."
}

func (e *shardExplorer) renderResults() app.UI {
	if e.shown.Query == "" && e.shown.Actors == "" || e.failure != "" {
		return nil
	}
	type group struct {
		meta corpus.Meta
		hits []search.Hit
	}
	var groups []group
	at := map[string]int{}
	for _, h := range e.result.Hits {
		i, ok := at[h.Article]
		if !ok {
			i = len(groups)
			at[h.Article] = i
			m, known := e.result.metas[h.Article]
			if !known {
				m = corpus.Meta{ID: h.Article, Title: h.Article}
			}
			groups = append(groups, group{meta: m})
		}
		groups[i].hits = append(groups[i].hits, h)
	}
	v := e.shown
	return elemBody("div",
		elemClass("ol", "results").Aria("label", "Results").Body(
			app.Range(groups).Slice(func(i int) app.UI {
				g := groups[i]
				return elemClassBody("li", "result-group",
					elemClassBody("h2", "result-title",
						linkText(view{Query: v.Query, Actors: v.Actors, Article: g.meta.ID}.query(), g.meta.Title),
					),
					renderByline(&corpus.Article{Meta: g.meta}),
					renderPassages(g.hits, v),
				)
			}),
		),
		e.renderMore(),
	)
}

// renderMore offers the results past the limit, if there are any. The
// button stays while more are fetched: the update of a search started
// from its click is dispatched to it, and go-app drops an update whose
// element is gone.
func (e *shardExplorer) renderMore() app.UI {
	shown, total := len(e.result.Hits), e.result.Total
	if total <= shown {
		return nil
	}
	return elemClassBody("p", "more",
		app.Text("Showing the best "+strconv.Itoa(shown)+". "),
		button("more-button").Text("Show "+strconv.Itoa(shardedPage)+" more").OnClick(e.showMore),
	)
}

// renderReader shows the open article, or says it is being fetched.
func (e *shardExplorer) renderReader() app.UI {
	v := e.shown
	switch {
	case v.Article == "":
		return nil
	case e.reading == nil || e.reading.ID != v.Article:
		return elemClass("article", "reader").Aria("busy", "true").Body(
			elemText("h2", "Opening the article…"),
		)
	case e.reading.Title == "" && len(e.reading.Paragraphs) == 0:
		return elemClassBody("article", "reader",
			elemText("h2", "No such article"),
			elemText("p", "This link names an article (“"+v.Article+"”) that is not in the corpus. Search for it instead."),
			linkText(v.closed().query(), "Back to the search"),
		)
	}
	a := e.reading
	marks := map[string][][2]int{}
	for _, h := range e.result.Hits {
		marks[h.Passage] = h.Matches
	}
	return elemClass("article", "reader").Aria("label", "Article reader").Body(
		link(v.closed().query()).Class("close").Aria("label", "Close the article").Text("×"),
		elemClassText("h2", "reader-title", a.Title),
		renderArticleMeta(a),
		elemClassBody("div", "reader-text",
			app.Range(a.Blocks).Slice(func(i int) app.UI { return renderBlock(a, a.Blocks[i], v, marks) }),
		),
	)
}

// labelNames returns the names of labels.
func labelNames(ls []search.Label) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.Name
	}
	return out
}

// renderFacet lists the actors the shown passages name, with how many of
// them name each, or with no query and no actor chosen the corpus's most
// named actors; a chip filters by its actor, over every passage.
func (e *shardExplorer) renderFacet() app.UI {
	r := e.result
	f := facet{counts: map[string]int{}, about: true}
	seen := map[string]bool{}
	add := func(l search.Label) {
		if !seen[l.ID] {
			seen[l.ID] = true
			f.actors = append(f.actors, facetActor{l.ID, l.Name, actors.Kind(l.Kind)})
		}
	}
	for _, l := range r.chosen {
		add(l)
	}
	if e.shown.Query == "" && e.shown.Actors == "" {
		for _, t := range r.top {
			add(t.Label)
			f.counts[t.ID] = t.Passages
		}
		f.note = "The most named in the corpus. Numbers: passages naming each actor."
	} else {
		for _, h := range r.Hits {
			for _, l := range r.labels[h.Passage] {
				add(l)
				f.counts[l.ID]++
			}
		}
		f.note = "Numbers: of the " + plural(len(r.Hits), "passage") + " shown, those naming each actor. Choosing one searches every passage naming them."
	}
	return renderFacet(f, e.shown, e.facetOpen, func(ctx app.Context, ev app.Event) { e.facetOpen = !e.facetOpen })
}
