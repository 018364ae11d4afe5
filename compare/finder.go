package compare

import (
	"cmp"
	"hash/fnv"
	"maps"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/parallax-news/parallax/corpus"
)

// The Finder's sketches and buckets (doc.go, "Too many to hold").
const (
	// sketchBands × sketchRows min-hashes sketch a passage: two passages
	// meet in a band's bucket when its sketchRows hashes agree, which
	// passages with a third of their words in common do in at least one
	// band 3 times in 4 (half of them: 99 in 100), and passages with a
	// tenth of them 1 time in 7 (then their whole signatures tell them
	// apart).
	sketchBands = 15
	sketchRows  = 2
	sketchSize  = sketchBands * sketchRows
	// sketchMinWords is the fewest distinct content words a passage needs
	// to be sketched: shorter ones (a byline, "Advertisement") say too
	// little to tie two articles.
	sketchMinWords = 5
	// maxWordShare and minCommonDF bound the words a signature is made
	// of: a word in more than max(minCommonDF, maxWordShare × passages)
	// passages is left out.
	maxWordShare = 0.03
	minCommonDF  = 20
	// maxBucket is the most passages a bucket may hold for its pairs to
	// count: a larger one is boilerplate many articles carry.
	maxBucket = 256
	// passageJaccard is the least estimated share of content words (the
	// Jaccard index of their sets) two passages must have in common to
	// count as similar.
	passageJaccard = 0.3
	// Two articles are candidates when one passage pair alone has
	// strongJaccard in common (a paragraph carried nearly whole), or when
	// their similar passage pairs' shares add up to similarPassages (more
	// than a paragraph's worth told alike: a rewrite). Measured on
	// generated articles made of one small pool of sentences, where
	// unrelated articles often share a sentence or two (BenchmarkFinder).
	strongJaccard   = 0.8
	similarPassages = 1.2
	// articleShare is the least share of the shorter article's words
	// (those a signature is made of) that two articles must have in
	// common besides: less is a sentence or a paragraph carried into an
	// unrelated article. In the generated benchmark's corpora, made of
	// one small pool of sentences, most of the pairs left out by it were
	// such, and about three rewrites in a hundred.
	articleShare = 0.35
	// maxGroup is the most articles compared in full at once; a larger
	// group of candidates is compared in slices of this many.
	maxGroup = 200
)

// Sketch is what the Finder keeps of one article: its id and the hashes
// of each passage's content words.
type Sketch struct {
	ID string
	// words holds each passage's distinct word hashes, sorted, one
	// passage after another; ends[i] is where passage i's end.
	words []uint32
	ends  []int32
}

// SketchArticle sketches a for the Finder. It is safe to call on many
// articles at once.
func SketchArticle(a *corpus.Article) Sketch {
	s := Sketch{ID: a.ID}
	for _, p := range a.Paragraphs {
		words, _ := contentWords(p)
		start := len(s.words)
		for _, w := range words {
			s.words = append(s.words, wordHash(w))
		}
		passage := s.words[start:]
		slices.Sort(passage)
		s.words = s.words[:start+len(slices.Compact(passage))]
		s.ends = append(s.ends, int32(len(s.words)))
	}
	return s
}

// wordHash is a content word's 32-bit FNV-1a hash: the Finder and Stats
// know words by it (two words of one hash, rare, count as one).
func wordHash(w string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(w))
	return h.Sum32()
}

// sketchSeeds are the multipliers (odd) and offsets of the sketchSize
// hash functions a·x+b (mod 2⁶⁴, high bits) applied to a word's hash.
// They are worked out on first use (sketchSeedsOnce), not at init, so
// that a binary that never sketches carries none of it.
func sketchSeeds() *[sketchSize][2]uint64 {
	sketchSeedsOnce.Do(func() { sketchSeedTable = makeSketchSeeds() })
	return &sketchSeedTable
}

var (
	sketchSeedsOnce sync.Once
	sketchSeedTable [sketchSize][2]uint64
)

// makeSketchSeeds draws the seeds from a fixed splitmix64 sequence.
func makeSketchSeeds() (out [sketchSize][2]uint64) {
	x := uint64(0x5eed)
	for i := range out {
		x += 0x9e3779b97f4a7c15
		out[i][0] = mix(x) | 1
		x += 0x9e3779b97f4a7c15
		out[i][1] = mix(x)
	}
	return out
}

// mix is splitmix64's finaliser: one 64-bit hash from another, so that
// one word's hash gives sketchSize independent ones.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// Stats are the word statistics of a corpus (how many passages hold each
// content word), gathered article by article, for comparisons made over a
// part of it (NewWithStats).
type Stats struct {
	df       map[uint32]int32 // by wordHash
	passages int
	// actorArticles counts the articles naming each actor, by id, over
	// articles (CountActors), for how particular an actor is to a pair.
	actorArticles map[string]int32
	articles      int
}

// CountActors counts one more article of the whole corpus, naming the
// actors ids (each once), so that a comparison over a part weighs the
// actors two articles both name by how few articles of the whole name
// them.
func (st *Stats) CountActors(ids []string) {
	if st.actorArticles == nil {
		st.actorArticles = map[string]int32{}
	}
	st.articles++
	for _, id := range ids {
		st.actorArticles[id]++
	}
}

// docFreq returns how many passages hold word w.
func (st *Stats) docFreq(w string) int { return int(st.df[wordHash(w)]) }

// Finder finds, among more articles than memory holds, the groups worth
// comparing in full: articles that share passages (a reprint, a rewrite,
// a quotation carried by several outlets). Add every article's sketch in
// order, then ask for the Batches. It keeps about 4 bytes a distinct
// word of a passage; asked, it adds a signature of 120 bytes a passage
// and, while it looks for candidates, buckets of about 240 bytes a
// passage (about 0.8 GB of heap in all at 100,000 generated articles).
type Finder struct {
	ids   []string
	words []uint32 // the passages' word hashes, one passage after another
	ends  []int64  // where each passage's words end
	owner []int32  // the article of each passage
	stats Stats

	sigs []uint32 // sketchSize per passage, once computed
	// candidates are the candidate pairs, once found: Batches and a
	// caller both ask for them. Add forgets them and the signatures.
	candidates [][2]int32
	// maxDF is the most passages a word a signature is made of may be in.
	maxDF int32
}

// NewFinder returns an empty Finder.
func NewFinder() *Finder { return &Finder{stats: Stats{df: map[uint32]int32{}}} }

// Add adds the next article's sketch.
func (f *Finder) Add(s Sketch) {
	f.sigs, f.candidates = nil, nil
	art := int32(len(f.ids))
	f.ids = append(f.ids, s.ID)
	start := int32(0)
	for _, end := range s.ends {
		words := s.words[start:end]
		start = end
		f.stats.passages++
		for _, w := range words {
			f.stats.df[w]++
		}
		f.words = append(f.words, words...)
		f.ends = append(f.ends, int64(len(f.words)))
		f.owner = append(f.owner, art)
	}
}

// Stats returns the word statistics of every article added.
func (f *Finder) Stats() *Stats { return &f.stats }

// ID returns the id of the i-th article added.
func (f *Finder) ID(i int) string { return f.ids[i] }

// Articles is how many articles were added.
func (f *Finder) Articles() int { return len(f.ids) }

// sig returns passage p's signature.
func (f *Finder) sig(p int32) []uint32 { return f.sigs[int(p)*sketchSize : int(p+1)*sketchSize] }

// sign computes each passage's min-hash signature over its words that
// at most maxWordShare of the passages hold (at least minCommonDF): a
// word most passages share says nothing of copying. A passage with fewer
// than sketchMinWords such words gets no signature (all ones) and meets
// no other.
func (f *Finder) sign() {
	maxDF := int32(max(minCommonDF, int(maxWordShare*float64(f.stats.passages))))
	f.maxDF = maxDF
	f.sigs = make([]uint32, len(f.owner)*sketchSize)
	seeds := sketchSeeds()
	var start int64
	for p, end := range f.ends {
		sig := f.sigs[p*sketchSize : (p+1)*sketchSize]
		for i := range sig {
			sig[i] = ^uint32(0)
		}
		n := 0
		for _, w := range f.words[start:end] {
			if f.stats.df[w] <= maxDF {
				n++
			}
		}
		if n >= sketchMinWords {
			for _, w := range f.words[start:end] {
				if f.stats.df[w] > maxDF {
					continue
				}
				x := mix(uint64(w))
				for i := range sig {
					if v := uint32((seeds[i][0]*x + seeds[i][1]) >> 32); v < sig[i] {
						sig[i] = v
					}
				}
			}
		}
		start = end
	}
}

// Candidates returns the pairs of articles (by the order they were
// added, the earlier first) that share a passage nearly word for word,
// or similar passages worth more than one, and articleShare of the
// shorter one's words, in the order of their first article. It looks for each article's partners apart, on every core, so
// that its memory does not grow with the pairs that meet once by chance.
func (f *Finder) Candidates() [][2]int32 {
	if f.candidates == nil {
		f.candidates = f.findCandidates()
	}
	return f.candidates
}

// findCandidates does the work of Candidates, once.
func (f *Finder) findCandidates() [][2]int32 {
	if f.sigs == nil {
		f.sign()
	}
	b := f.buckets()
	arts := f.articleSigs()
	var firsts []int32 // each article's first passage; passages are in article order
	for p, a := range f.owner {
		for int(a) >= len(firsts) {
			firsts = append(firsts, int32(p))
		}
	}
	firsts = append(firsts, int32(len(f.owner)))
	for len(firsts) <= len(f.ids) {
		firsts = append(firsts, int32(len(f.owner)))
	}
	workers := max(1, runtime.GOMAXPROCS(0))
	found := make([][][2]int32, workers)
	var next atomic.Int32
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			acc := map[int32]*[2]float64{} // partner → best, sum
			// met[q] == stamp says passage q was met from this passage.
			met := make([]uint32, len(f.owner))
			stamp := uint32(0)
			for {
				x := next.Add(1) - 1
				if int(x) >= len(f.ids) {
					return
				}
				clear(acc)
				meet := func(q int32, jac float64) {
					y := f.owner[q]
					if y <= x {
						return
					}
					v := acc[y]
					if v == nil {
						v = &[2]float64{}
						acc[y] = v
					}
					v[0], v[1] = max(v[0], jac), v[1]+jac
				}
				for p := firsts[x]; p < firsts[x+1]; p++ {
					r := b.rep[p]
					if r < 0 {
						continue // too few telling words to sketch
					}
					for _, q := range b.standsFor(r) {
						if q != p {
							meet(q, 1)
						}
					}
					stamp++
					for band := range sketchBands {
						for _, q := range b.mates(band, r) {
							if q == r || met[q] == stamp || b.last[q] <= x {
								continue // met, or only in this article or earlier ones
							}
							met[q] = stamp
							if jac := f.jaccard(r, q); jac >= passageJaccard {
								for _, m := range b.standsFor(q) {
									meet(m, jac)
								}
							}
						}
					}
				}
				for y, v := range acc {
					if (v[0] >= strongJaccard || v[1] >= similarPassages) && arts.containment(x, y) >= articleShare {
						found[w] = append(found[w], [2]int32{x, y})
					}
				}
			}
		})
	}
	wg.Wait()
	out := slices.Concat(found...)
	if out == nil {
		out = [][2]int32{}
	}
	slices.SortFunc(out, func(a, b [2]int32) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	return out
}

// buckets are the passages' min-hash buckets: passages of one whole
// signature (a paragraph carried whole) stand behind one representative,
// and each band sorts the representatives by the band's key.
type buckets struct {
	// rep is each passage's representative (-1 for a passage without a
	// signature); same lists, for a representative standing for others,
	// the passages it stands for (at most maxBucket).
	rep  []int32
	same map[int32][]int32
	// last is, for a representative, the last article of the passages
	// it stands for: a pair is counted from its earlier article only.
	last []int32
	// order is, by band, the representatives sorted by the band's key;
	// at is where each passage's representative is in order, and runs
	// where each run of one key starts (and, last, ends).
	order [sketchBands][]int32
	at    [sketchBands][]int32
	runOf [sketchBands][]int32
	runs  [sketchBands][]int32
}

// standsFor returns the passages representative r stands for.
func (b *buckets) standsFor(r int32) []int32 {
	if ps, ok := b.same[r]; ok {
		return ps
	}
	return []int32{r}
}

// mates returns the representatives in r's bucket of one band, none when
// the bucket holds more than maxBucket: words too common to tell anything.
func (b *buckets) mates(band int, r int32) []int32 {
	run := b.runOf[band][b.at[band][r]]
	from, to := b.runs[band][run], b.runs[band][run+1]
	if to-from > maxBucket {
		return nil
	}
	return b.order[band][from:to]
}

// buckets sorts the passages into their buckets.
func (f *Finder) buckets() *buckets {
	n := len(f.owner)
	b := &buckets{rep: make([]int32, n), same: map[int32][]int32{}, last: make([]int32, n)}
	type entry struct {
		key uint64
		p   int32
	}
	var entries []entry
	for p := range n {
		b.rep[p] = -1
		if sig := f.sig(int32(p)); sig[0] != ^uint32(0) {
			entries = append(entries, entry{bandKey(sig, 0, sketchSize), int32(p)})
		}
	}
	byKey := func(a, b entry) int { return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.p, b.p)) }
	slices.SortFunc(entries, byKey)
	var reps []int32
	for i := 0; i < len(entries); {
		j := i + 1
		for j < len(entries) && entries[j].key == entries[i].key {
			j++
		}
		r := entries[i].p
		reps = append(reps, r)
		for _, e := range entries[i:j] {
			b.rep[e.p] = r
			b.last[r] = max(b.last[r], f.owner[e.p])
		}
		if j-i > 1 {
			var ps []int32
			for _, e := range entries[i:min(j, i+maxBucket)] {
				ps = append(ps, e.p)
			}
			b.same[r] = ps
		}
		i = j
	}
	entries = entries[:len(reps)]
	for band := range sketchBands {
		for i, r := range reps {
			entries[i] = entry{bandKey(f.sig(r), band*sketchRows, sketchRows), r}
		}
		slices.SortFunc(entries, byKey)
		order, runOf := make([]int32, len(entries)), make([]int32, len(entries))
		at := make([]int32, n)
		var runs []int32
		for i, e := range entries {
			if i == 0 || e.key != entries[i-1].key {
				runs = append(runs, int32(i))
			}
			order[i], runOf[i], at[e.p] = e.p, int32(len(runs)-1), int32(i)
		}
		b.order[band], b.at[band], b.runOf[band], b.runs[band] = order, at, runOf, append(runs, int32(len(entries)))
	}
	return b
}

// bandKey hashes n values of a signature from the from-th.
func bandKey(sig []uint32, from, n int) uint64 {
	k := uint64(from+1) * 0x9e3779b97f4a7c15
	for _, v := range sig[from : from+n] {
		k = mix(k ^ uint64(v))
	}
	return k
}

// articleSketches are the articles' signatures, the min-hash of each
// article's passages' words together (the least of its passages'
// signatures), and how many distinct such words each has.
type articleSketches struct {
	sigs  [][]uint32
	words []int
}

// articleSigs sketches the articles from their passages.
func (f *Finder) articleSigs() articleSketches {
	out := articleSketches{sigs: make([][]uint32, len(f.ids)), words: make([]int, len(f.ids))}
	seen := map[uint32]bool{}
	last := int32(-1)
	var start int64
	for p, a := range f.owner {
		if a != last {
			clear(seen)
			last = a
		}
		sig := f.sig(int32(p))
		if sig[0] != ^uint32(0) {
			if out.sigs[a] == nil {
				out.sigs[a] = slices.Clone(sig)
			}
			for i, v := range sig {
				out.sigs[a][i] = min(out.sigs[a][i], v)
			}
			for _, w := range f.words[start:f.ends[p]] {
				if f.stats.df[w] <= f.maxDF && !seen[w] {
					seen[w] = true
					out.words[a]++
				}
			}
		}
		start = f.ends[p]
	}
	return out
}

// containment estimates the share of the smaller of articles x and y
// that the other holds, from their signatures' Jaccard index J and their
// sizes: the words in common are J/(1+J) of the two sizes added.
func (s articleSketches) containment(x, y int32) float64 {
	a, b := s.sigs[x], s.sigs[y]
	if a == nil || b == nil {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	j := float64(same) / float64(len(a))
	common := j / (1 + j) * float64(s.words[x]+s.words[y])
	return common / float64(max(1, min(s.words[x], s.words[y])))
}

// jaccard estimates the share of content words two passages have in
// common from their signatures.
func (f *Finder) jaccard(x, y int32) float64 {
	sx, sy := f.sig(x), f.sig(y)
	same := 0
	for i := range sx {
		if sx[i] == sy[i] {
			same++
		}
	}
	return float64(same) / sketchSize
}

// Batch is articles to compare in full together, and the candidate
// pairs among them to compare.
type Batch struct {
	IDs   []string
	Pairs [][2]string
}

// Batches cuts the candidate pairs into batches of at most maxGroup
// articles: each group of articles joined by candidate pairs is one
// batch, unless it is larger, when its pairs are taken in order until the
// next would bring in one article too many. An event whose articles fall
// in several batches comes out in parts, which MergeEvents joins.
func (f *Finder) Batches() []Batch {
	cands := f.Candidates()
	var joined unionFind
	for _, c := range cands {
		joined.union(int(c[0]), int(c[1]))
	}
	byRoot := map[int][][2]int32{}
	var roots []int
	for _, c := range cands {
		r := joined.find(int(c[0]))
		if _, ok := byRoot[r]; !ok {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], c)
	}
	var out []Batch
	for _, r := range roots {
		var b Batch
		in := map[int32]bool{}
		for _, c := range byRoot[r] {
			if fresh := boolCount(!in[c[0]]) + boolCount(!in[c[1]]); len(in)+fresh > maxGroup {
				out = append(out, b)
				b, in = Batch{}, map[int32]bool{}
			}
			for _, a := range c {
				if !in[a] {
					in[a] = true
					b.IDs = append(b.IDs, f.ids[a])
				}
			}
			b.Pairs = append(b.Pairs, [2]string{f.ids[c[0]], f.ids[c[1]]})
		}
		out = append(out, b)
	}
	return out
}

func boolCount(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Related reports whether a pair of articles was compared and, if so,
// whether it links them as one event's reports (a reprint, a rewrite or
// a report of the same event).
type Related func(a, b string) (compared, linked bool)

// RelatedBy answers Related from the pairs the batches compared.
func RelatedBy(pairs []Result) Related {
	link := map[[2]string]bool{}
	for _, r := range pairs {
		k := [2]string{min(r.A, r.B), max(r.A, r.B)}
		link[k] = r.Relation == Reprint || r.Relation == Rewrite || r.Relation == SameEvent
	}
	return func(a, b string) (compared, linked bool) {
		linked, compared = link[[2]string{min(a, b), max(a, b)}]
		return compared, linked
	}
}

// MergeEvents joins the events that share an article, the parts of one
// event found in separate batches: the merged event keeps the label of
// its largest part, the earliest first article, and every copy. Events
// come out the largest first.
//
// Two parts are joined as linkEvents joins two groups within a batch:
// when at least eventLinkage of the pairs compared across them (an
// article of one and not the other, with one of the other and not the
// one) are links, or when no such pair was compared; related says which
// (nil joins every two parts that share an article). Parts left apart
// that share an article are two events, and the article stays with the
// one it has more links in (the larger on a tie): two nights' strikes
// on one city, each reported in its batch, are not one event for a
// report both batches hold.
func MergeEvents(events []Event, related Related) []Event {
	var joined unionFind
	members := map[int]map[string]bool{} // by a group's representative
	group := func(i int) map[string]bool {
		if m, ok := members[joined.find(i)]; ok {
			return m
		}
		m := map[string]bool{}
		for _, id := range events[i].Articles {
			m[id] = true
		}
		members[joined.find(i)] = m
		return m
	}
	owner := map[string]int{}
	for i, ev := range events {
		joined.union(i, i)
		for _, id := range ev.Articles {
			j, ok := owner[id]
			if !ok {
				owner[id] = i
				continue
			}
			ri, rj := joined.find(i), joined.find(j)
			if ri == rj {
				continue
			}
			gi, gj := group(i), group(j)
			if related != nil && !linkedAcross(gi, gj, related) {
				continue
			}
			joined.union(j, i)
			for a := range gi {
				gj[a] = true
			}
			delete(members, ri)
			delete(members, rj)
			members[joined.find(i)] = gj
		}
	}
	groups := joined.groups(len(events))
	// An article in several groups left apart stays in the one it has
	// more links in.
	if related != nil {
		in := map[string][]int{} // article → the groups holding it
		sets := make([]map[string]bool, len(groups))
		for g, parts := range groups {
			sets[g] = group(parts[0])
			for a := range sets[g] {
				in[a] = append(in[a], g)
			}
		}
		shared := slices.Sorted(maps.Keys(in))
		for _, a := range shared {
			gs := in[a]
			if len(gs) < 2 {
				continue
			}
			best, bestLinks := -1, -1
			for _, g := range gs {
				links := 0
				for b := range sets[g] {
					if _, linked := related(a, b); b != a && linked {
						links++
					}
				}
				if links > bestLinks || links == bestLinks && len(sets[g]) > len(sets[best]) {
					best, bestLinks = g, links
				}
			}
			for _, g := range gs {
				if g != best {
					delete(sets[g], a)
				}
			}
		}
		for g := range groups {
			members[joined.find(groups[g][0])] = sets[g]
		}
	}
	var out []Event
	for _, g := range groups {
		keep := group(g[0])
		if len(keep) < 2 {
			continue
		}
		merged := Event{Copies: []Copy{}}
		largest := g[0]
		seen, copied := map[string]bool{}, map[Copy]bool{}
		for _, i := range g {
			ev := events[i]
			if len(ev.Articles) > len(events[largest].Articles) {
				largest = i
			}
			for _, id := range ev.Articles {
				if keep[id] && !seen[id] {
					seen[id] = true
					merged.Articles = append(merged.Articles, id)
				}
			}
			for _, c := range ev.Copies {
				if keep[c.Article] && keep[c.Of] && !copied[c] {
					copied[c] = true
					merged.Copies = append(merged.Copies, c)
				}
			}
			if keep[ev.First] && (merged.First == "" || ev.firstPublished != "" && (merged.firstPublished == "" || ev.firstPublished < merged.firstPublished)) {
				merged.First, merged.firstPublished = ev.First, ev.firstPublished
			}
		}
		if merged.First == "" {
			// The part's first article went to another event: the
			// earliest the parts name is not known, the first kept is.
			merged.First = merged.Articles[0]
		}
		merged.Label = events[largest].Label
		out = append(out, merged)
	}
	slices.SortStableFunc(out, func(a, b Event) int { return cmp.Compare(len(b.Articles), len(a.Articles)) })
	return out
}

// linkedAcross reports whether two groups of articles that share some
// are one event: at least eventLinkage of the pairs compared across
// their own articles are links, or none was compared.
func linkedAcross(gi, gj map[string]bool, related Related) bool {
	compared, linked := 0, 0
	for a := range gi {
		if gj[a] {
			continue
		}
		for b := range gj {
			if gi[b] {
				continue
			}
			if c, l := related(a, b); c {
				compared++
				if l {
					linked++
				}
			}
		}
	}
	return compared == 0 || float64(linked) >= eventLinkage*float64(compared)
}
