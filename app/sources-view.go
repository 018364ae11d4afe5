package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/compare"
)

// maxMissingShown bounds the quotations an outlet's card lists as left
// out; the rest are counted.
const maxMissingShown = 5

// renderSourcesOrFailure shows the sourcing, or why it could not be
// worked out.
func renderSourcesOrFailure(report []compare.Sourcing, err error) app.UI {
	if err != nil {
		return renderFailure("sources", "The sourcing could not be worked out", err)
	}
	return renderSources(report)
}

// renderSources shows ?sources=1: for each outlet, the actors it quotes
// and how often, and the quotations of actors it names that only other
// outlets carry (compare.Sources).
func renderSources(report []compare.Sourcing) app.UI {
	return app.Elem("main").Class("sources").Aria("labelledby", "sources-title").Body(
		app.Elem("h2").ID("sources-title").Text("Whose words each outlet carries"),
		app.Elem("p").Class("sources-note").Text("For each outlet: the people and bodies it quotes, most quoted first, and the quotations of actors it names that other outlets carry and it leaves out."),
		app.If(len(report) == 0, app.Elem("p").Class("empty").Text("No outlet quotes anyone.")),
		app.Range(report).Slice(func(i int) app.UI {
			s := report[i]
			missing := s.Missing
			more := 0
			if len(missing) > maxMissingShown {
				more = len(missing) - maxMissingShown
				missing = missing[:maxMissingShown]
			}
			return app.Elem("section").Class("source-card").Aria("label", s.Outlet).Body(
				app.Elem("h3").Text(s.Outlet+" · "+plural(len(s.Articles), "article")),
				app.If(len(s.Speakers) == 0, app.Elem("p").Class("empty").Text("Quotes no one.")),
				app.If(len(s.Speakers) > 0, app.Elem("ul").Class("speakers").Body(
					app.Range(s.Speakers).Slice(func(j int) app.UI {
						sp := s.Speakers[j]
						return app.Elem("li").Body(
							app.Elem("a").Attr("href", view{Who: sp.Actor}.query()).Text(sp.Name),
							app.Text(" · "+plural(sp.Quotes, "quotation")),
						)
					}),
				)),
				app.If(len(missing) > 0, app.Elem("div").Body(
					app.Elem("h4").Text("Left out"),
					app.Elem("ul").Class("missing").Body(
						app.Range(missing).Slice(func(j int) app.UI {
							m := missing[j]
							return app.Elem("li").Body(
								app.Elem("strong").Text(m.Name+": "),
								app.Elem("q").Text(m.Quote),
								app.Text(" (carried by "+strings.Join(m.CarriedBy, ", ")+")"),
							)
						}),
					),
					app.If(more > 0, app.Elem("p").Text("and "+strconv.Itoa(more)+" more.")),
				)),
			)
		}),
	)
}
