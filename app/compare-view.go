package app

import (
	"fmt"
	"io"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/export"
)

// renderCompare shows ?compare=all (the overview) or ?compare=A,B.
func renderCompare(e *Env, v view) app.UI {
	if v.Compare == "all" {
		return renderCompareOverview(e)
	}
	ids := strings.Split(v.Compare, ",")
	if len(ids) != 2 || ids[0] == ids[1] {
		return renderCompareProblem("Choose two different articles to compare: ?compare=A,B names them by id.")
	}
	a, b := e.Corpus.Article(ids[0]), e.Corpus.Article(ids[1])
	for i, art := range []*corpus.Article{a, b} {
		if art == nil {
			return renderCompareProblem("This link names an article (“" + ids[i] + "”) that is not in the corpus.")
		}
	}
	r, err := e.Pair(a.ID, b.ID)
	if err != nil {
		return renderCompareFailure(err)
	}
	return renderPairView(a, b, r, func(id string) string {
		if act := e.Actors.Actor(id); act != nil {
			return act.Name
		}
		return ""
	}, func(id string) string { return view{Who: id}.query() })
}

// renderPairView shows the comparison r of articles a and b side by side;
// name gives an actor's name by id ("" leaves it out) and href where its
// name links.
func renderPairView(a, b *corpus.Article, r compare.Result, name, href func(id string) string) app.UI {
	return elemClass("main", "compare").Aria("label", "Comparison").Body(
		elemClassText("h2", "compare-title", "Comparing two sources"),
		elemClassBody("div", "compare-heads", renderCompareHead(a, "A"), renderCompareHead(b, "B")),
		elemClass("section", "summary").Aria("label", "Summary").Body(
			elemClassBody("p", "verdict",
				elemText("strong", verdictWord(r)+". "),
				app.Text(fmt.Sprintf("%s of A is in passages B also tells, %s of B in passages A tells; %s and %s word for word.",
					pct(r.ShareA), pct(r.ShareB), pct(r.VerbatimA), pct(r.VerbatimB))+relationSentence(r)),
			),
			elemClassBody("ul", "evidence-list", app.Range(r.Evidence).Slice(func(i int) app.UI { return elemText("li", r.Evidence[i]) })),
			renderExports("this comparison", "parallax-"+a.ID+"-vs-"+b.ID,
				func(w io.Writer) error { return export.ComparisonCSV(w, r) },
				func() any { return r }),
		),
		renderRows(a, b, r),
		renderSharedQuotes(r),
		renderCompareActors(r, name, href),
	)
}

func renderCompareProblem(msg string) app.UI {
	return elemClassBody("main", "compare",
		elemText("h2", "Nothing to compare"),
		elemText("p", msg),
		linkText(view{Compare: "all"}.query(), "Open the overview of every pair"),
	)
}

// renderCompareFailure says the comparison could not be worked out, and
// why (the finder's wasm did not load, say).
func renderCompareFailure(err error) app.UI {
	return renderFailure("compare", "The comparison could not be made", err)
}

// renderFailure is a view of class class that could not be worked out:
// its title, why, and the way back.
func renderFailure(class, title string, err error) app.UI {
	return elemClassBody("main", class,
		elemText("h2", title),
		elemClassText("p", "notice", err.Error()),
		linkText(view{}.query(), "Back to the search"),
	)
}

func pct(f float64) string { return fmt.Sprintf("%.0f%%", f*100) }

func renderCompareHead(a *corpus.Article, side string) app.UI {
	return elemClassBody("div", "compare-head",
		elemClassText("span", "side", side),
		elemBody("h3", linkText(view{Article: a.ID}.query(), a.Title)),
		renderByline(a),
	)
}

// row is a line of the side-by-side view: a passage of A, of B, or both.
type row struct {
	a, b *corpus.Paragraph
	kind string // "verbatim", "paraphrase", "only-a", "only-b"
}

// alignRows orders the side-by-side rows: A's passages in order with their
// partners, and each passage only B tells after the row of the B passage
// before it.
func alignRows(a, b *corpus.Article, r compare.Result) []row {
	partner := map[string]compare.Pair{}
	for _, p := range r.Shared {
		partner[p.APassage] = p
	}
	var rows []row
	rowOfB := map[string]int{}
	for _, p := range a.Paragraphs {
		if pr, ok := partner[p.ID]; ok {
			rowOfB[pr.BPassage] = len(rows)
			rows = append(rows, row{a: p, b: b.Paragraph(pr.BPassage), kind: pr.Kind})
		} else {
			rows = append(rows, row{a: p, kind: "only-a"})
		}
	}
	// Insert B's own passages, last first so indexes stay valid.
	onlyB := map[string]bool{}
	for _, id := range r.OnlyB {
		onlyB[id] = true
	}
	insertAt := map[int][]row{}
	after := -1
	for _, p := range b.Paragraphs {
		if i, ok := rowOfB[p.ID]; ok {
			after = i
			continue
		}
		if onlyB[p.ID] {
			insertAt[after] = append(insertAt[after], row{b: p, kind: "only-b"})
		}
	}
	var out []row
	out = append(out, insertAt[-1]...)
	for i, rw := range rows {
		out = append(out, rw)
		out = append(out, insertAt[i]...)
	}
	return out
}

// renderRows shows the passages side by side, verbatim runs marked.
func renderRows(a, b *corpus.Article, r compare.Result) app.UI {
	marksA, marksB := map[string][][2]int{}, map[string][][2]int{}
	for _, s := range r.Spans {
		marksA[s.APassage] = append(marksA[s.APassage], [2]int{s.AStart, s.AEnd})
		marksB[s.BPassage] = append(marksB[s.BPassage], [2]int{s.BStart, s.BEnd})
	}
	// In a reworded pair, the words one side has and the other lacks.
	differs := map[string][][2]int{}
	for _, sh := range r.Shared {
		if sh.Kind == "paraphrase" {
			differs[sh.APassage], differs[sh.BPassage] = sh.ADiffers, sh.BDiffers
		}
	}
	rows := alignRows(a, b, r)
	cell := func(p *corpus.Paragraph, marks map[string][][2]int, side string) app.UI {
		if p == nil {
			return elemClassBody("div", "cell empty", elemClassText("span", "visually-hidden", "Not in "+side))
		}
		text := renderMarked(p.Text, mergeMarks(marks[p.ID]))
		if d := differs[p.ID]; len(d) > 0 {
			text = renderMarkedAs(p.Text, d, "em", "differs")
		}
		return elemClassBody("div", "cell",
			elemClassText("span", "pid", strings.TrimPrefix(p.ID, p.ID[:strings.LastIndex(p.ID, "/")+1])),
			elemBody("p", text...),
		)
	}
	labels := map[string]string{"verbatim": "word for word", "paraphrase": "reworded (what differs in italics)", "only-a": "only in A", "only-b": "only in B"}
	return elemClass("section", "rows").Aria("label", "Passages side by side").Body(
		elemClassBody("div", "row row-head", elemClassText("div", "cell", "A: "+outletName(a)), elemClassText("div", "cell", "B: "+outletName(b))),
		app.Range(rows).Slice(func(i int) app.UI {
			rw := rows[i]
			return elemClassBody("div", "row "+rw.kind,
				elemClassText("span", "row-kind", labels[rw.kind]),
				cell(rw.a, marksA, "A"),
				cell(rw.b, marksB, "B"),
			)
		}),
	)
}

// mergeMarks sorts marks and joins overlapping ones for renderMarked.
func mergeMarks(m [][2]int) [][2]int {
	if len(m) < 2 {
		return m
	}
	out := append([][2]int(nil), m...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j][0] < out[j-1][0]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	merged := [][2]int{out[0]}
	for _, x := range out[1:] {
		if last := &merged[len(merged)-1]; x[0] <= last[1] {
			last[1] = max(last[1], x[1])
			continue
		}
		merged = append(merged, x)
	}
	return merged
}

// renderSharedQuotes shows the quotes both carry, with wording changes.
func renderSharedQuotes(r compare.Result) app.UI {
	if len(r.Quotes) == 0 {
		return elemClassBody("section", "shared-quotes", elemText("h3", "Quotes both carry"), elemClassText("p", "status", "No quotation appears in both."))
	}
	return elemClassBody("section", "shared-quotes",
		elemText("h3", "Quotes both carry"),
		elemBody("ul", app.Range(r.Quotes).Slice(func(i int) app.UI {
			q := r.Quotes[i]
			note := "word for word"
			if q.Kind == "altered" {
				note = "altered"
				if q.Reordered {
					note = "same words, another order"
				}
			}
			var diff []app.UI
			for _, d := range q.Diff {
				switch d.Op {
				case "-":
					diff = append(diff, elemText("del", d.Text), app.Text(" "))
				case "+":
					diff = append(diff, elemText("ins", d.Text), app.Text(" "))
				default:
					diff = append(diff, app.Text(d.Text+" "))
				}
			}
			return elemBody("li",
				elemBody("p", elemText("strong", note+": "), app.Text("A “"+q.AText+"” · B “"+q.BText+"”")),
				when(len(diff) > 0, func() app.UI { return elemClassBody("p", "diff", diff...) }),
			)
		})),
	)
}

// renderCompareActors lists who both name and who only one names.
func renderCompareActors(r compare.Result, name, href func(id string) string) app.UI {
	group := func(title string, ids []string) app.UI {
		var names []app.UI
		for _, id := range ids {
			n := name(id)
			if n == "" {
				continue
			}
			if len(names) > 0 {
				names = append(names, app.Text(", "))
			}
			names = append(names, linkText(href(id), n))
		}
		if len(names) == 0 {
			names = []app.UI{app.Text("none")}
		}
		return elemBody("div", elemText("h4", title), elemBody("p", names...))
	}
	return elemClassBody("section", "compare-actors",
		elemText("h3", "Actors"),
		group("Named by both", r.ActorsBoth),
		group("Only in A", r.ActorsOnlyA),
		group("Only in B", r.ActorsOnlyB),
	)
}

// renderCompareOverview shows the overlap of every pair and the stories several
// outlets told.
func renderCompareOverview(e *Env) app.UI {
	arts := e.Corpus.Articles
	ov, err := e.Overview()
	if err != nil {
		return renderCompareFailure(err)
	}
	cells := map[[2]string]compare.Cell{}
	for _, c := range ov.Matrix {
		cells[[2]string{c.A, c.B}] = c
		cells[[2]string{c.B, c.A}] = compare.Cell{A: c.B, B: c.A, ShareA: c.ShareB, ShareB: c.ShareA, Overlap: c.Overlap}
	}
	stories := ov.Stories
	relations := map[[2]string]string{}
	for _, r := range ov.Relations {
		relations[[2]string{r.A, r.B}] = r.Relation
		relations[[2]string{r.B, r.A}] = r.Relation
	}
	return elemClass("main", "compare").Aria("label", "Overview of the sources").Body(
		elemText("h2", "How the sources overlap"),
		elemClassText("p", "status", "Each cell: the share of the row's article told in passages the column's article also tells, and how the two relate. Open a cell to compare the two side by side."),
		when(len(relations) > 0, func() app.UI { return renderRelationLegend() }),
		renderExports("the overlap of every pair", "parallax-overlap",
			func(w io.Writer) error { return export.MatrixCSV(w, ov.Matrix) },
			func() any {
				return struct {
					Matrix  []compare.Cell  `json:"matrix"`
					Stories []compare.Story `json:"stories"`
				}{ov.Matrix, stories}
			}),
		elemClassBody("div", "matrix-wrap", elemClassBody("table", "matrix",
			elemBody("thead", elemBody("tr",
				app.Elem("th").Attr("scope", "col").Text("Article"),
				app.Range(arts).Slice(func(j int) app.UI { return app.Elem("th").Attr("scope", "col").Text(outletName(arts[j])) }),
			)),
			elemBody("tbody", app.Range(arts).Slice(func(i int) app.UI {
				return elemBody("tr",
					app.Elem("th").Attr("scope", "row").Text(articleLabel(arts[i])),
					app.Range(arts).Slice(func(j int) app.UI {
						if i == j {
							return elemClassText("td", "self", "—")
						}
						c := cells[[2]string{arts[i].ID, arts[j].ID}]
						rel := relations[[2]string{arts[i].ID, arts[j].ID}]
						return elemClass("td", "rel-"+rel).Style("--overlap", fmt.Sprintf("%.2f", c.ShareA)).Body(
							link(view{Compare: arts[i].ID + "," + arts[j].ID}.query()).Body(
								app.Text(pct(c.ShareA)),
								when(rel != "", func() app.UI {
									return elemClassText("span", "rel-mark", " "+relationLabels[rel])
								}),
								elemClassText("span", "visually-hidden", ": compare "+outletName(arts[i])+" with "+outletName(arts[j])),
							),
						)
					}),
				)
			})),
		)),
		renderEventGroups(e, ov.Events),
		elemText("h3", "Stories several outlets told"),
		when(len(stories) == 0, func() app.UI {
			return elemClassText("p", "status", "No passage of one article tells what a passage of another does.")
		}),
		elemClassBody("ul", "stories", app.Range(stories).Slice(func(i int) app.UI {
			s := stories[i]
			var links []app.UI
			for k, p := range s.Passages {
				if k > 0 {
					links = append(links, app.Text(" · "))
				}
				art := p[:strings.LastIndex(p, "/")]
				links = append(links, linkText(view{Article: art, Passage: p}.query(), p))
			}
			return elemBody("li",
				elemBody("p", elemText("strong", strings.Join(s.Terms, ", ")), app.Text(" — told by "+strings.Join(s.Outlets, "; "))),
				elemClassBody("p", "story-passages", links...),
			)
		})),
	)
}

// verdictWord is the word the pair view opens with: how the two
// articles relate, as the matrix colours their cell ("Same topic"), or,
// where no relation was worked out, the verdict on the text they share.
// One screen says one thing: a pair whose shared text reads as a rewrite
// but whose leads tell two decisions opens with "Same topic".
func verdictWord(r compare.Result) string {
	w := r.Verdict
	if r.Relation != "" {
		w = relationLabels[r.Relation]
	}
	if w == "" {
		return ""
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// relationSentence says why the two articles relate as verdictWord
// says, and what the text they share alone would say when that differs:
// the verdict weighs the text they share, the relation the events they
// report.
func relationSentence(r compare.Result) string {
	if r.Relation == "" {
		return ""
	}
	s := " Why: " + strings.Join(r.RelationEvidence.Reasons, "; ") + "."
	if v := r.Verdict; v != "" && v != relationLabels[r.Relation] && !(v == "same story" && r.Relation == compare.SameEvent) {
		s += " By the text they share alone: " + v + "."
	}
	return s
}

// relationLabels are the words the matrix shows for each relation.
var relationLabels = map[string]string{
	compare.Reprint:   "reprint",
	compare.Rewrite:   "rewrite",
	compare.SameEvent: "same event",
	compare.SameTopic: "same topic",
	compare.Unrelated: "unrelated",
}

// renderRelationLegend says what each relation of the matrix means.
func renderRelationLegend() app.UI {
	items := []struct{ rel, text string }{
		{compare.Reprint, "the same text, give or take furniture, cuts or a headline"},
		{compare.Rewrite, "the same event and largely the same facts and quotations, reworded"},
		{compare.SameEvent, "independent reports of one event"},
		{compare.SameTopic, "the same subject, different events"},
		{compare.Unrelated, "little in common"},
	}
	return elemClass("ul", "relation-legend").Aria("label", "What the relations mean").Body(
		app.Range(items).Slice(func(i int) app.UI {
			return elemClassBody("li", "rel-"+items[i].rel,
				elemText("strong", relationLabels[items[i].rel]),
				app.Text(": "+items[i].text),
			)
		}),
	)
}

// renderEventGroups lists the events several articles report, each with
// the article published first and which copy which.
func renderEventGroups(e *Env, events []compare.Event) app.UI {
	title := func(id string) string {
		if a := e.Corpus.Article(id); a != nil {
			return articleLabel(a)
		}
		return id
	}
	headline := func(id string) string {
		if a := e.Corpus.Article(id); a != nil {
			return a.Title
		}
		return ""
	}
	return renderEventList(events, title, headline)
}

// renderEventList lists events, title giving an article's outlet and
// date and headline its headline; each copy links to its comparison with
// the article it copies.
func renderEventList(events []compare.Event, title, headline func(id string) string, more ...app.UI) app.UI {
	return elemClass("section", "event-groups").Aria("labelledby", "event-groups-title").Body(
		app.Elem("h3").ID("event-groups-title").Text("Events several articles report"),
		when(len(events) == 0, func() app.UI {
			return elemClassText("p", "status", "No two articles report the same event.")
		}),
		elemBody("ul", app.Range(events).Slice(func(i int) app.UI {
			ev := events[i]
			return elemBody("li",
				elemBody("p", elemText("strong", ev.Label), app.Text(" — first: "+title(ev.First))),
				elemClassBody("ul", "event-articles", app.Range(ev.Articles).Slice(func(j int) app.UI {
					id := ev.Articles[j]
					var note []app.UI
					for _, c := range ev.Copies {
						if c.Article == id {
							note = []app.UI{
								app.Text(" (" + relationLabels[c.Relation] + " of " + title(c.Of) + ": "),
								link(view{Compare: c.Of + "," + id}.query()).Body(
									app.Text("compare"),
									elemClassText("span", "visually-hidden", " "+title(id)+" with "+title(c.Of)),
								),
								app.Text(")"),
							}
							break
						}
					}
					line := []app.UI{linkText(view{Article: id}.query(), title(id))}
					if h := headline(id); h != "" {
						line = append(line, app.Text(": "), elemText("cite", h))
					}
					return elemBody("li", append(line, note...)...)
				})),
			)
		})),
		elemBody("div", more...),
	)
}
