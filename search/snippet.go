package search

import (
	"unicode"
	"unicode/utf8"
)

// Snippet returns the part of text around its first match, at most about
// maxBytes long and cut at word boundaries, with the matches that fall in
// it shifted to the snippet's offsets. Leading and Trailing say whether text
// was cut before or after, for an ellipsis.
func Snippet(text string, matches [][2]int, maxBytes int) (snippet string, marks [][2]int, leading, trailing bool) {
	if len(text) <= maxBytes || maxBytes <= 0 {
		return text, matches, false, false
	}
	start := 0
	if len(matches) > 0 {
		// Put the first match about a third of the way in.
		start = max(0, matches[0][0]-maxBytes/3)
	}
	end := min(len(text), start+maxBytes)
	start = max(0, min(start, end-maxBytes))
	start = wordStart(text, start)
	end = wordEnd(text, end)
	for _, m := range matches {
		if m[0] >= start && m[1] <= end {
			marks = append(marks, [2]int{m[0] - start, m[1] - start})
		}
	}
	return text[start:end], marks, start > 0, end < len(text)
}

// wordStart moves i forward to the start of a word (or leaves it at 0).
func wordStart(s string, i int) int {
	if i == 0 {
		return 0
	}
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsSpace(prev) && !unicode.IsSpace(r) {
			return i
		}
		i += size
	}
	return i
}

// wordEnd moves i back to the end of a word (or leaves it at len(s)).
func wordEnd(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	for i > 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		prev, size := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsSpace(r) && !unicode.IsSpace(prev) {
			return i
		}
		i -= size
	}
	return i
}

// WordStartOffset returns the offset of the first whole word of s, for text
// cut at an arbitrary byte on its left.
func WordStartOffset(s string) int {
	if i := wordStart(s, 1); i < len(s) {
		return i
	}
	return 0
}

// WordEndOffset returns where the last whole word of s ends, for text cut at
// an arbitrary byte on its right.
func WordEndOffset(s string) int {
	if s == "" {
		return 0
	}
	return max(0, wordEnd(s, len(s)-1))
}
