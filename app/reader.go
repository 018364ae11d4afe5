package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/export"
)

// renderReader shows one article: its metadata with the evidence for it,
// then the cleaned text, the requested passage outlined and the query's
// matches (marks, by passage id) highlighted.
func renderReader(c *corpus.Corpus, v view, marks map[string][][2]int) app.UI {
	a := c.Article(v.Article)
	if a == nil {
		return app.Elem("article").Class("reader").Body(
			app.Elem("h2").Text("No such article"),
			app.Elem("p").Text("This link names an article (“"+v.Article+"”) that is not in the corpus. Pick one from the list."),
			app.Elem("a").Attr("href", v.closed().query()).Text("Back to the list"),
		)
	}
	return app.Elem("article").Class("reader").Aria("label", "Article reader").Body(
		app.Elem("a").Attr("href", v.closed().query()).Class("close").Aria("label", "Close the article").Text("×"),
		app.Elem("h2").Class("reader-title").Text(a.Title),
		renderArticleMeta(a),
		when(a.DateEvidence != "" || a.SourceEvidence != "", func() app.UI {
			return app.Elem("details").Class("evidence").Body(
				app.Elem("summary").Text("Why this source and date"),
				when(a.SourceEvidence != "", func() app.UI { return app.Elem("p").Text(a.SourceEvidence) }),
				when(a.DateEvidence != "", func() app.UI { return app.Elem("p").Text(a.DateEvidence) }),
			)
		}),
		renderCompareWith(c, a),
		app.Elem("div").Class("reader-text").Body(
			app.Range(a.Blocks).Slice(func(i int) app.UI { return renderBlock(a, a.Blocks[i], v, marks) }),
		),
		renderRaw(a),
	)
}

// renderCompareWith links the article to its comparison with each other one.
func renderCompareWith(c *corpus.Corpus, a *corpus.Article) app.UI {
	var links []app.UI
	for _, o := range c.Articles {
		if o.ID == a.ID {
			continue
		}
		if len(links) > 0 {
			links = append(links, app.Text(" · "))
		}
		links = append(links, app.Elem("a").Attr("href", view{Compare: a.ID + "," + o.ID}.query()).Text(outletName(o)))
	}
	if len(links) == 0 {
		return nil
	}
	return app.Elem("p").Class("compare-with").Body(append([]app.UI{app.Text("Compare side by side with: ")}, links...)...)
}

// renderRaw shows the page as it was collected, each line the cleaner
// dropped struck through with the reason, so a reader can check what was
// left out.
func renderRaw(a *corpus.Article) app.UI {
	dropped := 0
	for _, l := range a.Lines {
		if !l.Class.Kept() {
			dropped++
		}
	}
	return app.Elem("details").Class("raw").Body(
		app.Elem("summary").Text("The page as collected ("+plural(dropped, "line")+" left out as site furniture)"),
		app.Elem("ol").Class("raw-lines").Body(
			app.Range(a.Lines).Slice(func(i int) app.UI {
				l := a.Lines[i]
				if l.Class.Kept() {
					return app.Elem("li").Attr("value", l.N).Text(l.Text)
				}
				return app.Elem("li").Attr("value", l.N).Class("dropped").Title("left out: "+string(l.Class)).Body(
					app.Elem("del").Text(l.Text),
					app.Elem("span").Class("reason").Text(" "+string(l.Class)),
				)
			}),
		),
	)
}

// renderArticleMeta lists an article's outlet, original source, date and
// address. Only http and https addresses become links; anything else is
// text.
func renderArticleMeta(a *corpus.Article) app.UI {
	return app.Elem("dl").Class("meta").Body(
		metaRow("Outlet", a.Outlet),
		metaRow("Original source", a.OriginalSource),
		metaRow("Published", a.Published),
		when(a.URL != "", func() app.UI {
			if !corpus.SafeURL(a.URL) {
				return metaRow("URL", a.URL)
			}
			return app.Elem("div").Body(app.Elem("dt").Text("URL"), app.Elem("dd").Body(app.Elem("a").Attr("href", a.URL).Attr("rel", "noopener noreferrer").Text(a.URL)))
		}),
	)
}

func metaRow(name, value string) app.UI {
	if value == "" {
		return nil
	}
	return app.Elem("div").Body(app.Elem("dt").Text(name), app.Elem("dd").Text(value))
}

func renderBlock(a *corpus.Article, b corpus.Block, v view, marks map[string][][2]int) app.UI {
	if b.Paragraph == nil {
		return app.Elem("h3").Class("subhead").Text(b.Text)
	}
	cls := "para"
	if b.Kind == corpus.Caption {
		cls = "caption"
	}
	if b.Paragraph.ID == v.Passage {
		cls += " target"
	}
	cite := export.Citation(a, b.Text)
	return app.Elem("p").Class(cls).ID(anchorID(b.Paragraph)).Body(
		append(renderMarked(b.Text, marks[b.Paragraph.ID]),
			app.Text(" "),
			app.Elem("button").Attr("type", "button").Class("copy-cite").Title("Copy this passage with its citation").
				Aria("label", "Copy passage "+strconv.Itoa(b.Paragraph.N)+" with its citation").Text("Copy").
				OnClick(func(ctx app.Context, ev app.Event) { copyText(ctx, cite) }),
		)...)
}

// anchorID is the element id of a passage in the reader.
func anchorID(p *corpus.Paragraph) string { return "passage-" + p.ID }
