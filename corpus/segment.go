package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a period that does not end a sentence, whatever
// follows. Lower case, without the period.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true,
	"st": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cmdr": true,
	"adm": true, "maj": true, "sen": true, "rep": true, "gov": true, "pres": true, "rev": true,
	"hon": true, "amb": true, "supt": true, "insp": true, "fr": true, "messrs": true,
	"comr": true, // Indonesia's police commissioner: "Sr. Comr. X"
	"vs":   true, "etc": true, "inc": true, "ltd": true, "co": true, "corp": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "approx": true, "est": true,
	"e.g": true, "i.e": true, "cf": true, "al": true, "fig": true, "vol": true, "pp": true,
	"mt": true, "brgy": true, // "Mt. Kenya", "Brgy. Lawaan"
	// Police and military ranks: "Const. Pat X" (Canada), "Cst.", "Cpl.",
	// "Det. Sgt.", "Pvt.", "Brig.", "Atty."
	"const": true, "cst": true, "cpl": true, "det": true, "pvt": true, "brig": true, "atty": true,
	// Initials of two letters or more that South Asian names open with:
	// "Ch. Venkat Reddy", "Md. Jahangir Alam", "Mohd. Rafi".
	"ch": true, "md": true, "mohd": true,
}

// sentenceStarters are words that, after a dotted acronym such as "U.S.",
// show that a new sentence began ("... led by the U.S. The talks ...").
var sentenceStarters = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "i": true, "but": true, "and": true, "in": true, "on": true, "this": true,
	"that": true, "there": true, "his": true, "her": true, "their": true, "its": true,
	"however": true, "meanwhile": true, "yet": true, "so": true, "still": true, "both": true,
}

// closers may follow the punctuation that ends a sentence.
const closers = `"'”’)]»`

// openers may precede the first letter of a sentence.
const openers = `"'“‘([«`

// splitSentences returns the [start, end) byte ranges of the sentences of s.
//
// A sentence ends at '.', '!', '?' or '…', plus any closing quotes or
// brackets, when white space and then an upper-case letter, a digit or an
// opening quote follow. A period does not end a sentence after a known
// abbreviation ("Mr."), an initial ("K."), inside a number ("4.8"), or after
// a dotted acronym ("U.N.") unless a word that starts sentences follows.
func splitSentences(s string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !strings.ContainsRune(".!?…", r) {
			i += size
			continue
		}
		end := i + size
		for end < len(s) {
			c, n := utf8.DecodeRuneInString(s[end:])
			if !strings.ContainsRune(closers, c) && !(c == '.' || c == '!' || c == '?') {
				break
			}
			end += n
		}
		next := end
		for next < len(s) {
			c, n := utf8.DecodeRuneInString(s[next:])
			if !unicode.IsSpace(c) {
				break
			}
			next += n
		}
		if next == end || next >= len(s) || !startsSentence(s[next:]) || trailingCredit(s[next:]) || (r == '.' && !periodEnds(s[start:i], s[next:])) {
			i = end
			continue
		}
		out = append(out, [2]int{start, end})
		start = next
		i = next
	}
	if rest := strings.TrimSpace(s[start:]); rest != "" {
		out = append(out, [2]int{start, start + len(strings.TrimRightFunc(s[start:], unicode.IsSpace))})
	}
	return out
}

// startsSentence reports whether s opens like a sentence.
func startsSentence(s string) bool {
	s = strings.TrimLeftFunc(s, func(r rune) bool { return strings.ContainsRune(openers, r) })
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// periodEnds decides whether the period after before ends the sentence,
// given the text after.
func periodEnds(before, after string) bool {
	word := lastWord(before)
	lower := strings.ToLower(word)
	switch {
	case word == "":
		return true
	case abbreviations[lower]:
		return false
	case lower == "no" && startsWithDigit(after):
		return false // "No. 5"
	case word == "Ma" && nameGoesOn(after):
		return false // "Sen. Ma. Teresa Abad": the Philippines' "Maria"

	case word == "X" && (strings.HasSuffix(before, " on X") || strings.HasSuffix(before, " to X")):
		return true // the platform: "welcomed the decision on X."
	case utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]):
		return false // an initial: "Daniel K. Inouye"
	case strings.Contains(word, "."):
		// A dotted acronym: "U.S.", "U.N.", "a.m.".
		return sentenceStarters[strings.ToLower(firstWord(after))]
	}
	return true
}

// nameGoesOn reports whether s opens with two capitalised words, a name
// going on ("Teresa Villaroman-Abad", "Teresa “Tess” Abad"), not a new
// sentence ("The talks …").
func nameGoesOn(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(f[0])
	second, _ := utf8.DecodeRuneInString(strings.TrimLeft(f[1], "\"“"))
	return unicode.IsUpper(first) && unicode.IsUpper(second) && !sentenceStarters[strings.ToLower(f[0])]
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(openers, r)
	})
	return s[i+1:]
}

func firstWord(s string) string {
	s = strings.TrimLeftFunc(s, func(r rune) bool { return strings.ContainsRune(openers, r) })
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// trailingCredit reports whether s is only a parenthesised credit, as at the
// end of a caption: "(Video: The Washington Post)". It stays with the
// sentence before it.
func trailingCredit(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && strings.Count(s, "(") == 1 && strings.Count(s, ")") == 1
}

func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}
