package search

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/fold"
	"github.com/parallax-news/parallax/internal/record"
)

// Remote searches a sharded index (see WriteShards) that it fetches a file
// at a time: the vocabulary shards of the query's words, the postings of
// the terms they match and the text of the passages it shows. It keeps
// every file it fetched, so retyping a word, or typing it longer, fetches
// nothing more.
//
// Its results equal Index.Search's for the same passages, with two
// differences that keep a keystroke from fetching much of the index:
// a one-letter word matches only itself, not the words it begins; and a
// word that matches no term exactly, as a variant or as a prefix is
// matched within edit distance only among terms of its own first letter,
// the letters whose vocabulary shards it fetches.
// Options.Keep (the actor filter) has no remote form yet.
//
// A frequent term's postings are cut into tiers by weight: its
// headPostings best passages, in the shard with other terms' heads, then
// tiers eight times larger each, in files of their own. A query of plain
// words reads the heads, and deeper tiers only while they may hold a
// better hit (searchTop): enough for its best hits and their exact
// scores, and then its Total and Articles are lower bounds
// (Result.Estimated). Other queries (phrases, OR, exclusions, initials)
// read whole postings.
//
// A Remote is not safe for concurrent use.
type Remote struct {
	fetch func(name string) ([]byte, error)
	bm25
	textShard    int
	head         int // postings a term's head holds at most
	factor       int // growth of a term's tiers (see tierRange)
	name         string
	buckets      int     // articles/ files
	labelBuckets int     // labels/ files
	gzipped      bool    // every file but meta.bin is a gzip stream
	articleEnds  []int32 // per article, the index of the passage after its last
	articleOf    []int32 // per passage, its article's index
	vocabKeys    map[string]bool
	postingsAt   []int32 // first term id of each postings shard
	tier1At      []int32 // first term id of each first-tier shard
	initialKeys  map[string]bool
	packAt       []int32 // first passage of each passage pack

	// fetchRange reads a range of a file (SetRangeFetch); noRanges says
	// the host answered one with the whole file.
	fetchRange func(name string, from, to int64) ([]byte, error)
	noRanges   bool
	// requestBytes is what a request costs beside its bytes
	// (SetRequestCost).
	requestBytes int
	packEnds     map[[2]int][]uint64 // pack, block → its records' ends

	// What it fetched.
	fetched    map[string]bool
	terms      map[int32]string // term id → term, the vocabulary shards fetched
	dfs        map[int32]int
	tops       map[int32]float64 // term id → its best term weight, at least
	nameIDs    map[int32]bool    // term ids of names, whose spellings match (vocabulary.names)
	vocabulary                   // the same terms, for expand; its ids are local
	global     []int32           // local term id → term id
	expansions map[string][]match
	topWords   map[string]*topWord   // each word's terms as searchTop read them
	postings   map[int32][]posting   // heads
	tier1      map[int32][]posting   // per term, its first tier
	tails      map[int32][][]posting // per term, tiers 2, 3, … at [1], [2], …
	whole      map[int32][]posting   // head and tiers merged
	full       bool                  // whether this query reads whole postings
	// wholes keeps each term's results from whole postings, as a Typist
	// does: retyping a word, or typing the next one, works out only the
	// word being typed.
	wholes    termCache
	lengths   []int32 // passage → words, 0 until its postings are fetched
	initials  map[string][]run
	texts     map[int32]remotePassage
	metas     map[string]*corpus.Meta // by article id, from text shards
	numbers   map[string]int          // article id → number, from articles/
	labelsOf  map[string][]Label      // by passage id, from text shards
	labelled  map[string][]int32      // label id → passages, from labels/
	labelByID map[string]Label
	top       []LabelCount

	timelinePages, timelineEvents, timelineArticles int
	timeline                                        map[int][]Dated

	results resultCache // the last searches' answers, by resultKey
	stats   RemoteStats
	costs   fileCosts
	err     error
	stop    func() bool // SearchUntil's, while it runs
	pause   func()      // SearchPaced's, until the first round of fetching
}

// RemoteStats counts what a Remote fetched. Rounds counts the batches of
// requests made in parallel: a query waits for each round in turn, so
// over a network it takes at least Rounds round trips.
type RemoteStats struct {
	Requests int `json:"requests"`
	Rounds   int `json:"rounds"`
	Bytes    int `json:"bytes"`
}

// remotePassage is a passage read from a text shard.
type remotePassage struct {
	article, id, text string
	kind              corpus.BlockKind
}

// OpenRemote reads the meta file of a sharded index through fetch, which
// returns the contents of a file by its slash-separated name and must be
// safe to call from several goroutines at once.
func OpenRemote(fetch func(name string) ([]byte, error)) (*Remote, error) {
	r := &Remote{
		fetch:       fetch,
		vocabKeys:   map[string]bool{},
		initialKeys: map[string]bool{},
		fetched:     map[string]bool{},
		terms:       map[int32]string{},
		dfs:         map[int32]int{},
		nameIDs:     map[int32]bool{},
		tops:        map[int32]float64{},
		expansions:  map[string][]match{},
		topWords:    map[string]*topWord{},
		postings:    map[int32][]posting{},
		tier1:       map[int32][]posting{},
		timeline:    map[int][]Dated{},
		tails:       map[int32][][]posting{},
		whole:       map[int32][]posting{},
		initials:    map[string][]run{},
		texts:       map[int32]remotePassage{},
		metas:       map[string]*corpus.Meta{},
		numbers:     map[string]int{},
		labelsOf:    map[string][]Label{},
		labelled:    map[string][]int32{},
		labelByID:   map[string]Label{},
		packEnds:    map[[2]int][]uint64{},
	}
	data := r.fetchAll([]string{"meta.bin"})
	if r.err != nil {
		return nil, r.err
	}
	format, rest, ok := strings.Cut(string(data[0]), "\n")
	if !ok || format != ShardFormat {
		return nil, errors.New("meta.bin is not the meta file of a sharded index of this version of Parallax: build the shards again")
	}
	rd := record.Reader{S: rest}
	passages, tokens := rd.Num(), rd.Num()
	r.bm25 = newBM25(passages, tokens)
	r.textShard, r.head, r.factor = rd.Num(), rd.Num(), rd.Num()
	r.name, r.buckets, r.labelBuckets, r.gzipped = rd.Str(), rd.Num(), rd.Num(), rd.Num() == 1
	r.timelinePages, r.timelineEvents, r.timelineArticles = rd.Num(), rd.Num(), rd.Num()
	if rd.Err == nil && r.head == 0 {
		rd.Fail(errors.New("shards of no passages"))
	}
	if rd.Err == nil && r.factor < 2 {
		rd.Fail(errors.New("tiers that do not grow"))
	}
	end := 0
	r.articleEnds = make([]int32, rd.Count(1))
	for i := range r.articleEnds {
		end += rd.Num()
		r.articleEnds[i] = int32(end)
	}
	if rd.Err == nil && end != passages {
		rd.Fail(fmt.Errorf("its articles hold %d passages, not %d", end, passages))
	}
	if rd.Err == nil && (r.buckets > len(r.articleEnds) || r.buckets == 0 && len(r.articleEnds) > 0) {
		rd.Fail(fmt.Errorf("%d article buckets for %d articles", r.buckets, len(r.articleEnds)))
	}
	for n := rd.Count(1); n > 0; n-- {
		r.vocabKeys[rd.Str()] = true
	}
	for _, at := range []*[]int32{&r.postingsAt, &r.tier1At} {
		first := 0
		*at = make([]int32, rd.Count(1))
		for i := range *at {
			first += rd.Num()
			(*at)[i] = int32(first)
		}
	}
	for n := rd.Count(1); n > 0; n-- {
		r.initialKeys[rd.Str()] = true
	}
	first := 0
	r.packAt = make([]int32, rd.Count(1))
	for i := range r.packAt {
		first += rd.Num()
		if rd.Err == nil && (first >= passages || i > 0 && int32(first) <= r.packAt[i-1] || i == 0 && first != 0) {
			rd.Fail(errors.New("passage packs out of order"))
		}
		r.packAt[i] = int32(first)
	}
	if rd.Err == nil && r.textShard == 0 && len(r.packAt) == 0 && passages > 0 {
		rd.Fail(errors.New("no text of the passages"))
	}
	if rd.Err == nil && rd.S != "" {
		rd.Fail(errors.New("more than its fields"))
	}
	if rd.Err != nil {
		return nil, fmt.Errorf("meta.bin is damaged (%v): build the shards again", rd.Err)
	}
	r.lengths = make([]int32, passages)
	r.articleOf = make([]int32, 0, passages)
	for a, end := range r.articleEnds {
		for len(r.articleOf) < int(end) {
			r.articleOf = append(r.articleOf, int32(a))
		}
	}
	return r, nil
}

// Name returns the corpus's name.
func (r *Remote) Name() string { return r.name }

// Articles returns how many articles the index holds.
func (r *Remote) Articles() int { return len(r.articleEnds) }

// Passages returns how many passages the index holds.
func (r *Remote) Passages() int { return r.passages }

// Meta returns the fields of article id, when a text shard of it was
// fetched: every hit's article's is, once Search returned it.
func (r *Remote) Meta(id string) (corpus.Meta, bool) {
	m, ok := r.metas[id]
	if !ok {
		return corpus.Meta{}, false
	}
	return *m, true
}

// Article fetches article id: its fields and its passages, as paragraphs
// and as blocks (subheads are not in the index, so blocks are the
// passages). It returns nil and no error when the index has no such
// article, and an error when a file could not be fetched or read.
func (r *Remote) Article(id string) (*corpus.Article, error) {
	r.err = nil
	if r.buckets == 0 {
		return nil, nil
	}
	r.load([]string{articleBucketFile(articleBucket(id, r.buckets))}, r.installBucket)
	if r.err != nil {
		return nil, r.err
	}
	n, ok := r.numbers[id]
	if !ok {
		return nil, nil
	}
	start := 0
	if n > 0 {
		start = int(r.articleEnds[n-1])
	}
	end := int(r.articleEnds[n])
	if r.usePacks() {
		ps := make([]int32, 0, end-start)
		for p := start; p < end; p++ {
			ps = append(ps, int32(p))
		}
		r.loadTexts(ps)
	} else {
		var names []string
		for p := start; p < end; p += r.textShard - p%r.textShard {
			names = append(names, fmt.Sprintf("text/%d.bin", p/r.textShard))
		}
		r.load(names, r.installText)
	}
	if r.err != nil {
		return nil, r.err
	}
	m, ok := r.metas[id]
	if !ok {
		return nil, fmt.Errorf("the text of article %q is not where articles/ says: build the shards again", id)
	}
	a := &corpus.Article{Meta: *m}
	for p := start; p < end; p++ {
		tp := r.texts[int32(p)]
		if tp.article != id {
			return nil, fmt.Errorf("the text of article %q is not where articles/ says: build the shards again", id)
		}
		if tp.kind == corpus.Heading {
			continue // the title, a passage of its own for search
		}
		para := &corpus.Paragraph{ID: tp.id, N: len(a.Paragraphs) + 1, Kind: tp.kind, Text: tp.text}
		a.Paragraphs = append(a.Paragraphs, para)
		a.Blocks = append(a.Blocks, corpus.Block{Kind: tp.kind, Text: tp.text, Paragraph: para})
	}
	return a, nil
}

// LabelsOf returns the labels of a passage whose text was fetched (every
// hit's is, once Search returned it).
func (r *Remote) LabelsOf(passage string) []Label { return r.labelsOf[passage] }

// TopLabels returns the labels of most passages, at most topLabels,
// fetching labels/top.bin.
func (r *Remote) TopLabels() ([]LabelCount, error) {
	r.err = nil
	if r.labelBuckets == 0 {
		return nil, nil
	}
	r.load([]string{"labels/top.bin"}, func(name string, rd *record.Reader) {
		top := make([]LabelCount, rd.Count(4))
		for i := range top {
			top[i] = LabelCount{Label: readLabel(rd), Passages: rd.Num()}
			if rd.Err == nil && (top[i].ID == "" || top[i].Passages > r.passages) {
				rd.Fail(errors.New("a label of no id, or of more passages than there are"))
			}
		}
		if rd.Err == nil {
			r.top = top
		}
	})
	return r.top, r.err
}

// Label fetches the passages label id tags, in order, with the label; an
// unknown id gives no passages, no error.
func (r *Remote) Label(id string) (Label, []int32, error) {
	r.err = nil
	if r.labelBuckets == 0 {
		return Label{}, nil, nil
	}
	r.load([]string{labelBucketFile(labelBucket(id, r.labelBuckets))}, r.installLabels)
	return r.labelByID[id], r.labelled[id], r.err
}

// installLabels reads a labels/ file.
func (r *Remote) installLabels(name string, rd *record.Reader) {
	got := map[string][]int32{}
	labels := map[string]Label{}
	for n := rd.Count(3); n > 0 && rd.Err == nil; n-- {
		l := readLabel(rd)
		ps := make([]int32, rd.Count(1))
		p := 0
		for i := range ps {
			p += rd.Num()
			if rd.Err == nil && (p >= r.passages || i > 0 && int32(p) <= ps[i-1]) {
				rd.Fail(errors.New("a passage out of range or order"))
				return
			}
			ps[i] = int32(p)
		}
		got[l.ID], labels[l.ID] = ps, l
	}
	if rd.Err == nil {
		maps.Copy(r.labelled, got)
		maps.Copy(r.labelByID, labels)
	}
}

// installBucket reads an articles/ file.
func (r *Remote) installBucket(name string, rd *record.Reader) {
	got := map[string]int{}
	for n := rd.Count(2); n > 0 && rd.Err == nil; n-- {
		id, num := rd.Str(), rd.Num()
		if rd.Err == nil && num >= len(r.articleEnds) {
			rd.Fail(errors.New("an article number out of range"))
		}
		got[id] = num
	}
	if rd.Err == nil {
		maps.Copy(r.numbers, got)
	}
}

// Stats returns what r fetched so far, meta.bin included.
func (r *Remote) Stats() RemoteStats { return r.stats }

// Search runs query and returns its limit best passages (all for 0), as
// Index.Search would, fetching the files it needs. An error means a file
// could not be fetched or read; what was fetched before stays, so the
// query can be tried again.
func (r *Remote) Search(query string, limit int) (Result, error) {
	return r.SearchIn(query, limit, nil)
}

// everyWordMatches says whether q has two words or more to match and
// each matches some term: only then can an article hold them all across
// its passages.
func (r *Remote) everyWordMatches(q Query) bool {
	n := 0
	for _, c := range q.Clauses {
		if c.Negated {
			continue
		}
		n++
		for _, t := range c.Terms {
			for _, w := range t.Words {
				if len(r.termMatches(Term{Words: []string{w}, Closed: t.Closed})) == 0 && len(r.initialsOf(w)) == 0 {
					return false
				}
			}
		}
	}
	return n > 1
}

// ErrStopped is the error of a search that SearchUntil's stop ended.
var ErrStopped = errors.New("the search was stopped: a newer one overtook it")

// SearchUntil is SearchIn, stopped with ErrStopped before any round of
// fetching once stop returns true: a page drops a keystroke's search
// when the next key comes, and the files the next one needs most (the
// same words' vocabulary and postings) are those fetched already, kept.
func (r *Remote) SearchUntil(query string, limit int, keep []int32, stop func() bool) (Result, error) {
	return r.SearchPaced(query, limit, keep, nil, stop)
}

// SearchPaced is SearchUntil that calls pause, when not nil, before its
// first round of fetching, and stop after it: a page answers a keystroke
// from the files it holds at once, and one that needs more waits there
// for the typing to pause, so that the words typed on the way to a query
// ("Ki", "Kim Jon") fetch nothing.
func (r *Remote) SearchPaced(query string, limit int, keep []int32, pause func(), stop func() bool) (Result, error) {
	r.stop, r.pause = stop, pause
	defer func() { r.stop, r.pause = nil, nil }()
	return r.SearchIn(query, limit, keep)
}

// SearchIn is Search among the passages in keep (sorted, as Label gives
// them) when keep is not nil: the actor filter. It reads whole postings,
// since a word's best passages need not be among them. A search asked
// again (the same query, limit and keep) is answered from the last
// answers kept (rememberedResults of them): the site's files do not
// change, so neither does its result, and a word retyped or a key
// deleted shows its results without scoring again hundreds of terms.
func (r *Remote) SearchIn(query string, limit int, keep []int32) (Result, error) {
	key := resultKey(query, limit, keep)
	if res, ok := r.results.get(key); ok {
		return res, nil
	}
	res, err := r.searchIn(query, limit, keep)
	if err == nil {
		r.results.put(key, res)
	}
	return res, err
}

// searchIn is SearchIn without its remembered results.
func (r *Remote) searchIn(query string, limit int, keep []int32) (Result, error) {
	res := Result{Query: query, Hits: []Hit{}}
	q := Parse(query)
	if q.Empty() || r.passages == 0 {
		return res, nil
	}
	r.err = nil
	q = joinSplitWords(r, q)
	total, order, words, estimated, ok := r.searchTop(q, limit, keep)
	if ok && len(order) == 0 && r.err == nil && r.everyWordMatches(q) {
		// Words that no passage holds together may still be held by an
		// article across its passages (combine's spreadOver), which
		// only their whole postings tell.
		ok = false
	}
	spread := false
	if !ok {
		r.full = true
		r.prefetch(q)
		total, order, words, spread = combine(q, r.articleOf, func(t Term, negated bool) termHits {
			th := r.wholes.evalTerm(r, t, negated)
			if r.err != nil {
				r.wholes.forget(t, negated) // worked out from what could be fetched
			}
			return th
		})
	}
	res.Spread = spread
	if r.err != nil {
		return Result{Query: query, Hits: []Hit{}}, r.err
	}
	if keep != nil && !ok {
		kept := order[:0:0]
		for _, p := range order {
			if _, ok := slices.BinarySearch(keep, p); ok {
				kept = append(kept, p)
			}
		}
		order = kept
	}
	res.Total = len(order)
	res.Articles = r.countArticles(order)
	if len(order) > 0 {
		res.AlsoMatched = alsoMatched(&words, q)
	}
	top := rank(total, order, limit)
	// A search that did not read every tier has its best hits and their
	// scores, but not every passage: a word alone is in at least as many
	// passages as its most frequent term.
	if estimated {
		res.Estimated = true
		if len(q.Clauses) == 1 && keep == nil {
			for _, m := range words.list {
				res.Total = max(res.Total, r.dfs[m.term])
			}
		}
	}
	if r.loadTexts(top); r.err != nil {
		return Result{Query: query, Hits: []Hit{}}, r.err
	}
	for _, p := range top {
		tp, ok := r.texts[p]
		if !ok {
			return Result{Query: query, Hits: []Hit{}}, fmt.Errorf("%s lacks passage %d: build the shards again", r.textWhere(p), p)
		}
		toks := fold.Tokens(tp.text)
		h := total[p]
		// Marks past the text's words come of a text shard that does not
		// fit the postings; they are left out rather than drawn empty.
		marks := slices.DeleteFunc(slices.Clone(h.marks), func(m marked) bool { return int(m.pos) >= len(toks) })
		byText := words.texts()
		for i, t := range toks {
			for _, m := range byText[t.Term] {
				marks = append(marks, marked{int32(i), m})
			}
		}
		res.Hits = append(res.Hits, hit(tp.article, tp.id, tp.text, int(p), h.score, marks,
			func(pos int32) (int32, int32, string) {
				t := toks[pos]
				return int32(t.Start), int32(t.End), t.Term
			}))
	}
	return res, nil
}

// loadTexts fetches the text of passages, all at once: from the passage
// packs when the host answers ranges, else their text files.
func (r *Remote) loadTexts(passages []int32) {
	if r.usePacks() && r.loadPacked(passages) {
		return
	}
	var names []string
	for _, p := range passages {
		if _, ok := r.texts[p]; !ok {
			names = append(names, fmt.Sprintf("text/%d.bin", int(p)/r.textShard))
		}
	}
	r.load(names, r.installText)
}

// textWhere names the file that holds passage p's text.
func (r *Remote) textWhere(p int32) string {
	if r.usePacks() {
		if k := sort.Search(len(r.packAt), func(k int) bool { return r.packAt[k] > p }) - 1; k >= 0 {
			return packFile(k)
		}
	}
	if r.textShard > 0 {
		return fmt.Sprintf("text/%d.bin", int(p)/r.textShard)
	}
	return "the index"
}

// List returns the first limit of passages (sorted) as hits, in order,
// with no marks, and their count: the passages naming an actor, with no
// query.
func (r *Remote) List(passages []int32, limit int) (Result, error) {
	r.err = nil
	res := Result{Hits: []Hit{}, Total: len(passages), Articles: r.countArticles(passages)}
	shown := passages[:min(len(passages), limit)]
	if r.loadTexts(shown); r.err != nil {
		return Result{Hits: []Hit{}}, r.err
	}
	for _, p := range shown {
		tp, ok := r.texts[p]
		if !ok {
			return Result{Hits: []Hit{}}, fmt.Errorf("%s lacks passage %d: build the shards again", r.textWhere(p), p)
		}
		res.Hits = append(res.Hits, Hit{Article: tp.article, Passage: tp.id, Text: tp.text, Matches: [][2]int{}, Index: int(p)})
	}
	return res, nil
}

// prefetch fetches, all at once, the vocabulary shards of every word of q
// and then the postings of the terms they match, instead of one file at
// a time as evaluation asks for them.
func (r *Remote) prefetch(q Query) {
	r.prefetchVocab(q)
	var names []string
	var tails []string
	for _, t := range q.terms() {
		for _, m := range r.termMatches(t) {
			if _, ok := r.postings[m.term]; !ok {
				names = append(names, r.postingsFile(m.term))
			}
			if r.full {
				tails = append(tails, r.tierFiles(m.term)...)
			}
		}
	}
	// One round: the heads' shards and the tiers at once.
	r.load(append(names, tails...), r.install)
}

// prefetchVocab fetches, all at once, the vocabulary shards of every word
// of q, and returns the words.
func (r *Remote) prefetchVocab(q Query) {
	var names []string
	for _, t := range q.terms() {
		for _, w := range t.Words {
			names = append(names, r.vocabFiles(w)...)
		}
	}
	r.load(names, r.installVocab)
}

// termMatches returns the terms each word of t matches, as
// termMatches keeps them.
func (r *Remote) termMatches(t Term) []match {
	var out []match
	for _, w := range t.Words {
		out = append(out, termMatches(r, t, w, r.expand(w))...)
	}
	return out
}

// vocabFiles names the vocabulary shards w and its variants are matched
// in, those that exist and are not fetched yet.
func (r *Remote) vocabFiles(w string) []string {
	var names []string
	for _, v := range append([]string{w}, variants(w)...) {
		if k := vocabKey(v); r.vocabKeys[k] && !r.fetched[vocabFile(k)] {
			names = append(names, vocabFile(k))
		}
	}
	return names
}

// knows reports whether w is a word of the vocabulary shards fetched.
func (r *Remote) knows(w string) bool {
	_, ok := r.vocabulary.lookup(w)
	return ok
}

// exact returns the id of w itself, fetching w's own vocabulary shard if
// it was not: never its first letter's others, as expand does for typos.
func (r *Remote) exact(w string) (int32, bool) {
	if k := vocabKey(w); r.vocabKeys[k] {
		r.load([]string{vocabFile(k)}, r.installVocab)
	}
	id, ok := r.vocabulary.lookup(w)
	if !ok || r.err != nil {
		return 0, false
	}
	return r.global[id], true
}

// expand matches w as Index.expand does, against the vocabulary shards it
// fetches: w's own for the exact, variant and prefix tiers, all of its
// first letter's for the fuzzy ones. The matches carry term ids.
func (r *Remote) expand(w string) []match {
	if ms, ok := r.expansions[w]; ok {
		return ms
	}
	r.load(r.vocabFiles(w), r.installVocab)
	ms := r.vocabulary.expand(w)
	if !slices.ContainsFunc(ms, func(m match) bool { return m.tier <= Prefix }) && utf8.RuneCountInString(w) >= min(edit1MinRunes, subsequenceMinRunes) {
		letter := prefixBytes(w, 1)
		var names []string
		for k := range r.vocabKeys {
			if strings.HasPrefix(k, letter) && !r.fetched[vocabFile(k)] {
				names = append(names, vocabFile(k))
			}
		}
		slices.Sort(names)
		r.load(names, r.installVocab)
		ms = r.vocabulary.expand(w)
	}
	oneLetter := utf8.RuneCountInString(w) == 1
	out := make([]match, 0, len(ms))
	for _, m := range ms {
		if oneLetter && m.tier == Prefix {
			continue
		}
		if m.tier == Edit && !strings.HasPrefix(r.vocab[m.term], prefixBytes(w, 1)) {
			continue // its first letter's shards were not all fetched
		}
		m.term = r.global[m.term]
		out = append(out, m)
	}
	if r.err == nil {
		r.expansions[w] = out
	}
	return out
}

func (r *Remote) term(id int32) string { return r.terms[id] }

func (r *Remote) df(id int32) int { return r.dfs[id] }

// postingsOf returns the postings of term id: its head alone unless the
// query reads whole postings.
func (r *Remote) postingsOf(id int32) []posting {
	if _, ok := r.postings[id]; !ok {
		r.load([]string{r.postingsFile(id)}, r.install)
	}
	head := r.postings[id]
	if !r.full || r.dfs[id] <= r.head {
		return head
	}
	if ps, ok := r.whole[id]; ok {
		return ps
	}
	r.load(r.tierFiles(id), r.install)
	if r.err != nil {
		return head
	}
	ps := slices.Clone(head)
	for j := 1; j <= r.tiers(id); j++ {
		tier, ok := r.tier(id, j)
		if !ok {
			return head // r.err says why
		}
		ps = append(ps, tier...)
	}
	slices.SortFunc(ps, func(a, b posting) int { return cmp.Compare(a.passage, b.passage) })
	r.whole[id] = ps
	return ps
}

// tiers returns how many tiers past its head term id's postings have.
func (r *Remote) tiers(id int32) int {
	n := 0
	for {
		if _, _, ok := tierRange(r.head, r.factor, r.dfs[id], n+1); !ok {
			return n
		}
		n++
	}
}

// tierFiles names the tiers of term id's postings not fetched yet.
func (r *Remote) tierFiles(id int32) []string {
	var names []string
	for j := 1; j <= r.tiers(id); j++ {
		if name := r.tierFile(id, j); !r.fetched[name] {
			names = append(names, name)
		}
	}
	return names
}

func (r *Remote) lengthOf(p int32) int { return int(r.lengths[p]) }

func (r *Remote) initialsOf(w string) []run {
	if len(w) < minInitials || len(w) > maxInitials {
		return nil // no run has such initials
	}
	if k := initialsKey(w); r.initialKeys[k] {
		r.load([]string{initialsFile(k)}, r.installInitials)
	}
	return r.initials[w]
}

func (r *Remote) weights() *bm25 { return &r.bm25 }

// postingsFile names the postings shard of term id.
func (r *Remote) postingsFile(id int32) string {
	return fmt.Sprintf("postings/%d.bin", shardOf(r.postingsAt, id))
}

// tierFile names the file of tier j ≥ 1 of term id's postings.
func (r *Remote) tierFile(id int32, j int) string {
	if j > 1 {
		return tailFile(id, j)
	}
	return fmt.Sprintf("tier1/%d.bin", shardOf(r.tier1At, id))
}

// shardOf returns the shard whose range of term ids, by their firsts,
// holds id.
func shardOf(firsts []int32, id int32) int {
	return max(sort.Search(len(firsts), func(i int) bool { return firsts[i] > id })-1, 0)
}

// countArticles counts the articles the passages are in.
func (r *Remote) countArticles(passages []int32) int {
	return countArticles(r.articleOf, len(r.articleEnds), passages)
}

// load fetches the files not fetched yet among names, all at once, and
// reads each with install. The first failure is kept in r.err.
func (r *Remote) load(names []string, install func(name string, rd *record.Reader)) {
	r.loadAlongside(names, install, nil)
}

// loadAlongside is load that runs alongside, when not nil, while the
// files are on their way: another round of fetching that does not
// depend on them (the passages' text a search round scores), so that the
// two cost one round trip rather than two. alongside runs, once, whether
// or not there are files to fetch.
func (r *Remote) loadAlongside(names []string, install func(name string, rd *record.Reader), alongside func()) {
	var todo []string
	for _, n := range names {
		if !r.fetched[n] && !slices.Contains(todo, n) {
			todo = append(todo, n)
		}
	}
	if len(todo) == 0 || r.err != nil || !r.beforeRound() {
		if alongside != nil && r.err == nil {
			alongside()
		}
		return
	}
	var data [][]byte
	if alongside == nil {
		data = r.fetchAll(todo)
	} else {
		// Only the fetching runs apart: what it found is counted and
		// installed here, after alongside, so that nothing of r is
		// touched by two goroutines.
		var errs []error
		done := make(chan struct{})
		go func() {
			defer close(done)
			data, errs = inParallel(len(todo), func(i int) ([]byte, error) { return r.fetch(todo[i]) })
		}()
		alongside()
		<-done
		r.count(todo, data, errs)
	}
	if r.err != nil {
		return
	}
	for i, name := range todo {
		r.costs.note(name, len(data[i]))
		if r.gzipped && !strings.HasPrefix(name, "passages/") { // a pack's records are gzipped one by one
			raw, err := inflate(data[i])
			if err != nil {
				r.fail(fmt.Errorf("%s is damaged (%v): build the shards again", name, err))
				return
			}
			data[i] = raw
		}
		rd := record.Reader{S: string(data[i])}
		install(name, &rd)
		if rd.Err == nil && rd.S != "" {
			rd.Fail(errors.New("more than its fields"))
		}
		if rd.Err != nil {
			r.fail(fmt.Errorf("%s is damaged (%v): build the shards again", name, rd.Err))
			return
		}
		r.fetched[name] = true
	}
}

// beforeRound runs before a round of fetching: SearchPaced's pause, the
// first time, then its stop. It returns false, with r.err set, when the
// search stops.
func (r *Remote) beforeRound() bool {
	if r.pause != nil {
		pause := r.pause
		r.pause = nil
		pause()
	}
	if r.stop != nil && r.stop() {
		r.fail(ErrStopped)
		return false
	}
	return true
}

// maxShardBytes bounds what one file of a sharded index inflates to: a
// damaged or hostile file must not fill the memory.
const maxShardBytes = 256 << 20

// inflate reads a gzip stream.
func inflate(data []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(io.LimitReader(zr, maxShardBytes+1))
	if err == nil && len(raw) > maxShardBytes {
		err = errors.New("it inflates past 256 MB")
	}
	return raw, err
}

// fetchAll fetches names in parallel, with as many calls of r.fetch at
// once.
func (r *Remote) fetchAll(names []string) [][]byte {
	data, errs := inParallel(len(names), func(i int) ([]byte, error) { return r.fetch(names[i]) })
	r.count(names, data, errs)
	return data
}

// count adds a round of fetching names to r's stats, and fails r with the
// first file that could not be fetched.
func (r *Remote) count(names []string, data [][]byte, errs []error) {
	r.stats.Rounds++
	for i, err := range errs {
		r.stats.Requests++
		r.stats.Bytes += len(data[i])
		if err != nil {
			r.fail(fmt.Errorf("could not fetch %s of the sharded index: %w", names[i], err))
		}
	}
}

// inParallel calls get for 0 to n-1 at once and returns its answers.
func inParallel(n int, get func(i int) ([]byte, error)) ([][]byte, []error) {
	data := make([][]byte, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			data[i], errs[i] = get(i)
		}()
	}
	wg.Wait()
	return data, errs
}

func (r *Remote) fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

// installVocab reads a vocabulary shard and rebuilds the vocabulary
// expand matches against.
func (r *Remote) installVocab(name string, rd *record.Reader) {
	id := 0
	for n := rd.Count(2); n > 0 && rd.Err == nil; n-- {
		id += rd.Num()
		t, df, top, name := rd.Str(), rd.Num(), rd.Num(), rd.Num()
		if rd.Err == nil && (t == "" || id >= 1<<31 || df == 0 || df > r.passages || name > 1) {
			rd.Fail(errors.New("an empty term, or one in no passage"))
		}
		r.terms[int32(id)] = t
		r.dfs[int32(id)] = df
		r.tops[int32(id)] = float64(top) / 1e6
		if name == 1 {
			r.nameIDs[int32(id)] = true
		}
	}
	if rd.Err != nil {
		return
	}
	r.global = r.global[:0]
	for id := range r.terms {
		r.global = append(r.global, id)
	}
	slices.Sort(r.global)
	r.vocab = r.vocab[:0]
	r.names = r.names[:0]
	for _, id := range r.global {
		r.vocab = append(r.vocab, r.terms[id])
		r.names = append(r.names, r.nameIDs[id])
	}
	r.indexLengths()
	clear(r.expansions)
	clear(r.topWords) // their terms may match more of the vocabulary now
}

// install reads a postings shard or a tail.
func (r *Remote) install(name string, rd *record.Reader) {
	if i, ok := fileNumber(name, "tier1/"); ok {
		r.installTier1(i, rd)
		return
	}
	if id, j, ok := tierName(name); ok && j >= 2 {
		start, end, ok := tierRange(r.head, r.factor, r.dfs[id], j)
		tier := r.readPostings(rd)
		if rd.Err == nil && (!ok || len(tier) != end-start) {
			rd.Fail(fmt.Errorf("%d postings for tier %d of a term in %d passages", len(tier), j, r.dfs[id]))
		}
		if rd.Err == nil {
			r.setTier(id, j, tier)
			r.costs.tailPostings += len(tier)
		}
		return
	}
	i, ok := fileNumber(name, "postings/")
	if !ok || i >= len(r.postingsAt) {
		rd.Fail(errors.New("no such postings shard"))
		return
	}
	id := r.postingsAt[i]
	got := map[int32][]posting{}
	for n := rd.Count(1); n > 0 && rd.Err == nil; n-- {
		got[id] = r.readPostings(rd)
		id++
	}
	if rd.Err == nil {
		maps.Copy(r.postings, got)
	}
}

// fileNumber reads the number of a file named dir<n>.bin.
func fileNumber(name, dir string) (int, bool) {
	digits, ok := strings.CutPrefix(name, dir)
	if !ok {
		return 0, false
	}
	digits, ok = strings.CutSuffix(digits, ".bin")
	n, err := strconv.Atoi(digits)
	return n, ok && err == nil && n >= 0
}

// installTier1 reads first-tier shard i.
func (r *Remote) installTier1(i int, rd *record.Reader) {
	if i >= len(r.tier1At) {
		rd.Fail(errors.New("no such first-tier shard"))
		return
	}
	id := int(r.tier1At[i])
	got := map[int32][]posting{}
	for n := rd.Count(2); n > 0 && rd.Err == nil; n-- {
		if len(got) > 0 {
			id += rd.Num()
		}
		tier := r.readPostings(rd)
		if rd.Err == nil && id >= 1<<31 {
			rd.Fail(errors.New("a term id out of range"))
		}
		got[int32(id)] = tier
	}
	if rd.Err == nil {
		maps.Copy(r.tier1, got)
	}
}

// tier returns tier j ≥ 1 of term id's postings if it was fetched. A
// first tier is checked here, against the term's frequency: its shard
// also holds terms whose vocabulary was not fetched.
func (r *Remote) tier(id int32, j int) ([]posting, bool) {
	if j > 1 {
		tiers := r.tails[id]
		if j-1 >= len(tiers) || tiers[j-1] == nil {
			return nil, false
		}
		return tiers[j-1], true
	}
	tier, ok := r.tier1[id]
	if !ok {
		return nil, false
	}
	if start, end, ok := tierRange(r.head, r.factor, r.dfs[id], 1); !ok || len(tier) != end-start {
		// Fetched again next time: the file may be mended by then.
		delete(r.tier1, id)
		delete(r.fetched, r.tierFile(id, 1))
		r.fail(fmt.Errorf("%s is damaged (%d postings for tier 1 of a term in %d passages): build the shards again", r.tierFile(id, 1), len(tier), r.dfs[id]))
		return nil, false
	}
	return tier, true
}

// setTier keeps tier j ≥ 1 of term id's postings.
func (r *Remote) setTier(id int32, j int, tier []posting) {
	tiers := r.tails[id]
	if tiers == nil {
		tiers = make([][]posting, r.tiers(id))
		r.tails[id] = tiers
	}
	tiers[j-1] = tier
}

// tierName reads the term id and tier of a file named tail/<id>-<j>.bin.
func tierName(name string) (id int32, j int, ok bool) {
	rest, ok := strings.CutPrefix(name, "tail/")
	if !ok {
		return 0, 0, false
	}
	rest, ok = strings.CutSuffix(rest, ".bin")
	idText, jText, cut := strings.Cut(rest, "-")
	n, err1 := strconv.Atoi(idText)
	j, err2 := strconv.Atoi(jText)
	if !ok || !cut || err1 != nil || err2 != nil || n < 0 || n >= 1<<31 || j < 1 {
		return 0, 0, false
	}
	return int32(n), j, true
}

// readPostings reads a list of postings.
func (r *Remote) readPostings(rd *record.Reader) []posting {
	ps := make([]posting, rd.Count(3))
	p := 0
	for j := range ps {
		p += rd.Num()
		length, tf := rd.Num(), rd.Count(1)
		if rd.Err != nil || p >= len(r.lengths) || tf > length {
			rd.Fail(errors.New("a passage out of range"))
			return nil
		}
		r.lengths[p] = int32(length)
		positions := make([]int32, tf)
		pos := 0
		for k := range positions {
			pos += rd.Num()
			positions[k] = int32(pos)
		}
		if tf > 0 && pos >= length {
			rd.Fail(errors.New("a position past its passage"))
			return nil
		}
		ps[j] = posting{passage: int32(p), positions: positions}
	}
	return ps
}

// installText reads a text shard.
func (r *Remote) installText(name string, rd *record.Reader) {
	i, ok := fileNumber(name, "text/")
	if !ok {
		rd.Fail(errors.New("no such text shard"))
		return
	}
	start := i * r.textShard
	end := min(start+r.textShard, r.passages)
	if end <= start {
		rd.Fail(errors.New("no such text shard"))
		return
	}
	r.readTexts(rd, start, end)
}

// readTexts reads the text of passages start to end, as a text shard
// holds it (a pack's record is the text shard of one passage).
func (r *Remote) readTexts(rd *record.Reader, start, end int) {
	got := make([]remotePassage, 0, end-start)
	refs := make([][]int, 0, end-start)
	article := ""
	var metas []corpus.Meta
	for range end - start {
		if rd.Num() == 1 {
			m := readArticleMeta(rd)
			metas = append(metas, m)
			article = m.ID
		}
		id, kind, text := rd.Str(), rd.Num(), rd.Str()
		if kind != int(corpus.Caption) && kind != int(corpus.Heading) {
			kind = int(corpus.Body)
		}
		got = append(got, remotePassage{article, id, text, corpus.BlockKind(kind)})
		ref := make([]int, rd.Count(1))
		for k := range ref {
			ref[k] = rd.Num()
		}
		refs = append(refs, ref)
		if rd.Err != nil {
			return
		}
	}
	table := make([]Label, rd.Count(3))
	for k := range table {
		table[k] = readLabel(rd)
	}
	if rd.Err == nil && article == "" {
		rd.Fail(errors.New("a passage of no article"))
	}
	for _, ref := range refs {
		for _, k := range ref {
			if rd.Err == nil && k >= len(table) {
				rd.Fail(errors.New("a label out of range"))
			}
		}
	}
	if rd.Err != nil {
		return
	}
	for k, tp := range got {
		r.texts[int32(start+k)] = tp
		if len(refs[k]) > 0 {
			ls := make([]Label, len(refs[k]))
			for j, at := range refs[k] {
				ls[j] = table[at]
			}
			r.labelsOf[tp.id] = ls
		}
	}
	for _, m := range metas {
		r.metas[m.ID] = &m
	}
}

// installInitials reads an initials shard.
func (r *Remote) installInitials(name string, rd *record.Reader) {
	for n := rd.Count(2); n > 0 && rd.Err == nil; n-- {
		key := rd.Str()
		runs := make([]run, rd.Count(4))
		p := 0
		for j := range runs {
			p += rd.Num()
			pos, words, length := rd.Num(), rd.Num(), rd.Num()
			if rd.Err != nil || p >= len(r.lengths) || pos+words > length {
				rd.Fail(errors.New("a run out of range"))
				return
			}
			r.lengths[p] = int32(length)
			runs[j] = run{int32(p), int32(pos), int32(words)}
		}
		r.initials[key] = runs
	}
}
