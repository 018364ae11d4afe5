package find

import (
	"github.com/parallax-news/parallax/internal/lazyregexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/actors"
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
	// inTitle marks a word of a work's title in double quotation marks
	// ("The Tide Returns at Night"), whose capitals name no actor.
	inTitle bool
	// low and key are the text in lower case and as the lexicon keys it
	// (keyOf), worked out once a word: the reading asks for them of
	// every word many times.
	low, key string
}

// setText gives w the text s, with its lower case and key.
func (w *word) setText(s string) {
	w.text, w.low, w.key = s, strings.ToLower(s), keyOf(s)
}

// lower is the word in lower case, for lexicon look-ups.
func (w word) lower() string {
	if w.low == "" && w.text != "" {
		return strings.ToLower(w.text) // a word made outside words
	}
	return w.low
}

// wordsKey is the lexicon's key of ws's words joined by spaces:
// keyOf(joinWords(ws)), from each word's own key.
func wordsKey(ws []word) string {
	if len(ws) == 1 && (ws[0].key != "" || ws[0].text == "") {
		return ws[0].key
	}
	var b strings.Builder
	for _, w := range ws {
		k := w.key
		if k == "" && w.text != "" {
			k = keyOf(w.text) // a word made outside words
		}
		if k == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(k)
	}
	return b.String()
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// nicknameClose reports whether gap, between two words, closes a
// nickname in quotation marks: "” ", "\" ", "’ ".
func nicknameClose(gap string) bool {
	return gap == "\" " || gap == "” " || gap == "’ " || gap == "' "
}

// words cuts a passage into words. Acronyms keep their periods ("U.N."),
// honorifics theirs ("Mr."). A hyphen joins two parts of a name
// ("Jong-un", "Won-sik") when the word before is part of a capitalised run,
// and otherwise splits ("Russian-backed" → "Russian", "backed"), as it
// always does before a participle ("The Rwanda-backed M23").
// sentStarts are the byte offsets where sentences begin.
func words(text string, sentStarts []int) []word {
	var out []word
	isStart := map[int]bool{}
	for _, s := range sentStarts {
		isStart[s] = true
	}
	inQuote := false
	pendingStart := true
	shouting := shouted(text)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '“' || r == '«' || (r == '"' && !inQuote):
			inQuote = true
			// "said: “Services will resume”": a quotation opens a
			// sentence of its own.
			pendingStart = true
		case r == '”' || r == '»' || (r == '"' && inQuote):
			inQuote = false
		}
		if isStart[i] {
			pendingStart = true
		}
		// After a dateline's dash the story's first sentence begins:
		// "SAN JOSE (Reuters) - Shares of …".
		// So it does after one in title case with its agency: "Porto
		// Alegre (AFP) - Floods in …".
		// So does a live blog's entry after its time: "22:31 — Forward
		// leader: …".
		if (r == '—' || r == '–' || r == '-' && i > 0 && text[i-1] == ' ') && (len(out) > 0 && (allCaps(out[0].text) || i < 80 && agencyDateline.MatchString(text[:i])) || i < 12 && entryTime.MatchString(text[:i])) {
			pendingStart = true
		}
		if !isLetter(r) {
			i += size
			continue
		}
		// "https://t.co/Xy12abCD", "pic.twitter.com/Qr7ZxLmN90": a
		// link's words name no one.
		if n := linkLength(text[i:]); n > 0 {
			i += n
			continue
		}
		start := i
		end := nameApostrophe(text, start, wordEnd(text, start))
		// Dutch's "'t" inside a name keeps its apostrophe: "van 't Hof".
		if end == start+1 && text[start] == 't' && end < len(text) && text[end] == ' ' {
			if b := dutchArticleStart(text, start); b >= 0 {
				start = b
			}
		}
		w := word{text: text[start:end], start: start, end: end}
		// The period of an acronym, an honorific or a title's
		// abbreviation ("Lt. Col.") belongs to it; an honorific's or a
		// title's ending the paragraph ends its sentence ("… leader Hun Sen.").
		// So does that of "Co." before a legal form: "Goldman Sachs & Co.
		// LLC", "Samsung Electronics Co., Ltd.".
		if end < len(text) && text[end] == '.' && (strings.Contains(w.text, ".") || (honorifics[strings.ToLower(w.text)+"."] || titles[strings.ToLower(w.text)+"."]) && strings.TrimSpace(text[end+1:]) != "" || nameAbbreviations[strings.ToLower(w.text)] || w.text == "Co" && legalFormAfter.MatchString(text[end+1:]) || w.text == "Ma" && maGivenName(out, text, end)) {
			w.text += "."
			w.end++
			end++
		}
		// A party's initials with a letter in brackets, written close:
		// "JD(S)", "CPI(M)", "CPI(ML)" are one name.
		if n := bracketedInitial(text, end); n > 0 && allCaps(w.text) {
			w.text += text[end : end+n]
			w.end += n
			end += n
		}
		// A Danish or Norwegian company's legal form: "Nordhavn Shipping
		// A/S" ends with "A/S", one word.
		if w.text == "A" && strings.HasPrefix(text[end:], "/S") && !isLetter(firstRune(text[end+2:])) {
			w.text += "/S"
			w.end += 2
			end += 2
		}
		// A site's name with its domain: "Brightwater.com".
		if n := webDomain(text, end); n > 0 && unicode.IsUpper(firstRune(w.text)) {
			w.text += text[end : end+n]
			w.end += n
			end += n
		}
		first, _ := utf8.DecodeRuneInString(w.text)
		w.cap = unicode.IsUpper(first) || lowerPrefixedName(w.text) || elidedName(w.text) && len(out) > 0 && out[len(out)-1].cap && out[len(out)-1].end+1 == start || numberedTeam(w.text)
		// "VND1.5 billion", "KES2 billion": a currency's code written
		// close to its amount is money, no name.
		if w.cap && amountInCurrency(w.text) {
			w.cap = false
		}
		// "MAYOR OF BERGEN" in a passage all in capitals: its small
		// words are written small elsewhere.
		if w.cap && shouting && shoutedSmallWords[strings.ToLower(w.text)] {
			w.cap = false
		}
		w.sentStart = pendingStart
		w.inQuote = inQuote
		pendingStart = false
		if after := possessiveEnd(text, end); after > end {
			w.possessive = true
			end = after
		} else if after := pluralPossessiveEnd(text, start, end); w.cap && after > end {
			w.possessive = true
			end = after
		}
		// join makes the word run to j, with the possessive after it
		// ("the Auditor-General's Office").
		join := func(j int) {
			w.text, w.end, end = text[start:j], j, j
			if after := possessiveEnd(text, end); after > end {
				w.possessive = true
				end = after
			}
		}
		// A name joined by an izafe or article: "Jamaat-e-Islami",
		// "Tehreek-e-Insaf", "Nayeb-e-Ameer".
		// So is a place's: "Weston-super-Mare", "Stratford-upon-Avon",
		// "Bourton-on-the-Water", "Aix-en-Provence".
		for w.cap && !w.possessive && end < len(text) && text[end] == '-' {
			n := placeInfixes(text[end+1:])
			if n == 0 {
				infix, rest, ok := strings.Cut(text[end+1:], "-")
				if !ok || !izafes[infix] || rest == "" || !unicode.IsUpper(firstRune(rest)) {
					break
				}
				n = len(infix) + 1
			}
			join(lettersEnd(text, end+1+n))
		}
		// "Omondi Ochieng'-Rapando": a Luo name's closing apostrophe
		// before a second surname's hyphen is the name's.
		if w.cap && !w.possessive {
			for _, ap := range []string{"'", "’"} {
				if strings.HasPrefix(text[end:], ap+"-") && unicode.IsUpper(firstRune(text[end+len(ap)+1:])) {
					w.text += ap
					w.end += len(ap)
					end += len(ap)
					break
				}
			}
		}
		// A hyphenated name part: "Kim Jong-un", "al-Tayeb".
		if end < len(text) && text[end] == '-' && end+1 < len(text) && unicode.IsLetter(firstRune(text[end+1:])) {
			// (So does one after a nickname's closing mark: "Lee “Sorin”
			// Ji-hoon".)
			prevCap := len(out) > 0 && out[len(out)-1].cap && (out[len(out)-1].end+1 == start || nicknameClose(text[out[len(out)-1].end:start]))
			upperNext := unicode.IsUpper(firstRune(text[end+1:]))
			if particles[strings.ToLower(w.text)] && upperNext && !w.possessive {
				w.cap = true
			}
			// "Rwanda-backed", "Istanbul-based": a place or body before a
			// participle is no part of a name, even after a capital.
			adjective := !upperNext && compoundTails[strings.ToLower(text[end+1:lettersEnd(text, end+1)])]
			// "Sung-min Park", "Hye-jin Lee": a Korean given name, two
			// short syllables joined by a hyphen, before a surname.
			syllable := w.cap && !upperNext && !adjective && koreanGivenName(text, start, end)
			// "co-leader", "vice-chairman": a title written with a hyphen
			// is one word.
			title := titles[strings.ToLower(text[start:lettersEnd(text, end+1)])]
			// "Sen. X, R-Texas", "(D-N.M.)": a party's letter before a
			// member's state is a word of its own.
			partyState := len(w.text) == 1 && strings.Contains("RDI", w.text) && upperNext && (strings.HasSuffix(text[:start], ", ") || strings.HasSuffix(text[:start], "("))
			// "the Korea-U.S. alliance", "the U.S.-Korea pact": two
			// countries, one of them by its dotted initials.
			dotted := strings.Contains(w.text, ".") || dottedInitials(text[end+1:])
			// "the National Center for Hydro-meteorological Forecasting":
			// a capital after a body's connector, its hyphenated part
			// in lower case, then the name going on, is one word of it.
			inBody := w.cap && len(out) >= 2 && bodyConnectors[strings.ToLower(out[len(out)-1].text)] && out[len(out)-2].cap && text[out[len(out)-1].end:start] == " " && strings.HasPrefix(text[lettersEnd(text, end+1):], " ") && unicode.IsUpper(firstRune(text[lettersEnd(text, end+1)+1:]))
			if (w.cap && prevCap || w.cap && upperNext || syllable || title || inBody || w.cap && !w.sentStart && nameOfParts(text[end:])) && !adjective && !partyState && !dotted {
				// "Wafula-Ng'ang'a": the part after the hyphen keeps
				// its own apostrophes.
				join(nameApostrophe(text, end+1, lettersEnd(text, end+1)))
			}
			// "Huu-ay-aht", "Tla-o-qui-aht", "Nuu-chah-nulth": a name
			// of several hyphenated parts keeps them all.
			for w.cap && strings.Contains(w.text, "-") && !w.possessive && end+1 < len(text) && text[end] == '-' && unicode.IsLetter(firstRune(text[end+1:])) && !compoundTails[strings.ToLower(text[end+1:lettersEnd(text, end+1)])] {
				join(nameApostrophe(text, end+1, lettersEnd(text, end+1)))
			}
		}
		w.setText(w.text)
		out = append(out, w)
		i = end
	}
	markClockTimes(text, out)
	markTitles(text, out)
	markCitationCourts(text, out)
	// Words inside quotations in single marks ('There was nobody there.').
	if strings.ContainsAny(text, "'‘") {
		for _, r := range actors.FindQuotes(text) {
			if q := text[r[0]:]; !strings.HasPrefix(q, "'") && !strings.HasPrefix(q, "‘") {
				continue
			}
			for k := range out {
				if out[k].start > r[0] && out[k].start < r[1] {
					out[k].inQuote = true
				}
			}
		}
	}
	return out
}

// dottedInitials reports whether s opens with initials written with
// periods: "U.S.", "U.K.".
func dottedInitials(s string) bool {
	return len(s) >= 3 && unicode.IsUpper(firstRune(s)) && s[1] == '.' && unicode.IsUpper(firstRune(s[2:]))
}

// markTitles marks the words of each quotation in double marks that is a
// work's title, not words spoken: two to ten words, no sentence's or
// clause's punctuation inside, every word of four letters or more
// capitalised ("The Tide Returns at Night", "Four Rooms in Shubra").
func markTitles(text string, ws []word) {
	for k := 0; k < len(ws); {
		if !ws[k].inQuote || k > 0 && ws[k-1].inQuote {
			k++
			continue
		}
		e := k
		for e < len(ws) && ws[e].inQuote {
			e++
		}
		inside := text[ws[k].start:ws[e-1].end]
		// Not a nickname: "known as “Abu Tariq”".
		open := strings.LastIndexAny(text[:ws[k].start], "“\"")
		nickname := false
		if open >= 0 {
			_, size := utf8.DecodeRuneInString(text[open:])
			nickname = nicknameCueBefore(text[:open+size])
		}
		// Nor a person's name some outlets set in quotation marks:
		// "“Nurlan Seitkaliyev”, a member of the Mazhilis, said".
		quotedName := e-k <= 4 && quotedPersonAfter.MatchString(textAfter(text, ws[e-1].end, 80))
		title := e-k >= 2 && e-k <= 10 && ws[k].cap && !nickname && !quotedName && !strings.ContainsAny(inside, ".,;:!?")
		for n := k; n < e && title; n++ {
			if utf8.RuneCountInString(ws[n].text) >= 4 && !ws[n].cap {
				title = false
			}
		}
		for n := k; n < e && title; n++ {
			ws[n].inTitle = true
		}
		k = e
	}
}

// markCitationCourts marks the words after a docket number in a case's
// citation, "(Jane Roe, et al. v. Gulfmark LLC, No. 25-01142, M.D.
// La.)", "(…, No. 24-30581, 5th Cir.)": the court's abbreviation, whose
// capitals name no actor (markTitles' flag says so).
func markCitationCourts(text string, ws []word) {
	if !strings.Contains(text, "No.") {
		return
	}
	for _, m := range citationCourt.Get().FindAllStringSubmatchIndex(text, -1) {
		for n := range ws {
			if ws[n].start >= m[2] && ws[n].end <= m[3] {
				ws[n].inTitle = true
			}
		}
	}
}

// citationCourt is a docket number in brackets, then the court's
// abbreviation up to the closing bracket.
var citationCourt = &lazyregexp.Regexp{Expr: `\bNo\.\s?\d[\w:.-]*,\s*([^()]{1,40})\)`}

// quotedPersonAfter is what follows a person's name set in quotation
// marks: its closing mark, then a role set off ("”, a member of") or a
// speech verb ("” said").
var quotedPersonAfter = &lazyregexp.Regexp{Expr: `^[”"]?(?:,\s+(?:a|an|the)\s+(?:\p{Ll}+\s+){0,2}(?:member|spokesman|spokeswoman|spokesperson|head|chairman|chairwoman|deputy|minister|director|leader|representative|adviser|advisor|official|senator|lawmaker)\b|,?\s+(?:said|says|told|stated|noted|added)\b)`}

// maGivenName reports whether the "Ma" ending at text[end], before a
// period, is the Philippine short form of Maria opening a name ("Judge
// Ma. Cristina dela Peña-Santos", "Ma. Teresa Reyes"): a given name and
// another capitalised word follow, and no name runs into it from before
// ("Jack Ma. Alibaba said" is a surname ending a sentence).
func maGivenName(out []word, text string, end int) bool {
	if n := len(out); n > 0 && out[n-1].cap && out[n-1].end+1 == end-2 && !titles[strings.ToLower(out[n-1].text)] && !honorifics[strings.ToLower(out[n-1].text)] {
		return false
	}
	return maGivenAfter.MatchString(text[end+1:])
}

// maGivenAfter is a given name and another capitalised word (or a
// particle) after "Ma.".
var maGivenAfter = &lazyregexp.Regexp{Expr: `^ \p{Lu}\p{Ll}+ (?:\p{Lu}|dela |de |del |delos )`}

// legalFormAfter is a company's legal form after "Co.": " LLC", ", Ltd.".
var legalFormAfter = &lazyregexp.Regexp{Expr: `^,? (?:LLC|L\.L\.C\.|Ltd|Limited|Inc|KG|KGaA|AG|GmbH|LP|LLP|PLC|plc|SA|S\.A\.|NV|BV|Pte|Bhd|Tbk|JSC|PJSC|OJSC)\b`}

// linkLength is the length of the web address text opens with, up to
// the next space, or 0.
func linkLength(text string) int {
	if !strings.HasPrefix(text, "http://") && !strings.HasPrefix(text, "https://") && !strings.HasPrefix(text, "www.") && !strings.HasPrefix(text, "pic.twitter.com/") {
		return 0
	}
	if n := strings.IndexFunc(text, unicode.IsSpace); n >= 0 {
		return n
	}
	return len(text)
}

// shouted reports whether text is written in capitals, a part in
// brackets aside: "SOUNDBITE (Arabic) NAME, MINISTER OF TOURISM:", a
// video script's label with its language.
func shouted(text string) bool {
	var b strings.Builder
	depth := 0
	for _, r := range text {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	rest := b.String()
	return strings.ToUpper(rest) == rest && strings.ToLower(rest) != rest
}

// nameAbbreviations keep their period and stay inside a name: "St.
// Vincent Medical Center", "Mt. Hood", "Martin Luther King Jr.", "Warner
// Bros. Pictures"; and
// the given names South Asia writes short: "Ch. Venkata Ramana Rao",
// "Md. Abdul Karim", "Mohd. Faizal".
var nameAbbreviations = wordSet("st mt ft jr sr brgy sta sto ch md mohd bros")

// particles are the lower-case parts that a hyphen joins to the name after
// them in Arabic and other names: "al-Tayeb", "el-Sisi", "bin-Salem".
var particles = wordSet(
	"al el ad ash as at an ar az ibn bin binti binte abu ben",
)

// numberedTeam reports whether w is a team's name that opens on its
// number, as a capital would: "the Philadelphia 76ers", "the 49ers".
func numberedTeam(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	return n >= 2 && w[n:] == "ers"
}

// wordEnd returns where the word starting at start ends: after its
// letters and digits, and the periods of an acronym ("U.N.").
func wordEnd(text string, start int) int {
	end := start
	for end < len(text) {
		c, n := utf8.DecodeRuneInString(text[end:])
		if isLetter(c) {
			end += n
			continue
		}
		// Initials joined by an ampersand: "AT&T", "S&P", "P&G".
		if c == '&' && end > start && end-start <= 3 && upperRunEnd(text, start) == end && end+1 < len(text) {
			if k := upperRunEnd(text, end+1); k > end+1 && k-end-1 <= 3 && (k == len(text) || !isLetter(firstRune(text[k:]))) {
				end = k
				continue
			}
		}
		// Initials joined by a slash: "CDU/CSU", a bloc of two parties.
		if c == '/' && end-start >= 2 && end-start <= 5 && upperRunEnd(text, start) == end && end+1 < len(text) {
			if k := upperRunEnd(text, end+1); k-end-1 >= 2 && k-end-1 <= 5 && (k == len(text) || !isLetter(firstRune(text[k:]))) {
				end = k
				continue
			}
		}
		// Acronym: a single letter followed by '.', then a letter.
		if c == '.' && end+1 < len(text) && (utf8.RuneCountInString(text[start:end]) <= 1 || strings.Contains(text[start:end], ".")) && unicode.IsLetter(firstRune(text[end+1:])) {
			end += n
			continue
		}
		break
	}
	return end
}

// upperRunEnd returns where the run of capital letters from i ends.
func upperRunEnd(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsUpper(r) {
			break
		}
		i += n
	}
	return i
}

// nameApostrophe extends a short capitalised word over an apostrophe and the
// capitalised name after it: "O'Brien", "D’Souza", "Sant'Anna".
func nameApostrophe(text string, start, end int) int {
	// "Ng'ang'a", "Ndung'u", "Kang'ethe": the apostrophes of a Kikuyu
	// name's "ng'" are inside it; so are those of a capitalised name
	// with letters in lower case after its apostrophe that make no
	// English ending ("Sana'a", "Hawai'i"), though not "Kenya's",
	// "Juan'll".
	if unicode.IsUpper(firstRune(text[start:])) && end-start >= 2 {
		for end < len(text) && (text[end] == '\'' || strings.HasPrefix(text[end:], "’")) {
			_, n := utf8.DecodeRuneInString(text[end:])
			if end+n >= len(text) || !unicode.IsLower(firstRune(text[end+n:])) {
				break
			}
			after := lettersEnd(text, end+n)
			if contractionEndings[text[end+n:after]] {
				break
			}
			end = after
		}
		if strings.ContainsAny(text[start:end], "'’") {
			return end
		}
	}
	// "Le Floc'h", "Le Goarnig": Breton's c'h inside a capitalised name.
	if end-start >= 2 && unicode.IsUpper(firstRune(text[start:])) && text[end-1] == 'c' {
		for _, ap := range []string{"'h", "’h"} {
			if strings.HasPrefix(text[end:], ap) {
				if after := end + len(ap); after >= len(text) || !isLetter(firstRune(text[after:])) {
					return after
				}
			}
		}
	}
	// "O'Brien", "D'Souza"; and in Italian and Portuguese names
	// "Sant'Anna", "Dell'Acqua" (a prefix of four letters at most); and
	// the elided article inside a place's name, in lower case: "Cortina
	// d'Ampezzo", "Val d'Isère".
	if end-start > 4 || !unicode.IsUpper(firstRune(text[start:])) && !elidedParticles[text[start:end]] || possessiveEnd(text, end) > end {
		return end
	}
	rest := text[end:]
	if !strings.HasPrefix(rest, "'") && !strings.HasPrefix(rest, "’") {
		return end
	}
	_, n := utf8.DecodeRuneInString(rest)
	if end+n >= len(text) || !unicode.IsUpper(firstRune(text[end+n:])) {
		return end
	}
	return lettersEnd(text, end+n)
}

// webDomain returns the length of a web domain's ending written close
// after a name at text[end:] (".com", ".co.uk"), not followed by another
// letter; 0 when there is none.
func webDomain(text string, end int) int {
	if end >= len(text) || text[end] != '.' {
		return 0
	}
	// "TEMPO.CO", as the site writes its name: the domain in capitals
	// after a name in capitals.
	upper := end > 0 && unicode.IsUpper(rune(text[end-1]))
	for _, d := range []string{".com", ".co.uk", ".org", ".net", ".io", ".in", ".ng", ".co", ".id"} {
		if strings.HasPrefix(text[end:], d) || upper && strings.HasPrefix(text[end:], strings.ToUpper(d)) {
			if after := end + len(d); after == len(text) || !isLetter(firstRune(text[after:])) {
				return len(d)
			}
		}
	}
	return 0
}

// webAddress reports whether a word is a name and its web domain, and
// nothing more: "Brightwater.com".
func webAddress(w string) bool {
	dot := strings.IndexByte(w, '.')
	return dot > 0 && webDomain(w, dot) == len(w)-dot
}

// contractionEndings follow an apostrophe in English: "Kenya's",
// "Juan'll", "they're".
var contractionEndings = map[string]bool{"s": true, "d": true, "ll": true, "re": true, "ve": true, "t": true, "m": true}

// elidedParticles are the articles and prepositions Italian and French
// elide before a capitalised name: "d'Ampezzo", "dell'Emilia".
var elidedParticles = map[string]bool{"d": true, "l": true, "dell": true, "dall": true, "nell": true, "sull": true}

// elidedName reports whether w is an elided particle and a capitalised
// name run together: "d'Ampezzo".
func elidedName(w string) bool {
	i := strings.IndexAny(w, "'’")
	if i <= 0 || !elidedParticles[w[:i]] {
		return false
	}
	_, n := utf8.DecodeRuneInString(w[i:])
	return i+n < len(w) && unicode.IsUpper(firstRune(w[i+n:]))
}

// possessiveEnd returns where a possessive 's (straight or curly) at end
// ends, or end when there is none.
func possessiveEnd(text string, end int) int {
	rest := text[end:]
	after := end
	// "NASA'S Kathy X": a word in capitals takes a capital S.
	shouted := end > 0 && unicode.IsUpper(rune(text[end-1]))
	switch {
	case strings.HasPrefix(rest, "’s"), shouted && strings.HasPrefix(rest, "’S"):
		after += len("’s")
	case strings.HasPrefix(rest, "'s"), shouted && strings.HasPrefix(rest, "'S"):
		after += 2
	default:
		return end
	}
	if after < len(text) && isLetter(firstRune(text[after:])) {
		return end // "it's", "O'Shea"
	}
	return after
}

// shoutedSmallWords are the words a passage all in capitals writes in
// capitals that any other writes small: "MAYOR OF BERGEN".
var shoutedSmallWords = wordSet("of the and for in at on to by with from a an")

// pluralPossessiveEnd returns where the possessive of a name ending in
// "s" ends when a bare apostrophe and a space follow it ("Mercedes' Olly
// Brannagh", "the Philippines' coast guard"), and end otherwise. A word
// opened by a single quotation mark ("the 'Mercedes' badge") is quoted,
// not owning.
func pluralPossessiveEnd(text string, start, end int) int {
	if end == start || text[end-1] != 's' || end+1 >= len(text) {
		return end
	}
	after := end
	switch {
	case strings.HasPrefix(text[end:], "’ "):
		after += len("’")
	case strings.HasPrefix(text[end:], "' "):
		after++
	default:
		return end
	}
	if start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); r == '\'' || r == '‘' {
			return end
		}
	}
	return after
}

// lettersEnd returns where the run of letters and digits from i ends.
func lettersEnd(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isLetter(r) {
			break
		}
		i += n
	}
	return i
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// placeInfixes returns the length of one or two lower-case words that
// join the parts of a place's name, each with the hyphen after it,
// when a capitalised part follows ("super-" of "Weston-super-Mare",
// "on-the-" of "Bourton-on-the-Water"), or 0.
func placeInfixes(rest string) int {
	n := 0
	for range 2 {
		infix, after, ok := strings.Cut(rest[n:], "-")
		if !ok || !placeJoins[infix] || after == "" {
			return 0
		}
		n += len(infix) + 1
		if unicode.IsUpper(firstRune(after)) {
			return n
		}
	}
	return 0
}

// placeJoins are the small words inside hyphenated place names (and
// roads': "Farm-to-Market Road 1080"): "Port-au-Prince", "Saint-Jean-de-Luz".
var placeJoins = map[string]bool{"to": true, "super": true, "upon": true, "on": true, "under": true, "by": true, "in": true, "the": true, "le": true, "la": true, "de": true, "du": true, "des": true, "en": true, "sur": true, "sous": true, "lès": true, "les": true, "am": true, "an": true, "au": true, "aux": true, "del": true, "di": true, "da": true, "do": true, "dos": true, "das": true,
	// Welsh: "Betws-y-Coed", "Pen-y-bont", "Llanfair-yn-Neubwll".
	"y": true, "yn": true}

// izafes join the parts of Persian, Urdu and Arabic names: "Jamaat-e-Islami".
var izafes = map[string]bool{"e": true, "i": true, "ul": true, "ud": true, "ur": true, "us": true, "al": true, "el": true, "ye": true}

// compoundTails end a compound adjective after a name and a hyphen:
// "Rwanda-backed", "Saudi-led", "Istanbul-based".
var compoundTails = map[string]bool{
	"backed": true, "led": true, "based": true, "owned": true, "run": true, "born": true,
	"controlled": true, "held": true, "allied": true, "aligned": true, "funded": true,
	"sponsored": true, "brokered": true, "linked": true, "affiliated": true, "made": true,
	"style": true, "era": true, "bound": true, "wide": true, "listed": true, "registered": true,
	"flagged": true, "occupied": true, "appointed": true, "supported": true, "headquartered": true,
	"class": true,
}

// markClockTimes lowers the clock's marks after a time and the time zone
// after them, which are no names: "8 PM Eastern", "9 P.M. Pacific
// Standard Time", "10 AM GMT".
func markClockTimes(text string, ws []word) {
	for k := range ws {
		mark := strings.ToLower(strings.ReplaceAll(ws[k].text, ".", ""))
		if mark != "am" && mark != "pm" || !ws[k].cap {
			continue
		}
		before := strings.TrimRight(text[:ws[k].start], " ")
		if before == "" || before[len(before)-1] < '0' || before[len(before)-1] > '9' {
			continue
		}
		ws[k].cap = false
		for z := k + 1; z < len(ws) && timeZoneWords[ws[z].lower()] && text[ws[z-1].end:ws[z].start] == " "; z++ {
			ws[z].cap = false
		}
	}
}

// timeZoneWords name a time zone after a clock time.
var timeZoneWords = wordSet("eastern central pacific mountain atlantic standard daylight time et ct pt mt gmt utc bst cet cest est edt pst pdt cst cdt ist")

// lowerPrefixedName reports whether w is a name that opens with one
// letter in lower case before its capital: Zulu places ("eThekwini",
// "uMngeni") and brands ("iPhone", "eBay"), not units or molecules
// ("kWh", "mRNA").
func lowerPrefixedName(w string) bool {
	r := []rune(w)
	return len(r) >= 4 && unicode.IsLower(r[0]) && unicode.IsUpper(r[1]) && unicode.IsLower(r[2]) && unicode.IsLower(r[3])
}

// koreanGivenName reports whether the word at text[start:end] and the
// lower-case part after its hyphen are a given name of two short
// syllables followed by a capitalised surname: "Sung-min Park".
func koreanGivenName(text string, start, end int) bool {
	after := lettersEnd(text, end+1)
	first, second := text[start:end], text[end+1:after]
	if utf8.RuneCountInString(first) > 5 || utf8.RuneCountInString(second) < 2 || utf8.RuneCountInString(second) > 5 || compoundTails[second] {
		return false
	}
	rest := text[after:]
	if strings.HasPrefix(rest, " ") && len(rest) > 1 && unicode.IsUpper(firstRune(rest[1:])) {
		return true
	}
	// "members Yoo-ri, Seoa and Rhea": a stage name of two syllables in a
	// list of names.
	for _, gap := range []string{", ", " and "} {
		if r, ok := strings.CutPrefix(rest, gap); ok && r != "" && unicode.IsUpper(firstRune(r)) && utf8.RuneCountInString(first) <= 4 && utf8.RuneCountInString(second) <= 3 {
			return true
		}
	}
	return false
}

// bracketedInitial returns the length of one or two capitals in brackets
// at text[i:] ("(S)", "(ML)"), closed before a space, a punctuation
// mark or the end, or 0.
func bracketedInitial(text string, i int) int {
	if i >= len(text) || text[i] != '(' {
		return 0
	}
	k := i + 1
	for k < len(text) && k-i <= 2 && text[k] >= 'A' && text[k] <= 'Z' {
		k++
	}
	if k == i+1 || k >= len(text) || text[k] != ')' {
		return 0
	}
	if k+1 < len(text) && isLetter(rune(text[k+1])) {
		return 0
	}
	return k + 1 - i
}

// nameOfParts reports whether s, after a capitalised word, goes on with
// two hyphenated parts or more in small letters, none an English small
// word: "-o-qui-aht" of "Tla-o-qui-aht", not "-to-face" of
// "Face-to-face".
func nameOfParts(s string) bool {
	n := 0
	for strings.HasPrefix(s, "-") {
		e := lettersEnd(s, 1)
		part := s[1:e]
		if part == "" || !unicode.IsLower(firstRune(part)) || hyphenSmallWords[part] {
			return false
		}
		n++
		s = s[e:]
	}
	return n >= 2
}

// hyphenSmallWords join English compounds: "up-to-date", "state-of-the-art".
var hyphenSmallWords = wordSet("to the of and in on by for a an or at up down out over off with from per")

// agencyDateline is a dateline in title case up to its agency in
// brackets, before the dash: "Porto Alegre (AFP) ", "Lima, Sept. 3
// (Andes Wire) ".
var agencyDateline = &lazyregexp.Regexp{Expr: `^\p{Lu}[^()“”"]{0,60}\(\p{Lu}[\p{L} .&-]{1,30}\)\.?\s*$`}

// entryTime is a live blog entry's time before its dash: "22:31 ",
// "9.05 ".
var entryTime = &lazyregexp.Regexp{Expr: `^\s*\d{1,2}[:.]\d{2} ?$`}

// bodyConnectors join the words of a body's name: "Center for X",
// "Institute of X".
var bodyConnectors = wordSet("for of and")

// amountInCurrency reports whether w is a currency's code in capitals
// and the first digits of an amount: "VND1", "KES2", "USD40"
// (currencyCodes, and the shorter ones of currencies: "RM500").
func amountInCurrency(w string) bool {
	i := strings.IndexFunc(w, unicode.IsDigit)
	return i >= 2 && i <= 3 && allCaps(w[:i]) && (currencyCodes[w[:i]] || currencies[strings.ToLower(w[:i])])
}

// dutchArticleStart returns where the apostrophe of a Dutch "'t" ending
// at t+1 begins, when a space stands before it ("van 't Hof"), or -1.
func dutchArticleStart(text string, t int) int {
	for _, ap := range []string{"'", "’"} {
		if b := t - len(ap); b > 0 && text[b:t] == ap && text[b-1] == ' ' {
			return b
		}
	}
	return -1
}
