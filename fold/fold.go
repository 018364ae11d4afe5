// Package fold reduces text to the form Parallax compares words in: lower
// case, without accents, with one kind of quote and apostrophe. It also cuts
// text into word tokens that keep their byte offsets in the original, so a
// match on the folded form can be highlighted in the text as written.
//
// A token is a run of letters and digits. Inside a word, an apostrophe is
// dropped ("don't" → "dont") and a possessive "'s" is left out of the token
// ("Russia's" → "russia"); a hyphen separates words ("Jong-un" → "jong",
// "un"); a dotted acronym is one word ("U.N." → "un").
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:generate go run gen.go

// asciiAll holds every ASCII byte at its own offset, so that folding one
// slices it and allocates nothing.
const asciiAll = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f" +
	" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f"

// special returns the base letters of a letter that Unicode decomposition
// leaves alone but readers treat as a base letter with a mark, or as two
// letters, or "" for any other rune. (A switch rather than a map filled
// at start: no code runs for it before the first fold.)
func special(r rune) string {
	switch r {
	case 'ø', 'Ø':
		return "o"
	case 'đ', 'Đ', 'ð', 'Ð':
		return "d"
	case 'ł', 'Ł':
		return "l"
	case 'ß':
		return "ss"
	case 'æ', 'Æ':
		return "ae"
	case 'œ', 'Œ':
		return "oe"
	case 'þ', 'Þ':
		return "th"
	case 'ı':
		return "i"
	case 'ħ', 'Ħ':
		return "h"
	}
	return ""
}

// Rune returns the folded form of one rune: "" for a combining mark, else
// one or more lower-case letters or digits, or the rune itself lowered.
func Rune(r rune) string {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return asciiAll[r : r+1]
	}
	if s := special(r); s != "" {
		return s
	}
	switch r {
	case '‘', '’', '‛', 'ʼ', '′':
		return "'"
	case '“', '”', '„', '‟', '″', '«', '»':
		return `"`
	case '‐', '‑', '‒', '–', '—', '―':
		return "-"
	}
	if unicode.Is(unicode.Mn, r) {
		return ""
	}
	if s, ok := decomposed(r); ok {
		return s
	}
	if hangulFirst <= r && r <= hangulLast {
		return hangul(r)
	}
	return string(unicode.ToLower(r))
}

// decomposed returns the folded form of a rune that canonical
// decomposition changes (é → e, ǆ → dz), from the table gen.go computes
// with golang.org/x/text's NFD: base letters lowered, marks dropped.
func decomposed(r rune) (string, bool) {
	const size = 6
	lo, hi := 0, len(decomposedRecords)/size
	for lo < hi {
		mid := (lo + hi) / 2
		rec := decomposedRecords[mid*size : mid*size+size]
		switch at := rune(rec[0])<<16 | rune(rec[1])<<8 | rune(rec[2]); {
		case at < r:
			lo = mid + 1
		case at > r:
			hi = mid
		default:
			off := int(rec[3])<<8 | int(rec[4])
			return decomposedValues[off : off+int(rec[5])], true
		}
	}
	return "", false
}

// The Hangul syllables, which decompose by arithmetic into their jamo.
const (
	hangulFirst = 0xAC00
	hangulLast  = 0xD7A3
)

// hangul decomposes a Hangul syllable into its leading consonant, vowel
// and, if any, trailing consonant, as NFD does.
func hangul(r rune) string {
	s := r - hangulFirst
	out := string([]rune{0x1100 + s/588, 0x1161 + s%588/28})
	if t := s % 28; t != 0 {
		out += string(rune(0x11A7 + t))
	}
	return out
}

// String folds a whole string rune by rune.
func String(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteString(Rune(r))
	}
	return b.String()
}

// Token is one word of a text.
type Token struct {
	// Term is the folded word.
	Term string
	// Start and End are the byte offsets of the word in the original text.
	Start, End int
}

// isWordRune reports whether r is part of a word: a letter, a digit or a
// combining mark, but not the modifier letter apostrophe ʼ, which is an
// apostrophe as "'" is ("donʼt" is "dont").
func isWordRune(r rune) bool {
	return r != 'ʼ' && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// Tokens cuts s into word tokens.
func Tokens(s string) []Token {
	// News prose has a word every six or seven bytes: room for them all
	// at once, rather than growing the slice word by word.
	out := make([]Token, 0, len(s)/6+1)
	var term []byte // the word being folded, reused from word to word
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		if end, ok := acronymEnd(s, i); ok {
			out = append(out, Token{Term: strings.ReplaceAll(String(s[start:end]), ".", ""), Start: start, End: end})
			i = end
			continue
		}
		term = term[:0]
		end := i
		for end < len(s) {
			// ASCII letters and digits, most of news text, fold here.
			if c := s[end]; c < utf8.RuneSelf {
				switch {
				case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
					term = append(term, c)
					end++
					continue
				case 'A' <= c && c <= 'Z':
					term = append(term, c+'a'-'A')
					end++
					continue
				}
			}
			r, size := utf8.DecodeRuneInString(s[end:])
			if isWordRune(r) {
				term = append(term, Rune(r)...)
				end += size
				continue
			}
			if isApostrophe(r) && end+size < len(s) {
				next, nsize := utf8.DecodeRuneInString(s[end+size:])
				if isWordRune(next) {
					after := end + size + nsize
					afterRune, _ := utf8.DecodeRuneInString(s[after:])
					if (next == 's' || next == 'S') && (after >= len(s) || !isWordRune(afterRune)) {
						// Possessive: the token stops before "'s".
						i = after
						break
					}
					end += size
					continue
				}
			}
			break
		}
		if i < end {
			i = end
		}
		out = append(out, Token{Term: string(term), Start: start, End: end})
	}
	return out
}

// acronymEnd reports whether a dotted acronym ("U.N.", "U.S.", "a.m.")
// starts at i, and where it ends (after its last period).
func acronymEnd(s string, i int) (int, bool) {
	n := 0
	j := i
	for j+1 < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) || j+size >= len(s) || s[j+size] != '.' {
			break
		}
		n++
		j += size + 1
		if j < len(s) {
			next, _ := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(next) {
				// The next letter must itself be followed by a period.
				_, nsize := utf8.DecodeRuneInString(s[j:])
				if j+nsize >= len(s) || s[j+nsize] != '.' {
					break
				}
				continue
			}
		}
		break
	}
	if n < 2 {
		return 0, false
	}
	return j, true
}

// Map gives, for each byte offset in the folded form of original, the byte
// offset in original it came from. The result has one more entry than the
// folded form, for the end.
func Map(original string) []int {
	out := make([]int, 0, len(original)+1)
	for i, r := range original {
		f := Rune(r)
		if r == '.' {
			f = "" // acronym periods are dropped from terms
		}
		if isApostrophe(r) {
			f = ""
		}
		for range len(f) {
			out = append(out, i)
		}
	}
	return append(out, len(original))
}
