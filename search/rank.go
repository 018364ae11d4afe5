package search

import (
	"math"
	"sort"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/fold"
)

// BM25 parameters: the usual defaults, which suit paragraph-length passages.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// Hit is one passage that matched a query. Its JSON form is a public
// interface (parallax search --json): add fields, never rename them.
type Hit struct {
	Article string  `json:"article"`
	Passage string  `json:"passage"`
	Text    string  `json:"text"`
	Score   float64 `json:"score"`
	// Matches are [start, end) byte offsets into Text of the matched
	// characters, in order and not overlapping.
	Matches [][2]int `json:"matches"`
	// Index is the passage's position in the index (not in JSON).
	Index int `json:"-"`
}

// Result is the answer to a query.
type Result struct {
	Query string `json:"query"`
	Hits  []Hit  `json:"hits"`
	// Total counts the matching passages, and Articles the articles they
	// are in, before Options.Limit cut the hits.
	Total    int `json:"total"`
	Articles int `json:"articles"`
}

// Options narrow a search.
type Options struct {
	// Keep, when set, is asked about each candidate passage; passages it
	// rejects are left out (the actor filter uses it).
	Keep func(Passage) bool
	// Limit caps the hits returned; 0 means all.
	Limit int
}

// marked is a token of a passage that matched, and how.
type marked struct {
	pos int32
	m   *match
}

// passageHit accumulates what one term found in one passage.
type passageHit struct {
	score float64
	marks []marked
}

// Search runs query over the index and returns the matching passages, best
// first.
func (ix *Index) Search(query string, opt Options) Result {
	return ix.search(query, opt, nil)
}

// search runs a query, taking term results from cache when it has them and
// storing those it computes. Term results are never modified here: every
// passage's combined score and marks live in new passageHits.
func (ix *Index) search(query string, opt Options, cache *termCache) Result {
	res := Result{Query: query, Hits: []Hit{}}
	q := Parse(query)
	if q.Empty() || len(ix.passages) == 0 {
		return res
	}
	var total map[int32]*passageHit
	var excluded []map[int32]*passageHit
	for _, c := range q.Clauses {
		// An OR clause takes, per passage, the best score of its terms
		// and the marks of all.
		hits := map[int32]*passageHit{}
		for _, t := range c.Terms {
			for p, h := range cache.evalTerm(ix, t, c.Negated) {
				cur, ok := hits[p]
				if !ok {
					cur = &passageHit{}
					hits[p] = cur
				}
				cur.score = math.Max(cur.score, h.score)
				cur.marks = append(cur.marks, h.marks...)
			}
		}
		if c.Negated {
			excluded = append(excluded, hits)
			continue
		}
		if total == nil {
			total = hits
			continue
		}
		for p, h := range total {
			other, ok := hits[p]
			if !ok {
				delete(total, p)
				continue
			}
			h.score += other.score
			h.marks = append(h.marks, other.marks...)
		}
	}
	order := make([]int32, 0, len(total))
	for p := range total {
		drop := false
		for _, ex := range excluded {
			if _, ok := ex[p]; ok {
				drop = true
				break
			}
		}
		if !drop && (opt.Keep == nil || opt.Keep(ix.passages[p])) {
			order = append(order, p)
		}
	}
	res.Total = len(order)
	res.Articles = ix.countArticles(order)
	better := func(a, b int32) bool {
		sa, sb := total[a].score, total[b].score
		if sa != sb {
			return sa > sb
		}
		return a < b
	}
	order = best(order, opt.Limit, better)
	for _, p := range order {
		h := total[p]
		pass := ix.passages[p]
		res.Hits = append(res.Hits, Hit{
			Article: pass.Article.ID,
			Passage: pass.Paragraph.ID,
			Text:    pass.Paragraph.Text,
			Score:   math.Round(h.score*1000) / 1000,
			Matches: ix.highlight(p, h.marks),
			Index:   int(p),
		})
	}
	return res
}

// evalTerm finds the passages a term matches. Negated terms match strictly:
// exact and variant spellings and plural-like prefixes only, so "-sanction"
// excludes "sanctions" but a typo never excludes a passage.
func (ix *Index) evalTerm(t Term, negated bool) map[int32]*passageHit {
	if t.Phrase {
		return ix.evalPhrase(t.Words)
	}
	out := map[int32]*passageHit{}
	matches := ix.expand(t.Words[0])
	if len(matches) == 0 && !negated {
		return ix.evalInitials(t.Words[0])
	}
	for _, m := range matches {
		if negated && (m.tier > Prefix || m.tier == Prefix && len(ix.vocab[m.term])-len(t.Words[0]) > 2) {
			continue
		}
		m := m
		idf := ix.idf(len(ix.postings[m.term]))
		for _, ps := range ix.postings[m.term] {
			s := m.quality * idf * ix.tfNorm(len(ps.positions), len(ix.tokens[ps.passage]))
			h, ok := out[ps.passage]
			if !ok {
				h = &passageHit{}
				out[ps.passage] = h
			}
			h.score = math.Max(h.score, s)
			for _, pos := range ps.positions {
				h.marks = append(h.marks, marked{pos, &m})
			}
		}
	}
	return out
}

// evalInitials finds the runs of capitalised words whose initials are w:
// "kju" finds "Kim Jong Un". It is tried only for a word that matches no
// vocabulary word, so "un" stays the word "UN".
func (ix *Index) evalInitials(w string) map[int32]*passageHit {
	out := map[int32]*passageHit{}
	runs := ix.initials[w]
	if len(runs) == 0 {
		return out
	}
	m := &match{tier: Initials, quality: initialsQuality, prefixRunes: 1}
	idf := ix.idf(len(runs))
	for _, r := range runs {
		h, ok := out[r.passage]
		if !ok {
			h = &passageHit{}
			out[r.passage] = h
		}
		for k := int32(0); k < r.n; k++ {
			h.marks = append(h.marks, marked{r.pos + k, m})
		}
	}
	for p, h := range out {
		h.score = initialsQuality * idf * ix.tfNorm(len(h.marks)/len(w), len(ix.tokens[p]))
	}
	return out
}

// evalPhrase finds passages where the words occur in a row, each spelled
// exactly or as a variant.
func (ix *Index) evalPhrase(words []string) map[int32]*passageHit {
	out := map[int32]*passageHit{}
	sets := make([]map[int32]*match, len(words))
	idf := 0.0
	for i, w := range words {
		sets[i] = map[int32]*match{}
		for _, m := range ix.expand(w) {
			if m.tier <= Variant {
				m := m
				sets[i][m.term] = &m
				idf += ix.idf(len(ix.postings[m.term]))
			}
		}
		if len(sets[i]) == 0 {
			return out
		}
	}
	for first := range sets[0] {
		for _, ps := range ix.postings[first] {
			row := ix.tokens[ps.passage]
			for _, pos := range ps.positions {
				if int(pos)+len(words) > len(row) {
					continue
				}
				ok := true
				for k := 1; k < len(words) && ok; k++ {
					_, ok = sets[k][row[int(pos)+k].term]
				}
				if !ok {
					continue
				}
				h, found := out[ps.passage]
				if !found {
					h = &passageHit{}
					out[ps.passage] = h
				}
				for k := range words {
					h.marks = append(h.marks, marked{pos + int32(k), sets[k][row[int(pos)+k].term]})
				}
			}
		}
	}
	for p, h := range out {
		h.score = idf * ix.tfNorm(len(h.marks)/len(words), len(ix.tokens[p]))
	}
	return out
}

func (ix *Index) idf(df int) float64 {
	n := float64(len(ix.passages))
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

func (ix *Index) tfNorm(tf, length int) float64 {
	f := float64(tf)
	return f * (bm25K1 + 1) / (f + bm25K1*(1-bm25B+bm25B*float64(length)/ix.avgLen))
}

// highlight turns marked tokens into byte ranges of the passage text: whole
// words for exact, variant and edit matches, the typed letters for prefix and
// subsequence matches.
func (ix *Index) highlight(p int32, marks []marked) [][2]int {
	text := ix.passages[p].Paragraph.Text
	row := ix.tokens[p]
	var spans [][2]int
	for _, mk := range marks {
		tok := row[mk.pos]
		start, end := int(tok.start), int(tok.end)
		switch mk.m.tier {
		case Prefix, Initials:
			offsets := fold.Map(text[start:end])
			n := len(prefixBytes(ix.vocab[tok.term], mk.m.prefixRunes))
			if n == 0 {
				continue
			}
			if n < len(offsets) {
				end = start + offsets[n]
			}
		case Subsequence:
			offsets := fold.Map(text[start:end])
			for _, i := range mk.m.indexes {
				if i+1 < len(offsets) {
					spans = append(spans, [2]int{start + offsets[i], start + nextOffset(offsets, i)})
				}
			}
			continue
		}
		spans = append(spans, [2]int{start, end})
	}
	return mergeSpans(spans)
}

// prefixBytes returns the first n runes of s.
func prefixBytes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// nextOffset returns where the original character behind folded byte i ends.
func nextOffset(offsets []int, i int) int {
	for j := i + 1; j < len(offsets); j++ {
		if offsets[j] != offsets[i] {
			return offsets[j]
		}
	}
	return offsets[len(offsets)-1]
}

// mergeSpans sorts spans and joins those that overlap or touch.
func mergeSpans(spans [][2]int) [][2]int {
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	out := [][2]int{}
	for _, s := range spans {
		if n := len(out); n > 0 && s[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], s[1])
			continue
		}
		out = append(out, s)
	}
	return out
}

// countArticles counts the articles the passages are in.
func (ix *Index) countArticles(passages []int32) int {
	seen := map[*corpus.Article]bool{}
	for _, p := range passages {
		seen[ix.passages[p].Article] = true
	}
	return len(seen)
}

// best returns the limit best of items (all when limit is 0), best first.
// With a limit much smaller than the items, as when results are typed
// over a large corpus, it keeps a heap of the best so far instead of
// sorting everything.
func best(items []int32, limit int, better func(a, b int32) bool) []int32 {
	if limit <= 0 || limit*4 >= len(items) {
		sort.Slice(items, func(i, j int) bool { return better(items[i], items[j]) })
		if limit > 0 && len(items) > limit {
			items = items[:limit]
		}
		return items
	}
	// h is a heap whose root is the worst of the best so far.
	h := make([]int32, 0, limit)
	worse := func(i, j int) bool { return better(h[j], h[i]) }
	down := func(i int) {
		for {
			l := 2*i + 1
			if l >= len(h) {
				return
			}
			if r := l + 1; r < len(h) && worse(r, l) {
				l = r
			}
			if !worse(l, i) {
				return
			}
			h[i], h[l] = h[l], h[i]
			i = l
		}
	}
	for _, it := range items {
		if len(h) < limit {
			h = append(h, it)
			for i := len(h) - 1; i > 0; {
				parent := (i - 1) / 2
				if !worse(i, parent) {
					break
				}
				h[i], h[parent] = h[parent], h[i]
				i = parent
			}
			continue
		}
		if better(it, h[0]) {
			h[0] = it
			down(0)
		}
	}
	sort.Slice(h, func(i, j int) bool { return better(h[i], h[j]) })
	return h
}
