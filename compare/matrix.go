package compare

import (
	"sort"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/fold"
)

// Cell is the overlap of two articles in the overview matrix.
type Cell struct {
	A string `json:"a"`
	B string `json:"b"`
	// ShareA is the share of A's words in passages B also tells, and
	// ShareB the reverse; Overlap is the larger.
	ShareA  float64 `json:"share_a"`
	ShareB  float64 `json:"share_b"`
	Overlap float64 `json:"overlap"`
}

// Matrix returns the overlap of the pairs of articles that share at least
// one similar passage (A before B in corpus order; pairs missing from it
// share nothing): the passage alignment of Compare by cosine alone, without
// verbatim spans, quotes or actors, over the candidate pairs of an inverted
// index, so it stays cheap for a thousand articles.
func (cmp *Comparer) Matrix() []Cell {
	type key struct{ a, b int }
	byPair := map[key][]passagePair{}
	var order []key
	for _, p := range cmp.similarPairs() {
		if p.cos < paraphraseCosine {
			continue
		}
		k := key{p.x.art, p.y.art}
		if _, ok := byPair[k]; !ok {
			order = append(order, k)
		}
		byPair[k] = append(byPair[k], p)
	}
	sort.Slice(order, func(i, j int) bool {
		return order[i].a < order[j].a || order[i].a == order[j].a && order[i].b < order[j].b
	})
	arts := cmp.c.Articles
	var out []Cell
	for _, k := range order {
		a, b := arts[k.a], arts[k.b]
		cands := byPair[k]
		sort.Slice(cands, func(i, j int) bool {
			if cands[i].cos != cands[j].cos {
				return cands[i].cos > cands[j].cos
			}
			return cands[i].x.p < cands[j].x.p || cands[i].x.p == cands[j].x.p && cands[i].y.p < cands[j].y.p
		})
		pa, pb := cmp.passages[a.ID], cmp.passages[b.ID]
		usedA, usedB := make([]bool, len(pa)), make([]bool, len(pb))
		wa, wb := 0, 0
		for _, c := range cands {
			if !usedA[c.x.p] && !usedB[c.y.p] {
				usedA[c.x.p], usedB[c.y.p] = true, true
				wa += pa[c.x.p].words
				wb += pb[c.y.p].words
			}
		}
		sa := float64(wa) / float64(max(1, totalWords(pa)))
		sb := float64(wb) / float64(max(1, totalWords(pb)))
		out = append(out, Cell{a.ID, b.ID, round(sa), round(sb), round(max(sa, sb))})
	}
	return out
}

func totalWords(ps []passageStats) int {
	n := 0
	for _, p := range ps {
		n += p.words
	}
	return n
}

// Story is what several outlets told: passages from different articles
// that say the same thing.
type Story struct {
	// Terms are the words that characterise it, most telling first.
	Terms    []string `json:"terms"`
	Passages []string `json:"passages"`
	Articles []string `json:"articles"`
	Outlets  []string `json:"outlets"`
}

// storyCosine is how similar two passages of different articles must be to
// tell one story.
const storyCosine = 0.25

// Stories groups passages of different articles that tell the same thing
// (cosine at least storyCosine, joined transitively) and returns the groups
// that span two articles or more, the most widely carried first.
func (cmp *Comparer) Stories() []Story {
	index := map[gref]int{}
	var refs []gref
	id := func(r gref) int {
		if i, ok := index[r]; ok {
			return i
		}
		index[r] = len(refs)
		refs = append(refs, r)
		return len(refs) - 1
	}
	var joined unionFind
	isCaption := func(r gref) bool {
		return cmp.c.Articles[r.art].Paragraphs[r.p].Kind == corpus.Caption
	}
	for _, p := range cmp.similarPairs() {
		// A photo caption two outlets share is the agency's picture, not
		// a story they both told.
		if p.cos < storyCosine || isCaption(p.x) || isCaption(p.y) {
			continue
		}
		joined.union(id(p.x), id(p.y))
	}
	vec := func(r gref) vector { return cmp.passages[cmp.c.Articles[r.art].ID][r.p].vec }
	var out []Story
	for _, g := range joined.groups(len(refs)) {
		sort.Slice(g, func(i, j int) bool {
			a, b := refs[g[i]], refs[g[j]]
			return a.art < b.art || a.art == b.art && a.p < b.p
		})
		var s Story
		arts := map[int]bool{}
		outlets := map[string]bool{}
		weight := vector{}
		for _, i := range g {
			a := cmp.c.Articles[refs[i].art]
			s.Passages = append(s.Passages, a.Paragraphs[refs[i].p].ID)
			if !arts[refs[i].art] {
				arts[refs[i].art] = true
				s.Articles = append(s.Articles, a.ID)
			}
			if !outlets[a.Outlet] {
				outlets[a.Outlet] = true
				s.Outlets = append(s.Outlets, a.Outlet)
			}
			for t, w := range vec(refs[i]) {
				weight[t] += w
			}
		}
		var texts []string
		for _, i := range g {
			texts = append(texts, cmp.c.Articles[refs[i].art].Paragraphs[refs[i].p].Text)
		}
		s.Terms = surfaceTerms(topTerms(weight, 4), texts)
		out = append(out, s)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].Articles) != len(out[j].Articles) {
			return len(out[i].Articles) > len(out[j].Articles)
		}
		return out[i].Passages[0] < out[j].Passages[0]
	})
	return out
}

// surfaceTerms writes each stemmed term as a word of the texts it came
// from, as first written there ("reuter" → "Reuters"), so a label is
// made of real words.
func surfaceTerms(terms []string, texts []string) []string {
	want := map[string]bool{}
	for _, t := range terms {
		want[t] = true
	}
	found := map[string]string{}
	for _, text := range texts {
		for _, tok := range fold.Tokens(text) {
			st := stem(tok.Term)
			if want[st] && found[st] == "" {
				found[st] = text[tok.Start:tok.End]
			}
		}
	}
	out := make([]string, len(terms))
	for i, t := range terms {
		out[i] = t
		if w := found[t]; w != "" {
			out[i] = w
		}
	}
	return out
}

// topTerms returns the n heaviest terms of v.
func topTerms(v vector, n int) []string {
	terms := make([]string, 0, len(v))
	for t := range v {
		terms = append(terms, t)
	}
	sort.Slice(terms, func(i, j int) bool {
		if v[terms[i]] != v[terms[j]] {
			return v[terms[i]] > v[terms[j]]
		}
		return terms[i] < terms[j]
	})
	if len(terms) > n {
		terms = terms[:n]
	}
	return terms
}
