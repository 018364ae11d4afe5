package search

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/fold"
	"github.com/sahilm/fuzzy"
)

// Tier is how a vocabulary word matched a query word.
type Tier int

// The tiers, best first.
const (
	Exact Tier = iota
	Variant
	Prefix
	Edit
	Initials
	Subsequence
)

// String names a tier for JSON and the page.
func (t Tier) String() string {
	return [...]string{"exact", "variant", "prefix", "edit", "initials", "subsequence"}[t]
}

// Quality weights of each tier: how much a match of that tier counts towards
// the score. Exact beats variant beats prefix beats fuzzy.
const (
	exactQuality       = 1.0
	variantQuality     = 0.9
	prefixQuality      = 0.7 // plus up to prefixBonus for a nearly whole word
	prefixBonus        = 0.2
	edit1Quality       = 0.5
	edit2Quality       = 0.35
	initialsQuality    = 0.45
	subsequenceQuality = 0.3
)

// Limits that keep fuzzy tiers from matching everything.
const (
	edit1MinRunes         = 4   // one edit allowed from this many letters
	edit2MinRunes         = 7   // two edits from this many
	subsequenceMinRunes   = 3   // subsequence matching from this many letters
	subsequenceMaxStretch = 2.5 // a subsequence match may be at most this many times longer
	maxPrefixExpansions   = 200 // most vocabulary words one prefix expands to
	shortWholeRunes       = 2   // a word this short that is in the vocabulary expands to no prefixes
)

// match is one vocabulary word a query word matched.
type match struct {
	term    int32
	text    string // the term, set by evalTerm for the marks
	tier    Tier
	quality float64
	// prefixRunes is how many leading runes matched (prefix tier).
	prefixRunes int
	// indexes are the matched byte offsets in the folded term (subsequence).
	indexes []int
}

// vocabulary is a sorted list of folded words, the words a query word is
// matched against. An Index holds its whole vocabulary; a Remote the
// shards of it that its queries fetched.
type vocabulary struct {
	vocab []string        // term id → folded term, sorted
	byLen map[int][]int32 // rune count → term ids, for the fuzzy tiers
	// names marks the terms the text always writes with a capital (in its
	// paragraphs, not its headlines): names, whose spellings vary from one
	// outlet to the next. Nil where unknown (a Remote).
	names []bool
}

// indexLengths fills byLen from vocab.
func (ix *vocabulary) indexLengths() {
	ix.byLen = map[int][]int32{}
	for id, term := range ix.vocab {
		n := utf8.RuneCountInString(term)
		ix.byLen[n] = append(ix.byLen[n], int32(id))
	}
}

// vocabSource lets sahilm/fuzzy read a slice of the vocabulary without a copy.
type vocabSource struct {
	ix  *vocabulary
	ids []int32
}

func (s vocabSource) String(i int) string { return s.ix.vocab[s.ids[i]] }
func (s vocabSource) Len() int            { return len(s.ids) }

// closedPrefixRunes is how many letters a word typed whole may lack of
// a word it matches as a prefix: its inflections ("sanctions",
// "sanctioned", "sanctioning" for "sanction").
const closedPrefixRunes = 3

// wholeWord drops from ms, the matches of the folded word w, the prefix
// matches a word typed whole (Term.Closed) does not mean: words longer
// by more than closedPrefixRunes letters ("kimberley" for "kim"), or by
// anything but letters ("kim2"). Search engines that search as one types
// match only the last word as a prefix; keeping inflections spares a
// reader who typed "sanction russia" the loss of "sanctions".
func wholeWord(src interface{ term(int32) string }, w string, ms []match) []match {
	return slices.DeleteFunc(slices.Clone(ms), func(m match) bool {
		if m.tier != Prefix {
			return false
		}
		rest := strings.TrimPrefix(src.term(m.term), w)
		return utf8.RuneCountInString(rest) > closedPrefixRunes || strings.IndexFunc(rest, func(c rune) bool { return !unicode.IsLetter(c) }) >= 0
	})
}

// termMatches keeps of ms, the matches of the folded word w of t, those
// t means: a word typed whole its inflections (wholeWord), another
// spelling no typo (Term.Spelling), as evalTerm does. The sharded search
// plans its fetches by it.
func termMatches(src interface{ term(int32) string }, t Term, w string, ms []match) []match {
	if t.Closed {
		ms = wholeWord(src, w, ms)
	}
	if !t.Spelling {
		return ms
	}
	var kept []match
	for _, m := range ms {
		if m.tier <= Prefix {
			kept = append(kept, m)
		}
	}
	return kept
}

// expand finds the vocabulary words that match the folded query word w.
func (ix *vocabulary) expand(w string) []match {
	var out []match
	seen := map[int32]bool{}
	add := func(m match) {
		if !seen[m.term] {
			seen[m.term] = true
			out = append(out, m)
		}
	}
	if id, ok := ix.lookup(w); ok {
		add(match{term: id, tier: Exact, quality: exactQuality})
	}
	for _, v := range variants(w) {
		if id, ok := ix.lookup(v); ok {
			add(match{term: id, tier: Variant, quality: variantQuality})
		}
	}
	wr := utf8.RuneCountInString(w)
	// A word of two letters that is a word of the articles is written
	// whole ("UN", "EU", "Kim Jong Un"): the words it begins ("under",
	// "united", "Europe") are not what was meant, and would each need
	// their postings fetched.
	prefixes := ix.withPrefix(w)
	if _, ok := ix.lookup(w); ok && wr <= shortWholeRunes {
		prefixes = nil
	}
	// A name typed whole ("Quarrie") is that name: the common words it
	// begins ("quarries") are not what was meant; names it begins
	// ("Kimball" after "Kim", "Ukrainians" after "Ukrainian") may be,
	// but not the name with one more letter, another name ("INDECI" is
	// not "INDEC", nor "Kimi" "Kim").
	if id, ok := ix.lookup(w); ok && ix.isName(id) {
		prefixes = slices.DeleteFunc(slices.Clone(prefixes), func(p int32) bool {
			term := ix.vocab[p]
			last, _ := utf8.DecodeLastRuneInString(term)
			return !ix.isName(p) || utf8.RuneCountInString(term) == wr+1 && unicode.IsLetter(last) && last != 's'
		})
	}
	for _, id := range prefixes {
		tr := utf8.RuneCountInString(ix.vocab[id])
		add(match{term: id, tier: Prefix, quality: prefixQuality + prefixBonus*float64(wr)/float64(tr), prefixRunes: wr})
	}
	// A name matches its other spellings too: "Tayeb" finds "Tayib",
	// "Zelensky" finds "Zelenskyy"; and "Djordjevic" finds "Đorđević"
	// (folded "dordevic"), and back, looked up directly.
	if id, ok := ix.lookup(w); ok && ix.isName(id) {
		for _, v := range djSpellings(w) {
			if other, ok := ix.lookup(v); ok && !seen[other] && ix.isName(other) {
				add(match{term: other, tier: Edit, quality: edit1Quality})
			}
		}
		for n := wr - 1; n <= wr+1; n++ {
			for _, other := range ix.byLen[n] {
				if !seen[other] && ix.isName(other) && fold.SpellingVariant(w, ix.vocab[other]) {
					add(match{term: other, tier: Edit, quality: edit1Quality})
				}
			}
		}
	}
	// A word that is, or begins, a vocabulary word is being typed, not
	// mistyped: fuzzy tiers would only add noise.
	if len(out) > 0 {
		return out
	}
	if wr >= edit1MinRunes {
		maxDist := 1
		if wr >= edit2MinRunes {
			maxDist = 2
		}
		var e editor
		type near struct {
			id int32
			d  int
		}
		var found []near
		closeFirst := false // a word one edit away that starts as w does
		first, _ := utf8.DecodeRuneInString(w)
		for n := wr - maxDist; n <= wr+maxDist; n++ {
			for _, id := range ix.byLen[n] {
				if seen[id] {
					continue
				}
				if d := e.distance(w, ix.vocab[id], maxDist); d <= maxDist {
					found = append(found, near{id, d})
					if t, _ := utf8.DecodeRuneInString(ix.vocab[id]); d == 1 && t == first {
						closeFirst = true
					}
				}
			}
		}
		for _, f := range found {
			// "Coutino" is Coutinho, one letter away: not caution,
			// counting or routine, two away.
			if closeFirst && f.d > 1 {
				continue
			}
			q := edit1Quality
			if f.d == 2 {
				q = edit2Quality
			}
			add(match{term: f.id, tier: Edit, quality: q})
		}
		if closeFirst {
			return out // nor the looser subsequences
		}
	}
	if wr >= subsequenceMinRunes {
		first, _ := utf8.DecodeRuneInString(w)
		var ids []int32
		for n := wr; float64(n) <= float64(wr)*subsequenceMaxStretch; n++ {
			for _, id := range ix.byLen[n] {
				if t, _ := utf8.DecodeRuneInString(ix.vocab[id]); t == first && !seen[id] {
					ids = append(ids, id)
				}
			}
		}
		src := vocabSource{ix, ids}
		for _, m := range fuzzy.FindFrom(w, src) {
			add(match{term: ids[m.Index], tier: Subsequence, quality: subsequenceQuality, indexes: m.MatchedIndexes})
		}
	}
	return out
}

// isName reports whether the term is always written with a capital.
func (ix *vocabulary) isName(id int32) bool {
	return int(id) < len(ix.names) && ix.names[id]
}

// lookup returns the id of the vocabulary word w, if there is one.
func (ix *vocabulary) lookup(w string) (int32, bool) {
	i := ix.firstAtLeast(w)
	if i < len(ix.vocab) && ix.vocab[i] == w {
		return int32(i), true
	}
	return 0, false
}

// firstAtLeast returns the id of the first vocabulary word not before w.
func (ix *vocabulary) firstAtLeast(w string) int {
	return sort.SearchStrings(ix.vocab, w)
}

// withPrefix returns the ids of the vocabulary words that start with w and
// are longer than it, shortest first.
func (ix *vocabulary) withPrefix(w string) []int32 {
	i := ix.firstAtLeast(w)
	var out []int32
	for ; i < len(ix.vocab) && strings.HasPrefix(ix.vocab[i], w); i++ {
		if ix.vocab[i] != w {
			out = append(out, int32(i))
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return len(ix.vocab[out[a]]) < len(ix.vocab[out[b]]) })
	if len(out) > maxPrefixExpansions {
		out = out[:maxPrefixExpansions]
	}
	return out
}

// editDistance returns the Damerau–Levenshtein distance (adjacent
// transpositions count as one edit) between a and b, or max+1 as soon as it
// is known to exceed max.
func editDistance(a, b string, max int) int {
	var e editor
	return e.distance(a, b, max)
}

// editor computes edit distances, reusing its buffers from one call to the
// next: the fuzzy tier compares a query word with thousands of words.
type editor struct {
	ra, rb           []rune
	prev2, prev, cur []int
}

// distance is editDistance. Only the cells within max of the diagonal are
// computed: a path of at most max edits never leaves that band.
func (e *editor) distance(a, b string, max int) int {
	e.ra, e.rb = appendRunes(e.ra[:0], a), appendRunes(e.rb[:0], b)
	ra, rb := e.ra, e.rb
	if d := len(ra) - len(rb); d > max || -d > max {
		return max + 1
	}
	n := len(rb) + 2 // one more cell than the row, for the band's right edge
	if cap(e.cur) < n {
		e.prev2, e.prev, e.cur = make([]int, n), make([]int, n), make([]int, n)
	}
	prev2, prev, cur := e.prev2[:n], e.prev[:n], e.cur[:n]
	far := max + 1
	for j := range prev {
		prev[j] = min(j, far)
	}
	for i := 1; i <= len(ra); i++ {
		lo, hi := i-max, min(len(rb), i+max)
		if lo <= 1 {
			lo = 1
			cur[0] = min(i, far)
		} else {
			cur[lo-1] = far
		}
		cur[hi+1] = far
		rowMin := cur[lo-1]
		for j := lo; j <= hi; j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			c := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				c = min(c, prev2[j-2]+1)
			}
			cur[j] = min(c, far)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > max {
			return far
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// appendRunes appends the runes of s to rs.
func appendRunes(rs []rune, s string) []rune {
	for _, r := range s {
		rs = append(rs, r)
	}
	return rs
}

// djSpellings are the other spellings of a name whose Serbian or
// Croatian đ English writes dj and folding makes d: "djordjevic" gives
// "dordevic", and "dordevic" gives "djordevic", "dordjevic" and
// "djordjevic". A name with more than three d's gives none.
func djSpellings(w string) []string {
	if strings.Contains(w, "dj") {
		return []string{strings.ReplaceAll(w, "dj", "d")}
	}
	var at []int
	for i := 0; i < len(w); i++ {
		if w[i] == 'd' {
			at = append(at, i)
		}
	}
	if len(at) == 0 || len(at) > 3 {
		return nil
	}
	var out []string
	for mask := 1; mask < 1<<len(at); mask++ {
		var b strings.Builder
		prev := 0
		for k, i := range at {
			if mask&(1<<k) != 0 {
				b.WriteString(w[prev : i+1])
				b.WriteByte('j')
				prev = i + 1
			}
		}
		b.WriteString(w[prev:])
		out = append(out, b.String())
	}
	return out
}
