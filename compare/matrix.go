package compare

import (
	"sort"

	"github.com/parallax-news/parallax/corpus"
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

// Matrix returns the overlap of every pair of articles (A before B in
// corpus order): the passage alignment of Compare without verbatim spans,
// quotes or actors, so it stays cheap for many pairs.
func (cmp *Comparer) Matrix() []Cell {
	var out []Cell
	arts := cmp.c.Articles
	for i := range arts {
		for j := i + 1; j < len(arts); j++ {
			sa, sb := cmp.align(arts[i], arts[j], nil)
			out = append(out, Cell{arts[i].ID, arts[j].ID, round(sa), round(sb), round(max(sa, sb))})
		}
	}
	return out
}

// align pairs the passages of a and b by cosine alone (plus the verbatim
// words in shared, when given) and returns each article's share of words
// in paired passages.
func (cmp *Comparer) align(a, b *corpus.Article, shared map[[2]int]int) (float64, float64) {
	pa, pb := cmp.passages[a.ID], cmp.passages[b.ID]
	type cand struct {
		i, j  int
		score float64
	}
	var cands []cand
	for i := range pa {
		for j := range pb {
			if c := cosine(pa[i].vec, pb[j].vec); c >= paraphraseCosine {
				cands = append(cands, cand{i, j, c})
			}
		}
	}
	sort.Slice(cands, func(x, y int) bool { return cands[x].score > cands[y].score })
	usedA, usedB := make([]bool, len(pa)), make([]bool, len(pb))
	wa, wb, ta, tb := 0, 0, 0, 0
	for _, c := range cands {
		if !usedA[c.i] && !usedB[c.j] {
			usedA[c.i], usedB[c.j] = true, true
			wa += pa[c.i].words
			wb += pb[c.j].words
		}
	}
	for _, p := range pa {
		ta += p.words
	}
	for _, p := range pb {
		tb += p.words
	}
	return float64(wa) / float64(max(1, ta)), float64(wb) / float64(max(1, tb))
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
	type ref struct {
		art int
		p   int
	}
	var refs []ref
	for ai, a := range cmp.c.Articles {
		for pi := range cmp.passages[a.ID] {
			refs = append(refs, ref{ai, pi})
		}
	}
	parent := make([]int, len(refs))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	vec := func(r ref) vector { return cmp.passages[cmp.c.Articles[r.art].ID][r.p].vec }
	for x := range refs {
		for y := x + 1; y < len(refs); y++ {
			if refs[x].art != refs[y].art && cosine(vec(refs[x]), vec(refs[y])) >= storyCosine {
				parent[find(y)] = find(x)
			}
		}
	}
	groups := map[int][]int{}
	var roots []int
	for i := range refs {
		r := find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], i)
	}
	var out []Story
	for _, root := range roots {
		g := groups[root]
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
		if len(arts) < 2 {
			continue
		}
		s.Terms = topTerms(weight, 4)
		out = append(out, s)
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Articles) > len(out[j].Articles) })
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
