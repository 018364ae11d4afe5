package app

import (
	"sort"
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/actors"
)

// facetPerKind is how many actors of each kind the facet lists.
const facetPerKind = 8

// facetKinds are the facet's groups, in order, with their headings.
var facetKinds = []struct {
	kind  actors.Kind
	title string
}{
	{actors.Person, "People"},
	{actors.Organization, "Organisations"},
	{actors.Place, "Places"},
}

// facetGroupsID is the id of the facet's lists, which its toggle controls.
const facetGroupsID = "facet-groups"

// facetActor is an actor as the facet lists it.
type facetActor struct {
	ID, Name string
	Kind     actors.Kind
}

// facetActors are the actors of set, for the facet.
func facetActors(set *actors.Set) []facetActor {
	out := make([]facetActor, len(set.Actors))
	for i, a := range set.Actors {
		out[i] = facetActor{a.ID, a.Name, a.Kind}
	}
	return out
}

// facet is what renderFacet shows: the actors it may list, how many
// passages name each (those with none are left out, unless chosen), what
// the numbers count, and whether each actor has a page of its own (the
// "i" link).
type facet struct {
	actors []facetActor
	counts map[string]int
	note   string
	about  bool
}

// renderFacet lists the actors named in the passages now shown, by kind,
// with how many of those passages name each; choosing one narrows the
// results to passages naming it (and every other chosen actor). On narrow
// screens the lists fold behind a toggle, so the results stay in view;
// open says whether they are unfolded, toggle flips that.
func renderFacet(f facet, v view, open bool, toggle app.EventHandler) app.UI {
	counts := f.counts
	selected := map[string]bool{}
	for _, id := range v.actorIDs() {
		selected[id] = true
	}
	var groups []app.UI
	for _, k := range facetKinds {
		var list []facetActor
		for _, a := range f.actors {
			if a.Kind == k.kind && (counts[a.ID] > 0 || selected[a.ID]) {
				list = append(list, a)
			}
		}
		sort.SliceStable(list, func(i, j int) bool {
			if selected[list[i].ID] != selected[list[j].ID] {
				return selected[list[i].ID]
			}
			return counts[list[i].ID] > counts[list[j].ID]
		})
		if len(list) > facetPerKind {
			list = list[:facetPerKind]
		}
		if len(list) == 0 {
			continue
		}
		groups = append(groups, elemClassBody("div", "facet-group",
			elemText("h3", k.title),
			elemClassBody("ul", "chips",
				app.Range(list).Slice(func(i int) app.UI {
					a := list[i]
					on := selected[a.ID]
					// The chip's name is its visible text (the actor, the
					// count) and what pressing it does, hidden: a voice
					// user says what they see (WCAG 2.5.3, Label in Name).
					action := ": show only passages naming them"
					cls := "chip"
					if on {
						action = ": filtering by them, press to stop"
						cls += " on"
					}
					next := v.toggleActor(a.ID)
					next.Article, next.Passage, next.Who = "", "", ""
					return elemBody("li",
						link(next.query()).Class(cls).Attr("aria-current", ariaBool(on)).DataSet("actor", a.ID).Body(
							elemClassText("span", "chip-name", a.Name),
							app.Text(" "),
							elemClassBody("span", "chip-count",
								app.Text(strconv.Itoa(counts[a.ID])),
								elemClassText("span", "visually-hidden", " "+passagesWord(counts[a.ID])),
							),
							elemClassText("span", "visually-hidden", action),
						),
						when(f.about, func() app.UI {
							return link(view{Query: v.Query, Actors: v.Actors, Who: a.ID}.query()).Class("chip-about").Aria("label", "About "+a.Name).Text("i")
						}),
					)
				}),
			),
		))
	}
	if len(groups) == 0 {
		return nil
	}
	// The chips count passages; the first screen's "Most named" counts
	// times named: each says which.
	groups = append([]app.UI{elemClassText("p", "facet-note", f.note)}, groups...)
	summary := "Filter by actor"
	if chosen := v.actorIDs(); len(chosen) > 0 {
		var names []string
		for _, id := range chosen {
			for _, a := range f.actors {
				if a.ID == id {
					names = append(names, a.Name)
					break
				}
			}
		}
		if len(names) > 0 {
			summary += ": " + joinList(names)
		}
	}
	return elemClass("nav", "facet").Aria("label", "Filter by actor").DataSet("open", ariaBool(open)).Body(
		button("facet-toggle").
			Aria("expanded", ariaBool(open)).Aria("controls", facetGroupsID).
			Text(summary).OnClick(toggle),
		app.Elem("div").ID(facetGroupsID).Class("facet-groups").Body(groups...),
	)
}

// keepActors returns a filter that keeps the passages naming every actor in
// ids, or nil when ids is empty.
func keepActors(set *actors.Set, ids []string) func(passage string) bool {
	if len(ids) == 0 {
		return nil
	}
	return func(passage string) bool {
		for _, id := range ids {
			if !set.Names(passage, id) {
				return false
			}
		}
		return true
	}
}

// knownActors splits the ids of a view into those of the corpus and the
// rest, which the page reports instead of failing on.
func knownActors(set *actors.Set, ids []string) (known, unknown []string) {
	for _, id := range ids {
		if set.Actor(id) != nil {
			known = append(known, id)
		} else {
			unknown = append(unknown, id)
		}
	}
	return known, unknown
}
