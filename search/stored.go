package search

import (
	"errors"
	"fmt"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/record"
)

// IndexFormat names the layout of a stored index; ReadIndex refuses others.
const IndexFormat = "parallax-index/1"

// A stored index is what NewIndex spends its time on, folding every word
// of every passage, written once by the build so that the browser starts
// without doing it again (see corpus.MarshalSnapshot, which carries it).
// The fields, numbers as in package record:
//
//	"parallax-index/1\n"
//	fingerprint of the passages (8 bytes, little endian), passage count
//	vocabulary size, then each term in id order, which is sorted order
//	total token count
//	per passage: token count, then per token its term id, the bytes
//	  between the previous token's end and its start, and how much
//	  longer it is than its term (zigzag: "U.S." is longer than "us",
//	  "Shoigu" as long as "shoigu", so nearly every one is 0)
//
// ReadIndex derives the rest (postings, terms by length, initials) with
// the same code as NewIndex.

// MarshalIndex encodes ix for ReadIndex. It is a function rather than a
// method so that app.wasm, which only reads indexes, leaves it out: the
// linker keeps every exported method of a type the program may use
// through an interface.
func MarshalIndex(ix *Index) []byte {
	var w record.Writer
	w.Header(IndexFormat, fingerprint(ix.passages))
	w.Num(len(ix.passages))
	w.Num(len(ix.vocab))
	for _, t := range ix.vocab {
		w.Str(t)
	}
	total := 0
	for _, row := range ix.tokens {
		total += len(row)
	}
	w.Num(total)
	for _, row := range ix.tokens {
		w.Num(len(row))
		end := int32(0)
		for _, t := range row {
			w.Num(int(t.term))
			w.Num(int(t.start - end))
			w.Num(zigzag(int(t.end-t.start) - len(ix.vocab[t.term])))
			end = t.end
		}
	}
	return w.B
}

// ReadIndex reads the index of c that MarshalIndex stored. Data that is
// not a stored index, is damaged, or was built from other passages than
// c's is an error; the caller can build the index with NewIndex instead.
func ReadIndex(c *corpus.Corpus, data string) (*Index, error) {
	ix := &Index{passages: passagesOf(c)}
	body, err := record.ReadHeader(data, IndexFormat, fingerprint(ix.passages), "the search index")
	if err != nil {
		return nil, err
	}
	r := record.Reader{S: body}
	if n := r.Num(); r.Err == nil && n != len(ix.passages) {
		return nil, fmt.Errorf("the search index has %d passages, the articles %d", n, len(ix.passages))
	}
	ix.vocab = make([]string, r.Count(2)) // a term takes at least 2 bytes
	for i := range ix.vocab {
		ix.vocab[i] = r.Str()
		if r.Err == nil && (ix.vocab[i] == "" || i > 0 && ix.vocab[i-1] >= ix.vocab[i]) {
			r.Fail(errors.New("its vocabulary is not sorted"))
		}
	}
	all := make([]token, r.Count(3)) // a token takes 3 bytes at least
	ix.tokens = make([][]token, len(ix.passages))
	for pi, p := range ix.passages {
		n := r.Num()
		if r.Err == nil && n > len(all) {
			r.Fail(errors.New("more tokens than it announced"))
		}
		if r.Err != nil {
			break
		}
		row := all[:n:n]
		all = all[n:]
		end := 0
		for i := range row {
			id, start := r.Num(), end+r.Num()
			extra := unzigzag(r.Num())
			if r.Err != nil {
				break // a number failed after id was read: id may be anything
			}
			if id >= len(ix.vocab) {
				r.Fail(fmt.Errorf("a token outside the vocabulary (passage %s)", p.Paragraph.ID))
				break
			}
			end = start + len(ix.vocab[id]) + extra
			if r.Err == nil && (end <= start || end > len(p.Paragraph.Text)) {
				r.Fail(fmt.Errorf("a token outside its passage or vocabulary (passage %s)", p.Paragraph.ID))
			}
			row[i] = token{int32(id), int32(start), int32(end)}
		}
		ix.tokens[pi] = row
	}
	if r.Err == nil && (len(all) != 0 || r.S != "") {
		r.Fail(errors.New("more than its passages hold"))
	}
	if r.Err != nil {
		return nil, fmt.Errorf("the search index is damaged (%v)", r.Err)
	}
	ix.derive()
	return ix, nil
}

// zigzag maps small numbers of either sign to small unsigned ones: 0, -1,
// 1, -2… to 0, 1, 2, 3…
func zigzag(n int) int {
	if n < 0 {
		return -2*n - 1
	}
	return 2 * n
}

// unzigzag undoes zigzag.
func unzigzag(u int) int {
	if u%2 == 1 {
		return -(u + 1) / 2
	}
	return u / 2
}

// fingerprint is the corpus fingerprint of the passages: a stored index
// fits only the passages it was built from.
func fingerprint(ps []Passage) uint64 {
	f := corpus.NewFingerprint()
	for _, p := range ps {
		f.Add(p.Paragraph)
	}
	return f.Sum()
}
