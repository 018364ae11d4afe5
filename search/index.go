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
//
// NewIndex builds one from the text; ReadIndex reads one a build stored
// with MarshalIndex. Both fill the vocabulary and each passage's tokens
// (the costly part, folding every word) and derive the rest from them
// with the same code, derive.
type Index struct {
	passages []Passage
	tokens   [][]token
	vocabulary
	postings [][]posting // term id → passages containing it, in order
	bm25
	// articleOf numbers each passage's article from 0 to articles-1.
	articleOf []int32
	articles  int
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
	termID := make(map[string]int32, min(size/24, 1<<15))
	ix := &Index{passages: passagesOf(c)}
	ix.tokens = make([][]token, len(ix.passages))
	for pi, p := range ix.passages {
		toks := fold.Tokens(p.Paragraph.Text)
		row := make([]token, len(toks))
		for i, t := range toks {
			id, ok := termID[t.Term]
			if !ok {
				id = int32(len(ix.vocab))
				termID[t.Term] = id
				ix.vocab = append(ix.vocab, t.Term)
			}
			row[i] = token{id, int32(t.Start), int32(t.End)}
		}
		ix.tokens[pi] = row
	}
	ix.sortVocabulary()
	ix.derive()
	return ix
}

// Empty returns an index of no passages, in which every search finds
// nothing: for a page whose articles could not be indexed.
func Empty() *Index {
	ix := &Index{}
	ix.derive()
	return ix
}

// sortVocabulary renumbers the terms in sorted order, so that the
// vocabulary is searched by halving and stores without a permutation.
func (ix *Index) sortVocabulary() {
	order := make([]int32, len(ix.vocab))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(ix.vocab[a], ix.vocab[b]) })
	newID := make([]int32, len(order))
	sorted := make([]string, len(order))
	for i, old := range order {
		newID[old] = int32(i)
		sorted[i] = ix.vocab[old]
	}
	ix.vocab = sorted
	for _, row := range ix.tokens {
		for i := range row {
			row[i].term = newID[row[i].term]
		}
	}
}

// TitleSuffix ends the id of the passage that holds an article's
// headline: "<article>/title".
const TitleSuffix = corpus.TitleSuffix

// passagesOf lists the passages of c in corpus order: each article's
// headline (a word only a headline has is still found), then its
// paragraphs.
func passagesOf(c *corpus.Corpus) []Passage {
	n := 0
	for _, a := range c.Articles {
		n += len(a.Paragraphs) + 1
	}
	ps := make([]Passage, 0, n)
	for _, a := range c.Articles {
		if strings.TrimSpace(a.Title) != "" {
			ps = append(ps, Passage{a, a.TitlePassage()})
		}
		for _, p := range a.Paragraphs {
			ps = append(ps, Passage{a, p})
		}
	}
	return ps
}

// derive fills what the vocabulary and the tokens determine: the postings,
// the terms by length, the initials and the average passage length. The
// postings are cut from two arrays sized by a first count, not grown one
// append at a time.
func (ix *Index) derive() {
	nPostings := make([]int32, len(ix.vocab))
	last := make([]int32, len(ix.vocab))
	for i := range last {
		last[i] = -1
	}
	total := 0
	for pi, row := range ix.tokens {
		for _, t := range row {
			if last[t.term] != int32(pi) {
				last[t.term] = int32(pi)
				nPostings[t.term]++
			}
		}
		total += len(row)
	}
	allPostings := make([]posting, 0, sum(nPostings))
	allPositions := make([]int32, total)
	ix.postings = make([][]posting, len(ix.vocab))
	for id, n := range nPostings {
		end := len(allPostings) + int(n)
		ix.postings[id] = allPostings[len(allPostings):len(allPostings):end]
		allPostings = allPostings[:end]
	}
	// Per passage, each term's positions take as many slots as the term
	// has tokens there; inRow counts them and is reset after the passage.
	inRow := make([]int32, len(ix.vocab))
	off := 0
	for pi, row := range ix.tokens {
		for _, t := range row {
			inRow[t.term]++
		}
		for i, t := range row {
			ps := ix.postings[t.term]
			if len(ps) == 0 || ps[len(ps)-1].passage != int32(pi) {
				n := int(inRow[t.term])
				ps = append(ps, posting{passage: int32(pi), positions: allPositions[off : off : off+n]})
				off += n
				ix.postings[t.term] = ps
			}
			p := &ps[len(ps)-1]
			p.positions = append(p.positions, int32(i))
		}
		for _, t := range row {
			inRow[t.term] = 0
		}
	}
	ix.indexLengths()
	ix.markNames()
	ix.initials = map[string][]run{}
	for pi, row := range ix.tokens {
		ix.indexInitials(int32(pi), ix.passages[pi].Paragraph.Text, row)
	}
	ix.bm25 = newBM25(len(ix.passages), total)
	ix.articleOf = make([]int32, len(ix.passages))
	for i, p := range ix.passages {
		if i > 0 && p.Article != ix.passages[i-1].Article {
			ix.articles++
		}
		ix.articleOf[i] = int32(ix.articles)
	}
	if len(ix.passages) > 0 {
		ix.articles++
	}
}

// markNames fills names: the terms every paragraph writes with a capital.
func (ix *Index) markNames() {
	capital := make([]bool, len(ix.vocab))
	lower := make([]bool, len(ix.vocab))
	for pi, row := range ix.tokens {
		if ix.passages[pi].Paragraph.Kind == corpus.Heading {
			continue // headlines capitalise common words
		}
		text := ix.passages[pi].Paragraph.Text
		for _, t := range row {
			r, _ := utf8.DecodeRuneInString(text[t.start:])
			if unicode.IsUpper(r) {
				capital[t.term] = true
			} else {
				lower[t.term] = true
			}
		}
	}
	ix.names = make([]bool, len(ix.vocab))
	for id := range ix.names {
		ix.names[id] = capital[id] && !lower[id]
	}
}

// sum adds up ns.
func sum(ns []int32) int {
	t := 0
	for _, n := range ns {
		t += int(n)
	}
	return t
}

// Len returns the number of passages in the index.
func (ix *Index) Len() int { return len(ix.passages) }

// Passage returns the i-th passage.
func (ix *Index) Passage(i int) Passage { return ix.passages[i] }

// Articles returns how many articles the index holds: those with a title
// or a passage.
func (ix *Index) Articles() int { return ix.articles }

// VocabularySize returns the number of distinct words in the index.
func (ix *Index) VocabularySize() int { return len(ix.vocab) }

// indexInitials records the runs of consecutive capitalised words of a
// passage (separated by a space or a hyphen) under their initials, every
// sub-run of minInitials to maxInitials words.
func (ix *Index) indexInitials(p int32, text string, row []token) {
	eachInitialsRun(text, len(row), func(i int) (int, int, byte) {
		return int(row[i].start), int(row[i].end), ix.vocab[row[i].term][0]
	}, func(key string, pos, words int) {
		ix.initials[key] = append(ix.initials[key], run{p, int32(pos), int32(words)})
	})
}

// eachInitialsRun calls emit with the initials, first word and length of
// every sub-run of minInitials to maxInitials words of each run of
// consecutive capitalised words (separated by a space or a hyphen) of a
// passage's text, whose n words token gives (start and end offsets, the
// folded word's first byte).
func eachInitialsRun(text string, n int, token func(i int) (start, end int, first byte), emit func(key string, pos, words int)) {
	capital := func(i int) bool {
		start, _, _ := token(i)
		r, _ := utf8.DecodeRuneInString(text[start:])
		return unicode.IsUpper(r)
	}
	joined := func(a, b int) bool {
		_, end, _ := token(a)
		start, _, _ := token(b)
		gap := text[end:start]
		return gap == " " || gap == "-"
	}
	for i := 0; i < n; {
		j := i
		for j < n && capital(j) && (j == i || joined(j-1, j)) {
			j++
		}
		if j == i {
			i++
			continue
		}
		for a := i; a < j; a++ {
			var key []byte
			for b := a; b < j && b-a < maxInitials; b++ {
				_, _, first := token(b)
				key = append(key, first)
				if b-a+1 >= minInitials {
					emit(string(key), a, b-a+1)
				}
			}
		}
		i = j
	}
}
