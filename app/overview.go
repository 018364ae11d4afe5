package app

import (
	"io"
	"sort"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/export"
)

// exampleQueries are offered to a newcomer: a name, a typo, a phrase and an
// alternative, each showing one thing the search does.
var exampleQueries = []struct{ query, shows string }{
	{"Shoigu", "a name"},
	{"sanctons", "a typo, forgiven"},
	{`"Security Council"`, "a phrase"},
	{"Kharkov", "another spelling"},
}

// topPerKind is how many of the most named people, organisations and
// places the overview lists.
const topPerKind = 3

// renderCorpusOverview tells a newcomer at a glance what the corpus holds:
// outlets, dates on a time axis, the most named actors, and searches to
// try.
// While pending, the actors are still being found.
func renderCorpusOverview(c *corpus.Corpus, set *actors.Set, pending bool) app.UI {
	dated := datedArticles(c)
	outlets := map[string]bool{}
	for _, a := range c.Articles {
		outlets[a.Outlet] = true
	}
	span := ""
	if len(dated) > 0 {
		span = ", published " + longDate(dated[0].Published) + " to " + longDate(dated[len(dated)-1].Published)
	}
	return app.Elem("section").Class("overview").Aria("label", "What the corpus holds").Body(
		app.P().Text(plural(len(c.Articles), "article")+" from "+plural(len(outlets), "outlet")+span+"."),
		renderDateStrip(dated),
		app.P().Class("overview-timeline").Body(
			app.Elem("a").Attr("href", view{Timeline: true}.query()).Text("The timeline"),
			app.Text(" places the events the articles report (“on Tuesday”, “last month”) on these dates."),
		),
		renderMostNamed(set, pending),
		app.P().Class("overview-try").Body(
			app.Text("Try "),
			app.Range(exampleQueries).Slice(func(i int) app.UI {
				ex := exampleQueries[i]
				return listItem(app.Elem("a").Attr("href", view{Query: ex.query}.query()).Class("suggestion").Text(ex.query),
					" ("+ex.shows+")", i, len(exampleQueries), ".")
			}),
		),
	)
}

// renderMostNamed lists the most named actors of each kind, with the
// actor table's downloads, or says they are still being found.
func renderMostNamed(set *actors.Set, pending bool) app.UI {
	if pending {
		return app.Div().Class("overview-most").Aria("busy", "true").Body(
			app.P().Class("overview-actors").Text("Most named: finding the people, organisations and places…"),
		)
	}
	if len(set.Actors) == 0 {
		return nil
	}
	groups := mostNamed(set)
	return app.Div().Class("overview-most").Body(
		app.P().Class("overview-actors").Body(
			app.Text("Most named (times named): "),
			app.Range(groups).Slice(func(g int) app.UI {
				group := groups[g]
				end := "; "
				if g == len(groups)-1 {
					end = "."
				}
				return app.Elem("span").Body(
					app.Text(group.label+" "),
					app.Range(group.actors).Slice(func(i int) app.UI {
						a := group.actors[i]
						return listItem(app.Elem("a").Attr("href", view{Actors: a.ID}.query()).Text(a.Name),
							" ("+strconv.Itoa(a.Total())+")", i, len(group.actors), end)
					}),
				)
			}),
		),
		renderExports("the actor table", "parallax-actors",
			func(w io.Writer) error { return export.ActorsCSV(w, export.Actors(set, "")) },
			func() any { return export.Actors(set, "") }),
	)
}

// actorGroup is the most named actors of one kind.
type actorGroup struct {
	label  string
	actors []*actors.Actor
}

// mostNamed returns the most named people, organisations and places, most
// mentions first, leaving out kinds the corpus does not name.
func mostNamed(set *actors.Set) []actorGroup {
	var out []actorGroup
	for _, k := range []struct {
		kind  actors.Kind
		label string
	}{{actors.Person, "people"}, {actors.Organization, "organisations"}, {actors.Place, "places"}} {
		var list []*actors.Actor
		for _, a := range set.Actors {
			if a.Kind == k.kind {
				list = append(list, a)
			}
		}
		sort.SliceStable(list, func(i, j int) bool { return list[i].Total() > list[j].Total() })
		if len(list) > 0 {
			out = append(out, actorGroup{k.label, list[:min(topPerKind, len(list))]})
		}
	}
	return out
}

// datedArticles returns the articles with a known date, oldest first.
func datedArticles(c *corpus.Corpus) []*corpus.Article {
	var out []*corpus.Article
	for _, a := range c.Articles {
		if _, err := time.Parse(time.DateOnly, a.Published); err == nil {
			out = append(out, a)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Published < out[j].Published })
	return out
}

// renderDateStrip places the dated articles on a time axis, each a link to
// the article. It is an ordered list, so a screen reader reads it in date
// order; the axis is drawn by CSS from each item's position.
func renderDateStrip(dated []*corpus.Article) app.UI {
	if len(dated) < 2 {
		return nil
	}
	first, _ := time.Parse(time.DateOnly, dated[0].Published)
	last, _ := time.Parse(time.DateOnly, dated[len(dated)-1].Published)
	total := last.Sub(first).Hours()
	return app.Elem("ol").Class("timeline").Aria("label", "Articles by date").Body(
		app.Range(dated).Slice(func(i int) app.UI {
			a := dated[i]
			d, _ := time.Parse(time.DateOnly, a.Published)
			pos := 0.0
			if total > 0 {
				pos = d.Sub(first).Hours() / total * 100
			}
			// Labels alternate below and above the axis so close dates
			// do not overprint; a repeat of the previous label is drawn
			// once but still read out.
			cls := "timeline-item"
			if i%2 == 1 {
				cls += " above"
			}
			timeCls := ""
			if i > 0 && dated[i-1].Published[:7] == a.Published[:7] {
				timeCls = "visually-hidden"
			}
			return app.Elem("li").Class(cls).Style("--pos", strconv.FormatFloat(pos, 'f', 1, 64)+"%").Body(
				// The link's name starts with what it shows (the month,
				// the outlet); the headline and full date follow, hidden.
				app.Elem("a").Attr("href", view{Article: a.ID}.query()).Body(
					app.Elem("time").Class(timeCls).Attr("datetime", a.Published).Text(shortDate(d)),
					app.Text(" "),
					app.Elem("span").Class("timeline-outlet").Text(a.Outlet),
					app.Elem("span").Class("visually-hidden").Text(": "+a.Title+", "+longDate(a.Published)),
				),
			)
		}),
	)
}

// longDate writes 2022-08-15 as "15 August 2022".
func longDate(iso string) string {
	d, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	return d.Format("2 January 2006")
}

// shortDate writes a date as "Aug 2022".
func shortDate(d time.Time) string { return d.Format("Jan 2006") }
