package app

import (
	"errors"
	"strconv"
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/corpus"
)

// eventsDir is the sharded index's folder of published events (the
// build's site.EventsDir).
const eventsDir = "events/"

// shardCompare is what the sharded comparison shows: the pages of events
// fetched so far, or one pair's comparison and its two articles.
type shardCompare struct {
	// asked is the compare= value it answers.
	asked string
	pages []*compare.EventPage
	pair  *compare.Result
	a, b  *corpus.Article
	names map[string]string
	// unpaired says the build compared no such pair, and missing names
	// an article of the pair the index does not hold.
	unpaired bool
	missing  string
}

// published holds the event pages an env fetched, which a navigation
// back to the overview reuses.
type published struct {
	mu    sync.Mutex
	pages map[int]*compare.EventPage
}

// eventPage fetches page n of the published events.
func (e *ShardedEnv) eventPage(n int) (*compare.EventPage, error) {
	e.published.mu.Lock()
	defer e.published.mu.Unlock()
	if p := e.published.pages[n]; p != nil {
		return p, nil
	}
	if e.fetch == nil {
		return &compare.EventPage{}, nil
	}
	data, err := e.fetch(eventsDir + strconv.Itoa(n) + ".bin")
	if err != nil {
		if strings.Contains(err.Error(), "HTTP 404") {
			return nil, errors.New("this site was built before Parallax published the events of large corpora: build it again with parallax build to compare sources")
		}
		return nil, err
	}
	p := &compare.EventPage{}
	if err := compare.Decode(data, p); err != nil {
		return nil, errors.New("the events file " + strconv.Itoa(n) + " is damaged: build the site again (" + err.Error() + ")")
	}
	if e.published.pages == nil {
		e.published.pages = map[int]*compare.EventPage{}
	}
	e.published.pages[n] = p
	return p, nil
}

// comparison fetches what the view's compare= asks for: the first pages
// of events, or the comparison of a pair and its two articles.
func (e *ShardedEnv) comparison(v view, pages int) (shardCompare, error) {
	out := shardCompare{asked: v.Compare}
	first, err := e.eventPage(0)
	if err != nil {
		return out, err
	}
	if v.Compare == "all" {
		out.pages = append(out.pages, first)
		for n := 1; n < min(pages, first.Pages); n++ {
			p, err := e.eventPage(n)
			if err != nil {
				return out, err
			}
			out.pages = append(out.pages, p)
		}
		return out, nil
	}
	ids := strings.Split(v.Compare, ",")
	if len(ids) != 2 || ids[0] == ids[1] || e.fetch == nil {
		return out, nil
	}
	data, err := e.fetch(eventsDir + "pairs/" + strconv.Itoa(compare.PairFileOf(ids[0], ids[1], first.PairFiles)) + ".bin")
	if err != nil {
		return out, err
	}
	var f compare.PairFile
	if err := compare.Decode(data, &f); err != nil {
		return out, errors.New("a comparison file is damaged: build the site again (" + err.Error() + ")")
	}
	r, ok := f.Find(ids[0], ids[1])
	if !ok {
		for _, id := range ids {
			if a, err := e.article(id); err != nil || a == nil {
				out.missing = id
				return out, err
			}
		}
		out.unpaired = true
		return out, nil
	}
	for _, id := range []string{r.A, r.B} {
		a, err := e.article(id)
		if err != nil {
			return out, err
		}
		if a == nil {
			return out, errors.New("the comparison names an article (" + id + ") the index does not hold: build the site again")
		}
		if out.a == nil {
			out.a = a
		} else {
			out.b = a
		}
	}
	out.pair, out.names = &r, f.Names
	return out, nil
}

// loadCompare fetches the comparison the view asks for, pages of events
// at most, off the UI goroutine.
func (e *shardExplorer) loadCompare(ctx app.Context, pages int) {
	v := e.shown
	e.comparing = true
	ctx.Async(func() {
		c, err := e.env.comparison(v, pages)
		ctx.Dispatch(func(ctx app.Context) {
			if e.shown.Compare != v.Compare {
				return // the reader moved on
			}
			e.comparing = false
			e.comparison, e.comparisonErr = c, ""
			if err != nil {
				e.comparisonErr = err.Error()
			}
		})
	})
}

// moreEvents fetches the next page of events.
func (e *shardExplorer) moreEvents(ctx app.Context, ev app.Event) {
	e.loadCompare(ctx, len(e.comparison.pages)+1)
}

// renderShardCompare shows the published events, or one pair side by
// side, as the in-memory comparison does.
func (e *shardExplorer) renderShardCompare() app.UI {
	c := e.comparison
	switch {
	case e.comparisonErr != "":
		return elemClassBody("main", "compare",
			elemText("h2", "Comparing sources"),
			elemClass("p", "status error").Attr("role", "alert").Text(networkMessage(e.comparisonErr)),
		)
	case c.asked != e.shown.Compare || e.comparing && c.pair == nil && len(c.pages) == 0:
		return elemClassBody("main", "compare",
			elemText("h2", "Comparing sources"),
			elemClass("p", "status").Aria("busy", "true").Text("Fetching the comparison…"),
		)
	case e.shown.Compare != "all" && c.pair != nil:
		return renderPairView(c.a, c.b, *c.pair, func(id string) string { return c.names[id] },
			func(id string) string { return view{Actors: id}.query() })
	case e.shown.Compare != "all" && c.missing != "":
		return renderCompareProblem("This link names an article (“" + c.missing + "”) that is not in the corpus.")
	case e.shown.Compare != "all" && c.unpaired:
		return renderCompareProblem("At this size Parallax compares in advance only the articles of each event it found: these two were not found to report one event. Open the overview to see the events and their copies.")
	case e.shown.Compare != "all":
		return renderCompareProblem("Choose two different articles to compare: ?compare=A,B names them by id.")
	}
	var events []compare.Event
	info := map[string]compare.ArticleInfo{}
	total, pages := 0, 0
	for _, p := range c.pages {
		events = append(events, p.Events...)
		for id, a := range p.Articles {
			info[id] = a
		}
		total, pages = p.Total, p.Pages
	}
	title := func(id string) string {
		if a, ok := info[id]; ok && (a.Outlet != "" || a.Published != "") {
			return strings.Join(nonEmpty(a.Outlet, a.Published), " · ")
		}
		return id
	}
	headline := func(id string) string { return info[id].Title }
	var more []app.UI
	if len(c.pages) < pages {
		more = append(more, button("more-button").Text("Show more events").OnClick(e.moreEvents))
	}
	return elemClass("main", "compare").Aria("label", "Overview of the sources").DataSet("events-shown", len(events)).Body(
		elemText("h2", "How the sources overlap"),
		elemClassText("p", "status", "This site holds "+plural(e.env.Articles, "article")+": too many for a matrix of every pair. "+
			"When it was built, Parallax compared the articles that share passages, and lists here the "+plural(total, "event")+" several of them report, the largest first, with which article reprints or rewrites which. "+
			"Independent reports of one event that share no passage are not grouped at this size."),
		renderRelationLegend(),
		renderEventList(events, title, headline, more...),
		elemBody("p", linkText(view{}.query(), "Back to the search")),
	)
}

// nonEmpty returns the strings that are not empty.
func nonEmpty(s ...string) []string {
	var out []string
	for _, x := range s {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
}
