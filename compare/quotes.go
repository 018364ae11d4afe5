package compare

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/fold"
)

// Edit is one step of a word-level diff: Op is "=" (kept), "-" (only in A)
// or "+" (only in B).
type Edit struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

type quote struct {
	passage string
	text    string
	words   []string
}

func quotesOf(a *corpus.Article) []quote {
	var out []quote
	for _, p := range a.Paragraphs {
		locs := actors.FindQuotes(p.Text)
		// "– A cracked pane is rare, says X.": a quotation a dash opens.
		if start, end, _, ok := actors.DashQuote(p.Text); ok && p.Kind == corpus.Body {
			locs = append(locs, []int{start, end})
		}
		for _, loc := range locs {
			text := actors.QuoteText(p.Text[loc[0]:loc[1]])
			if isTitle(text) {
				continue
			}
			var words []string
			for _, t := range fold.Tokens(text) {
				words = append(words, t.Term)
			}
			if len(words) > 0 {
				out = append(out, quote{p.ID, text, words})
			}
		}
	}
	return out
}

// quotationsOf counts the quotations of three words or more among qs:
// words someone said, not a phrase in quotation marks.
func quotationsOf(qs []quote) int {
	n := 0
	for _, q := range qs {
		if len(q.words) >= 3 {
			n++
		}
	}
	return n
}

// isTitle reports whether a quoted text is the title of a work or a
// name ("Harbor Lights", "The Lodger's Daughter", "Pip and the Moon
// Fox"), not words someone said: two or more words, each capitalised
// but the small joining ones. Two reviews of one film name it alike;
// that makes them no rewrite of each other.
func isTitle(text string) bool {
	words := strings.Fields(strings.TrimRight(text, ",.;:?! "))
	capitals := 0
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "'‘(\""))
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			capitals++
		case i > 0 && titleJoiner(strings.ToLower(w)):
		default:
			return false
		}
	}
	return capitals >= 2
}

// titleJoiner reports whether a title leaves w in small letters.
func titleJoiner(w string) bool {
	switch w {
	case "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "from", "by", "vs", "vs.", "&":
		return true
	}
	return false
}

// matchQuotes pairs the quotations qa of one article and qb of another
// (quotesOf): the same words in the same order are verbatim; a large
// share of common words makes them altered.
func matchQuotes(qa, qb []quote) []QuoteMatch {
	out := []QuoteMatch{}
	used := make([]bool, len(qb))
	for _, x := range qa {
		best, bestScore := -1, 0.0
		for j, y := range qb {
			if used[j] {
				continue
			}
			if s := overlap(x.words, y.words); s > bestScore {
				best, bestScore = j, s
			}
		}
		if best < 0 || bestScore < quoteOverlap {
			continue
		}
		y := qb[best]
		used[best] = true
		m := QuoteMatch{APassage: x.passage, BPassage: y.passage, AText: x.text, BText: y.text, Kind: "verbatim"}
		if strings.Join(x.words, " ") != strings.Join(y.words, " ") {
			m.Kind = "altered"
			m.Diff = diff(x.words, y.words)
			m.Reordered = sameMultiset(x.words, y.words)
		}
		out = append(out, m)
	}
	return out
}

// overlap is the share of the shorter quote's words found in the other,
// counting content words only: two speakers' "the houses there are old
// and made of mud brick" and "houses made of adobe collapsed …" share
// "the", "and", "of" and little else. One-word quotes ("expand") match
// only themselves.
func overlap(a, b []string) float64 {
	if len(a) < 2 || len(b) < 2 {
		if strings.Join(a, " ") == strings.Join(b, " ") {
			return 1
		}
		return 0
	}
	ca, cb := withoutStopWords(a), withoutStopWords(b)
	switch {
	case len(ca) >= 2 && len(cb) >= 2:
		a, b = ca, cb
	case len(ca) > 0 && len(cb) > 0 && shared(ca, cb) == 0:
		// "We are not nimbys" and "We are against homes with …": one
		// quote's only content word missing from the other, their "we
		// are" makes no quote of both.
		return 0
	case longestRun(a, b) < 2:
		// "This is that movie" and "It's an event movie that nobody
		// saw coming": a short quote's one content word and a small
		// word met apart are two remarks; "a disaster" inside "this is
		// a disaster for the town" is one.
		return 0
	}
	return float64(shared(a, b)) / float64(min(len(a), len(b)))
}

// longestRun is the length of the longest run of words a and b both
// hold in the same order, side by side.
func longestRun(a, b []string) int {
	best := 0
	for i := range a {
		for j := range b {
			n := 0
			for i+n < len(a) && j+n < len(b) && a[i+n] == b[j+n] {
				n++
			}
			best = max(best, n)
		}
	}
	return best
}

// shared is how many words of a are in b, each word of b counted once.
func shared(a, b []string) int {
	count := map[string]int{}
	for _, w := range b {
		count[w]++
	}
	common := 0
	for _, w := range a {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	return common
}

// withoutStopWords returns ws without the stop words.
func withoutStopWords(ws []string) []string {
	var out []string
	for _, w := range ws {
		if !stopWords[w] {
			out = append(out, w)
		}
	}
	return out
}

func sameMultiset(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	x := append([]string(nil), a...)
	y := append([]string(nil), b...)
	sort.Strings(x)
	sort.Strings(y)
	return strings.Join(x, " ") == strings.Join(y, " ")
}

// diff is a word-level diff of a to b by longest common subsequence, with
// adjacent edits of one kind joined.
func diff(a, b []string) []Edit {
	n, m := len(a), len(b)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []Edit
	push := func(op, w string) {
		if k := len(out) - 1; k >= 0 && out[k].Op == op {
			out[k].Text += " " + w
			return
		}
		out = append(out, Edit{op, w})
	}
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			push("=", a[i])
			i, j = i+1, j+1
		case lcs[i+1][j] >= lcs[i][j+1]:
			push("-", a[i])
			i++
		default:
			push("+", b[j])
			j++
		}
	}
	for ; i < n; i++ {
		push("-", a[i])
	}
	for ; j < m; j++ {
		push("+", b[j])
	}
	return out
}
