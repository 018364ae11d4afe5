package find

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/corpus"
)

// countWords are the numbers written as words that make a size with a
// hyphen: "a five-member panel".
var countWords = wordSet("two three four five six seven eight nine ten eleven twelve fifteen twenty thirty hundred")

// roleBefore reads a role written in lower case before a name, after an
// organisation or country: "U.S. National Security Council spokesman John
// Kirby", "South Korean president Yoon Suk Yeol", "South Korea's defense
// minister, Shin Won-sik".
func (x *extractor) roleBefore(text string, ws []word, i int) string {
	gap := func(a, b word) string { return text[a.end:b.start] }
	// "the semi-official Tasnim news agency": a title's word made an
	// adjective is no title.
	if i >= 2 && gap(ws[i-2], ws[i-1]) == "-" && adjectivalPrefixes[ws[i-2].lower()] {
		return ""
	}
	// "Agritex provincial officer Mr Obert X": the role stands before
	// the honorific.
	if i >= 2 && honorifics[ws[i-1].lower()] && ws[i-1].cap && gap(ws[i-1], ws[i]) == " " && !ws[i-2].cap {
		i--
	}
	k := i
	// "The mayor of Madrid, José Luis X", "The governor of Anambra
	// State, X": a title of a place, set off before the name.
	if i >= 3 && gap(ws[i-1], ws[i]) == ", " {
		for n := 1; n <= 2 && i-n-2 >= 0; n++ {
			t, of := ws[i-n-2], ws[i-n-1]
			// "of Anambra State": the place with its kind.
			place := ws[i-n : i]
			if n == 2 && subdivisionWords[place[1].lower()] {
				place = place[:1]
			}
			if of.lower() == "of" && !of.cap && !t.cap && titles[t.lower()] && gap(t, of) == " " && plainName(place) && x.isPlaceName(keyOf(joinWords(place))) {
				return text[t.start:ws[i-1].end]
			}
		}
	}
	// "The head coach of the Black Stars, Chris X": a title of a body
	// named in capitals, set off before the name.
	if i >= 4 && gap(ws[i-1], ws[i]) == ", " {
		b := i - 1
		for b > 0 && i-b < 4 && ws[b-1].cap && gap(ws[b-1], ws[b]) == " " {
			b--
		}
		if b >= 3 && ws[b-1].text == "the" && ws[b-2].text == "of" && titles[ws[b-3].lower()] && !ws[b-3].cap && plainName(ws[b:i]) {
			t := b - 3
			for t > 0 && !ws[t-1].cap && titles[ws[t-1].lower()] && gap(ws[t-1], ws[t]) == " " {
				t--
			}
			return text[ws[t].start:ws[i-1].end]
		}
	}
	// "The State Commissioner of Police, Adeyinka X,": a title of a body,
	// all in capitals, set off before the name.
	if t := titleOfBodySetOff(text, ws, i); t >= 0 {
		return text[ws[t].start:ws[i-1].end]
	}
	// "Norfolk police Chief Constable, Paul X,", "Health Secretary, Wes
	// Y,": a title in capitals set off before the name, as British papers
	// write it.
	if i >= 1 && gap(ws[i-1], ws[i]) == ", " && ws[i-1].cap && !ws[i-1].possessive && titles[ws[i-1].lower()] && !honorifics[ws[i-1].lower()] && !qualifierTitles[ws[i-1].lower()] && !(i-1 == 0 || ws[i-1].sentStart) {
		t := i - 1
		for t > 0 && ws[t-1].cap && (titles[ws[t-1].lower()] || qualifierTitles[ws[t-1].lower()] || portfolioWords[ws[t-1].lower()]) && gap(ws[t-1], ws[t]) == " " {
			t--
		}
		if t < i-1 || !ws[t].sentStart {
			return text[ws[t].start:ws[i-1].end]
		}
	}
	// "his wife of 62 years, Margaret": the years married are no part of
	// the role.
	if i >= 4 && gap(ws[i-1], ws[i]) == ", " && ws[i-1].lower() == "years" && (allDigits(ws[i-2].text) || countWords[ws[i-2].lower()]) && ws[i-3].lower() == "of" && kin[ws[i-4].lower()] && !ws[i-4].cap {
		return ws[i-4].lower()
	}
	// The title may end with a comma: "defense minister, Shin Won-sik".
	// "Unite regional officer X": a qualifier before the title is the
	// role's too, and the body before it the officer's.
	for k > 0 && !ws[k-1].cap && (titles[ws[k-1].lower()] || kin[ws[k-1].lower()] || k < i && roleQualifiers[ws[k-1].lower()]) && (gap(ws[k-1], ws[k]) == " " || k == i && gap(ws[k-1], ws[k]) == ", ") {
		k--
	}
	if k == i {
		return ""
	}
	// "a major East Antarctic glacier", "a general Labour strike": a
	// rank right after an article is an adjective.
	if k == i-1 && adjectiveRanks[ws[k].lower()] && k > 0 && articleWords[ws[k-1].lower()] {
		return ""
	}
	// "the 140-member House", "a five-judge bench": a title joined to a
	// count is a size, not a role.
	if k > 0 && gap(ws[k-1], ws[k]) == "-" && (allDigits(ws[k-1].text) || countWords[ws[k-1].lower()]) {
		return ""
	}
	// "its smaller sibling Deimos", "its sister ship": a thing's kin is no
	// person's.
	if kin[ws[i-1].lower()] && itsBefore(ws, k) {
		return ""
	}
	// The capitalised words right before the titles belong to the role.
	s := k
	for s > 0 && ws[s-1].cap {
		g := gap(ws[s-1], ws[s])
		if g != " " && g != "’s " && g != "'s " {
			break
		}
		s--
	}
	// A name before a body's officer ("Celtic Crossings chairman") is the
	// body's, unless the lexicon knows it (a country, "Russian") or it
	// names a side and no body ("Opposition leader").
	title := k
	for title < i-1 && roleQualifiers[ws[title].lower()] && !titles[ws[title].lower()] {
		title++
	}
	// Nor is a common word opening a sentence ("Station manager X",
	// "City manager Y"): it is the role's first word.
	if s < k && officerTitles[ws[title].lower()] && x.lookup(ws, s, k) == 0 && !anyTitle(ws[s:k]) && !(k-s == 1 && (notParties[ws[s].lower()] || ws[s].sentStart && commonWords()[ws[s].key])) {
		x.officerOf[wordsKey(ws[s:k])] = true
	}
	// "Unison's Stockbridge branch secretary X": the possessor's officer,
	// in the place of its branch.
	if s+1 < k && ws[s].possessive && officerTitles[ws[title].lower()] && x.lookup(ws, s, s+1) == 0 && !anyTitle(ws[s:s+1]) {
		x.officerOf[ws[s].key] = true
	}
	// "An adviser to the prime minister, X", "the spokesman for the
	// Russian leader, X": a name set off after an officer "of", "for" or
	// "to" someone is the officer's, not the one the role names.
	if gap(ws[i-1], ws[i]) == ", " {
		s = officerBefore(ws, s, gap)
	}
	return strings.TrimRight(text[ws[s].start:ws[i-1].end], ", ")
}

// titleOfBodySetOff returns where a title of a body in capitals begins
// that ends right before ws[i] and a comma ("the FCT Commissioner of
// Police, X"), with the capitals qualifying it ("State", "FCT"), or -1.
func titleOfBodySetOff(text string, ws []word, i int) int {
	if i < 3 || text[ws[i-1].end:ws[i].start] != ", " || !ws[i-1].cap || ws[i-1].possessive {
		return -1
	}
	b := i - 1
	for b > 0 && i-b < 4 && ws[b-1].cap && text[ws[b-1].end:ws[b].start] == " " {
		b--
	}
	// (A title of a place, "the Governor of Lagos State, X", keeps its
	// place: the words after "of" must name a body.)
	if b < 2 || ws[b-1].text != "of" || !ws[b-2].cap || !titles[ws[b-2].lower()] || honorifics[ws[b-2].lower()] || !spanHasOrgWord(ws[b:i]) {
		return -1
	}
	t := b - 2
	for t > 0 && ws[t-1].cap && text[ws[t-1].end:ws[t].start] == " " && (qualifierTitles[ws[t-1].lower()] || titles[ws[t-1].lower()] || isAcronym(ws[t-1].text)) {
		t--
	}
	return t
}

// officerBefore returns where an officer's title begins when "the"
// (or "a") and "of", "for" or "to" stand before ws[s] after it ("adviser
// to the"), and s when they do not.
func officerBefore(ws []word, s int, gap func(a, b word) string) int {
	if s < 3 || ws[s-1].cap || !articleWords[ws[s-1].lower()] || ws[s-2].cap || !officerPrepositions[ws[s-2].lower()] || ws[s-3].cap || !titles[ws[s-3].lower()] && !kin[ws[s-3].lower()] {
		return s
	}
	for k := s - 3; k < s; k++ {
		if gap(ws[k], ws[k+1]) != " " {
			return s
		}
	}
	t := s - 3
	for t > 0 && !ws[t-1].cap && (titles[ws[t-1].lower()] || roleQualifiers[ws[t-1].lower()]) && gap(ws[t-1], ws[t]) == " " {
		t--
	}
	return t
}

// officerPrepositions join an officer to the one served: "adviser to",
// "spokesman for", "wife of".
var officerPrepositions = wordSet("of for to")

// adjectiveRanks are ranks written in lower case that are adjectives
// after an article: "a major study", "the general public".
var adjectiveRanks = wordSet("major general private")

// articleWords are the articles before a noun phrase.
var articleWords = wordSet("a an the")

// roleQualifiers may stand before a title in a role: "regional officer",
// "senior negotiator".
var roleQualifiers = wordSet("regional national local senior deputy assistant general area branch district press communications union provincial")

// itsBefore reports whether "its" stands before ws[k], at most two
// lower-case words before it ("its smaller", "its own younger").
func itsBefore(ws []word, k int) bool {
	for m := k - 1; m >= 0 && m >= k-3; m-- {
		if ws[m].cap {
			return false
		}
		if ws[m].lower() == "its" {
			return true
		}
	}
	return false
}

// kin are the lower-case words for relatives that stand before a name
// as its role: "whose younger brother, Eitan,", "her son Malik". Written
// with a capital they may be names ("Son"), so they are no titles.
var kin = wordSet("brother sister son daughter wife husband uncle aunt cousin nephew niece " +
	"grandson granddaughter grandfather grandmother grandchild stepson stepdaughter stepfather " +
	"stepmother fiancé fiancée fiance fiancee widow widower girlfriend boyfriend partner sibling " +
	"sons daughters brothers sisters children grandchildren nephews nieces cousins siblings parents")

// officerTitles are the lower-case roles of a body's officers and
// members: "Celtic Crossings chairman", "Morena lawmaker".
var officerTitles = wordSet("chairman chairwoman chair spokesman spokeswoman spokesperson chief ceo director executive founder " +
	// "Te Pāti Māori co-leader X", "Greens co-chair Y".
	"co-leader co-chair co-founder co-leaders " +
	"lawmaker legislator senator mp official member leader negotiator commander " +
	// "Unite regional officer X", "GMB organiser X", "Unison's branch
	// secretary X".
	"officer organiser organizer convenor convener steward secretary treasurer " +
	// "World Athletics president X", "Celtics coach X", "Juventus
	// forward X".
	"president coach manager boss owner player captain skipper striker midfielder defender driver rider " +
	"goalkeeper winger forward full-back centre-back center-back playmaker " +
	"lock prop hooker flanker fly-half scrum-half fullback keeper")

// anyTitle reports whether one of ws is a title ("Republican senator"
// names no body).
func anyTitle(ws []word) bool {
	for _, w := range ws {
		if titles[w.lower()] || honorifics[w.lower()] {
			return true
		}
	}
	return false
}

// appositive reads a role after a name: ", a Korea expert at King's College
// London," or ", former U.S. ambassador to Russia.".
func appositive(text string, end int) string {
	rest := text[end:]
	if !strings.HasPrefix(rest, ", ") {
		return ""
	}
	rest = rest[2:]
	role := rest[:clauseEnd(rest)]
	fields := strings.Fields(strings.ToLower(role))
	if len(fields) == 0 || len(fields) > 16 {
		return ""
	}
	switch {
	case fields[0] == "a", fields[0] == "an", fields[0] == "the", fields[0] == "former", fields[0] == "professor":
	case len(fields) >= 3 && (titles[fields[0]] || fields[0] == "head") && (fields[1] == "of" || fields[1] == "for" || fields[1] == "at"):
		// "said Sutrisno, head of the provincial disaster agency": a
		// title without its article, then whose.
	case len(fields) >= 2 && possessiveName(strings.Fields(role)[0]) && !nameAfterClause(rest[len(role):]) && setOffEnd(rest[len(role):]):
		// "Peter Oppenheimer, Apple's chief financial officer,", "X,
		// Russia's deputy foreign minister,": whose officer, by name.
		// (Not "near Huamantla, Tlaxcala's civil protection
		// coordinator, José Ruiz, said": the name after is the officer.)
	default:
		return ""
	}
	// A verb means the clause went on past the role ("the Russian envoy to
	// Pyongyang's increased cooperation might result in"): keep the part
	// before the possessive that starts the sentence's own words.
	for _, f := range fields {
		if clauseVerbs[f] {
			cut := strings.LastIndexAny(role, "’'")
			if cut < 0 {
				return ""
			}
			role = role[:cut]
			fields = strings.Fields(strings.ToLower(role))
			break
		}
	}
	for _, f := range fields {
		if titles[f] || f == "professor" || f == "expert" || f == "head" {
			return strings.TrimSpace(role)
		}
	}
	return ""
}

// setOffEnd reports whether what follows an apposition closes it: a
// comma, or the sentence's end. ("According to Fars, Iran's Foreign
// Ministry Spokesman X told reporters … that “…”" sets nothing off.)
func setOffEnd(after string) bool {
	return after == "" || strings.HasPrefix(after, ",") || strings.HasPrefix(after, ".") || strings.HasPrefix(after, ";") || strings.HasPrefix(after, ")")
}

// possessiveName reports whether w is a capitalised name's possessive:
// "Apple's", "Google’s".
func possessiveName(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) && len(w) > 3
}

// nameAfterClause reports whether rest, the text after an apposition,
// goes on with a comma and a capitalised name: ", José Ruiz, said".
func nameAfterClause(rest string) bool {
	after, ok := strings.CutPrefix(rest, ", ")
	r, _ := utf8.DecodeRuneInString(after)
	return ok && unicode.IsUpper(r)
}

// clauseVerbs end an apposition: they belong to the sentence.
var clauseVerbs = wordSet(
	"might will would could can may is was are were has have had said",
)

// clauseEnd returns where the clause at the start of s ends: at a comma,
// semicolon, colon, quote, or a period that ends a sentence (not the period
// of an initial "K." or an acronym "U.S.").
func clauseEnd(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',':
			if i >= 1 && i+1 < len(s) && s[i-1] >= '0' && s[i-1] <= '9' && s[i+1] >= '0' && s[i+1] <= '9' {
				continue // "4,000"
			}
			return i
		case ';', ':', '"':
			return i
		case '.':
			if i+1 < len(s) && s[i+1] != ' ' {
				continue // "U.S."
			}
			if i >= 1 && s[i-1] >= 'A' && s[i-1] <= 'Z' && (i == 1 || s[i-2] == ' ' || s[i-2] == '.') {
				continue // an initial or the last letter of an acronym
			}
			return i
		}
		if strings.HasPrefix(s[i:], "“") || strings.HasPrefix(s[i:], "”") {
			return i
		}
	}
	return len(s)
}

// roleReference finds "the <demonym> <title>" in lower case ("the Russian
// president", "the Russian defense minister's"), to be resolved to the one
// person holding that role.
func (x *extractor) roleReference(a *corpus.Article, p *corpus.Paragraph, ws []word, i int) {
	if ws[i].lower() != "the" || i+2 >= len(ws) {
		return
	}
	// "said the armed forces had been deployed": the armed forces of the
	// country the article named first, a body.
	if !ws[i+1].cap && !ws[i+2].cap && ws[i+1].lower() == "armed" && ws[i+2].lower() == "forces" && !ws[i+2].possessive {
		if c := x.firstCountry(a); c != "" {
			name := c + "'s armed forces"
			x.add(&mention{key: keyOf(name), kind: actors.Organization, name: name, surface: p.Text[ws[i+1].start:ws[i+2].end], art: a, para: p, start: ws[i+1].start, end: ws[i+2].end, inQuote: ws[i].inQuote})
		}
		return
	}
	e, ok := x.lex[ws[i+1].key]
	if !ok || !e.demonym {
		return
	}
	j := i + 2
	for j < len(ws) && !ws[j].cap && titles[ws[j].lower()] {
		j++
		if ws[j-1].possessive {
			break
		}
	}
	if j == i+2 {
		return
	}
	role := joinWords(ws[i+1 : j])
	x.add(&mention{key: "role:" + keyOf(role), kind: actors.Person, surface: p.Text[ws[i].start:ws[j-1].end], art: a, para: p, start: ws[i].start, end: ws[j-1].end, roleRef: true, inQuote: ws[i].inQuote})
}

// firstCountry is the name of the first country the article a names,
// among the mentions found so far, or "".
func (x *extractor) firstCountry(a *corpus.Article) string {
	for _, m := range x.mentionsOf(a) {
		if e, ok := x.lex[m.key]; ok && m.kind == actors.Place && e.country && !e.capital {
			return e.name
		}
	}
	return ""
}

// adjectivalPrefixes make a title's word an adjective: "semi-official",
// "non-executive", "quasi-governmental".
var adjectivalPrefixes = wordSet("semi non quasi")
