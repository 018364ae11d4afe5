package search

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

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
	// AlsoMatched lists the other spellings and near words the query's
	// words matched ("tayib" for "Tayeb", "shoigu" for "Shoigoo"), folded,
	// so that a reader sees what was counted.
	AlsoMatched []string `json:"also_matched,omitempty"`
	// Estimated is set when Total and Articles are lower bounds: a
	// Remote ranked a frequent word from its best passages alone.
	Estimated bool `json:"estimated,omitempty"`
	// Spread is set when no passage holds every word of the query and
	// the hits are the passages holding some of them, in the articles
	// that hold them all across their passages.
	Spread bool `json:"spread,omitempty"`
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
	marks []marked // of phrases and initials; a word's are found when shown
}

// termHits is what one term of a query found: the passages it matches and,
// for a word, the vocabulary words it matched. Every occurrence of those
// in a passage shown is marked when the hit is made: marking every
// passage as it is found cost more than finding it.
type termHits struct {
	passages map[int32]*passageHit
	words    []match
	// spelled are the word's other spellings found as phrases (two
	// words run together, evalRunTogether), for AlsoMatched.
	spelled []string
}

// Search runs query over the index and returns the matching passages, best
// first.
func (ix *Index) Search(query string, opt Options) Result {
	return ix.search(query, opt, nil)
}

// search runs a query, taking term results from cache when it has them and
// storing those it computes.
func (ix *Index) search(query string, opt Options, cache *termCache) Result {
	res := Result{Query: query, Hits: []Hit{}}
	q := Parse(query)
	if q.Empty() || len(ix.passages) == 0 {
		return res
	}
	q = joinSplitWords(ix, q)
	total, order, words, spread := combine(q, ix.articleOf, func(t Term, negated bool) termHits {
		return cache.evalTerm(ix, t, negated)
	})
	res.Spread = spread
	if opt.Keep != nil {
		kept := order[:0]
		for _, p := range order {
			if opt.Keep(ix.passages[p]) {
				kept = append(kept, p)
			}
		}
		order = kept
	}
	res.Total = len(order)
	res.Articles = ix.countArticles(order)
	if len(order) > 0 {
		res.AlsoMatched = alsoMatched(&words, q)
	}
	for _, p := range rank(total, order, opt.Limit) {
		pass := ix.passages[p]
		row := ix.tokens[p]
		h := total[p]
		res.Hits = append(res.Hits, hit(pass.Article.ID, pass.Paragraph.ID, pass.Paragraph.Text, int(p), h.score, ix.markWords(p, &words, h.marks),
			func(pos int32) (int32, int32, string) {
				t := row[pos]
				return t.start, t.end, ix.vocab[t.term]
			}))
	}
	return res
}

// maxAlsoMatched bounds the spellings a result lists.
const maxAlsoMatched = 8

// alsoMatched returns the words matched by an edit (another spelling or a
// typo) or as a transliteration, and the phrases a word run together
// matched, sorted and each once; not what q typed ("Hai Phong" matched
// as itself beside "Haiphong").
func alsoMatched(words *wordMarks, q Query) []string {
	typed := map[string]bool{}
	for _, c := range q.Clauses {
		for _, t := range c.Terms {
			typed[strings.Join(t.Words, " ")] = true
		}
	}
	var out []string
	for _, s := range words.spelled {
		if !typed[s] {
			out = append(out, s)
		}
	}
	for _, m := range words.list {
		// A transliteration ("kyiv" for "Kiev") is another spelling too;
		// a British or American form, or a plural, is no news.
		if m.text != "" && (m.tier == Edit || m.tier == Variant && len(fold.Transliterations(m.text)) > 0) {
			out = append(out, m.text)
		}
	}
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) > maxAlsoMatched {
		out = out[:maxAlsoMatched]
	}
	return out
}

// wordMarks lists the query words' matches, whose occurrences a hit
// marks.
type wordMarks struct {
	list []*match
	// spelled are the phrases words typed run together matched
	// (termHits.spelled).
	spelled []string
	byID    map[int32][]*match  // by vocabulary id, made when first needed
	isWord  []uint64            // a bit per vocabulary id: whether it is in byID
	byText  map[string][]*match // by folded word, made when first needed
}

func (w *wordMarks) add(m *match) { w.list = append(w.list, m) }

// ids returns the matches by vocabulary id, and a bit per id of a
// vocabulary of n words saying which have matches (quicker to test than
// the map, for every word of every hit).
func (w *wordMarks) ids(n int) (map[int32][]*match, []uint64) {
	if w.byID == nil {
		w.byID = map[int32][]*match{}
		w.isWord = make([]uint64, (n+63)/64)
		for _, m := range w.list {
			w.byID[m.term] = append(w.byID[m.term], m)
			w.isWord[m.term/64] |= 1 << (m.term % 64)
		}
	}
	return w.byID, w.isWord
}

// texts returns the matches by folded word: a Remote reads a hit's words
// from its text.
func (w *wordMarks) texts() map[string][]*match {
	if w.byText == nil {
		w.byText = map[string][]*match{}
		for _, m := range w.list {
			w.byText[m.text] = append(w.byText[m.text], m)
		}
	}
	return w.byText
}

// maxLookedUp is how many matches markWords looks up in their postings;
// past it, reading the passage's words is quicker.
const maxLookedUp = 8

// markWords returns marks with every occurrence in passage p of the
// matched words added.
func (ix *Index) markWords(p int32, words *wordMarks, marks []marked) []marked {
	marks = slices.Clip(marks)
	if len(words.list) > maxLookedUp {
		byID, isWord := words.ids(len(ix.vocab))
		for i, t := range ix.tokens[p] {
			if isWord[t.term/64]&(1<<(t.term%64)) == 0 {
				continue
			}
			for _, m := range byID[t.term] {
				marks = append(marks, marked{int32(i), m})
			}
		}
		return marks
	}
	for _, m := range words.list {
		ps := ix.postings[m.term]
		i := sort.Search(len(ps), func(i int) bool { return ps[i].passage >= p })
		if i == len(ps) || ps[i].passage != p {
			continue
		}
		for _, pos := range ps[i].positions {
			marks = append(marks, marked{pos, m})
		}
	}
	return marks
}

// combine evaluates the clauses of q with eval and returns each matching
// passage's combined score and marks, the passages, unordered, and the
// vocabulary words to mark in them. Term results are never modified: a
// query of one term returns the term's own passageHits, read-only, and
// any other combination new ones.
func combine(q Query, articleOf []int32, eval func(t Term, negated bool) termHits) (map[int32]*passageHit, []int32, wordMarks, bool) {
	var positive, excluded []map[int32]*passageHit
	var words wordMarks
	for _, c := range q.Clauses {
		var hits map[int32]*passageHit
		for i, t := range c.Terms {
			th := eval(t, c.Negated)
			if !c.Negated {
				for i := range th.words {
					words.add(&th.words[i])
				}
				words.spelled = append(words.spelled, th.spelled...)
			}
			if len(c.Terms) == 1 {
				hits = th.passages
				break
			}
			// An OR clause takes, per passage, the best score of its
			// terms and the marks of all.
			if i == 0 {
				hits = make(map[int32]*passageHit, len(th.passages))
			}
			for p, h := range th.passages {
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
		} else {
			positive = append(positive, hits)
		}
	}
	total := positive[0]
	if len(positive) > 1 {
		// Every clause must match: walk the smallest, adding up scores in
		// the query's order.
		smallest := slices.MinFunc(positive, func(a, b map[int32]*passageHit) int { return len(a) - len(b) })
		total = map[int32]*passageHit{}
	passages:
		for p := range smallest {
			sum := &passageHit{}
			for _, clause := range positive {
				h, ok := clause[p]
				if !ok {
					continue passages
				}
				sum.score += h.score
				sum.marks = append(sum.marks, h.marks...)
			}
			total[p] = sum
		}
	}
	spread := false
	if len(total) == 0 && len(positive) > 1 {
		total = spreadOver(positive, articleOf)
		spread = len(total) > 0
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
		if !drop {
			order = append(order, p)
		}
	}
	return total, order, words, spread
}

// spreadOver answers a query of several clauses that no passage matches
// whole ("kwacha devaluation" where one paragraph says "devalued the
// kwacha" and another "the devaluation"): the passages matching some
// clause in the articles where every clause matches some passage, each
// scored by the clauses it matches. positive holds each clause's
// passages; articleOf numbers each passage's article.
func spreadOver(positive []map[int32]*passageHit, articleOf []int32) map[int32]*passageHit {
	var articles map[int32]bool
	for _, clause := range positive {
		in := map[int32]bool{}
		for p := range clause {
			if a := articleOf[p]; articles == nil || articles[a] {
				in[a] = true
			}
		}
		articles = in
		if len(articles) == 0 {
			return nil
		}
	}
	total := map[int32]*passageHit{}
	for _, clause := range positive {
		for p, h := range clause {
			if !articles[articleOf[p]] {
				continue
			}
			sum, ok := total[p]
			if !ok {
				sum = &passageHit{}
				total[p] = sum
			}
			sum.score += h.score
			sum.marks = append(sum.marks, h.marks...)
		}
	}
	return total
}

// rank returns the limit best passages of order (all for 0), best first;
// ties keep corpus order.
func rank(total map[int32]*passageHit, order []int32, limit int) []int32 {
	return best(order, limit, func(a, b int32) bool {
		sa, sb := total[a].score, total[b].score
		if sa != sb {
			return sa > sb
		}
		return a < b
	})
}

// hit makes the Hit of passage index p, whose words tokenAt gives by
// position (byte span and folded term), with its marked words.
func hit(article, passage, text string, p int, score float64, marks []marked, tokenAt func(pos int32) (start, end int32, term string)) Hit {
	return Hit{
		Article: article,
		Passage: passage,
		Text:    text,
		Score:   math.Round(score*1000) / 1000,
		Matches: highlight(text, tokenAt, marks),
		Index:   p,
	}
}

// source is what scoring reads: the vocabulary to match query words
// against, each term's postings and document frequency, each passage's
// length and the corpus statistics of BM25. An Index holds it all; a
// Remote fetches what a query needs, and may give only the best postings
// of a frequent term (see Remote.Search).
type source interface {
	expand(w string) []match
	term(id int32) string
	df(id int32) int
	postingsOf(id int32) []posting
	lengthOf(p int32) int
	initialsOf(w string) []run
	weights() *bm25
	// knows reports whether w is a word of the vocabulary read so far,
	// without reading more.
	knows(w string) bool
	// exact returns the id of the word w itself, reading its own
	// vocabulary only: no variant, prefix or typo of it.
	exact(w string) (int32, bool)
}

func (ix *Index) term(id int32) string          { return ix.vocab[id] }
func (ix *Index) postingsOf(id int32) []posting { return ix.postings[id] }
func (ix *Index) df(id int32) int               { return len(ix.postings[id]) }
func (ix *Index) lengthOf(p int32) int          { return len(ix.tokens[p]) }
func (ix *Index) initialsOf(w string) []run     { return ix.initials[w] }
func (ix *Index) weights() *bm25                { return &ix.bm25 }
func (ix *Index) knows(w string) bool {
	_, ok := ix.lookup(w)
	return ok
}
func (ix *Index) exact(w string) (int32, bool) { return ix.lookup(w) }
func (ix *Index) evalTerm(t Term, negated bool) termHits {
	return evalTerm(ix, t, negated)
}

// evalTerm finds the passages a term matches. Negated terms match strictly:
// exact and variant spellings and plural-like prefixes only, so "-sanction"
// excludes "sanctions" but a typo never excludes a passage.
func evalTerm(src source, t Term, negated bool) termHits {
	if t.Phrase {
		hits := evalPhrase(src, t.Words, t.Joined)
		return termHits{passages: hits, spelled: phraseSpellings(src, hits)}
	}
	matches := src.expand(t.Words[0])
	if t.Closed {
		matches = wholeWord(src, t.Words[0], matches)
	}
	var runTogether map[int32]*passageHit
	var spelled []string
	if !negated && runTogetherTried(src, matches) {
		runTogether, spelled = evalRunTogether(src, t.Words[0], len(matches) > 0)
	}
	if len(matches) == 0 && !negated {
		hits := evalInitials(src, t.Words[0])
		for p, h := range runTogether {
			if old, ok := hits[p]; !ok || h.score > old.score {
				hits[p] = h
			}
		}
		return termHits{passages: hits, spelled: spelled}
	}
	out := termHits{spelled: spelled}
	w := src.weights()
	for _, m := range matches {
		// Another spelling matches no typo either (Term.Spelling).
		if (negated || t.Spelling) && m.tier > Prefix || negated && m.tier == Prefix && len(src.term(m.term))-len(t.Words[0]) > 2 {
			continue
		}
		m.text = src.term(m.term)
		out.words = append(out.words, m)
	}
	// The map and the hits are sized once, for as many passages as
	// the words' postings (an upper bound), not grown one at a time.
	size := 0
	for _, m := range out.words {
		size += len(src.postingsOf(m.term))
	}
	out.passages = make(map[int32]*passageHit, size)
	slab := make([]passageHit, size)
	for _, m := range out.words {
		idf := w.idf(src.df(m.term))
		for _, ps := range src.postingsOf(m.term) {
			s := m.quality * idf * w.tfNorm(len(ps.positions), src.lengthOf(ps.passage))
			h, ok := out.passages[ps.passage]
			if !ok {
				h, slab = &slab[0], slab[1:]
				out.passages[ps.passage] = h
			}
			h.score = math.Max(h.score, s)
		}
	}
	for p, h := range runTogether {
		if old, ok := out.passages[p]; !ok || h.score > old.score {
			out.passages[p] = h
		}
	}
	return out
}

// joinSplitWords reads two words in a row that are no words of the
// vocabulary as one word split in two, when the two run together match
// one: "Ulaan Baatar" finds "Ulaanbaatar". It is the converse of
// evalRunTogether, and as cautious: a word of the text is never joined to
// another, unless the two run together are a rare word of the text too
// ("Hai Phong" and "Haiphong"), when either matches.
func joinSplitWords(src source, q Query) Query {
	single := func(c Clause) (Term, bool) {
		if c.Negated || len(c.Terms) != 1 || c.Terms[0].Phrase || len(c.Terms[0].Words) != 1 {
			return Term{}, false
		}
		// A word of the text is known at a look-up; only another word
		// is expanded (its tiers are worked out again when it is
		// searched).
		t := c.Terms[0]
		if src.knows(t.Words[0]) {
			return t, false
		}
		return t, !slices.ContainsFunc(src.expand(t.Words[0]), func(m match) bool { return m.tier <= Variant })
	}
	// "Hai Phong" also finds "Haiphong": two words of the text, each no
	// small word of the language, whose run together is a rare word of
	// the text, are matched as the phrase or as that word.
	known := func(c Clause) (Term, bool) {
		if c.Negated || len(c.Terms) != 1 || c.Terms[0].Phrase || len(c.Terms[0].Words) != 1 {
			return Term{}, false
		}
		t := c.Terms[0]
		w := t.Words[0]
		// (Expanded, not looked up: a Remote fetches the word's
		// vocabulary as it expands it.)
		return t, !smallWords[w] && slices.ContainsFunc(src.expand(w), func(m match) bool { return m.tier == Exact })
	}
	var out []Clause
	for k := 0; k < len(q.Clauses); k++ {
		c := q.Clauses[k]
		if k+1 < len(q.Clauses) {
			if a, ok := known(c); ok {
				if b, ok := known(q.Clauses[k+1]); ok {
					joined := a.Words[0] + b.Words[0]
					// Only the word itself counts, so only its own
					// vocabulary is read: a Remote expanding it would
					// fetch every shard of its first letter for typos.
					if id, ok := src.exact(joined); ok && src.df(id) <= rareRunTogetherDF && utf8.RuneCountInString(joined) >= minRunTogetherRunes {
						raw := a.Raw + " " + b.Raw
						out = append(out, Clause{Terms: []Term{{Words: []string{a.Words[0], b.Words[0]}, Phrase: true, Raw: raw}, {Words: []string{joined}, Raw: raw, Closed: b.Closed}}})
						k++
						continue
					}
				}
			}
			if a, ok := single(c); ok {
				if b, ok := single(q.Clauses[k+1]); ok {
					joined := a.Words[0] + b.Words[0]
					if utf8.RuneCountInString(joined) >= minRunTogetherRunes && slices.ContainsFunc(src.expand(joined), func(m match) bool { return m.tier <= Edit }) {
						out = append(out, Clause{Terms: []Term{{Words: []string{joined}, Raw: a.Raw + " " + b.Raw, Closed: b.Closed}}})
						k++
						continue
					}
				}
			}
		}
		out = append(out, c)
	}
	q.Clauses = out
	return q
}

// minRunTogetherRunes is the shortest word read as two run together, and
// minRunTogetherPart the shortest of its parts.
const (
	minRunTogetherRunes = 5
	minRunTogetherPart  = 2
)

// evalRunTogether finds a word typed as two words of the text run
// together, a name's parts with the hyphen or the space left out:
// "Haeun" finds "Ha-eun", "Heungmin" "Heung-min", "Sanghadoyle"
// "Sangha-Doyle". It is tried only for a word that begins no vocabulary
// word, so a word of the text is never split; a split whose first part
// is no word of the vocabulary costs nothing, and the phrase is matched
// exactly, as a hyphenated name is.
//
// A rare word of the text is tried too (runTogetherTried), as one
// outlet's spelling of a name another writes with a hyphen ("Minseo",
// "Min-seo"), but never split into a word of the language's small
// words ("maybe" is no "may be", "anyone" no "any one"): known says w
// is a word of the text.
func evalRunTogether(src source, w string, known bool) (map[int32]*passageHit, []string) {
	out := map[int32]*passageHit{}
	var spelled []string
	if utf8.RuneCountInString(w) < minRunTogetherRunes {
		return out, nil
	}
	for i := range w {
		a, b := w[:i], w[i:]
		if utf8.RuneCountInString(a) < minRunTogetherPart || utf8.RuneCountInString(b) < minRunTogetherPart || !src.knows(a) || known && (smallWords[a] || smallWords[b]) {
			continue
		}
		hits := evalPhrase(src, []string{a, b}, false)
		if len(hits) > 0 {
			spelled = append(spelled, a+" "+b)
		}
		for p, h := range hits {
			// A rare word of the text ranks its own spelling first: the
			// phrase scores as one word (its two words' weight halved)
			// of another spelling.
			if known {
				h.score *= variantQuality / 2
			}
			if old, ok := out[p]; !ok || h.score > old.score {
				out[p] = h
			}
		}
	}
	return out, spelled
}

// rareRunTogetherDF is how many passages a word of the text may hold and
// still be read as two run together: a name's spelling, not a word of
// the language.
const rareRunTogetherDF = 8

// runTogetherTried reports whether a word whose matches are ms is also
// read as two words of the text run together (evalRunTogether): when it
// begins no word of the vocabulary, or is a rare word of it.
func runTogetherTried(src source, ms []match) bool {
	if !slices.ContainsFunc(ms, func(m match) bool { return m.tier <= Prefix }) {
		return true
	}
	return rareWord(src, ms)
}

// rareWord reports whether the matches ms hold the word itself, a word of
// the text in few passages (rareRunTogetherDF).
func rareWord(src source, ms []match) bool {
	return slices.ContainsFunc(ms, func(m match) bool { return m.tier == Exact && src.df(m.term) <= rareRunTogetherDF })
}

// smallWords are the English words a compound of the language splits
// into ("maybe", "anyone", "cannot", "everyday", "without", "together"):
// a rare word of the text is never read as two when one of them is.
var smallWords = func() map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields("a an the of to in on at by for with from up out off over under be is as it its may can not no any every some one ever how what when where who whom which why there here this that thing things body day days time times side way ways self all each both other another get got go went more most less well we he she they them his her our your my me us you so do does did") {
		set[w] = true
	}
	return set
}()

// evalInitials finds the runs of capitalised words whose initials are w:
// "kju" finds "Kim Jong Un". It is tried only for a word that matches no
// vocabulary word, so "un" stays the word "UN".
func evalInitials(src source, w string) map[int32]*passageHit {
	out := map[int32]*passageHit{}
	runs := src.initialsOf(w)
	if len(runs) == 0 {
		return out
	}
	m := &match{tier: Initials, quality: initialsQuality, prefixRunes: 1}
	weights := src.weights()
	idf := weights.idf(len(runs))
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
		h.score = initialsQuality * idf * weights.tfNorm(len(h.marks)/len(w), src.lengthOf(p))
	}
	return out
}

// evalPhrase finds passages where the words occur in a row, each spelled
// exactly or as a variant; when openEnd is set (a hyphenated name, typed
// as a word), also a letter or two off, and the last as a word it begins
// (still being typed). It reads postings
// only, so that a Remote, which has no passage's words until it shows
// the passage, runs it too.
func evalPhrase(src source, words []string, openEnd bool) map[int32]*passageHit {
	out := map[int32]*passageHit{}
	weights := src.weights()
	sets := make([]map[int32]*match, len(words))
	idf := 0.0
	for i, w := range words {
		sets[i] = map[int32]*match{}
		for _, m := range src.expand(w) {
			if m.tier <= Variant || openEnd && (m.tier == Edit || i == len(words)-1 && m.tier == Prefix) {
				m := m
				sets[i][m.term] = &m
				idf += weights.idf(src.df(m.term))
			}
		}
		if len(sets[i]) == 0 {
			return out
		}
	}
	// starts holds, per passage, the phrases begun so far: the marks of
	// their first k words, k growing until the phrase is whole.
	starts := map[int32][][]marked{}
	for term, m := range sets[0] {
		for _, ps := range src.postingsOf(term) {
			for _, pos := range ps.positions {
				starts[ps.passage] = append(starts[ps.passage], []marked{{pos, m}})
			}
		}
	}
	for k := 1; k < len(words) && len(starts) > 0; k++ {
		at := map[int32]map[int32]*match{} // passage → position → match of word k
		for term, m := range sets[k] {
			for _, ps := range src.postingsOf(term) {
				if _, ok := starts[ps.passage]; !ok {
					continue
				}
				if at[ps.passage] == nil {
					at[ps.passage] = map[int32]*match{}
				}
				for _, pos := range ps.positions {
					at[ps.passage][pos] = m
				}
			}
		}
		for p, phrases := range starts {
			kept := phrases[:0]
			for _, ph := range phrases {
				if m, ok := at[p][ph[0].pos+int32(k)]; ok {
					kept = append(kept, append(ph, marked{ph[0].pos + int32(k), m}))
				}
			}
			if len(kept) == 0 {
				delete(starts, p)
			} else {
				starts[p] = kept
			}
		}
	}
	for p, phrases := range starts {
		h := &passageHit{}
		// A passage scores by its best-spelled phrase: "al-Qadhi" typed
		// ranks the articles that write it so above those writing
		// "al-Qadi".
		best := 0.0
		for _, ph := range phrases {
			h.marks = append(h.marks, ph...)
			q := 1.0
			for _, mk := range ph {
				q = min(q, mk.m.quality)
			}
			best = max(best, q)
		}
		h.score = idf * weights.tfNorm(len(phrases), src.lengthOf(p)) * best
		out[p] = h
	}
	return out
}

// phraseSpellings returns the words that phrases found a letter or two
// off what was typed ("qadi" for the "qadhi" of "al-Qadhi"), for
// AlsoMatched.
func phraseSpellings(src source, hits map[int32]*passageHit) []string {
	var out []string
	for _, h := range hits {
		for _, mk := range h.marks {
			if mk.m.tier == Edit {
				out = append(out, src.term(mk.m.term))
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// bm25 holds the corpus statistics of BM25 weights.
type bm25 struct {
	passages int
	avgLen   float64
}

// newBM25 returns the weights of a corpus of n passages and tokens words.
func newBM25(n, tokens int) bm25 {
	w := bm25{passages: n}
	if n > 0 {
		w.avgLen = float64(tokens) / float64(n)
	}
	return w
}

func (w *bm25) idf(df int) float64 {
	n := float64(w.passages)
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

func (w *bm25) tfNorm(tf, length int) float64 {
	f := float64(tf)
	return f * (bm25K1 + 1) / (f + bm25K1*(1-bm25B+bm25B*float64(length)/w.avgLen))
}

// highlight turns marked tokens into byte ranges of the passage text: whole
// words for exact, variant and edit matches, the typed letters for prefix and
// subsequence matches.
func highlight(text string, tokenAt func(pos int32) (start, end int32, term string), marks []marked) [][2]int {
	var spans [][2]int
	for _, mk := range marks {
		s, e, term := tokenAt(mk.pos)
		start, end := int(s), int(e)
		switch mk.m.tier {
		case Prefix, Initials:
			offsets := fold.Map(text[start:end])
			n := len(prefixBytes(term, mk.m.prefixRunes))
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
	return countArticles(ix.articleOf, ix.articles, passages)
}

// countArticles counts the articles passages are in, given the article of
// each passage, numbered from 0 to articles-1.
func countArticles(articleOf []int32, articles int, passages []int32) int {
	seen := make([]bool, articles)
	n := 0
	for _, p := range passages {
		if a := articleOf[p]; !seen[a] {
			seen[a] = true
			n++
		}
	}
	return n
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
