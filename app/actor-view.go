package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/search"
)

// kwicContext is how many bytes of text a mention line shows on each side.
const kwicContext = 70

// maxKWIC bounds the mention lines shown for one actor.
const maxKWIC = 200

// renderActorView shows one actor: kind, roles, the names merged into it,
// every mention in context, and its quotes grouped by outlet.
func renderActorView(c *corpus.Corpus, set *actors.Set, v view) app.UI {
	close := v.closed().query()
	a := set.Actor(v.Who)
	if a == nil {
		return elemClassBody("article", "reader",
			elemText("h2", "No such actor"),
			elemText("p", "This link names an actor (“"+v.Who+"”) that is not in the corpus."),
			linkText(close, "Back to the results"),
		)
	}
	outlets := map[string]int{}
	for art, n := range a.Mentions {
		if ar := c.Article(art); ar != nil {
			outlets[ar.Outlet] += n
		}
	}
	return elemClass("article", "reader actor-view").Aria("label", "Actor: "+a.Name).Body(
		link(close).Class("close").Aria("label", "Close the actor view").Text("×"),
		elemClassText("h2", "reader-title", a.Name),
		elemClassBody("dl", "meta",
			metaRow("Kind", string(a.Kind)),
			metaRow("Roles", strings.Join(a.Roles, "; ")),
			metaRow("Written as", strings.Join(a.Aliases, " · ")),
			metaRow("Mentions", plural(a.Total(), "mention")+" in "+plural(len(a.Mentions), "article")),
		),
		elemBody("p",
			linkText(view{Query: v.Query, Actors: view{Actors: v.Actors}.toggleActor(a.ID).Actors}.query(), filterLabel(v, a)),
			app.Text(" · "),
			linkText(view{Timeline: true, Actors: a.ID}.query(), "Timeline of the passages naming "+a.Name),
		),
		renderQuotes(c, a, v),
		elemClassText("h3", "subhead", "Every mention"),
		renderKWIC(c, a, v),
	)
}

// filterLabel names what the actor view's filter link does.
func filterLabel(v view, a *actors.Actor) string {
	for _, id := range v.actorIDs() {
		if id == a.ID {
			return "Stop filtering the results by " + a.Name
		}
	}
	return "Filter the results by " + a.Name
}

// renderKWIC shows each mention with the words around it, linking to the
// passage in the reader.
func renderKWIC(c *corpus.Corpus, a *actors.Actor, v view) app.UI {
	where := a.Where
	if len(where) > maxKWIC {
		where = where[:maxKWIC]
	}
	return elemClassBody("ol", "kwic",
		app.Range(where).Slice(func(i int) app.UI {
			m := where[i]
			art := c.Article(m.Article)
			if art == nil {
				return nil
			}
			p := art.Paragraph(m.Passage)
			if p == nil && m.Passage == art.ID+corpus.TitleSuffix {
				p = art.TitlePassage() // named in the headline
			}
			if p == nil || m.End > len(p.Text) {
				return nil
			}
			left := p.Text[max(0, m.Start-kwicContext):m.Start]
			right := p.Text[m.End:min(len(p.Text), m.End+kwicContext)]
			if m.Start > kwicContext {
				left = "… " + left[search.WordStartOffset(left):]
			}
			if m.End+kwicContext < len(p.Text) {
				right = right[:search.WordEndOffset(right)] + " …"
			}
			return elemBody("li",
				link(view{Query: v.Query, Actors: v.Actors, Article: m.Article, Passage: m.Passage}.query()).Body(
					elemClassText("span", "kwic-outlet", art.Outlet),
					elemClassText("span", "kwic-left", left),
					elemText("mark", p.Text[m.Start:m.End]),
					elemClassText("span", "kwic-right", right),
				),
			)
		}),
	)
}

// renderQuotes shows an actor's quotes grouped by outlet.
func renderQuotes(c *corpus.Corpus, a *actors.Actor, v view) app.UI {
	var quotes []actors.PublishedQuote
	for _, q := range a.Quotes {
		outlet := q.Article
		if art := c.Article(q.Article); art != nil {
			outlet = art.Outlet
		}
		quotes = append(quotes, actors.PublishedQuote{Article: q.Article, Outlet: outlet, Passage: q.Passage, Text: q.Text})
	}
	return renderQuoteGroups(quotes, a.Name, v)
}

// renderQuoteGroups shows quotations of the actor called name grouped by
// outlet (a quotation without one under its article's id), in order of
// first appearance.
func renderQuoteGroups(quotes []actors.PublishedQuote, name string, v view) app.UI {
	if len(quotes) == 0 {
		return elemClassText("p", "status", "No quotation in the corpus is attributed to "+name+".")
	}
	var order []string
	byOutlet := map[string][]actors.PublishedQuote{}
	for _, q := range quotes {
		outlet := q.Outlet
		if outlet == "" {
			outlet = q.Article
		}
		if _, ok := byOutlet[outlet]; !ok {
			order = append(order, outlet)
		}
		byOutlet[outlet] = append(byOutlet[outlet], q)
	}
	var groups []app.UI
	for _, outlet := range order {
		qs := byOutlet[outlet]
		groups = append(groups, elemClassBody("section", "quote-group",
			elemText("h4", outlet+" ("+strconv.Itoa(len(qs))+")"),
			app.Range(qs).Slice(func(i int) app.UI {
				q := qs[i]
				return elemBody("blockquote",
					linkText(view{Query: v.Query, Actors: v.Actors, Article: q.Article, Passage: q.Passage}.query(), "“"+q.Text+"”"),
				)
			}),
		))
	}
	return elemClassBody("div", "quotes",
		elemClassText("h3", "subhead", "Quotes, by outlet"),
		elemBody("div", groups...),
	)
}
