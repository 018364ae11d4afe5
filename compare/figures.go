package compare

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/corpus"
)

// figures are the numbers an article states: those of its headline and
// first paragraph in order (lead), written as digits without thousands
// separators ("1300" for "1,300", "11" for "eleven"), with which of them
// are counts (leadCounts); the values of every one of the whole article,
// sorted (all); and of its counts (counts). A count is a whole number
// that is no percentage: "27 people", not "27.5%" or "30 percent".
// Dates, years, clock times and the numbers inside names ("F-16",
// "COVID-19", "G20") are no figures: two reports of one day share them
// whatever they tell.
type figures struct {
	lead       []string
	leadCounts map[string]bool
	all        []float64
	counts     []float64
}

// figuresOf reads a's figures.
func figuresOf(a *corpus.Article) figures {
	f := figures{leadCounts: map[string]bool{}}
	seen := map[string]bool{}
	addAll := func(n, next string) {
		v, err := strconv.ParseFloat(n, 64)
		if err != nil {
			return
		}
		f.all = append(f.all, v)
		if isCount(n, next) {
			f.counts = append(f.counts, v)
		}
		// "15 kilometers" in one report is "15,000 metres" in another.
		if u, ok := lengthUnits[next]; ok {
			for _, to := range lengthUnits {
				if to != u {
					f.all = append(f.all, v*u/to)
				}
			}
		}
	}
	addLead := func(n, next string) {
		addAll(n, next)
		if !seen[n] {
			seen[n] = true
			f.lead = append(f.lead, n)
		}
		if isCount(n, next) {
			f.leadCounts[n] = true
		}
	}
	scanFigures(a.Title, addLead)
	lead := true
	for _, p := range a.Paragraphs {
		if lead && p.Kind == corpus.Body {
			scanFigures(p.Text, addLead)
			lead = false
			continue
		}
		scanFigures(p.Text, addAll)
	}
	slices.Sort(f.all)
	slices.Sort(f.counts)
	return f
}

// isCount reports whether the figure n, before the word next, is a
// count: a whole number, no percentage.
func isCount(n, next string) bool {
	return !strings.Contains(n, ".") && next != "%" && next != "percent" && next != "per"
}

// figureSlack is how far apart two counts of ten or more may be and
// still tell one figure: a toll of 27 in one report and of 26 in
// another, read at other hours, are one crash's. Other figures agree
// only when equal: a rate held at 27.5% and one raised to 30% are two
// decisions.
const figureSlack = 0.1

// states reports whether f states n, or, when n is a count, a count
// within figureSlack of it.
func (f figures) states(n string, count bool) bool {
	v, err := strconv.ParseFloat(n, 64)
	if err != nil {
		return false
	}
	if i, ok := slices.BinarySearch(f.all, v); ok || i < len(f.all) && math.Abs(f.all[i]-v) < 1e-9 {
		return true
	}
	if !count || v < 10 {
		return false
	}
	i, _ := slices.BinarySearch(f.counts, v*(1-figureSlack))
	return i < len(f.counts) && f.counts[i] <= v*(1+figureSlack)
}

// figuresApart names the figures of a's and b's leads when each lead
// states some and neither article states any of the other lead's, or
// one near it (states) ("42.5 / 5, 50"), or "": a central bank holding its rate at 42.5% and
// one raising it to 50%, two floods that drove out 31,000 and 8,000
// people. Reports of one event repeat its figures: the toll, the
// magnitude, the rate, the vote.
func figuresApart(a, b figures) string {
	if len(a.lead) == 0 || len(b.lead) == 0 {
		return ""
	}
	for _, n := range a.lead {
		if b.states(n, a.leadCounts[n]) {
			return ""
		}
	}
	for _, n := range b.lead {
		if a.states(n, b.leadCounts[n]) {
			return ""
		}
	}
	return strings.Join(a.lead, ", ") + " / " + strings.Join(b.lead, ", ")
}

// numberWords are the numbers news copy spells out ("eleven workers"
// in one report, "11 workers" in another). "One" is left out: it is as
// often a pronoun ("one of the").
var numberWords = map[string]string{
	"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
	"eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
	"thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16",
	"seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20",
}

// lengthUnits are the units of length news copy converts between, in
// metres, by the word that follows a figure.
var lengthUnits = map[string]float64{
	"m": 1, "metres": 1, "meters": 1, "km": 1000, "kilometres": 1000, "kilometers": 1000,
	"miles": 1609.344, "feet": 0.3048, "ft": 0.3048,
}

// scanFigures calls add with each figure of text (see figures) and the
// word after it, in lower case ("metres" after "15,000").
func scanFigures(text string, add func(n, next string)) {
	var words []string // the text's runs of letters and of digits, in order
	var starts []int
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r):
			j := i + size
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += s2
			}
			words, starts = append(words, text[i:j]), append(starts, i)
			i = j
		case r >= '0' && r <= '9':
			j := i + 1
			// "1,300" and "4.3" are one number; "2024." ends at its digit.
			for j < len(text) && (isDigit(text[j]) || (text[j] == ',' || text[j] == '.') && j+1 < len(text) && isDigit(text[j+1])) {
				j++
			}
			words, starts = append(words, text[i:j]), append(starts, i)
			i = j
		default:
			i += size
		}
	}
	for k, w := range words {
		if !isDigit(w[0]) {
			if n, ok := numberWords[strings.ToLower(w)]; ok {
				add(n, nextWord(words, k))
			}
			continue
		}
		start, end := starts[k], starts[k]+len(w)
		before, after := byte(' '), byte(' ')
		if start > 0 {
			before = text[start-1]
		}
		if end < len(text) {
			after = text[end]
		}
		switch {
		// A clock time ("4:30"), a name's number ("F-16", "G20"), a
		// date ("Nov 26", "26 November") or a year.
		case before == ':' || after == ':',
			start > 0 && isLetterByte(before),
			before == '-' && start > 1 && isLetterByte(text[start-2]),
			k > 0 && isMonth(words[k-1]) && starts[k-1]+len(words[k-1]) >= start-2,
			k+1 < len(words) && isMonth(words[k+1]) && starts[k+1] <= end+1,
			len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")):
			continue
		}
		next := nextWord(words, k)
		if after == '%' {
			next = "%"
		}
		add(strings.ReplaceAll(w, ",", ""), next)
	}
}

// nextWord returns words[k+1] in lower case, or "".
func nextWord(words []string, k int) string {
	if k+1 < len(words) {
		return strings.ToLower(words[k+1])
	}
	return ""
}

// isMonth reports whether w names a month, in full or abbreviated
// ("Nov", "Sept"), capitalised as a month is.
func isMonth(w string) bool {
	if w == "" || !unicode.IsUpper(rune(w[0])) {
		return false
	}
	switch strings.ToLower(w) {
	case "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// isLetterByte reports whether b is an ASCII letter: a number glued to
// one is part of a name or a code.
func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
