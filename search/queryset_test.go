package search

import (
	"strings"
	"testing"
)

// A judged query: the passages it must return, and those it must not.
// Passage ids are "<article>/p<N>" in the default corpus.
type judged struct {
	query   string
	must    []string
	mustNot []string
	none    bool // must find nothing at all
}

const (
	bn = "breakingnews-2023-07-27/"
	cp = "capitalpost-2024-06-19/"
	nr = "nowreading-2022-08-16/"
	sm = "stockmarkets-2023-08-16/"
	yh = "yahoo-2022-08-15/"
)

// querySet are realistic queries a fact-checker types, judged by reading
// the articles. Each carries its reason.
var querySet = []judged{
	// Names, exactly and in any case.
	{query: "Shoigu", must: []string{bn + "p1", bn + "p3", bn + "p4", bn + "p6", sm + "p5", sm + "p6", sm + "p11"}},
	{query: "shoigu", must: []string{bn + "p1", sm + "p6"}},
	{query: "McFaul", must: []string{cp + "p22"}},
	{query: "Matsegora", must: []string{nr + "p7"}},
	{query: "Inouye", must: []string{cp + "p24"}},
	{query: "Vladivostok", must: []string{yh + "p1"}}, // only in a caption
	// Typos: one or two wrong letters.
	{query: "Shoigoo", must: []string{bn + "p1", sm + "p6"}},
	{query: "Guteres", must: []string{yh + "p14"}},
	{query: "sanctons", must: []string{cp + "p9", sm + "p7"}},
	{query: "Mateegora", must: []string{nr + "p7"}},
	{query: "satelite", must: []string{cp + "p34"}},
	{query: "Pyongayng", must: []string{cp + "p2"}}, // transposed letters
	// Partial words, as typed.
	{query: "Pyong", must: []string{cp + "p2", sm + "p2"}},
	{query: "munit", must: []string{sm + "p11", cp + "p27", cp + "p29"}},
	{query: "Tertit", must: []string{cp + "p30"}},
	// Subsequences and initials.
	{query: "pyng", must: []string{cp + "p2"}},
	{query: "kju", must: []string{yh + "p1", sm + "p1"}, mustNot: []string{cp + "p37"}}, // Kim Il Sung and Kim Jong Il are not Kim Jong Un
	// Names written differently.
	{query: "Kim Jong-un", must: []string{nr + "p1", sm + "p1"}},
	{query: "Kim Jong Un", must: []string{nr + "p1", yh + "p1"}},
	{query: "Ramón Pacheco", must: []string{sm + "p9"}},
	{query: "King's College", must: []string{sm + "p9"}},
	{query: "russia's alignment", must: []string{cp + "p1"}},
	{query: "UN", must: []string{yh + "p14", cp + "p9"}},   // UN and U.N.
	{query: "U.N.", must: []string{sm + "p5", yh + "p14"}}, // U.N. and UN
	{query: "KCNA", must: []string{yh + "p4", sm + "p4", nr + "p2"}},
	// Spelling variants: British and American, transliterations.
	{query: "denuclearization", must: []string{yh + "p14", bn + "p10", cp + "p42"}},
	{query: "denuclearisation", must: []string{yh + "p14", bn + "p10"}},
	{query: "defence", must: []string{yh + "p7", bn + "p3"}},
	{query: "recognized", must: []string{yh + "p6"}},
	{query: "Kharkov", must: []string{cp + "p49"}},
	{query: "Kiev", must: []string{sm + "p13", cp + "p15"}},
	{query: "Tertitsky", must: []string{cp + "p30"}},
	{query: "Shoygu", must: []string{sm + "p6"}},
	// Several words: all must be in the passage.
	{query: "Wagner mercenaries", must: []string{bn + "p8"}},
	{query: "artillery shells", must: []string{cp + "p27", cp + "p28"}},
	{query: "Siberia Yura", must: []string{cp + "p37"}},
	{query: "Kirby munitions", must: []string{sm + "p11"}, mustNot: []string{cp + "p29"}},
	// Phrases: the words in this order only.
	{query: `"comprehensive and constructive"`, must: []string{yh + "p3"}, mustNot: []string{nr + "p1"}},
	{query: `"constructive and comprehensive"`, must: []string{nr + "p1"}, mustNot: []string{yh + "p3"}},
	{query: `"Kim Il Sung"`, must: []string{cp + "p37", cp + "p20"}, mustNot: []string{sm + "p1"}},
	{query: `"blackmail and diktat"`, must: []string{cp + "p2"}},
	{query: `"Victory Day"`, must: []string{bn + "p4"}},
	// Exclusions and alternatives.
	{query: "Shoigu -Pyongyang", must: []string{bn + "p1", sm + "p6", sm + "p11"}, mustNot: []string{bn + "p3", bn + "p4", bn + "p6", sm + "p5"}},
	{query: "Lankov -labor", none: true}, // both Lankov passages speak of labor
	{query: "Guterres OR Kirby", must: []string{yh + "p14", sm + "p11"}},
	{query: "Li Hongzhong OR Xi", must: []string{bn + "p4"}},
	// Nothing to find: nonsense, and words the corpus does not use.
	{query: "xqzvw", none: true},
	{query: "zzzz", none: true},
	{query: "qwertyuiop", none: true},
	{query: "olympics", none: true},
}

// TestQuerySet checks every judged query: each must passage returned, no
// must-not passage returned.
func TestQuerySet(t *testing.T) {
	if len(querySet) < 40 {
		t.Fatalf("the query set has %d queries, want at least 40", len(querySet))
	}
	ix := defaultIndex(t)
	for _, j := range querySet {
		got := map[string]bool{}
		r := ix.Search(j.query, Options{})
		for _, h := range r.Hits {
			got[h.Passage] = true
		}
		if j.none && len(r.Hits) > 0 {
			t.Errorf("Search(%q) = %d hits (first %s), want none", j.query, len(r.Hits), r.Hits[0].Passage)
		}
		for _, p := range j.must {
			if !got[p] {
				t.Errorf("Search(%q) misses %s", j.query, p)
			}
		}
		for _, p := range j.mustNot {
			if got[p] {
				t.Errorf("Search(%q) returns %s, which it must not", j.query, p)
			}
		}
	}
}

// BenchmarkQuerySet reports the quality of search on the judged set:
// precision of the top 5 hits (must passages among them, over the hits
// shown, at most 5) and recall (must passages found).
func BenchmarkQuerySet(b *testing.B) {
	ix := defaultIndex(b)
	var precision, recall float64
	var nPrec, nRecall int
	for b.Loop() {
		precision, recall, nPrec, nRecall = 0, 0, 0, 0
		for _, j := range querySet {
			r := ix.Search(j.query, Options{})
			if len(j.must) == 0 {
				continue
			}
			relevant := map[string]bool{}
			for _, p := range j.must {
				relevant[p] = true
			}
			found := 0
			for _, h := range r.Hits {
				if relevant[h.Passage] {
					found++
				}
			}
			recall += float64(found) / float64(len(j.must))
			nRecall++
			top := min(5, len(r.Hits))
			if top > 0 {
				good := 0
				for _, h := range r.Hits[:top] {
					if relevant[h.Passage] || judgedRelevant(h, j) {
						good++
					}
				}
				precision += float64(good) / float64(top)
				nPrec++
			}
		}
	}
	b.ReportMetric(precision/float64(nPrec), "precision@5")
	b.ReportMetric(recall/float64(nRecall), "recall")
}

// judgedRelevant counts a hit outside the must list as relevant when it
// contains every word of the query as typed: the must lists name the
// passages a reader needs, not every passage that qualifies.
func judgedRelevant(h Hit, j judged) bool {
	text := strings.ToLower(h.Text)
	for _, w := range strings.Fields(strings.ToLower(strings.Trim(j.query, `"`))) {
		if w == "or" || strings.HasPrefix(w, "-") {
			continue
		}
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}
