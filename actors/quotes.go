package actors

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/lazyregexp"
)

// quotePattern is a quotation in double marks, opened and either closed
// or running to the end of the passage (a quotation that goes on in the
// next paragraph). It compiles on first use.
var quotePattern = &lazyregexp.Regexp{Expr: `“[^”]*(?:”|$)|"[^"]*(?:"|$)|«[^»]*(?:»|$)`}

// Quote is a direct quotation.
type Quote struct {
	Article string
	Passage string
	Text    string
	// Speaker is the id of the actor the text says spoke, "" if none.
	Speaker string
	// Via says how the speaker was found: "verb", "according-to",
	// "pronoun", "continues", "headline" for a headline's quotation
	// (its Passage the article's id and corpus.TitleSuffix), or "label"
	// for a transcript's turn after its speaker's name ("KAVANAGH-MOORE:
	// …"), whose text has no quotation marks (Start and End then bound
	// the words after the label).
	Via string
	// Start and End are byte offsets of the quotation (marks included) in
	// the passage text.
	Start int
	End   int
}

// FindQuotes returns the [start, end) byte ranges of the quotations in text,
// quotation marks included: “curly” or "straight" pairs. An opening mark
// that is never closed runs to the end of the text: in wire copy, a
// quotation that goes on in the next paragraph has no closing mark.
//
// Quotations in single marks, as British tabloids write them (“She said:
// 'There was nobody there.'”), count where no double mark encloses them
// and both marks stand as quotation marks do: the opening one at a word's
// start before a letter, the closing one after the words, never inside a
// word ("couldn't") or after a plural's s ("workers' rights").
//
// A passage that writes every double mark as “ (“…,“ he said), as some
// agencies' systems do, pairs them: a mark after a word or a punctuation
// mark closes the quotation the one before opened.
func FindQuotes(text string) [][]int {
	var doubles [][]int
	switch {
	case strings.Count(text, "“") >= 2 && !strings.Contains(text, "”"):
		doubles = openersOnly(text)
	case marksReversed(text):
		doubles = byPosition(text, "“”")
	case marksMixed(text):
		doubles = byPosition(text, "“”\"")
	default:
		doubles = quotePattern.FindAllStringIndex(text, -1)
	}
	singles := singleQuotes(text, doubles)
	if len(singles) == 0 {
		return doubles
	}
	out := append(doubles, singles...)
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// marksReversed reports whether a curly double mark of text stands
// where the other belongs: ” opening a quotation (after a space, before
// a word) or “ closing one, as some sites write them (”…,“ he said).
func marksReversed(text string) bool {
	for i, r := range text {
		if r != '“' && r != '”' {
			continue
		}
		opening := opensAt(text, i)
		if r == '”' && opening || r == '“' && !opening && closesAt(text, i) {
			return true
		}
	}
	return false
}

// opensAt reports whether the mark at text[i] stands where a quotation
// opens: at the text's start or after a space or an opening bracket or
// dash, and before a word.
func opensAt(text string, i int) bool {
	if i > 0 {
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsSpace(prev) && !strings.ContainsRune("([—–-:", prev) {
			return false
		}
	}
	_, size := utf8.DecodeRuneInString(text[i:])
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	return i+size < len(text) && !unicode.IsSpace(next)
}

// closesAt reports whether the mark at text[i] stands where a quotation
// closes: after a word or a punctuation mark.
func closesAt(text string, i int) bool {
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	return i > 0 && !unicode.IsSpace(prev)
}

// marksMixed reports whether text opens a quotation with one kind of
// double mark and closes it with another ("…weapon,” Sgt. X said. “We
// are …"), as some sites' editors leave them: a straight pair then
// holds a curly mark.
func marksMixed(text string) bool {
	for _, loc := range quotePattern.FindAllStringIndex(text, -1) {
		if q := text[loc[0]:loc[1]]; strings.HasPrefix(q, "\"") && strings.ContainsAny(q, "“”") {
			return true
		}
	}
	return false
}

// byPosition returns the quotations of a passage whose double marks of
// the kinds marks (the curly ones, and the straight one when marks are
// mixed) are read by where they stand, whichever their shape: a mark that opens
// (opensAt) opens a quotation, the next that closes (closesAt) ends it;
// a quotation left open runs to the end of the text. Straight and angle
// marks are read as quotePattern reads them, outside those quotations.
func byPosition(text, marks string) [][]int {
	var out [][]int
	open := -1
	for i, r := range text {
		if !strings.ContainsRune(marks, r) {
			continue
		}
		switch {
		case open < 0 && opensAt(text, i):
			open = i
		case open >= 0 && closesAt(text, i):
			out = append(out, []int{open, i + utf8.RuneLen(r)})
			open = -1
		}
	}
	if open >= 0 {
		out = append(out, []int{open, len(text)})
	}
	return withOtherMarks(text, out)
}

// openersOnly returns the quotations of a passage whose double marks are
// all “: each mark that follows a word or a punctuation mark closes the
// quotation open, any other opens one (closing one left open before it,
// which then has no closing mark). Straight and angle marks are read as
// quotePattern reads them, outside those quotations.
func openersOnly(text string) [][]int {
	const mark = "“"
	var out [][]int
	open := -1
	for i := 0; i < len(text); {
		k := strings.Index(text[i:], mark)
		if k < 0 {
			break
		}
		at := i + k
		i = at + len(mark)
		prev, _ := utf8.DecodeLastRuneInString(text[:at])
		closing := at > 0 && !unicode.IsSpace(prev) && !strings.ContainsRune("([—–-", prev)
		switch {
		case open >= 0 && closing:
			out = append(out, []int{open, i})
			open = -1
		case open >= 0:
			out = append(out, []int{open, strings.LastIndexFunc(text[:at], func(r rune) bool { return !unicode.IsSpace(r) }) + 1})
			open = at
		default:
			open = at
		}
	}
	if open >= 0 {
		out = append(out, []int{open, len(text)})
	}
	return withOtherMarks(text, out)
}

// withOtherMarks adds to out, the quotations in curly marks of text in
// order, those quotePattern finds in the rest of the text: read with
// those quotations blanked out (bytes for bytes, so the offsets hold).
func withOtherMarks(text string, out [][]int) [][]int {
	masked := []byte(text)
	for _, r := range out {
		for k := r[0]; k < r[1]; k++ {
			masked[k] = ' '
		}
	}
	// (One that runs on into a quotation after it is no quotation; both
	// lists are in order, so one pass compares them.)
	opened, k := len(out), 0
	for _, loc := range quotePattern.FindAllStringIndex(string(masked), -1) {
		for k < opened && out[k][1] <= loc[0] {
			k++
		}
		if k == opened || loc[1] <= out[k][0] {
			out = append(out, loc)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// singleQuotes returns the quotations in single marks of text outside the
// ranges skip.
func singleQuotes(text string, skip [][]int) [][]int {
	inside := func(i int) bool {
		for _, r := range skip {
			if i >= r[0] && i < r[1] {
				return true
			}
		}
		return false
	}
	var out [][]int
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if (r != '\'' && r != '‘') || inside(i) || !opensQuote(text, i, size) {
			i += size
			continue
		}
		end := closingSingle(text, i+size, r == '‘')
		// "rock 'n' roll": a quotation has two letters or more.
		if end < 0 || inside(end-1) || utf8.RuneCountInString(strings.TrimRight(text[i+size:end], "'’")) < 2 {
			i += size
			continue
		}
		out = append(out, []int{i, end})
		i = end
	}
	return out
}

// opensQuote reports whether the mark text[i:i+size] opens a quotation:
// at the text's start or after a space, a colon or an opening bracket, and
// before a letter.
func opensQuote(text string, i, size int) bool {
	if i > 0 {
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsSpace(prev) && !strings.ContainsRune("(:—–-[", prev) {
			return false
		}
	}
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	return unicode.IsLetter(next)
}

// closingSingle returns the end of the mark that closes a quotation in
// single marks opened before from, or -1. curly says it opened with ‘.
func closingSingle(text string, from int, curly bool) int {
	// A quotation in single marks runs 2,000 bytes at most: no search
	// goes further, so that a text of stray marks costs no more than its
	// length.
	for j := from; j < len(text) && j-from < 2000; {
		r, size := utf8.DecodeRuneInString(text[j:])
		if r == '\n' || r == '"' || r == '“' || r == '”' {
			return -1
		}
		if r == '’' || r == '\'' && !curly {
			prev, _ := utf8.DecodeLastRuneInString(text[:j])
			next, _ := utf8.DecodeRuneInString(text[j+size:])
			atEnd := j+size == len(text)
			switch {
			case unicode.IsSpace(prev):
			case unicode.IsLetter(next) || unicode.IsDigit(next):
				// "couldn't", "nan's": inside a word.
			case strings.ContainsRune(".,!?", prev) || atEnd || strings.ContainsRune(".,;:!?)—–", next):
				return j + size
			case unicode.IsSpace(next) && unicode.IsLetter(prev) && prev != 's' && prev != 'S':
				return j + size
			}
		}
		j += size
	}
	return -1
}

// DashQuote finds the quotation that a dash opens instead of a
// quotation mark, as Nordic agencies' English copy and other European
// styles write it: "– A cracked pane is rare, says NTSB chief X." It
// returns the quotation's words, text[start:end], and where the speech
// verb after them ends, with ok false when text does not open with the
// dash, holds a quotation mark, or has no ", says" (or "said", "writes",
// "adds") after some words.
func DashQuote(text string) (start, end, after int, ok bool) {
	for _, d := range []string{"– ", "— "} {
		if strings.HasPrefix(text, d) {
			start = len(d)
		}
	}
	if start == 0 || strings.ContainsAny(text, "“”\"«»") {
		return 0, 0, 0, false
	}
	end = -1
	for _, mark := range []string{", ", "? ", "! "} {
		for _, verb := range []string{"says ", "said ", "writes ", "wrote ", "adds ", "added "} {
			if i := strings.Index(text, mark+verb); i > start && (end < 0 || i < end) {
				end, after = i, i+len(mark+verb)
			}
		}
	}
	return start, end, after, end > 0
}

// QuoteText is the words of a quotation FindQuotes found, without its
// marks.
func QuoteText(q string) string {
	if strings.HasPrefix(q, "'") || strings.HasPrefix(q, "‘") {
		return strings.TrimSuffix(strings.TrimSuffix(q[len(string([]rune(q)[:1])):], "'"), "’")
	}
	// « Guillemets », as French and other European outlets mark
	// quotations, with the space they leave inside.
	return strings.Trim(q, "“”\"«» \u00a0\u202f")
}
