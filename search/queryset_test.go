package search

import (
	"testing"

	"github.com/parallax-news/parallax/internal/testkit/judged"
)

// hitsOf returns the judged form of a search's hits.
func hitsOf(r Result) []judged.Hit {
	hits := make([]judged.Hit, len(r.Hits))
	for i, h := range r.Hits {
		hits[i] = judged.Hit{Passage: h.Passage, Text: h.Text}
	}
	return hits
}

// TestQuerySet checks every judged query (internal/testkit/judged): each must
// passage returned, no must-not passage returned, nothing where nothing
// is to be found.
func TestQuerySet(t *testing.T) {
	set, err := judged.Set()
	if err != nil {
		t.Fatal(err)
	}
	if len(set) < 40 {
		t.Fatalf("the query set has %d queries, want at least 40", len(set))
	}
	ix := defaultIndex(t)
	for _, j := range set {
		r := ix.Search(j.Query, Options{})
		if !j.Passes(hitsOf(r)) {
			var got []string
			for _, h := range r.Hits {
				got = append(got, h.Passage)
			}
			t.Errorf("Search(%q) (%s) = %v; want all of %v, none of %v, nothing: %v", j.Query, j.Kind, got, j.Must, j.MustNot, j.None)
		}
	}
}

// BenchmarkQuerySet reports the quality of search on the judged set:
// precision of the top 5 hits and recall of the must passages.
func BenchmarkQuerySet(b *testing.B) {
	set, err := judged.Set()
	if err != nil {
		b.Fatal(err)
	}
	ix := defaultIndex(b)
	var q judged.Quality
	for b.Loop() {
		q = judged.Score(set, func(query string) []judged.Hit { return hitsOf(ix.Search(query, Options{})) })
	}
	b.ReportMetric(q.PrecisionAt5, "precision@5")
	b.ReportMetric(q.Recall, "recall")
}
