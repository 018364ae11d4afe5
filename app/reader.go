package app

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/export"
	"strconv"
)

// renderReader shows one article: its metadata with the evidence for it,
// then the cleaned text, the requested passage outlined and the query's
// matches (marks, by passage id) highlighted.
func renderReader(c *corpus.Corpus, v view, marks map[string][][2]int) app.UI {
	a := c.Article(v.Article)
	if a == nil {
		return app.Article().Class("reader").Body(
			app.H2().Text("No such article"),
			app.P().Text("This link names an article (“"+v.Article+"”) that is not in the corpus. Pick one from the list."),
			app.A().Href(v.closed().query()).Text("Back to the list"),
		)
	}
	return app.Article().Class("reader").Aria("label", "Article reader").Body(
		app.A().Href(v.closed().query()).Class("close").Aria("label", "Close the article").Text("×"),
		app.H2().Class("reader-title").Text(a.Title),
		app.Dl().Class("meta").Body(
			metaRow("Outlet", a.Outlet),
			metaRow("Original source", a.OriginalSource),
			metaRow("Published", a.Published),
			when(a.URL != "", func() app.UI {
				return app.Div().Body(app.Dt().Text("URL"), app.Dd().Body(app.A().Href(a.URL).Rel("noopener noreferrer").Text(a.URL)))
			}),
		),
		when(a.DateEvidence != "" || a.SourceEvidence != "", func() app.UI {
			return app.Details().Class("evidence").Body(
				app.Summary().Text("Why this source and date"),
				when(a.SourceEvidence != "", func() app.UI { return app.P().Text(a.SourceEvidence) }),
				when(a.DateEvidence != "", func() app.UI { return app.P().Text(a.DateEvidence) }),
			)
		}),
		renderCompareWith(c, a),
		app.Div().Class("reader-text").Body(
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
		links = append(links, app.A().Href(view{Compare: a.ID + "," + o.ID}.query()).Text(o.Outlet))
	}
	if len(links) == 0 {
		return nil
	}
	return app.P().Class("compare-with").Body(append([]app.UI{app.Text("Compare side by side with: ")}, links...)...)
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
	return app.Details().Class("raw").Body(
		app.Summary().Text("The page as collected ("+plural(dropped, "line")+" left out as site furniture)"),
		app.Ol().Class("raw-lines").Body(
			app.Range(a.Lines).Slice(func(i int) app.UI {
				l := a.Lines[i]
				if l.Class.Kept() {
					return app.Li().Value(l.N).Text(l.Text)
				}
				return app.Li().Value(l.N).Class("dropped").Title("left out: "+string(l.Class)).Body(
					app.Del().Text(l.Text),
					app.Span().Class("reason").Text(" "+string(l.Class)),
				)
			}),
		),
	)
}

func metaRow(name, value string) app.UI {
	if value == "" {
		return nil
	}
	return app.Div().Body(app.Dt().Text(name), app.Dd().Text(value))
}

func renderBlock(a *corpus.Article, b corpus.Block, v view, marks map[string][][2]int) app.UI {
	if b.Paragraph == nil {
		return app.H3().Class("subhead").Text(b.Text)
	}
	cls := "para"
	if b.Kind == corpus.Caption {
		cls = "caption"
	}
	if b.Paragraph.ID == v.Passage {
		cls += " target"
	}
	cite := export.Citation(a, b.Text)
	return app.P().Class(cls).ID(anchorID(b.Paragraph)).Body(
		append(renderMarked(b.Text, marks[b.Paragraph.ID]),
			app.Text(" "),
			app.Button().Type("button").Class("copy-cite").Title("Copy this passage with its citation").
				Aria("label", "Copy passage "+strconv.Itoa(b.Paragraph.N)+" with its citation").Text("Copy").
				OnClick(func(ctx app.Context, ev app.Event) { copyText(ctx, cite) }),
		)...)
}

// anchorID is the element id of a passage in the reader.
func anchorID(p *corpus.Paragraph) string { return "passage-" + p.ID }
