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
		return elemClassBody("article", "reader",
			elemText("h2", "No such article"),
			elemText("p", "This link names an article (“"+v.Article+"”) that is not in the corpus. Pick one from the list."),
			linkText(v.closed().query(), "Back to the list"),
		)
	}
	return elemClass("article", "reader").Aria("label", "Article reader").Body(
		link(v.closed().query()).Class("close").Aria("label", "Close the article").Text("×"),
		elemClassText("h2", "reader-title", a.Title),
		renderArticleMeta(a),
		when(a.DateEvidence != "" || a.SourceEvidence != "", func() app.UI {
			return elemClassBody("details", "evidence",
				elemText("summary", "Why this source and date"),
				when(a.SourceEvidence != "", func() app.UI { return elemText("p", a.SourceEvidence) }),
				when(a.DateEvidence != "", func() app.UI { return elemText("p", a.DateEvidence) }),
			)
		}),
		renderCompareWith(c, a),
		elemClassBody("div", "reader-text",
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
		links = append(links, linkText(view{Compare: a.ID + "," + o.ID}.query(), outletName(o)))
	}
	if len(links) == 0 {
		return nil
	}
	return elemClassBody("p", "compare-with", append([]app.UI{app.Text("Compare side by side with: ")}, links...)...)
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
	return elemClassBody("details", "raw",
		elemText("summary", "The page as collected ("+plural(dropped, "line")+" left out as site furniture)"),
		elemClassBody("ol", "raw-lines",
			app.Range(a.Lines).Slice(func(i int) app.UI {
				l := a.Lines[i]
				if l.Class.Kept() {
					return app.Elem("li").Attr("value", l.N).Text(l.Text)
				}
				return app.Elem("li").Attr("value", l.N).Class("dropped").Title("left out: "+string(l.Class)).Body(
					elemText("del", l.Text),
					elemClassText("span", "reason", " "+string(l.Class)),
				)
			}),
		),
	)
}

// renderArticleMeta lists an article's outlet, original source, date and
// address. Only http and https addresses become links; anything else is
// text.
func renderArticleMeta(a *corpus.Article) app.UI {
	return elemClassBody("dl", "meta",
		metaRow("Outlet", a.Outlet),
		metaRow("Original source", a.OriginalSource),
		metaRow("Published", a.Published),
		when(a.URL != "", func() app.UI {
			if !corpus.SafeURL(a.URL) {
				return metaRow("URL", a.URL)
			}
			return elemBody("div", elemText("dt", "URL"), elemBody("dd", link(a.URL).Attr("rel", "noopener noreferrer").Text(a.URL)))
		}),
	)
}

func metaRow(name, value string) app.UI {
	if value == "" {
		return nil
	}
	return elemBody("div", elemText("dt", name), elemText("dd", value))
}

func renderBlock(a *corpus.Article, b corpus.Block, v view, marks map[string][][2]int) app.UI {
	if b.Paragraph == nil {
		return elemClassText("h3", "subhead", b.Text)
	}
	cls := "para"
	if b.Kind == corpus.Caption {
		cls = "caption"
	}
	if b.Paragraph.ID == v.Passage {
		cls += " target"
	}
	cite := export.Citation(a, b.Text)
	return elemClass("p", cls).ID(anchorID(b.Paragraph)).Body(
		append(renderMarked(b.Text, marks[b.Paragraph.ID]),
			app.Text(" "),
			button("copy-cite").Title("Copy this passage with its citation").
				Aria("label", "Copy passage "+strconv.Itoa(b.Paragraph.N)+" with its citation").Text("Copy").
				OnClick(func(ctx app.Context, ev app.Event) { copyText(ctx, cite) }),
		)...)
}

// anchorID is the element id of a passage in the reader.
func anchorID(p *corpus.Paragraph) string { return "passage-" + p.ID }
