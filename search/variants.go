package search

import (
	"strings"

	"github.com/parallax-news/parallax/fold"
)

// spellingRules turn a British spelling into the American one and back. Each
// pair applies at the end of a word, or anywhere for the "isation" family.
// They are general rules of the two spellings, not a list of words.
var spellingRules = [][2]string{
	{"isation", "ization"},
	{"isations", "izations"},
	{"ise", "ize"},
	{"ised", "ized"},
	{"ises", "izes"},
	{"ising", "izing"},
	{"yse", "yze"},
	{"ysed", "yzed"},
	{"our", "or"},
	{"ours", "ors"},
	{"ourite", "orite"},
	{"tre", "ter"},
	{"tres", "ters"},
	{"ence", "ense"},
	{"ogue", "og"},
	{"ogues", "ogs"},
	{"lled", "led"},
	{"lling", "ling"},
	{"ller", "ler"},
	{"amme", "am"},
	{"ammes", "ams"},
}

// variants returns the other spellings of a folded word: British/American
// forms by rule, and transliterations (fold.Transliterations).
func variants(w string) []string {
	out := append([]string(nil), fold.Transliterations(w)...)
	// A noun's plural in -ies, and back: "ferry" finds "ferries",
	// "cities" finds "city" (other plurals begin with the word, so its
	// prefixes find them).
	if n := len(w); n >= 4 && w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])) {
		out = append(out, w[:n-1]+"ies")
	} else if n >= 5 && strings.HasSuffix(w, "ies") {
		out = append(out, w[:n-3]+"y")
	}
	if len(w) < 5 {
		return out
	}
	for _, r := range spellingRules {
		for _, pair := range [][2]string{{r[0], r[1]}, {r[1], r[0]}} {
			if strings.HasSuffix(w, pair[0]) && len(w)-len(pair[0]) >= 3 {
				out = append(out, w[:len(w)-len(pair[0])]+pair[1])
			}
		}
	}
	// The -isation family also changes inside longer words:
	// denuclearisation, denuclearisations.
	for _, pair := range [][2]string{{"isation", "ization"}, {"ization", "isation"}} {
		if i := strings.Index(w, pair[0]); i > 0 {
			out = append(out, w[:i]+pair[1]+w[i+len(pair[0]):])
		}
	}
	return out
}
