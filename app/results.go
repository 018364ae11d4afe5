package app

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/search"
)

// articleHits are the hits of one article, best first.
type articleHits struct {
	Article *corpus.Article
	Hits    []search.Hit
}

// groupHits groups hits by article, articles ordered by their best hit.
func groupHits(c *corpus.Corpus, hits []search.Hit) []articleHits {
	var out []articleHits
	at := map[string]int{}
	for _, h := range hits {
		i, ok := at[h.Article]
		if !ok {
			a := c.Article(h.Article)
			if a == nil {
				continue
			}
			i = len(out)
			at[h.Article] = i
			out = append(out, articleHits{Article: a})
		}
		out[i].Hits = append(out[i].Hits, h)
	}
	return out
}

// renderResults lists the hits grouped by article.
func renderResults(c *corpus.Corpus, r search.Result, v view) app.UI {
	groups := groupHits(c, r.Hits)
	return elemClass("ol", "results").Aria("label", "Results").Body(
		app.Range(groups).Slice(func(i int) app.UI {
			g := groups[i]
			return elemClassBody("li", "result-group",
				elemClassBody("h2", "result-title",
					linkText(view{Query: v.Query, Actors: v.Actors, Article: g.Article.ID}.query(), g.Article.Title),
				),
				renderByline(g.Article),
				renderPassages(g.Hits, v),
			)
		}),
	)
}

// renderPassages lists an article's hits, each a link that opens it in
// the reader, with the view's query and actors kept.
func renderPassages(hits []search.Hit, v view) app.UI {
	return elemClassBody("ul", "passages",
		app.Range(hits).Slice(func(j int) app.UI {
			h := hits[j]
			open := view{Query: v.Query, Actors: v.Actors, Article: h.Article, Passage: h.Passage}
			return elemClass("li", "passage").DataSet("passage", h.Passage).Body(
				link(open.query()).Class("passage-link").Body(
					elemBody("p", renderSnippet(h.Text, h.Matches, snippetBytes)...),
				),
			)
		}),
	)
}

// renderArticleList shows the articles when there is no query.
func renderArticleList(list []*corpus.Article, v view) app.UI {
	if len(list) == 0 {
		return elemClassText("p", "status empty", "No article names all the chosen actors. Remove one to see more.")
	}
	return elemClass("ul", "articles").Aria("label", "Articles").Body(
		app.Range(list).Slice(func(i int) app.UI {
			a := list[i]
			return elemClassBody("li", "article-card",
				elemClassBody("h2", "result-title",
					linkText(view{Actors: v.Actors, Article: a.ID}.query(), a.Title),
				),
				renderByline(a),
			)
		}),
	)
}

// renderByline shows outlet, original source and date of an article.
func renderByline(a *corpus.Article) app.UI {
	// A separator only between two parts: a file with a date and no
	// outlet reads "2026-06-16", not "· 2026-06-16".
	sep := func(before ...string) string {
		for _, s := range before {
			if s != "" {
				return " · "
			}
		}
		return ""
	}
	return elemClassBody("p", "byline",
		elemClassText("span", "outlet", a.Outlet),
		when(a.OriginalSource != "", func() app.UI {
			return elemClassText("span", "original", sep(a.Outlet)+"from "+a.OriginalSource)
		}),
		when(a.Published != "", func() app.UI {
			return elemClass("time", "date").Attr("datetime", a.Published).Text(sep(a.Outlet, a.OriginalSource) + a.Published)
		}),
	)
}

// snippetBytes is about how much of a long passage a result shows.
const snippetBytes = 360

// renderSnippet shows the part of a passage, about maxBytes long, around its
// first marked range, with an ellipsis where it was cut.
func renderSnippet(passage string, matches [][2]int, maxBytes int) []app.UI {
	text, marks, lead, trail := search.Snippet(passage, matches, maxBytes)
	out := renderMarked(text, marks)
	if lead {
		out = append([]app.UI{app.Text("… ")}, out...)
	}
	if trail {
		out = append(out, app.Text(" …"))
	}
	return out
}
