package dates

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Precision is how much of the calendar a mention covers.
type Precision int

const (
	// Day is one day.
	Day Precision = iota
	// Weekend is a Saturday and the Sunday after it.
	Weekend
	// Week is a week, Monday to Sunday.
	Week
	// Month is a calendar month.
	Month
	// Year is a calendar year.
	Year
)

// String names the precision as it appears in JSON and golden files.
func (p Precision) String() string {
	switch p {
	case Day:
		return "day"
	case Weekend:
		return "weekend"
	case Week:
		return "week"
	case Month:
		return "month"
	case Year:
		return "year"
	}
	return "precision(" + strconv.Itoa(int(p)) + ")"
}

// Mention is one dated phrase of a text, placed on the calendar.
type Mention struct {
	// Phrase is the text as written, with its preposition ("on Tuesday").
	Phrase string
	// Start and End are byte offsets of Phrase in the text searched.
	Start, End int
	// From is the first day the phrase covers; To the day after the last.
	From, To  time.Time
	Precision Precision
	// Relative says the phrase needed the publication date ("last month"),
	// as opposed to stating its date in full ("in April 2019").
	Relative bool
}

// Label writes the mention's place on the calendar: "15 August 2023",
// "weekend of 13 August 2022", "week of 14 August 2023", "July 2023", "2019".
func (m Mention) Label() string {
	switch m.Precision {
	case Day:
		return m.From.Format("2 January 2006")
	case Weekend:
		return "weekend of " + m.From.Format("2 January 2006")
	case Week:
		return "week of " + m.From.Format("2 January 2006")
	case Month:
		return m.From.Format("January 2006")
	}
	return m.From.Format("2006")
}

// Find returns the dated phrases of text in order, resolved against the
// publication date. With a zero published, only phrases that state their
// own year are returned.
func Find(text string, published time.Time) []Mention {
	if !published.IsZero() {
		published = dayOf(published)
	}
	s := scanner{text: text, toks: tokenize(text), pub: published}
	var out []Mention
	for i := 0; i < len(s.toks); {
		if m, n := s.match(i); n > 0 {
			if !m.From.IsZero() {
				out = append(out, m)
			}
			i += n
			continue
		}
		i++
	}
	return out
}

// token is a run of letters or digits and its byte offsets.
type token struct {
	text       string
	start, end int
}

// tokenize splits s into runs of letters or digits.
func tokenize(s string) []token {
	var toks []token
	start := -1
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			toks = append(toks, token{s[start:i], start, i})
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, token{s[start:], start, len(s)})
	}
	return toks
}

// scanner matches dated phrases at token positions.
type scanner struct {
	text string
	toks []token
	pub  time.Time // zero when unknown
}

// lower returns token i in lower case, or "" out of range.
func (s *scanner) lower(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return strings.ToLower(s.toks[i].text)
}

// capital says token i starts with an upper-case letter.
func (s *scanner) capital(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.toks[i].text)
	return unicode.IsUpper(r)
}

// gap returns the text between token i-1 and token i.
func (s *scanner) gap(i int) string {
	if i <= 0 || i >= len(s.toks) {
		return ""
	}
	return s.text[s.toks[i-1].end:s.toks[i].start]
}

// spaced says tokens i-1 and i are separate words of one phrase.
func (s *scanner) spaced(i int) bool { return s.gap(i) == " " }

// mention builds a Mention over tokens first..last.
func (s *scanner) mention(first, last int, from, to time.Time, p Precision, relative bool) Mention {
	start, end := s.toks[first].start, s.toks[last].end
	return Mention{Phrase: s.text[start:end], Start: start, End: end, From: from, To: to, Precision: p, Relative: relative}
}

// skip is a match that consumes n tokens but places nothing.
func skip(n int) (Mention, int) { return Mention{}, n }

// match tries every pattern at token i and returns the mention and the
// tokens it consumed, or 0 when nothing starts there.
func (s *scanner) match(i int) (Mention, int) {
	for _, try := range []func(int) (Mention, int){
		s.isoDate, s.dayFirst, s.monthFirst, s.weekday, s.deictic, s.unit, s.ago, s.year,
	} {
		if m, n := try(i); n > 0 {
			return m, n
		}
	}
	return Mention{}, 0
}

// months maps month names and their abbreviations to months.
var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// monthAt returns the month named by token i: capitalised, and an
// abbreviation only when followed by a full stop or a number.
func (s *scanner) monthAt(i int) (time.Month, bool) {
	if !s.capital(i) {
		return 0, false
	}
	w := s.lower(i)
	m, ok := months[w]
	if !ok {
		return 0, false
	}
	if abbreviated(w) && !strings.HasPrefix(s.gap(i+1), ".") && !(s.spaced(i+1) && isNumber(s.lower(i+1))) {
		return 0, false
	}
	return m, true
}

// abbreviated says a month name is a short form ("Aug", "Sept").
func abbreviated(w string) bool { return len(w) <= 4 && w != "june" && w != "july" && w != "may" }

// isNumber says w is all ASCII digits.
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// dayNumber reads a day of the month: "19", "19th", "1st".
func dayNumber(w string) (int, bool) {
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(w, suffix) {
			w = strings.TrimSuffix(w, suffix)
			break
		}
	}
	if !isNumber(w) || len(w) > 2 {
		return 0, false
	}
	n, _ := strconv.Atoi(w)
	return n, n >= 1 && n <= 31
}

// yearNumber reads a four-digit year that a news article might name.
func (s *scanner) yearNumber(w string) (int, bool) {
	if len(w) != 4 || !isNumber(w) {
		return 0, false
	}
	y, _ := strconv.Atoi(w)
	if y < 1900 || y > 2099 || (!s.pub.IsZero() && y > s.pub.Year()+10) {
		return 0, false
	}
	return y, true
}

// datePreps are the words that may stand before a date and belong to its
// phrase.
var datePreps = map[string]bool{
	"on": true, "in": true, "since": true, "until": true, "till": true, "by": true,
	"before": true, "after": true, "from": true, "during": true,
}

// monthPreps are the words before a lone month that make it a date.
var monthPreps = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "before": true,
	"after": true, "from": true, "during": true, "early": true, "late": true, "mid": true,
	"last": true, "next": true, "this": true,
}

// yearPreps are the words before a bare year that make it a date.
var yearPreps = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "before": true, "after": true,
	"from": true, "during": true, "early": true, "late": true, "mid": true,
}

// withPrep extends a match starting at token first back over a preposition
// of preps, returning the phrase's first token.
func (s *scanner) withPrep(first int, preps map[string]bool) int {
	if first > 0 && preps[s.lower(first-1)] && (s.spaced(first) || s.gap(first) == "-") {
		return first - 1
	}
	return first
}

// date builds a day, or false when it does not exist (31 June).
func date(y int, m time.Month, d int) (time.Time, bool) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t, t.Month() == m && t.Day() == d
}

// dayOf truncates t to its calendar day, in UTC.
func dayOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// isoDate matches 2024-06-19.
func (s *scanner) isoDate(i int) (Mention, int) {
	if i+2 >= len(s.toks) || s.gap(i+1) != "-" || s.gap(i+2) != "-" {
		return Mention{}, 0
	}
	y, ok := s.yearNumber(s.toks[i].text)
	mo, d := s.toks[i+1].text, s.toks[i+2].text
	if !ok || len(mo) != 2 || len(d) != 2 || !isNumber(mo) || !isNumber(d) {
		return Mention{}, 0
	}
	m, _ := strconv.Atoi(mo)
	day, _ := strconv.Atoi(d)
	t, ok := date(y, time.Month(m), day)
	if !ok {
		return skip(3)
	}
	return s.mention(s.withPrep(i, datePreps), i+2, t, t.AddDate(0, 0, 1), Day, false), 3
}

// dayFirst matches "19 June", "19 June 2024", "19th of June".
func (s *scanner) dayFirst(i int) (Mention, int) {
	d, ok := dayNumber(s.lower(i))
	if !ok {
		return Mention{}, 0
	}
	j := i + 1
	if s.lower(j) == "of" && s.spaced(j) {
		j++
	}
	m, ok := s.monthAt(j)
	if !ok || !s.spaced(j) {
		return Mention{}, 0
	}
	last, y, hasYear := s.yearAfter(j)
	return s.dayMention(i, last, y, hasYear, m, d)
}

// yearAfter reads a year that may follow the day or month at token j
// ("June 19, 2024", "19 June 2024"), returning the phrase's last token.
func (s *scanner) yearAfter(j int) (last, year int, ok bool) {
	if g := s.gap(j + 1); g == " " || g == ", " {
		if year, ok = s.yearNumber(s.lower(j + 1)); ok {
			return j + 1, year, true
		}
	}
	return j, 0, false
}

// monthFirst matches "June 19", "June 19, 2024", "April 2019" and a lone
// month after a preposition ("in March").
func (s *scanner) monthFirst(i int) (Mention, int) {
	m, ok := s.monthAt(i)
	if !ok {
		return Mention{}, 0
	}
	// The next word belongs to the phrase after a space, or after ". "
	// when the month is abbreviated ("Aug. 15").
	j := i + 1
	if g := s.gap(j); g != " " && (g != ". " || !abbreviated(s.lower(i))) {
		j = -1
	}
	if d, ok := dayNumber(s.lower(j)); ok {
		last, y, hasYear := s.yearAfter(j)
		return s.dayMention(i, last, y, hasYear, m, d)
	}
	if y, ok := s.yearNumber(s.lower(j)); ok {
		from := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
		return s.mention(s.withPrep(i, monthPreps), j, from, from.AddDate(0, 1, 0), Month, false), j - i + 1
	}
	// A lone month needs a word before it that makes it a date.
	first := s.withPrep(i, monthPreps)
	if first == i {
		return Mention{}, 0
	}
	if s.pub.IsZero() {
		return skip(1)
	}
	mod := s.lower(first)
	// "in early March": take the preposition before the modifier too.
	if (mod == "early" || mod == "late" || mod == "mid") && datePreps[s.lower(first-1)] && s.spaced(first) {
		first--
	}
	cur := s.pub.Year()*12 + int(s.pub.Month()) - 1
	tense := s.tense(first)
	var idx int // months since year 0 of the chosen month
	switch {
	case tense == conditional:
		return skip(1)
	case mod == "last":
		idx = latest(cur-1, m)
	case mod == "next":
		idx = earliest(cur+1, m)
	case mod == "this":
		idx = s.pub.Year()*12 + int(m) - 1
	case tense == future:
		idx = earliest(cur, m)
	default:
		idx = latest(cur, m)
	}
	from := time.Date(idx/12, time.Month(idx%12+1), 1, 0, 0, 0, 0, time.UTC)
	return s.mention(first, i, from, from.AddDate(0, 1, 0), Month, true), 1
}

// latest returns the last month index at or before limit that is month m.
func latest(limit int, m time.Month) int {
	idx := limit - ((limit%12 - (int(m) - 1) + 12) % 12)
	return idx
}

// earliest returns the first month index at or after limit that is month m.
func earliest(limit int, m time.Month) int {
	return limit + ((int(m) - 1 - limit%12 + 12) % 12)
}

// dayMention places a day of a month, with or without its year, spanning
// tokens first..last.
func (s *scanner) dayMention(first, last, y int, hasYear bool, m time.Month, d int) (Mention, int) {
	n := last - first + 1
	phraseStart := s.withPrep(first, datePreps)
	if hasYear {
		t, ok := date(y, m, d)
		if !ok {
			return skip(n)
		}
		return s.mention(phraseStart, last, t, t.AddDate(0, 0, 1), Day, false), n
	}
	if s.pub.IsZero() {
		return skip(n)
	}
	tense := s.tense(phraseStart)
	if tense == conditional {
		return skip(n)
	}
	year := s.pub.Year()
	t, ok := date(year, m, d)
	switch {
	case tense == future && ok && t.Before(s.pub):
		year++
	case tense != future && (!ok || t.After(s.pub)):
		year--
	}
	t, ok = date(year, m, d)
	if !ok {
		return skip(n)
	}
	return s.mention(phraseStart, last, t, t.AddDate(0, 0, 1), Day, true), n
}

// weekdays maps weekday names to weekdays.
var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// weekday matches "on Tuesday", "said Tuesday", "last Tuesday".
func (s *scanner) weekday(i int) (Mention, int) {
	wd, ok := weekdays[s.lower(i)]
	if !ok || !s.capital(i) {
		return Mention{}, 0
	}
	// "Tuesday, June 18" or "Tuesday 18 June": the date that follows says
	// which Tuesday; let it be matched on its own.
	if g := s.gap(i + 1); g == " " || g == ", " {
		if _, ok := s.monthAt(i + 1); ok {
			return skip(1)
		}
		if _, ok := dayNumber(s.lower(i + 1)); ok {
			return skip(1)
		}
	}
	if s.pub.IsZero() {
		return skip(1)
	}
	first := i
	mod := ""
	if w := s.lower(i - 1); s.spaced(i) && (w == "last" || w == "next" || w == "this" || datePreps[w]) {
		first, mod = i-1, w
	}
	tense := s.tense(first)
	back := (int(s.pub.Weekday()) - int(wd) + 7) % 7 // days since the last such day
	var t time.Time
	switch {
	case tense == conditional:
		return skip(1)
	case mod == "last":
		if back == 0 {
			back = 7
		}
		t = s.pub.AddDate(0, 0, -back)
	case mod == "next":
		ahead := (7 - back) % 7
		if ahead == 0 {
			ahead = 7
		}
		t = s.pub.AddDate(0, 0, ahead)
	case tense == future:
		t = s.pub.AddDate(0, 0, (7-back)%7)
	default:
		t = s.pub.AddDate(0, 0, -back)
	}
	return s.mention(first, i, t, t.AddDate(0, 0, 1), Day, true), 1
}

// deictic matches today, yesterday, tomorrow and tonight.
func (s *scanner) deictic(i int) (Mention, int) {
	offset := map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
	off, ok := offset[s.lower(i)]
	if !ok {
		return Mention{}, 0
	}
	// "today's world" means nowadays, more often than not.
	if g := s.gap(i + 1); (g == "'" || g == "’") && s.lower(i+1) == "s" {
		return skip(1)
	}
	if s.pub.IsZero() {
		return skip(1)
	}
	t := s.pub.AddDate(0, 0, off)
	return s.mention(i, i, t, t.AddDate(0, 0, 1), Day, true), 1
}

// unit matches "last week", "this month", "earlier this year", "next
// month", "over the weekend".
func (s *scanner) unit(i int) (Mention, int) {
	u := s.lower(i)
	switch {
	case u != "week" && u != "month" && u != "year" && u != "weekend":
		return Mention{}, 0
	case !s.spaced(i):
		return Mention{}, 0
	}
	mod := s.lower(i - 1)
	first := i - 1
	if u == "weekend" && mod == "the" {
		if w := s.lower(i - 2); s.spaced(i-1) && (w == "over" || w == "at" || w == "on") {
			first, mod = i-2, "last"
		} else {
			return Mention{}, 0
		}
	}
	if mod != "last" && mod != "this" && mod != "next" {
		return Mention{}, 0
	}
	if mod == "this" {
		if w := s.lower(first - 1); s.spaced(first) && (w == "earlier" || w == "later") {
			first--
		}
	}
	if s.pub.IsZero() {
		return skip(1)
	}
	step := map[string]int{"last": -1, "this": 0, "next": 1}[mod]
	var from, to time.Time
	p := Day
	switch u {
	case "week":
		from = weekStart(s.pub).AddDate(0, 0, 7*step)
		to, p = from.AddDate(0, 0, 7), Week
	case "month":
		from = time.Date(s.pub.Year(), s.pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, step, 0)
		to, p = from.AddDate(0, 1, 0), Month
	case "year":
		from = time.Date(s.pub.Year()+step, 1, 1, 0, 0, 0, 0, time.UTC)
		to, p = from.AddDate(1, 0, 0), Year
	case "weekend":
		// The weekend just gone; "this weekend" is the one of this week.
		sat := s.pub.AddDate(0, 0, -((int(s.pub.Weekday()) - int(time.Saturday) + 7) % 7))
		switch mod {
		case "this":
			if s.pub.Weekday() != time.Saturday && s.pub.Weekday() != time.Sunday {
				sat = sat.AddDate(0, 0, 7)
			}
		case "next":
			return skip(1)
		}
		from, to, p = sat, sat.AddDate(0, 0, 2), Weekend
	}
	return s.mention(first, i, from, to, p, true), 1
}

// weekStart returns the Monday of t's week.
func weekStart(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// counts are the number words "… ago" takes.
var counts = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

// ago matches "three days ago", "a week ago", "two years ago".
func (s *scanner) ago(i int) (Mention, int) {
	if s.lower(i) != "ago" || i < 2 || !s.spaced(i) || !s.spaced(i-1) {
		return Mention{}, 0
	}
	u := strings.TrimSuffix(s.lower(i-1), "s")
	w := s.lower(i - 2)
	n, ok := counts[w]
	if !ok && isNumber(w) && len(w) <= 3 {
		n, _ = strconv.Atoi(w)
		ok = n > 0
	}
	if !ok || (u != "day" && u != "week" && u != "month" && u != "year") {
		return Mention{}, 0
	}
	// "10 to 20 years ago" is a range, not a date.
	if p := s.lower(i - 3); i >= 3 && (p == "to" || p == "or" || p == "and" || s.gap(i-2) == "-") {
		return skip(1)
	}
	if s.pub.IsZero() {
		return skip(1)
	}
	var from, to time.Time
	var p Precision
	switch u {
	case "day":
		from = s.pub.AddDate(0, 0, -n)
		to, p = from.AddDate(0, 0, 1), Day
	case "week":
		from = weekStart(s.pub.AddDate(0, 0, -7*n))
		to, p = from.AddDate(0, 0, 7), Week
	case "month":
		from = time.Date(s.pub.Year(), s.pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -n, 0)
		to, p = from.AddDate(0, 1, 0), Month
	case "year":
		from = time.Date(s.pub.Year()-n, 1, 1, 0, 0, 0, 0, time.UTC)
		to, p = from.AddDate(1, 0, 0), Year
	}
	return s.mention(i-2, i, from, to, p, true), 1
}

// year matches a year after a preposition: "in 2019", "since 2000".
func (s *scanner) year(i int) (Mention, int) {
	y, ok := s.yearNumber(s.lower(i))
	if !ok {
		return Mention{}, 0
	}
	first := s.withPrep(i, yearPreps)
	if first == i {
		return Mention{}, 0
	}
	// "in 2022-23" is a span, not a year.
	if g := s.gap(i + 1); g == "-" || g == "–" {
		return skip(1)
	}
	from := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	return s.mention(first, i, from, from.AddDate(1, 0, 0), Year, false), 1
}

// tense is how a clause speaks of time.
type tense int

const (
	past tense = iota
	future
	// conditional is "would": the future seen from the past, or a
	// hypothesis; a weekday in it cannot be placed.
	conditional
)

// tense reads the clause before token i, back to the sentence's start.
func (s *scanner) tense(i int) tense {
	t := past
	for j := i - 1; j >= 0 && i-j <= 20; j-- {
		if g := s.gap(j + 1); strings.ContainsAny(g, ".!?;") && !isAbbreviation(s.lower(j)) {
			break
		}
		switch w := s.lower(j); w {
		case "would":
			return conditional
		case "will", "shall", "upcoming":
			t = future
		case "ll":
			if g := s.gap(j); g == "'" || g == "’" {
				t = future
			}
		case "due", "expected", "scheduled", "set", "going", "plans", "planning", "planned":
			if s.lower(j+1) == "to" || w == "scheduled" {
				t = future
			}
		}
	}
	return t
}

// isAbbreviation says a full stop after w does not end a sentence.
func isAbbreviation(w string) bool {
	switch w {
	case "u", "s", "n", "k", "mr", "mrs", "ms", "dr", "st", "jr", "gen", "lt", "col", "sgt", "rep", "sen", "gov", "pres":
		return true
	}
	return len(w) == 1
}
