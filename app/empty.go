package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/fold"
	"github.com/parallax-news/parallax/search"
)

// renderEmpty says why a query found nothing and what to try instead:
// words close to a word that matches nothing, or OR between words that
// match apart but never in one passage.
func renderEmpty(v view, why []search.TermCount) app.UI {
	var missing, found []search.TermCount
	for _, t := range why {
		switch {
		case t.Negated:
		case t.Passages == 0:
			missing = append(missing, t)
		default:
			found = append(found, t)
		}
	}
	var body []app.UI
	switch {
	case len(missing) > 0:
		for _, m := range missing {
			body = append(body, elemText("p", "Nothing in the corpus matches “"+m.Term+"”."))
			if len(m.Suggestions) > 0 {
				links := []app.UI{app.Text("Did you mean ")}
				for i, s := range m.Suggestions {
					if i > 0 {
						links = append(links, app.Text(", "))
					}
					q := replaceWord(v.Query, m.Term, s)
					links = append(links, link(view{Query: q}.query()).Class("suggestion").Text(s))
				}
				body = append(body, elemBody("p", append(links, app.Text("?"))...))
			}
		}
	case len(found) > 1:
		var parts []string
		var words []string
		for _, f := range found {
			parts = append(parts, "“"+f.Term+"” is in "+plural(f.Passages, "passage"))
			words = append(words, quoteIfPhrase(f.Term))
		}
		or := strings.Join(words, " OR ")
		body = append(body,
			elemText("p", strings.Join(parts, ", ")+", but no passage has them all."),
			elemBody("p", app.Text("Try "), link(view{Query: or}.query()).Class("suggestion").Text(or), app.Text(".")),
		)
	default:
		body = append(body, elemText("p", "No passage matches “"+v.Query+"”: the excluded words rule out every passage that has the others."))
	}
	return elemClass("div", "status empty").Aria("live", "polite").Body(body...)
}

// replaceWord swaps the word of q that folds to old for repl.
func replaceWord(q, old, repl string) string {
	fields := strings.Fields(q)
	for i, f := range fields {
		if toks := fold.Tokens(f); len(toks) == 1 && toks[0].Term == old {
			fields[i] = repl
			return strings.Join(fields, " ")
		}
	}
	return repl
}

func quoteIfPhrase(term string) string {
	if strings.Contains(term, " ") {
		return `"` + term + `"`
	}
	return term
}
