package compare

import (
	"reflect"
	"slices"
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

// TestEventsOfReportsInOwnWords: two reports of one event in their own
// words tell no passage alike, so the Matrix does not pair them; the
// particular actors both name do, and Events joins them.
func TestEventsOfReportsInOwnWords(t *testing.T) {
	a := article(t, "ap.txt", "Carmaker Hallvik agrees to cut 9,000 jobs in deal with Torsmark union", "2026-12-20", []string{
		"BERGSHAVN (AP) — Hallvik reached a deal with the Torsmark union on Friday to cut 9,000 jobs at its plants by 2030 without closing any factory, ending weeks of warning strikes.",
		"The agreement, struck after 70 hours of talks in Bergshavn, lowers the carmaker's yearly output by about 200,000 vehicles, the company said.",
		"\u201cWe found a solution that secures the future of our plants,\u201d Hallvik brand chief Oskar Lindqvist-Aune said.",
	})
	b := article(t, "own.txt", "Hallvik and Torsmark settle: 9,000 posts to go, no plant shut", "2026-12-20", []string{
		"BERGSHAVN — After a final round of negotiations that ran through the night, Hallvik and Torsmark agreed to shed 9,000 posts by the end of the decade while keeping every plant open.",
		"Torsmark negotiator Eira Solbakken-Moe said management had dropped its demand for a pay cut. \u201cThere will be no closures and no layoffs,\u201d she told reporters.",
		"The job cuts will come through early retirement, Hallvik said, and its yearly output of vehicles will fall. Shares in the carmaker rose 1.5% in trading.",
	})
	c := withArticles(t, a, b)
	cmp := New(c, find.Actors(c))
	for _, cell := range cmp.Matrix() {
		if cell.A == a.ID && cell.B == b.ID || cell.A == b.ID && cell.B == a.ID {
			t.Fatalf("the Matrix pairs the two reports (%+v); the test needs a pair it does not", cell)
		}
	}
	for _, ev := range cmp.Events() {
		if slices.Contains(ev.Articles, a.ID) && slices.Contains(ev.Articles, b.ID) {
			return
		}
	}
	t.Errorf("Events() = %+v, want the two reports of the Hallvik deal as one event (relation %q)", cmp.Events(), cmp.Compare(a, b).Relation)
}
