package fold

import "strings"

// spellingMinRunes is the shortest name whose other spellings are matched.
const spellingMinRunes = 5

// SpellingVariant reports whether two folded names of spellingMinRunes
// letters or more are spellings of one name as outlets transliterate it:
// one vowel for another (Tayeb, Tayib), a letter doubled (Zelensky,
// Zelenskyy), or one of the consonants transliterations trade (Gaddafi,
// Qaddafi; Kasem, Qasem).
func SpellingVariant(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < spellingMinRunes || len(rb) < spellingMinRunes || a == b {
		return false
	}
	if len(ra) == len(rb) {
		diff := -1
		for i := range ra {
			if ra[i] != rb[i] {
				if diff >= 0 {
					return false
				}
				diff = i
			}
		}
		return diff > 0 && tradedLetters(ra[diff], rb[diff])
	}
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	// rb has one letter more: a doubled letter or a vowel.
	for i := range rb {
		if i < len(ra) && ra[i] == rb[i] {
			continue
		}
		if string(ra[:i]) != string(rb[:i]) || string(ra[i:]) != string(rb[i+1:]) {
			return false
		}
		doubled := i > 0 && rb[i] == rb[i-1] || i+1 < len(rb) && rb[i] == rb[i+1]
		return i > 0 && (doubled || isVowel(rb[i]))
	}
	return false
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiouy", r) }

// tradedLetters reports whether transliterations trade one letter for the
// other.
func tradedLetters(x, y rune) bool {
	if isVowel(x) && isVowel(y) {
		return true
	}
	pair := string([]rune{min(x, y), max(x, y)})
	switch pair {
	case "kq", "gq", "ck", "sz", "iy", "jy", "fv", "dt":
		return true
	}
	return false
}
