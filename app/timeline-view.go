package app

import (
	"io"
	"sort"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/dates"
	"github.com/parallax-news/parallax/export"
)

// chronoGroup is one date of the chronology: the articles published that
// day and the events placed on that span.
type chronoGroup struct {
	from, to  time.Time
	precision dates.Precision
	label     string
	published []*corpus.Article
	events    []dates.Event
}

// chronology merges the articles' publication dates and the events into
// groups, earliest first; an event spanning a month comes before the days
// of that month.
func chronology(dated []*corpus.Article, events []dates.Event) []*chronoGroup {
	var groups []*chronoGroup
	byKey := map[[2]time.Time]*chronoGroup{}
	group := func(from, to time.Time, p dates.Precision, label string) *chronoGroup {
		k := [2]time.Time{from, to}
		if g := byKey[k]; g != nil {
			return g
		}
		g := &chronoGroup{from: from, to: to, precision: p, label: label}
		byKey[k] = g
		groups = append(groups, g)
		return g
	}
	for _, a := range dated {
		d, _ := time.Parse(time.DateOnly, a.Published)
		g := group(d, d.AddDate(0, 0, 1), dates.Day, longDate(a.Published))
		g.published = append(g.published, a)
	}
	for _, e := range events {
		g := group(e.From, e.To, e.Precision, e.Label())
		g.events = append(g.events, e)
	}
	// By start; of two spans starting together, the longer first.
	sort.SliceStable(groups, func(i, j int) bool {
		if !groups[i].from.Equal(groups[j].from) {
			return groups[i].from.Before(groups[j].from)
		}
		return groups[i].to.After(groups[j].to)
	})
	return groups
}

// datetime writes a group's span in the form of the time element's
// datetime attribute: 2024-06-19, 2024-W25, 2024-06 or 2024.
func (g *chronoGroup) datetime() string {
	switch g.precision {
	case dates.Week:
		y, w := g.from.ISOWeek()
		return strconv.Itoa(y) + "-W" + twoDigits(w)
	case dates.Month:
		return g.from.Format("2006-01")
	case dates.Year:
		return g.from.Format("2006")
	}
	return g.from.Format(time.DateOnly)
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// renderTimelineView shows ?timeline=1: when the articles were published
// and every dated event they report, in date order, each event linking to
// its passage. Chosen actors narrow it to passages naming them.
func renderTimelineView(e *Env, v view) app.UI {
	known, unknown := knownActors(e.Actors, v.actorIDs())
	keep := keepActors(e.Actors, known)
	var events []dates.Event
	for _, ev := range e.Events() {
		if keep == nil || keep(ev.Passage.ID) {
			events = append(events, ev)
		}
	}
	dated := datedArticles(e.Corpus)
	if len(known) > 0 {
		dated = nil // the articles' dates say nothing of the chosen actors
	}
	groups := chronology(dated, events)
	articles := map[string]bool{}
	for _, ev := range events {
		articles[ev.Article.ID] = true
	}
	return elemClass("section", "timeline-view").Aria("label", "Timeline").Body(
		elemText("h2", "Timeline"),
		elemClassBody("p", "timeline-intro",
			app.Text(plural(len(events), "dated event")+" reported in "+plural(len(articles), "article")),
			when(len(known) > 0, func() app.UI {
				return elemBody("span",
					app.Text(", in passages naming "+actorNames(e, known)+". "),
					linkText(view{Timeline: true}.query(), "Show every event"),
					app.Text("."),
				)
			}),
			when(len(known) == 0, func() app.UI {
				return app.Text(", beside the dates the articles were published.")
			}),
			app.Text(" A phrase such as “on Tuesday” or “last month” is placed by reading it against its article's date, and only where it has one reading."),
		),
		when(len(unknown) > 0, func() app.UI {
			return elemClassText("p", "notice", "Not in the corpus, so left out of the filter: "+joinList(unknown)+".")
		}),
		when(e.EventsErr != "", func() app.UI {
			return elemClassText("p", "notice events-failed", "The dated events could not be found: "+e.EventsErr)
		}),
		when(len(groups) == 0 && e.EventsErr == "", func() app.UI {
			return elemClassText("p", "empty", "No dated event to place: no passage here says when something happened in a way that can be read against its article's date.")
		}),
		when(len(events) > 0, func() app.UI {
			return renderExports("the timeline", "parallax-timeline",
				func(w io.Writer) error { return export.EventsCSV(w, export.Events(events)) },
				func() any { return export.Events(events) })
		}),
		elemClassBody("ol", "chronology",
			app.Range(groups).Slice(func(i int) app.UI { return renderChronoGroup(groups[i], v) }),
		),
	)
}

// renderChronoGroup shows one date: its label, the articles published
// then, and the events placed there.
func renderChronoGroup(g *chronoGroup, v view) app.UI {
	return elemClassBody("li", "chrono-group chrono-"+g.precision.String(),
		elemClassBody("h3", "chrono-date", app.Elem("time").Attr("datetime", g.datetime()).Text(g.label)),
		elemClassBody("ul", "chrono-entries",
			app.Range(g.published).Slice(func(i int) app.UI {
				a := g.published[i]
				return elemClassBody("li", "chrono-published",
					elemClassText("span", "chrono-kind", "Published "),
					linkText(view{Timeline: true, Actors: v.Actors, Article: a.ID}.query(), a.Title),
					app.Text(" — "+a.Outlet),
				)
			}),
			app.Range(g.events).Slice(func(i int) app.UI {
				ev := g.events[i]
				return elemClassBody("li", "chrono-event",
					link(view{Timeline: true, Actors: v.Actors, Article: ev.Article.ID, Passage: ev.Passage.ID}.query()).Body(renderEventSentence(ev)...),
					elemClassText("span", "chrono-source", " — "+ev.Article.Outlet+", "+longDate(ev.Article.Published)),
				)
			}),
		),
	)
}

// eventSnippetBytes is about how much of a long sentence an event shows.
const eventSnippetBytes = 240

// renderEventSentence shows the sentence of the event's passage that holds
// its phrase, the phrase marked; the passage is one link away.
func renderEventSentence(ev dates.Event) []app.UI {
	p := ev.Passage
	text, start, end := p.Text, ev.Start, ev.End
	for _, s := range p.Sentences {
		from, to := s.Start-p.Start, s.End-p.Start
		if from <= start && end <= to && to <= len(p.Text) {
			text, start, end = p.Text[from:to], start-from, end-from
			break
		}
	}
	return renderSnippet(text, [][2]int{{start, end}}, eventSnippetBytes)
}

// eventMarks returns the dated phrases of an article by passage id, for
// the reader to highlight.
func eventMarks(events []dates.Event, article string) map[string][][2]int {
	marks := map[string][][2]int{}
	for _, ev := range events {
		if ev.Article.ID == article {
			marks[ev.Passage.ID] = append(marks[ev.Passage.ID], [2]int{ev.Start, ev.End})
		}
	}
	for _, m := range marks {
		sort.Slice(m, func(i, j int) bool { return m[i][0] < m[j][0] })
	}
	return marks
}

// actorNames names the actors of ids, joined for a sentence.
func actorNames(e *Env, ids []string) string {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		names = append(names, e.Actors.Actor(id).Name)
	}
	return joinList(names)
}
