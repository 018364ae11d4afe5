package fold

import "strings"

// spellingMinRunes is the shortest name whose other spellings are matched.
const spellingMinRunes = 5

// SpellingVariant reports whether two folded names of spellingMinRunes
// letters or more are spellings of one name as outlets transliterate it:
// one vowel for another (Tayeb, Tayib), a vowel more inside the name
// (Abdelrahim, Abdelraheim; not at its end: Ivanov, Ivanova), a letter doubled
// (Zelensky, Zelenskyy), or one of the consonants transliterations trade (Gaddafi,
// Qaddafi; Kasem, Qasem), or the h of a Ukrainian spelling for the g of
// a Russian one (Hrytsenko, Gritsenko), or the dj of the English spelling
// for the đ of a Serbian one (Djordjevic, Đorđević), or the q of one
// for the gh of another (Gholami, Qolami), or the oo or ee of one for
// the u or i of another (Nooristani, Nuristani), or the h of "-hullah"
// dropped (Zabihullah, Zabiullah), or an h after the last vowel (Dbeibah,
// Dbeiba; six letters at least), or the d of one
// outlet for the dh of another (Qadi, Qadhi; four letters are enough).
func SpellingVariant(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if a == b {
		return false
	}
	// The dh of Arabic names (ذ), which some outlets write d (Qadhi,
	// Qadi; Gadhafi, Gadafi); not at a name's start: Dhillon is no
	// Dillon.
	da, db := arabicDh(a), arabicDh(b)
	dh := da != a || db != b
	if dh && da == db && min(len(ra), len(rb)) >= arabicDhMinRunes {
		return true
	}
	if len(ra) < spellingMinRunes || len(rb) < spellingMinRunes {
		return false
	}
	if dh && SpellingVariant(da, db) {
		return true
	}
	// Letters one romanisation writes for another's: the gh of Persian
	// names for the q of other outlets (Gholami, Qolami), the oo and ee
	// of one spelling for the u and i of another (Nooristani, Nuristani;
	// Sheerazi, Shirazi), and the dj of English for the đ of Serbian
	// and Croatian names, folded to d (Djordjevic, Đorđević).
	for _, t := range romanisedLetters {
		if strings.Contains(a, t[0]) || strings.Contains(b, t[0]) {
			if ta, tb := strings.ReplaceAll(a, t[0], t[1]), strings.ReplaceAll(b, t[0], t[1]); ta == tb || SpellingVariant(ta, tb) {
				return true
			}
		}
	}
	if len(ra) == len(rb) {
		return sameLengthVariant(ra, rb)
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
		// A y between two vowels is a consonant: Seoyul is no Seoul.
		glide := rb[i] == 'y' && i > 0 && i+1 < len(rb) && isVowel(rb[i-1]) && isVowel(rb[i+1])
		// A vowel added at the end is another name: Ivanov and Ivanova
		// are two people, INDEC and INDECI two bodies.
		// The h of "-hullah" that some spellings drop (Zabihullah,
		// Zabiullah).
		hullah := rb[i] == 'h' && i > 0 && isVowel(rb[i-1]) && i+1 < len(rb) && rb[i+1] == 'u'
		// The h after an Arabic name's last vowel, written by some
		// outlets and not by others (Dbeibah, Dbeiba; Abdullah,
		// Abdulla); six letters at least: Sara and Sarah are two names.
		finalH := rb[i] == 'h' && i == len(rb)-1 && isVowel(rb[i-1]) && len(ra) >= 6
		return i > 0 && (doubled || isVowel(rb[i]) && i < len(rb)-1 && !glide || hullah || finalH)
	}
	return false
}

// sameLengthVariant reports whether two names of one length differ by one
// traded letter past the first, or, as Ukrainian and Russian spellings of
// one Cyrillic name do, by an h for a g at the start (Hennadiy, Gennadiy)
// with at most one other letter, a y for an i (Hrytsenko, Gritsenko;
// Halyna, Galina). A lone h for g needs eight letters: Hunter and
// Gunter are two names.
func sameLengthVariant(ra, rb []rune) bool {
	var diffs []int
	for i := range ra {
		if ra[i] != rb[i] {
			if len(diffs) == 2 {
				return false
			}
			diffs = append(diffs, i)
		}
	}
	if len(diffs) == 0 {
		return false
	}
	cyrillicH := diffs[0] == 0 && min(ra[0], rb[0]) == 'g' && max(ra[0], rb[0]) == 'h'
	if !cyrillicH {
		// A name's last vowel traded is another name (Zawadzka,
		// Zawadzki; Pellegrini, Pellegrino), but for the y of one
		// spelling and the i of another (Zelensky, Zelenski; Hamdy,
		// Hamdi).
		last := diffs[0] == len(ra)-1 && isVowel(ra[diffs[0]]) && isVowel(rb[diffs[0]]) && !(min(ra[diffs[0]], rb[diffs[0]]) == 'i' && max(ra[diffs[0]], rb[diffs[0]]) == 'y')
		return len(diffs) == 1 && diffs[0] > 0 && !last && tradedLetters(ra[diffs[0]], rb[diffs[0]])
	}
	if len(diffs) == 1 {
		return len(ra) >= 8
	}
	// The other letter is the Ukrainian y of a Russian i (Hrytsenko,
	// Gritsenko): any vowel would make Holloway a Galloway.
	return min(ra[diffs[1]], rb[diffs[1]]) == 'i' && max(ra[diffs[1]], rb[diffs[1]]) == 'y'
}

// romanisedLetters are pairs of letters that romanisations of one name
// trade: the first written, the second for it.
var romanisedLetters = [...][2]string{{"gh", "q"}, {"oo", "u"}, {"ee", "i"}, {"dj", "d"}, {"ou", "aw"}}

// arabicDhMinRunes is the shortest name whose dh is matched with a d:
// the four letters of Qadi.
const arabicDhMinRunes = 4

// arabicDh writes the dh inside a name as d.
func arabicDh(w string) string {
	if len(w) < 2 {
		return w
	}
	return w[:1] + strings.ReplaceAll(w[1:], "dh", "d")
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
