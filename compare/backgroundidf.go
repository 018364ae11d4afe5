package compare

import (
	"math"
	"strconv"
	"strings"
	"sync"
)

//go:generate go run gen_background.go

// backgroundPassages is how many passages of ordinary English the
// comparison imagines beside a corpus when it weighs words: a word is
// rare by the corpus's own counts and by how common it is in English
// (backgroundTable), the corpus counting the more the larger it is. Over
// a few articles of one story, the story's own words (the boat, the lake,
// "capsized") are in most passages, and by the corpus alone they would
// weigh less than "said" or "Thursday"; English says otherwise. Any
// value from 500 to 5,000 reads the development set's pairs alike
// (docs/eval.md).
const backgroundPassages = 1000

// rareChance is the chance that a passage of ordinary English holds a
// word backgroundTable does not list.
const rareChance = 1e-5

// backgroundChance returns the chance that a passage of ordinary English
// holds the stemmed word w.
func backgroundChance(w string) float64 {
	if p, ok := backgroundChances()[w]; ok {
		return p
	}
	return rareChance
}

// backgroundChances gives each word of backgroundTable its chance,
// stemmed as the comparison stems (the highest chance of the words a
// stem stands for), at the middle of its bucket.
func backgroundChances() map[string]float64 {
	backgroundOnce.Do(func() { background = readBackground() })
	return background
}

// background is backgroundTable read, once, by backgroundChances. It is
// filled on first use rather than at init so that a binary that never
// weighs a word (the explorer's page) carries neither the table nor
// the code that reads it.
var (
	backgroundOnce sync.Once
	background     map[string]float64
)

// readBackground reads backgroundTable.
func readBackground() map[string]float64 {
	out := map[string]float64{}
	for _, line := range strings.Split(strings.TrimSpace(backgroundTable), "\n") {
		head, words, ok := strings.Cut(line, ": ")
		k, err := strconv.Atoi(head)
		if !ok || err != nil {
			continue
		}
		p := math.Exp2(-float64(k) - 0.5)
		for _, w := range strings.Fields(words) {
			s := stem(w)
			out[s] = max(out[s], p)
		}
	}
	return out
}

// smoothedIDF weighs a word that d of n passages hold, with
// backgroundPassages of ordinary English beside them.
func smoothedIDF(w string, d, n int) float64 {
	return math.Log(1 + (float64(n)+backgroundPassages)/(float64(d)+backgroundPassages*backgroundChance(w)))
}
