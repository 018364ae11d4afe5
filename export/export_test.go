package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/dates"
	"github.com/parallax-news/parallax/search"
)

func TestCitation(t *testing.T) {
	for _, tc := range []struct {
		meta corpus.Meta
		want string
	}{
		{corpus.Meta{Title: "Kim meets Putin", Outlet: "Capital Post", OriginalSource: "The Washington Post", Published: "2024-06-19", URL: "https://example.org/a"},
			"“They met.” — Capital Post (from The Washington Post), “Kim meets Putin”, 19 June 2024, https://example.org/a"},
		{corpus.Meta{Title: "Kim meets Putin", Outlet: "Reuters", OriginalSource: "Reuters"},
			"“They met.” — Reuters, “Kim meets Putin”"},
		{corpus.Meta{Published: "someday"}, "“They met.” — notes.txt"},
	} {
		a := &corpus.Article{Meta: tc.meta, File: "notes.txt"}
		if got := Citation(a, " They met. "); got != tc.want {
			t.Errorf("Citation = %q, want %q", got, tc.want)
		}
	}
}

func TestCSV(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	res := search.NewIndex(c).Search("Shoigu", search.Options{})
	var b bytes.Buffer
	if err := ResultsCSV(&b, c, res); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatalf("the results CSV does not read back: %v", err)
	}
	if len(rows) != len(res.Hits)+1 || len(res.Hits) == 0 {
		t.Fatalf("%d rows for %d hits, want a header and one per hit", len(rows), len(res.Hits))
	}
	for i, h := range res.Hits {
		if r := rows[i+1]; r[2] != h.Passage || r[8] != h.Text || r[4] != c.Article(h.Article).Title {
			t.Errorf("row %d = %q, want passage %s with its text and title", i+1, r, h.Passage)
		}
	}

	set := find.Actors(c)
	b.Reset()
	items := Actors(set, actors.Person)
	if err := ActorsCSV(&b, items); err != nil {
		t.Fatal(err)
	}
	rows, err = csv.NewReader(&b).ReadAll()
	if err != nil || len(rows) != len(items)+1 {
		t.Fatalf("actor CSV: %d rows, err %v; want %d", len(rows), err, len(items)+1)
	}
	for _, r := range rows[1:] {
		if r[2] != "person" {
			t.Errorf("actor row %q is not a person", r)
		}
	}

	cmp := compare.New(c, set)
	b.Reset()
	r := cmp.Compare(c.Articles[1], c.Articles[3])
	if err := ComparisonCSV(&b, r); err != nil {
		t.Fatal(err)
	}
	rows, err = csv.NewReader(&b).ReadAll()
	if want := 1 + len(r.Shared) + len(r.Quotes) + len(r.OnlyA) + len(r.OnlyB); err != nil || len(rows) != want {
		t.Errorf("comparison CSV: %d rows, err %v; want %d", len(rows), err, want)
	}
}

func TestCSVDefusesFormulas(t *testing.T) {
	var b bytes.Buffer
	writeCSV(&b, [][]string{{"h1", "h2", "h3"}, {"=HYPERLINK(\"x\")", "-3.5", "@SUM(A1)"}})
	rows, _ := csv.NewReader(&b).ReadAll()
	if got := rows[1]; got[0] != "'=HYPERLINK(\"x\")" || got[1] != "-3.5" || got[2] != "'@SUM(A1)" {
		t.Errorf("row = %q, want formulas prefixed with ' and numbers left alone", got)
	}
}

// TestEventsCSV: one row per event after the header, the phrase and its
// dates in their columns.
func TestEventsCSV(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	events := dates.Events(c)
	var b bytes.Buffer
	if err := EventsCSV(&b, Events(events)); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(events)+1 || rows[0][0] != "from" || rows[0][4] != "phrase" {
		t.Fatalf("EventsCSV: %d rows, header %q; want %d rows under from,…,phrase", len(rows), rows[0], len(events)+1)
	}
	for i, e := range events {
		r := rows[i+1]
		if r[0] != e.From.Format("2006-01-02") || r[4] != e.Phrase || r[9] != e.Passage.ID {
			t.Errorf("row %d = %q, want %s, %q, %s", i+1, r, e.From.Format("2006-01-02"), e.Phrase, e.Passage.ID)
		}
	}
}

// TestExportsLeaveOutUnsafeURLs: an address that is not http or https (set
// on an article by hand, as a tampered snapshot could) is in no citation
// and no CSV row.
func TestExportsLeaveOutUnsafeURLs(t *testing.T) {
	a := &corpus.Article{Meta: corpus.Meta{ID: "x", Title: "A headline", Outlet: "Outlet", URL: "javascript:alert(3)"}}
	if got := Citation(a, "Some text."); strings.Contains(got, "javascript") {
		t.Errorf("Citation = %q, want no javascript: address", got)
	}
	a.Paragraphs = []*corpus.Paragraph{{ID: "x/p1", Text: "Some text."}}
	var b strings.Builder
	res := search.Result{Hits: []search.Hit{{Article: "x", Passage: "x/p1", Text: "Some text."}}}
	if err := ResultsCSV(&b, &corpus.Corpus{Articles: []*corpus.Article{a}}, res); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "javascript") {
		t.Errorf("ResultsCSV = %q, want no javascript: address", b.String())
	}
}
