package search

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/fold"
	"github.com/parallax-news/parallax/internal/record"
)

// ShardFormat names the layout of a sharded index; OpenRemote refuses
// others.
const ShardFormat = "parallax-shards/9"

// A sharded index is an Index cut into small files, so that a page can
// search a corpus too large to download by fetching only the files a
// query needs (docs/large-corpora.md). WriteShards writes it; a Remote
// reads it. The files, numbers as in package record:
//
//	meta.bin                  "parallax-shards/9\n", passage count, token
//	                          count, passages per text shard, postings
//	                          per head, the tiers' growth factor, the
//	                          corpus's name, the number of
//	                          article buckets, the number of label
//	                          buckets, whether the other files are gzip
//	                          streams (1) or not (0), the timeline's
//	                          pages, dated phrases and articles with
//	                          one, each article's
//	                          passage count,
//	                          the vocabulary shard keys, the first term
//	                          id of each postings shard and of each
//	                          first-tier shard, the initials shard keys,
//	                          the first passage of each passage pack
//	vocab/<hex key>.bin       the terms whose first two letters are the
//	                          key, or one-letter terms: id (gap from the
//	                          previous), term, document frequency, and its
//	                          best BM25 term weight in millionths, rounded
//	                          up (so a search knows what a term's head can
//	                          add before it fetches it), and 1 for a name
//	                          (a term paragraphs always capitalise, whose
//	                          other spellings a search matches), else 0
//	postings/<n>.bin          the postings heads of a range of term ids,
//	                          about postingsShardBytes each: per term, its
//	                          headPostings best passages (by BM25 term
//	                          weight), in passage order: the passage
//	                          (gap), its length in words, its positions
//	                          (count, then gaps)
//	tier1/<n>.bin             tier 1 of the other postings of consecutive
//	                          terms that have more than headPostings,
//	                          about tier1ShardBytes: per term, its id (gap
//	                          from the previous; the shard's first is in
//	                          meta.bin), then its postings ranked from
//	                          headPostings to headPostings·tierFactor by
//	                          weight, the same way
//	tail/<id>-<j>.bin         tier j ≥ 2 of a term's postings: those
//	                          ranked from headPostings·tierFactor^(j-1)
//	                          up to headPostings·tierFactor^j; so a query
//	                          reads a frequent word's best passages
//	                          first, and deeper tiers only while they may
//	                          hold a better hit (Remote's top-k search)
//	text/<n>.bin              with ShardOptions.TextFiles only:
//	                          ShardOptions.TextPassages passages: whether a
//	                          new article starts, and if so its fields (id,
//	                          title, outlet, original source, URL, date,
//	                          date evidence, source evidence); then the
//	                          passage id, its kind (body, caption,
//	                          heading), the text and its labels (count,
//	                          then each one's place in the table); last,
//	                          the table of the labels the file's passages
//	                          carry: id, name, kind
//	passages/<n>.bin          a pack: each passage's text, a record of its
//	                          own for a range request (packs.go)
//	labels/top.bin            the topLabels labels of most passages: id,
//	                          name, kind, passage count
//	labels/<n>.bin            the labels whose id hashes to bucket n
//	                          (labelBucket): id, name, kind, passages
//	                          (count, then gaps)
//	articles/<n>.bin          the articles whose id hashes to bucket n
//	                          (articleBucket): id, article number (its
//	                          order in meta.bin), so a page can open an
//	                          article from its id in one request
//	timeline/<n>.bin          timelinePage entries of the timeline (see
//	                          Dated), in the order the page groups them:
//	                          from, to, precision, relative, article,
//	                          title, outlet, published, passage, sentence,
//	                          start, end, place in the article
//	initials/<hex key>.bin    the runs of capitalised words whose initials
//	                          start with the key's two bytes: initials,
//	                          then per run its passage (gap), position,
//	                          length in words and the passage's length

// Sizes of the shards.
const (
	// DefaultTextPassages is how many passages a text shard holds unless
	// ShardOptions say otherwise: about an article's.
	DefaultTextPassages = 8
	postingsShardBytes  = 16 << 10
	tier1ShardBytes     = 32 << 10
	vocabKeyRunes       = 2
	// headPostings is how many of a term's passages its postings shard
	// holds: the best ranked, which are all a one-word query of up to
	// that many hits needs (see Remote.Search).
	headPostings = 64
	// tierFactor is how much larger each tier of a term's postings is
	// than all the tiers before it together with the head.
	tierFactor = 8
	// articlesPerBucket is about how many articles an articles/ file
	// lists.
	articlesPerBucket = 128
	// labelsPerBucket is about how many labels a labels/ file lists.
	labelsPerBucket = 32
	// topLabels is how many labels labels/top.bin lists.
	topLabels = 40
)

// Label is something a passage is tagged with in a sharded index: in
// Parallax, an actor it names. The page filters by labels and counts
// them among the hits.
type Label struct {
	ID, Name, Kind string
}

// LabelCount is a label with the number of passages it tags.
type LabelCount struct {
	Label
	Passages int
}

// ShardOptions tune WriteShards; the zero value gives the defaults.
type ShardOptions struct {
	// TextFiles writes text/ files beside the passage packs: a host
	// that ignores Range requests then gives a hit's text from a text
	// file of TextPassages passages rather than from its whole pack
	// (about packBytes). Without them the text is stored once.
	TextFiles bool
	// TextPassages is how many passages a text shard holds (default
	// DefaultTextPassages). A search fetches the text of each hit it
	// returns, and the hits of a query are rarely neighbours: fewer
	// passages a file fetch fewer bytes a query, in more files.
	TextPassages int
	// Name is the corpus's name, for the page's title.
	Name string
	// Gzip writes every file but meta.bin as a gzip stream, which the
	// Remote inflates: about half the bytes, for static hosts that do
	// not compress .bin files on the fly (most do not).
	Gzip bool

	// head and factor replace headPostings and tierFactor when not 0, so
	// that tests reach deep tiers with small corpora.
	head, factor int
	// noPacks leaves the passage packs out, for benchmarks to weigh them.
	noPacks bool
}

// WriteShards writes the sharded index of ix, calling write with each
// file's slash-separated name and contents. It feeds ix's articles to a
// ShardBuilder: the files are the same either way.
func WriteShards(ix *Index, write func(name string, data []byte) error, opt ShardOptions) error {
	b := NewShardBuilder(write, opt)
	var last *corpus.Article
	for _, p := range ix.passages {
		if p.Article != last {
			last = p.Article
			if err := b.Add(p.Article); err != nil {
				return err
			}
		}
	}
	return b.Close()
}

// ShardBuilder writes the sharded index of articles given one at a time,
// so that a corpus too large to hold can be indexed as it is read: it
// keeps the index (each term's postings encoded as in the files, each
// passage's length, the initials), never the articles, whose text goes
// into the text files as they fill. Add the articles, then Close.
type ShardBuilder struct {
	gzip         bool
	head, factor int // postings in a head, growth of the tiers
	write        func(name string, data []byte) error
	name         string
	textPassages int
	textFiles    bool // whether text/ files are written
	terms        map[string]*termPostings
	lengths      []int32 // per passage, its words
	articles     []int   // per article, its passages
	ids          []string
	tokens       int
	initials     map[string][]run
	text         record.Writer // the text file being filled
	inText       int           // its passages
	texts        int           // text files written
	textLabels   []Label       // the labels of the text file being filled
	packs        packWriter    // every passage's record again, for ranges
	labelAt      map[string]int
	labels       map[string]*labelled
	positions    map[string][]int32
	order        []string
	dated        []datedKey    // the timeline's entries
	datedArena   record.Writer // their encodings
	datedIDs     []string      // the ids of the articles with entries
	err          error
}

// labelled is a label and the passages it tags, in order.
type labelled struct {
	Label
	passages []int32
}

// termPostings are a term's postings while a ShardBuilder runs, in
// passage order, encoded as writePostings encodes them, without the
// count.
type termPostings struct {
	enc  []byte
	n    int
	last int32
	// capital and lower say whether a paragraph (not a headline) wrote
	// the term with a capital, and without: a name is always capital
	// (Index.markNames).
	capital, lower bool
}

// NewShardBuilder returns a builder that writes the files through write.
func NewShardBuilder(write func(name string, data []byte) error, opt ShardOptions) *ShardBuilder {
	textPassages := opt.TextPassages
	if textPassages <= 0 {
		textPassages = DefaultTextPassages
	}
	packs := packWriter{gzip: opt.Gzip, write: write, off: opt.noPacks} // records gzipped one by one
	if opt.Gzip {
		write = gzipped(write)
	}
	head, factor := headPostings, tierFactor
	if opt.head > 0 && opt.factor > 1 {
		head, factor = opt.head, opt.factor
	}
	return &ShardBuilder{
		gzip:         opt.Gzip,
		head:         head,
		factor:       factor,
		write:        write,
		name:         opt.Name,
		textPassages: textPassages,
		textFiles:    opt.TextFiles || opt.noPacks,
		packs:        packs,
		terms:        map[string]*termPostings{},
		initials:     map[string][]run{},
		positions:    map[string][]int32{},
		labelAt:      map[string]int{},
		labels:       map[string]*labelled{},
	}
}

// SetName sets the corpus's name, written in meta.bin by Close: a corpus
// read as it is indexed knows its name from its manifest only at the end.
func (b *ShardBuilder) SetName(name string) { b.name = name }

// Articles returns how many articles were added that have a passage (a
// headline or a paragraph): those the index holds.
func (b *ShardBuilder) Articles() int { return len(b.articles) }

// Labels returns how many labels the passages added carry.
func (b *ShardBuilder) Labels() int { return len(b.labels) }

// Passages returns how many passages were added.
func (b *ShardBuilder) Passages() int { return len(b.lengths) }

// TextFiles returns how many text files were written so far.
func (b *ShardBuilder) TextFiles() int { return b.texts }

// Add indexes the passages of a, its headline and its paragraphs, as
// NewIndex does, and writes their text as the text files fill.
func (b *ShardBuilder) Add(a *corpus.Article) error { return b.AddLabelled(a, nil) }

// AddLabelled is Add with the labels of each passage, by passage id (nil
// for none).
func (b *ShardBuilder) AddLabelled(a *corpus.Article, labels map[string][]Label) error {
	if b.err != nil {
		return b.err
	}
	n := 0
	if strings.TrimSpace(a.Title) != "" {
		id := a.ID + TitleSuffix
		b.addPassage(a, &corpus.Paragraph{ID: id, Kind: corpus.Heading, Text: a.Title}, n == 0, labels[id])
		n++
	}
	for _, p := range a.Paragraphs {
		b.addPassage(a, p, n == 0, labels[p.ID])
		n++
	}
	if n > 0 {
		b.articles = append(b.articles, n)
		b.ids = append(b.ids, strings.Clone(a.ID))
	}
	return b.err
}

// addPassage indexes one passage and adds it to the text file being
// filled; first says it starts its article.
func (b *ShardBuilder) addPassage(a *corpus.Article, p *corpus.Paragraph, first bool, labels []Label) {
	pi := int32(len(b.lengths))
	toks := fold.Tokens(p.Text)
	b.lengths = append(b.lengths, int32(len(toks)))
	b.tokens += len(toks)
	for i, t := range toks {
		if _, ok := b.positions[t.Term]; !ok {
			b.order = append(b.order, t.Term)
		}
		b.positions[t.Term] = append(b.positions[t.Term], int32(i))
	}
	for _, term := range b.order {
		tp := b.terms[term]
		if tp == nil {
			tp = &termPostings{}
			// A folded word may be a piece of the article's text: a
			// copy, so the text can go.
			b.terms[strings.Clone(term)] = tp
		}
		if p.Kind != corpus.Heading {
			for _, i := range b.positions[term] {
				r, _ := utf8.DecodeRuneInString(p.Text[toks[i].Start:])
				if unicode.IsUpper(r) {
					tp.capital = true
				} else {
					tp.lower = true
				}
			}
		}
		w := record.Writer{B: tp.enc}
		writePosting(&w, pi-tp.last, len(toks), b.positions[term])
		tp.enc, tp.last = w.B, pi
		tp.n++
		delete(b.positions, term)
	}
	b.order = b.order[:0]
	eachInitialsRun(p.Text, len(toks), func(i int) (int, int, byte) {
		return toks[i].Start, toks[i].End, toks[i].Term[0]
	}, func(key string, pos, words int) {
		b.initials[key] = append(b.initials[key], run{pi, int32(pos), int32(words)})
	})
	for _, l := range labels {
		lp := b.labels[l.ID]
		if lp == nil {
			lp = &labelled{Label: Label{ID: strings.Clone(l.ID), Name: strings.Clone(l.Name), Kind: strings.Clone(l.Kind)}}
			b.labels[lp.ID] = lp
		}
		if n := len(lp.passages); n == 0 || lp.passages[n-1] != pi {
			lp.passages = append(lp.passages, pi)
		}
	}
	if err := b.packs.add(int(pi), a, p, labels); err != nil && b.err == nil {
		b.err = err
	}
	if b.textFiles {
		b.addText(a, p, first, labels)
	}
}

// addText adds a passage to the text file being filled; first says it
// starts its article.
func (b *ShardBuilder) addText(a *corpus.Article, p *corpus.Paragraph, first bool, labels []Label) {
	if b.inText == 0 || first {
		b.text.Num(1)
		writeArticleMeta(&b.text, a.Meta)
	} else {
		b.text.Num(0)
	}
	b.text.Str(p.ID)
	b.text.Num(int(p.Kind))
	b.text.Str(p.Text)
	b.text.Num(len(labels))
	for _, l := range labels {
		at, ok := b.labelAt[l.ID]
		if !ok {
			at = len(b.textLabels)
			b.labelAt[l.ID] = at
			b.textLabels = append(b.textLabels, l)
		}
		b.text.Num(at)
	}
	b.inText++
	if b.inText == b.textPassages {
		b.flushText()
	}
}

// flushText writes the text file being filled.
func (b *ShardBuilder) flushText() {
	if b.inText == 0 || b.err != nil {
		return
	}
	b.text.Num(len(b.textLabels))
	for _, l := range b.textLabels {
		writeLabel(&b.text, l)
	}
	b.err = b.write(fmt.Sprintf("text/%d.bin", b.texts), b.text.B)
	b.texts++
	b.text.B, b.inText = nil, 0
	b.textLabels = b.textLabels[:0]
	clear(b.labelAt)
}

// gzipped returns write with every file but meta.bin gzip-compressed.
func gzipped(write func(name string, data []byte) error) func(name string, data []byte) error {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	return func(name string, data []byte) error {
		if name == "meta.bin" {
			return write(name, data)
		}
		buf.Reset()
		zw.Reset(&buf)
		if _, err := zw.Write(data); err != nil {
			return err
		}
		if err := zw.Close(); err != nil {
			return err
		}
		return write(name, bytes.Clone(buf.Bytes()))
	}
}

// boolNum is 1 for true, 0 for false.
func boolNum(b bool) int {
	if b {
		return 1
	}
	return 0
}

// writeLabel writes a label's fields.
func writeLabel(w *record.Writer, l Label) {
	w.Str(l.ID)
	w.Str(l.Name)
	w.Str(l.Kind)
}

// readLabel reads what writeLabel wrote.
func readLabel(rd *record.Reader) Label {
	return Label{ID: rd.Str(), Name: rd.Str(), Kind: rd.Str()}
}

// writeLabels writes labels/top.bin and the label buckets, and returns
// how many buckets there are.
func (b *ShardBuilder) writeLabels() (int, error) {
	all := make([]*labelled, 0, len(b.labels))
	for _, l := range b.labels {
		all = append(all, l)
	}
	slices.SortFunc(all, func(x, y *labelled) int {
		if c := cmp.Compare(len(y.passages), len(x.passages)); c != 0 {
			return c
		}
		return strings.Compare(x.ID, y.ID)
	})
	if len(all) == 0 {
		return 0, nil
	}
	top := record.Writer{}
	top.Num(min(len(all), topLabels))
	for _, l := range all[:min(len(all), topLabels)] {
		writeLabel(&top, l.Label)
		top.Num(len(l.passages))
	}
	if err := b.write("labels/top.bin", top.B); err != nil {
		return 0, err
	}
	buckets := (len(all) + labelsPerBucket - 1) / labelsPerBucket
	byBucket := make([][]*labelled, buckets)
	for _, l := range all {
		k := labelBucket(l.ID, buckets)
		byBucket[k] = append(byBucket[k], l)
	}
	for k, ls := range byBucket {
		w := record.Writer{}
		w.Num(len(ls))
		for _, l := range ls {
			writeLabel(&w, l.Label)
			w.Num(len(l.passages))
			prev := int32(0)
			for _, p := range l.passages {
				w.Num(int(p - prev))
				prev = p
			}
		}
		if err := b.write(labelBucketFile(k), w.B); err != nil {
			return 0, err
		}
	}
	return buckets, nil
}

// labelBucket is the labels/ file of label id.
func labelBucket(id string, buckets int) int { return articleBucket(id, buckets) }

// labelBucketFile names the labels/ file of bucket k.
func labelBucketFile(k int) string { return fmt.Sprintf("labels/%d.bin", k) }

// Close writes the rest of the files: the last text file, the postings,
// the vocabulary, the initials, the article buckets and meta.bin.
func (b *ShardBuilder) Close() error {
	b.flushText()
	if err := b.packs.flush(); err != nil && b.err == nil {
		b.err = err
	}
	if b.err != nil {
		return b.err
	}
	vocab := make([]string, 0, len(b.terms))
	for t := range b.terms {
		vocab = append(vocab, t)
	}
	slices.Sort(vocab)
	weights := newBM25(len(b.lengths), b.tokens)
	keys, byKey := vocabShards(vocab)
	layout, err := b.writePostingsShards(vocab, &weights)
	if err != nil {
		return err
	}
	initials, err := writeInitialsShards(b.initials, b.lengths, b.write)
	if err != nil {
		return err
	}
	labelBuckets, err := b.writeLabels()
	if err != nil {
		return err
	}
	pages, events, withEvents, err := b.writeTimeline()
	if err != nil {
		return err
	}
	meta := record.Writer{B: []byte(ShardFormat + "\n")}
	meta.Num(len(b.lengths))
	meta.Num(b.tokens)
	meta.Num(b.textPassages * boolNum(b.textFiles)) // 0: no text files
	meta.Num(b.head)
	meta.Num(b.factor)
	meta.Str(b.name)
	buckets := (len(b.articles) + articlesPerBucket - 1) / articlesPerBucket
	meta.Num(buckets)
	meta.Num(labelBuckets)
	meta.Num(boolNum(b.gzip))
	meta.Num(pages)
	meta.Num(events)
	meta.Num(withEvents)
	meta.Num(len(b.articles))
	for _, n := range b.articles {
		meta.Num(n)
	}
	meta.Num(len(keys))
	for _, k := range keys {
		meta.Str(k)
	}
	for _, firsts := range [][]int{layout.firsts, layout.tier1Firsts} {
		meta.Num(len(firsts))
		for i, f := range firsts {
			if i > 0 {
				f -= firsts[i-1]
			}
			meta.Num(f)
		}
	}
	meta.Num(len(initials))
	for _, k := range initials {
		meta.Str(k)
	}
	meta.Num(len(b.packs.firsts))
	for i, f := range b.packs.firsts {
		if i > 0 {
			f -= b.packs.firsts[i-1]
		}
		meta.Num(f)
	}
	if err := b.write("meta.bin", meta.B); err != nil {
		return err
	}
	for _, k := range keys {
		w := record.Writer{}
		ids := byKey[k]
		w.Num(len(ids))
		prev := 0
		for _, id := range ids {
			tp := b.terms[vocab[id]]
			w.Num(int(id) - prev)
			w.Str(vocab[id])
			w.Num(tp.n)
			w.Num(layout.tops[id])
			w.Num(boolNum(tp.capital && !tp.lower)) // a name: its spellings match
			prev = int(id)
		}
		if err := b.write(vocabFile(k), w.B); err != nil {
			return err
		}
	}
	return writeArticleBuckets(b.ids, buckets, b.write)
}

// postingsOf decodes a term's postings.
func (b *ShardBuilder) postingsOf(tp *termPostings) []posting {
	rd := record.Reader{S: string(tp.enc)}
	ps := make([]posting, tp.n)
	p := 0
	for i := range ps {
		p += rd.Num()
		rd.Num() // the length, which b.lengths has
		positions := make([]int32, rd.Num())
		pos := 0
		for k := range positions {
			pos += rd.Num()
			positions[k] = int32(pos)
		}
		ps[i] = posting{passage: int32(p), positions: positions}
	}
	return ps
}

// postingsLayout is what writePostingsShards tells meta.bin and the
// vocabulary: the first term id of each postings file and of each
// first-tier file, and each term's best weight (topWeight).
type postingsLayout struct {
	firsts, tier1Firsts, tops []int
}

// shardFile collects consecutive terms' entries into files of about
// limit bytes, named dir/<n>.bin, each starting with its entry count.
type shardFile struct {
	dir    string
	limit  int
	write  func(name string, data []byte) error
	buf    record.Writer
	n      int   // entries in buf
	firsts []int // first term id of each file written, and of buf
}

// add appends the entry of term id, flushing the file first if the entry
// would make it pass its limit.
func (f *shardFile) add(id int, entry []byte) error {
	if f.n > 0 && len(f.buf.B)+len(entry) > f.limit {
		if err := f.flush(); err != nil {
			return err
		}
	}
	if f.n == 0 {
		f.firsts = append(f.firsts, id)
	}
	f.buf.B = append(f.buf.B, entry...)
	f.n++
	return nil
}

// flush writes the file being filled.
func (f *shardFile) flush() error {
	if f.n == 0 {
		return nil
	}
	w := record.Writer{}
	w.Num(f.n)
	w.B = append(w.B, f.buf.B...)
	err := f.write(fmt.Sprintf("%s/%d.bin", f.dir, len(f.firsts)-1), w.B)
	f.buf.B, f.n = f.buf.B[:0], 0
	return err
}

// writePostingsShards writes the heads of the postings of consecutive
// terms in files of about postingsShardBytes, the first tiers of
// consecutive frequent terms in files of about tier1ShardBytes (a prefix
// matches consecutive terms, whose first tiers then come in few files),
// and each deeper tier in a file of its own. A term of at most b.head
// passages is written as encoded while building; only the others are
// decoded, to be split.
func (b *ShardBuilder) writePostingsShards(vocab []string, weights *bm25) (postingsLayout, error) {
	heads := shardFile{dir: "postings", limit: postingsShardBytes, write: b.write}
	tier1 := shardFile{dir: "tier1", limit: tier1ShardBytes, write: b.write}
	length := func(p int32) int { return int(b.lengths[p]) }
	var term record.Writer
	tops := make([]int, len(vocab))
	lastTier1 := -1
	for id, t := range vocab {
		tp := b.terms[t]
		tops[id] = topWeight(tp, weights)
		term.B = term.B[:0]
		var tiers [][]posting
		if tp.n <= b.head {
			term.Num(tp.n)
			term.B = append(term.B, tp.enc...)
		} else {
			tiers = splitPostings(b.postingsOf(tp), b.head, b.factor, func(p posting) float64 {
				return weights.tfNorm(len(p.positions), length(p.passage))
			})
			writePostings(&term, tiers[0], length)
		}
		// Every term has an entry in the heads, so a file's terms are
		// its first id on.
		if err := heads.add(id, term.B); err != nil {
			return postingsLayout{}, err
		}
		if len(tiers) < 2 {
			continue
		}
		entry := record.Writer{}
		if tier1.n > 0 {
			entry.Num(id - lastTier1)
		}
		writePostings(&entry, tiers[1], length)
		if tier1.n > 0 && len(tier1.buf.B)+len(entry.B) > tier1.limit {
			// The entry starts the next file: no gap before it.
			if err := tier1.flush(); err != nil {
				return postingsLayout{}, err
			}
			entry.B = entry.B[:0]
			writePostings(&entry, tiers[1], length)
		}
		if err := tier1.add(id, entry.B); err != nil {
			return postingsLayout{}, err
		}
		lastTier1 = id
		for j := 2; j < len(tiers); j++ {
			w := record.Writer{}
			writePostings(&w, tiers[j], length)
			if err := b.write(tailFile(int32(id), j), w.B); err != nil {
				return postingsLayout{}, err
			}
		}
	}
	if err := heads.flush(); err != nil {
		return postingsLayout{}, err
	}
	return postingsLayout{firsts: heads.firsts, tier1Firsts: tier1.firsts, tops: tops}, tier1.flush()
}

// topWeight returns the best BM25 term weight (tfNorm) of a term's
// postings in millionths, rounded up and one more, so that read back it
// is never below the true weight: a search bounds what an unread head
// can add with it.
func topWeight(tp *termPostings, weights *bm25) int {
	rd := record.Reader{S: string(tp.enc)}
	best := 0.0
	for range tp.n {
		rd.Num() // the passage's gap
		length, tf := rd.Num(), rd.Num()
		for range tf {
			rd.Num()
		}
		best = max(best, weights.tfNorm(tf, length))
	}
	return int(math.Ceil(best*1e6)) + 1
}

// vocabKey is the vocabulary shard of a term or query word: its first
// vocabKeyRunes letters.
func vocabKey(w string) string {
	return prefixBytes(w, vocabKeyRunes)
}

// vocabFile names the vocabulary shard of key.
func vocabFile(key string) string {
	return "vocab/" + hex.EncodeToString([]byte(key)) + ".bin"
}

// vocabShards groups the term ids of a sorted vocabulary by key.
func vocabShards(vocab []string) ([]string, map[string][]int32) {
	byKey := map[string][]int32{}
	var keys []string
	for id, t := range vocab {
		k := vocabKey(t)
		if byKey[k] == nil {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], int32(id))
	}
	slices.Sort(keys)
	return keys, byKey
}

// splitPostings cuts a term's postings into tiers by weight (BM25's term
// weight), ties in passage order as ranking breaks them: the head best
// ones, then tiers ending at head·factor, head·factor², …; each tier in
// passage order.
func splitPostings(ps []posting, head, factor int, weight func(posting) float64) [][]posting {
	if len(ps) <= head {
		return [][]posting{ps}
	}
	// Each weight is worked out once, not at every comparison; ties go
	// by passage, as a stable sort of the postings (in passage order)
	// would leave them.
	type weighted struct {
		w float64
		p posting
	}
	ws := make([]weighted, len(ps))
	for i, p := range ps {
		ws[i] = weighted{weight(p), p}
	}
	slices.SortFunc(ws, func(a, b weighted) int {
		if a.w != b.w {
			return cmp.Compare(b.w, a.w)
		}
		return cmp.Compare(a.p.passage, b.p.passage)
	})
	byWeight := make([]posting, len(ws))
	for i, w := range ws {
		byWeight[i] = w.p
	}
	var tiers [][]posting
	for start, end := 0, head; start < len(byWeight); start, end = end, end*factor {
		tier := byWeight[start:min(end, len(byWeight))]
		slices.SortFunc(tier, func(a, b posting) int { return cmp.Compare(a.passage, b.passage) })
		tiers = append(tiers, tier)
	}
	return tiers
}

// tierRange returns the ranks, by weight, of the postings tier j of a
// term of df passages holds (tier 0 is the head), and whether it has
// such a tier.
func tierRange(head, factor, df, j int) (start, end int, ok bool) {
	start, end = 0, head
	for range j {
		if end >= df {
			return 0, 0, false
		}
		start, end = end, end*factor
	}
	return start, min(end, df), true
}

// writePostings writes postings in passage order: their count, then per
// passage its gap from the previous, its length and its positions.
func writePostings(w *record.Writer, ps []posting, length func(int32) int) {
	w.Num(len(ps))
	prev := int32(0)
	for _, p := range ps {
		writePosting(w, p.passage-prev, length(p.passage), p.positions)
		prev = p.passage
	}
}

// writePosting writes one posting: the gap from the previous passage, the
// passage's length in words, the term's positions (count, then gaps).
func writePosting(w *record.Writer, gap int32, length int, positions []int32) {
	w.Num(int(gap))
	w.Num(length)
	w.Num(len(positions))
	last := int32(0)
	for _, pos := range positions {
		w.Num(int(pos - last))
		last = pos
	}
}

// tailFile names tier j ≥ 2 of term id's postings.
func tailFile(id int32, j int) string { return fmt.Sprintf("tail/%d-%d.bin", id, j) }

// writeInitialsShards writes the initials index by initialsKey and
// returns the keys.
func writeInitialsShards(initials map[string][]run, lengths []int32, write func(name string, data []byte) error) ([]string, error) {
	keys := make([]string, 0, len(initials))
	for k := range initials {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var shards []string
	for i := 0; i < len(keys); {
		key := initialsKey(keys[i])
		j := i
		for j < len(keys) && initialsKey(keys[j]) == key {
			j++
		}
		w := record.Writer{}
		w.Num(j - i)
		for _, k := range keys[i:j] {
			w.Str(k)
			runs := initials[k]
			w.Num(len(runs))
			prev := 0
			for _, r := range runs {
				w.Num(int(r.passage) - prev)
				w.Num(int(r.pos))
				w.Num(int(r.n))
				w.Num(int(lengths[r.passage]))
				prev = int(r.passage)
			}
		}
		if err := write(initialsFile(key), w.B); err != nil {
			return nil, err
		}
		shards = append(shards, key)
		i = j
	}
	return shards, nil
}

// initialsKey is the initials shard of initials w (at least minInitials
// bytes): its first two bytes.
func initialsKey(w string) string { return w[:minInitials] }

// initialsFile names the initials shard of key.
func initialsFile(key string) string {
	return "initials/" + hex.EncodeToString([]byte(key)) + ".bin"
}

// writeArticleMeta writes the fields of an article that a text shard
// carries.
func writeArticleMeta(w *record.Writer, m corpus.Meta) {
	for _, f := range []string{m.ID, m.Title, m.Outlet, m.OriginalSource, m.URL, m.Published, m.DateEvidence, m.SourceEvidence} {
		w.Str(f)
	}
}

// readArticleMeta reads what writeArticleMeta wrote.
func readArticleMeta(rd *record.Reader) corpus.Meta {
	var m corpus.Meta
	for _, f := range []*string{&m.ID, &m.Title, &m.Outlet, &m.OriginalSource, &m.URL, &m.Published, &m.DateEvidence, &m.SourceEvidence} {
		*f = rd.Str()
	}
	return m
}

// writeArticleBuckets writes the articles/ files: each article's number,
// by the bucket its id hashes to.
func writeArticleBuckets(ids []string, buckets int, write func(name string, data []byte) error) error {
	byBucket := make([][]int, buckets)
	for n, id := range ids {
		b := articleBucket(id, buckets)
		byBucket[b] = append(byBucket[b], n)
	}
	for b, ns := range byBucket {
		w := record.Writer{}
		w.Num(len(ns))
		for _, n := range ns {
			w.Str(ids[n])
			w.Num(n)
		}
		if err := write(articleBucketFile(b), w.B); err != nil {
			return err
		}
	}
	return nil
}

// articleBucket is the articles/ file listing the article id: its FNV-1a
// hash modulo the number of buckets.
func articleBucket(id string, buckets int) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % uint32(buckets))
}

// articleBucketFile names the articles/ file of bucket b.
func articleBucketFile(b int) string { return fmt.Sprintf("articles/%d.bin", b) }
