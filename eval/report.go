package eval

import (
	"fmt"
	"io"
	"strings"
)

// Ratio is a count of right answers out of a total.
type Ratio struct {
	Right int `json:"right"`
	Total int `json:"total"`
}

// Value is Right/Total, or 0 when there is nothing to count.
func (r Ratio) Value() float64 {
	if r.Total == 0 {
		return 0
	}
	return float64(r.Right) / float64(r.Total)
}

// PersonScore is the person measures.
type PersonScore struct {
	// Gold is the number of (person, file) pairs annotated, Found those
	// found.
	Gold  int `json:"gold"`
	Found int `json:"found"`
	// System is the number of (actor of kind person, file) pairs found,
	// Precise those that are a gold person of the file.
	System  int `json:"system"`
	Precise int `json:"precise"`
	// Splits counts gold persons matched by two actors in one file.
	Splits int `json:"splits"`
}

// Recall is Found/Gold.
func (p PersonScore) Recall() float64 { return Ratio{p.Found, p.Gold}.Value() }

// Precision is Precise/System.
func (p PersonScore) Precision() float64 { return Ratio{p.Precise, p.System}.Value() }

// F1 is the harmonic mean of precision and recall.
func (p PersonScore) F1() float64 {
	pr, re := p.Precision(), p.Recall()
	if pr+re == 0 {
		return 0
	}
	return 2 * pr * re / (pr + re)
}

// EventScore measures the corpus's events (compare's Events) against the
// manifest's event column, by pairs of articles: Gold pairs report one
// annotated event, System pairs share a found event, Both are both.
type EventScore struct {
	Gold   int `json:"gold"`
	System int `json:"system"`
	Both   int `json:"both"`
}

// Precision is Both/System.
func (e EventScore) Precision() float64 { return Ratio{e.Both, e.System}.Value() }

// Recall is Both/Gold.
func (e EventScore) Recall() float64 { return Ratio{e.Both, e.Gold}.Value() }

// Miss is one answer that was not the annotated one, for finding what to
// fix: File names the file (or the query, or the pair).
type Miss struct {
	File string `json:"file"`
	Want string `json:"want,omitempty"`
	Got  string `json:"got,omitempty"`
}

// Misses lists the wrong answers by measure.
type Misses struct {
	Headlines    []Miss `json:"headlines"`
	Persons      []Miss `json:"persons"`
	FalsePersons []Miss `json:"false_persons"`
	Splits       []Miss `json:"splits"`
	Actors       []Miss `json:"actors"`
	Quotes       []Miss `json:"quotes"`
	Queries      []Miss `json:"queries"`
	Relations    []Miss `json:"relations"`
	// Events lists the found events that join articles of several
	// annotated events.
	Events []Miss `json:"events"`
}

// Report is the measures of one annotated folder. Its JSON form is
// `parallax eval --json`: add fields, never rename them.
type Report struct {
	Headlines Ratio       `json:"headlines"`
	Persons   PersonScore `json:"persons"`
	AllKinds  Ratio       `json:"all_kinds"`
	KeyActors Ratio       `json:"key_actors"`
	Quotes    Ratio       `json:"quotes"`
	Queries   Ratio       `json:"queries"`
	Relations Ratio       `json:"relations"`
	// Events is absent when the manifest names no event two articles
	// share.
	Events *EventScore `json:"events,omitempty"`
	// Confusion counts pairs by gold relation, then by the relation given.
	Confusion map[string]map[string]int `json:"confusion"`
	// HTML counts the saved web pages of the manifest that were imported.
	HTML Ratio `json:"html"`
	// Lost are the manifest's files that Parallax did not list.
	Lost   []string        `json:"lost"`
	Misses Misses          `json:"misses"`
	Has    map[string]bool `json:"-"`
}

// WriteTable prints the report as a table; with misses set, every wrong
// answer follows it.
func (rep *Report) WriteTable(w io.Writer, misses bool) {
	line := func(name string, r Ratio, file string) {
		if file != "" && !rep.Has[file] {
			fmt.Fprintf(w, "%-34s %s\n", name, "not annotated ("+file+" missing)")
			return
		}
		if r.Total == 0 {
			fmt.Fprintf(w, "%-34s %s\n", name, "none annotated")
			return
		}
		fmt.Fprintf(w, "%-34s %5.3f  (%d of %d)\n", name, r.Value(), r.Right, r.Total)
	}
	fmt.Fprintf(w, "%-34s %s\n", "measure", "value")
	line("headlines right", rep.Headlines, ManifestFile)
	p := rep.Persons
	if rep.Has[AliasesFile] {
		fmt.Fprintf(w, "%-34s %5.3f  (%d of %d)\n", "persons precision", p.Precision(), p.Precise, p.System)
		fmt.Fprintf(w, "%-34s %5.3f  (%d of %d)\n", "persons recall", p.Recall(), p.Found, p.Gold)
		fmt.Fprintf(w, "%-34s %5.3f\n", "persons F1", p.F1())
		fmt.Fprintf(w, "%-34s %d\n", "persons split in one file", p.Splits)
	} else {
		line("persons", Ratio{}, AliasesFile)
	}
	line("all kinds recall", rep.AllKinds, AliasesFile)
	line("key actors recall", rep.KeyActors, "")
	line("quotes to the right speaker", rep.Quotes, QuotesFile)
	line("queries answered exactly", rep.Queries, QueriesFile)
	line("pair relations right", rep.Relations, PairsFile)
	if e := rep.Events; e != nil {
		fmt.Fprintf(w, "%-34s %5.3f  (%d of %d)\n", "events: pairs rightly joined", e.Precision(), e.Both, e.System)
		fmt.Fprintf(w, "%-34s %5.3f  (%d of %d)\n", "events: annotated pairs joined", e.Recall(), e.Both, e.Gold)
	}
	if rep.HTML.Total > 0 {
		line("HTML pages imported", rep.HTML, "")
	}
	fmt.Fprintf(w, "%-34s %d", "files lost", len(rep.Lost))
	if len(rep.Lost) > 0 {
		fmt.Fprintf(w, "  (%s)", strings.Join(rep.Lost, ", "))
	}
	fmt.Fprintln(w)
	if rep.Relations.Total > 0 {
		fmt.Fprintf(w, "\nrelations (rows: annotated, columns: given)\n%-12s", "")
		cols := append(append([]string{}, Relations...), "lost")
		for _, c := range cols {
			fmt.Fprintf(w, " %10s", c)
		}
		fmt.Fprintln(w)
		for _, g := range Relations {
			fmt.Fprintf(w, "%-12s", g)
			for _, c := range cols {
				fmt.Fprintf(w, " %10d", rep.Confusion[g][c])
			}
			fmt.Fprintln(w)
		}
	}
	if !misses {
		return
	}
	groups := []struct {
		name string
		list []Miss
	}{
		{"headlines", rep.Misses.Headlines}, {"persons not found", rep.Misses.Persons},
		{"called a person, not one", rep.Misses.FalsePersons}, {"persons split", rep.Misses.Splits},
		{"actors not found", rep.Misses.Actors}, {"quotes", rep.Misses.Quotes},
		{"queries", rep.Misses.Queries}, {"relations", rep.Misses.Relations},
		{"events joining several annotated events", rep.Misses.Events},
	}
	for _, gr := range groups {
		if len(gr.list) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s (%d)\n", gr.name, len(gr.list))
		for _, m := range gr.list {
			fmt.Fprintf(w, "  %s: want %q, got %q\n", m.File, m.Want, m.Got)
		}
	}
}
