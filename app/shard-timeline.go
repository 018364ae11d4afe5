package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/dates"
	"github.com/parallax-news/parallax/search"
)

// shardTimeline is what the sharded timeline shows: the pages of entries
// fetched so far, in order, and the index's counts.
type shardTimeline struct {
	entries          []search.Dated
	pages, of        int // pages fetched, pages in all
	events, articles int
}

// timeline fetches the first pages of the timeline.
func (e *ShardedEnv) timeline(pages int) (shardTimeline, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.remote == nil {
		return shardTimeline{}, nil
	}
	r := e.remote
	t := shardTimeline{of: r.TimelinePages()}
	t.events, t.articles = r.TimelineCounts()
	for n := 0; n < min(pages, t.of); n++ {
		page, err := r.Timeline(n)
		if err != nil {
			return t, err
		}
		t.entries = append(t.entries, page...)
		t.pages++
	}
	return t, nil
}

// chronologyOf groups timeline entries as the in-memory timeline groups
// its articles and events, so both forms draw the same chronology.
func chronologyOf(entries []search.Dated) []*chronoGroup {
	var published []*corpus.Article
	var events []dates.Event
	for _, d := range entries {
		a := &corpus.Article{Meta: corpus.Meta{ID: d.Article, Title: d.Title, Outlet: d.Outlet, Published: d.Published}}
		if !d.Event() {
			published = append(published, a)
			continue
		}
		from, err1 := time.Parse(time.DateOnly, d.From)
		to, err2 := time.Parse(time.DateOnly, d.To)
		if err1 != nil || err2 != nil {
			continue // a damaged entry: left out rather than misplaced
		}
		events = append(events, dates.Event{
			Mention: dates.Mention{Phrase: d.Sentence[d.Start:d.End], Start: d.Start, End: d.End, From: from, To: to, Precision: dates.Precision(d.Precision), Relative: d.Relative},
			Article: a,
			Passage: &corpus.Paragraph{ID: d.Passage, N: d.N, Text: d.Sentence},
		})
	}
	return chronology(published, events)
}

// renderShardTimeline shows the timeline of a sharded index, a page of
// entries at a time.
func (e *shardExplorer) renderShardTimeline() app.UI {
	t := e.timeline
	groups := chronologyOf(t.entries)
	return elemClass("section", "timeline-view").Aria("label", "Timeline").DataSet("timeline-pages", t.pages).Body(
		elemText("h2", "Timeline"),
		elemClassBody("p", "timeline-intro",
			app.Text(plural(t.events, "dated event")+" reported in "+plural(t.articles, "article")+", beside the dates the articles were published. "),
			app.Text("A phrase such as “on Tuesday” or “last month” is placed by reading it against its article's date, and only where it has one reading. "),
			linkText(view{Query: e.shown.Query, Actors: e.shown.Actors}.query(), "Back to the search"),
			app.Text("."),
		),
		when(e.shown.Actors != "", func() app.UI {
			return elemClassText("p", "notice", "At this size the timeline is not filtered by actor: it shows every event.")
		}),
		when(e.timelineErr != "", func() app.UI {
			return elemClass("p", "status error").Attr("role", "alert").Text(networkMessage(e.timelineErr))
		}),
		when(len(groups) == 0 && e.timelineErr == "" && t.pages == t.of, func() app.UI {
			return elemClassText("p", "empty", "No dated event to place: no passage here says when something happened in a way that can be read against its article's date.")
		}),
		elemClassBody("ol", "chronology",
			app.Range(groups).Slice(func(i int) app.UI { return renderChronoGroup(groups[i], e.shown) }),
		),
		when(t.pages < t.of, func() app.UI {
			return button("more-button").Text("Show later dates").OnClick(e.moreTimeline)
		}),
	)
}

// loadTimeline fetches the timeline's first pages off the UI goroutine.
func (e *shardExplorer) loadTimeline(ctx app.Context, pages int) {
	ctx.Async(func() {
		t, err := e.env.timeline(pages)
		ctx.Dispatch(func(ctx app.Context) {
			e.timeline, e.timelineErr = t, ""
			if err != nil {
				e.timelineErr = err.Error()
			}
		})
	})
}

// moreTimeline fetches the next page of the timeline.
func (e *shardExplorer) moreTimeline(ctx app.Context, ev app.Event) {
	e.loadTimeline(ctx, e.timeline.pages+1)
}
