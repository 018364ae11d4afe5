package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/corpus"
)

// renderHeader shows the corpus name and what it holds.
func renderHeader(c *corpus.Corpus) app.UI {
	outlets := map[string]bool{}
	for _, a := range c.Articles {
		outlets[a.Outlet] = true
	}
	return app.Header().Class("top").Body(
		app.A().Href(rootURL()).Class("brand").Body(
			app.Img().Src("/web/icon.svg").Alt("").Width(28).Height(28),
			app.Span().Text("Parallax"),
		),
		app.Div().Class("corpus").Body(
			app.H1().Class("corpus-name").Text(c.Name),
			app.P().Class("counts").Text(
				plural(len(c.Articles), "article")+" · "+
					plural(len(outlets), "outlet")+" · "+
					plural(c.Passages(), "passage")+" · "+
					strconv.Itoa(c.Words())+" words"),
		),
		app.Nav().Class("top-links").Aria("label", "Views").Body(
			app.A().Href(rootURL()).Text("Search"),
			app.A().Href(view{Compare: "all"}.query()).Text("Compare sources"),
		),
	)
}
