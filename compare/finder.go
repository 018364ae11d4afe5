package compare

import (
	"cmp"
	"hash/fnv"
	"slices"

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
var sketchSeeds = func() (out [sketchSize][2]uint64) {
	x := uint64(0x5eed)
	for i := range out {
		x += 0x9e3779b97f4a7c15
		out[i][0] = mix(x) | 1
		x += 0x9e3779b97f4a7c15
		out[i][1] = mix(x)
	}
	return out
}()

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
}

// docFreq returns how many passages hold word w.
func (st *Stats) docFreq(w string) int { return int(st.df[wordHash(w)]) }

// Finder finds, among more articles than memory holds, the groups worth
// comparing in full: articles that share passages (a reprint, a rewrite,
// a quotation carried by several outlets). Add every article's sketch in
// order, then ask for the Batches. It keeps about 4 bytes a distinct
// word of a passage, and a signature of 120 bytes a passage once asked.
type Finder struct {
	ids   []string
	words []uint32 // the passages' word hashes, one passage after another
	ends  []int64  // where each passage's words end
	owner []int32  // the article of each passage
	stats Stats

	sigs []uint32 // sketchSize per passage, once computed
}

// NewFinder returns an empty Finder.
func NewFinder() *Finder { return &Finder{stats: Stats{df: map[uint32]int32{}}} }

// Add adds the next article's sketch.
func (f *Finder) Add(s Sketch) {
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
	f.sigs = make([]uint32, len(f.owner)*sketchSize)
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
					if v := uint32((sketchSeeds[i][0]*x + sketchSeeds[i][1]) >> 32); v < sig[i] {
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
// or similar passages worth more than one, in the order of their first
// article.
func (f *Finder) Candidates() [][2]int32 {
	type found struct{ best, sum float64 }
	pairs := map[[2]int32]*found{}
	meet := func(px, py int32, jac float64) {
		ax, ay := f.owner[px], f.owner[py]
		if ax == ay {
			return
		}
		k := [2]int32{min(ax, ay), max(ax, ay)}
		fd := pairs[k]
		if fd == nil {
			fd = &found{}
			pairs[k] = fd
		}
		fd.sum += jac
		fd.best = max(fd.best, jac)
	}
	// Passages of one signature (a paragraph carried whole) meet each
	// other, and only the first goes into the buckets, standing for all
	// (up to maxBucket of them): a wire paragraph a hundred outlets carry
	// would overflow the buckets.
	type entry struct {
		key uint64
		p   int32
	}
	if f.sigs == nil {
		f.sign()
	}
	var entries []entry
	for p := range f.owner {
		if sig := f.sig(int32(p)); sig[0] != ^uint32(0) {
			entries = append(entries, entry{bandKey(sig, 0, sketchSize), int32(p)})
		}
	}
	sortEntries := func() {
		slices.SortFunc(entries, func(a, b entry) int { return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.p, b.p)) })
	}
	sortEntries()
	var reps []int32
	same := map[int32][]int32{} // a representative → the passages it stands for
	for i := 0; i < len(entries); {
		j := i + 1
		for j < len(entries) && entries[j].key == entries[i].key {
			j++
		}
		reps = append(reps, entries[i].p)
		if j-i > 1 {
			var ps []int32
			for _, e := range entries[i:min(j, i+maxBucket)] {
				for _, q := range ps {
					meet(q, e.p, 1)
				}
				ps = append(ps, e.p)
			}
			same[entries[i].p] = ps
		}
		i = j
	}
	standsFor := func(p int32) []int32 {
		if ps, ok := same[p]; ok {
			return ps
		}
		return []int32{p}
	}
	entries = entries[:len(reps)]
	for band := range sketchBands {
		for i, p := range reps {
			entries[i] = entry{bandKey(f.sig(p), band*sketchRows, sketchRows), p}
		}
		sortEntries()
		for i := 0; i < len(entries); {
			j := i + 1
			for j < len(entries) && entries[j].key == entries[i].key {
				j++
			}
			if j-i > maxBucket {
				i = j
				continue // words too common to tell anything
			}
			for x := i; x < j; x++ {
				for y := x + 1; y < j; y++ {
					px, py := entries[x].p, entries[y].p
					if f.metBefore(px, py, band) {
						continue
					}
					if jac := f.jaccard(px, py); jac >= passageJaccard {
						for _, x := range standsFor(px) {
							for _, y := range standsFor(py) {
								meet(x, y, jac)
							}
						}
					}
				}
			}
			i = j
		}
	}
	var out [][2]int32
	for k, fd := range pairs {
		if fd.best >= strongJaccard || fd.sum >= similarPassages {
			out = append(out, k)
		}
	}
	slices.SortFunc(out, func(a, b [2]int32) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	return out
}

// bandKey hashes n values of a signature from the from-th.
func bandKey(sig []uint32, from, n int) uint64 {
	k := uint64(from+1) * 0x9e3779b97f4a7c15
	for _, v := range sig[from : from+n] {
		k = mix(k ^ uint64(v))
	}
	return k
}

// metBefore reports whether passages x and y share a bucket in a band
// before band, where their pair was already counted.
func (f *Finder) metBefore(x, y int32, band int) bool {
	sx, sy := f.sig(x), f.sig(y)
	for b := range band {
		if slices.Equal(sx[b*sketchRows:(b+1)*sketchRows], sy[b*sketchRows:(b+1)*sketchRows]) {
			return true
		}
	}
	return false
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

// MergeEvents joins the events that share an article, the parts of one
// event found in separate batches: the merged event keeps the label of
// its largest part, the earliest first article, and every copy. Events
// come out the largest first.
func MergeEvents(events []Event) []Event {
	var joined unionFind
	owner := map[string]int{}
	for i, ev := range events {
		joined.union(i, i)
		for _, id := range ev.Articles {
			if j, ok := owner[id]; ok {
				joined.union(j, i)
			} else {
				owner[id] = i
			}
		}
	}
	var out []Event
	for _, g := range joined.groups(len(events)) {
		merged := events[g[0]]
		if len(g) > 1 {
			largest := g[0]
			merged = Event{Copies: []Copy{}}
			seen, copied := map[string]bool{}, map[Copy]bool{}
			for _, i := range g {
				ev := events[i]
				if len(ev.Articles) > len(events[largest].Articles) {
					largest = i
				}
				for _, id := range ev.Articles {
					if !seen[id] {
						seen[id] = true
						merged.Articles = append(merged.Articles, id)
					}
				}
				for _, c := range ev.Copies {
					if !copied[c] {
						copied[c] = true
						merged.Copies = append(merged.Copies, c)
					}
				}
				if merged.First == "" || ev.firstPublished != "" && (merged.firstPublished == "" || ev.firstPublished < merged.firstPublished) {
					merged.First, merged.firstPublished = ev.First, ev.firstPublished
				}
			}
			merged.Label = events[largest].Label
		}
		out = append(out, merged)
	}
	slices.SortStableFunc(out, func(a, b Event) int { return cmp.Compare(len(b.Articles), len(a.Articles)) })
	return out
}
