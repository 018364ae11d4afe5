package search

import "strings"

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

// variantGroups are names that news outlets transliterate in several ways.
// Every spelling in a group matches the others. Keep it small and general:
// places and people that recur across international news, not one corpus.
var variantGroups = [][]string{
	{"kyiv", "kiev"},
	{"odesa", "odessa"},
	{"kharkiv", "kharkov"},
	{"luhansk", "lugansk"},
	{"mykolaiv", "nikolaev", "nikolayev"},
	{"zaporizhzhia", "zaporizhia", "zaporozhye"},
	{"dnipro", "dnepr"},
	{"lviv", "lvov"},
	{"chernihiv", "chernigov"},
	{"gaddafi", "qaddafi", "gadhafi", "kadafi", "qadhafi"},
	{"zelensky", "zelenskyy", "zelenskiy", "zelenskii"},
	{"shoigu", "shoygu"},
	{"tertitskiy", "tertitsky"},
	{"pyongyang", "pjongjang"},
	{"beijing", "peking"},
	{"mumbai", "bombay"},
	{"myanmar", "burma"},
	{"tbilisi", "tiflis"},
	{"muhammad", "mohammed", "mohammad", "muhammed"},
	{"hussein", "husayn", "hussain"},
	{"yeltsin", "eltsin"},
	{"khrushchev", "khrushchyov"},
	{"gorbachev", "gorbachyov"},
	{"navalny", "navalnyy"},
	{"medvedev", "medvedyev"},
}

var variantIndex = func() map[string][]string {
	m := map[string][]string{}
	for _, g := range variantGroups {
		for _, w := range g {
			for _, v := range g {
				if v != w {
					m[w] = append(m[w], v)
				}
			}
		}
	}
	return m
}()

// variants returns the other spellings of a folded word: British/American
// forms by rule, and transliterations from variantGroups.
func variants(w string) []string {
	out := append([]string(nil), variantIndex[w]...)
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
