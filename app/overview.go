package app

import (
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/export"
)

// example is a search offered to a newcomer, and what it shows the
// search does.
type example struct{ query, shows string }

// exampleQueries are offered to a newcomer, drawn from the corpus's own
// actors so that each finds something: the most named person, the
// longest word of a much-named person's name mistyped, and the most named
// body of several words as a phrase. None while the actors are pending.
func exampleQueries(set *actors.Set) []example {
	var out []example
	var people, bodies []*actors.Actor
	for _, a := range set.Actors { // most named first
		switch {
		case a.Kind == actors.Person:
			people = append(people, a)
		case a.Kind == actors.Organization && strings.Contains(a.Name, " "):
			bodies = append(bodies, a)
		}
	}
	if len(people) > 0 {
		name := writtenName(people[0], 2)
		if name == "" {
			name = writtenName(people[0], 1)
		}
		out = append(out, example{name, "a name"})
	}
	for _, p := range people[:min(len(people), 5)] {
		if typo := mistype(p.Name); typo != "" {
			out = append(out, example{typo, "a typo, forgiven"})
			break
		}
	}
	for _, b := range bodies {
		if phrase := writtenName(b, 2); phrase != "" {
			out = append(out, example{`"` + phrase + `"`, "a phrase"})
			break
		}
	}
	return out
}

// writtenName is the name the articles write an actor by most often, of
// minWords words or more ("UN Security Council" may be written "Security
// Council"), or "" when they write none so.
func writtenName(a *actors.Actor, minWords int) string {
	count := map[string]int{}
	best := ""
	for _, m := range a.Where {
		t := strings.TrimSpace(m.Text)
		if len(strings.Fields(t)) < minWords || strings.ContainsAny(t, "’'\"“”") {
			continue
		}
		count[t]++
		if count[t] > count[best] || count[t] == count[best] && t < best {
			best = t
		}
	}
	return best
}

// mistype returns the longest word of a name, of six letters or more,
// with its second-to-last vowel left out ("Vladimir" gives "Vladmir", as
// "sanctions" gives "sanctons"), or "" when the name has no such word.
func mistype(name string) string {
	long := ""
	for _, w := range strings.Fields(name) {
		if utf8.RuneCountInString(w) >= 6 && utf8.RuneCountInString(w) > utf8.RuneCountInString(long) && !strings.ContainsAny(w, "-.'’") {
			long = w
		}
	}
	if long == "" {
		return ""
	}
	r := []rune(long)
	var vowels []int
	for i, c := range r {
		if strings.ContainsRune("aeiouAEIOU", c) {
			vowels = append(vowels, i)
		}
	}
	if len(vowels) < 2 || vowels[len(vowels)-2] == 0 {
		return ""
	}
	i := vowels[len(vowels)-2]
	return string(r[:i]) + string(r[i+1:])
}

// searchPlaceholder invites a search, with the corpus's own examples when
// its actors are known.
func searchPlaceholder(set *actors.Set) string {
	ex := exampleQueries(set)
	if len(ex) == 0 {
		return "Search the articles: a name, a place, or a phrase in quotation marks"
	}
	qs := make([]string, len(ex))
	for i, e := range ex {
		qs[i] = e.query
	}
	if len(qs) == 1 {
		return "Search the articles: try " + qs[0]
	}
	return "Search the articles: try " + strings.Join(qs[:len(qs)-1], ", ") + " or " + qs[len(qs)-1]
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
	from := ""
	if n := outletCount(c); n > 0 {
		from = " from " + plural(n, "outlet")
	}
	span := ""
	if len(dated) > 0 {
		span = ", published " + longDate(dated[0].Published) + " to " + longDate(dated[len(dated)-1].Published)
	}
	return elemClass("section", "overview").Aria("label", "What the corpus holds").Body(
		elemText("p", plural(len(c.Articles), "article")+from+span+"."),
		renderDateStrip(dated),
		elemClassBody("p", "overview-timeline",
			linkText(view{Timeline: true}.query(), "The timeline"),
			app.Text(" places the events the articles report (“on Tuesday”, “last month”) on these dates."),
		),
		renderMostNamed(set, pending),
		renderExamples(set, pending),
	)
}

// renderExamples offers searches drawn from the corpus, once its actors
// are known.
func renderExamples(set *actors.Set, pending bool) app.UI {
	if pending {
		return nil
	}
	examples := exampleQueries(set)
	if len(examples) == 0 {
		return nil
	}
	return elemClassBody("p", "overview-try",
		app.Text("Try "),
		app.Range(examples).Slice(func(i int) app.UI {
			ex := examples[i]
			return listItem(link(view{Query: ex.query}.query()).Class("suggestion").Text(ex.query),
				" ("+ex.shows+")", i, len(examples), ".")
		}),
	)
}

// renderMostNamed lists the most named actors of each kind, with the
// actor table's downloads, or says they are still being found.
func renderMostNamed(set *actors.Set, pending bool) app.UI {
	if pending {
		return elemClass("div", "overview-most").Aria("busy", "true").Body(
			elemClassText("p", "overview-actors", "Most named: finding the people, organisations and places…"),
		)
	}
	if len(set.Actors) == 0 {
		return nil
	}
	groups := mostNamed(set)
	return elemClassBody("div", "overview-most",
		elemClassBody("p", "overview-actors",
			app.Text("Most named (times named): "),
			app.Range(groups).Slice(func(g int) app.UI {
				group := groups[g]
				end := "; "
				if g == len(groups)-1 {
					end = "."
				}
				return elemBody("span",
					app.Text(group.label+" "),
					app.Range(group.actors).Slice(func(i int) app.UI {
						a := group.actors[i]
						return listItem(linkText(view{Actors: a.ID}.query(), a.Name),
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
	return elemClass("ol", "timeline").Aria("label", "Articles by date").Body(
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
			return elemClass("li", cls).Style("--pos", strconv.FormatFloat(pos, 'f', 1, 64)+"%").Body(
				// The link's name starts with what it shows (the month,
				// the outlet); the headline and full date follow, hidden.
				link(view{Article: a.ID}.query()).Body(
					elemClass("time", timeCls).Attr("datetime", a.Published).Text(shortDate(d)),
					app.Text(" "),
					elemClassText("span", "timeline-outlet", a.Outlet),
					elemClassText("span", "visually-hidden", ": "+a.Title+", "+longDate(a.Published)),
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
