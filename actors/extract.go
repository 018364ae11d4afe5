package actors

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/fold"
	"github.com/parallax-news/parallax/internal/lazyregexp"
)

// Kind is what an actor is.
type Kind string

// The kinds of actor.
const (
	Person       Kind = "person"
	Organization Kind = "organization"
	Place        Kind = "place"
)

// Mention is one place an actor is named.
type Mention struct {
	Article string `json:"article"`
	Passage string `json:"passage"`
	// Start and End are byte offsets into the passage text.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// seq orders mentions through the corpus.
	seq int
}

// Actor is a person, organisation or place, with every name it goes by.
type Actor struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Kind    Kind     `json:"kind"`
	Aliases []string `json:"aliases"`
	Roles   []string `json:"roles"`
	// Mentions counts mentions by article id.
	Mentions map[string]int `json:"mentions"`
	Quotes   []Quote        `json:"quotes"`
	// Where lists every mention, in corpus order.
	Where []Mention `json:"-"`
}

// Total is the number of mentions of a in the corpus.
func (a *Actor) Total() int { return len(a.Where) }

// Set is every actor of a corpus.
type Set struct {
	Actors []*Actor
	// Unattributed are the quotes without a stated speaker.
	Unattributed []Quote
	byID         map[string]*Actor
	byPassage    map[string][]string
}

// Actor returns the actor with the given id, or nil.
func (s *Set) Actor(id string) *Actor { return s.byID[id] }

// InPassage returns the ids of the actors named in a passage.
func (s *Set) InPassage(passage string) []string { return s.byPassage[passage] }

// Names reports whether a passage names the actor with the given id.
func (s *Set) Names(passage, id string) bool {
	for _, n := range s.byPassage[passage] {
		if n == id {
			return true
		}
	}
	return false
}

// mention is a found name before actors are merged.
type mention struct {
	key     string // the actor it names, by key
	kind    Kind
	name    string // canonical name for a new actor
	surface string
	art     *corpus.Article
	para    *corpus.Paragraph
	start   int
	end     int
	role    string
	single  bool // a lone word to resolve against full names
	titled  bool // a lone word with a title: a person if nothing resolves it
	roleRef bool // "the Russian president": resolve by role
	theOrg  bool // a lone name that is an organisation if no person has it
	inQuote bool
	actor   *Actor // set when merged
}

// extractor holds the state of one run over a corpus.
type extractor struct {
	lex      map[string]lexEntry
	maxLex   int
	lexFirst map[string]bool // first words of the lexicon's names of two words or more
	lowered  map[string]bool // words the corpus writes in lower case
	capMid   map[string]bool // words the corpus capitalises mid-sentence
	mentions []*mention
}

// lexEntry is what a lexicon name stands for.
type lexEntry struct {
	key, name string
	kind      Kind
	capital   bool // the name is a capital city: government or place
	demonym   bool
	// acronym is set for names written in capitals ("UN", "US"): they
	// match only words written so, never "Un" of "Kim Jong Un".
	acronym bool
	// city is the capital's own name, for when it is the city.
	city string
	// alone is set for names that are also people's names ("Chad",
	// "Jordan"): they match only a capitalised span of their own.
	alone bool
}

// isAcronym reports whether s is written in capitals, with or without dots.
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r == '.':
		case r >= 'A' && r <= 'Z':
			letters++
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 5
}

// acronymWritten reports whether s may be an acronym entry of the
// lexicon as written: in capitals, or in title case when four letters or
// more ("Nato", "Opec"), as British outlets write them. A shorter title-case
// word never is: "Un" of "Kim Jong Un", "Us".
func acronymWritten(s string) bool {
	if isAcronym(s) {
		return true
	}
	if len(s) < 4 || !unicode.IsUpper(firstRune(s)) {
		return false
	}
	return strings.ToLower(s[1:]) == s[1:] && !strings.Contains(s, ".")
}

func keyOf(s string) string {
	var parts []string
	for _, t := range fold.Tokens(strings.ReplaceAll(s, "-", " ")) {
		parts = append(parts, t.Term)
	}
	return strings.Join(parts, " ")
}

func newExtractor() *extractor {
	l := theLexicon()
	return &extractor{lex: l.lex, lexFirst: l.first, maxLex: l.maxLex, lowered: map[string]bool{}, capMid: map[string]bool{}}
}

// lexiconIndex is the lexicon by key, built once and only read after.
type lexiconIndex struct {
	lex    map[string]lexEntry
	first  map[string]bool
	maxLex int
}

// theLexicon returns the lexicon's index, building it on first use.
var theLexicon = sync.OnceValue(func() *lexiconIndex {
	x := &lexiconIndex{lex: map[string]lexEntry{}, first: map[string]bool{}, maxLex: 1}
	add := func(surface string, e lexEntry) {
		e.alone = strings.HasPrefix(surface, "~")
		surface = strings.TrimPrefix(surface, "~")
		k := keyOf(surface)
		e.acronym = isAcronym(surface)
		if _, dup := x.lex[k]; !dup {
			x.lex[k] = e
		}
		if f := strings.Fields(k); len(f) > 1 {
			x.first[f[0]] = true
			x.maxLex = max(x.maxLex, len(f))
		}
	}
	for _, c := range allCountries() {
		name := strings.TrimPrefix(c.name, "~")
		e := lexEntry{key: keyOf(name), name: name, kind: Place}
		add(c.name, e)
		for _, a := range c.aliases {
			if !strings.HasPrefix(a, "the ") {
				add(a, e)
			}
		}
		for _, d := range c.demonyms {
			de := e
			de.demonym = true
			add(d, de)
		}
		if c.capital != "" {
			ce := e
			ce.capital = true
			ce.city = strings.TrimPrefix(c.capital, "~")
			add(c.capital, ce)
		}
	}
	for _, r := range regions {
		add(r, lexEntry{key: keyOf(r), name: r, kind: Place})
	}
	for _, o := range organisations {
		e := lexEntry{key: keyOf(o.name), name: o.name, kind: Organization}
		add(o.name, e)
		for _, a := range o.aliases {
			add(strings.TrimPrefix(a, "the "), e)
		}
	}
	return x
})

// Extract finds the actors of a corpus.
func Extract(c *corpus.Corpus) *Set {
	x := newExtractor()
	type passage struct {
		art   *corpus.Article
		para  *corpus.Paragraph
		words []word
	}
	var all []passage
	for _, a := range c.Articles {
		for _, p := range a.Paragraphs {
			var starts []int
			for _, s := range p.Sentences {
				starts = append(starts, s.Start-p.Start)
			}
			ws := words(p.Text, starts)
			if p.Kind == corpus.Caption {
				// A photo credit names the photographer, who is no actor
				// of the story; the agencies it names are its sources.
				cut := corpus.CreditStart(p.Text)
				for i := range ws {
					ws[i].credit = ws[i].start >= cut
				}
			}
			for _, w := range ws {
				if !w.cap {
					x.lowered[w.lower()] = true
				} else if !w.sentStart {
					x.capMid[w.lower()] = true
				}
			}
			all = append(all, passage{a, p, ws})
		}
	}
	for _, p := range all {
		x.passage(p.art, p.para, p.words)
	}
	set := x.merge()
	attributeQuotes(c, set, x)
	return set
}

// connectors may stand inside a capitalised name.
var connectors = wordSet(
	"of for the de al bin von van der den da di du del della dos das ter ibn",
)

// nameParticles are the connectors that go in pairs inside people's names.
var nameParticles = wordSet(
	"von van der den de la los las da di du del della dos das ter le",
)

// placeWords mark a capitalised span as a place.
var placeWords = wordSet(
	"square street avenue river mountain mountains sea island islands province region city " +
		"county district plaza airport port strait peninsula bay valley oblast prefecture desert " +
		"lake volcano canyon coast highlands hills heights falls forest park harbour harbor beach " +
		"gulf basin delta plateau ridge bridge dam highway road boulevard territory territories " +
		"stadium arena palace mine mall hotel village town oasis reef glacier",
)

// eventWords mark a capitalised span as an event, not an actor.
var eventWords = wordSet(
	"war day games olympics cup revolution summit conference festival championship " +
		"championships forum award awards prize expo marathon election elections treaty accords",
)

// passage finds the mentions of one passage.
func (x *extractor) passage(a *corpus.Article, p *corpus.Paragraph, ws []word) {
	for i := 0; i < len(ws); {
		if !ws[i].cap {
			x.roleReference(a, p, ws, i)
			i++
			continue
		}
		j := i + 1
		for j < len(ws) {
			prev := ws[j-1]
			gap := p.Text[prev.end:ws[j].start]
			if prev.possessive {
				gap = strings.TrimPrefix(strings.TrimPrefix(gap, "’s"), "'s")
			}
			// An initial: "Daniel K. Inouye".
			initial := len(prev.text) == 1 && prev.cap && gap == ". "
			if gap != " " && gap != "-" && !initial {
				break
			}
			if ws[j].cap {
				j++
				continue
			}
			// A connector inside a name: "Center for Security Studies".
			if connectors[ws[j].lower()] && j+1 < len(ws) && ws[j+1].cap && p.Text[ws[j].end:ws[j+1].start] == " " {
				j += 2
				continue
			}
			// Two name particles: "Ursula von der Leyen", "Maria de la Cruz".
			if nameParticles[ws[j].lower()] && j+2 < len(ws) && nameParticles[ws[j+1].lower()] && ws[j+2].cap && p.Text[ws[j].end:ws[j+1].start] == " " && p.Text[ws[j+1].end:ws[j+2].start] == " " {
				j += 3
				continue
			}
			// "Centre for Volcanology and Geological Hazard Mitigation": an
			// "and" after an organisation's "for" or "of" joins its name.
			if ws[j].lower() == "and" && j+1 < len(ws) && ws[j+1].cap && p.Text[ws[j].end:ws[j+1].start] == " " && orgWithConnector(ws[i:j]) {
				j += 2
				continue
			}
			break
		}
		// A lexicon name may run past the run's end, over commas and "and":
		// "Bureau of Alcohol, Tobacco and Firearms".
		if n := x.lookupAcross(p.Text, ws, i); i+n > j {
			j = i + n
		} else if notNames[ws[i].lower()] && i+1 < j {
			// "The Bureau of Alcohol, Tobacco and Firearms sent …"
			if n := x.lookupAcross(p.Text, ws, i+1); i+1+n > j {
				j = i + 1 + n
			}
		}
		if ws[i].credit {
			for k := i; k < j; {
				if n := x.lookup(ws, k, j); n > 0 {
					x.lexMention(a, p, ws, k, k+n, x.lex[keyOf(joinWords(ws[k:k+n]))])
					k += n
				} else {
					k++
				}
			}
		} else {
			x.span(a, p, ws, i, j)
		}
		i = j
	}
}

// span classifies the capitalised words ws[i:j].
func (x *extractor) span(a *corpus.Article, p *corpus.Paragraph, ws []word, i, j int) {
	// Drop common words that are capitalised only because they start a
	// sentence ("Signs are mounting", "According to").
	for i < j && (notNames[ws[i].lower()] || ws[i].sentStart && x.lowered[ws[i].lower()] && !x.capMid[ws[i].lower()] && x.lookup(ws, i, j) == 0) {
		i++
	}
	// A weekday or month glued to a name's end: "… said Jane Roe Wednesday".
	for j > i && calendarWords[ws[j-1].lower()] {
		j--
	}
	if i >= j {
		return
	}
	for k := i; k < j; k++ {
		if eventWords[ws[k].lower()] {
			return // "Korean War", "Victory Day"
		}
	}
	if i == 0 && x.dateline(a, p, ws, j) {
		return
	}
	// An organisation or place word makes the whole span one name, unless
	// the lexicon knows the span as it stands.
	if n := x.lookup(ws, i, j); n != j-i {
		for k := i; k < j; k++ {
			lw := ws[k].lower()
			if head, _, ok := strings.Cut(lw, "-"); ok && orgWords[head] {
				lw = head // "Directorate-General of Health"
			}
			if (orgWords[lw] || placeWords[lw]) && k+1 < j && titles[ws[k+1].lower()] {
				// "Health Cabinet Secretary Jane Roe": the words before the
				// title are its role.
				break
			}
			if orgWords[lw] || placeWords[lw] || k == j-1 && orgSuffixes[lw] {
				kind := Organization
				if placeWords[lw] {
					kind = Place
				}
				start := i
				// A possessive place before the name is its own mention:
				// "Seoul's Kookmin University".
				if n := x.lookup(ws, i, j); n > 0 && ws[i+n-1].possessive && i+n < j {
					x.lexMention(a, p, ws, i, i+n, x.lex[keyOf(joinWords(ws[i:i+n]))])
					start = i + n
				}
				name := p.Text[ws[start].start:ws[j-1].end]
				// Countries inside still count: "U.S. National Security Council".
				x.scanLexicon(a, p, ws, start, j, true)
				x.add(&mention{key: keyOf(name), kind: kind, name: name, surface: name, art: a, para: p, start: ws[start].start, end: ws[j-1].end, inQuote: ws[start].inQuote})
				return
			}
		}
	}
	x.scanLexicon(a, p, ws, i, j, false)
}

// lookup returns how many words from ws[i] (up to j) form the longest
// lexicon entry, or 0.
func (x *extractor) lookup(ws []word, i, j int) int {
	for n := min(x.maxLex, j-i); n > 0; n-- {
		var parts []string
		for k := i; k < i+n; k++ {
			parts = append(parts, ws[k].text)
		}
		e, ok := x.lex[keyOf(strings.Join(parts, " "))]
		if ok && (!e.acronym || acronymWritten(strings.Join(parts, ""))) && (!e.alone || n == j-i) {
			return n
		}
	}
	return 0
}

// orgWithConnector reports whether a run has an organisation word followed
// by "for" or "of": "Centre for …", "Bureau of …".
func orgWithConnector(ws []word) bool {
	for k := 0; k+1 < len(ws); k++ {
		if orgWords[ws[k].lower()] && (ws[k+1].lower() == "for" || ws[k+1].lower() == "of") {
			return true
		}
	}
	return false
}

// lookupAcross returns how many words from ws[i] form the longest
// lexicon name when the gaps between them may hold commas, or 0.
func (x *extractor) lookupAcross(text string, ws []word, i int) int {
	if !x.lexFirst[keyOf(ws[i].text)] {
		return 0
	}
	for n := min(x.maxLex, len(ws)-i); n > 1; n-- {
		last := ws[i+n-1]
		if !last.cap {
			continue
		}
		ok := true
		for k := i; k < i+n-1 && ok; k++ {
			gap := text[ws[k].end:ws[k+1].start]
			ok = strings.Trim(gap, " ,") == "" && gap != ""
		}
		if !ok {
			continue
		}
		if _, found := x.lex[keyOf(joinWords(ws[i:i+n]))]; found {
			return n
		}
	}
	return 0
}

// scanLexicon walks ws[i:j]: lexicon entries become mentions, titles build
// a role, and what remains is a name. insideOrg is set when the span is an
// organisation's name, where only countries count.
func (x *extractor) scanLexicon(a *corpus.Article, p *corpus.Paragraph, ws []word, i, j int, insideOrg bool) {
	var role []string
	roleStart := -1
	honorific := false
	for k := i; k < j; {
		if n := x.lookup(ws, k, j); n > 0 {
			e := x.lex[keyOf(joinWords(ws[k:k+n]))]
			if !insideOrg || e.kind == Place && !e.capital {
				x.lexMention(a, p, ws, k, k+n, e)
			}
			if !insideOrg && (e.demonym || ws[k+n-1].possessive) && k+n < j && titles[ws[k+n].lower()] {
				if roleStart < 0 {
					roleStart = k
				}
				role = append(role, p.Text[ws[k].start:ws[k+n-1].end]+possessiveSuffix(ws[k+n-1]))
			}
			k += n
			continue
		}
		if insideOrg {
			k++
			continue
		}
		lw := ws[k].lower()
		// "Governor of Antofagasta Jane Roe", "Emir of Qatar": the role
		// takes the connector and the name after it.
		if role != nil && connectors[lw] && k+1 < j {
			n := x.lookup(ws, k+1, j)
			if n > 0 {
				e := x.lex[keyOf(joinWords(ws[k+1:k+1+n]))]
				x.lexMention(a, p, ws, k+1, k+1+n, e)
			} else {
				n = 1
				if placeTitles[strings.ToLower(role[len(role)-1])] {
					x.add(&mention{key: keyOf(ws[k+1].text), kind: Place, name: ws[k+1].text, surface: ws[k+1].text, art: a, para: p, start: ws[k+1].start, end: ws[k+1].end, inQuote: ws[k+1].inQuote})
				}
			}
			role = append(role, lw, p.Text[ws[k+1].start:ws[k+n].end])
			k += 1 + n
			continue
		}
		if connectors[lw] {
			k++ // a connector never starts a name
			continue
		}
		if titles[lw] || honorifics[lw] {
			if honorifics[lw] {
				honorific = true
			} else {
				if roleStart < 0 {
					roleStart = k
				}
				role = append(role, ws[k].text)
			}
			k++
			continue
		}
		// A name: the rest of the run up to the next lexicon entry.
		end := k
		for end < j && x.lookup(ws, end, j) == 0 && !(titles[ws[end].lower()] && end > k) {
			end++
			if ws[end-1].possessive {
				break
			}
		}
		for end > k+1 && connectors[ws[end-1].lower()] {
			end--
		}
		if end < j && titles[ws[end].lower()] && !ws[end-1].possessive && !honorific {
			// A run right before a title is part of the role.
			if roleStart < 0 {
				roleStart = k
			}
			role = append(role, p.Text[ws[k].start:ws[end-1].end])
			k = end
			continue
		}
		x.name(a, p, ws, k, end, strings.Join(role, " "), honorific)
		role, roleStart, honorific = nil, -1, false
		k = end
	}
}

func possessiveSuffix(w word) string {
	if w.possessive {
		return "’s"
	}
	return ""
}

func joinWords(ws []word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.text
	}
	return strings.Join(parts, " ")
}

// lexMention records a lexicon entry. A capital is its government when it
// acts or is paired ("Moscow said", "Pyongyang and Moscow", "Moscow's"), and
// otherwise the city.
func (x *extractor) lexMention(a *corpus.Article, p *corpus.Paragraph, ws []word, i, j int, e lexEntry) {
	surface := p.Text[ws[i].start:ws[j-1].end]
	m := &mention{key: e.key, kind: e.kind, name: e.name, surface: surface, art: a, para: p, start: ws[i].start, end: ws[j-1].end, inQuote: ws[i].inQuote}
	if e.capital && !x.actsAsGovernment(p.Text, ws, i, j) {
		m.key, m.name = keyOf(e.city), e.city
	}
	x.add(m)
}

// cityPrepositions before a capital make it the city: "a trip to
// Pyongyang", "a conference in Moscow".
var cityPrepositions = wordSet(
	"in to from at near into visiting visited around outside",
)

// actsAsGovernment reports whether the capital ws[i:j] stands for its
// government: anywhere but after a place preposition or as an apposition
// ("the North Korean capital, Pyongyang,").
func (x *extractor) actsAsGovernment(text string, ws []word, i, j int) bool {
	if i > 0 && cityPrepositions[ws[i-1].lower()] && !ws[j-1].possessive {
		return false
	}
	if i > 0 && ws[i-1].lower() == "capital" && strings.TrimSpace(text[ws[i-1].end:ws[i].start]) == "," {
		return false
	}
	return true
}

// name records the name ws[i:j] with the role and honorific before it.
func (x *extractor) name(a *corpus.Article, p *corpus.Paragraph, ws []word, i, j int, role string, honorific bool) {
	if i >= j {
		return
	}
	surface := p.Text[ws[i].start:ws[j-1].end]
	m := &mention{key: keyOf(surface), kind: Person, name: surface, surface: surface, art: a, para: p, start: ws[i].start, end: ws[j-1].end, inQuote: ws[i].inQuote}
	if honorific {
		m.surface = p.Text[ws[i-1].start:ws[j-1].end]
	}
	if role == "" {
		role = x.roleBefore(p.Text, ws, i)
	}
	if role == "" && !honorific && orgAppositive(p.Text[ws[j-1].end:]) {
		// "Velnet, the national grid operator,": an organisation.
		m.kind = Organization
		x.add(m)
		return
	}
	if role == "" {
		role = appositive(p.Text, ws[j-1].end)
	}
	m.role = role
	if kind, ok := x.contextKind(p.Text, ws, i, j, role != "" || honorific); ok {
		m.kind = kind
		x.add(m)
		return
	}
	if j-i == 1 {
		w := ws[i]
		// A lone capitalised word is a name only where something says so:
		// a title or honorific, a role, or a place preposition; else it is
		// resolved against the corpus's full names later.
		prev := ""
		if i > 0 {
			prev = ws[i-1].lower()
		}
		switch {
		case notNames[w.lower()]:
			return
		case w.sentStart && x.lowered[w.lower()] && !x.capMid[w.lower()]:
			return
		case !honorific && role == "" && (placePrepositions[prev] || prev == "of" && i > 1 && strings.HasSuffix(p.Text[:ws[i-1].start], ", ")) && !x.capMid[w.lower()+"_person"]:
			m.kind = Place
			m.single = false
		case honorific || role != "":
			// "President Biden": a person even without a full name; a
			// full name elsewhere in the corpus still takes it.
			m.single, m.titled = true, true
		default:
			m.single = true
			// "the Riigikogu": a lone name after "the" that names no
			// person of the corpus is an organisation.
			m.theOrg = !compass[w.lower()] && (prev == "the" || orgAppositive(p.Text[ws[j-1].end:]))
		}
	}
	x.add(m)
}

// placePrepositions before a lone capitalised word make it a place: "in
// Maumere", "towards Porvoo".
var placePrepositions = wordSet(
	"in near from at towards toward outside across via into",
)

// orgAppositive reports whether the text after a name describes an
// organisation: ", the Estonian grid operator," ", a state-run company".
func orgAppositive(rest string) bool {
	if !strings.HasPrefix(rest, ", ") {
		return false
	}
	rest = rest[2:]
	f := strings.Fields(strings.ToLower(rest[:clauseEnd(rest)]))
	if len(f) < 2 || len(f) > 8 || f[0] != "the" && f[0] != "a" && f[0] != "an" {
		return false
	}
	// The phrase's head noun comes before its first preposition: "the
	// head of the agency" is a person.
	for i, w := range f {
		if i > 0 && (w == "of" || w == "for" || w == "at" || w == "in" || w == "with" || w == "to") {
			f = f[:i]
			break
		}
	}
	head := f[len(f)-1]
	return !titles[head] && (orgNouns[head] || orgWords[head])
}

// contextKind says what a capitalised name that is not in the lexicon is
// when the words around it tell: "the San Aurelio mine", "the Antofagasta
// region", "the town of El Fasher", "Mount Karang Api", "East Nusa
// Tenggara" are places; "airport operator Angkasa Pura", "the disaster
// agency BNPB", "the Marlin Star" are not people. titled is set when a
// title or honorific stands before the name, which makes it a person.
func (x *extractor) contextKind(text string, ws []word, i, j int, titled bool) (Kind, bool) {
	if titled {
		return "", false
	}
	first, last := ws[i].lower(), ws[j-1].lower()
	if placeWords[last] || placePrefixes[first] && j-i > 1 || compass[first] && j-i > 1 {
		return Place, true
	}
	if orgWords[last] || orgSuffixes[last] {
		return Organization, true
	}
	if j < len(ws) && !ws[j].cap && text[ws[j-1].end:ws[j].start] == " " {
		next := ws[j].lower()
		if placeNouns[next] {
			return Place, true
		}
	}
	if i > 0 && !ws[i-1].cap && text[ws[i-1].end:ws[i].start] == " " {
		prev := ws[i-1].lower()
		switch {
		case orgNouns[prev]:
			return Organization, true
		case prev == "of" && i > 1 && placeNouns[ws[i-2].lower()] && !ws[i-2].cap:
			return Place, true
		case prev == "the" && j-i > 1 && !compass[first]:
			return Organization, true
		}
	}
	return "", false
}

// dateline reads the dateline that opens a wire story ("SANTIAGO, March
// 10 (Reuters) -", "DAYTON, Ohio (AP) —", "HELSINKI (AFP) -"): the words
// in capitals ws[0:j] are the place it was filed from, never a person or
// a government. It reports whether ws[0:j] was one.
func (x *extractor) dateline(a *corpus.Article, p *corpus.Paragraph, ws []word, j int) bool {
	rest := strings.TrimLeft(p.Text[ws[j-1].end:], " ")
	for k := 0; k < j; k++ {
		// "WASHINGTON —", or "Washington (CNN) —" with the agency in
		// capitals in brackets.
		if !allCaps(ws[k].text) && !agencyInBrackets().MatchString(rest) {
			return false
		}
	}
	if !(strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "- ")) {
		return false
	}
	surface := p.Text[ws[0].start:ws[j-1].end]
	name := titleCase(surface)
	m := &mention{key: keyOf(surface), kind: Place, name: name, surface: surface, art: a, para: p, start: ws[0].start, end: ws[j-1].end}
	if n := x.lookup(ws, 0, j); n == j {
		e := x.lex[keyOf(surface)]
		m.key, m.name, m.kind = e.key, e.name, e.kind
		if e.capital {
			m.key, m.name = keyOf(e.city), e.city
		}
	}
	x.add(m)
	return true
}

// agencyInBrackets is the agency a dateline names after its place: "(CNN) —".
var agencyInBrackets = lazyregexp.New(`^\(\p{Lu}{2,}\)\s*[—–-]`)

// allCaps reports whether a word is written in capitals, two letters or
// more.
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// titleCase writes "EL FASHER" as "El Fasher".
func titleCase(s string) string {
	out := []rune(strings.ToLower(s))
	up := true
	for i, r := range out {
		if up && unicode.IsLetter(r) {
			out[i] = unicode.ToUpper(r)
		}
		up = r == ' ' || r == '-'
	}
	return string(out)
}

// roleBefore reads a role written in lower case before a name, after an
// organisation or country: "U.S. National Security Council spokesman John
// Kirby", "South Korean president Yoon Suk Yeol", "South Korea's defense
// minister, Shin Won-sik".
func (x *extractor) roleBefore(text string, ws []word, i int) string {
	k := i
	gap := func(a, b word) string { return text[a.end:b.start] }
	// The title may end with a comma: "defense minister, Shin Won-sik".
	for k > 0 && !ws[k-1].cap && titles[ws[k-1].lower()] && (gap(ws[k-1], ws[k]) == " " || k == i && gap(ws[k-1], ws[k]) == ", ") {
		k--
	}
	if k == i {
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
	return strings.TrimRight(text[ws[s].start:ws[i-1].end], ", ")
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
	switch fields[0] {
	case "a", "an", "the", "former", "professor":
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
		if titles[f] || f == "professor" || f == "expert" {
			return strings.TrimSpace(role)
		}
	}
	return ""
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
		case ',', ';', ':', '"':
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
	e, ok := x.lex[keyOf(ws[i+1].text)]
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
	x.add(&mention{key: "role:" + keyOf(role), kind: Person, surface: p.Text[ws[i].start:ws[j-1].end], art: a, para: p, start: ws[i].start, end: ws[j-1].end, roleRef: true, inQuote: ws[i].inQuote})
}

func (x *extractor) add(m *mention) {
	if m.key == "" {
		return
	}
	x.mentions = append(x.mentions, m)
}

// merge turns mentions into actors: full names first, then lone names and
// role references resolved against them.
func (x *extractor) merge() *Set {
	set := &Set{byID: map[string]*Actor{}, byPassage: map[string][]string{}}
	byKey := map[string]*Actor{}
	var order []string
	people := newPeople()
	get := func(m *mention, key string) *Actor {
		if act, ok := byKey[key]; ok {
			return act
		}
		act := &Actor{Name: m.name, Kind: m.kind, Mentions: map[string]int{}, Aliases: []string{}, Roles: []string{}, Quotes: []Quote{}}
		byKey[key] = act
		order = append(order, key)
		if act.Kind == Person {
			people.add(key, act)
		}
		return act
	}
	seq := map[*mention]int{}
	for i, m := range x.mentions {
		seq[m] = i
	}
	record := func(act *Actor, m *mention) {
		act.Where = append(act.Where, Mention{Article: m.art.ID, Passage: m.para.ID, Start: m.start, End: m.end, Text: m.surface, seq: seq[m]})
		act.Mentions[m.art.ID]++
		people.saw(act, m.art.ID, seq[m])
		addUnique(&act.Aliases, m.surface)
		if m.role != "" && !containsFold(act.Roles, m.role) {
			act.Roles = append(act.Roles, m.role)
			if act.Kind == Person {
				people.holds(act, m.role)
			}
		}
		m.actor = act
	}
	// A "person" whose name begins an organisation's ("Andes Copper" of
	// "Andes Copper Corporation") is that organisation.
	orgsByFirst := map[string][]*mention{}
	for _, m := range x.mentions {
		if m.kind == Organization {
			first, _, _ := strings.Cut(m.key, " ")
			orgsByFirst[first] = append(orgsByFirst[first], m)
		}
	}
	for _, m := range x.mentions {
		if m.kind != Person || m.single || m.roleRef || m.role != "" {
			continue
		}
		first, _, _ := strings.Cut(m.key, " ")
		for _, o := range orgsByFirst[first] {
			if strings.HasPrefix(o.key, m.key+" ") {
				m.kind, m.key, m.name = Organization, o.key, o.name
				break
			}
		}
	}
	// Full names first: people of two words or more, places, organisations.
	for _, m := range x.mentions {
		if m.single || m.roleRef {
			continue
		}
		key := m.key
		if _, known := byKey[key]; !known && m.kind == Person {
			key = people.fullKey(key)
		}
		record(get(m, key), m)
	}
	// Then lone names with a title, which may make a person of their own
	// ("President Biden"), and then the other lone names and role
	// references.
	for _, m := range x.mentions {
		if m.titled {
			if act := people.resolveSingle(m); act != nil {
				record(act, m)
			} else {
				record(get(m, m.key), m)
			}
		}
	}
	for _, m := range x.mentions {
		switch {
		case m.titled:
		case m.single:
			if act := people.resolveSingle(m); act != nil {
				record(act, m)
			} else if m.theOrg {
				m.kind = Organization
				record(get(m, m.key), m)
			}
		case m.roleRef:
			if act := people.resolveRole(m.key); act != nil {
				record(act, m)
			}
		}
	}
	x.mergeSpellings(order, byKey)
	for _, key := range order {
		act := byKey[key]
		if len(act.Where) == 0 {
			continue
		}
		act.ID = slug(act.Name)
		for set.byID[act.ID] != nil {
			act.ID += "-2"
		}
		set.byID[act.ID] = act
		set.Actors = append(set.Actors, act)
		seen := map[string]bool{}
		for _, w := range act.Where {
			if !seen[w.Passage] {
				seen[w.Passage] = true
				set.byPassage[w.Passage] = append(set.byPassage[w.Passage], act.ID)
			}
		}
	}
	sort.SliceStable(set.Actors, func(i, j int) bool {
		a, b := set.Actors[i], set.Actors[j]
		if a.Total() != b.Total() {
			return a.Total() > b.Total()
		}
		return a.Name < b.Name
	})
	return set
}

// mergeSpellings makes one actor of people whose full names are the same
// name spelled two ways by two outlets ("Abdelrahim al-Tayeb", "Abdelrahim
// El-Tayeb"; "Yasir Nourein", "Yasir Nourain"): every word the same or a
// spelling of it (fold.SpellingVariant), particles aside. Two people who
// share a surname keep their own actors: their given names differ.
func (x *extractor) mergeSpellings(order []string, byKey map[string]*Actor) {
	type person struct {
		key   string
		words []string
	}
	buckets := map[string][]person{}
	into := map[*Actor]*Actor{}
	for _, key := range order {
		act := byKey[key]
		if act.Kind != Person || len(act.Where) == 0 {
			continue
		}
		words := nameWords(key)
		if len(words) < 2 {
			continue
		}
		// Spellings differ after the first letters: bucket by the given
		// name's first letter and the number of words.
		b := words[0][:1] + strconv.Itoa(len(words))
		for _, other := range buckets[b] {
			if sameNameSpelled(words, other.words) {
				into[act] = byKey[other.key]
				break
			}
		}
		if into[act] == nil {
			buckets[b] = append(buckets[b], person{key, words})
		}
	}
	if len(into) == 0 {
		return
	}
	for act, target := range into {
		for into[target] != nil {
			target = into[target]
		}
		target.Where = append(target.Where, act.Where...)
		sort.SliceStable(target.Where, func(i, j int) bool { return target.Where[i].seq < target.Where[j].seq })
		for art, n := range act.Mentions {
			target.Mentions[art] += n
		}
		for _, a := range act.Aliases {
			addUnique(&target.Aliases, a)
		}
		for _, r := range act.Roles {
			if !containsFold(target.Roles, r) {
				target.Roles = append(target.Roles, r)
			}
		}
		act.Where, act.Mentions = nil, map[string]int{}
		into[act] = target
	}
	for _, m := range x.mentions {
		if t := into[m.actor]; t != nil {
			m.actor = t
		}
	}
}

// nameWords is a person's key without the particles that transliterations
// write one way or another ("al", "el").
func nameWords(key string) []string {
	var out []string
	for _, w := range strings.Fields(key) {
		if !particles[w] || w == "bin" || w == "ibn" || w == "abu" || w == "ben" {
			out = append(out, w)
		}
	}
	return out
}

// sameNameSpelled reports whether two names' words are each the same or a
// spelling of each other, one of them at least differing.
func sameNameSpelled(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	differ := false
	for i := range a {
		switch {
		case a[i] == b[i]:
		case fold.SpellingVariant(a[i], b[i]):
			differ = true
		default:
			return false
		}
	}
	return differ || strings.Join(a, " ") == strings.Join(b, " ")
}

// people indexes the people found so far, for the lookups of merge:
// without it, each lone name and each new full name was compared with
// every actor, which made finding the actors of 2,000 articles take six
// minutes.
type people struct {
	// byWord lists the people by each word of their key, in the order
	// they were found.
	byWord map[string][]*Actor
	// bySuffix maps the last two or more words of a person's key to the
	// first person found whose key ends so.
	bySuffix map[string]string
	// inArticle is how often, and first where, a person is named in an
	// article.
	inArticle map[personArticle]*namedIn
	// byKey is each person by the key they were found under.
	byKey map[string]*Actor
	// byRole lists the people by the keys of their roles.
	byRole map[string][]*Actor
}

type personArticle struct {
	act     *Actor
	article string
}

type namedIn struct{ count, first int }

func newPeople() *people {
	return &people{byKey: map[string]*Actor{}, byWord: map[string][]*Actor{}, bySuffix: map[string]string{}, inArticle: map[personArticle]*namedIn{}, byRole: map[string][]*Actor{}}
}

// add indexes a person found under key.
func (p *people) add(key string, act *Actor) {
	p.byKey[key] = act
	words := strings.Fields(key)
	for i, w := range words {
		if !slices.Contains(words[:i], w) {
			p.byWord[w] = append(p.byWord[w], act)
		}
	}
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' {
			if suffix := key[i+1:]; strings.Contains(suffix, " ") {
				if _, ok := p.bySuffix[suffix]; !ok {
					p.bySuffix[suffix] = key
				}
			}
		}
	}
}

// saw counts a mention of act in an article, the mention's place in the
// corpus's order being seq.
func (p *people) saw(act *Actor, article string, seq int) {
	k := personArticle{act, article}
	if n := p.inArticle[k]; n != nil {
		n.count++
		n.first = min(n.first, seq)
		return
	}
	p.inArticle[k] = &namedIn{1, seq}
}

// fullKey merges a new person's shorter full name into a longer one
// already seen ("Pacheco Pardo" into "Ramon Pacheco Pardo") when it ends
// it: the first seen of them.
func (p *people) fullKey(key string) string {
	if longer, ok := p.bySuffix[key]; ok {
		return longer
	}
	return key
}

// resolveSingle finds the person a lone word names: among the corpus's
// people whose full name has that word, the one the article names most in
// full (the earliest on a tie); failing that, the one the corpus names most
// (the first seen on a tie).
func (p *people) resolveSingle(m *mention) *Actor {
	// A hyphenated lone name ("al-Tayeb") ends a full name.
	if strings.Contains(m.key, " ") {
		if full, ok := p.bySuffix[m.key]; ok {
			return p.byKey[full]
		}
		return nil
	}
	cands := p.byWord[m.key]
	if len(cands) == 0 {
		return nil
	}
	best, bestCount, bestFirst := (*Actor)(nil), -1, 1<<30
	for _, act := range cands {
		count, first := 0, 1<<30
		if n := p.inArticle[personArticle{act, m.art.ID}]; n != nil {
			count, first = n.count, n.first
		}
		if count > bestCount || count == bestCount && first < bestFirst || count == bestCount && first == bestFirst && best != nil && act.Total() > best.Total() {
			best, bestCount, bestFirst = act, count, first
		}
	}
	// With no full name in this article, every count is 0 and the last
	// comparison has picked the corpus's best known.
	return best
}

// holds records that a person holds a role.
func (p *people) holds(act *Actor, role string) {
	k := keyOf(role)
	if !slices.Contains(p.byRole[k], act) {
		p.byRole[k] = append(p.byRole[k], act)
	}
}

// resolveRole finds the one person whose role is the referenced one.
func (p *people) resolveRole(key string) *Actor {
	if holders := p.byRole[strings.TrimPrefix(key, "role:")]; len(holders) == 1 {
		return holders[0]
	}
	return nil // no one, or two people: no doubt-free answer
}

func addUnique(list *[]string, s string) {
	for _, v := range *list {
		if v == s {
			return
		}
	}
	*list = append(*list, s)
}

func containsFold(list []string, s string) bool {
	for _, v := range list {
		if strings.EqualFold(v, s) {
			return true
		}
	}
	return false
}

// slug makes an id from a name.
func slug(name string) string {
	return strings.ReplaceAll(keyOf(name), " ", "-")
}
