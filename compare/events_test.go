package compare

import (
	"reflect"
	"testing"

	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/testkit/synth"
)

// plantRecall compares the articles of a generated corpus with planted
// copies, and returns how many of the plants the candidate pairs (Matrix)
// hold, and how many Events finds as copies of the right article.
func plantRecall(c *corpus.Corpus, plants []synth.Plant, cmp *Comparer) (candidates, found int) {
	cells := map[[2]string]bool{}
	for _, cell := range cmp.Matrix() {
		cells[[2]string{cell.A, cell.B}] = true
	}
	copied := map[[2]string]bool{}
	for _, ev := range cmp.Events() {
		for _, cp := range ev.Copies {
			copied[[2]string{cp.Article, cp.Of}] = true
			copied[[2]string{cp.Of, cp.Article}] = true
		}
	}
	for _, p := range plants {
		a, b := c.Articles[p.Of].ID, c.Articles[p.Copy].ID
		if cells[[2]string{a, b}] || cells[[2]string{b, a}] {
			candidates++
		}
		if copied[[2]string{b, a}] {
			found++
		}
	}
	return candidates, found
}

// TestPlantedCopiesAreCandidates: every planted reprint and rewrite of a
// small generated corpus is among the pairs the inverted index proposes,
// which is what keeps the comparison from comparing every pair.
func TestPlantedCopiesAreCandidates(t *testing.T) {
	c, plants, err := synth.WithCopies(60, 3)
	if err != nil {
		t.Fatal(err)
	}
	cmp := New(c, find.Actors(c))
	candidates, found := plantRecall(c, plants, cmp)
	if candidates != len(plants) {
		t.Errorf("%d of %d planted copies are candidate pairs, want all", candidates, len(plants))
	}
	if found*10 < len(plants)*8 {
		t.Errorf("Events finds %d of %d planted copies, want at least 80%%", found, len(plants))
	}
}

// BenchmarkEvents300 finds the events and copies of 300 generated
// articles with planted reprints and rewrites, and reports the share of
// plants among the candidate pairs and found as copies.
func BenchmarkEvents300(b *testing.B) {
	c, plants, err := synth.WithCopies(300, 5)
	if err != nil {
		b.Fatal(err)
	}
	set := find.Actors(c)
	var candidates, found int
	for b.Loop() {
		candidates, found = plantRecall(c, plants, New(c, set))
	}
	b.ReportMetric(float64(candidates)/float64(len(plants)), "candidate-recall")
	b.ReportMetric(float64(found)/float64(len(plants)), "copy-recall")
}

// TestEventLinkage: reports join one event when most of the pairs across
// their groups are linked, not through a chain of look-alikes (two
// nights' strikes on one city each told like a third report).
func TestEventLinkage(t *testing.T) {
	for _, tt := range []struct {
		name  string
		links []eventLink
		want  [][]int
	}{
		{"a chain of two reports alike, the ends unlike", []eventLink{
			{0, 1, SameEvent, 0.5}, {1, 2, SameEvent, 0.4},
		}, [][]int{{0, 1}, {2}, {3}}},
		{"three reports each like the others", []eventLink{
			{0, 1, SameEvent, 0.5}, {1, 2, SameEvent, 0.4}, {0, 2, SameEvent, 0.35},
		}, [][]int{{0, 1, 2}, {3}}},
		{"a reprint joins before a look-alike", []eventLink{
			{1, 2, SameEvent, 0.6}, {0, 1, Reprint, 0.3}, {0, 2, SameEvent, 0.3},
		}, [][]int{{0, 1, 2}, {3}}},
		{"two events of two reports, one pair across alike", []eventLink{
			{0, 1, Rewrite, 0.7}, {2, 3, Rewrite, 0.7}, {1, 2, SameEvent, 0.5},
		}, [][]int{{0, 1}, {2, 3}}},
		{"a fourth report like three of one event", []eventLink{
			{0, 1, SameEvent, 0.5}, {1, 2, SameEvent, 0.5}, {0, 2, SameEvent, 0.5},
			{3, 0, SameEvent, 0.4}, {3, 1, SameEvent, 0.4}, {3, 2, SameEvent, 0.4},
		}, [][]int{{0, 1, 2, 3}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := linkEvents(tt.links).groups(4); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("groups = %v, want %v", got, tt.want)
			}
		})
	}
}
