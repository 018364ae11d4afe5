package search

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// TermCount says how many passages one term of a query matches on its own.
type TermCount struct {
	Term     string `json:"term"`
	Passages int    `json:"passages"`
	Negated  bool   `json:"negated,omitempty"`
	// Suggestions are vocabulary words close to a term that matches
	// nothing, nearest first.
	Suggestions []string `json:"suggestions,omitempty"`
}

// maxSuggestions is how many words Explain offers for a term.
const maxSuggestions = 3

// Explain tells, for a query that found nothing, why: how many passages
// each term matches alone, and words close to those that match nothing.
func (ix *Index) Explain(query string) []TermCount {
	var out []TermCount
	for _, c := range Parse(query).Clauses {
		for _, t := range c.Terms {
			n := len(ix.evalTerm(t, c.Negated).passages)
			tc := TermCount{Term: strings.Join(t.Words, " "), Passages: n, Negated: c.Negated}
			if n == 0 && !t.Phrase {
				tc.Suggestions = ix.Suggest(t.Words[0], maxSuggestions)
			}
			out = append(out, tc)
		}
	}
	return out
}

// maxSuggestDistance is the farthest a suggestion may be from the word.
const maxSuggestDistance = 3

// Suggest returns up to n vocabulary words nearest to the folded word w by
// edit distance, the more frequent first among equals. Words of one or two
// letters and numbers are never suggested.
func (ix *Index) Suggest(w string, n int) []string {
	type cand struct {
		term  string
		dist  int
		count int
	}
	var cands []cand
	wr := utf8.RuneCountInString(w)
	limit := min(maxSuggestDistance, max(1, wr/2))
	var e editor
	for l := wr - limit; l <= wr+limit; l++ {
		if l < 3 {
			continue
		}
		for _, id := range ix.byLen[l] {
			t := ix.vocab[id]
			if t[0] >= '0' && t[0] <= '9' {
				continue
			}
			if d := e.distance(w, t, limit); d <= limit {
				cands = append(cands, cand{t, d, len(ix.postings[id])})
			}
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.dist != b.dist {
			return a.dist < b.dist
		}
		if a.count != b.count {
			return a.count > b.count
		}
		return a.term < b.term
	})
	var out []string
	for _, c := range cands {
		if len(out) == n {
			break
		}
		out = append(out, c.term)
	}
	return out
}
