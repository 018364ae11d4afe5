package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is a token of a passage as the extractor sees it: case kept.
type word struct {
	text       string // as written, possessive 's removed
	start, end int    // byte span in the passage, possessive excluded
	cap        bool   // starts with an upper-case letter
	sentStart  bool   // first word of its sentence
	possessive bool   // followed by 's
	inQuote    bool   // inside quotation marks
	credit     bool   // in the photo credit that closes a caption
}

// lower is the word in lower case, for lexicon look-ups.
func (w word) lower() string { return strings.ToLower(w.text) }

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// words cuts a passage into words. Acronyms keep their periods ("U.N."),
// honorifics theirs ("Mr."). A hyphen joins two parts of a name
// ("Jong-un", "Won-sik") when the word before is part of a capitalised run,
// and otherwise splits ("Russian-backed" → "Russian", "backed").
// sentStarts are the byte offsets where sentences begin.
func words(text string, sentStarts []int) []word {
	var out []word
	isStart := map[int]bool{}
	for _, s := range sentStarts {
		isStart[s] = true
	}
	inQuote := false
	pendingStart := true
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '“' || (r == '"' && !inQuote):
			inQuote = true
		case r == '”' || (r == '"' && inQuote):
			inQuote = false
		}
		if isStart[i] {
			pendingStart = true
		}
		if !isLetter(r) {
			i += size
			continue
		}
		start := i
		end := i
		for end < len(text) {
			c, n := utf8.DecodeRuneInString(text[end:])
			if isLetter(c) {
				end += n
				continue
			}
			if c == '.' && end+1 < len(text) {
				// Acronym: a single letter followed by '.', then a letter.
				next, _ := utf8.DecodeRuneInString(text[end+1:])
				if utf8.RuneCountInString(text[start:end]) <= 1 || strings.Contains(text[start:end], ".") {
					if unicode.IsLetter(next) {
						end += n
						continue
					}
				}
			}
			break
		}
		// "O'Brien", "D’Souza": a capital and an apostrophe start a name.
		if end-start == 1 && end+1 < len(text) && unicode.IsUpper(firstRune(text[start:])) {
			if rest := text[end:]; (strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’")) && !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s") {
				_, n := utf8.DecodeRuneInString(rest)
				if unicode.IsUpper(firstRune(text[end+n:])) {
					j := end + n
					for j < len(text) && isLetter(firstRune(text[j:])) {
						_, m := utf8.DecodeRuneInString(text[j:])
						j += m
					}
					end = j
				}
			}
		}
		w := word{text: text[start:end], start: start, end: end}
		// The period of an acronym or honorific belongs to it.
		if end < len(text) && text[end] == '.' && (strings.Contains(w.text, ".") || honorifics[strings.ToLower(w.text)+"."]) {
			w.text += "."
			w.end++
			end++
		}
		first, _ := utf8.DecodeRuneInString(w.text)
		w.cap = unicode.IsUpper(first)
		w.sentStart = pendingStart
		w.inQuote = inQuote
		pendingStart = false
		// Possessive 's, straight or curly.
		if rest := text[end:]; strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "'s") {
			after := end + len("’s")
			if strings.HasPrefix(rest, "'s") {
				after = end + 2
			}
			if after >= len(text) || !isLetter(firstRune(text[after:])) {
				w.possessive = true
				end = after
			}
		}
		// A hyphenated name part: "Kim Jong-un", "al-Tayeb".
		if end < len(text) && text[end] == '-' && end+1 < len(text) && unicode.IsLetter(firstRune(text[end+1:])) {
			prevCap := len(out) > 0 && out[len(out)-1].cap && out[len(out)-1].end+1 == start
			upperNext := unicode.IsUpper(firstRune(text[end+1:]))
			if particles[strings.ToLower(w.text)] && upperNext && !w.possessive {
				w.cap = true
			}
			if w.cap && prevCap || w.cap && upperNext {
				j := end + 1
				for j < len(text) && isLetter(firstRune(text[j:])) {
					_, n := utf8.DecodeRuneInString(text[j:])
					j += n
				}
				w.text = text[start:j]
				w.end = j
				end = j
			}
		}
		out = append(out, w)
		i = end
	}
	return out
}

// particles are the lower-case parts that a hyphen joins to the name after
// them in Arabic and other names: "al-Tayeb", "el-Sisi", "bin-Salem".
var particles = wordSet(
	"al el ad ash as at an ar az ibn bin abu ben",
)

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
