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
		return app.Elem("article").Class("reader").Body(
			app.Elem("h2").Text("No such actor"),
			app.Elem("p").Text("This link names an actor (“"+v.Who+"”) that is not in the corpus."),
			app.Elem("a").Attr("href", close).Text("Back to the results"),
		)
	}
	outlets := map[string]int{}
	for art, n := range a.Mentions {
		if ar := c.Article(art); ar != nil {
			outlets[ar.Outlet] += n
		}
	}
	return app.Elem("article").Class("reader actor-view").Aria("label", "Actor: "+a.Name).Body(
		app.Elem("a").Attr("href", close).Class("close").Aria("label", "Close the actor view").Text("×"),
		app.Elem("h2").Class("reader-title").Text(a.Name),
		app.Elem("dl").Class("meta").Body(
			metaRow("Kind", string(a.Kind)),
			metaRow("Roles", strings.Join(a.Roles, "; ")),
			metaRow("Written as", strings.Join(a.Aliases, " · ")),
			metaRow("Mentions", plural(a.Total(), "mention")+" in "+plural(len(a.Mentions), "article")),
		),
		app.Elem("p").Body(
			app.Elem("a").Attr("href", view{Query: v.Query, Actors: view{Actors: v.Actors}.toggleActor(a.ID).Actors}.query()).Text(filterLabel(v, a)),
			app.Text(" · "),
			app.Elem("a").Attr("href", view{Timeline: true, Actors: a.ID}.query()).Text("Timeline of the passages naming "+a.Name),
		),
		renderQuotes(c, a, v),
		app.Elem("h3").Class("subhead").Text("Every mention"),
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
	return app.Elem("ol").Class("kwic").Body(
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
			return app.Elem("li").Body(
				app.Elem("a").Attr("href", view{Query: v.Query, Actors: v.Actors, Article: m.Article, Passage: m.Passage}.query()).Body(
					app.Elem("span").Class("kwic-outlet").Text(art.Outlet),
					app.Elem("span").Class("kwic-left").Text(left),
					app.Elem("mark").Text(p.Text[m.Start:m.End]),
					app.Elem("span").Class("kwic-right").Text(right),
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
		return app.Elem("p").Class("status").Text("No quotation in the corpus is attributed to " + name + ".")
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
		groups = append(groups, app.Elem("section").Class("quote-group").Body(
			app.Elem("h4").Text(outlet+" ("+strconv.Itoa(len(qs))+")"),
			app.Range(qs).Slice(func(i int) app.UI {
				q := qs[i]
				return app.Elem("blockquote").Body(
					app.Elem("a").Attr("href", view{Query: v.Query, Actors: v.Actors, Article: q.Article, Passage: q.Passage}.query()).Text("“" + q.Text + "”"),
				)
			}),
		))
	}
	return app.Elem("div").Class("quotes").Body(
		app.Elem("h3").Class("subhead").Text("Quotes, by outlet"),
		app.Elem("div").Body(groups...),
	)
}
