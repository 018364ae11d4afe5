package corpus

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/lazyregexp"
)

// Dates a line above an article may write: "26 November 2026", "Nov. 26,
// 2026", "2026-11-26", with words around them ("Published: …",
// "Odense, …", "… 10:32 AM").
var (
	dayMonthYear = lazyregexp.New(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b`)
	monthDayYear = lazyregexp.New(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	isoDate      = lazyregexp.New(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	publishedCue = lazyregexp.New(`(?i)\b(?:published|posted|first published)\b`)
)

var monthNumbers = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

// headerDate finds the publication date a plain-text file writes above
// its first paragraph, in a line the cleaning dropped as the page's
// header or byline ("26 November 2026", "Published: Nov. 26, 2026 10:32
// AM", "Odense, 26 November 2026", "By Jane Roe | 2026-11-26"): of such
// lines, the first that says "published", else the first with a date. It
// returns the date as YYYY-MM-DD and the line, or "" when there is none.
func headerDate(lines []Line) (date, line string) {
	for _, l := range lines {
		if l.Class.Kept() {
			break
		}
		if l.Class != DroppedHeader && l.Class != DroppedByline {
			continue
		}
		d := dateIn(l.Text)
		if d == "" {
			continue
		}
		if publishedCue().MatchString(l.Text) {
			return d, l.Text
		}
		if date == "" {
			date, line = d, l.Text
		}
	}
	return date, line
}

// dateIn returns the first full date (day, month and year) in s as
// YYYY-MM-DD, or "".
func dateIn(s string) string {
	type found struct {
		at            int
		year, month   string
		day           string
		monthIsNumber bool
	}
	var best *found
	consider := func(f found) {
		if best == nil || f.at < best.at {
			best = &f
		}
	}
	if m := dayMonthYear().FindStringSubmatchIndex(s); m != nil {
		consider(found{at: m[0], day: s[m[2]:m[3]], month: s[m[4]:m[5]], year: s[m[6]:m[7]]})
	}
	if m := monthDayYear().FindStringSubmatchIndex(s); m != nil {
		consider(found{at: m[0], month: s[m[2]:m[3]], day: s[m[4]:m[5]], year: s[m[6]:m[7]]})
	}
	if m := isoDate().FindStringSubmatchIndex(s); m != nil {
		consider(found{at: m[0], year: s[m[2]:m[3]], month: s[m[4]:m[5]], day: s[m[6]:m[7]], monthIsNumber: true})
	}
	if best == nil {
		return ""
	}
	year, _ := strconv.Atoi(best.year)
	day, _ := strconv.Atoi(best.day)
	var month time.Month
	if best.monthIsNumber {
		n, _ := strconv.Atoi(best.month)
		month = time.Month(n)
	} else {
		month = monthNumbers[strings.ToLower(best.month)]
	}
	if year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 {
		return ""
	}
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return "" // "31 November"
	}
	return t.Format("2006-01-02")
}

// headerDateEvidence says where a date read by headerDate came from.
func headerDateEvidence(line string) string {
	return fmt.Sprintf("the line above the article: %q", line)
}
