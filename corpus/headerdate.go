package corpus

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/internal/lazyregexp"
)

// Dates a line above an article may write: "26 November 2026", "Nov. 26,
// 2026", "2026-11-26", with words around them ("Published: …",
// "Odense, …", "… 10:32 AM").
var (
	dayMonthYear = &lazyregexp.Regexp{Expr: `(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b`}
	monthDayYear = &lazyregexp.Regexp{Expr: `(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`}
	isoDate      = &lazyregexp.Regexp{Expr: `\b\d{4}-\d{2}-\d{2}\b`}
	publishedCue = &lazyregexp.Regexp{Expr: `(?i)\b(?:published|posted|first published)\b`}
	readTime     = &lazyregexp.Regexp{Expr: `(?i)\b\d{1,3}[ -]min(?:ute)?s? read\b`}
	// timeStamp is a date followed by a time of day: "2019-09-04
	// 14:13:16", "15 November 2019 00:00".
	timeStamp = &lazyregexp.Regexp{Expr: `(?i)(?:\b\d{4}-\d{2}-\d{2}|\b\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}|\b[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}),?\s+(?:at\s+)?\d{1,2}:\d{2}`}
)

// headerDate finds the publication date a plain-text file writes above
// its first paragraph, in a line the cleaning dropped as the page's
// header or byline ("26 November 2026", "Published: Nov. 26, 2026 10:32
// AM", "Odense, 26 November 2026", "By Jane Roe | 2026-11-26"): of such
// lines, the first that says "published", else the first with a date. It
// returns the date as YYYY-MM-DD and the line, or "" when there is none.
func headerDate(lines []Line) (date, line string) {
	for i, l := range lines {
		// A dateline on a line of its own is kept as the story's
		// ("Odense, 26 November 2026"), and is the first kept line.
		dateline := l.Class.Kept() && standaloneDateline(l.Text) && (i+1 < len(lines) && lines[i+1].Class.Kept())
		// A photo's caption above the headline opens no story: the
		// page's date may come after it.
		if l.Class.Kept() && l.Class != KeptCaption && !dateline {
			break
		}
		// A site's line of furniture counts when it stamps the story
		// with a time or says "published" ("Source: Xinhua|
		// 2019-09-04 14:13:16|Editor: …"); a date alone there may be
		// the site's own widget showing today's.
		// So does one that gives the story's reading time ("December 4,
		// 2026 | 3 min read").
		stamp := l.Class == DroppedChrome && (publishedCue.MatchString(l.Text) || timeStamp.MatchString(l.Text) || readTime.MatchString(l.Text))
		if l.Class != DroppedHeader && l.Class != DroppedByline && !dateline && !stamp {
			continue
		}
		d := dateIn(l.Text)
		if d == "" {
			continue
		}
		if publishedCue.MatchString(l.Text) {
			return d, l.Text
		}
		if date == "" {
			date, line = d, l.Text
		}
	}
	return date, line
}

// dateIn returns the first full date (day, month and year) in s as
// YYYY-MM-DD, or "": the date is rewritten in one of ParseDate's forms
// and read by it, which also refuses a day the month has not.
func dateIn(s string) string {
	at, text := -1, ""
	found := func(start int, date string) {
		if at < 0 || start < at {
			at, text = start, date
		}
	}
	if m := dayMonthYear.FindStringSubmatchIndex(s); m != nil {
		found(m[0], s[m[2]:m[3]]+" "+s[m[4]:m[5]]+" "+s[m[6]:m[7]])
	}
	if m := monthDayYear.FindStringSubmatchIndex(s); m != nil {
		found(m[0], s[m[4]:m[5]]+" "+s[m[2]:m[3]]+" "+s[m[6]:m[7]])
	}
	if m := isoDate.FindStringIndex(s); m != nil {
		found(m[0], s[m[0]:m[1]])
	}
	d, err := ParseDate(text)
	if at < 0 || err != nil {
		return ""
	}
	return d
}

// dateOnlyLine reports whether s holds a full date and nothing else but
// a weekday, a time and separators ("December 4, 2026", "Wednesday 4
// December 2026", "2026-12-04 | 09:12").
func dateOnlyLine(s string) bool {
	// (A short line with a digit only: the cleaner asks of every line.)
	if len(s) > 60 || !strings.ContainsAny(s, "0123456789") || dateIn(s) == "" {
		return false
	}
	rest := s
	for _, re := range []*lazyregexp.Regexp{dayMonthYear, monthDayYear, isoDate, clockTime, weekdayName} {
		rest = re.ReplaceAllString(rest, " ")
	}
	return strings.IndexFunc(rest, unicode.IsLetter) < 0
}

var (
	// clockTime is a time of day: "09:12", "2:40 pm", "14.40 GMT".
	clockTime = &lazyregexp.Regexp{Expr: `(?i)\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|BST|CET|EST|EDT|PST|PDT|IST|ET|PT))?`}
	// weekdayName is a day of the week, whole or short.
	weekdayName = &lazyregexp.Regexp{Expr: `(?i)\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\b\.?`}
)

// headerDateEvidence says where a date read by headerDate came from.
func headerDateEvidence(line string) string {
	return fmt.Sprintf("the line above the article: %q", line)
}
