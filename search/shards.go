package search

import (
	"cmp"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"slices"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/record"
)

// ShardFormat names the layout of a sharded index; OpenRemote refuses
// others.
const ShardFormat = "parallax-shards/2"

// A sharded index is an Index cut into small files, so that a page can
// search a corpus too large to download by fetching only the files a
// query needs (docs/large-corpora.md). WriteShards writes it; a Remote
// reads it. The files, numbers as in package record:
//
//	meta.bin                  "parallax-shards/2\n", passage count, token
//	                          count, passages per text shard, postings
//	                          per head, the corpus's name, the number of
//	                          article buckets, each article's passage count,
//	                          the vocabulary shard keys, the first term
//	                          id of each postings shard, the initials
//	                          shard keys
//	vocab/<hex key>.bin       the terms whose first two letters are the
//	                          key, or one-letter terms: id (gap from the
//	                          previous), term, document frequency
//	postings/<n>.bin          the postings heads of a range of term ids,
//	                          about postingsShardBytes each: per term, its
//	                          headPostings best passages (by BM25 term
//	                          weight), in passage order: the passage
//	                          (gap), its length in words, its positions
//	                          (count, then gaps)
//	tail/<id>.bin             the other postings of a term that has more
//	                          than headPostings, the same way
//	text/<n>.bin              ShardOptions.TextPassages passages: whether a
//	                          new article starts, and if so its fields (id,
//	                          title, outlet, original source, URL, date,
//	                          date evidence, source evidence); then the
//	                          passage id, whether it is a caption, the text
//	articles/<n>.bin          the articles whose id hashes to bucket n
//	                          (articleBucket): id, article number (its
//	                          order in meta.bin), so a page can open an
//	                          article from its id in one request
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
	vocabKeyRunes       = 2
	// headPostings is how many of a term's passages its postings shard
	// holds: the best ranked, which are all a one-word query of up to
	// that many hits needs (see Remote.Search).
	headPostings = 64
	// articlesPerBucket is about how many articles an articles/ file
	// lists.
	articlesPerBucket = 128
)

// ShardOptions tune WriteShards; the zero value gives the defaults.
type ShardOptions struct {
	// TextPassages is how many passages a text shard holds (default
	// DefaultTextPassages). A search fetches the text of each hit it
	// returns, and the hits of a query are rarely neighbours: fewer
	// passages a file fetch fewer bytes a query, in more files.
	TextPassages int
	// Name is the corpus's name, for the page's title.
	Name string
}

// WriteShards writes the sharded index of ix, calling write with each
// file's slash-separated name and contents.
func WriteShards(ix *Index, write func(name string, data []byte) error, opt ShardOptions) error {
	textPassages := opt.TextPassages
	if textPassages <= 0 {
		textPassages = DefaultTextPassages
	}
	keys, byKey := vocabShards(ix.vocab)
	firsts, err := writePostingsShards(ix, write)
	if err != nil {
		return err
	}
	initials, err := writeInitialsShards(ix, write)
	if err != nil {
		return err
	}
	meta := record.Writer{B: []byte(ShardFormat + "\n")}
	meta.Num(len(ix.passages))
	tokens := 0
	for _, row := range ix.tokens {
		tokens += len(row)
	}
	meta.Num(tokens)
	meta.Num(textPassages)
	meta.Num(headPostings)
	meta.Str(opt.Name)
	var articles []int
	var ids []string
	for i, p := range ix.passages {
		if i == 0 || p.Article != ix.passages[i-1].Article {
			articles = append(articles, 0)
			ids = append(ids, p.Article.ID)
		}
		articles[len(articles)-1]++
	}
	buckets := (len(articles) + articlesPerBucket - 1) / articlesPerBucket
	meta.Num(buckets)
	meta.Num(len(articles))
	for _, n := range articles {
		meta.Num(n)
	}
	meta.Num(len(keys))
	for _, k := range keys {
		meta.Str(k)
	}
	meta.Num(len(firsts))
	for i, f := range firsts {
		if i > 0 {
			f -= firsts[i-1]
		}
		meta.Num(f)
	}
	meta.Num(len(initials))
	for _, k := range initials {
		meta.Str(k)
	}
	if err := write("meta.bin", meta.B); err != nil {
		return err
	}
	for _, k := range keys {
		w := record.Writer{}
		ids := byKey[k]
		w.Num(len(ids))
		prev := 0
		for _, id := range ids {
			w.Num(int(id) - prev)
			w.Str(ix.vocab[id])
			w.Num(len(ix.postings[id]))
			prev = int(id)
		}
		if err := write(vocabFile(k), w.B); err != nil {
			return err
		}
	}
	for start := 0; start < len(ix.passages); start += textPassages {
		end := min(start+textPassages, len(ix.passages))
		w := record.Writer{}
		for i := start; i < end; i++ {
			p := ix.passages[i]
			if i == start || p.Article != ix.passages[i-1].Article {
				w.Num(1)
				writeArticleMeta(&w, p.Article.Meta)
			} else {
				w.Num(0)
			}
			w.Str(p.Paragraph.ID)
			w.Num(int(p.Paragraph.Kind))
			w.Str(p.Paragraph.Text)
		}
		if err := write(fmt.Sprintf("text/%d.bin", start/textPassages), w.B); err != nil {
			return err
		}
	}
	return writeArticleBuckets(ids, buckets, write)
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

// writePostingsShards writes the heads of the postings of consecutive
// terms in files of about postingsShardBytes, and each frequent term's
// tail in a file of its own, and returns each postings file's first term
// id.
func writePostingsShards(ix *Index, write func(name string, data []byte) error) ([]int, error) {
	var firsts []int
	var file record.Writer
	first := 0
	flush := func(next int) error {
		if next == first {
			return nil
		}
		w := record.Writer{}
		w.Num(next - first)
		w.B = append(w.B, file.B...)
		firsts = append(firsts, first)
		err := write(fmt.Sprintf("postings/%d.bin", len(firsts)-1), w.B)
		file.B, first = file.B[:0], next
		return err
	}
	var term record.Writer
	for id, ps := range ix.postings {
		head, tail := splitPostings(ix, ps)
		term.B = term.B[:0]
		writePostings(&term, ix, head)
		if len(file.B) > 0 && len(file.B)+len(term.B) > postingsShardBytes {
			if err := flush(id); err != nil {
				return nil, err
			}
		}
		file.B = append(file.B, term.B...)
		if len(tail) > 0 {
			w := record.Writer{}
			writePostings(&w, ix, tail)
			if err := write(tailFile(int32(id)), w.B); err != nil {
				return nil, err
			}
		}
	}
	return firsts, flush(len(ix.postings))
}

// splitPostings returns the headPostings best of a term's postings, by
// BM25 term weight and then passage order as ranking breaks ties, and the
// others, both in passage order.
func splitPostings(ix *Index, ps []posting) (head, tail []posting) {
	if len(ps) <= headPostings {
		return ps, nil
	}
	weight := func(p posting) float64 { return ix.tfNorm(len(p.positions), len(ix.tokens[p.passage])) }
	byWeight := slices.Clone(ps)
	slices.SortStableFunc(byWeight, func(a, b posting) int { return cmp.Compare(weight(b), weight(a)) })
	head = byWeight[:headPostings]
	tail = byWeight[headPostings:]
	byPassage := func(a, b posting) int { return cmp.Compare(a.passage, b.passage) }
	slices.SortFunc(head, byPassage)
	slices.SortFunc(tail, byPassage)
	return head, tail
}

// writePostings writes postings in passage order: their count, then per
// passage its gap from the previous, its length and its positions.
func writePostings(w *record.Writer, ix *Index, ps []posting) {
	w.Num(len(ps))
	prev := 0
	for _, p := range ps {
		w.Num(int(p.passage) - prev)
		w.Num(len(ix.tokens[p.passage]))
		w.Num(len(p.positions))
		last := 0
		for _, pos := range p.positions {
			w.Num(int(pos) - last)
			last = int(pos)
		}
		prev = int(p.passage)
	}
}

// tailFile names the tail of term id's postings.
func tailFile(id int32) string { return fmt.Sprintf("tail/%d.bin", id) }

// writeInitialsShards writes the initials index by initialsKey and
// returns the keys.
func writeInitialsShards(ix *Index, write func(name string, data []byte) error) ([]string, error) {
	keys := make([]string, 0, len(ix.initials))
	for k := range ix.initials {
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
			runs := ix.initials[k]
			w.Num(len(runs))
			prev := 0
			for _, r := range runs {
				w.Num(int(r.passage) - prev)
				w.Num(int(r.pos))
				w.Num(int(r.n))
				w.Num(len(ix.tokens[r.passage]))
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
