// Package judged holds the judged query set of the default corpus, the
// queries a fact-checker types with the passages each must and must not
// return, and scores any search engine's answers on it. Parallax's tests
// and the browser benchmark against Fuse.js share both, so the engines are
// judged alike.
package judged

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
)

// Query is one judged query. Passage ids are "<article>/p<N>".
type Query struct {
	Query   string   `json:"query"`
	Kind    string   `json:"kind"`
	Must    []string `json:"must,omitempty"`
	MustNot []string `json:"must_not,omitempty"`
	// None says the query must find nothing at all.
	None bool   `json:"none,omitempty"`
	Note string `json:"note,omitempty"`
}

//go:embed queryset.json
var querySetJSON []byte

// Set returns the judged queries.
func Set() ([]Query, error) {
	var qs []Query
	if err := json.Unmarshal(querySetJSON, &qs); err != nil {
		return nil, fmt.Errorf("judged/queryset.json: %w", err)
	}
	return qs, nil
}

// Hit is one passage an engine returned, best first.
type Hit struct {
	Passage string
	Text    string
}

// Quality is how an engine did on the set.
type Quality struct {
	// PrecisionAt5 is the mean, over queries with must passages and at
	// least one hit, of the share of relevant hits among the top five.
	PrecisionAt5 float64
	// Recall is the mean share of must passages found.
	Recall float64
	// Passed counts queries whose must passages were all returned, no
	// must-not passage was, and, for None queries, nothing was.
	Passed, Queries int
}

// Score judges an engine's hits for every query in set.
func Score(set []Query, search func(query string) []Hit) Quality {
	var q Quality
	var nPrec, nRecall int
	for _, j := range set {
		hits := search(j.Query)
		q.Queries++
		if j.Passes(hits) {
			q.Passed++
		}
		if len(j.Must) == 0 {
			continue
		}
		relevant := map[string]bool{}
		for _, p := range j.Must {
			relevant[p] = true
		}
		found := 0
		for _, h := range hits {
			if relevant[h.Passage] {
				found++
			}
		}
		q.Recall += float64(found) / float64(len(j.Must))
		nRecall++
		if top := min(5, len(hits)); top > 0 {
			good := 0
			for _, h := range hits[:top] {
				if relevant[h.Passage] || j.Qualifies(h.Text) {
					good++
				}
			}
			q.PrecisionAt5 += float64(good) / float64(top)
			nPrec++
		}
	}
	if nPrec > 0 {
		q.PrecisionAt5 /= float64(nPrec)
	}
	if nRecall > 0 {
		q.Recall /= float64(nRecall)
	}
	return q
}

// Passes reports whether hits satisfy the query's judgement.
func (j Query) Passes(hits []Hit) bool {
	got := map[string]bool{}
	for _, h := range hits {
		got[h.Passage] = true
	}
	if j.None && len(hits) > 0 {
		return false
	}
	for _, p := range j.Must {
		if !got[p] {
			return false
		}
	}
	for _, p := range j.MustNot {
		if got[p] {
			return false
		}
	}
	return true
}

// Qualifies counts a passage outside the must list as relevant when it
// contains every word of the query as typed: the must lists name the
// passages a reader needs, not every passage that qualifies.
func (j Query) Qualifies(text string) bool {
	text = strings.ToLower(text)
	for _, w := range strings.Fields(strings.ToLower(strings.Trim(j.Query, `"`))) {
		if w == "or" || strings.HasPrefix(w, "-") {
			continue
		}
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}
