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
	return elemClass("main", "sources").Aria("labelledby", "sources-title").Body(
		app.Elem("h2").ID("sources-title").Text("Whose words each outlet carries"),
		elemClassText("p", "sources-note", "For each outlet: the people and bodies it quotes, most quoted first, and the quotations of actors it names that other outlets carry and it leaves out."),
		app.If(len(report) == 0, elemClassText("p", "empty", "No outlet quotes anyone.")),
		app.Range(report).Slice(func(i int) app.UI {
			s := report[i]
			missing := s.Missing
			more := 0
			if len(missing) > maxMissingShown {
				more = len(missing) - maxMissingShown
				missing = missing[:maxMissingShown]
			}
			return elemClass("section", "source-card").Aria("label", s.Outlet).Body(
				elemText("h3", s.Outlet+" · "+plural(len(s.Articles), "article")),
				app.If(len(s.Speakers) == 0, elemClassText("p", "empty", "Quotes no one.")),
				app.If(len(s.Speakers) > 0, elemClassBody("ul", "speakers",
					app.Range(s.Speakers).Slice(func(j int) app.UI {
						sp := s.Speakers[j]
						return elemBody("li",
							linkText(view{Who: sp.Actor}.query(), sp.Name),
							app.Text(" · "+plural(sp.Quotes, "quotation")),
						)
					}),
				)),
				app.If(len(missing) > 0, elemBody("div",
					elemText("h4", "Left out"),
					elemClassBody("ul", "missing",
						app.Range(missing).Slice(func(j int) app.UI {
							m := missing[j]
							return elemBody("li",
								elemText("strong", m.Name+": "),
								elemText("q", m.Quote),
								app.Text(" (carried by "+strings.Join(m.CarriedBy, ", ")+")"),
							)
						}),
					),
					app.If(more > 0, elemText("p", "and "+strconv.Itoa(more)+" more.")),
				)),
			)
		}),
	)
}
