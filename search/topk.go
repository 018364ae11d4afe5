package search

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/parallax-news/parallax/fold"
	"github.com/parallax-news/parallax/internal/record"
)

// A Remote finds the best hits of a query of plain words (no phrase, no
// OR, no exclusion) without reading each word's whole postings: it reads
// every matched term's head, the passages where that term weighs most,
// and then deeper tiers (see tierRange) only while a passage it has not
// read could still rank among the hits asked for. This is the threshold
// algorithm of Fagin, Lotem and Naor: once a term's tiers down to some
// weight are read, no other passage scores more than that weight for it,
// so a passage's score is bounded by what was read of it plus each other
// word's bound. Its random access is a passage's text: a passage read
// for some words only, that could still rank, is scored exactly from its
// words, a few text files a round (the hits' texts are fetched anyway).
// The search stops when the hits asked for are known exactly and nothing
// else can beat the last of them. The hits equal Index.Search's; the
// counts are then lower bounds (Result.Estimated), unless every tier was
// read.

// Text files a top-k search may fetch to score passages from their words:
// per round, and in all.
const (
	textsPerRound  = 8
	textsPerSearch = 16
)

// maxSeeds bounds the passages a top-k search reads from the packs, in
// all, to find its first screen of hits (seedByText).
const maxSeeds = 160

// topTerm is one term a query word matched, and how much of its postings
// a top-k search read.
type topTerm struct {
	m      match
	weight float64 // the match's quality times the term's idf
	df     int
	read   int // tiers read, the head counting as one
	tiers  int // tiers it has, the head included
	// bound: no unread posting of it scores more (before its head is
	// read, its best weight from the vocabulary); 0 once all are read.
	bound float64
	due   bool // its next tier is to be read this round
}

// topWord is one word of the query: the terms it matched and, per passage
// read, its best score among them.
type topWord struct {
	terms []*topTerm
	score map[int32]float64
	bound float64 // the highest bound of its terms
	best  float64 // its highest score read, or its bound if higher
}

// topState is what a top-k search knows after a round of reading.
type topState struct {
	words []*topWord
	keep  []int32
	// kept has a bit set for each passage of keep, when keep is not nil:
	// asked for every passage a word's tiers hold, a bit is cheaper than
	// a search of keep.
	kept         passageSet
	head, factor int // the index's tiers (tierRange)
	widened      int // rounds that read more for want of hits
	// scored holds the passages scored from their text: their score, or
	// -1 when some word is not in them.
	scored map[int32]float64
	due    []int32 // passages whose text is due to be scored
	texts  int     // text files fetched to score passages
	seeded int     // passages marked due by seedByText
	likely []int32 // the best passages known to match, the hits so far
}

// searchTop runs q, if it is made of plain words only, for its limit best
// hits among keep (all passages when nil), reading tiers as it needs
// them. It returns the passages known to match every word with their
// scores, those passages, the words to mark, whether the counts are lower
// bounds, and ok false when q is not a query it can run this way.
func (r *Remote) searchTop(q Query, limit int, keep []int32) (total map[int32]*passageHit, order []int32, words wordMarks, estimated, ok bool) {
	if limit <= 0 {
		return nil, nil, words, false, false
	}
	for _, c := range q.Clauses {
		if c.Negated || len(c.Terms) != 1 || c.Terms[0].Phrase {
			return nil, nil, words, false, false
		}
	}
	r.full = false
	r.prefetchVocab(q)
	st := topState{keep: keep, kept: newPassageSet(keep), scored: map[int32]float64{}, head: r.head, factor: r.factor}
	for _, c := range q.Clauses {
		ms := termMatches(r, c.Terms[0], c.Terms[0].Words[0], r.expand(c.Terms[0].Words[0]))
		// A word typed as two run together ("Haeun"): a phrase, read
		// whole.
		if runTogetherTried(r, ms) && r.mayRunTogether(c.Terms[0].Words[0], len(ms) > 0) {
			return nil, nil, words, false, false
		}
		if len(ms) == 0 {
			if len(r.initialsOf(c.Terms[0].Words[0])) > 0 {
				// Initials ("kju"): read whole.
				return nil, nil, words, false, false
			}
			// A word in no passage: no hit, nothing more to read.
			return map[int32]*passageHit{}, nil, words, false, true
		}
		// A word's terms and what was read of them do not depend on the
		// query: a word typed before (the first words of a query typed
		// key by key) starts where it was left. A word typed whole
		// matches fewer terms than the same word being typed.
		word := c.Terms[0].Words[0]
		if c.Terms[0].Closed {
			word += " "
		}
		w := r.topWords[word]
		if w == nil {
			w = &topWord{score: map[int32]float64{}}
			for _, m := range ms {
				m.text = r.term(m.term)
				weight := m.quality * r.idf(r.df(m.term))
				t := &topTerm{m: m, weight: weight, df: r.df(m.term), tiers: 1 + r.tiers(m.term), bound: weight * r.tops[m.term]}
				w.terms = append(w.terms, t)
			}
			if r.err == nil {
				r.topWords[word] = w
			}
		}
		for _, t := range w.terms {
			words.add(&t.m)
		}
		st.words = append(st.words, w)
	}
	if r.err != nil {
		return nil, nil, words, false, true
	}
	// The first round: the heads of each new word's best terms.
	for _, w := range st.words {
		if !slices.ContainsFunc(w.terms, func(t *topTerm) bool { return t.read > 0 }) {
			w.widen(2*limit, st.head, st.factor)
		}
	}
	for round := 0; ; round++ {
		if r.stop != nil && r.stop() {
			r.fail(ErrStopped) // between rounds, fetched or not
			return nil, nil, words, false, true
		}
		// Each round reads more of the postings or of the texts; damaged
		// shards can make the bounds promise more than any file holds,
		// and the search would never end.
		if round >= maxTopRounds {
			r.fail(errDamagedTiers)
			return nil, nil, words, false, true
		}
		var names []string
		for _, w := range st.words {
			for _, t := range w.terms {
				if t.read == 0 && r.has(t) {
					// A head fetched already, by this search or another,
					// tightens the bounds for little work; a deeper
					// tier, long, is read only when due.
					t.due = true
				} else if t.due && !r.has(t) {
					names = append(names, r.nextFile(t))
				}
			}
		}
		fresh := map[int32]bool{} // passages whose text this round fetches
		var packed []int32        // those read from the passage packs
		for _, p := range st.due {
			if _, ok := r.texts[p]; !ok {
				if r.usePacks() {
					packed = append(packed, p)
				} else {
					names = append(names, r.textFile(p))
				}
				fresh[p] = true
			}
		}
		// A round that reads texts from the packs reads those of the
		// hits so far too: most stay hits, whose text the search fetches
		// after its last round, two round trips of its own.
		if len(packed) > 0 {
			for _, p := range st.likely {
				if !r.hasText(p) && !fresh[p] {
					packed = append(packed, p)
				}
			}
		}
		// The tiers and the packs' text do not depend on each other: they
		// are fetched at once.
		var texts func()
		if len(packed) > 0 {
			texts = func() { r.loadTexts(packed) }
		}
		r.loadAlongside(names, func(name string, rd *record.Reader) {
			if strings.HasPrefix(name, "text/") {
				r.installText(name, rd)
			} else {
				r.install(name, rd)
			}
		}, texts)
		if r.err != nil {
			return nil, nil, words, false, true
		}
		for _, w := range st.words {
			for _, t := range w.terms {
				if t.due {
					r.readTier(w, t)
				}
			}
			w.settle()
		}
		// A text file holds its neighbours too, which are scored as well:
		// a passage next to a hit often matches. (A pack's range holds
		// only the passages asked for.)
		for _, p := range st.due {
			if !fresh[p] {
				st.scored[p] = r.scoreText(st.words, p)
				continue
			}
			first, size := p, int32(1) // a pack's record: the passage alone
			if r.textShard > 0 {
				first, size = p-p%int32(r.textShard), int32(r.textShard)
			}
			for q := first; q < first+size && int(q) < r.passages; q++ {
				if _, ok := st.scored[q]; !ok && st.isKept(q) && r.hasText(q) {
					st.scored[q] = r.scoreText(st.words, q)
				}
			}
		}
		st.due = st.due[:0]
		cands := st.candidates()
		top := st.best(cands, limit)
		st.likely = top
		floor, last := st.floor(top, limit)
		blockers := st.blockers(top, floor, last)
		if len(blockers) == 0 && !st.unreadBlocks(floor) {
			return st.result(cands), cands, words, st.open(), true
		}
		if !st.unreadBlocks(floor) && st.cheaperByText(r, blockers, floor) {
			st.due = append(st.due, blockers...)
			continue
		}
		if st.seedByText(r, blockers, floor, limit, len(cands)) {
			continue
		}
		st.score(r, blockers, limit)
		if (len(blockers) > len(st.due) || st.unreadBlocks(floor)) && !st.deepen(floor, limit) && len(st.due) == 0 {
			return st.result(cands), cands, words, st.open(), true // nothing left to read
		}
	}
}

// result returns the scores of cands.
func (st *topState) result(cands []int32) map[int32]*passageHit {
	total := make(map[int32]*passageHit, len(cands))
	for _, p := range cands {
		total[p] = &passageHit{score: st.sum(p)}
	}
	return total
}

// open says whether some term has tiers left unread: then the passages
// known to match are not all that do.
func (st *topState) open() bool {
	for _, w := range st.words {
		if w.bound > 0 {
			return true
		}
	}
	return false
}

// has says whether the next tier of t was fetched.
func (r *Remote) has(t *topTerm) bool {
	if t.read == 0 {
		_, ok := r.postings[t.m.term]
		return ok
	}
	if t.read == 1 {
		_, ok := r.tier1[t.m.term]
		return ok
	}
	tiers := r.tails[t.m.term]
	return t.read <= len(tiers) && tiers[t.read-1] != nil
}

// nextFile names the file of the next tier of t, due to be read.
func (r *Remote) nextFile(t *topTerm) string {
	if t.read == 0 {
		return r.postingsFile(t.m.term)
	}
	return r.tierFile(t.m.term, t.read)
}

// textFile names the text file of passage p.
func (r *Remote) textFile(p int32) string {
	return fmt.Sprintf("text/%d.bin", int(p)/r.textShard)
}

// readTier adds the tier of t that was due to w's scores and lowers t's
// bound to the least weight it held: the tiers go by weight, so no
// later posting weighs more.
func (r *Remote) readTier(w *topWord, t *topTerm) {
	var ps []posting
	if t.read == 0 {
		ps = r.postings[t.m.term]
	} else {
		tier, ok := r.tier(t.m.term, t.read)
		if !ok {
			return // damaged: r.err says so
		}
		ps = tier
	}
	t.read++
	t.due = false
	least := math.Inf(1)
	for _, p := range ps {
		s := t.weight * r.tfNorm(len(p.positions), r.lengthOf(p.passage))
		least = min(least, s)
		if cur, ok := w.score[p.passage]; !ok || s > cur {
			w.score[p.passage] = s
		}
	}
	t.bound = 0
	if t.read < t.tiers {
		t.bound = least
	}
}

// scoreText scores passage p from its words, as its postings would: per
// word, the best of its terms, added up in the query's order; -1 when
// some word is not in it, or its text is missing.
func (r *Remote) scoreText(words []*topWord, p int32) float64 {
	tp, ok := r.texts[p]
	if !ok {
		return -1
	}
	toks := fold.Tokens(tp.text)
	tf := map[string]int{}
	for _, t := range toks {
		tf[t.Term]++
	}
	sum := 0.0
	for _, w := range words {
		best := -1.0
		for _, t := range w.terms {
			if n := tf[t.m.text]; n > 0 {
				best = max(best, t.weight*r.tfNorm(n, len(toks)))
			}
		}
		if best < 0 {
			return -1
		}
		sum += best
	}
	return sum
}

// settle works out w's bound and best from its terms'.
func (w *topWord) settle() {
	w.bound = 0
	for _, t := range w.terms {
		w.bound = max(w.bound, t.bound)
	}
	w.best = w.bound
	for _, s := range w.score {
		w.best = max(w.best, s)
	}
}

// maxTopRounds bounds the rounds of one top-k search: an undamaged index
// needs far fewer (a round per tier or text file it reads).
const maxTopRounds = 1 << 14

// errDamagedTiers says why a search gave up on a damaged index.
var errDamagedTiers = errors.New("the search read every round it may and found no end: the shards look damaged; build them again")

// isKept says whether p may be a hit.
func (st *topState) isKept(p int32) bool {
	return st.keep == nil || st.kept.has(p)
}

// passageSet is a set of passages as a bitmap.
type passageSet []uint64

// newPassageSet returns the set of the passages in ps (sorted), nil for
// none.
func newPassageSet(ps []int32) passageSet {
	if len(ps) == 0 {
		return nil
	}
	set := make(passageSet, ps[len(ps)-1]/64+1)
	for _, p := range ps {
		set[p/64] |= 1 << (p % 64)
	}
	return set
}

// has reports whether p is in the set.
func (s passageSet) has(p int32) bool {
	return p >= 0 && int(p/64) < len(s) && s[p/64]&(1<<(p%64)) != 0
}

// candidates returns the kept passages known to match: read for every
// word, or scored from their text.
func (st *topState) candidates() []int32 {
	smallest := slices.MinFunc(st.words, func(a, b *topWord) int { return len(a.score) - len(b.score) })
	var out []int32
passages:
	for p := range smallest.score {
		if !st.isKept(p) {
			continue
		}
		if _, ok := st.scored[p]; ok {
			continue // counted below
		}
		for _, w := range st.words {
			if _, ok := w.score[p]; !ok {
				continue passages
			}
		}
		out = append(out, p)
	}
	for p, s := range st.scored {
		if s >= 0 && st.isKept(p) {
			out = append(out, p)
		}
	}
	return out
}

// sum is p's score from what was read, added up in the query's order as
// combine does, so that equal scores stay equal.
func (st *topState) sum(p int32) float64 {
	if s, ok := st.scored[p]; ok {
		return s
	}
	s := 0.0
	for _, w := range st.words {
		s += w.score[p]
	}
	return s
}

// upper bounds the score of p (read or not): per word, what was read of
// it or the word's bound, whichever is more. It is -1 when p cannot
// match: some word has no tier left to read and was not read in p, or its
// text lacks a word.
func (st *topState) upper(p int32) float64 {
	if s, ok := st.scored[p]; ok {
		return s
	}
	s := 0.0
	for _, w := range st.words {
		got, ok := w.score[p]
		if !ok && w.bound == 0 {
			return -1
		}
		s += max(got, w.bound)
	}
	return s
}

// exact says whether p's score is known: scored from its text, or read
// for every word and at least each word's bound, so no unread term can
// raise it.
func (st *topState) exact(p int32) bool {
	if _, ok := st.scored[p]; ok {
		return true
	}
	for _, w := range st.words {
		if got, ok := w.score[p]; !ok || got < w.bound {
			return false
		}
	}
	return true
}

// best returns the limit best of cands by their scores read, ties in
// passage order, as rank orders hits.
func (st *topState) best(cands []int32, limit int) []int32 {
	scores := make(map[int32]float64, len(cands))
	for _, p := range cands {
		scores[p] = st.sum(p)
	}
	return best(slices.Clone(cands), limit, func(a, b int32) bool {
		if scores[a] != scores[b] {
			return scores[a] > scores[b]
		}
		return a < b
	})
}

// floor returns the score a passage must reach to rank among top, the
// best so far, and the last of them: -Inf and -1 while there are fewer
// than limit.
func (st *topState) floor(top []int32, limit int) (float64, int32) {
	if len(top) < limit {
		return math.Inf(-1), -1
	}
	return st.sum(top[limit-1]), top[limit-1]
}

// blockers returns the passages read whose score is not known and might
// rank among the hits (each of top whose score is not known, and each
// other that may reach the floor), the likeliest first.
func (st *topState) blockers(top []int32, floor float64, last int32) []int32 {
	var out []int32
	ubs := map[int32]float64{}
	for i, w := range st.words {
		for p := range w.score {
			// Each passage once: for the first word that read it.
			if !st.isKept(p) || readBefore(st.words[:i], p) {
				continue
			}
			if st.exact(p) {
				continue
			}
			ub := st.upper(p)
			if ub >= 0 && (ub > floor || ub == floor && p < last) {
				out = append(out, p)
				ubs[p] = ub
			}
		}
	}
	slices.SortFunc(out, func(a, b int32) int { return cmp.Or(cmp.Compare(ubs[b], ubs[a]), cmp.Compare(a, b)) })
	return out
}

// readBefore reports whether one of words read passage p.
func readBefore(words []*topWord, p int32) bool {
	for _, w := range words {
		if _, ok := w.score[p]; ok {
			return true
		}
	}
	return false
}

// unreadBlocks says whether a passage read for no word might reach the
// floor: each word's bound at most, unless some word was read whole. One
// scoring as much as the last hit ranks after it only when one term alone
// is open: its tiers keep ties in passage order, so the last, read
// before, comes first.
func (st *topState) unreadBlocks(floor float64) bool {
	unread := 0.0
	open := 0
	for _, w := range st.words {
		if w.bound == 0 {
			return false
		}
		unread += w.bound
		for _, t := range w.terms {
			if t.bound > 0 {
				open++
			}
		}
	}
	return unread > floor || unread == floor && (open > 1 || len(st.words) > 1)
}

// score marks due the blockers whose text files fit this round's and the
// search's budget, in order, at most limit a round: scoring a passage
// reads all its words. A query of one word reads tiers instead: its
// blockers lack only the heads of better terms, which are cheaper.
func (st *topState) score(r *Remote, blockers []int32, limit int) {
	if len(st.words) == 1 {
		return
	}
	files := map[any]bool{} // text files, or passages read from packs
	for _, p := range blockers {
		if len(st.due) == limit {
			return
		}
		var name any = p
		if !r.usePacks() {
			name = r.textFile(p)
		}
		if _, ok := r.texts[p]; !ok && !files[name] {
			if len(files) == textsPerRound || st.texts == textsPerSearch {
				continue
			}
			files[name] = true
			st.texts++
		}
		st.due = append(st.due, p)
	}
}

// deepen marks for reading the next tier of every term whose unread
// postings could still lift a passage into the hits: its bound with every
// other word's best reaches the floor; or, while fewer than limit
// passages are known to match, widens. It returns false when no term
// has a tier left.
func (st *topState) deepen(floor float64, limit int) bool {
	if math.IsInf(floor, -1) {
		return st.widen(limit)
	}
	terms := st.deepening(floor)
	for _, t := range terms {
		t.due = true
	}
	return len(terms) > 0
}

// deepening returns the terms whose unread postings could still lift a
// passage to the floor: their bound with every other word's best
// reaches it.
func (st *topState) deepening(floor float64) []*topTerm {
	bests := 0.0
	for _, w := range st.words {
		bests += w.best
	}
	var out []*topTerm
	for _, w := range st.words {
		others := bests - w.best
		for _, t := range w.terms {
			if t.bound > 0 && t.bound+others >= floor {
				out = append(out, t)
			}
		}
	}
	return out
}

// cheaperByText says whether scoring every blocker from its text, in one
// round, costs fewer bytes than the tiers deepen would read next, going
// by what such files have weighed so far. When every word's tiers are
// read deep enough that no unread passage can rank, only the blockers
// stand between the search and its hits, and a deep tier of a common
// word (hundreds of kilobytes) can cost a hundred times their texts.
func (st *topState) cheaperByText(r *Remote, blockers []int32, floor float64) bool {
	if len(blockers) == 0 || math.IsInf(floor, -1) {
		return false
	}
	terms := st.deepening(floor)
	if len(terms) == 0 {
		return false
	}
	// Where requests queue (SetRequestCost), each counts: the blockers'
	// records are a request a run (and one a table block), the tiers one
	// each.
	_, requests := r.textFetch(blockers)
	return r.textCost(blockers)+float64(2*requests*r.requestBytes) <= st.tiersCost(r, terms)+float64(len(terms)*r.requestBytes)
}

// tiersCost is what reading the next tier of each of terms would cost,
// going by what deeper tiers have weighed so far.
func (st *topState) tiersCost(r *Remote, terms []*topTerm) float64 {
	cost := 0.0
	for _, t := range terms {
		start, end, _ := tierRange(st.head, st.factor, t.df, t.read)
		cost += r.costs.postings(end - start)
	}
	return cost
}

// textCost is what fetching the text of passages would cost, going by
// what such fetches have weighed so far.
func (r *Remote) textCost(passages []int32) float64 {
	missing, requests := r.textFetch(passages)
	if r.usePacks() {
		return float64(len(missing))*r.costs.packed() + float64(2*requests*rangeOverheadBytes)
	}
	return float64(requests) * r.costs.text(r.textShard)
}

// textFetch returns those of passages whose text is not fetched yet, and
// how many requests fetching them takes: a run of consecutive records of
// a pack each, or a text file each.
func (r *Remote) textFetch(passages []int32) (missing []int32, requests int) {
	for _, p := range passages {
		if !r.hasText(p) {
			missing = append(missing, p)
		}
	}
	if r.usePacks() {
		return missing, len(packRuns(missing, r.packAt))
	}
	files := map[string]bool{}
	for _, p := range missing {
		files[r.textFile(p)] = true
	}
	return missing, len(files)
}

// hasText says whether passage p's text was fetched.
func (r *Remote) hasText(p int32) bool {
	_, ok := r.texts[p]
	return ok
}

// widen marks for reading the next tiers of each word's terms of highest
// bound, as many as hold about 2·limit postings the first round, twice as
// many each round after: a prefix matches hundreds of terms, and the
// heads of the few that can weigh most are often enough to rank.
func (st *topState) widen(limit int) bool {
	terms := st.widening(limit)
	st.widened++
	for _, t := range terms {
		t.due = true
	}
	return len(terms) > 0
}

// widening returns the terms widen would mark.
func (st *topState) widening(limit int) []*topTerm {
	want := 2 * limit << min(st.widened, 20)
	var out []*topTerm
	for _, w := range st.words {
		out = append(out, w.widening(want, st.head, st.factor)...)
	}
	return out
}

// widen marks for reading the next tiers of w's terms of highest bound,
// enough for want postings, and says whether it marked any.
func (w *topWord) widen(want, head, factor int) bool {
	terms := w.widening(want, head, factor)
	for _, t := range terms {
		t.due = true
	}
	return len(terms) > 0
}

// widening returns w's open terms of highest bound whose next tiers hold
// about want postings.
func (w *topWord) widening(want, head, factor int) []*topTerm {
	open := slices.DeleteFunc(slices.Clone(w.terms), func(t *topTerm) bool { return t.bound <= 0 })
	slices.SortStableFunc(open, func(a, b *topTerm) int { return cmp.Compare(b.bound, a.bound) })
	got := 0
	var out []*topTerm
	for _, t := range open {
		if got >= want {
			break
		}
		start, end, _ := tierRange(head, factor, t.df, t.read)
		got += end - start
		out = append(out, t)
	}
	return out
}

// seedByText marks due the likeliest blockers (twice the hits wanted),
// when reading their text from the passage packs costs less than the
// tiers the search would read next: while fewer passages than the hits
// asked for are known to match, or when only blockers stand between the
// search and its hits but too many to read them all. Words that stand
// together in the articles ("Kim Jong Un") seldom share their heads:
// each term's heaviest postings are passages that repeat it, so the
// heads hold passages with the other words unread, and widening until a
// screen of passages is read for every word, or deepening until the
// blockers fall below the floor, may read tiers of tens of thousands of
// postings. The likeliest blockers' text gives the search its floor, or
// raises it, for a few hundred bytes a passage. Seeding stops after
// maxSeeds passages a search; the search then reads tiers as before.
func (st *topState) seedByText(r *Remote, blockers []int32, floor float64, limit, known int) bool {
	if !r.usePacks() || len(st.words) < 2 || len(blockers) == 0 || st.seeded >= maxSeeds {
		return false
	}
	want := 2 * limit
	var next []*topTerm
	if math.IsInf(floor, -1) {
		want = 2 * (limit - known)
		next = st.widening(limit)
	} else {
		if st.unreadBlocks(floor) {
			return false // only tiers can tell of passages not read
		}
		next = st.deepening(floor)
	}
	// Each tier is a request, each run of passages too: where requests
	// queue (SetRequestCost), a screen of passages' text costs more
	// than its bytes.
	tiers := float64(len(next))*float64(r.requestBytes) + st.tiersCost(r, next)
	pick := blockers[:min(len(blockers), want, maxSeeds-st.seeded)]
	_, requests := r.textFetch(pick)
	if len(pick) == 0 || r.textCost(pick)+float64(requests)*float64(r.requestBytes) > tiers {
		return false
	}
	st.seeded += len(pick)
	st.due = append(st.due, pick...)
	return true
}

// fileCosts keeps what the text files and deeper tiers fetched so far
// weighed, as sent, so that a search can tell which of the two is the
// cheaper way to settle its last passages.
type fileCosts struct {
	texts, textBytes        int
	tailBytes, tailPostings int
	records, recordBytes    int // passages read from packs, their bytes
}

// Until some are fetched: a passage's text is about 200 bytes
// compressed, a posting about 3.
const (
	guessPassageBytes = 200
	guessPostingBytes = 3
	// rangeOverheadBytes is about what a range request and its answer's
	// headers weigh beside the bytes asked for.
	rangeOverheadBytes = 300
)

// notePassages counts n passages read from a pack in size bytes.
func (c *fileCosts) notePassages(n, size int) {
	c.records += n
	c.recordBytes += size
}

// packed is what a passage's record in a pack costs.
func (c *fileCosts) packed() float64 {
	if c.records == 0 {
		return 2 * guessPassageBytes // with its article's fields
	}
	return float64(c.recordBytes) / float64(c.records)
}

// note counts a file fetched, by its name and size.
func (c *fileCosts) note(name string, size int) {
	switch {
	case strings.HasPrefix(name, "text/"):
		c.texts++
		c.textBytes += size
	case strings.HasPrefix(name, "tail/"):
		c.tailBytes += size
	}
}

// text is what a text file of passages passages costs.
func (c *fileCosts) text(passages int) float64 {
	if c.texts == 0 {
		return float64(passages * guessPassageBytes)
	}
	return float64(c.textBytes) / float64(c.texts)
}

// postings is what n postings of a deeper tier cost.
func (c *fileCosts) postings(n int) float64 {
	if c.tailPostings == 0 {
		return float64(n * guessPostingBytes)
	}
	return float64(n) * float64(c.tailBytes) / float64(c.tailPostings)
}

// mayRunTogether reports whether the word w, which begins no word of the
// vocabulary or is a rare one (runTogetherTried; known says which),
// splits into two that are (evalRunTogether): it fetches the vocabulary
// shard of a second part only when the first is a word.
func (r *Remote) mayRunTogether(w string, known bool) bool {
	if utf8.RuneCountInString(w) < minRunTogetherRunes {
		return false
	}
	for i := range w {
		a, b := w[:i], w[i:]
		if utf8.RuneCountInString(a) < minRunTogetherPart || utf8.RuneCountInString(b) < minRunTogetherPart || !r.knows(a) || known && (smallWords[a] || smallWords[b]) {
			continue
		}
		r.load(r.vocabFiles(b), r.installVocab)
		if r.knows(b) {
			return true
		}
	}
	return false
}
