package compare

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/testkit/synth"
)

func defaultCorpus(t testing.TB) *corpus.Corpus {
	t.Helper()
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// withArticles returns a corpus of the default articles plus extra ones.
func withArticles(t testing.TB, extra ...*corpus.Article) *corpus.Corpus {
	c := defaultCorpus(t)
	return &corpus.Corpus{Name: c.Name, Articles: append(append([]*corpus.Article{}, c.Articles...), extra...)}
}

func parse(t testing.TB, name, text string) *corpus.Article {
	t.Helper()
	a, err := corpus.Parse(name, []byte(text), corpus.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestReprint compares an article with a reprint made from it: site chrome
// around, two paragraphs cut, one paragraph added. The overlap is known.
func TestReprint(t *testing.T) {
	orig := defaultCorpus(t).Article("capitalpost-2024-06-19")
	var kept []string
	for i, p := range orig.Paragraphs {
		if p.Kind == corpus.Body && i != 5 && i != 9 {
			kept = append(kept, p.Text)
		}
	}
	added := "Our correspondent in Lagos adds that the visit was followed closely by diplomats across the region this week."
	text := "The Daily Example\n\nWorld\n\n" + orig.Title + "\n\n" + strings.Join(kept, "\n\n") + "\n\n" + added + "\n\nShare this article\n\nSubscribe to our newsletter for more stories.\n"
	re := parse(t, "reprint.txt", text)
	c := withArticles(t, re)
	r := New(c, nil).Compare(orig, re)
	if r.Verdict != "reprint" {
		t.Errorf("verdict = %q (%v), want reprint", r.Verdict, r.Evidence)
	}
	if r.VerbatimB < 0.95 {
		t.Errorf("reprint's verbatim share = %.3f, want almost all of it", r.VerbatimB)
	}
	if len(r.OnlyB) != 1 || re.Paragraph(r.OnlyB[0]).Text != added {
		t.Errorf("only in the reprint = %v, want the added paragraph", r.OnlyB)
	}
	onlyA := map[string]bool{}
	for _, id := range r.OnlyA {
		onlyA[id] = true
	}
	for _, i := range []int{5, 9} {
		if !onlyA[orig.Paragraphs[i].ID] {
			t.Errorf("the cut passage %s is not in only_a %v", orig.Paragraphs[i].ID, r.OnlyA)
		}
	}
	for _, p := range r.Shared {
		if p.Kind != "verbatim" {
			t.Errorf("pair %s–%s is %s, want verbatim", p.APassage, p.BPassage, p.Kind)
		}
	}
}

// TestRewrite compares an article with a rewrite that changes every fifth
// word: no run of six words survives, but every passage still tells the
// same thing.
func TestRewrite(t *testing.T) {
	orig := defaultCorpus(t).Article("stockmarkets-2023-08-16")
	var paras []string
	for _, p := range orig.Paragraphs {
		words := strings.Fields(p.Text)
		for i := 4; i < len(words); i += 5 {
			// Keep the punctuation around the word: it carries sentences.
			w := words[i]
			lead := w[:len(w)-len(strings.TrimLeft(w, "“\"‘("))]
			trail := w[len(strings.TrimRight(w, ".,;:!?”\"’)")):]
			words[i] = lead + "indeed" + trail
		}
		paras = append(paras, strings.Join(words, " "))
	}
	re := parse(t, "rewrite.txt", strings.Join(paras, "\n\n"))
	r := New(withArticles(t, re), nil).Compare(orig, re)
	if r.Verdict != "rewrite" {
		t.Errorf("verdict = %q (%v), want rewrite", r.Verdict, r.Evidence)
	}
	if len(r.Spans) != 0 {
		t.Errorf("found %d verbatim spans, want none (no six words survive)", len(r.Spans))
	}
	if r.ShareA < 0.8 {
		t.Errorf("share of the original told by the rewrite = %.3f, want most of it", r.ShareA)
	}
	for _, p := range r.Shared {
		if p.Kind != "paraphrase" || strings.TrimPrefix(p.APassage, orig.ID) != strings.TrimPrefix(p.BPassage, re.ID) {
			t.Errorf("pair %s–%s (%s), want each passage with its own rewrite as a paraphrase", p.APassage, p.BPassage, p.Kind)
		}
	}
}

// TestDefaultPairs checks the known relations of the default corpus: two
// outlets on the August 2022 letter exchange (different original sources)
// tell the same story with the quote reordered; the Shoigu visit and the
// 2022 letters are different stories.
func TestDefaultPairs(t *testing.T) {
	c := defaultCorpus(t)
	cmp := New(c, find.Actors(c))
	r := cmp.Compare(c.Article("yahoo-2022-08-15"), c.Article("nowreading-2022-08-16"))
	if r.Verdict != "same story" {
		t.Errorf("yahoo vs nowreading verdict = %q (%v), want same story", r.Verdict, r.Evidence)
	}
	if len(r.Shared) == 0 || r.Shared[0].APassage != "yahoo-2022-08-15/p3" || r.Shared[0].BPassage != "nowreading-2022-08-16/p1" {
		t.Errorf("shared = %+v, want the letter passages paired", r.Shared)
	}
	var found bool
	for _, q := range r.Quotes {
		if q.AText == "comprehensive and constructive bilateral relations" {
			found = true
			if q.Kind != "altered" || !q.Reordered {
				t.Errorf("the letter quote = %+v, want altered and reordered", q)
			}
		}
	}
	if !found {
		t.Errorf("shared quotes %+v lack the letter quote", r.Quotes)
	}
	if !contains(r.ActorsBoth, "vladimir-putin") || !contains(r.ActorsOnlyB, "alexander-matsegora") {
		t.Errorf("actors both %v / only B %v, want Putin in both, Matsegora only in B", r.ActorsBoth, r.ActorsOnlyB)
	}
	d := cmp.Compare(c.Article("breakingnews-2023-07-27"), c.Article("yahoo-2022-08-15"))
	if d.Verdict != "different stories" {
		t.Errorf("breakingnews vs yahoo verdict = %q (%v), want different stories", d.Verdict, d.Evidence)
	}
	if self := cmp.Compare(c.Article("yahoo-2022-08-15"), c.Article("yahoo-2022-08-15")); self.Verdict != "reprint" || self.VerbatimA < 0.99 {
		t.Errorf("an article against itself = %q, %.3f verbatim; want a full reprint", self.Verdict, self.VerbatimA)
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func TestDiff(t *testing.T) {
	got := diff(strings.Fields("comprehensive and constructive relations"), strings.Fields("constructive and comprehensive relations"))
	var b strings.Builder
	for _, e := range got {
		b.WriteString(e.Op + e.Text + "|")
	}
	if b.String() != "-comprehensive and|=constructive|+and comprehensive|=relations|" {
		t.Errorf("diff = %s", b.String())
	}
}

func TestStories(t *testing.T) {
	c := defaultCorpus(t)
	var letter *Story
	for _, s := range New(c, nil).Stories() {
		if contains(s.Passages, "yahoo-2022-08-15/p3") {
			s := s
			letter = &s
		}
	}
	if letter == nil || !contains(letter.Passages, "nowreading-2022-08-16/p1") || len(letter.Outlets) != 2 {
		t.Errorf("the 2022 letter story = %+v, want the two outlets' letter passages", letter)
	}
}

func BenchmarkCompareLong(b *testing.B) {
	c := defaultCorpus(b)
	cmp := New(c, nil)
	a, z := c.Article("capitalpost-2024-06-19"), c.Article("stockmarkets-2023-08-16")
	for b.Loop() {
		cmp.Compare(a, z)
	}
}

func BenchmarkMatrix(b *testing.B) {
	cmp := New(defaultCorpus(b), nil)
	for b.Loop() {
		cmp.Matrix()
	}
}

// TestMatrixFindsReprints checks the candidate search on a generated
// corpus where every tenth article reprints an earlier one: each reprint
// must show up in the matrix with a large overlap.
func TestMatrixFindsReprints(t *testing.T) {
	c, err := synth.Corpus(100, 1)
	if err != nil {
		t.Fatal(err)
	}
	cells := New(c, nil).Matrix()
	best := map[string]float64{}
	for _, cell := range cells {
		best[cell.B] = max(best[cell.B], cell.ShareB)
	}
	for i := 10; i < 100; i += 10 {
		id := c.Articles[i].ID
		if best[id] < 0.8 {
			t.Errorf("reprint %s: best overlap %.2f, want at least 0.8 (7 of 8 passages copied)", id, best[id])
		}
	}
}

func BenchmarkMatrix1000(b *testing.B) {
	c, err := synth.Corpus(1000, 1)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		New(c, nil).Matrix()
	}
}

// TestQuoteMatching: two quotations are one, altered, when they share
// most of their content words; two speakers' words that share only
// "the", "and" and "of" and a noun are two quotations.
func TestQuoteMatching(t *testing.T) {
	words := func(s string) []string { return strings.Fields(s) }
	tests := []struct {
		a, b string
		same bool
	}{
		{"we will not accept this deal", "we will never accept this deal", true},
		{"the houses there are old and made of mud brick", "houses made of adobe collapsed in the villages and that is where we have the dead", false},
		{"expand", "expand", true},
		{"expand", "extend", false},
	}
	for _, tt := range tests {
		got := len(matchQuotes([]quote{{text: tt.a, words: words(tt.a)}}, []quote{{text: tt.b, words: words(tt.b)}})) == 1
		if got != tt.same {
			t.Errorf("%q and %q matched %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

// TestQuoteOverlap: two quotations are one by their content words; a
// short one's "we are" shared with another says nothing, but a short
// one found whole in a longer one is the same words.
func TestQuoteOverlap(t *testing.T) {
	words := func(s string) []string { return strings.Fields(s) }
	tests := []struct {
		a, b  string
		match bool
	}{
		{"we are not nimbys", "we are against homes with no school places no gp and a road that floods every winter", false},
		{"a disaster", "this is a disaster for the town", true},
		{"the houses there are old and made of mud brick", "houses made of adobe collapsed in the quake", false},
		{"we will rebuild the school", "we will rebuild the school by spring", true},
		{"this is that movie", "it's an event movie that nobody saw coming", false},
		{"a catastrophe for us", "this is a catastrophe for all of us", true},
	}
	for _, tt := range tests {
		if got := overlap(words(tt.a), words(tt.b)) >= quoteOverlap; got != tt.match {
			t.Errorf("overlap(%q, %q) = %.2f: one quotation %v, want %v", tt.a, tt.b, overlap(words(tt.a), words(tt.b)), got, tt.match)
		}
	}
}

// TestDashQuotationShared: a Nordic agency's copy opens a quotation with
// a dash ("– …, says X"); the wire story it retells carries the same
// words in quotation marks: one quotation both carry.
func TestDashQuotationShared(t *testing.T) {
	a := parse(t, "wire.txt", "Jet returns after window cracks\n\n\"A cracked pane at altitude is not something we see often, and we want to know why,\" board chair Loretta Ambler-Quist said.\n")
	b := parse(t, "agency.txt", "Jet window cracked\n\nThe board is sending a team to Boise.\n\n– A cracked pane at altitude is not something we see often, says board chief Loretta Ambler-Quist.\n")
	res := New(&corpus.Corpus{Articles: []*corpus.Article{a, b}}, nil).Compare(a, b)
	if len(res.Quotes) != 1 || !strings.HasPrefix(res.Quotes[0].BText, "A cracked pane") {
		t.Errorf("shared quotations %+v, want the chair's, dash and marks alike", res.Quotes)
	}
}

// TestTitlesAreNoQuotations: two reports of one weekend at the cinema
// name the same films in quotation marks; a title is no quotation, so
// they share none, while the words both carry from one analyst are one.
func TestTitlesAreNoQuotations(t *testing.T) {
	a := parse(t, "trade.txt", "Weekend takings\n\nWarner's thriller \"The Glass Orchard\" led with $30 million, ahead of \"Pip and the Moon Fox\" and \"Iron Harbor 2.\"\n\n\"Nobody expected a thriller to open this big in December,\" said Lena Duval, an analyst.")
	b := parse(t, "wire.txt", "Thriller tops the weekend\n\n\"The Glass Orchard,\" a thriller from Warner, took $30 million. \"Iron Harbor 2\" was third.\n\n\"Nobody expected a thriller to open this big,\" analyst Lena Duval said.")
	res := New(&corpus.Corpus{Articles: []*corpus.Article{a, b}}, nil).Compare(a, b)
	if len(res.Quotes) != 1 || !strings.HasPrefix(res.Quotes[0].AText, "Nobody expected") {
		t.Errorf("shared quotations %+v, want only the analyst's", res.Quotes)
	}
	for _, text := range []string{"The Glass Orchard", "Pip and the Moon Fox", "Iron Harbor 2.", "Walking With Giants"} {
		if !isTitle(text) {
			t.Errorf("isTitle(%q) = false, want true", text)
		}
	}
	for _, text := range []string{"Shameful", "We Will Not Back Down, and neither will they", "Thank you", "the Lodge"} {
		if isTitle(text) {
			t.Errorf("isTitle(%q) = true, want false", text)
		}
	}
}

// TestRunsKeepNumbersWhole: a run both articles carry word for word
// neither starts nor ends inside a number one of them writes with a
// decimal point ("15.2 against the dollar" and "2% against the dollar").
func TestRunsKeepNumbersWhole(t *testing.T) {
	a := article(t, "a.txt", "Bank holds its rate", "", []string{"The decision was expected. The cedi was little changed at 15.2 against the dollar after the announcement on Thursday."})
	b := article(t, "b.txt", "Bank raises its rate", "", []string{"The decision surprised markets. The cedi rose about 2 against the dollar after the decision on Thursday."})
	c := &corpus.Corpus{Articles: []*corpus.Article{a, b}}
	r := New(c, nil).Compare(a, b)
	for _, sp := range r.Spans {
		text := a.Paragraph(sp.APassage).Text[sp.AStart:sp.AEnd]
		if strings.HasPrefix(text, "2 ") {
			t.Errorf("span %q starts inside 15.2", text)
		}
	}
	if len(r.Spans) != 0 {
		t.Errorf("spans = %+v, want none: five words in common are too few once the number is whole", r.Spans)
	}
}
