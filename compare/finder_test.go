package compare

import (
	"fmt"
	"slices"
	"testing"

	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/testkit/synth"
)

// groupedEvents finds the events of c as a build too large to hold it
// does: sketches through a Finder, then each group compared in full with
// the whole corpus's statistics.
func groupedEvents(c *corpus.Corpus) ([]Event, *Finder) {
	f := NewFinder()
	byID := map[string]*corpus.Article{}
	for _, a := range c.Articles {
		f.Add(SketchArticle(a))
		byID[a.ID] = a
	}
	var events []Event
	var pairs []Result
	for _, b := range f.Batches() {
		part := &corpus.Corpus{}
		for _, id := range b.IDs {
			part.Articles = append(part.Articles, byID[id])
		}
		evs, rs := NewWithStats(part, find.Actors(part), f.Stats()).EventsAmong(b.Pairs)
		events = append(events, evs...)
		pairs = append(pairs, rs...)
	}
	return MergeEvents(events, RelatedBy(pairs)), f
}

// copiedPairs returns the (copy, original) pairs of events.
func copiedPairs(events []Event) map[[2]string]string {
	out := map[[2]string]string{}
	for _, ev := range events {
		for _, cp := range ev.Copies {
			out[[2]string{cp.Article, cp.Of}] = cp.Relation
		}
	}
	return out
}

// TestFinderFindsPlantedCopies: the Finder proposes nearly every planted
// reprint and rewrite of a generated corpus as a candidate pair (min-hash
// buckets miss a pair now and then), among far fewer
// pairs than all, and the groups compared in full find them as copies of
// the right article, as Events over the whole corpus does.
func TestFinderFindsPlantedCopies(t *testing.T) {
	c, plants, err := synth.WithCopies(200, 5)
	if err != nil {
		t.Fatal(err)
	}
	events, f := groupedEvents(c)
	cands := map[[2]int32]bool{}
	for _, p := range f.Candidates() {
		cands[p] = true
	}
	missed := 0
	for _, p := range plants {
		if !cands[[2]int32{int32(p.Of), int32(p.Copy)}] {
			missed++
			t.Logf("planted %s %d of %d is not a candidate", p.Kind, p.Copy, p.Of)
		}
	}
	if missed*10 > len(plants) {
		t.Errorf("%d of %d planted copies are not candidate pairs, want at most 10%%", missed, len(plants))
	}
	all := len(c.Articles) * (len(c.Articles) - 1) / 2
	if len(cands) > all/20 {
		t.Errorf("%d candidate pairs of %d: the sketches do not narrow the comparison", len(cands), all)
	}
	copied := copiedPairs(events)
	found := 0
	for _, p := range plants {
		if copied[[2]string{c.Articles[p.Copy].ID, c.Articles[p.Of].ID}] != "" {
			found++
		}
	}
	if found*10 < len(plants)*9 {
		t.Errorf("the groups find %d of %d planted copies, want at least 90%%", found, len(plants))
	}
	t.Logf("%d candidate pairs of %d; %d of %d plants found as copies", len(cands), all, found, len(plants))
}

// TestFinderIgnoresUnrelated: articles that share no passage are never
// candidates, and an empty or passage-less article is no trouble.
func TestFinderIgnoresUnrelated(t *testing.T) {
	texts := []string{
		"The river flooded three villages after a week of heavy rain, officials in the province said on Monday.",
		"Shares in the carmaker fell sharply after it cut its forecast for electric vehicle sales this year.",
		"The orchestra announced a new conductor, who will lead its autumn season of modern symphonies.",
		"The mayor, who had returned from the coast, spoke to reporters on Friday.",
	}
	f := NewFinder()
	for i, text := range texts {
		a, err := corpus.Parse(fmt.Sprintf("a%d.txt", i), []byte("Title "+fmt.Sprint(i)+"\n\n"+text+"\n"), corpus.Meta{})
		if err != nil {
			t.Fatal(err)
		}
		f.Add(SketchArticle(a))
	}
	if got := f.Candidates(); len(got) != 0 {
		t.Errorf("unrelated articles are candidates: %v", got)
	}
	if got := f.Batches(); len(got) != 0 {
		t.Errorf("unrelated articles are batched: %v", got)
	}
}

// BenchmarkFinder sketches and groups 3,000 generated articles with
// planted copies, and reports the candidate pairs and the plants found.
func BenchmarkFinder(b *testing.B) {
	c, plants, err := synth.WithCopies(3000, 5)
	if err != nil {
		b.Fatal(err)
	}
	var cands map[[2]int32]bool
	for b.Loop() {
		f := NewFinder()
		for _, a := range c.Articles {
			f.Add(SketchArticle(a))
		}
		cands = map[[2]int32]bool{}
		for _, p := range f.Candidates() {
			cands[p] = true
		}
	}
	found := 0
	for _, p := range plants {
		if cands[[2]int32{int32(p.Of), int32(p.Copy)}] {
			found++
		}
	}
	b.ReportMetric(float64(len(cands)), "candidates")
	b.ReportMetric(float64(found)/float64(len(plants)), "candidate-recall")
}

// TestMergeEvents: parts of one event found in separate batches, sharing
// an article, become one event with every article and copy once, the
// label of the largest part and the earliest first article; an event
// sharing nothing stays apart.
// TestMergeEventsLinkage: parts of two batches that share an article are
// one event only when the pairs compared across their own articles are
// mostly links; else the shared article stays with the part it has more
// links in, and the other keeps its own articles.
func TestMergeEventsLinkage(t *testing.T) {
	// Two nights' strikes on one city: n1 and n2 report the first, m1
	// and m2 the second, and s, a round-up, is in both batches.
	parts := []Event{
		{Label: "first night", Articles: []string{"n1", "n2", "s"}, First: "n1", firstPublished: "2024-05-01",
			Copies: []Copy{{Article: "s", Of: "n1", Relation: Rewrite}}},
		{Label: "second night", Articles: []string{"m1", "m2", "s"}, First: "m1", firstPublished: "2024-05-02", Copies: []Copy{}},
	}
	links := map[[2]string]string{
		{"n1", "n2"}: SameEvent, {"n1", "s"}: Rewrite, {"n2", "s"}: SameEvent,
		{"m1", "m2"}: SameEvent, {"m1", "s"}: SameEvent,
		{"n1", "m1"}: SameTopic, {"n2", "m2"}: SameTopic, {"n1", "m2"}: SameTopic,
	}
	var pairs []Result
	for k, rel := range links {
		pairs = append(pairs, Result{A: k[0], B: k[1], Relation: rel})
	}
	got := MergeEvents(parts, RelatedBy(pairs))
	if len(got) != 2 {
		t.Fatalf("got %d events, want the two nights apart: %+v", len(got), got)
	}
	for _, ev := range got {
		switch ev.Label {
		case "first night":
			if !slices.Equal(ev.Articles, []string{"n1", "n2", "s"}) || len(ev.Copies) != 1 {
				t.Errorf("first night = %+v, want n1 n2 and the round-up, with its copy", ev)
			}
		case "second night":
			if !slices.Equal(ev.Articles, []string{"m1", "m2"}) || ev.First != "m1" {
				t.Errorf("second night = %+v, want m1 and m2 without the round-up", ev)
			}
		default:
			t.Errorf("unexpected event %+v", ev)
		}
	}
	// The same parts with the pairs across them links are one event;
	// with none compared, they are one too.
	for k := range links {
		if links[k] == SameTopic {
			links[k] = SameEvent
		}
	}
	pairs = pairs[:0]
	for k, rel := range links {
		pairs = append(pairs, Result{A: k[0], B: k[1], Relation: rel})
	}
	if got := MergeEvents(parts, RelatedBy(pairs)); len(got) != 1 || len(got[0].Articles) != 5 {
		t.Errorf("linked across: got %+v, want one event of five articles", got)
	}
	if got := MergeEvents(parts, RelatedBy(nil)); len(got) != 1 {
		t.Errorf("nothing compared across: got %+v, want one event", got)
	}
}

func TestMergeEvents(t *testing.T) {
	parts := []Event{
		{Label: "small part", Articles: []string{"b", "c"}, First: "b", firstPublished: "2024-05-03",
			Copies: []Copy{{Article: "c", Of: "b", Relation: Reprint}}},
		{Label: "apart", Articles: []string{"x", "y"}, First: "x", firstPublished: "2024-05-01", Copies: []Copy{}},
		{Label: "large part", Articles: []string{"a", "b", "d"}, First: "a", firstPublished: "2024-05-02",
			Copies: []Copy{{Article: "b", Of: "a", Relation: Rewrite}, {Article: "c", Of: "b", Relation: Reprint}}},
	}
	got := MergeEvents(parts, nil)
	if len(got) != 2 {
		t.Fatalf("got %d events, want 2: %+v", len(got), got)
	}
	ev := got[0]
	if ev.Label != "large part" || ev.First != "a" {
		t.Errorf("merged label %q first %q, want the large part's label and a", ev.Label, ev.First)
	}
	if fmt.Sprint(ev.Articles) != "[b c a d]" {
		t.Errorf("merged articles %v, want each once", ev.Articles)
	}
	if len(ev.Copies) != 2 {
		t.Errorf("merged copies %v, want the two distinct ones", ev.Copies)
	}
	if got[1].Label != "apart" {
		t.Errorf("second event %q, want the one apart", got[1].Label)
	}
}
