package compare

import "math"

// pairMinCosine is the lowest cosine any caller needs (paraphrase, story).
const pairMinCosine = min(paraphraseCosine, storyCosine)

// maxDFShare and minDFCap bound the terms the candidate search walks: a
// term in more passages than max(minDFCap, maxDFShare × passages) says
// little and costs much, so it is skipped when looking for candidates (the
// exact cosine of each candidate still counts it). On small corpora no term
// is skipped and the search is exact.
const (
	maxDFShare = 0.05
	minDFCap   = 200
)

// gref is a passage of the corpus by article and passage index.
type gref struct{ art, p int }

// passagePair is two passages of different articles and their cosine.
type passagePair struct {
	x, y gref
	cos  float64
}

// similarPairs returns every pair of passages of different articles whose
// cosine reaches pairMinCosine, found through an inverted index instead of
// comparing all pairs. Computed once per Comparer.
func (cmp *Comparer) similarPairs() []passagePair {
	cmp.pairsOnce.Do(func() {
		var refs []gref
		var vecs []vector
		var norms []float64
		for ai, a := range cmp.c.Articles {
			for pi, ps := range cmp.passages[a.ID] {
				refs = append(refs, gref{ai, pi})
				vecs = append(vecs, ps.vec)
				n := 0.0
				for _, w := range ps.vec {
					n += w * w
				}
				norms = append(norms, math.Sqrt(n))
			}
		}
		type post struct {
			g int
			w float64
		}
		inv := map[string][]post{}
		for g, v := range vecs {
			for t, w := range v {
				inv[t] = append(inv[t], post{g, w})
			}
		}
		maxDF := max(minDFCap, int(maxDFShare*float64(len(refs))))
		acc := make([]float64, len(refs))
		var touched []int
		for x, v := range vecs {
			touched = touched[:0]
			for t, w := range v {
				ps := inv[t]
				if len(ps) > maxDF {
					continue
				}
				for _, p := range ps {
					if p.g <= x || refs[p.g].art == refs[x].art {
						continue
					}
					if acc[p.g] == 0 {
						touched = append(touched, p.g)
					}
					acc[p.g] += w * p.w
				}
			}
			for _, y := range touched {
				dot := acc[y]
				acc[y] = 0
				if norms[x] == 0 || norms[y] == 0 || dot/(norms[x]*norms[y]) < pairMinCosine*0.5 {
					continue
				}
				if c := cosine(vecs[x], vecs[y]); c >= pairMinCosine {
					cmp.pairs = append(cmp.pairs, passagePair{refs[x], refs[y], c})
				}
			}
		}
	})
	return cmp.pairs
}
