// Package export writes what the explorer shows as CSV and JSON, and cites
// a passage: the same rows for the command line and the page's downloads.
package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/search"
)

// Citation quotes a passage of an article with where it comes from:
// “text” — Outlet (from Original source), “Title”, 16 August 2023, URL.
// Parts the article does not know are left out.
func Citation(a *corpus.Article, text string) string {
	var b strings.Builder
	b.WriteString("“" + strings.TrimSpace(text) + "” —")
	var parts []string
	if a.Outlet != "" {
		src := a.Outlet
		if a.OriginalSource != "" && a.OriginalSource != a.Outlet {
			src += " (from " + a.OriginalSource + ")"
		}
		parts = append(parts, src)
	}
	if a.Title != "" {
		parts = append(parts, "“"+a.Title+"”")
	}
	if d, err := time.Parse(time.DateOnly, a.Published); err == nil {
		parts = append(parts, d.Format("2 January 2006"))
	}
	if corpus.SafeURL(a.URL) {
		parts = append(parts, a.URL)
	}
	if len(parts) == 0 {
		parts = append(parts, a.File)
	}
	b.WriteString(" " + strings.Join(parts, ", "))
	return b.String()
}

// Actor is one row of the actor table; its JSON is the format of
// `parallax actors --json`.
type Actor struct {
	ID       string         `json:"id"`
	Name     string         `json:"name"`
	Kind     string         `json:"kind"`
	Aliases  []string       `json:"aliases"`
	Roles    []string       `json:"roles"`
	Mentions map[string]int `json:"mentions"`
	Quotes   []Quote        `json:"quotes"`
}

// Quote is a quotation attributed to an actor.
type Quote struct {
	Article string `json:"article"`
	Passage string `json:"passage"`
	Text    string `json:"text"`
	Via     string `json:"via"`
}

// Actors returns the actor table, of one kind unless kind is "".
func Actors(set *actors.Set, kind actors.Kind) []Actor {
	items := []Actor{}
	for _, a := range set.Actors {
		if kind != "" && a.Kind != kind {
			continue
		}
		it := Actor{ID: a.ID, Name: a.Name, Kind: string(a.Kind), Aliases: a.Aliases, Roles: a.Roles, Mentions: a.Mentions, Quotes: []Quote{}}
		for _, q := range a.Quotes {
			it.Quotes = append(it.Quotes, Quote{q.Article, q.Passage, q.Text, q.Via})
		}
		items = append(items, it)
	}
	return items
}

// JSON writes v as indented JSON, HTML characters left as they are.
func JSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// ResultsCSV writes a search result, one row per passage, best first.
func ResultsCSV(w io.Writer, c *corpus.Corpus, r search.Result) error {
	rows := [][]string{{"rank", "article", "passage", "outlet", "title", "date", "url", "score", "text"}}
	for i, h := range r.Hits {
		a := c.Article(h.Article)
		if a == nil {
			continue
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), a.ID, h.Passage, a.Outlet, a.Title, a.Published, safeURL(a.URL), strconv.FormatFloat(h.Score, 'f', 3, 64), h.Text})
	}
	return writeCSV(w, rows)
}

// ActorsCSV writes the actor table: one row per actor, mentions per
// article as "article:count" joined by "; ".
func ActorsCSV(w io.Writer, items []Actor) error {
	rows := [][]string{{"id", "name", "kind", "aliases", "roles", "mentions", "articles", "mentions_by_article", "quotes"}}
	for _, a := range items {
		total := 0
		var by []string
		for art, n := range a.Mentions {
			total += n
			by = append(by, art+":"+strconv.Itoa(n))
		}
		sort.Strings(by)
		rows = append(rows, []string{a.ID, a.Name, a.Kind, strings.Join(a.Aliases, "; "), strings.Join(a.Roles, "; "),
			strconv.Itoa(total), strconv.Itoa(len(a.Mentions)), strings.Join(by, "; "), strconv.Itoa(len(a.Quotes))})
	}
	return writeCSV(w, rows)
}

// ComparisonCSV writes the comparison of two articles: the passages both
// tell (verbatim or paraphrase), the shared quotes, then what only one
// tells, one row each.
func ComparisonCSV(w io.Writer, r compare.Result) error {
	rows := [][]string{{"kind", "a_passage", "b_passage", "score", "a_text", "b_text"}}
	for _, p := range r.Shared {
		rows = append(rows, []string{p.Kind, p.APassage, p.BPassage, strconv.FormatFloat(p.Score, 'f', 3, 64), p.AText, p.BText})
	}
	for _, q := range r.Quotes {
		rows = append(rows, []string{"quote " + q.Kind, q.APassage, q.BPassage, "", q.AText, q.BText})
	}
	for _, id := range r.OnlyA {
		rows = append(rows, []string{"only " + r.A, id, "", "", "", ""})
	}
	for _, id := range r.OnlyB {
		rows = append(rows, []string{"only " + r.B, "", id, "", "", ""})
	}
	return writeCSV(w, rows)
}

// MatrixCSV writes the overlap of every pair that shares something.
func MatrixCSV(w io.Writer, cells []compare.Cell) error {
	rows := [][]string{{"a", "b", "share_a", "share_b", "overlap"}}
	for _, c := range cells {
		f := func(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }
		rows = append(rows, []string{c.A, c.B, f(c.ShareA), f(c.ShareB), f(c.Overlap)})
	}
	return writeCSV(w, rows)
}

// writeCSV writes rows, defusing cells a spreadsheet would run as a
// formula (those starting with =, +, -, @, tab or carriage return) with a
// leading apostrophe.
func writeCSV(w io.Writer, rows [][]string) error {
	cw := csv.NewWriter(w)
	for i, row := range rows {
		if i > 0 {
			for j, cell := range row {
				if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) && !isNumber(cell) {
					row[j] = "'" + cell
				}
			}
		}
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("writing CSV: %w", err)
		}
	}
	cw.Flush()
	return cw.Error()
}

func isNumber(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}

// safeURL is u when it is an http or https address, else "": exports
// carry no address a spreadsheet or script could follow into script.
func safeURL(u string) string {
	if corpus.SafeURL(u) {
		return u
	}
	return ""
}
