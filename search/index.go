package search

import (
	"sort"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/fold"
)

// Passage is one searchable paragraph with its article.
type Passage struct {
	Article   *corpus.Article
	Paragraph *corpus.Paragraph
}

// token is a word of a passage: its vocabulary id and byte span.
type token struct {
	term       int32
	start, end int32
}

// posting lists where a term occurs: passage index and token positions.
type posting struct {
	passage   int32
	positions []int32
}

// Index is the search index of a corpus. It is read-only once built and
// safe for concurrent use.
type Index struct {
	passages []Passage
	tokens   [][]token
	vocab    []string // term id → folded term
	termID   map[string]int32
	postings [][]posting // term id → passages containing it, in order
	byLen    map[int][]int32
	sorted   []int32 // term ids sorted by term, for prefix search
	avgLen   float64
}

// NewIndex builds the index of every passage of c.
func NewIndex(c *corpus.Corpus) *Index {
	ix := &Index{termID: map[string]int32{}, byLen: map[int][]int32{}}
	total := 0
	for _, a := range c.Articles {
		for _, p := range a.Paragraphs {
			pi := int32(len(ix.passages))
			ix.passages = append(ix.passages, Passage{a, p})
			toks := fold.Tokens(p.Text)
			row := make([]token, len(toks))
			for i, t := range toks {
				id, ok := ix.termID[t.Term]
				if !ok {
					id = int32(len(ix.vocab))
					ix.termID[t.Term] = id
					ix.vocab = append(ix.vocab, t.Term)
					ix.postings = append(ix.postings, nil)
					n := len([]rune(t.Term))
					ix.byLen[n] = append(ix.byLen[n], id)
				}
				row[i] = token{id, int32(t.Start), int32(t.End)}
				ps := ix.postings[id]
				if len(ps) == 0 || ps[len(ps)-1].passage != pi {
					ps = append(ps, posting{passage: pi})
				}
				ps[len(ps)-1].positions = append(ps[len(ps)-1].positions, int32(i))
				ix.postings[id] = ps
			}
			ix.tokens = append(ix.tokens, row)
			total += len(row)
		}
	}
	if n := len(ix.passages); n > 0 {
		ix.avgLen = float64(total) / float64(n)
	}
	ix.sorted = make([]int32, len(ix.vocab))
	for i := range ix.sorted {
		ix.sorted[i] = int32(i)
	}
	sort.Slice(ix.sorted, func(i, j int) bool { return ix.vocab[ix.sorted[i]] < ix.vocab[ix.sorted[j]] })
	return ix
}

// Len returns the number of passages in the index.
func (ix *Index) Len() int { return len(ix.passages) }

// Passage returns the i-th passage.
func (ix *Index) Passage(i int) Passage { return ix.passages[i] }

// VocabularySize returns the number of distinct words in the index.
func (ix *Index) VocabularySize() int { return len(ix.vocab) }
