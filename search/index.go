package search

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
	// initials maps the initials of runs of capitalised words ("kju" for
	// "Kim Jong Un") to where the runs stand.
	initials map[string][]run
}

// run is a sequence of n capitalised words starting at token pos.
type run struct {
	passage int32
	pos     int32
	n       int32
}

// Limits on the name runs indexed by their initials.
const (
	minInitials = 2
	maxInitials = 5
)

// NewIndex builds the index of every passage of c.
func NewIndex(c *corpus.Corpus) *Index {
	// The vocabulary map is sized from the text so that it seldom grows
	// while filled: about one new word per 24 bytes in a few articles of
	// news, fewer as the text grows, so the guess stops at 32,768.
	size := 0
	for _, a := range c.Articles {
		size += len(a.Text)
	}
	ix := &Index{termID: make(map[string]int32, min(size/24, 1<<15)), byLen: map[int][]int32{}, initials: map[string][]run{}}
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
			ix.indexInitials(pi, p.Text, row)
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
	slices.SortFunc(ix.sorted, func(a, b int32) int { return strings.Compare(ix.vocab[a], ix.vocab[b]) })
	return ix
}

// Len returns the number of passages in the index.
func (ix *Index) Len() int { return len(ix.passages) }

// Passage returns the i-th passage.
func (ix *Index) Passage(i int) Passage { return ix.passages[i] }

// VocabularySize returns the number of distinct words in the index.
func (ix *Index) VocabularySize() int { return len(ix.vocab) }

// indexInitials records the runs of consecutive capitalised words of a
// passage (separated by a space or a hyphen) under their initials, every
// sub-run of minInitials to maxInitials words.
func (ix *Index) indexInitials(p int32, text string, row []token) {
	capital := func(t token) bool {
		r, _ := utf8.DecodeRuneInString(text[t.start:])
		return unicode.IsUpper(r)
	}
	joined := func(a, b token) bool {
		gap := text[a.end:b.start]
		return gap == " " || gap == "-"
	}
	for i := 0; i < len(row); {
		j := i
		for j < len(row) && capital(row[j]) && (j == i || joined(row[j-1], row[j])) {
			j++
		}
		if j == i {
			i++
			continue
		}
		for a := i; a < j; a++ {
			var key []byte
			for b := a; b < j && b-a < maxInitials; b++ {
				key = append(key, ix.vocab[row[b].term][0])
				if b-a+1 >= minInitials {
					ix.initials[string(key)] = append(ix.initials[string(key)], run{p, int32(a), int32(b - a + 1)})
				}
			}
		}
		i = j
	}
}
