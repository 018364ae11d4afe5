package search

import (
	"math/rand"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/testkit/synth"
)

func defaultIndex(t testing.TB) *Index {
	t.Helper()
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	return NewIndex(c)
}

// articlesOf returns the sorted ids of the articles hit.
// articlesInOrder lists the articles of hits in rank order, each once.
func articlesInOrder(hits []Hit) []string {
	var out []string
	for _, h := range hits {
		if !slices.Contains(out, h.Article) {
			out = append(out, h.Article)
		}
	}
	return out
}

func articlesOf(r Result) []string {
	seen := map[string]bool{}
	var out []string
	for _, h := range r.Hits {
		if !seen[h.Article] {
			seen[h.Article] = true
			out = append(out, h.Article)
		}
	}
	sort.Strings(out)
	return out
}

// highlighted returns the distinct highlighted strings of the hits.
func highlighted(r Result) []string {
	seen := map[string]bool{}
	var out []string
	for _, h := range r.Hits {
		for _, m := range h.Matches {
			s := h.Text[m[0]:m[1]]
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	sort.Strings(out)
	return out
}

func TestSearch(t *testing.T) {
	ix := defaultIndex(t)
	tests := []struct {
		query    string
		articles string // comma-separated sorted article ids, "" for none
		marks    string // comma-separated sorted highlighted strings; "*" to skip
	}{
		// The foundation's check: two articles name Shoigu.
		{"Shoigu", "breakingnews-2023-07-27,stockmarkets-2023-08-16", "Shoigu"},
		// Case does not matter.
		{"shoigu", "breakingnews-2023-07-27,stockmarkets-2023-08-16", "Shoigu"},
		// Two wrong letters in a seven-letter word are forgiven.
		{"Shoigoo", "breakingnews-2023-07-27,stockmarkets-2023-08-16", "Shoigu"},
		// A dropped letter is forgiven.
		{"Guteres", "yahoo-2022-08-15", "Guterres"},
		// Accents fold: Ramón finds Ramon.
		{"Ramón", "stockmarkets-2023-08-16", "Ramon"},
		// British and American spellings match each other.
		{"denuclearisation", "breakingnews-2023-07-27,capitalpost-2024-06-19,yahoo-2022-08-15", "denuclearisation,denuclearization"},
		// A prefix highlights only the typed letters.
		{"Pyong", "*", "Pyong"},
		// Subsequence: pyng finds Pyongyang through sahilm/fuzzy.
		{"pyng", "*", "Py,ng"},
		// Words must all match, in one passage.
		{"Kirby munitions", "stockmarkets-2023-08-16", "Kirby,munitions"},
		// An exact phrase; the words alone are elsewhere too.
		{`"Kim Il Sung"`, "capitalpost-2024-06-19", "Il,Kim,Sung"},
		// Excluding a word.
		{"Lankov -labor", "", ""},
		// OR widens.
		{"Guterres OR Kirby", "stockmarkets-2023-08-16,yahoo-2022-08-15", "Guterres,Kirby"},
		// Nonsense finds nothing, even though its letters are everywhere.
		{"xqzvw", "", ""},
		{"", "", ""},
		{"   ", "", ""},
		// Only an exclusion is no query.
		{"-Putin", "", ""},
	}
	for _, tt := range tests {
		r := ix.Search(tt.query, Options{})
		if got := strings.Join(articlesOf(r), ","); tt.articles != "*" && got != tt.articles {
			t.Errorf("Search(%q) articles = %q, want %q", tt.query, got, tt.articles)
		}
		if got := strings.Join(highlighted(r), ","); tt.marks != "*" && got != tt.marks {
			t.Errorf("Search(%q) highlights = %q, want %q", tt.query, got, tt.marks)
		}
	}
}

// TestExactBeatsFuzzy checks the ranking tiers on one word.
func TestExactBeatsFuzzy(t *testing.T) {
	ix := defaultIndex(t)
	r := ix.Search("sanction", Options{})
	if len(r.Hits) == 0 {
		t.Fatal("Search(sanction) found nothing")
	}
	for i := 1; i < len(r.Hits); i++ {
		if r.Hits[i].Score > r.Hits[i-1].Score {
			t.Fatalf("Search(sanction) hits not sorted by score at %d", i)
		}
	}
	ranked := ix.Search("Kim", Options{})
	top := ranked.Hits[0]
	if got := top.Text[top.Matches[0][0]:top.Matches[0][1]]; got != "Kim" {
		t.Errorf("Search(Kim) top hit highlights %q, want the exact word Kim", got)
	}
}

// TestShortWordIsWhole checks that a two-letter word of the articles
// matches only itself, not the words it begins: "UN" is no "united".
func TestShortWordIsWhole(t *testing.T) {
	ix := defaultIndex(t)
	for _, q := range []string{"UN", "Kim Jong Un"} {
		r := ix.Search(q, Options{})
		if len(r.Hits) == 0 {
			t.Fatalf("Search(%q) found nothing", q)
		}
		for _, h := range r.Hits {
			whole := false
			for _, m := range h.Matches {
				end := m[1]
				for end < len(h.Text) && (h.Text[end] == '.' || h.Text[end] >= 'a' && h.Text[end] <= 'z' || h.Text[end] >= 'A' && h.Text[end] <= 'Z') {
					end++
				}
				if w := strings.ToLower(strings.ReplaceAll(h.Text[m[0]:end], ".", "")); w == "un" {
					whole = true
				}
			}
			if !whole {
				t.Errorf("Search(%q) hit %s names no whole word UN: %q", q, h.Passage, h.Text)
			}
		}
	}
}

func TestSearchLimitAndKeep(t *testing.T) {
	ix := defaultIndex(t)
	if r := ix.Search("Putin", Options{Limit: 3}); len(r.Hits) != 3 {
		t.Errorf("Search(Putin, Limit 3) = %d hits, want 3", len(r.Hits))
	}
	keep := func(p Passage) bool { return p.Article.ID == "yahoo-2022-08-15" }
	for _, h := range ix.Search("Kim", Options{Keep: keep}).Hits {
		if h.Article != "yahoo-2022-08-15" {
			t.Errorf("Search with Keep returned %s", h.Article)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		max  int
		want int
	}{
		{"shoigu", "shoigu", 2, 0},
		{"sanctons", "sanctions", 2, 1},
		{"shoigoo", "shoigu", 2, 2},
		{"kribby", "kirby", 2, 2},  // transposition plus deletion
		{"abcdef", "uvwxyz", 2, 3}, // stops early at max+1
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b, tt.max); got != tt.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
		}
	}
}

// TestEditDistanceBand: the banded distance, reusing its buffers, equals
// the full table's (clamped to max+1) on random words, accents included.
func TestEditDistanceBand(t *testing.T) {
	full := func(a, b []rune) int {
		d := make([][]int, len(a)+1)
		for i := range d {
			d[i] = make([]int, len(b)+1)
			d[i][0] = i
		}
		for j := range d[0] {
			d[0][j] = j
		}
		for i := 1; i <= len(a); i++ {
			for j := 1; j <= len(b); j++ {
				cost := 1
				if a[i-1] == b[j-1] {
					cost = 0
				}
				d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
				if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
					d[i][j] = min(d[i][j], d[i-2][j-2]+1)
				}
			}
		}
		return d[len(a)][len(b)]
	}
	r := rand.New(rand.NewSource(1))
	letters := []rune("abcé")
	word := func() string {
		w := make([]rune, r.Intn(9))
		for i := range w {
			w[i] = letters[r.Intn(len(letters))]
		}
		return string(w)
	}
	var e editor
	for range 20000 {
		a, b, max := word(), word(), 1+r.Intn(3)
		want := min(full([]rune(a), []rune(b)), max+1)
		if got := e.distance(a, b, max); got != want {
			t.Fatalf("distance(%q, %q, %d) = %d, want %d", a, b, max, got, want)
		}
	}
}

func FuzzSearch(f *testing.F) {
	ix := defaultIndex(f)
	for _, q := range []string{"Shoigu", `"Kim Jong" -Putin`, "a OR", `-"`, "ß", "\xff"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		for _, h := range ix.Search(q, Options{}).Hits {
			last := 0
			for _, m := range h.Matches {
				if m[0] < last || m[1] > len(h.Text) || m[0] >= m[1] {
					t.Fatalf("Search(%q) hit %s has bad match %v", q, h.Passage, m)
				}
				last = m[1]
			}
		}
	})
}

func BenchmarkSearch(b *testing.B) {
	ix := defaultIndex(b)
	for _, q := range []string{"Shoigu", "sanctons", "pyng", `"Security Council"`, "Kim Jong Un"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				ix.Search(q, Options{})
			}
		})
	}
}

func BenchmarkNewIndex(b *testing.B) {
	c, err := corpus.Default()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		NewIndex(c)
	}
}

// BenchmarkSearch1000 searches a generated corpus of 1,000 articles (8,000
// passages): the native cost of one keystroke's search at that size.
func BenchmarkSearch1000(b *testing.B) {
	c, err := synth.Corpus(1000, 1)
	if err != nil {
		b.Fatal(err)
	}
	ix := NewIndex(c)
	for _, q := range []string{"Shoigu", "sanctons", "pyng", `"Security Council"`, "Kim Jong Un"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				ix.Search(q, Options{})
			}
		})
	}
}

// TestSpreadOverPassages: words that no passage holds together are found
// across the passages of the articles that hold them all, and said so;
// an article holding only some of them is not a hit, and a query some
// passage answers whole is answered by such passages alone.
func TestSpreadOverPassages(t *testing.T) {
	parse := func(name, text string) *corpus.Article {
		a, err := corpus.Parse(name, []byte(text), corpus.Meta{})
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	c := &corpus.Corpus{Articles: []*corpus.Article{
		parse("wire.txt", "Central bank cuts the currency\n\nThe central bank devalued the kwacha by a third on Thursday, its second cut this year.\n\nImporters said the devaluation would raise pump prices within a week.\n"),
		parse("local.txt", "Fuel queues grow in the capital\n\nDrivers waited for two days as the kwacha lost value against the dollar.\n\nMinibus owners said fares would rise soon.\n"),
		parse("both.txt", "Markets react to the move\n\nTraders said the kwacha devaluation had been expected for months.\n\nThe central bank gave no figure for inflation.\n"),
	}}
	ix := NewIndex(c)
	r := ix.Search("kwacha devaluation", Options{})
	if r.Spread || len(r.Hits) != 1 || r.Hits[0].Article != "both" {
		t.Errorf("a query one passage answers whole: %d hits in %v, spread %v; want the one passage of both, not spread", len(r.Hits), articlesOf(r), r.Spread)
	}
	r = ix.Search("kwacha importers", Options{})
	if !r.Spread || strings.Join(articlesOf(r), " ") != "wire" || r.Total != 2 || r.Articles != 1 {
		t.Errorf("words held by two passages of one article: %d passages in %v, spread %v; want wire's two, spread", r.Total, articlesOf(r), r.Spread)
	}
	if got := highlighted(r); strings.Join(got, " ") != "Importers kwacha" {
		t.Errorf("the spread hits mark %q, want each passage's own word", got)
	}
	r = ix.Search("kwacha importers fares", Options{})
	if len(r.Hits) != 0 || r.Spread {
		t.Errorf("words no one article holds all of: %d hits in %v, spread %v; want none", len(r.Hits), articlesOf(r), r.Spread)
	}
}

// TestShortPrefix: a query ending in a word of fewer than four letters
// being typed is a short prefix; one ending in a space or a longer word
// is not.
func TestShortPrefix(t *testing.T) {
	for q, want := range map[string]bool{"": false, "K": true, "Kim": true, "Kim ": false, "Kim Jon": true, "Kim Jong": false, "Kim Jong Un": true, "Shoi": false, "Pyöng": false, "Ürü": true} {
		if got := ShortPrefix(q); got != want {
			t.Errorf("ShortPrefix(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestAndBetweenWords: "and" typed between two words matches a name
// written with "&" as well as one written with "and"; typed last, it is
// still a word being typed.
func TestAndBetweenWords(t *testing.T) {
	ix := NewIndex(corpusOfTexts(t,
		"Snack deal agreed\n\nHarwell will buy Crispin & Vale for $52 a share in cash.\n",
		"Shares jump\n\nShares of Crispin and Vale rose a quarter in early trading.\n",
		"Andean crops\n\nFarmers of Crispin county sold their maize to Vale traders.\n",
	))
	for _, q := range []string{"Crispin and Vale", "Crispin AND Vale", "crispin & vale"} {
		if got := strings.Join(articlesOf(ix.Search(q, Options{})), " "); got != "a b c" {
			t.Errorf("Search(%q) found %q, want every article holding both names: a b c", q, got)
		}
	}
	if got := strings.Join(articlesOf(ix.Search("Crispin and", Options{})), " "); got != "b" {
		t.Errorf("Search(%q) found %q, want the one passage holding a word \"and…\" with Crispin: b", "Crispin and", got)
	}
	if q := Parse("and Vale"); len(q.Clauses) != 2 {
		t.Errorf("Parse(%q) has %d clauses, want 2: an \"and\" typed first is a word", "and Vale", len(q.Clauses))
	}
}

// TestNameBoundBySmallWord: "of" or "the" between capitalised words,
// or a capitalised "To" after one, holds a name's words together ("Bank
// of England", "Ba To"); the same words in lower case, or apart in a
// passage, stay a search for each word; a Remote answers the same.
func TestNameBoundBySmallWord(t *testing.T) {
	ix := NewIndex(corpusOfTexts(t,
		"Landslide in the hills\n\nIn Ba To district a landslide buried a house on Sunday.\n",
		"Motorbike ban widened\n\nThe ban covers Ba Dinh district and will be extended to Ring Road 2.\n",
		"Rates held\n\nThe Bank of England held its rate on Thursday, the bank said.\n",
		"Bank shares\n\nShares of the bank rose in England after the results.\n",
		"Hall reopens\n\nThe Great Hall of the People reopened after repairs.\n",
	))
	r := openRemote(t, shardsOf(t, ix))
	for _, c := range []struct{ query, want string }{
		{"Ba To", "a"},               // a capitalised small word after a name's word
		{"ba to", "a b"},             // in lower case: two words
		{"Bank of England", "c"},     // "of" between capitalised words
		{"bank of england", "c d"},   // in lower case: three words
		{"Bank of Eng", "c"},         // the last word still being typed
		{"Bank of Englnd", "c"},      // a typo forgiven inside the name
		{"Hall of the People", "e"},  // "of the" together
		{"Bank of", "c d"},           // nothing capitalised after "of" yet
		{`"Bank" of England`, "c d"}, // a quoted word is not bound
	} {
		foundBoth(t, ix, r, c.query, c.want)
	}
}

// TestWordTypedWhole: a word typed past (another word or a space after
// it) matches as a prefix only its inflections, never a longer word or
// the word with digits after it; the word still being typed, last,
// matches every word it begins; a Remote answers the same.
func TestWordTypedWhole(t *testing.T) {
	ix := NewIndex(corpusOfTexts(t,
		"Envoy holds talks in the capital\n\nKim met the envoy in the capital on Tuesday, officials said after the meeting.\n",
		"Envoy arrives for a short visit\n\nKimberley Oduya met the envoy at the airport, her office said in a statement.\n",
		"Archive opens its records\n\nThe file Kim7 met the envoy's request for records, the clerk said on Monday.\n",
		"Measures widened again\n\nThe sanctions were widened on Friday and the envoy met the press in the afternoon.\n",
		"Bank faces new measures\n\nSanctioning the bank would be costly, the envoy who met lenders said.\n",
	))
	r := openRemote(t, shardsOf(t, ix))
	for _, c := range []struct{ query, want string }{
		{"Kim", "a b c"},                // being typed: every word it begins
		{"Kim met", "a"},                // typed whole: Kim alone
		{"Kim ", "a"},                   // a space ends the word too
		{"met Kim", "a b c"},            // last again
		{"sanction envoy", "d e"},       // inflections: -s, -ing
		{"sanctio envoy", "d"},          // two letters short: within an inflection's reach, "sanctioning" not
		{`"Kim" met`, "a"},              // quoted: exact, as before
		{"Kimberley met", "b"},          // the whole name
		{"kim OR sanctions met", "a d"}, // OR keeps each word's reading
	} {
		foundBoth(t, ix, r, c.query, c.want)
	}
	q := Parse("Kim Jong Un")
	for i, want := range []bool{true, true, false} {
		if got := q.Clauses[i].Terms[0].Closed; got != want {
			t.Errorf("Parse(%q): word %d closed = %v, want %v", "Kim Jong Un", i, got, want)
		}
	}
}

// TestParticleSpellings: a surname's particle written apart or run into
// the name finds both spellings ("Di Marco", "DiMarco"), while each word
// still matches where it stands; a word that merely follows a particle's
// spelling is not made a name; a Remote answers the same.
func TestParticleSpellings(t *testing.T) {
	ix := NewIndex(corpusOfTexts(t,
		"Lawyer asks for leniency\n\nThe lawyer, Lou Di Marco, said his client was ashamed and would repay the money.\n",
		"Client sentenced to eight years\n\nHis attorney, Lou DiMarco, had asked the court for a sentence of four years.\n",
		"Marco returns to the club\n\nMarco Ferri, who left in 2019, signed again, the di rector of the club said.\n",
		"Mayor visits\n\nMayor Ana McGee visited the flooded streets on Monday with engineers.\n",
		"Van crash on the bypass\n\nA delivery van crashed into a wall on the bypass early on Sunday.\n",
		"Senator walks out\n\nSenator Julia Di Tella-Sosa left the chamber before the vote.\n",
		"Team principal praises drivers\n\nAndrea Stella said both drivers had been on the limit, and Della Price agreed.\n",
	))
	r := openRemote(t, shardsOf(t, ix))
	for _, c := range []struct{ query, want string }{
		{"Di Marco", "a b c"}, // apart, run together, and both words in c
		{"DiMarco", "a b"},
		{"DiMarco lawyer", "a"},
		{"Mc Gee", "d"},
		{"van crash", "e"},
		// "ditella", the name run together, is two letters from
		// "stella" and "della": no typo of a spelling.
		{"Di Tella", "f"},
	} {
		foundBoth(t, ix, r, c.query, c.want)
	}
}

// foundBoth checks that the index and the Remote over its shards both
// find query in the articles want names (their ids, space-separated).
func foundBoth(t *testing.T, ix *Index, r *Remote, query, want string) {
	t.Helper()
	if got := strings.Join(articlesOf(ix.Search(query, Options{})), " "); got != want {
		t.Errorf("Search(%q) found %q, want %q", query, got, want)
	}
	res, err := r.Search(query, 10)
	if got := strings.Join(articlesOf(res), " "); err != nil || got != want {
		t.Errorf("Remote.Search(%q) found %q (%v), want %q", query, got, err, want)
	}
}

// A name whose parts an outlet wrote with a hyphen or a space is found
// typed run together ("Haeun" for "Ha-eun"), and the result says which
// phrase it matched; a word of the text is never split.
func TestRunTogetherName(t *testing.T) {
	ix := NewIndex(corpusOfTexts(t,
		"Singer sues her agency\n\nBaek Ha-eun, a member of the group, filed a lawsuit against the agency on Monday.\n",
		"Lawyer speaks\n\nHer lawyer, Rupinder Sangha Doyle, said the decision put councils on notice.\n",
		"Another day in court\n\nThe court met for another day and heard an other witness.\n",
		"Harbour plans\n\nThe harbour board met on Monday to discuss the dredging plans.\n",
		"Lee ally to lead Democrats\n\nPark Minseo won the vote of the party's lawmakers on Wednesday.\n",
		"Floor leader chosen\n\nThe party chose Park Min-seo as its floor leader on Wednesday.\n",
		"Plans for the square\n\nMaybe the plan will work this time, the mayor said on Friday.\n",
		"Rain on the way\n\nThe rain may be heavy on Sunday, forecasters said on Friday.\n",
	))
	r := openRemote(t, shardsOf(t, ix))
	for _, c := range []struct{ query, want string }{
		{"Haeun", "a"},
		{"Sanghadoyle", "b"},
		{"another", "c"}, // a word of the text: not "an other" alone
		{"haeun lawsuit", "a"},
		// A rare word of the text, one outlet's spelling of a name
		// another writes with a hyphen, finds both, its own first.
		{"Minseo", "e f"},
		// But a word of the language is never two of its small words.
		{"maybe", "g"},
	} {
		foundBoth(t, ix, r, c.query, c.want)
	}
	if got := ix.Search("Haeun", Options{}).AlsoMatched; !slices.Equal(got, []string{"ha eun"}) {
		t.Errorf("Search(Haeun).AlsoMatched = %q, want [ha eun]", got)
	}
	res, err := r.Search("Haeun", 10)
	if err != nil || !slices.Equal(res.AlsoMatched, []string{"ha eun"}) {
		t.Errorf("Remote.Search(Haeun).AlsoMatched = %q (%v), want [ha eun]", res.AlsoMatched, err)
	}
}

// A name one outlet writes as one word and a reader types as two
// ("Ulaan Baatar" for "Ulaanbaatar") is found: two words in a row that
// begin no word of the text are read as one split in two. Words of the
// text are never joined.
func TestSplitWordsJoined(t *testing.T) {
	ix := NewIndex(corpusOfTexts(t,
		"Smog in the capital\n\nUlaanbaatar's city government ordered all coal stoves replaced by 2028, the mayor said.\n",
		"A bay of islands\n\nTourists took boats across the bay to the beaches, the port authority said on Monday.\n",
		"Port to grow\n\nHai Phong will double the capacity of its deep-water port by 2030, the city said on Friday.\n",
		"Factories shut\n\nAuthorities in Haiphong ordered factories to close as the typhoon approached on Friday.\n",
	))
	r := openRemote(t, shardsOf(t, ix))
	for _, c := range []struct{ query, want string }{
		{"Ulaan Baatar", "a"},
		{"ulaan baatar coal", "a"},
		{"the bay", "b"}, // words of the text stay two
		// Two words of the text whose run together is a rare word of
		// it too: either spelling, as typed first.
		{"Hai Phong", "c d"},
		{"Haiphong", "c d"},
	} {
		foundBoth(t, ix, r, c.query, c.want)
	}
	// The spelling typed ranks first.
	for _, c := range []struct{ query, first string }{{"Haiphong", "d"}, {"Hai Phong", "c"}} {
		if hits := ix.Search(c.query, Options{}).Hits; len(hits) == 0 || hits[0].Article != c.first {
			t.Errorf("Search(%q) ranks %v first, want %s", c.query, articlesInOrder(hits), c.first)
		}
	}
	if got := ix.Search("Hai Phong", Options{}).AlsoMatched; len(got) != 0 {
		t.Errorf("Search(Hai Phong).AlsoMatched = %q, want none (what was typed is no other spelling)", got)
	}
}
