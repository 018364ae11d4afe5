package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/search"
)

// resultNotes says, after a result's counts, what else the reader should
// know of it: the other spellings its words matched, and whether its words
// were found in no one passage but across the passages of articles.
func resultNotes(r search.Result) string {
	s := alsoMatchedText(r.AlsoMatched)
	if r.Spread {
		s += ". No passage holds every word: these passages hold some, in the articles that hold them all"
	}
	return s
}

// alsoMatchedText names the other spellings a search counted: "; also
// matched: tayib, noureen".
func alsoMatchedText(words []string) string {
	if len(words) == 0 {
		return ""
	}
	return "; also matched: " + strings.Join(words, ", ")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return thousands(n) + " " + word + "s"
}

// thousands writes n with a comma between groups of three digits:
// 100,000 reads at a glance, 100000 does not.
func thousands(n int) string {
	s := strconv.Itoa(n)
	start := 0
	if n < 0 {
		start = 1
	}
	for i := len(s) - 3; i > start; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// joinList joins items as "a", "a and b" or "a, b and c".
func joinList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	out := items[0]
	for _, s := range items[1 : len(items)-1] {
		out += ", " + s
	}
	return out + " and " + items[len(items)-1]
}

// listItem is item i of n in a sentence: the link and a note, then ", "
// or, after the last, end.
func listItem(link app.UI, note string, i, n int, end string) app.UI {
	sep := ", "
	if i == n-1 {
		sep = end
	}
	return elemBody("span", link, app.Text(note+sep))
}

func ariaBool(on bool) string {
	if on {
		return "true"
	}
	return "false"
}

// passagesWord is "passage" or "passages" for n.
func passagesWord(n int) string {
	if n == 1 {
		return "passage"
	}
	return "passages"
}

// outletName is the article's outlet, or its file's name where neither
// the file nor the folder's manifest gives one: a plain text file the
// reader dropped in still needs a label in the matrix and the links.
func outletName(a *corpus.Article) string {
	if a.Outlet != "" {
		return a.Outlet
	}
	return a.ID
}

// articleLabel is an article's outlet (or file) and date: "Reuters ·
// 2026-11-27".
func articleLabel(a *corpus.Article) string {
	return strings.Join(nonEmpty(outletName(a), a.Published), " · ")
}
