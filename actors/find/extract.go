package find

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/internal/lazyregexp"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/fold"
)

// mention is a found name before actors are merged.
type mention struct {
	key     string // the actor it names, by key
	kind    actors.Kind
	name    string // canonical name for a new actor
	surface string
	art     *corpus.Article
	para    *corpus.Paragraph
	start   int
	end     int
	role    string
	single  bool // a lone word to resolve against full names
	titled  bool // a lone word with a title: a person if nothing resolves it
	// aged is a lone word with an age after it ("Oksana, 41,"): a person
	// introduced here, whom only a full name of this article resolves.
	aged    bool
	roleRef bool // "the Russian president": resolve by role
	theOrg  bool // a lone name that is an organisation if no person has it
	// beforeTitle is set on a lone word the rules read as what the title
	// after it serves ("Kenya President X"), which a body's name the
	// article gives in full may take ("Hoshizora President X").
	beforeTitle bool
	// placeCue is set on a name after "in" or "near": a place, unless
	// another mention gives it a role or title.
	placeCue bool
	// listPlace is set on a lone name listed with places ("between
	// Sanaa, Aden and Marib"): a place, unless a person has the name.
	listPlace bool
	// city is set on a lone name the gazetteer knows as a city: a place,
	// unless a person has the name.
	city bool
	// facility is set on a name read as a place only for the facility's
	// noun after it ("the Rheinchemie site"), and bodyCue on a name read
	// as a body for what it says of itself ("Rheinchemie said it"): a
	// company's site is the company's where the corpus gives both.
	facility, bodyCue bool
	inQuote           bool
	actor             *actors.Actor // set when merged
}

// extractor holds the state of one run over a corpus.
type extractor struct {
	// article is the id of the article being read; koreanFamily holds,
	// per article, the family names of its Korean names ("park" of "Park
	// Ji-hoon"), which alone name the person, not a park.
	article      string
	articleText  string // the article's text
	articleLower string // and in lower case
	// endingIn keeps bodyEndingIn's answers for the article being read,
	// by word: a paragraph of 10,000 names asked it of each.
	endingIn map[string]lexEntryFound
	// formsIn reports whether the article names a company with one of
	// legalFormsAfterPlace, worked out once an article.
	formsIn      bool
	koreanFamily map[articleKey]bool
	lex          map[string]lexEntry
	maxLex       int
	lexFirst     map[string]bool // first words of the lexicon's names of two words or more
	// lexWords are the words of the lexicon's names ("korea" of "North
	// Korea"): alone, they are not an unknown body's name.
	lexWords map[string]bool
	// cities are the one-word cities of the gazetteer (cities.go), by key.
	cities map[string]string
	// provinces are the one-word states and provinces among cities.
	provinces map[string]bool
	// officerOf are the keys of names a body's officer follows in lower
	// case ("Celtic Crossings chairman Declan Murphy"): bodies.
	officerOf map[string]bool
	// things are the names an article gives what is no actor, by
	// article id and key, in all their mentions there: a disease's, as
	// written before "virus", "disease" or "fever" ("Marburg virus
	// disease"), an animal's ("a panda cub named Ling Bao") and a
	// ship's ("the cargo ships Dorla Bay, Kestrel Moon and Tavi Star").
	things map[[2]string]bool
	// works are the titles of works and the names of characters of two
	// words or more that some article gives after a work's noun or a
	// part's cue, by key: their other mentions in the corpus name no one
	// either, unless with a title or a role ("the desk sergeant in
	// Harbour Watch, which ran on ITV").
	works map[string]bool
	// clubs are the cities an article names a team's officer after
	// ("Toulouse coach X"), by article id and key: the club.
	clubs   map[[2]string]bool
	lowered map[string]bool // words the corpus writes in lower case
	capMid  map[string]bool // words the corpus capitalises mid-sentence
	// capAlone are the words the corpus capitalises mid-sentence with no
	// capitalised word beside them: a name of one word ("People" of
	// "People Power Party" is not one).
	capAlone map[string]bool
	// outlets are the keys of the articles' outlets' names ("told Nordic
	// Wire"): news organisations wherever the text names them.
	outlets  map[string]bool
	mentions []*mention
}

func newExtractor() *extractor {
	l := theLexicon()
	return &extractor{lex: l.lex, lexFirst: l.first, lexWords: l.words, maxLex: l.maxLex, cities: l.cities, provinces: l.provinces, lowered: map[string]bool{}, koreanFamily: map[articleKey]bool{}, capMid: map[string]bool{}, capAlone: map[string]bool{}, outlets: map[string]bool{}, officerOf: map[string]bool{}, things: map[[2]string]bool{}, works: map[string]bool{}, clubs: map[[2]string]bool{}}
}

// readPassage is a passage of an article and its words.
type readPassage struct {
	art   *corpus.Article
	para  *corpus.Paragraph
	words []word
}

// Actors finds the actors of a corpus.
func Actors(c *corpus.Corpus) *actors.Set {
	x := newExtractor()
	var all []readPassage
	for _, a := range c.Articles {
		if k := keyOf(strings.TrimPrefix(a.Outlet, "The ")); strings.Contains(k, " ") {
			x.outlets[k] = true // a name of two words or more, not "cnn.example"
		}
		for _, p := range a.Paragraphs {
			var starts []int
			for _, s := range p.Sentences {
				starts = append(starts, s.Start-p.Start)
			}
			ws := words(p.Text, starts)
			x.recaseShouting(p.Text, ws)
			x.recaseTitleCase(p.Text, ws)
			x.monthsInNames(p.Text, ws)
			if corpus.ContributorLine(p.Text) {
				// "Associated Press writer Jane Roe contributed to this
				// report.": the makers, no actors.
				continue
			}
			if correctionNote.MatchString(p.Text) && strings.Contains(p.Text, ", not ") {
				// "Correction: … It is Glen X, not Glenn X.": a note on
				// the article's own spelling, whose wrong names are no
				// one (the right one the article gives elsewhere).
				continue
			}
			if p.Kind == corpus.Caption {
				// A photo credit names the photographer, who is no actor
				// of the story; the agencies it names are its sources.
				cut := corpus.CreditStart(p.Text)
				for i := range ws {
					ws[i].credit = ws[i].start >= cut
				}
			}
			for k, w := range ws {
				// "Park Ji-hoon": a Korean family name, which the article
				// may use alone ("fined Park").
				if k+1 < len(ws) && w.cap && p.Text[w.end:ws[k+1].start] == " " && koreanName(ws[k:k+2]) {
					x.koreanFamily[articleKey{a.ID, w.lower()}] = true
				}
				if !w.cap {
					x.lowered[w.lower()] = true
				} else if !w.sentStart {
					x.capMid[w.lower()] = true
					if !capNeighbour(p.Text, ws, k) {
						x.capAlone[w.lower()] = true
					}
				}
			}
			all = append(all, readPassage{a, p, ws})
		}
	}
	for _, p := range all {
		if x.article != p.art.ID {
			x.article, x.articleText, x.articleLower = p.art.ID, p.art.Text, strings.ToLower(p.art.Text)
			x.endingIn = map[string]lexEntryFound{}
			x.formsIn = namedWithLegalForm(p.art.Text, "")
		}
		x.passage(p.art, p.para, p.words)
	}
	x.articleText, x.articleLower, x.endingIn = "", "", nil
	x.bareMinistries(all)
	byArticle := map[*corpus.Article][]*mention{}
	for _, m := range x.mentions {
		byArticle[m.art] = append(byArticle[m.art], m)
	}
	for _, p := range all {
		x.oneNameList(p.art, p.para, p.words, byArticle[p.art])
	}
	x.headlines(c)
	x.joinPortfolioLists()
	x.joinQualifierLists()
	set := x.merge()
	attributeQuotes(c, set, x)
	return set
}

// placeAfterName reports whether the words after a run ending at j make
// its last word a place, not a surname: "in Ana Jordan's" no; ", Jordan",
// "Jordan-based" yes (the run ends at the place's name and a comma or a
// hyphen follows), unless "who" or an age follows the comma.
func placeAfterName(text string, ws []word, j int) bool {
	rest := text[ws[j-1].end:]
	// "Det Con James Jordan, who served with …", "James Jordan, 32,":
	// a person's relative pronoun or age.
	if strings.HasPrefix(rest, ", who ") || strings.HasPrefix(rest, ", whose ") || ageAfter.MatchString(rest) {
		return false
	}
	return strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, ",") && j < len(ws) && !ws[j].cap
}

// personOfPlace reports whether ws[i:j], before "of", is a person's name
// of two or three words, an English given name first, no word of a
// body's, a place's or a title's in it: "Mark Prindaville of Dayton",
// not "Georgia Institute of Technology" or "Christian Brothers of
// Ireland".
func (x *extractor) personOfPlace(ws []word, i, j int) bool {
	if j-i < 2 || j-i > 3 || !givenName(ws[i].text) && !x.unknownNameOfKnown(ws, i, j) || x.lookup(ws, i, j) > 0 {
		return false
	}
	// Not after a title or a role: "Opposition deputy Carla X of
	// Comunidad Ciudadana" is of her party.
	if i > 0 && (titles[ws[i-1].lower()] || jobNouns[ws[i-1].lower()] || memberTitles[ws[i-1].lower()]) {
		return false
	}
	for _, w := range ws[i:j] {
		lw := w.lower()
		if w.possessive || orgWords[lw] || orgSuffixes[lw] || placeWords[lw] || titles[lw] || eventWords[lw] || isAcronym(w.text) {
			return false
		}
	}
	return true
}

// frenchBodyEnd returns the end of a body's name written in French from
// ws[i], its head ("Fédération", "Conseil", "Syndicat") then particles
// and lower-case words, perhaps a capitalised place at the end:
// "Fédération des chambres de commerce du Québec", "Confédération des
// syndicats nationaux", "Office de la langue française"; 0 when ws[i]
// opens no such name.
func frenchBodyEnd(text string, ws []word, i int) int {
	if i+2 >= len(ws) || !ws[i].cap || !frenchHeads[strings.ToLower(ws[i].text)] || !frenchFirstParticles[ws[i+1].text] {
		return 0
	}
	end, k := 0, i+1
	for k < len(ws) && text[ws[k-1].end:ws[k].start] == " " && frenchParticles[ws[k].text] {
		m := k + 1
		if ws[k].text == "de" && m < len(ws) && ws[m].text == "la" && text[ws[k].end:ws[m].start] == " " {
			m++
		}
		if m >= len(ws) || text[ws[m-1].end:ws[m].start] != " " {
			break
		}
		if ws[m].cap {
			// "du Québec": a place's name ends the body's.
			end = runEnd(text, ws, m)
			break
		}
		if !frenchWord(ws[m].text) {
			break
		}
		n := m + 1
		// "syndicats nationaux", "langue française": an adjective after
		// the noun.
		if n < len(ws) && !ws[n].cap && text[ws[n-1].end:ws[n].start] == " " && frenchAdjective(ws[n].text) {
			n++
		}
		end, k = n, n
	}
	return end
}

// frenchWord reports whether w is a lower-case word that can follow a
// French particle in a name (no English word of a sentence: "the").
func frenchWord(w string) bool {
	return w != "" && strings.ToLower(w) == w && !commonWords()[w] || frenchNouns[w]
}

// frenchAdjective reports whether w has the ending of a French
// adjective: "nationaux", "française", "publique".
func frenchAdjective(w string) bool {
	for _, end := range []string{"aux", "ale", "ales", "el", "elle", "elles", "ique", "iques", "aise", "aises", "ais", "ien", "ienne", "iens", "é", "ée", "és", "ées", "if", "ive", "ifs", "ives", "aire", "aires", "eux", "euse", "ère", "ères", "ole", "oles", "ile", "iles"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// frenchHeads open the names of bodies in French.
var frenchHeads = wordSet("fédération confédération conseil syndicat association institut caisse régie société banque ministère mouvement parti centre union collectif comité ordre chambre agence autorité observatoire direction fondation rassemblement groupement compagnie office commission tribunal cour conférence")

// frenchFirstParticles follow a French body's head: "Conseil du",
// "Fédération des", "Office de la".
var frenchFirstParticles = wordSet("de des du pour")

// frenchParticles join the words of a French body's name.
var frenchParticles = wordSet("de des du pour et sur aux au en")

// frenchNouns are French nouns of bodies' names that English writes
// too, so the common words would stop them: "commerce", "justice".
var frenchNouns = wordSet("commerce justice police culture santé travail développement transport transports recherche finance finances information industrie")

// subjectIn reports whether ws[i] follows a prize's, a degree's or a
// chair's noun and "in": "Prize in Chemistry", "a doctorate in Law";
// or a field of such a list: "in Physiology or Medicine".
func subjectIn(ws []word, i int) bool {
	if i < 2 {
		return false
	}
	if ws[i-1].text == "or" || ws[i-1].text == "and" {
		return ws[i-2].cap && fieldWord(ws[i-2].lower()) && subjectIn(ws, i-2)
	}
	return ws[i-1].text == "in" && subjectNouns[ws[i-2].lower()]
}

// fieldWord reports whether a word can name a field of study: a word
// of the language, or one shaped like a science's name ("Economics",
// "Physiology").
func fieldWord(lw string) bool {
	return commonWords()[lw] || strings.HasSuffix(lw, "ics") || strings.HasSuffix(lw, "ology") || strings.HasSuffix(lw, "istry") || strings.HasSuffix(lw, "science") || strings.HasSuffix(lw, "sciences") || strings.HasSuffix(lw, "studies")
}

// subjectNouns are given, held or taught in a field of study.
var subjectNouns = wordSet("prize prizes award awards medal medals laureate laureates degree degrees doctorate doctorates phd diploma diplomas professor professors professorship lecturer lecturers chair course courses major majors master's bachelor's masters graduate graduates")

// unknownNameOfKnown reports whether ws[i:j], two words no dictionary
// holds before "of" at ws[j], is followed by a place or a body the
// lexicon knows: "Aitana Bonmatí-Soler of Barcelona", a given name the
// list lacks, is still someone's of a club or a town ("Hunchback of
// Notre Dame" opens on a word of the language).
func (x *extractor) unknownNameOfKnown(ws []word, i, j int) bool {
	if j-i != 2 || j+1 >= len(ws) || !ws[j+1].cap {
		return false
	}
	for _, w := range ws[i:j] {
		if commonWords()[w.lower()] || x.lowered[w.lower()] || !w.cap || isAcronym(w.text) {
			return false
		}
	}
	n := x.lookup(ws, j+1, len(ws))
	if n == 0 {
		return x.isCity(ws[j+1].key)
	}
	e := x.lex[wordsKey(ws[j+1:j+1+n])]
	return e.kind != actors.Person
}

// oneNameList reads a list of people known by one name ("Its members
// are Haneul, Seoyul, Mirae, Dain and Akari"): when two of its names or
// more are people the article names, the others, names no dictionary
// holds, are people too.
func (x *extractor) oneNameList(a *corpus.Article, p *corpus.Paragraph, ws []word, ofArticle []*mention) {
	if !strings.Contains(p.Text, ", ") {
		return
	}
	people := map[string]bool{}
	for _, m := range ofArticle {
		// (People the article makes sure of: by a title, a role or an
		// age, not lone words waiting to be resolved.)
		if m.kind == actors.Person && !strings.Contains(m.key, " ") && (m.titled || m.aged || m.role != "") {
			people[m.key] = true
		}
	}
	if len(people) < 2 {
		return
	}
	mentioned := map[int]*mention{}
	for _, m := range ofArticle {
		if m.para == p {
			mentioned[m.start] = m
		}
	}
	for k := 0; k < len(ws); {
		var items []int
		e := k
		for e < len(ws) && ws[e].cap && !ws[e].possessive {
			items = append(items, e)
			if e+1 >= len(ws) {
				e++
				break
			}
			gap := p.Text[ws[e].end:ws[e+1].start]
			if gap == ", " && ws[e+1].cap {
				e++
				continue
			}
			if (gap == " " || gap == ", ") && ws[e+1].text == "and" && e+2 < len(ws) && ws[e+2].cap && p.Text[ws[e+1].end:ws[e+2].start] == " " {
				e += 2
				continue
			}
			e++
			break
		}
		if len(items) < 3 {
			k = max(e, k+1)
			continue
		}
		// Each item must stand alone: no name of two words.
		known := 0
		for _, n := range items {
			if people[ws[n].key] {
				known++
			}
		}
		if known >= 2 {
			for _, n := range items {
				w := ws[n]
				lw := w.lower()
				if people[keyOf(w.text)] && mentioned[w.start] == nil || x.lookup(ws, n, n+1) > 0 || commonWords()[lw] || x.lowered[lw] || titles[lw] || isAcronym(w.text) {
					continue
				}
				if m := mentioned[w.start]; m != nil {
					if m.kind == actors.Person && m.single {
						m.titled = true // a person even with no full name
					}
					continue
				}
				x.addLoneName(a, p, w)
			}
		}
		k = e
	}
}

// nicknameWords returns how many words from ws[j] make a nickname in
// quotation marks, double or single, inside a name (one to three, the
// closing mark then a space and a capitalised word after them), or 0.
func nicknameWords(text string, ws []word, j int) int {
	for n := 1; n <= 3 && j+n < len(ws); n++ {
		after := text[ws[j+n-1].end:ws[j+n].start]
		if after == "\" " || after == "” " || after == "' " || after == "’ " {
			// Single marks close a headline's quoted word as often
			// ("Minister 'Misled' Parliament"): a common word inside or
			// after them makes no nickname.
			if (after == "' " || after == "’ ") && (commonWords()[ws[j+n].lower()] || slices.ContainsFunc(ws[j:j+n], func(w word) bool { return commonWords()[w.lower()] })) {
				return 0
			}
			// "Ramon “Bong” dela Paz": a surname's particle may follow.
			if ws[j+n].cap || nameParticles[ws[j+n].lower()] && j+n+1 < len(ws) && ws[j+n+1].cap && text[ws[j+n].end:ws[j+n+1].start] == " " {
				return n
			}
			return 0
		}
		if after != " " || !ws[j+n].cap {
			return 0
		}
	}
	return 0
}

// familyName reads the names of a death notice's family, a given name
// (or two joined by "and"), a name in brackets, then the surname they
// share: "Gary (Denise) Prindaville" is Gary Prindaville and his wife
// Denise; "Harold and Edna (Szymczak) Prindaville" are Harold and Edna
// Prindaville, Szymczak her name before marriage. It returns the index
// after the surname, or i when ws[i:] is no such name.
func (x *extractor) familyName(a *corpus.Article, p *corpus.Paragraph, ws []word, i int) int {
	givens := []int{i}
	k := i + 1
	if k+1 < len(ws) && ws[k].text == "and" && p.Text[ws[i].end:ws[k].start] == " " && p.Text[ws[k].end:ws[k+1].start] == " " && ws[k+1].cap {
		givens = append(givens, k+1)
		k += 2
	}
	b, sur := k, k+1
	if sur >= len(ws) || !ws[b].cap || !ws[sur].cap || p.Text[ws[givens[len(givens)-1]].end:ws[b].start] != " (" || p.Text[ws[b].end:ws[sur].start] != ") " {
		return i
	}
	for _, g := range givens {
		if !givenName(ws[g].text) || ws[g].possessive || x.lookup(ws, g, g+1) > 0 {
			return i
		}
	}
	if ws[b].possessive || x.lookup(ws, sur, sur+1) > 0 || commonWords()[ws[sur].lower()] || sur+1 < len(ws) && ws[sur+1].cap && p.Text[ws[sur].end:ws[sur+1].start] == " " {
		return i
	}
	surname := ws[sur].text
	person := func(w word, surface string, end int) {
		name := w.text + " " + surname
		x.add(&mention{key: keyOf(name), kind: actors.Person, name: name, surface: surface, art: a, para: p, start: w.start, end: end, inQuote: w.inQuote})
	}
	for n, g := range givens {
		if n == len(givens)-1 {
			person(ws[g], p.Text[ws[g].start:ws[sur].end], ws[sur].end)
		} else {
			person(ws[g], ws[g].text, ws[g].end)
		}
	}
	// A given name in the brackets is the spouse's; any other name, the
	// surname before marriage.
	if givenName(ws[b].text) && len(givens) == 1 {
		person(ws[b], ws[b].text, ws[b].end)
	}
	return sur + 1
}

// portfolioListBefore is a title and its first portfolio before a comma
// that lists another: "The Minister for Relief, ".
var portfolioListBefore = &lazyregexp.Regexp{Expr: `\b(?:Minister|Ministry|Secretary|Department|Cabinet Secretary|Commissioner|Committee|MEC)\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*,\s+$`}

// twoCompanies reports whether the "and" at ws[j] joins two companies,
// each named by a name no dictionary holds, the second ending in its
// legal form, "Bank", "International", "Holdings" or "Group":
// "Jefferies and Danske Bank", "ASML and ASM International", "A.P.
// Moller-Maersk and Hapag-Lloyd AG"; or two the lexicon knows whole,
// "Lockheed Martin and Deutsche Bank". (Not "Avon and Somerset Police",
// which ends in a body's word, nor "Procter and Gamble Co", whose second
// name is a common word.)
func (x *extractor) twoCompanies(text string, ws []word, i, j int) bool {
	k := j + 1
	// "Lockheed Martin and Deutsche Bank": two bodies the lexicon knows
	// whole.
	if x.lexBody(ws, i, j) && k < len(ws) {
		if n := x.lookup(ws, k, len(ws)); n > 0 && x.lexBody(ws, k, k+n) {
			return true
		}
	}
	if k+1 >= len(ws) || j-i > 2 || text[ws[k].end:ws[k+1].start] != " " || !companyEnds[ws[k+1].lower()] || k+2 < len(ws) && ws[k+2].cap && text[ws[k+1].end:ws[k+2].start] == " " {
		return false
	}
	unknown := func(w word) bool {
		lw := w.lower()
		return w.cap && !w.possessive && !commonWords()[lw] && !x.lowered[lw] && !givenName(w.text) && !orgWords[lw] && !orgSuffixes[lw] && !placeWords[lw] && !titles[lw] && !connectorWord(w) && !portfolioWords[lw]
	}
	if !unknown(ws[k]) || x.lookup(ws, k, k+1) > 0 {
		return false
	}
	// A company the lexicon knows may open it ("Jefferies"); a place
	// may not ("Trinidad and Tobago").
	if n := x.lookup(ws, i, j); n == j-i {
		return x.lex[wordsKey(ws[i:j])].kind == actors.Organization
	}
	for _, w := range ws[i:j] {
		if !unknown(w) {
			return false
		}
	}
	return true
}

// genericBodyRole reports whether a role in lower case follows ws[j-1],
// a body's word alone opening a sentence: "Union negotiator X said",
// "Army spokesman X": the body's kind, which names no body.
func genericBodyRole(text string, ws []word, j int) bool {
	return j < len(ws) && !ws[j].cap && !ws[j-1].possessive && text[ws[j-1].end:ws[j].start] == " " && (titles[ws[j].lower()] || jobNouns[ws[j].lower()])
}

// lexBody reports whether ws[i:j] is, whole, a body the lexicon knows.
func (x *extractor) lexBody(ws []word, i, j int) bool {
	return x.lookup(ws, i, j) == j-i && x.lex[wordsKey(ws[i:j])].kind == actors.Organization
}

// companyEnds are the words that end a company's name of two words:
// its legal form, or "Bank".
var companyEnds = wordSet("ag co co. inc inc. ltd ltd. plc sa se nv a/s asa oyj llc gmbh bank international holdings group")

// titleOfBodyThenName reads ws[i:j] as a title (its words, or an
// office's letters: "OC", "DIG"), "of", a body's name ending in a body's
// word ("Police Headquarters", "Badda Police Station"), then a name of
// two to four words no lexicon holds, and reports whether it did.
func (x *extractor) titleOfBodyThenName(a *corpus.Article, p *corpus.Paragraph, ws []word, i, j int) bool {
	k := i
	for k < j && !ws[k].possessive && (titles[ws[k].lower()] || rankQualifiers[ws[k].lower()] || isAcronym(ws[k].text) && len(ws[k].text) <= 4 && x.lookup(ws, k, k+1) == 0) {
		k++
	}
	if k == i || k+3 >= j || ws[k].text != "of" || !slices.ContainsFunc(ws[i:k], func(w word) bool { return titles[w.lower()] || isAcronym(w.text) }) {
		return false
	}
	for m := k + 1; m < j-2; m++ {
		lw := ws[m].lower()
		if ws[m].possessive || !ws[m].cap {
			return false
		}
		if !orgWords[lw] && !orgSuffixes[lw] && !servedBodyEnds[lw] {
			continue
		}
		if servedBodyEnds[ws[m+1].lower()] || orgWords[ws[m+1].lower()] {
			continue // "Police Headquarters": the body goes on
		}
		// Not "Minister of Construction X", "Inspector General of Police
		// Y": a portfolio, or a body of one word, is the title's.
		if m == k+1 || portfolioWords[ws[k+1].lower()] || portfolioQualifiers[ws[k+1].lower()] {
			return false
		}
		name := ws[m+1 : j]
		if len(name) > 4 || !plainName(name) || x.lookup(ws, m+1, j) != 0 || spanHasOrgWord(name) || spanHasPlaceWord(name) {
			return false
		}
		x.span(a, p, ws, k+1, m+1)
		x.name(a, p, ws, m+1, j, p.Text[ws[i].start:ws[m].end], false)
		return true
	}
	return false
}

// bodyThenNameAfterTitle reads ws[i:j], after a title, "of" and "the",
// as the body the title serves and then its holder's name: "Speaker of
// the National Assembly Bader X", "Secretary General of the Arab League
// Y". It reports whether it did.
func (x *extractor) bodyThenNameAfterTitle(a *corpus.Article, p *corpus.Paragraph, ws []word, i, j int) bool {
	// "Vice Chairman of the municipal People's Committee X": a word
	// saying which level of government may stand before the body.
	b := i
	if b >= 1 && !ws[b-1].cap && bodyLevels[ws[b-1].lower()] && p.Text[ws[b-1].end:ws[b].start] == " " {
		b--
	}
	if b < 3 || j-i < 3 || ws[b-1].text != "the" || ws[b-2].text != "of" || !titles[ws[b-3].lower()] || ws[b-3].possessive || p.Text[ws[b-3].end:ws[b-1].start] != " of " || p.Text[ws[b-1].end:ws[b].start] != " " {
		return false
	}
	for m := i + 1; m < j-2; m++ {
		lw := ws[m].lower()
		if ws[m].possessive {
			if lw == "people" || lw == "people's" || lw == "peoples" {
				continue // "People's Committee": the body goes on
			}
			return false
		}
		// A body's word ends the body, or the lexicon knows it ("Joint
		// Chiefs of Staff").
		if !orgWords[lw] && !orgSuffixes[lw] && x.lookup(ws, i, m+1) != m+1-i {
			continue
		}
		if orgWords[ws[m+1].lower()] || orgSuffixes[ws[m+1].lower()] || ws[m+1].text == "of" {
			continue // "National Assembly Council": the body goes on
		}
		name := ws[m+1 : j]
		if spanHasOrgWord(name) || slices.ContainsFunc(name, func(w word) bool { return w.possessive }) {
			continue // "City People's Committee X": the body goes on
		}
		if len(name) > 5 || len(name) < 2 && !givenName(name[0].text) || !nameWithParticles(name) || x.lookup(ws, m+1, j) != 0 || spanHasPlaceWord(name) {
			return false
		}
		t := b - 3 // "Vice Chairman": the title's qualifiers are the role's
		for t > 0 && ws[t-1].cap && (titles[ws[t-1].lower()] || rankQualifiers[ws[t-1].lower()]) && !ws[t-1].possessive && p.Text[ws[t-1].end:ws[t].start] == " " {
			t--
		}
		x.span(a, p, ws, i, m+1)
		x.name(a, p, ws, m+1, j, p.Text[ws[t].start:ws[m].end], false)
		return true
	}
	return false
}

// nameAfterTitleOf reads ws[i:j], after a title and "for" or "of", as
// the title's portfolio or its body's letters, then the holder's name:
// "assistant minister for Home Affairs Dipak X" (the portfolio is no
// actor), "chief executive of KMC Purna Raj Y", "chairman of the NRB Lok
// Bahadur Z" (the letters are the body). It reports whether it did.
func (x *extractor) nameAfterTitleOf(a *corpus.Article, p *corpus.Paragraph, ws []word, i, j int) bool {
	of := i - 1
	if of >= 1 && ws[of].text == "the" {
		of--
	}
	if of < 1 || ws[of].text != "of" && ws[of].text != "for" || !titles[ws[of-1].lower()] || ws[of-1].possessive {
		return false
	}
	for k := of - 1; k < i-1; k++ {
		if p.Text[ws[k].end:ws[k+1].start] != " " {
			return false
		}
	}
	if p.Text[ws[i-1].end:ws[i].start] != " " {
		return false
	}
	t := of - 1
	for t > 0 && (titles[ws[t-1].lower()] || roleQualifiers[ws[t-1].lower()]) && !ws[t-1].possessive && p.Text[ws[t-1].end:ws[t].start] == " " {
		t--
	}
	m := i // where the name begins
	switch {
	case of == i-1 || of == i-2:
		if n := portfolioAfterTitle(ws, of, j); n > 0 {
			m = of + n
		} else if isAcronym(ws[i].text) && len(ws[i].text) <= 6 && !notOrgAcronyms[ws[i].text] && !ws[i].possessive && ws[of].text == "of" {
			m = i + 1
		}
	case isAcronym(ws[i].text) && len(ws[i].text) <= 6 && !notOrgAcronyms[ws[i].text] && !ws[i].possessive:
		m = i + 1
	}
	if m == i || j-m < 2 || j-m > 5 {
		return false
	}
	name := ws[m:j]
	if !nameWithParticles(name) || x.lookup(ws, m, j) != 0 || spanHasOrgWord(name) || spanHasPlaceWord(name) || commonWords()[name[0].lower()] {
		return false
	}
	if isAcronym(ws[m-1].text) {
		x.span(a, p, ws, m-1, m)
	}
	x.name(a, p, ws, m, j, p.Text[ws[t].start:ws[m-1].end], false)
	return true
}

// titleOfBody returns where the body begins when ws[i:j] is a person's
// title, "of" and a body's name ending in a body's word ("Chairman of
// Nepal Communist Party"), and i when it is not. Not a ministry's
// portfolio ("Minister of Construction"), nor a body of one word
// ("Secretary of State").
func (x *extractor) titleOfBody(ws []word, i, j int) int {
	s := i
	if ws[s].text == "The" && s+1 < j {
		s++ // "The Governor of Kumamoto Prefecture requested"
	}
	k := s
	for k < j && ws[k].cap && !ws[k].possessive && (titles[ws[k].lower()] || rankQualifiers[ws[k].lower()]) && !orgWords[ws[k].lower()] {
		k++
	}
	if k == s || k+2 >= j || ws[k].text != "of" || !titles[ws[k-1].lower()] {
		return i
	}
	// "Provincial Police Region 8": a body's numbered branch.
	end := j
	if branchNumber(ws[j-1].text) && j-2 > k+1 && branchWords[ws[j-2].lower()] {
		end = j - 2
	}
	last := ws[end-1].lower()
	// (Not "Minister of Foreign Affairs": a portfolio, with its
	// qualifier or not.)
	// So is a place's title: "The Governor of Kumamoto Prefecture
	// requested" names the prefecture.
	if ws[j-1].possessive || !orgWords[last] && !orgSuffixes[last] && !placeWords[last] || portfolioWords[ws[k+1].lower()] || portfolioQualifiers[ws[k+1].lower()] && k+2 < end && portfolioWords[ws[k+2].lower()] {
		return i
	}
	for _, w := range ws[k+1 : end] {
		if !w.cap || titles[w.lower()] && !roleQualifiers[w.lower()] {
			return i
		}
	}
	return k + 1
}

// bodyLevels say which level of government a body is: "the municipal
// People's Committee", "the provincial Assembly".
var bodyLevels = wordSet("municipal provincial city district state national regional local federal county prefectural")

// rankQualifiers stand before a title: "Additional DIG", "Acting OC".
var rankQualifiers = wordSet("additional acting former deputy assistant senior joint")

// servedBodyEnds end the name of a body an officer serves, beside the
// body words: "Police Headquarters", "Khilgaon Police Station".
var servedBodyEnds = wordSet("headquarters station division")

// bracketedGivenName reads a given name an editor put in brackets
// between a title and a surname, as quotations and transcripts fill in
// whom a speaker meant: "President (Rodrigo) Ferreyra" is Rodrigo
// Ferreyra. It returns the index after the surname, or i when ws[i] opens
// no such name.
func (x *extractor) bracketedGivenName(a *corpus.Article, p *corpus.Paragraph, ws []word, i int) int {
	sur := i + 1
	if i == 0 || sur >= len(ws) || !titles[ws[i-1].lower()] || ws[i-1].possessive || p.Text[ws[i-1].end:ws[i].start] != " (" || p.Text[ws[i].end:ws[sur].start] != ") " {
		return i
	}
	// (Not "Deputy Commissioner (Southwest) X" or "the ADM (UNO) Y": an
	// office's district or its letters.)
	if !ws[sur].cap || ws[i].possessive || !givenName(ws[i].text) || isAcronym(ws[i].text) || !plainName(ws[i:i+1]) || x.lookup(ws, i, i+1) > 0 || x.lookup(ws, sur, sur+1) > 0 || commonWords()[ws[i].lower()] || commonWords()[ws[sur].lower()] || titles[ws[sur].lower()] {
		return i
	}
	// "President (Rodrigo) Ferreyra Díaz": the surname runs on.
	end := sur + 1
	for end < len(ws) && ws[end-1].cap && !ws[end-1].possessive && ws[end].cap && p.Text[ws[end-1].end:ws[end].start] == " " && plainName(ws[end:end+1]) && end-sur < 3 {
		end++
	}
	name := ws[i].text + " " + p.Text[ws[sur].start:ws[end-1].end]
	if ws[end-1].possessive {
		name = ws[i].text + " " + strings.TrimSuffix(strings.TrimSuffix(p.Text[ws[sur].start:ws[end-1].end], "'s"), "’s")
	}
	x.add(&mention{key: keyOf(name), kind: actors.Person, name: name, surface: name, art: a, para: p, start: ws[i].start, end: ws[end-1].end, inQuote: ws[i].inQuote})
	return end
}

// invertedName reads a line that opens with a surname in capitals, a
// comma and given names, as a returning officer's declaration or a
// register lists people ("ABARA, Rosalind Jane, Green Party – 233"), as
// one person named in the usual order ("Rosalind Jane Abara"). It
// returns the index after the given names, or i.
func (x *extractor) invertedName(a *corpus.Article, p *corpus.Paragraph, ws []word, i int) int {
	lineStart := i == 0 || strings.Contains(p.Text[ws[i-1].end:ws[i].start], "\n")
	if !lineStart || i+2 >= len(ws) || strings.ToUpper(ws[i].text) != ws[i].text || strings.ToLower(ws[i].text) == ws[i].text || utf8.RuneCountInString(ws[i].text) < 2 || p.Text[ws[i].end:ws[i+1].start] != ", " || x.lookup(ws, i, i+1) > 0 {
		return i
	}
	end := i + 1
	for end < len(ws) && end < i+4 && ws[end].cap && strings.ToUpper(ws[end].text) != ws[end].text && plainName(ws[end:end+1]) && (end == i+1 || p.Text[ws[end-1].end:ws[end].start] == " ") {
		end++
	}
	line, _, _ := strings.Cut(p.Text[ws[i].start:], "\n")
	if end == i+1 || end >= len(ws) || p.Text[ws[end-1].end:ws[end].start] != ", " || !givenName(ws[i+1].text) && !votesAtEnd.MatchString(line) {
		return i
	}
	// Not a dateline: "KISUMU, Kenya, Nov 26" names a town and its
	// country, though "Kenya" is a given name too.
	if x.lookup(ws, i+1, end) > 0 || x.isPlaceName(keyOf(p.Text[ws[i+1].start:ws[end-1].end])) {
		return i
	}
	r := []rune(strings.ToLower(ws[i].text))
	surname := string(unicode.ToUpper(r[0])) + string(r[1:])
	name := p.Text[ws[i+1].start:ws[end-1].end] + " " + surname
	x.add(&mention{key: keyOf(name), kind: actors.Person, name: name, surface: p.Text[ws[i].start:ws[end-1].end], art: a, para: p, start: ws[i].start, end: ws[end-1].end, inQuote: ws[i].inQuote})
	return end
}

// votesAtEnd ends a line of a declaration with a candidate's votes:
// "– 402".
var votesAtEnd = &lazyregexp.Regexp{Expr: `\s[—–-]\s+\d{1,3}(?:,\d{3})*\s*$`}

// sharedPlaceWords are the plurals of the places' words that a list of
// names can share, each with the word every name of the list takes:
// "the Red and Arabian Seas" are the Red Sea and the Arabian Sea; "the
// Solomon and Marshall Islands" keep the plural.
var sharedPlaceWords = map[string]string{
	"seas": "Sea", "oceans": "Ocean", "rivers": "River", "lakes": "Lake", "states": "State",
	"provinces": "Province", "counties": "County", "districts": "District", "regions": "Region",
	"streets": "Street", "avenues": "Avenue", "roads": "Road", "islands": "Islands", "mountains": "Mountains",
	"sounds": "Sound", "bays": "Bay", "straits": "Strait",
}

// sharedPlaceWord reads a list of single names that share a place's
// word after the last ("the Red and Arabian Seas", "Kebbi, Sokoto and
// Zamfara States") as as many places, each with the word. It returns the
// index after the place's word, or i when ws[i] opens no such list.
func (x *extractor) sharedPlaceWord(a *corpus.Article, p *corpus.Paragraph, ws []word, i int) int {
	items := []int{i}
	k := i
	for {
		if k+1 >= len(ws) || ws[k].possessive {
			return i
		}
		sep := p.Text[ws[k].end:ws[k+1].start]
		switch {
		case sep == ", " && ws[k+1].cap && len(items) < 6:
			k++
			items = append(items, k)
			continue
		case (sep == " " || sep == ", ") && ws[k+1].text == "and" && k+2 < len(ws) && ws[k+2].cap && p.Text[ws[k+1].end:ws[k+2].start] == " ":
			k += 2
			items = append(items, k)
			if k+1 < len(ws) && ws[k+1].cap && p.Text[ws[k].end:ws[k+1].start] == " " {
				if word := sharedPlaceWords[ws[k+1].lower()]; word != "" && len(items) >= 2 {
					// Not "Britain and United States": the last name
					// with the word is a name of its own.
					if _, ok := x.lex[keyOf(ws[k].text+" "+ws[k+1].text)]; ok {
						return i
					}
					// Nor "the Turks and Caicos Islands": one place whose
					// name the lexicon holds whole.
					if _, ok := x.lex[wordsKey(ws[i:k+2])]; ok {
						return i
					}
					end := k + 2
					for _, at := range items {
						if ws[at].possessive || isAcronym(ws[at].text) {
							return i
						}
					}
					for n, at := range items {
						name := ws[at].text + " " + word
						last := at
						if n == len(items)-1 {
							last = k + 1
						}
						m := &mention{key: keyOf(name), kind: actors.Place, name: name, surface: name, art: a, para: p, start: ws[at].start, end: ws[last].end, inQuote: ws[at].inQuote}
						if e, ok := x.lex[keyOf(name)]; ok {
							m.key, m.name, m.kind = e.key, e.name, e.kind
						}
						x.add(m)
					}
					return end
				}
			}
			return i
		}
		return i
	}
}

// recaseShouting reads a passage written all in capitals ("GOVERNOR
// TERESA X SAYS STATE AID WILL REACH FARMERS", a broadcast's captions),
// whose capitals say nothing, as if written in sentence case: a word of
// the language is small, unless the lexicon or the gazetteer knows it
// (alone or in a longer name: "NEW YORK"); other words, names, keep
// their capital.
func (x *extractor) recaseShouting(text string, ws []word) {
	// (Not a factbox's line in capitals, "* ANA X, 45, BROAD FRONT
	// (FA)", whose names are common words: only sentences, of twelve
	// words or more.)
	if strings.ToUpper(text) != text || strings.ToLower(text) == text {
		return
	}
	// So is an explainer's subhead in capitals that asks a question,
	// however short: "WHAT IS ON THE BALLOT?", "WHO IS CAMPAIGNING
	// AGAINST IT?", "WHAT HAPPENS NEXT".
	question := len(ws) > 0 && questionWords[ws[0].lower()] && !strings.Contains(text, ",")
	if (len(ws) < 12 || !strings.ContainsAny(text, ".?!")) && !question {
		return
	}
	x.recaseWords(ws)
	if !question || len(ws) >= 12 {
		return
	}
	// A subhead names what the paragraphs under it tell of: its words
	// the lexicon and the gazetteer do not know are the language's
	// ("BALLOT").
	for k := 0; k < len(ws); k++ {
		if n := x.lookup(ws, k, len(ws)); n > 0 {
			k += n - 1
			continue
		}
		if !x.isCity(ws[k].key) {
			ws[k].cap = false
		}
	}
}

// questionWords open a question.
var questionWords = wordSet("what who why how when where which whose will can could does do did is are was were should would")

// recaseTitleCase reads a line of the body written in title case (the
// headline of a related story a page lists, "Fan With Cobras And Monkey
// In Attendance Takes Derby To An Extreme Level"), whose capitals say
// nothing, as recaseShouting reads one in capitals. A line is in title
// case when no word of four letters or more is in small letters and at
// least three words of the language's small ones ("with", "and", "to")
// are capitalised past its first word.
func (x *extractor) recaseTitleCase(text string, ws []word) {
	if len(ws) < 6 || len(ws) > 30 || strings.HasSuffix(strings.TrimSpace(text), ".") {
		return
	}
	small := 0
	for k, w := range ws {
		r := firstRune(w.text)
		if unicode.IsLower(r) && utf8.RuneCountInString(w.text) >= 4 {
			return
		}
		if k > 0 && w.cap && shoutedSmallWords[w.lower()] {
			small++
		}
	}
	if small >= 3 {
		x.recaseWords(ws)
	}
}

// recaseWords makes small the words of ws that are words of the language,
// keeping the capital of names the lexicon or the gazetteer knows.
func (x *extractor) recaseWords(ws []word) {
	for k := 0; k < len(ws); {
		if n := x.lookup(ws, k, len(ws)); n > 0 {
			k += n
			continue
		}
		if x.isCity(ws[k].key) {
			k++
			continue
		}
		lw := ws[k].lower()
		// "MERCER AND DUNLAP COUNTIES": a plural of a place's word
		// follows the names it counts.
		plural := strings.HasSuffix(lw, "ies") && placeWords[strings.TrimSuffix(lw, "ies")+"y"] || strings.HasSuffix(lw, "s") && placeWords[strings.TrimSuffix(lw, "s")]
		// "THE KANGAROO ISLAND BUSHFIRE": a place's word after a name
		// kept in capitals ends the place's name.
		// The word after it, unless the lexicon knows it (that is
		// read above), is the language's: "BUSHFIRE".
		placeNamed := placeWords[lw] && k > 0 && ws[k-1].cap && !commonWords()[ws[k-1].lower()] && !shoutedSmallWords[ws[k-1].lower()]
		if placeNamed {
			if k+1 < len(ws) && x.lookup(ws, k+1, len(ws)) == 0 && !placeWords[ws[k+1].lower()] && !orgWords[ws[k+1].lower()] {
				ws[k+1].cap = false
			}
			k++
			continue
		}
		// "THE LAKE ORDWIN FLOODS": a place's word before a name that
		// keeps its capital opens the place's name, which ends there.
		if placePrefixes[lw] && !(k > 0 && ws[k-1].cap) && k+1 < len(ws) && x.lookup(ws, k+1, len(ws)) == 0 && !commonWords()[ws[k+1].lower()] && !shoutedSmallWords[ws[k+1].lower()] && !commonVerbS(ws[k+1].lower()) && len(ws[k+1].text) > 2 {
			if next := ws[k+2 : min(k+3, len(ws))]; len(next) == 1 && x.lookup(ws, k+2, len(ws)) == 0 && !orgWords[next[0].lower()] && !(placeWords[next[0].lower()] && !strings.HasSuffix(next[0].lower(), "s")) {
				ws[k+2].cap = false
			}
			k += 2
			continue
		}
		if plural || commonWords()[lw] || commonVerbS(lw) || shoutedSmallWords[lw] || len([]rune(lw)) <= 2 && !strings.HasSuffix(ws[k].text, ".") || strings.Contains(lw, "'") && commonWords()[lw[:strings.Index(lw, "'")]] || strings.Contains(lw, "’") && commonWords()[lw[:strings.Index(lw, "’")]] {
			ws[k].cap = false
		}
		k++
	}
}

// commonVerbS reports whether lw is a common word with an "s" added
// ("assists", "visits"), as a shouted caption's verb is, and not a
// surname made so from a given name ("Rogers", "Edwards").
func commonVerbS(lw string) bool {
	stem, ok := strings.CutSuffix(lw, "s")
	if !ok || len(stem) < 4 || !commonWords()[stem] {
		return false
	}
	return !givenName(strings.ToUpper(stem[:1]) + stem[1:])
}

// headlines adds the actors each article's headline names, each before
// the mentions of its article's text: the names its text gives (a
// surname for a full name met there), then the places and bodies of
// the lexicon ("EU proposes tariffs …", "Mexico's minister quits").
// Nothing else is read from a headline: written in title case, every
// word of it looks like a name.
func (x *extractor) headlines(c *corpus.Corpus) {
	byArticle := map[*corpus.Article][]*mention{}
	for _, m := range x.mentions {
		byArticle[m.art] = append(byArticle[m.art], m)
	}
	added := map[*corpus.Article][]*mention{}
	for _, a := range c.Articles {
		if ms := x.headline(a, byArticle[a]); len(ms) > 0 {
			added[a] = ms
		}
	}
	if len(added) == 0 {
		return
	}
	out := make([]*mention, 0, len(x.mentions)+len(added))
	i := 0
	for _, a := range c.Articles {
		out = append(out, added[a]...)
		for i < len(x.mentions) && x.mentions[i].art == a {
			out = append(out, x.mentions[i])
			i++
		}
	}
	x.mentions = append(out, x.mentions[i:]...)
}

// headline returns the mentions of a's headline, given the mentions of
// its text.
func (x *extractor) headline(a *corpus.Article, body []*mention) []*mention {
	tp := a.TitlePassage()
	if tp == nil {
		return nil
	}
	known := map[string]*mention{}
	surnames := map[string]*mention{}
	// "Quake shakes Indonesia's Sulawesi" over "Central Sulawesi
	// province", "Korea slaps fine" over "South Korea": a place the
	// text names after a compass word is named in a headline by the
	// rest.
	regions := map[string]*mention{}
	// "… - Defense Ministry" over "the Russian Defense Ministry said": a
	// body the text names with its country's word first is named in a
	// headline by the rest, when no other body ends so.
	bodyEnds := map[string]*mention{}
	for _, m := range body {
		if m.roleRef || m.key == "" {
			continue
		}
		if f := strings.Fields(m.key); m.kind == actors.Organization && len(f) >= 3 {
			rest := strings.Join(f[1:], " ")
			if o, ok := bodyEnds[rest]; ok && o != nil && o.key != m.key {
				bodyEnds[rest] = nil
			} else if !ok {
				bodyEnds[rest] = m
			}
		}
		if f := strings.Fields(m.name); m.kind == actors.Place && len(f) == 2 && compass[strings.ToLower(f[0])] {
			regions[keyOf(f[1])] = m
		}
		if _, ok := known[m.key]; !ok {
			known[m.key] = m
		}
		// "Dortmund edge Leipzig" over "Leipzig led", read as RB Leipzig's
		// short name: a body's short name is known under itself too.
		if k := keyOf(m.surface); m.kind == actors.Organization && k != m.key && known[k] == nil {
			known[k] = m
		}
		if m.kind == actors.Person && !m.single {
			// (The last word of the name, hyphens and all: "Tarrant-Obi".)
			if last := keyOf(lastWord(m.name)); last != m.key {
				if o, ok := surnames[last]; ok && o != nil && o.key != m.key {
					surnames[last] = nil // two people of one surname: neither
				} else if !ok {
					surnames[last] = m
				}
			}
		}
	}
	ws := words(tp.Text, []int{0})
	sentenceCase := sentenceCased(ws)
	// "Band X: Paper Moon Atlas album review", "The Cherry Orchard
	// review: …": a run before the kind of work it is, or before a
	// review's colon, names a work, here and in the text.
	for k := 0; k < len(ws); k++ {
		if e := runEnd(tp.Text, ws, k); e-k >= 2 && ws[k].cap && !givenName(ws[k].text) && !ws[e-1].possessive && workKindAfter.MatchString(tp.Text[ws[e-1].end:]) {
			key := keyOf(tp.Text[ws[k].start:ws[e-1].end])
			x.things[[2]string{a.ID, key}] = true
			x.works[key] = true
			// ("The Cherry Orchard review: …": the run read in the text
			// keeps no "The" of its own.)
			if ws[k].text == "The" && e-k >= 3 {
				x.things[[2]string{a.ID, keyOf(tp.Text[ws[k+1].start:ws[e-1].end])}] = true
			}
			k = e
		} else if e > k && k > 0 && ws[k].cap && !ws[k-1].cap && animalNouns[ws[k-1].lower()] && animalQuote.MatchString(tp.Text[ws[k-1].end:ws[k].start]) {
			// "Brown bear 'Bruno II' moved": an animal's noun, then its
			// name in quotation marks, names the animal in the text too.
			x.things[[2]string{a.ID, keyOf(tp.Text[ws[k].start:ws[e-1].end])}] = true
			k = e
		}
	}
	var out []*mention
	at := func(m *mention, i, j int) {
		c := *m
		c.para, c.start, c.end, c.surface, c.role, c.actor = tp, ws[i].start, ws[j-1].end, tp.Text[ws[i].start:ws[j-1].end], "", nil
		// "Senators press energy nominee Carolyn X": a title right
		// before a person's name is a role of theirs, as in the text.
		if lw := ws[max(i-1, 0)].lower(); i > 0 && c.kind == actors.Person && titles[lw] && !honorifics[lw] && !ws[i-1].possessive && tp.Text[ws[i-1].end:ws[i].start] == " " {
			c.role = ws[i-1].text
		}
		out = append(out, &c)
	}
	// headLex is how many words from ws[k] the lexicon names; a name it
	// knows only alone ("Israel", not "Israel Katz") counts when it is
	// alone: a word before a small one or in its possessive.
	headLex := func(k int) int {
		if n := x.lookup(ws, k, len(ws)); n > 0 {
			return n
		}
		if runEnd(tp.Text, ws, k) == k+1 || ws[k].possessive {
			return x.lookup(ws, k, k+1)
		}
		return 0
	}
	for k := 0; k < len(ws); {
		if !ws[k].cap {
			k++
			continue
		}
		// "Former Ashtabula County treasurer gets 6 years": a holder's
		// standing opening a run is no part of the place or body after
		// it.
		if holderStandings[ws[k].lower()] && !ws[k].possessive && k+1 < len(ws) && ws[k+1].cap && tp.Text[ws[k].end:ws[k+1].start] == " " && known[wordsKey(ws[k:k+2])] == nil {
			k++
			continue
		}
		n := 0
		// "… evacuation in Haskell County": a run the text never names
		// whole, ending in a place's or a body's word, is that place or
		// body, not the town its first word names.
		if e := runEnd(tp.Text, ws, k); sentenceCase && e-k >= 2 && e-k <= 4 && headWordKind(ws[e-1].lower()) != "" && known[wordsKey(ws[k:e])] == nil && bodyEnds[wordsKey(ws[k:e])] == nil && x.lookup(ws, k, e) != e-k && capRun(tp.Text, ws[k:e]) && !ws[e-1].possessive {
			n = -(e - k)
		}
		for span := min(4, len(ws)-k); span > 0 && n == 0; span-- {
			if !capRun(tp.Text, ws[k:k+span]) {
				continue
			}
			key := wordsKey(ws[k : k+span])
			if m := known[key]; m != nil {
				at(m, k, k+span)
				n = span
			} else if m := bodyEnds[key]; m != nil && span >= 2 && known[key] == nil {
				at(m, k, k+span)
				n = span
			} else if m := surnames[key]; m != nil && span == 1 {
				at(m, k, k+1)
				n = 1
			} else if m := regions[key]; m != nil && span == 1 && known[key] == nil && !(k > 0 && ws[k-1].cap && utf8.RuneCountInString(strings.TrimSuffix(ws[k-1].text, ".")) == 1) {
				// (Not "S. Korea": an initial before it is the compass.)
				at(m, k, k+1)
				n = 1
			}
		}
		if n < 0 {
			n = 0
		}
		if n == 0 {
			// In a headline written as a sentence, a name whose last word
			// is a place's or a body's: "… in Colorado River water
			// dispute".
			e := runEnd(tp.Text, ws, k)
			kind := headWordKind(ws[e-1].lower())
			switch {
			case e-k >= 2 && x.lookup(ws, k, e) == e-k && !ws[e-1].possessive && !(e+1 < len(ws) && connectorWord(ws[e]) && ws[e+1].cap):
				// "Ho Chi Minh City threatens …": a run the lexicon
				// knows whole is its name, not "Chi Minh City" after it.
				// (Not "Mato Grosso" of "Mato Grosso do Sul": the name
				// goes on after a connector.)
				entry := x.lex[wordsKey(ws[k:e])]
				surface := tp.Text[ws[k].start:ws[e-1].end]
				m := &mention{key: entry.key, kind: entry.kind, name: entry.name, surface: surface, art: a, para: tp, start: ws[k].start, end: ws[e-1].end}
				if entry.capital {
					m.key, m.name = keyOf(entry.city), entry.city
				}
				if m.key != "" {
					out = append(out, m)
				}
				n = e - k
			case sentenceCase && e-k >= 2 && kind != "" && x.lookup(ws, k, e) != e-k:
				name := tp.Text[ws[k].start:ws[e-1].end]
				out = append(out, &mention{key: keyOf(name), kind: kind, name: name, surface: name, art: a, para: tp, start: ws[k].start, end: ws[e-1].end})
				n = e - k
			case sentenceCase && e-k >= 2 && placePrefixes[ws[k].lower()] && !ws[e-1].possessive && x.lookup(ws, k, e) == 0:
				// "The last ferryman of Loch Tarbhan": a name a place's
				// word opens.
				name := tp.Text[ws[k].start:ws[e-1].end]
				out = append(out, &mention{key: keyOf(name), kind: actors.Place, name: name, surface: name, art: a, para: tp, start: ws[k].start, end: ws[e-1].end})
				n = e - k
			case sentenceCase && e < len(ws) && !ws[e].cap && headlineResidents[ws[e].lower()] && !ws[e-1].possessive && tp.Text[ws[e-1].end:ws[e].start] == " " && x.lookup(ws, k, e) == 0 && plainName(ws[k:e]) && !(e-k == 1 && (commonWords()[ws[k].lower()] || x.lowered[ws[k].lower()])):
				// "Northern Rivers residents told to prepare", "Gippsland
				// farmers brace": the people of a place, named by it.
				name := tp.Text[ws[k].start:ws[e-1].end]
				out = append(out, &mention{key: keyOf(name), kind: actors.Place, name: name, surface: name, art: a, para: tp, start: ws[k].start, end: ws[e-1].end})
				n = e - k
			case sentenceCase && k > 0 && e < len(ws) && !ws[e].cap && placeNouns[ws[e].lower()] && !ws[e-1].possessive && tp.Text[ws[e-1].end:ws[e].start] == " " && x.lookup(ws, k, e) == 0 && !(e-k == 1 && commonWords()[ws[k].lower()]):
				// "… on Iceland's Reykjanes peninsula": a name before a
				// place's noun in lower case (not "Opinion | The city's
				// plan", a word of the language after a section's label).
				name := tp.Text[ws[k].start:ws[e-1].end]
				out = append(out, &mention{key: keyOf(name), kind: actors.Place, name: name, surface: name, art: a, para: tp, start: ws[k].start, end: ws[e-1].end})
				n = e - k
			case sentenceCase && e-k == 1 && x.isCity(ws[k].key) && x.lookup(ws, k, len(ws)) == 0:
				// "Flood relief for Odisha, survey in ten days": a lone
				// name of the gazetteer, which the text names no one.
				name := tp.Text[ws[k].start:ws[k].end]
				key := keyOf(name)
				out = append(out, &mention{key: key, kind: actors.Place, name: x.cities[key], surface: name, art: a, para: tp, start: ws[k].start, end: ws[k].end})
				n = 1
			case sentenceCase && e-k == 1 && k > 0 && headlineWhere(tp.Text, ws, k) && !ws[k].possessive && !isAcronym(ws[k].text) && utf8.RuneCountInString(ws[k].text) >= 4 && x.lookup(ws, k, len(ws)) == 0 && !commonWords()[ws[k].lower()] && !x.lowered[ws[k].lower()] && !givenName(ws[k].text) && surnames[ws[k].key] == nil && known[ws[k].key] == nil && !calendarWords[ws[k].lower()] && !strings.ContainsAny(ws[k].text, "0123456789") && headlineClauseGoesOn(tp.Text[ws[k].end:]) && !namesMore(known, ws[k].key):
				// "Norris wins in Interlagos to stretch lead": in a
				// headline written as a sentence, a lone name no one has
				// where something happens is that place, as in the text.
				name := tp.Text[ws[k].start:ws[k].end]
				out = append(out, &mention{key: keyOf(name), kind: actors.Place, name: name, surface: name, art: a, para: tp, start: ws[k].start, end: ws[k].end})
				n = 1
			case sentenceCase && k == 0 && e == 1 && len(ws) > 1 && isAcronym(ws[0].text) && len(ws[0].text) >= 2 && len(ws[0].text) <= 6 && !ws[0].possessive && x.lookup(ws, 0, 1) == 0 && !notOrgAcronyms[ws[0].text] && !furnitureLabels[ws[0].lower()] && !currencyCodes[ws[0].text] && !ws[1].cap && tp.Text[ws[0].end:ws[1].start] == " " && headlineVerb(ws[1].lower()) && !strings.HasPrefix(tp.Text[ws[1].end:], ":"):
				// "PNP nabs 3 suspects in Bulacan …", "EFCC arrests …": a
				// headline's initials the text never spells out, doing
				// what the headline tells, are a body's.
				name := ws[0].text
				out = append(out, &mention{key: keyOf(name), kind: actors.Organization, name: name, surface: name, art: a, para: tp, start: ws[0].start, end: ws[0].end})
				n = 1
			case headLex(k) > 0 && strings.HasPrefix(tp.Text[ws[k+headLex(k)-1].end:], "$"):
				n = headLex(k) // "US$300 Million": a currency
			case headLex(k) > 0:
				n = headLex(k)
				e := x.lex[wordsKey(ws[k:k+n])]
				start := len(x.mentions)
				x.lexMention(a, tp, ws, k, k+n, e)
				// "Lebanese army deploys in south": a state's body after
				// its people's name, as in the text.
				x.demonymBody(a, tp, ws, k, k+n)
				out = append(out, x.mentions[start:]...)
				x.mentions = x.mentions[:start]
			default:
				n = 1
			}
		}
		k += n
	}
	return out
}

// headlineWhere reports whether "in" or "at" comes before ws[k] in a
// headline, with "the" between or not: "wins in Interlagos", "in control
// at the Gabba".
func headlineWhere(text string, ws []word, k int) bool {
	at := func(i int) bool { return ws[i].text == "in" || ws[i].text == "at" }
	if text[ws[k-1].end:ws[k].start] != " " {
		return false
	}
	return at(k-1) || k > 1 && ws[k-1].text == "the" && at(k-2) && text[ws[k-2].end:ws[k-1].start] == " "
}

// headlineClauseGoesOn reports whether rest, after a name in a
// headline, ends the headline or goes on with a word that opens another
// part of it ("… in Interlagos to stretch lead", "… in Shubra after
// fire"), so that the name is no modifier of a noun after it ("at
// Carthage festival", "in Cebu buy-bust").
func headlineClauseGoesOn(rest string) bool {
	rest = strings.TrimSpace(rest)
	if rest == "" || strings.IndexAny(rest[:1], ",;:") == 0 {
		return true
	}
	w, _, _ := strings.Cut(rest, " ")
	return headlineLinks[w]
}

// headlineLinks are the words that open a headline's next part.
var headlineLinks = wordSet("to as after amid over for with despite but and while before on in at from by")

// namesMore reports whether known holds a longer name that key opens
// ("himachal pradesh" for "himachal").
func namesMore(known map[string]*mention, key string) bool {
	for k := range known {
		if strings.HasPrefix(k, key+" ") {
			return true
		}
	}
	return false
}

// runEnd returns the end of the run of capitalised words from ws[k], one
// space apart.
func runEnd(text string, ws []word, k int) int {
	e := k + 1
	for e < len(ws) && ws[e].cap && !ws[e-1].possessive && text[ws[e-1].end:ws[e].start] == " " {
		e++
	}
	return e
}

// headWordKind is the kind a name ending in w is: a place for a place's
// word ("River", "Airport"), a body for a body's ("Council"), else "".
func headWordKind(w string) actors.Kind {
	switch {
	case placeWords[w]:
		return actors.Place
	case orgWords[w]:
		return actors.Organization
	}
	return ""
}

// sentenceCased reports whether a headline is written as a sentence:
// most of its words after the first in lower case, so that a run of
// capitals in it is a name ("Supreme Court sides with Arizona farmers").
func sentenceCased(ws []word) bool {
	lower, all := 0, 0
	for _, w := range ws[min(1, len(ws)):] {
		if connectorWord(w) || allDigits(w.text) {
			continue
		}
		all++
		if !w.cap {
			lower++
		}
	}
	return all > 0 && lower*2 >= all
}

// capRun reports whether ws are capitalised words one space or hyphen
// apart (a possessive may end the last).
func capRun(text string, ws []word) bool {
	for i, w := range ws {
		if !w.cap || i > 0 && (ws[i-1].possessive || text[ws[i-1].end:w.start] != " " && text[ws[i-1].end:w.start] != "-") {
			return false
		}
	}
	return true
}

// passage finds the mentions of one passage.
func (x *extractor) passage(a *corpus.Article, p *corpus.Paragraph, ws []word) {
	// "Harriet Pellow-Dane" / "St Mabyn, Cornwall": the town and county
	// under a letter's signature are places.
	if x.signedTownLine(a, p, ws) {
		for i := 0; i < len(ws); {
			j := i + 1
			for j < len(ws) && p.Text[ws[j-1].end:ws[j].start] == " " {
				j++
			}
			x.addSpan(a, p, ws, i, j, actors.Place)
			i = j
		}
		return
	}
	// "Jets: At Vancouver on Thursday night.": a game story's line of
	// the next games; the opponent, named by its city, is a team.
	if c, o, e := nextGameLine(p.Text, ws); e > 0 {
		x.passage(a, p, ws[:c])
		x.addSpan(a, p, ws, o, e, actors.Organization)
		return
	}
	for i := 0; i < len(ws); {
		if !ws[i].cap {
			x.roleReference(a, p, ws, i)
			i++
			continue
		}
		if next := x.bracketedGivenName(a, p, ws, i); next > i {
			i = next
			continue
		}
		if next := x.invertedName(a, p, ws, i); next > i {
			i = next
			continue
		}
		if next := x.sharedPlaceWord(a, p, ws, i); next > i {
			i = next
			continue
		}
		if next := x.familyName(a, p, ws, i); next > i {
			if next < len(ws) && ws[next].text == "of" {
				next = x.townOf(a, p, ws, next)
			}
			i = next
			continue
		}
		// "the Fédération des chambres de commerce du Québec said": a
		// body's name in French, its words after the head in lower case.
		// (A sentence's "The" may open the run: "The Conseil du …".)
		if s0 := i + boolInt(ws[i].text == "The"); s0 < len(ws) {
			if e := frenchBodyEnd(p.Text, ws, s0); e > 0 {
				x.addSpan(a, p, ws, s0, e, actors.Organization)
				i = e
				continue
			}
		}
		j := i + 1
		for j < len(ws) {
			prev := ws[j-1]
			gap := p.Text[prev.end:ws[j].start]
			if prev.possessive {
				gap = trimPossessive(gap)
			}
			// An initial: "Daniel K. Inouye"; not one that ends its
			// sentence ("welcomed it on X. Rival firms …").
			initial := (len(prev.text) == 1 && prev.cap || prev.text == "Ma") && gap == ". " && !ws[j].sentStart
			// "Benjamin “Benji” Santos Jr.": a nickname in quotation marks
			// inside a name.
			// So is one of two or three words: "Domenico “U Zoppu”
			// Scaglione-Morabito".
			// And in single marks: "Senator Ronaldo ‘Bato’ X".
			// (Single marks after a given name only, or a name's first
			// word: "Minister 'Misled' Parliament" is a headline's quoted
			// word.)
			// So is a player's handle in lower case after a given name:
			// "Kacper “kaczy” Jabłonowski-Kies".
			handle := !ws[j].cap && (gap == " \"" || gap == " “") && givenName(prev.text) && j+1 < len(ws) && ws[j+1].cap && nicknameWords(p.Text, ws, j) == 1
			// (A given name the list does not hold may open the name:
			// "Oraine 'Scatta' Pennycooke".)
			single := (gap == " '" || gap == " ‘") && (givenName(prev.text) || j-1 == i && !prev.possessive && !commonWords()[prev.lower()] && !titles[prev.lower()] && !honorifics[prev.lower()] && !notNames[prev.lower()])
			if (gap == " \"" || gap == " “" || single) && (ws[j].cap || handle) && j+1 < len(ws) && (ws[j+1].cap || nameParticles[ws[j+1].lower()]) {
				if n := nicknameWords(p.Text, ws, j); n > 0 {
					j += n + 1
					for j+1 < len(ws) && !ws[j].cap && nameParticles[ws[j].lower()] {
						j++ // "… “Bong” dela Paz"
					}
					continue
				}
			}
			// "Harlan & Cole", "Johnson & Johnson": one body's name.
			ampersand := gap == " & " && ws[j].cap
			// "Workers' Party of Korea", "Farmers' Union": a plural's
			// possessive inside a body's name.
			// So is "Bishops' Conference", a standing body.
			// So is "House of Peoples' Representatives", a chamber.
			// And "People's Party", "Women's Institute": a plural in -s or
			// not.
			plural := (gap == "' " || gap == "’ " || prev.possessive && gap == " ") && (strings.HasSuffix(prev.text, "s") || collectivePossessors[prev.lower()]) && ws[j].cap && (orgWords[ws[j].lower()] || ws[j].lower() == "conference" || ws[j].lower() == "representatives" || ws[j].lower() == "deputies" || endsInOrgWord(p.Text, ws, j))
			// "KSWO News 7", "Channel 4": a broadcaster's channel number
			// is part of its name.
			if gap == " " && len(ws[j].text) <= 2 && allDigits(ws[j].text) && channelWords[ws[j-1].lower()] && (j+1 == len(ws) || !ws[j+1].cap || p.Text[ws[j].end:ws[j+1].start] != " ") {
				j++
				break
			}
			// "Ministry of Housing, Communities and Local Government": a
			// body's portfolios listed with commas are its name.
			if gap == ", " && portfolioListAt(p.Text, ws, i, j) {
				j++
				continue
			}
			// "China Railway Nanning Group Co., Ltd.": the legal form
			// after "Co." and a comma ends the company's name.
			if gap == ", " && prev.text == "Co." && legalFormAfter.MatchString(p.Text[prev.end:]) {
				j++
				break
			}
			// "Kestrel Scaffolding (Midlands) Ltd", "Harlow Foods (UK)
			// Limited": a region or line in brackets, then the legal
			// form, end the company's name.
			if gap == " (" && ws[j].cap {
				if loc := bracketThenLegalForm.FindStringIndex(p.Text[prev.end:]); loc != nil {
					end := prev.end + loc[1]
					for j < len(ws) && ws[j].start < end {
						j++
					}
					break
				}
			}
			// "Groundwater Management District 4": a special district's
			// number ends its name.
			if gap == " " && prev.text == "District" && j-i >= 3 && districtWork[ws[j-2].lower()] && len(ws[j].text) <= 3 && allDigits(ws[j].text) && !(j+1 < len(ws) && ws[j+1].cap && p.Text[ws[j].end:ws[j+1].start] == " ") {
				j++
				break
			}
			// "Union No. 1", "District Lodge 70", "Local 1199": a
			// branch's number after a body's word ends its name.
			// So does a village's after its name: "Barangay Kalawag 3".
			if gap == " " && (orgWords[prev.lower()] || branchWords[prev.lower()] || numberedPlaceWords[prev.lower()] || numberedPlaceWords[ws[i].lower()] && j-i == 2) {
				if (ws[j].text == "No" && j+1 < len(ws) && p.Text[ws[j].end:ws[j+1].start] == ". " || ws[j].text == "Number" && j+1 < len(ws) && p.Text[ws[j].end:ws[j+1].start] == " ") && branchNumber(ws[j+1].text) {
					// "Investigating Court No. 2 of Marbella",
					// "Investigating Court Number 3 of Ayamonte": a
					// court's number, then its seat, one name.
					if k := j + 2; k+1 < len(ws) && ws[k].text == "of" && ws[k+1].cap && p.Text[ws[j+1].end:ws[k+1].start] == " of " {
						j = k + 2
						continue
					}
					j += 2
					break
				}
				// (Not a score: "beat Jade Tiger Esports 3-2".)
				if branchNumber(ws[j].text) && !(j+1 < len(ws) && ws[j+1].cap && p.Text[ws[j].end:ws[j+1].start] == " ") && !scoreAfter.MatchString(p.Text[ws[j-1].end:]) {
					j++
					break
				}
			}
			// "DLF Phase 3", "Bahria Town Phase 8": a housing estate's
			// phase by its number, after the estate's name, is a
			// locality's name ("Phase 2" alone is a project's stage).
			if gap == " " && prev.lower() == "phase" && j-i >= 2 && len(ws[j].text) <= 2 && allDigits(ws[j].text) && !(j+1 < len(ws) && ws[j+1].cap && p.Text[ws[j].end:ws[j+1].start] == " ") {
				j++
				break
			}
			// "Meteorology, Climatology and Geophysics Agency": fields
			// listed by commas, the last after "and", then a body's word,
			// are one body's name.
			if gap == ", " && (j-i == 1 || j-i == 2 && notNames[ws[i].lower()]) && ws[j].cap {
				if loc := fieldListBody.FindStringIndex(p.Text[prev.end:]); loc != nil {
					end := prev.end + loc[1]
					for j < len(ws) && ws[j].end <= end {
						j++
					}
					continue
				}
			}
			// "Bedfordshire, Cambridgeshire and Hertfordshire Major Crime
			// Unit": places listed by commas, the last after "and", open
			// one body's name.
			if gap == ", " && ws[j].cap && x.placeListThenBody(p.Text, ws, j-1) {
				j++
				continue
			}
			// "the Superintendency of Archaeology, Fine Arts and Landscape
			// for Cagliari", "the Department of Health, Education and
			// Welfare": a body's fields listed after "of", the last after
			// "and", are its name.
			if gap == ", " && ws[j].cap && bodyOfRun(ws, i, j) {
				if e := x.fieldListEnd(p.Text, ws, j); e > 0 {
					j = e
					continue
				}
			}
			if gap != " " && gap != "-" && !initial && !ampersand && !plural {
				break
			}
			if ws[j].cap {
				j++
				continue
			}
			// "told News 4 Tucson", "Channel 9 News": a broadcaster's
			// channel number inside its name.
			if allDigits(ws[j].text) && len(ws[j].text) <= 2 && gap == " " && channelWords[prev.lower()] && j+1 < len(ws) && ws[j+1].cap && p.Text[ws[j].end:ws[j+1].start] == " " {
				j += 2
				continue
			}
			// "Bulacan 1st District Engineering Office", "the Fifth Army
			// 22nd Brigade": an ordinal inside a name.
			if ordinal(ws[j].text) && gap == " " && j+1 < len(ws) && ws[j+1].cap && p.Text[ws[j].end:ws[j+1].start] == " " {
				j += 2
				continue
			}
			// "University of Dar es Salaam": a name the lexicon knows,
			// small word and all, goes on to its end.
			if n := x.placeWithSmallWord(p.Text, ws, j-1); n > 0 && gap == " " {
				j += n - 1
				continue
			}
			// A connector inside a name: "Center for Security Studies".
			// Not "left Nashik for Shirdi": a place before "for" is the
			// place left.
			// Nor "Call the Garda Confidential Line": a word of the
			// language opening the sentence, then "the" (a title in
			// quotation marks stays whole: "“Face the Nation”").
			// Nor "Mark Prindaville of Dayton": a person's name, a given
			// name opening it, then "of" and where they live.
			if ws[j].lower() == "of" && x.personOfPlace(ws, i, j) {
				break
			}
			// Nor "Lawyers for Aminu Ado Bayero argued": a sentence's
			// first word, then "for" and a person's given name, is whom
			// they act for (not "Lawyers for Human Rights").
			if ws[j].lower() == "for" && j-i == 1 && ws[i].sentStart && j+1 < len(ws) && givenName(ws[j+1].text) && x.lookup(ws, j+1, j+2) == 0 {
				break
			}
			// (Not "Lactalis for NZ$3.2 billion": a currency's letters
			// before "$" name no one.)
			if (connectorWord(ws[j]) || dutchParticles[ws[j].text]) && j+1 < len(ws) && ws[j+1].cap && p.Text[ws[j].end:ws[j+1].start] == " " && !strings.HasPrefix(p.Text[ws[j+1].end:], "$") && !(ws[j].lower() == "for" && j-i == 1 && !ws[i].sentStart && x.isPlaceName(ws[i].key)) && !(ws[j].lower() == "the" && j-i == 1 && ws[i].sentStart && (commonWords()[ws[i].lower()] || x.lowered[ws[i].lower()] || shortFunctionWords[ws[i].lower()]) && !titles[ws[i].lower()] && !strings.HasSuffix(p.Text[:ws[i].start], "\"") && !strings.HasSuffix(p.Text[:ws[i].start], "“")) {
				j += 2
				continue
			}
			// "Office of the High Commissioner": a connector and "the"
			// inside a body's name.
			// A body after them stays its own: one the lexicon knows, its
			// initials, or a name ending in a body's word ("Politburo of
			// the Chinese Communist Party", "Central Committee of the
			// WPK").
			// Not "clearance from the Federal Trade Commission for the
			// Shire deal": a name before a noun of a deal or a case is
			// what the deal is about.
			if (ws[j].lower() == "of" || ws[j].lower() == "for") && j+2 < len(ws) && ws[j+1].lower() == "the" && dealAfterName(p.Text, ws, j+2) {
				break
			}
			// "the Georgia State Conference of the NAACP", "the Kenya
			// Chapter of the ICJ": a branch named for its place, then "of
			// the" and the body it belongs to, is one name: the branch's.
			if ws[j].lower() == "of" && j-i >= 2 && branchHeads[ws[j-1].lower()] && !ws[j-1].possessive && j+2 < len(ws) && ws[j+1].lower() == "the" && p.Text[ws[j-1].end:ws[j+2].start] == " of the " {
				n := x.lookup(ws, j+2, len(ws))
				if n == 0 && isAcronym(ws[j+2].text) {
					n = 1
				}
				if n > 0 && (n > 1 || x.lex[ws[j+2].key].kind != actors.Place) && !ws[j+1+n].possessive {
					j += 2 + n
					break
				}
			}
			if (ws[j].lower() == "of" || ws[j].lower() == "for") && j+2 < len(ws) && ws[j+1].lower() == "the" && ws[j+2].cap && p.Text[ws[j].end:ws[j+1].start] == " " && p.Text[ws[j+1].end:ws[j+2].start] == " " && (spanHasOrgWord(ws[i:j]) || fellowshipHeads[ws[j-1].lower()] || ws[j].lower() == "for" && advocacyHeads[ws[j-1].lower()]) && (x.lookup(ws, j+2, len(ws)) == 0 || x.theCountryEnds(p.Text, ws, j+2) || x.demonymOpens(ws, j+2) || fellowshipHeads[ws[j-1].lower()]) && !isAcronym(ws[j+2].text) && (!endsInOrgWord(p.Text, ws, j+2) || fellowshipHeads[ws[j-1].lower()] && j-i == 1 || loneOffice(ws, i, j) || loneBodyFor(ws, i, j)) {
				j += 3
				continue
			}
			// "U.N. Human Rights Monitoring Mission in Ukraine", "United
			// Nations Mission in South Sudan": a mission's country is in
			// its name.
			if ws[j].lower() == "in" && !ws[j].cap && prev.lower() == "mission" && j+1 < len(ws) && ws[j+1].cap && p.Text[ws[j].end:ws[j+1].start] == " " {
				if n := x.lookup(ws, j+1, len(ws)); n > 0 && x.lex[wordsKey(ws[j+1:j+1+n])].kind == actors.Place {
					j += 1 + n
					continue
				}
			}
			// "Association of Banks in Lebanon", "American Chamber of
			// Commerce in Japan": a national body of some trade or
			// people, its country last.
			if ws[j].lower() == "in" && !ws[j].cap && j+1 < len(ws) && ws[j+1].cap && p.Text[ws[j].end:ws[j+1].start] == " " && slices.ContainsFunc(ws[i:j], func(w word) bool { return w.lower() == "of" && !w.cap }) && slices.ContainsFunc(ws[i:j], func(w word) bool { return membershipHeads[w.lower()] && w.cap }) {
				if n := x.lookup(ws, j+1, len(ws)); n > 0 && x.lex[wordsKey(ws[j+1:j+1+n])].country && (j+1+n == len(ws) || !ws[j+1+n].cap) {
					j += 1 + n
					continue
				}
			}
			// "Committee to Protect Journalists", "Group to Support Islam
			// and Muslims": "to" after a body's word.
			// So is "on": "Commission on Human Rights", "Council on
			// Foreign Relations".
			if (ws[j].lower() == "to" || ws[j].lower() == "on") && j+1 < len(ws) && ws[j+1].cap && !calendarWords[ws[j+1].lower()] && p.Text[ws[j].end:ws[j+1].start] == " " && orgWords[ws[j-1].lower()] {
				j += 2
				continue
			}
			// Two name particles: "Ursula von der Leyen", "Maria de la Cruz".
			if nameParticles[ws[j].lower()] && j+2 < len(ws) && nameParticles[ws[j+1].lower()] && ws[j+2].cap && p.Text[ws[j].end:ws[j+1].start] == " " && p.Text[ws[j+1].end:ws[j+2].start] == " " {
				j += 3
				continue
			}
			// "Etihad Water and Electricity", "Pacific Gas and Electric":
			// a utility named for the two things it supplies.
			if ws[j].lower() == "and" && j-i >= 2 && j+1 < len(ws) && ws[j+1].cap && p.Text[ws[j].end:ws[j+1].start] == " " && utilityWords[ws[j-1].lower()] && utilityWords[ws[j+1].lower()] && !ws[j-1].possessive {
				j += 2
				continue
			}
			// "Centre for Volcanology and Geological Hazard Mitigation": an
			// "and" after an organisation's "for" or "of" joins its name.
			// "Bluefield Paving and Corran Roofing" are two: a name that
			// already ends in a body's word is whole.
			// Nor is "the University of Concepción and Tobias Ehrhardt of
			// the …" one: a name after "and" that is "of" a body is a
			// person's, unless it ends in a body's word ("Institute of
			// Arctic and Alpine Research at the University of Colorado").
			// Nor is "SoftBank and Sequoia Capital": a lone word with a
			// capital inside is a brand's whole name.
			// Nor "The Nature Conservancy and The Salvation Army": a
			// name the article opens with "The" after "and" is another.
			// Nor "the University of Tasmania and Germany's GEOMAR": a
			// country's possessive after "and" opens another.
			// Nor "mission specialist Ingrid Aalto and Canadian Space
			// Agency astronaut X": a person a role names comes first.
			// (Not "MLA Om Prakash Saini and Congress leader Y", "Senator
			// Mary Lowe and Congress": a name of two words or more, then
			// one body's word alone, are two actors.)
			loneBody := j-i >= 2 && j+1 < len(ws) && orgWords[ws[j+1].lower()] && (j+2 >= len(ws) || !ws[j+2].cap || p.Text[ws[j+1].end:ws[j+2].start] != " ")
			if ws[j].lower() == "and" && j+1 < len(ws) && ws[j+1].cap && ws[j+1].text != "The" && !loneBody && p.Text[ws[j].end:ws[j+1].start] == " " && !(ws[j+1].possessive && x.nationality(ws[j+1])) && !roledBefore(p.Text, ws, i) && !bodyOfAgain(p.Text, ws, i, j) && !placesOfList(ws, i, j) && !(j-i == 1 && innerCapital(ws[i].text) && !isAcronym(ws[i].text)) && (!orgSuffixes[ws[j-1].lower()] || orgWithConnector(ws[i:j]) && (portfolioWords[ws[j+1].lower()] || x.commonRun(p.Text, ws, j+1)) || x.commonBodyRun(p.Text, ws, j+1) || j-i == 1 && portfolioWords[ws[i].lower()] && portfolioWords[ws[j+1].lower()]) && (!personOfAfterRun(p.Text, ws, j+1) || endsInOrgWord(p.Text, ws, j+1)) && (orgWithConnector(ws[i:j]) || endsInOrgWord(p.Text, ws, j+1) || orgNounAfterRun(p.Text, ws, j+1) || j-i == 1 && portfolioWords[ws[i].lower()] && bodyWordThenTitle(p.Text, ws, j+1)) && !x.personAfterAnd(ws, i, j+1) && !x.bodyOfPlaceThenBody(p.Text, ws, i, j) && !x.twoCompanies(p.Text, ws, i, j) && !twoOfAKind(p.Text, ws, i, j, j+1) && !x.twoTeams(p.Text, ws, i, j, j+1) && !listedBefore(p.Text, ws, i, j) && !(rivalBeforeCompany(p.Text, ws, i, j) && !x.nationality(ws[i]) && !compassAdjectives[ws[i].lower()]) && !x.placedNameAfter(p.Text, ws, j+1, j-i >= 2 && !strings.Contains(p.Text[ws[i].start:ws[j-1].end], ",")) {
				j += 2
				continue
			}
			// "Pharmaceutical Research and Manufacturers of America": a
			// trade's makers or members "of" a country after "and" end the
			// name.
			if ws[j].lower() == "and" && !ws[j].cap && j+3 < len(ws) && j-i >= 2 && orgSuffixes[ws[j-1].lower()] && ws[j+1].cap && tradeMemberNouns[ws[j+1].lower()] && ws[j+2].lower() == "of" && !ws[j+2].cap && ws[j+3].cap && p.Text[ws[j].end:ws[j+1].start] == " " {
				if e := x.lookup(ws, j+3, len(ws)); e > 0 && x.isPlaceName(wordsKey(ws[j+3:j+3+e])) {
					j += 3 + e
					break
				}
			}
			// "Bürümcekçi Research and Consulting", "Harlan Oil and Gas":
			// a company's trade words joined by "and", the last ending
			// the name.
			if ws[j].lower() == "and" && !ws[j].cap && j+1 < len(ws) && ws[j+1].cap && p.Text[ws[j].end:ws[j+1].start] == " " && j-i >= 2 && orgSuffixes[ws[j-1].lower()] && (orgSuffixes[ws[j+1].lower()] || tradeWords[ws[j+1].lower()]) && !(j+2 < len(ws) && ws[j+2].cap && p.Text[ws[j+1].end:ws[j+2].start] == " ") {
				j += 2
				break
			}
			// "Deputy Foreign Minister for Legal and International
			// Affairs Kazem X": "and" inside a title's portfolio.
			if ws[j].lower() == "and" && titlePortfolioAnd(ws, i, j) {
				j += 2
				continue
			}
			// "University of Texas at Austin": a campus after "at".
			if ws[j].lower() == "at" && ws[i].lower() == "university" && j-i >= 3 && ws[i+1].lower() == "of" && j+1 < len(ws) && ws[j+1].cap && p.Text[ws[j].end:ws[j+1].start] == " " {
				j += 2
				continue
			}
			// "Environment and Climate Change Canada", "Fisheries and
			// Oceans Canada": a department named for its portfolios.
			if ws[j].lower() == "and" && j+1 < len(ws) && ws[j+1].cap && p.Text[ws[j].end:ws[j+1].start] == " " && allPortfolio(ws[i:j]) && portfoliosThenCountry(x, p.Text, ws, j+1) {
				j += 2
				continue
			}
			// "the Hartwell and Delby by-election", "MP for Runcorn and
			// Helsby": a seat named for two places is one place.
			if ws[j].lower() == "and" && j+1 < len(ws) && ws[j+1].cap && p.Text[ws[j].end:ws[j+1].start] == " " && seatAfterRun(p.Text, ws, j+1) {
				j += 2
				continue
			}
			// "the Larimore County Clerk and Recorder": a county's office
			// of two titles is one name.
			if ws[j].lower() == "and" && j+1 < len(ws) && ws[j+1].cap && p.Text[ws[j].end:ws[j+1].start] == " " && countyOfficers[ws[j-1].lower()] && countyOfficers[ws[j+1].lower()] && slices.ContainsFunc(ws[i:j], func(w word) bool { return w.lower() == "county" }) {
				j += 2
				continue
			}
			break
		}
		// "African Union Support and Stabilization Mission in Somalia
		// (AUSSOM)": a name its initials follow in brackets is one body's.
		if s, e := x.initialsBefore(p.Text, ws, i); e > s {
			// "Regular First Appeal (RFA)": a kind of court filing and
			// its initials, no body.
			// (Not a body the lexicon knows: "the Christian Democratic
			// Appeal (CDA)", a party.)
			if e-s >= 2 && filingWords[ws[e-1].lower()] && !spanHasOrgWord(ws[s:e-1]) && x.lookup(ws, s+boolInt(ws[s].text == "The"), e) == 0 {
				i = e
				if e < len(ws) && strings.HasSuffix(p.Text[ws[e-1].end:ws[e].start], "(") {
					i = e + 1
				}
				continue
			}
			// "the Member of Parliament (MP) for Ho West": a member's
			// office, no body.
			if e-s == 3 && ws[s].lower() == "member" && ws[s+1].text == "of" {
				i = e
				continue
			}
			// "the Digital Markets Act (DMA)": a law and its initials, no
			// body; nor the initials after it.
			// (Not "the National Agency for Energy Regulation (ANRE)": a
			// body's word and its charge.)
			if e-s >= 2 && (ws[e-1].text == "Act" || ws[e-1].text == "Regulation" || ws[e-1].text == "Directive") && !ws[e-1].possessive && !orgWordThenCharge(ws[s:e]) {
				i = e
				if e < len(ws) && strings.HasSuffix(p.Text[ws[e-1].end:ws[e].start], "(") {
					x.things[[2]string{a.ID, ws[e].key}] = true // "the DMA" later
					i = e + 1
				}
				continue
			}
			// "Upazila Nirbahi Officer (UNO) Sharmin Lipi", "Deputy
			// Inspector General (DIG) X": an office's initials, no body.
			if lw := ws[e-1].lower(); titles[lw] && !orgWords[lw] {
				// "Upper Denkyira East Municipal Chief Executive (MCE)":
				// the words before the office name the place it serves.
				s0 := i
				if notNames[ws[s0].lower()] {
					s0++ // "The"
				}
				k := s0
				for k < e && !titles[ws[k].lower()] && !roleQualifiers[ws[k].lower()] && !localOffices[ws[k].lower()] {
					k++
				}
				// "Ramna Police Station House Officer (SHO)": the office
				// is three words, the place before it the station.
				if k-2 > s0 && ws[k-2].text == "Station" && ws[k-1].text == "House" && ws[k].text == "Officer" {
					k--
				}
				if k > s0 && k < e && x.lookup(ws, s0, k) == 0 && plainName(ws[s0:k]) {
					x.addSpan(a, p, ws, s0, k, actors.Place)
				} else {
					x.span(a, p, ws, i, e)
				}
				i = e
				continue
			}
			if k := s; k > i {
				for k > i && !ws[k-1].cap {
					k-- // no name ends with a connector
				}
				if k > i {
					x.span(a, p, ws, i, k)
				}
			}
			// "the Opposition United Democratic Front (UDF)": the side
			// a body sits on is no part of its name.
			if e-s >= 3 && partySides[ws[s].lower()] && !ws[s].possessive {
				s++
			}
			name := p.Text[ws[s].start:ws[e-1].end]
			x.scanLexicon(a, p, ws, s, e, true)
			x.add(&mention{key: keyOf(name), kind: actors.Organization, name: name, surface: name, art: a, para: p, start: ws[s].start, end: ws[e-1].end, inQuote: ws[s].inQuote})
			i = e
			continue
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
		if datelineAgency(p.Text, ws[i].start, ws[j-1].end) {
			// "BRASILIA (Rio Wire) -": the agency a dateline credits is
			// the article's maker, no actor.
			i = j
			continue
		}
		if ws[i].credit {
			for k := i; k < j; {
				if n := x.lookup(ws, k, j); n > 0 {
					x.lexMention(a, p, ws, k, k+n, x.lex[wordsKey(ws[k:k+n])])
					k += n
				} else {
					k++
				}
			}
		} else {
			x.span(a, p, ws, i, j)
			x.demonymBody(a, p, ws, i, j)
		}
		if j < len(ws) && ws[j].text == "of" && x.personOfPlace(ws, i, j) {
			j = x.townOf(a, p, ws, j)
		}
		i = j
	}
}

// townOf reads the town after "of" at ws[i] that follows a person's
// name ("Mark Prindaville of Dayton, Ohio"), a place whether the
// gazetteer knows it or not; it returns the index after it, or i.
func (x *extractor) townOf(a *corpus.Article, p *corpus.Paragraph, ws []word, i int) int {
	if i+1 >= len(ws) || !ws[i+1].cap || p.Text[ws[i].end:ws[i+1].start] != " " {
		return i
	}
	e := runEnd(p.Text, ws, i+1)
	// "Toni Sacconaghi of Sanford C. Bernstein & Co.": a middle initial
	// ends the run short of a name (a firm's, a person's), no town.
	if last := ws[e-1]; e < len(ws) && len(last.text) == 1 && last.cap && last.end < len(p.Text) && p.Text[last.end] == '.' && ws[e].cap {
		return i
	}
	// "Marcus X of Boudreaux & Lyle in Lafayette": a firm of partners'
	// names, no town.
	if e < len(ws) && ws[e].cap && p.Text[ws[e-1].end:ws[e].start] == " & " {
		end := runEnd(p.Text, ws, e)
		x.addSpan(a, p, ws, i+1, end, actors.Organization)
		return end
	}
	// "Callum X of River Action Yorkshire said", "Rupinder Doyle of
	// Irwin Mitchell said": a name of two or three words that neither
	// the lexicon nor a place's word marks, followed by a speech verb,
	// is the body the person speaks for, as span reads it when no given
	// name opens the person's name.
	if after := p.Text[ws[e-1].end:]; e-(i+1) >= 2 && e-(i+1) <= 3 && x.lookup(ws, i+1, e) == 0 && !x.isPlaceName(wordsKey(ws[i+1:e])) && !placeWords[ws[e-1].lower()] && !ws[e-1].possessive && (speechVerbAt(after) || strings.HasPrefix(after, ", ") && speechVerbAt(after[2:])) {
		x.addSpan(a, p, ws, i+1, e, actors.Organization)
		return e
	}
	if e-(i+1) > 3 || !plainName(ws[i+1:e]) || ws[e-1].possessive || slices.ContainsFunc(ws[i+1:e], func(w word) bool {
		lw := w.lower()
		return orgWords[lw] || orgSuffixes[lw] || titles[lw] || eventWords[lw]
	}) {
		return i
	}
	if n := x.lookup(ws, i+1, e); n == e-(i+1) {
		ent := x.lex[wordsKey(ws[i+1:e])]
		if ent.kind != actors.Place || ent.demonym {
			return i
		}
		x.lexMention(a, p, ws, i+1, e, ent)
		return e
	} else if n > 0 {
		return i
	}
	// "Kimi Antonelli of Mercedes" where the article writes "Mercedes
	// driver George Russell": the team a player is of.
	if teamOfficerAfter(a.Text, p.Text[ws[i+1].start:ws[e-1].end]) {
		x.addSpan(a, p, ws, i+1, e, actors.Organization)
		return e
	}
	x.addSpan(a, p, ws, i+1, e, actors.Place)
	return e
}

// bodyEndsThere reports whether a state's body named up to ws[k] ends
// there, as a noun does, rather than describing the noun after it ("a
// Russian military plane", "Russian military and technological
// support"): punctuation or the text's end follows, or a verb (one of
// afterBodyWords, or a past tense: "stayed") or a preposition.
func bodyEndsThere(text string, ws []word, k int) bool {
	end := ws[k-1].end
	if k == len(ws) {
		return true
	}
	gap := text[end:ws[k].start]
	if gap != " " {
		return strings.ContainsAny(gap, ".,;:)—–\"”")
	}
	next := ws[k].lower()
	// "Lebanese army officials said": its people after the body.
	return !ws[k].cap && (afterBodyWords[next] || staffPlurals[next] || strings.HasSuffix(next, "ed") && len(next) > 4)
}

// afterBodyWords may follow a body's name: its verb, or a preposition.
var afterBodyWords = wordSet("said says reported reports has have had is was were will would could can did does " +
	"denied denies confirmed confirms announced announces added adds accused accuses warned warns claimed claims " +
	"described describes rejected rejects urged urges called calls also later then " +
	// A headline's verbs, and past tenses that end in no "-ed": "Lebanese
	// army deploys in south", "Sudan's army took the town".
	"deploys enters withdraws launches captures kills takes retakes seizes arrests detains begins " +
	"vows pushes pulls sends says took began fought shot struck sent won lost held left came went " +
	"told gave made brought drove ran " +
	"in on at of to for with from as by over against after before since")

// stateBodies are what a state's body is called after its people's
// name: "the Israeli military", "Sudanese army", "Iranian state media".
// Its government is the country itself ("the Kenyan government" is
// Kenya), as are its "authorities".
var stateBodies = [][]string{
	{"military"}, {"army"}, {"navy"}, {"air", "force"}, {"armed", "forces"}, {"security", "forces"},
	{"coast", "guard"}, {"police"}, {"state", "media"}, {"state", "television"},
	{"foreign", "ministry"}, {"defence", "ministry"}, {"defense", "ministry"}, {"interior", "ministry"},
	{"health", "ministry"}, {"embassy"},
}

// demonymBody records, after a people's name ws[i:j] ("Israeli") or its
// country's possessive ("China's"), the state's body the words after it
// name ("military", "coast guard"): an organisation of that name,
// "Israeli military", beside the country.
func (x *extractor) demonymBody(a *corpus.Article, p *corpus.Paragraph, ws []word, i, j int) {
	if j-i >= 2 && notNames[ws[i].lower()] {
		i++ // "The Israeli military said"
	}
	// "the Chinese coast guard", and "China's coast guard": a state's
	// body after its people's name or its country's possessive.
	if e, ok := x.lex[wordsKey(ws[i:j])]; !ok || !(e.demonym && !ws[j-1].possessive || e.country && !e.capital && ws[j-1].possessive) {
		return
	}
	for _, body := range stateBodies {
		k := j
		for _, w := range body {
			if k >= len(ws) || ws[k].cap || ws[k].lower() != w {
				k = -1
				break
			}
			gap := p.Text[ws[k-1].end:ws[k].start]
			if k == j && ws[k-1].possessive {
				gap = trimPossessive(gap)
			}
			if gap != " " {
				k = -1
				break
			}
			k++
		}
		if k > j && bodyEndsThere(p.Text, ws, k) {
			name := p.Text[ws[i].start:ws[k-1].end]
			x.add(&mention{key: keyOf(name), kind: actors.Organization, name: name, surface: name, art: a, para: p, start: ws[i].start, end: ws[k-1].end, inQuote: ws[i].inQuote})
			return
		}
	}
}

// streetEnds end the streets of British addresses: "Gorse Close",
// "Bramble Rise", "Cedar Way".
var streetEnds = wordSet("close rise way grove lane road street avenue drive crescent gardens terrace walk mews row place view court hill park square")

// residenceAfterAge is a person's age and "of" before where they live:
// "Daniel Jackson, 28, of ".
var residenceAfterAge = &lazyregexp.Regexp{Expr: `\p{L}, \d{1,3}, of $`}

// residenceBefore reports whether text ends with a person's age and "of"
// (residenceAfterAge). Its last letters are tested first, and the
// pattern reads no more than it can match: anchored only at its end, it
// would scan the whole text, for every name of a paragraph.
func residenceBefore(text string) bool {
	return strings.HasSuffix(text, ", of ") && residenceAfterAge.MatchString(textBefore(text, len(text), 24))
}

// townEnds is what follows the town of an address: a comma, "in" and
// its county, or a verb ("of Gorse Close, Lakenham, was jailed").
var townEnds = &lazyregexp.Regexp{Expr: `^(?:,|\.|;| in | was | is | had | has | admitted | denied | appeared | pleaded | pled | will )`}

// addressBefore reports whether the run at ws[i] follows a street given
// as an address after an age, and a comma: the town of "28, of Gorse
// Close, Lakenham".
func addressBefore(text string, ws []word, i int) bool {
	if i == 0 || text[ws[i-1].end:ws[i].start] != ", " {
		return false
	}
	s := i - 1
	for s > 0 && i-s < 4 && ws[s-1].cap && text[ws[s-1].end:ws[s].start] == " " {
		s--
	}
	return residenceBefore(text[:ws[s].start])
}

// span classifies the capitalised words ws[i:j].
func (x *extractor) span(a *corpus.Article, p *corpus.Paragraph, ws []word, i, j int) {
	if i >= j {
		return
	}
	// "Tropical Cyclone Wind Signal No. 3", "Signal No. 8": a storm
	// warning's level names no one.
	// "its 200g Classic Houmous and 200g Roasted Red Pepper Houmous": a
	// name right after a pack's weight or volume is a product's.
	if packSizeBefore.MatchString(textBefore(p.Text, ws[i].start, 20)) && x.lookup(ws, i, j) == 0 {
		return
	}
	// "the Georgia State Conference of the NAACP": a branch's name with
	// the body it belongs to (joined in passage) is a body, and so is
	// the body.
	for k := i + 2; k+2 < j; k++ {
		if ws[k].text == "of" && ws[k+1].text == "the" && branchHeads[ws[k-1].lower()] {
			if n := x.lookup(ws, k+2, j); n == j-k-2 || n == 0 && j == k+3 && isAcronym(ws[k+2].text) {
				s0 := i + boolInt(ws[i].text == "The")
				x.addSpan(a, p, ws, s0, j, actors.Organization)
				if n > 0 {
					x.lexMention(a, p, ws, k+2, j, x.lex[wordsKey(ws[k+2:j])])
				} else {
					x.addSpan(a, p, ws, k+2, j, actors.Organization)
				}
				return
			}
		}
	}
	// "the Lagos Branch of the Nigerian Bar Association", "the Kenya
	// Chapter of the …": a branch, its body named after it (not the
	// singer Mara Branch).
	if s0 := i + boolInt(ws[i].text == "The"); j-s0 >= 2 && (ws[j-1].text == "Branch" || ws[j-1].text == "Chapter") && !ws[j-1].possessive && branchOfThe.MatchString(p.Text[ws[j-1].end:]) {
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "the Shire of Toodyay", as Australian councils are named: a body.
	if s0 := i + boolInt(ws[i].text == "The"); j-s0 >= 3 && ws[s0].text == "Shire" && ws[s0+1].text == "of" && !ws[j-1].possessive && plainName(ws[s0+2:j]) {
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "Etihad Water and Electricity", "Kenya Power and Lighting": a
	// utility named for what it supplies is a body.
	if s0 := i + boolInt(ws[i].text == "The"); j-s0 >= 4 && !ws[j-1].possessive && slices.ContainsFunc(ws[s0+1:j-1], func(w word) bool { return w.text == "and" }) {
		for k := s0 + 1; k < j-1; k++ {
			if ws[k].text == "and" && utilityWords[ws[k-1].lower()] && utilityWords[ws[k+1].lower()] && k == j-2 {
				x.addSpan(a, p, ws, s0, j, actors.Organization)
				return
			}
		}
	}
	// "the Terrestrial and Marine Biodiversity Sector at EAD": a name of
	// two words or more ending in "Sector" is a body's part ("Sector
	// 62", a city's block, keeps its number and is a place).
	if s0 := i + boolInt(ws[i].text == "The"); j-s0 >= 2 && ws[j-1].text == "Sector" && !ws[j-1].possessive && !(j < len(ws) && allDigits(ws[j].text)) && x.lookup(ws, s0, j) == 0 && !slices.ContainsFunc(ws[s0:j-1], func(w word) bool { return w.possessive }) {
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "NAIROBI, Kenya Dec 4 –", "Lahore Nov 30": a dateline's place with
	// the month, written short, before the day and no comma between: the
	// month is the date's, not a name's last word ("Jan Kowalski", a
	// name; "Mar del Plata" ends in no month).
	if j-i >= 2 && j < len(ws) && monthAbbreviations[strings.TrimSuffix(ws[j-1].lower(), ".")] && allDigits(ws[j].text) && len(ws[j].text) <= 2 && p.Text[ws[j-2].end:ws[j-1].start] == " " && !ws[j-2].possessive && x.lookup(ws, i, j) < j-i {
		x.span(a, p, ws, i, j-1)
		return
	}
	// "The Ceann Comhairle suspended the Dáil": the Dáil's chair ("head
	// of council"), a title of two words, names no one; a name after it
	// is its holder's.
	if s0 := i + boolInt(ws[i].text == "The"); j-s0 >= 2 && ws[s0].text == "Ceann" && ws[s0+1].text == "Comhairle" {
		if j-s0 > 2 {
			x.name(a, p, ws, s0+2, j, "Ceann Comhairle", false)
		}
		return
	}
	// "the Harris County Flood Control District", "Northwest Kansas
	// Groundwater Management District 4": a district named for the work
	// it does (water, flood control, irrigation, transit) is a public
	// body, no place; its number is part of its name.
	if s0 := i + boolInt(ws[i].text == "The"); j-s0 >= 3 {
		last := j - 1
		if allDigits(ws[last].text) && len(ws[last].text) <= 3 && !ws[last-1].possessive {
			last--
		}
		if ws[last].text == "District" && !ws[last].possessive && districtWork[ws[last-1].lower()] && last-1 > s0 && plainName(ws[s0:last+1]) {
			x.addSpan(a, p, ws, s0, j, actors.Organization)
			return
		}
	}
	// "the Marrakech International Film Festival": an international
	// film festival, whose jury gives prizes, is a body (its city a
	// place), where other festivals are events.
	if s0 := i + boolInt(ws[i].text == "The"); j-s0 >= 4 && ws[j-1].text == "Festival" && ws[j-2].text == "Film" && ws[j-3].text == "International" && !ws[j-1].possessive {
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		if x.lookup(ws, s0, j-3) == 0 && x.isCity(ws[s0].key) && !ws[s0].possessive {
			x.addSpan(a, p, ws, s0, s0+1, actors.Place)
		} else {
			x.scanLexicon(a, p, ws, s0, j-3, true)
		}
		return
	}
	// "the Scottish Premiership", "the Turkish Super Lig": a country's
	// league, a body, which the demonym alone would read as the country.
	if s0 := i + boolInt(ws[i].text == "The" || notNames[ws[i].lower()]); j-s0 >= 2 && j-s0 <= 3 && x.lex[ws[s0].key].demonym && !ws[s0].possessive && nationalLeagues[strings.ToLower(joinWords(ws[s0+1:j]))] {
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "Arctic Breeze AS, the developer, said", "Andes Cobre SAC": a
	// Nordic or a Peruvian company's legal form ends one body's name,
	// though a place the lexicon knows opens it.
	if s0 := i + boolInt(ws[i].text == "The"); j-s0 >= 2 && legalFormsAfterPlace[ws[j-1].text] && !ws[j-1].possessive && plainName(ws[s0:j-1]) && x.lookup(ws, s0, j) != j-s0 {
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "Andes Cobre said", in an article that names "Andes Cobre SAC": the
	// company without its legal form, though a place opens its name.
	if s0 := i + boolInt(ws[i].text == "The"); j-s0 >= 2 && !ws[j-1].possessive && plainName(ws[s0:j]) && x.lookup(ws, s0, j) != j-s0 && x.formsIn && namedWithLegalForm(x.articleText, joinWords(ws[s0:j])) {
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "Canon Rosalind Thackeray-Obi": a cathedral's canon, lay or
	// ordained, before a given name and a surname (not "Canon" the
	// camera maker, which no such name follows).
	if ws[i].text == "Canon" && !ws[i].possessive && j-i >= 3 && givenName(ws[i+1].text) && x.lookup(ws, i+1, i+2) == 0 {
		x.name(a, p, ws, i+1, j, "canon", false)
		return
	}
	for k := i; k < j; k++ {
		if ws[k].text == "Signal" && warningNumber.MatchString(p.Text[ws[k].end:]) {
			x.span(a, p, ws, k+2, j) // what follows "No. 3", if capitalised
			return
		}
	}
	// "Hon. Kehinde X (Owo II)", "Hon. Bisola Y (Ilaje I)": a member's
	// constituency, numbered, in brackets right after the member's name.
	if j-i >= 2 && (romanNumeral(ws[j-1].text) || ws[j-1].text == "I") && plainName(ws[i:j-1]) && strings.HasPrefix(p.Text[ws[j-1].end:], ")") && strings.HasSuffix(p.Text[:ws[i].start], " (") {
		if m := x.mentionEndingAt(a, p, ws[i].start-len(" (")); m != nil && m.kind == actors.Person {
			x.addSpan(a, p, ws, i, j, actors.Place)
			return
		}
	}
	// "The Philadelphia 76ers have traded …": a team named by its
	// number is a body.
	if numberedTeam(ws[j-1].text) {
		x.addSpan(a, p, ws, i+boolInt(ws[i].text == "The" && j-i > 1), j, actors.Organization)
		return
	}
	// "the Coalition for Social Justice", "Movement for Democratic
	// Change", "Doctors for Choice": a campaign named for its cause is a
	// body, whatever the cause's last word ("Justice" is no title here).
	// (So with a place before it: "Colorado Coalition for Housing
	// Justice".)
	if s0 := i + boolInt(ws[i].text == "The"); j-s0 >= 3 {
		h := s0
		if n := x.lookup(ws, s0, j); n > 0 && x.lex[wordsKey(ws[s0:s0+n])].kind == actors.Place && !ws[s0+n-1].possessive {
			h = s0 + n
		}
		// (A party of people named for its country or cause, though the
		// lexicon knows its first word: "the Democrats for
		// Liechtenstein", "Citizens for Europe".)
		partyFor := j-h >= 3 && partyPlurals[ws[h].lower()] && ws[h+1].text == "for" && x.lookup(ws, h, j) != j-h
		if j-h >= 3 && (causeHeads[ws[h].lower()] && x.lookup(ws, h, j) == 0 || partyFor) && !ws[h].possessive && ws[h+1].text == "for" && !ws[j-1].possessive && !slices.ContainsFunc(ws[h+2:j], func(w word) bool { return !w.cap || w.possessive || honorifics[w.lower()] }) {
			x.scanLexicon(a, p, ws, s0, h, true)
			x.addSpan(a, p, ws, s0, j, actors.Organization)
			return
		}
	}
	// "Ports of Sweden", "Airports of Thailand": port operators named
	// in the plural, with their country.
	if s0 := i + boolInt(ws[i].text == "The"); j-s0 >= 3 && (ws[s0].text == "Ports" || ws[s0].text == "Airports") && ws[s0+1].text == "of" && !ws[j-1].possessive && x.lookup(ws, s0+2, j) == j-s0-2 {
		x.scanLexicon(a, p, ws, s0+2, j, false)
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "(SDIS 33)", "(SAMU 75)": a French service's initials and its
	// department's number in brackets are one name.
	if j-i == 1 && j < len(ws) && isAcronym(ws[i].text) && len(ws[j].text) <= 3 && allDigits(ws[j].text) && strings.HasSuffix(p.Text[:ws[i].start], "(") && p.Text[ws[i].end:ws[j].start] == " " && strings.HasPrefix(p.Text[ws[j].end:], ")") {
		x.addSpan(a, p, ws, i, j+1, actors.Organization)
		return
	}
	// "the Tokyo Stock Exchange's Prime market", "the London Stock
	// Exchange's Main Market": a body's name ends at its possessive, and
	// what it owns is named apart.
	// (Not "The Government's Winter Fuel Guarantee": an owner of one
	// word, a scheme it owns.)
	if k := slices.IndexFunc(ws[i:j-1], func(w word) bool { return w.possessive }); k > boolInt(ws[i].text == "The") && (orgWords[ws[i+k].lower()] || orgSuffixes[ws[i+k].lower()]) && !collectivePossessors[ws[i+k].lower()] && !strings.HasSuffix(ws[i+k].text, "s") && ws[i+k+1].cap && !slices.ContainsFunc(ws[i+k+1:j-1], func(w word) bool { return w.possessive }) {
		x.span(a, p, ws, i, i+k+1)
		x.span(a, p, ws, i+k+1, j)
		return
	}
	// "A Bench comprising Justices X and Y", "the Bench observed": a
	// court's judges, written with a capital, are no body's name (the
	// quotation rules give their words to the court).
	if ws[j-1].text == "Bench" && (j-i == 1 && i > 0 && (ws[i-1].lower() == "the" || ws[i-1].lower() == "a" || ws[i-1].lower() == "division") || j-i == 2 && (ws[i].text == "A" || ws[i].text == "The" || ws[i].text == "Division")) {
		return
	}
	// "the NCP (Sharad Pawar)", "the Shiv Sena (UBT)": a name in
	// brackets right after a party's is the faction's, named by both.
	if ws[i].start >= 2 && p.Text[ws[i].start-1] == '(' && strings.HasPrefix(p.Text[ws[j-1].end:], ")") && j-i <= 3 && !ws[j-1].possessive && len(p.Text[ws[i].start:ws[j-1].end]) >= 2 {
		if prev := x.mentionEndingAt(a, p, ws[i].start-len(" (")); prev != nil && prev.kind != actors.Place && p.Text[prev.end:ws[i].start] == " (" && partyNamed(prev.name) && !strings.EqualFold(initialsOf(prev.name), joinWords(ws[i:j])) {
			name := p.Text[prev.start : ws[j-1].end+1]
			x.add(&mention{key: keyOf(name), kind: actors.Organization, name: name, surface: name, art: a, para: p, start: prev.start, end: ws[j-1].end + 1, inQuote: prev.inQuote})
			return
		}
	}
	// "Courts have already ruled", "Unions say": a body's noun in the
	// plural opening a sentence names bodies of that kind, none of them.
	if lw := ws[i].lower(); j-i == 1 && ws[i].sentStart && !ws[i].possessive && strings.HasSuffix(lw, "s") && orgWords[strings.TrimSuffix(lw, "s")] && x.lookup(ws, i, j) == 0 && !x.surnameNamed(a.ID, ws[i].key) {
		return
	}
	// "public broadcaster DR", "the news agency ANP": initials after a
	// broadcaster's or an agency's noun are its name (not "Dr").
	if j-i == 1 && len(ws[i].text) >= 2 && allCaps(ws[i].text) && x.lookup(ws, i, j) == 0 && outletNounBefore.MatchString(textBefore(p.Text, ws[i].start, 30)) {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "at Lord's": the cricket ground, a place.
	if j-i == 1 && ws[i].text == "Lord" && ws[i].possessive && (j == len(ws) || !ws[j].cap) && i > 0 && ws[i-1].lower() == "at" {
		name := p.Text[ws[i].start:possessiveEnd(p.Text, ws[i].end)]
		x.add(&mention{key: keyOf(name), kind: actors.Place, name: name, surface: name, art: a, para: p, start: ws[i].start, end: ws[i].start + len(name), inQuote: ws[i].inQuote})
		return
	}
	// "two clear of Barcelona, who host Villarreal": a city of the
	// gazetteer that plays, set off before "who", is its team.
	if j-i == 1 && x.isCity(ws[i].key) && teamWhoAfter.MatchString(p.Text[ws[i].end:]) {
		x.clubs[[2]string{a.ID, ws[i].key}] = true // the club, keyed apart from the city by merge
		x.addSpan(a, p, ws, i, j, actors.Place)
		return
	}
	// "Barcelona, who host Villarreal on Sunday": the side a team
	// plays is a team.
	if loc := teamWhoBefore.FindStringIndex(p.Text[:ws[i].start]); j-i <= 2 && !ws[j-1].possessive && loc != nil {
		if team := x.mentionEndingAt(a, p, loc[0]); team != nil && (team.kind == actors.Organization || x.clubs[[2]string{a.ID, team.key}]) {
			if k := wordsKey(ws[i:j]); x.isCity(k) {
				x.clubs[[2]string{a.ID, k}] = true
				x.addSpan(a, p, ws, i, j, actors.Place)
				return
			}
			x.addSpan(a, p, ws, i, j, actors.Organization)
			return
		}
	}
	// "the top of LaLiga", "the Bundesliga": a league's name, a body.
	if j-i == 1 && leagueNames[ws[i].lower()] {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "in Case C-248/24": a court's case by its number, no actor.
	if j-i == 1 && ws[i].text == "Case" && caseNumberAfter.MatchString(p.Text[ws[i].end:]) {
		return
	}
	// "the planet, LHS 1140 b,", "TOI 700 d": a star catalogue's letters,
	// a number and a planet's letter name a world, no body.
	if j-i == 1 && allCaps(ws[i].text) && planetAfter.MatchString(p.Text[ws[i].end:]) {
		return
	}
	// "Rivals BHP Group and Rio Tinto report later": a plural of rivals
	// opening the sentence is no part of the name after it.
	if j-i >= 2 && ws[i].sentStart && rivalPlurals[ws[i].lower()] && !ws[i].possessive {
		x.span(a, p, ws, i+1, j)
		return
	}
	// "Royal Challengers Bengaluru", "Sunrisers Hyderabad": a plural
	// before a city of the gazetteer, ending the name, is a team (not
	// "Ilocos Norte", a province's half).
	if j-i >= 2 && !ws[j-1].possessive && x.isCity(ws[j-1].key) && teamPlural(ws[j-2].lower()) && !orgWords[ws[j-2].lower()] && !placeWords[ws[j-2].lower()] && plainName(ws[i:j]) && x.lookup(ws, i, j) == 0 && x.lookup(ws, i, j-1) == 0 && !givenName(ws[i].text) && !foreignCompass[ws[j-1].lower()] {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "Case Title: X v. Y": a court report's label opening its line.
	if i == 0 && j-i <= 2 && strings.HasPrefix(p.Text[ws[j-1].end:], ":") && caseLabels[ws[j-1].lower()] {
		return
	}
	// "Municipal Corporation of Delhi & Ors.": a party's "and others" in
	// an Indian court's case name is no part of its name.
	if j-i >= 3 && (ws[j-1].text == "Ors" || ws[j-1].text == "Anr" || ws[j-1].text == "Ors." || ws[j-1].text == "Anr.") && p.Text[ws[j-2].end:ws[j-1].start] == " & " {
		x.span(a, p, ws, i, j-1)
		return
	}
	// "SLP (C) No. 24117/2026", "WP No. 12": a petition's type before its
	// number names no body.
	if j-i == 1 && allCaps(ws[i].text) && petitionNumberAfter.MatchString(p.Text[ws[i].end:]) {
		return
	}
	// "Leafs D Morgan X", "Oilers F Evander Y": a game story's notes, a
	// team by its nickname, a position's letters, then the player.
	for k := i + 1; k+2 <= j; k++ {
		if positionCodes[ws[k].text] && teamPlural(ws[k-1].lower()) && !ws[k-1].possessive && j-(k+1) >= 2 && plainName(ws[k+1:j]) && p.Text[ws[k-1].end:ws[k].start] == " " {
			x.addSpan(a, p, ws, i, k, actors.Organization)
			x.span(a, p, ws, k+1, j)
			return
		}
	}
	// "Section 144 was imposed", "Article 370": a law's numbered part.
	if j-i == 1 && lawParts[ws[i].lower()] && numberAfter.MatchString(p.Text[ws[i].end:]) {
		return
	}
	// "Marfella et al. reported": a paper's first author, by surname.
	if j-i == 1 && !ws[i].possessive && strings.HasPrefix(p.Text[ws[i].end:], " et al") {
		x.addLoneName(a, p, ws[i])
		return
	}
	// "The company holding the contract, Petrosur Andina, said": a name
	// set off after a sentence's company noun is the company's.
	// (Not "The developer, Arthur X,": a given name opens a person's.)
	if j-i >= 1 && j-i <= 4 && !ws[j-1].possessive && !givenName(ws[i].text) && x.lookup(ws, i, j) == 0 && plainName(ws[i:j]) && strings.HasPrefix(p.Text[ws[j-1].end:], ",") && companyOpener.MatchString(textBefore(p.Text, ws[i].start, 90)) {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "Gold rose 0.5%", "Copper slipped": a commodity opening a
	// sentence on its price names no actor.
	if j-i == 1 && (ws[i].sentStart || strings.HasSuffix(p.Text[:ws[i].start], ". ")) && commodities[ws[i].lower()] && priceMoveAfter.MatchString(p.Text[ws[i].end:]) {
		return
	}
	// "identified only by their surnames Park and Jeon": names given as
	// people's surnames are people's, whatever else the words name.
	if before := textBefore(p.Text, ws[i].start, 60); j-i == 1 && !ws[i].possessive && (strings.Contains(before, "surname") || strings.Contains(before, "family name")) && surnamesBefore.MatchString(before) {
		x.addLoneName(a, p, ws[i])
		return
	}
	// "according to Kicker magazine", "the Chancellor newspaper": a
	// word that is a title too, before what the title is, names a
	// publication.
	if j-i == 1 && titles[ws[i].lower()] && !ws[i].possessive && j < len(ws) && !ws[j].cap && mediaNouns[ws[j].lower()] && p.Text[ws[i].end:ws[j].start] == " " && x.lookup(ws, i, j) == 0 {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "the F-16 jets", "the G-20 summit", "ignored the Form-45s", "in
	// NA-212": a word the lexicon does not know, joined by a hyphen to
	// a number, is a model's, a form's or a seat's code, no actor.
	// (A sentence's "The" may open the run: "The F-16 crashed".)
	if s0 := i + boolInt(j-i == 2 && ws[i].text == "The"); j-s0 == 1 && strings.HasPrefix(p.Text[ws[s0].end:], "-") && len(p.Text) > ws[s0].end+1 && p.Text[ws[s0].end+1] >= '0' && p.Text[ws[s0].end+1] <= '9' && x.lookup(ws, s0, j) == 0 {
		return
	}
	// "the Liberal Democrat Treasury spokesman", "the Labour Home
	// Affairs spokeswoman": a party's name, then the portfolio its
	// officer speaks on, before the title, is the party's.
	if n := x.lookup(ws, i, j); n > 0 && n < j-i && j < len(ws) && titles[ws[j].lower()] && !ws[j-1].possessive && allPortfolio(ws[i+n:j]) {
		if e := x.lex[wordsKey(ws[i:i+n])]; e.kind == actors.Organization {
			x.lexMention(a, p, ws, i, i+n, e)
			return
		}
	}
	// "the Nobel Memorial Prize in Economic Sciences", "a master's in
	// Computer Science": a field of study, no body and no place.
	if j-i >= 2 && subjectIn(ws, i) && x.lookup(ws, i, j) == 0 && !slices.ContainsFunc(ws[i:j], func(w word) bool { return !fieldWord(w.lower()) || w.possessive }) {
		return
	}
	// "the vicar of Holy Trinity", "Holy Cross Primary": a parish or a
	// school named for its dedication, never a person (not "the Holy
	// Father", nor a church's building, "Holy Rood Cathedral").
	if j-i >= 2 && ws[i].text == "Holy" && holyDedications[ws[i+1].lower()] && !ws[j-1].possessive && !placeWords[ws[j-1].lower()] && x.lookup(ws, i, j) == 0 {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "the Khumbu Pasang Lhamu rural municipality said", "the Aluva
	// municipality": a town before its municipality in small letters,
	// a place, however its name reads.
	if s0, k := i+boolInt(ws[i].text == "The" && j-i > 1), municipalityAfter(p.Text, ws, j); k > j && !ws[j-1].possessive && plainName(ws[s0:j]) && x.lookup(ws, s0, j) == 0 {
		x.addSpan(a, p, ws, s0, j, actors.Place)
		return
	}
	// "West of Lake Berryessa the fire slowed", "- North of Highway
	// 128": a direction opening a sentence or an item, then "of", is no
	// part of the name after it.
	if j-i >= 3 && compassOf[ws[i].lower()] && ws[i+1].text == "of" && ws[i+2].cap && (ws[i].sentStart || strings.HasSuffix(strings.TrimRight(p.Text[:ws[i].start], " "), "-")) && p.Text[ws[i].end:ws[i+2].start] == " of " {
		x.span(a, p, ws, i+2, j)
		return
	}
	// "the commercial ships Larego Desert, MSC Michela, and Minerva
	// Lisa": ships listed after the plural, no actors.
	// "Shire PLC SHP", "Takeda Pharmaceutical Co. TKPYY": a company's
	// ticker after its legal form is no part of its name.
	if k := j - 2; j-i >= 3 && legalForms[strings.ToLower(strings.TrimSuffix(ws[k].text, "."))] && !ws[k].possessive && allCaps(ws[j-1].text) && len(ws[j-1].text) >= 2 && len(ws[j-1].text) <= 6 && !legalForms[strings.ToLower(ws[j-1].text)] {
		x.addSpan(a, p, ws, i, k+1, actors.Organization)
		return
	}
	// "City held on" after "Manchester City": a body's or a place's word
	// alone, inside a sentence, that ends the name of the one body of the
	// lexicon the article names so is that body's short name (not "the
	// House" after "the White House": a chamber's word is its own).
	if lw := ws[i].lower(); j-i == 1 && !ws[i].sentStart && !ws[i].possessive && bodyOrPlaceWord(lw) && !chamberWords[lw] && x.lookup(ws, i, j) == 0 {
		if e, ok := x.bodyEndingIn(ws[i].text); ok {
			x.shortName(a, p, ws[i], e)
			return
		}
	}
	if shipsListed(p.Text, ws, i) && x.lookup(ws, i, j) == 0 {
		x.things[[2]string{a.ID, keyOf(p.Text[ws[i].start:ws[j-1].end])}] = true
		return
	}
	// "Ten Opposition Parliamentarians", "Three Labour MPs backed it": a
	// count opening a sentence is no part of a name (inside one it is:
	// "outside the Four Courts").
	if j-i >= 2 && ws[i].sentStart && countOpeners[ws[i].lower()] && !ws[i].possessive {
		i++
	}
	// "GOAL Hibernian!", "BREAKING Hollins Bank …": a live page's or a
	// wire's shouted label before a name is no part of it.
	if j-i >= 2 && shoutedLabels[ws[i].text] && !allCaps(ws[i+1].text) {
		i++
	}
	// "Former Wexham Rovers coach X": "Former" opening a sentence before
	// a body's name qualifies the role after it.
	if j-i >= 3 && ws[i].sentStart && formerWords[ws[i].lower()] && !ws[i].possessive && (orgWords[ws[j-1].lower()] || orgSuffixes[ws[j-1].lower()]) && !ws[j-1].possessive {
		i++
	}
	// "…, Vanguard Reported.": a verb of reporting set in capitals ends
	// no name.
	if j-i >= 2 && capitalReportVerbs[ws[j-1].text] && !ws[j-1].possessive {
		j--
	}
	// "7 News reported", "9News": a broadcaster named by its channel's
	// number, then "News".
	if j-i == 1 && ws[i].text == "News" && i > 0 && allDigits(ws[i-1].text) && len(ws[i-1].text) <= 2 && p.Text[ws[i-1].end:ws[i].start] == " " {
		x.addSpan(a, p, ws, i-1, j, actors.Organization)
		return
	}
	// "matters pertaining to Regular First Appeal (RFA), Civil Contempt
	// Petition (CCC)": a kind of court filing names no one, and its
	// initials after it nothing either ("Court of Appeal" is a court).
	if j-i >= 2 && filingWords[ws[j-1].lower()] && !ws[j-1].possessive && !spanHasOrgWord(ws[i:j-1]) && x.lookup(ws, i+boolInt(ws[i].text == "The"), j) == 0 {
		return
	}
	// "the Tenth Schedule of the Constitution", "the Ninth Schedule": a
	// part of a law names no one.
	if j-i == 2 && ws[j-1].text == "Schedule" && scheduleOrdinals[ws[i].lower()] {
		return
	}
	// "a Certificate of Return": a document names no one.
	if ws[i].text == "Certificate" || ws[i].text == "Certificates" {
		return
	}
	// "the Bail and Other Legislation Amendment (Domestic Violence) Act
	// 2024", "the Electoral Act": a law's title names no one.
	if ws[j-1].text == "Act" && !ws[j-1].possessive || lawTitleRest.MatchString(p.Text[ws[j-1].end:]) {
		return
	}
	// "roles in The Godfather, Misery and Elf", "the gangster epic The
	// Godfather": a work's title names no one, nor at its other mentions
	// in the article ("The Godfather was released in 1972").
	if x.workTitle(p.Text, ws, i, j) {
		// (A part of one word, "plays Inés", is no one in its article's
		// other mentions.)
		if j-i == 1 {
			x.things[[2]string{a.ID, ws[i].key}] = true
		}
		if j-i >= 2 {
			k := keyOf(p.Text[ws[i].start:ws[j-1].end])
			x.things[[2]string{a.ID, k}] = true
			x.works[k] = true
			// ("Sales of The Drowned Parish": the run read again keeps
			// no "The" of its own.)
			if ws[i].text == "The" && j-i >= 3 {
				x.things[[2]string{a.ID, keyOf(p.Text[ws[i+1].start:ws[j-1].end])}] = true
			}
		}
		return
	}
	// "Shares of Sonos Inc. fell": what is traded opens the sentence,
	// the company after "of" is the name.
	if j-i >= 3 && (ws[i].sentStart || afterDatelineDash(p.Text[:ws[i].start])) && (ws[i].text == "Shares" || ws[i].text == "Stock") && ws[i+1].text == "of" {
		i += 2
	}
	// "Ramna Police Station House Officer (SHO) X", "Station House
	// Officer Y of Saddar police station": South Asia's officer in
	// charge of a police station, a title of three words; the station
	// before it is a place.
	for k := i; k+2 < j; k++ {
		if ws[k].text == "Station" && ws[k+1].text == "House" && ws[k+2].text == "Officer" && !ws[k].possessive && !ws[k+1].possessive {
			if k > i {
				x.addSpan(a, p, ws, i, k+1, actors.Place)
			}
			if k+3 < j {
				end := k + 3
				for end < j && ws[end].text != "of" {
					end++
				}
				x.name(a, p, ws, k+3, end, "Station House Officer", false)
				if end+1 < j {
					x.span(a, p, ws, end+1, j)
				}
			}
			return
		}
	}
	// "Did Prime Minister Shinzo Abe give …?": a question's auxiliary
	// opening the sentence is no part of the role.
	if j-i >= 3 && (ws[i].sentStart || strings.HasSuffix(p.Text[:ws[i].start], ": ")) && questionOpeners[ws[i].text] && titles[ws[i+1].lower()] {
		x.span(a, p, ws, i+1, j)
		return
	}
	// "…,\" Said Wekesa-Namunane.": a speech verb capitalised after a
	// quotation is the verb, not a given name.
	if j-i >= 2 && capitalVerbs[ws[i].text] && quoteClosedBefore(p.Text[:ws[i].start]) {
		x.span(a, p, ws, i+1, j)
		return
	}
	// "Daniel Jackson, 28, of Gorse Close, Lakenham, was jailed": as
	// court reports give a defendant's address, the street after an age
	// and "of" is a place, and so is the town after it and a comma.
	if j-i <= 4 && !ws[j-1].possessive && residenceBefore(p.Text[:ws[i].start]) && plainName(ws[i:j]) && !spanHasOrgWord(ws[i:j]) && x.lookup(ws, i, j) == 0 && (streetEnds[ws[j-1].lower()] || j < len(ws) && p.Text[ws[j-1].end:ws[j].start] == ", " && ws[j].cap) {
		x.addSpan(a, p, ws, i, j, actors.Place)
		return
	}
	if j-i <= 3 && !ws[j-1].possessive && plainName(ws[i:j]) && !spanHasOrgWord(ws[i:j]) && x.lookup(ws, i, j) == 0 && townEnds.MatchString(p.Text[ws[j-1].end:]) && addressBefore(p.Text, ws, i) {
		x.addSpan(a, p, ws, i, j, actors.Place)
		return
	}
	// "ISULAN, Sultan Kudarat —": after a dateline's place in capitals
	// and its comma, the region before the dash or the agency is a
	// place, whatever its words.
	if j-i <= 3 && !ws[j-1].possessive && firstBody(a) == p && datelineRegion(p.Text, ws[i].start, ws[j-1].end) {
		if x.lookup(ws, i, j) == j-i {
			x.lexMention(a, p, ws, i, j, x.lex[wordsKey(ws[i:j])])
		} else {
			x.addSpan(a, p, ws, i, j, actors.Place)
		}
		return
	}
	// "while Chairman of Nepal Communist Party (NCP) X urged": a
	// person's title and "of" before a body's name are the holder's,
	// not the body's.
	if k := x.titleOfBody(ws, i, j); k > i {
		x.span(a, p, ws, k, j)
		return
	}
	// "The State Commissioner of Police, Adeyinka X,": a title of a body
	// set off before a name is that name's role (roleBefore), no body.
	if e := runEnd(p.Text, ws, j); j < len(ws) && e-j >= 2 && e-j <= 4 && plainName(ws[j:e]) && !spanHasOrgWord(ws[j:e]) && (titleOfBodySetOff(p.Text, ws, j) == i || ws[i].text == "The" && titleOfBodySetOff(p.Text, ws, j) == i+1) {
		return
	}
	// "Senior Superintendent of Police X": the rank's qualifier before a
	// title of a body, read as the title is ("Superintendent of Police
	// X").
	if j-i >= 5 && ws[i].lower() == "senior" && titles[ws[i+1].lower()] && ws[i+2].text == "of" && !ws[i+1].possessive {
		x.span(a, p, ws, i+1, j)
		return
	}
	// "The Minister for Relief, Disaster Preparedness and Refugees": a
	// portfolio listed after another's comma is the title's, no one's
	// name.
	if !ws[j-1].possessive && portfolioWords[ws[j-1].lower()] && x.lookup(ws, i, j) == 0 && portfolioListBefore.MatchString(textBefore(p.Text, ws[i].start, 80)) {
		return
	}
	// "Additional DIG of Police Headquarters Md Rafiqul X", "Former OC
	// of Badda Police Station AKM Shafiqul Alam": a title, "of", the
	// body it serves, then the holder's name.
	if x.titleOfBodyThenName(a, p, ws, i, j) || x.bodyThenNameAfterTitle(a, p, ws, i, j) || x.nameAfterTitleOf(a, p, ws, i, j) {
		return
	}
	// "Trade union leader X said", "Health workers marched": a
	// portfolio's word opening a sentence before lower-case words is a
	// common noun, no body.
	if j-i == 1 && ws[i].sentStart && !ws[i].possessive && portfolioWords[ws[i].lower()] && j < len(ws) && !ws[j].cap && p.Text[ws[i].end:ws[j].start] == " " && x.lookup(ws, i, j) == 0 {
		return
	}
	// "A.P. Moller-Maersk": dotted initials the lexicon knows as another
	// body's, before one name no lexicon holds, open a company's name.
	if j-i == 2 && strings.Count(ws[i].text, ".") >= 2 && x.lookup(ws, i, i+1) == 1 && x.lex[ws[i].key].kind == actors.Organization && plainName(ws[i+1:j]) && x.lookup(ws, i+1, j) == 0 && !givenName(ws[i+1].text) && !ws[i+1].possessive {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "K180 per bag", "R50", "MK5,000": a sum in kwacha, rand, naira,
	// pula or another currency written by its letter, no actor.
	// But "on the N17", "blocked the R524": a road, a place.
	if j-i == 1 && (moneyToken.MatchString(ws[i].text) || ws[i].text == "GH" && (strings.HasPrefix(p.Text[ws[i].end:], "¢") || strings.HasPrefix(p.Text[ws[i].end:], "₵"))) {
		if i > 0 && ws[i-1].lower() == "the" && roadToken.MatchString(ws[i].text) {
			x.addSpan(a, p, ws, i, j, actors.Place)
		}
		return
	}
	// "St Catherine Central", "St Andrew South Western": a saint's
	// name and a compass word name a parish's part, a constituency, no
	// person called Catherine Central (the parish alone may be the
	// lexicon's).
	if j-i >= 3 && saintWords[ws[i].lower()] && compass[ws[j-1].lower()] && !ws[j-1].possessive && plainName(ws[i+1:j]) && x.lookup(ws, i, j) != j-i {
		x.addSpan(a, p, ws, i, j, actors.Place)
		return
	}
	// "The 27-year-old, whose real name is Katarzyna Wolańska-Reid,": a
	// performer's own name is the one the article named last, or the
	// subject of its sentence ("Ozeki Kirinoumi won, beating sekiwake
	// Takamizuumi. The 26-year-old Mongolian, whose real name is …").
	if j-i >= 2 && !ws[j-1].possessive && realNameBefore.MatchString(textBefore(p.Text, ws[i].start, 40)) && x.lookup(ws, i, j) == 0 && plainName(ws[i:j]) {
		prev := x.subjectOfLastPerson(a)
		// ("Hana, whose real name is X": the name right before.)
		for _, m := range x.mentionsOf(a) {
			if m.para == p && m.kind == actors.Person && m.end < ws[i].start && realNameRightAfter.MatchString(p.Text[m.end:ws[i].start]) {
				prev = m
			}
		}
		// ("Juninho, whose full name is X": the short name's full one,
		// "Juninho Carvalhal", if the article gave it.)
		if prev != nil && !strings.Contains(prev.name, " ") {
			for _, m := range x.mentionsOf(a) {
				if m.kind == actors.Person && m.end <= ws[i].start && strings.HasPrefix(m.name, prev.name+" ") {
					prev = m
					break
				}
			}
		}
		if prev != nil {
			surface := p.Text[ws[i].start:ws[j-1].end]
			x.add(&mention{key: prev.key, kind: prev.kind, name: prev.name, surface: surface, art: a, para: p, start: ws[i].start, end: ws[j-1].end, inQuote: ws[i].inQuote})
			return
		}
	}
	// "Kapadia v. State of Maharashtra", "the State of New York": a state
	// named as a party or a government is the state, a place.
	if s0 := i + boolInt(ws[i].text == "The" && j-i >= 4); j-s0 >= 3 && ws[s0].text == "State" && ws[s0+1].text == "of" && !ws[j-1].possessive && plainName(ws[s0+2:j]) {
		if k := wordsKey(ws[s0+2 : j]); x.provinces[k] && j-s0 == 3 {
			x.addSpan(a, p, ws, s0+2, j, actors.Place)
			return
		}
		if n := x.lookup(ws, s0+2, j); n == j-(s0+2) {
			if e := x.lex[wordsKey(ws[s0+2:j])]; e.kind == actors.Place && !e.demonym {
				x.lexMention(a, p, ws, s0+2, j, e)
				return
			}
		}
	}
	// "looted from the Kingdom of Benin", "the Sultanate of Zanzibar": a
	// state named by its form of rule is a place, the lexicon's country
	// by another name when the rest names one.
	if j-i >= 3 && polityWords[ws[i].lower()] && !ws[i].possessive && ws[i+1].text == "of" && !ws[j-1].possessive && plainName(ws[i+2:j]) && x.lookup(ws, i, j) != j-i {
		if n := x.lookup(ws, i+2, j); n == j-(i+2) {
			if e := x.lex[wordsKey(ws[i+2:j])]; e.kind == actors.Place && !e.demonym && !e.capital {
				x.lexMention(a, p, ws, i, j, e)
				return
			}
		}
		if x.lookup(ws, i+2, j) == 0 {
			x.addSpan(a, p, ws, i, j, actors.Place)
			return
		}
	}
	// "the Milei administration", "Argentina's Milei government": a
	// leader's surname before the government they lead, in lower case,
	// is that government, a body of the whole phrase.
	if s0 := i + boolInt(ws[i].text == "The" && !ws[i].possessive); j-s0 == 1 && j < len(ws) && (s0 > i || i > 0 && (ws[i-1].lower() == "the" || ws[i-1].possessive && x.lookup(ws, i-1, i) > 0)) && !ws[s0].possessive && !ws[j].cap && (ws[j].lower() == "administration" || ws[j].lower() == "government") && p.Text[ws[s0].end:ws[j].start] == " " && x.lookup(ws, s0, j) == 0 && !isAcronym(ws[s0].text) && !commonWords()[ws[s0].lower()] && !x.lowered[ws[s0].lower()] && !x.isPlaceName(ws[s0].key) && !x.isCity(ws[s0].key) {
		body := p.Text[ws[s0].start:ws[j].end]
		x.add(&mention{key: keyOf(body), kind: actors.Organization, name: body, surface: body, art: a, para: p, start: ws[s0].start, end: ws[j].end, inQuote: ws[s0].inQuote})
		x.add(&mention{key: ws[s0].key, kind: actors.Person, name: ws[s0].text, surface: ws[s0].text, art: a, para: p, start: ws[s0].start, end: ws[s0].end, inQuote: ws[s0].inQuote, single: true})
		return
	}
	// "Tshwane residents left": a lone name no dictionary holds, before
	// the people of a place in lower case, is the place; "Ekurhuleni
	// officials said", "Boeing officials": before its officials, a body
	// (a town's council, or a firm). Not a surname the article gave a
	// person ("Trump officials").
	if j-i == 1 && j < len(ws) && !ws[i].sentStart && !ws[i].possessive && !ws[j].cap && (headlineResidents[ws[j].lower()] || ws[j].lower() == "officials" || ws[j].lower() == "authorities") && p.Text[ws[i].end:ws[j].start] == " " && x.lookup(ws, i, j) == 0 && !isAcronym(ws[i].text) && !commonWords()[ws[i].lower()] && !x.lowered[ws[i].lower()] && !givenName(ws[i].text) && !titles[ws[i].lower()] && !connectorWord(ws[i]) && !x.personSurname(a, ws[i].text) {
		kind := actors.Place
		if !headlineResidents[ws[j].lower()] {
			kind = actors.Organization
		}
		x.addSpan(a, p, ws, i, j, kind)
		return
	}
	// "apps built for its older Aria One", "their new Falcon 9": a
	// model a firm makes, after its possessive and an adjective of
	// models, is no actor.
	if i >= 2 && !ws[i-1].cap && modelAdjectives[ws[i-1].lower()] && (ws[i-2].lower() == "its" || ws[i-2].lower() == "their") && p.Text[ws[i-2].end:ws[i-1].start] == " " && p.Text[ws[i-1].end:ws[i].start] == " " && x.lookup(ws, i, j) == 0 {
		return
	}
	// "a JR East spokesman said", "an NHS England spokeswoman": a name
	// with initials in it, between "a" and its spokesman, is the body
	// the spokesman speaks for.
	if j < len(ws) && i > 0 && (ws[i-1].lower() == "a" || ws[i-1].lower() == "an") && !ws[i-1].cap && !ws[j].cap && spokesWords[ws[j].lower()] && !ws[j-1].possessive && p.Text[ws[j-1].end:ws[j].start] == " " && slices.ContainsFunc(ws[i:j], func(w word) bool { return isAcronym(w.text) && utf8.RuneCountInString(w.text) >= 2 }) && x.lookup(ws, i, j) == 0 {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "was named a National Heritage Fellow", "a Rhodes Scholar": an
	// honour held, after "a", names no one.
	if j-i >= 2 && honourEnds[ws[j-1].lower()] && !ws[j-1].possessive && i > 0 && (ws[i-1].lower() == "a" || ws[i-1].lower() == "an") && !ws[i-1].cap {
		return
	}
	// "a portrait of Saint Charles Borromeo", "St. Francis Xavier": a
	// saint's title before a given name and a surname is a title, not
	// part of the name (not "St John Ambulance", whose last word is
	// common, nor "Saint Petersburg", which the lexicon knows).
	if j-i == 3 && saintTitles[ws[i].lower()] && !ws[i].possessive && givenName(ws[i+1].text) && plainName(ws[i+1:j]) && !commonWords()[ws[j-1].lower()] && !spanHasOrgWord(ws[i:j]) && x.lookup(ws, i, j) == 0 && x.lookup(ws, i+1, j) == 0 && !(j < len(ws) && ws[j].cap && p.Text[ws[j-1].end:ws[j].start] == " ") {
		x.name(a, p, ws, i+1, j, ws[i].text, false)
		return
	}
	// "at the Ministry of Foreign Affairs Mohammed bin X": a body's name
	// ending in its portfolio, then a given name and more: the body,
	// then the person (the title came before the body).
	if j-i >= 5 {
		for m := i + 2; m < j-1; m++ {
			if givenName(ws[m].text) && portfolioWords[ws[m-1].lower()] && !ws[m-1].possessive && p.Text[ws[m-1].end:ws[m].start] == " " && spanHasOrgWord(ws[i:m]) && !slices.ContainsFunc(ws[i:m], officerWord) && !spanHasOrgWord(ws[m:j]) && x.lookup(ws, m, j) == 0 {
				x.span(a, p, ws, i, m)
				x.span(a, p, ws, m, j)
				return
			}
		}
	}
	// "Dato' Sri Zahid X": "Sri" after the honour "Dato'" is the
	// honour's second word, no given name.
	if j-i >= 3 && (ws[i].text == "Sri" || ws[i].text == "Seri") && (strings.HasSuffix(p.Text[:ws[i].start], "Dato' ") || strings.HasSuffix(p.Text[:ws[i].start], "Dato’ ")) {
		i++
	}
	// "the Larimore County Clerk and Recorder", "the Harris County Tax
	// Assessor-Collector": a county's office named by its compound title
	// alone is a body, and the county a place.
	if s0 := i + boolInt(notNames[ws[i].lower()]); j-s0 >= 3 {
		if c := countyOffice(p.Text, ws, s0, j); c > 0 {
			x.span(a, p, ws, s0, c)
			x.addSpan(a, p, ws, s0, j, actors.Organization)
			return
		}
	}
	// "Seattle D Nils Ekberg-Hale", "Dallas LW Ana Ruiz-Kos": a team's
	// city, a player's position in capitals, then the player (the
	// notes of a game story).
	if n := x.teamCity(ws, i, j); n > 0 && j-(i+n) >= 3 && positionLetters[ws[i+n].text] && !ws[i+n-1].possessive && p.Text[ws[i+n-1].end:ws[i+n].start] == " " && p.Text[ws[i+n].end:ws[i+n+1].start] == " " && plainName(ws[i+n+1:j]) && x.lookup(ws, i+n+1, j) == 0 {
		if e, ok := x.lex[wordsKey(ws[i:i+n])]; ok {
			x.lexMention(a, p, ws, i, i+n, e)
		} else {
			x.addSpan(a, p, ws, i, i+n, actors.Place)
		}
		x.name(a, p, ws, i+n+1, j, ws[i+n].text, false)
		return
	}
	// "is St Brendan's in Kellsbury", "the parish priest of St
	// Brendan's,": a saint's possessive with nothing after it is the
	// church or school of that name, a body (not "St Patrick's feast").
	if j-i == 2 && saintWords[ws[i].lower()] && ws[j-1].possessive && !ws[i].possessive {
		end := possessiveEnd(p.Text, ws[j-1].end)
		rest := p.Text[end:]
		if rest == "" || strings.ContainsAny(rest[:1], ",.;:)") || j < len(ws) && !ws[j].cap && saintPlaceAfter[ws[j].lower()] && strings.TrimSpace(p.Text[end:ws[j].start]) == "" {
			name := p.Text[ws[i].start:end]
			x.add(&mention{key: keyOf(name), kind: actors.Organization, name: name, surface: name, art: a, para: p, start: ws[i].start, end: end, inQuote: ws[i].inQuote})
			return
		}
	}
	// "Celtic Connections", "Nordic Noir Live": a culture's or a
	// region's adjective opens no person's name; with nothing to say
	// otherwise, the name is a body's or a festival's.
	if j-i >= 2 && j-i <= 3 && culturalAdjectives[ws[i].lower()] && !ws[i].possessive && !ws[j-1].possessive && plainName(ws[i:j]) && x.lookup(ws, i, j) == 0 && !slices.ContainsFunc(ws[i:j], func(w word) bool {
		lw := w.lower()
		return placeWords[lw] || orgWords[lw] || orgSuffixes[lw] || eventWords[lw] || titles[lw]
	}) {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "identified only by his initials RS", "identified as AW and DS":
	// a suspect's initials name no body.
	if j-i == 1 && len(ws[i].text) <= 3 && allCaps(ws[i].text) && initialsBefore.MatchString(textBefore(p.Text, ws[i].start, 60)) {
		return
	}
	// "(.DJI)", "(.SPX)": an index's code, as Reuters writes it, names
	// no actor.
	if j-i == 1 && strings.HasSuffix(p.Text[:ws[i].start], "(.") && strings.HasPrefix(p.Text[ws[i].end:], ")") {
		return
	}
	// "(Nasdaq: BRWK)", "(NYSE: HMK)": the exchange a company's shares
	// trade on, before their ticker, is a body.
	if j-i == 1 && ws[i].start > 0 && p.Text[ws[i].start-1] == '(' && exchangeTicker.MatchString(p.Text[ws[i].end:]) {
		if e, ok := x.lex[ws[i].key]; ok {
			x.lexMention(a, p, ws, i, j, e)
		} else {
			x.addSpan(a, p, ws, i, j, actors.Organization)
		}
		return
	}
	// "Brenwick Therapeutics, Inc.": a company's legal form after a
	// comma is its name's, no body of its own.
	if j-i == 1 && legalForms[strings.TrimSuffix(ws[i].lower(), ".")] && i > 0 && ws[i-1].cap && strings.HasPrefix(p.Text[ws[i-1].end:], ", ") && p.Text[ws[i-1].end:ws[i].start] == ", " {
		return
	}
	// "the 2011 Fukushima Daiichi disaster", "a Reynoldsburg man": a
	// name before a disaster's noun is where it happened; between "a" and
	// a person's noun, where the person comes from.
	if s0 := i + boolInt(ws[i].text == "A" || ws[i].text == "An"); j-s0 >= 1 && j-s0 <= 3 && j < len(ws) && !ws[j].cap && p.Text[ws[j-1].end:ws[j].start] == " " && !ws[j-1].possessive && plainName(ws[s0:j]) && x.lookup(ws, s0, j) == 0 && !slices.ContainsFunc(ws[s0:j], func(w word) bool {
		lw := w.lower()
		return titles[lw] || honorifics[lw] || orgWords[lw] || orgSuffixes[lw] || eventWords[lw] || calendarWords[lw] || commonWords()[lw] && w.sentStart || creedAdjectives[lw] || peoplesOfPerson[lw]
	}) && !strings.HasPrefix(p.Text[ws[j].end:], "-") {
		afterA := s0 > i || i > 0 && (ws[i-1].text == "a" || ws[i-1].text == "an") || agedLocalBefore.MatchString(textBefore(p.Text, ws[i].start, 40))
		if disasterNouns[ws[j].lower()] || afterA && localPeople[ws[j].lower()] {
			x.addSpan(a, p, ws, s0, j, actors.Place)
			return
		}
	}
	// "St Aldhelm's Primary", "St Anne's High", "St Joseph's Catholic
	// Primary": a saint's school, named by its level alone.
	if j-i >= 3 && saintWords[ws[i].lower()] && schoolLevels[ws[j-1].lower()] && !ws[j-1].possessive && slices.ContainsFunc(ws[i+1:j-1], func(w word) bool { return w.possessive }) {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "Walter and June Marwood": a month that is also a given name,
	// after another given name and "and", opens the second one's name.
	if j-i == 2 && monthGivenNames[ws[i].lower()] && i >= 2 && ws[i-1].text == "and" && ws[i-2].cap && givenName(ws[i-2].text) && !ws[i-2].possessive && plainName(ws[i+1:j]) && x.lookup(ws, i+1, j) == 0 {
		x.addSpan(a, p, ws, i, j, actors.Person)
		return
	}
	// "Lena and Tomas Brandvik", "Sisters Amina and Fatuma Wekesa": a
	// given name alone before "and" and a full name shares its surname.
	if s0 := i + boolInt(j-i == 2 && ws[i].sentStart && kinPlurals[ws[i].lower()]); j-s0 == 1 && !ws[s0].possessive && (x.lookup(ws, s0, j) == 0 && !x.isPlaceName(ws[s0].lower()) || commonGivenName(ws[s0].text)) && !(ws[s0].sentStart && x.lowered[ws[s0].lower()]) && !notNames[ws[s0].lower()] && !isAcronym(ws[s0].text) && !camelWord(ws[s0].text) {
		if e := sharedSurnameAfter(p.Text, ws, j); e > 0 && (s0 == i || ws[i].sentStart) && x.lookup(ws, e-1, e) == 0 && x.lookup(ws, j+1, j+2) == 0 && !x.surnameNamed(a.ID, ws[s0].key) {
			name := ws[s0].text + " " + ws[e-1].text
			x.add(&mention{key: keyOf(name), kind: actors.Person, name: name, surface: ws[s0].text, art: a, para: p, start: ws[s0].start, end: ws[s0].end, inQuote: ws[s0].inQuote})
			return
		}
	}
	// "Amirujjaman Piyal (Islami Andolan Bangladesh)": a name in
	// brackets after a person's, ending with a country's, is the body
	// they stand for, named for the country.
	if j-i >= 3 && ws[i].start > 0 && p.Text[ws[i].start-1] == '(' && strings.HasPrefix(p.Text[ws[j-1].end:], ")") && !ws[j-1].possessive && x.lookup(ws, i, j) == 0 && plainName(ws[i:j-1]) {
		if e, ok := x.lex[ws[j-1].key]; ok && e.country && !e.demonym && i > 0 && ws[i-1].cap && strings.HasSuffix(p.Text[:ws[i].start], ws[i-1].text+" (") {
			x.addSpan(a, p, ws, i, j, actors.Organization)
			return
		}
	}
	// "Hon. Kenechukwu X (Nkanu West)", "Rochas Y (Imo)": a name in
	// brackets right after a person's, that no lexicon holds, is the
	// seat or the state they stand for: a place.
	if j-i <= 3 && ws[i].start > 1 && strings.HasSuffix(p.Text[:ws[i].start], " (") && strings.HasPrefix(p.Text[ws[j-1].end:], ")") && !ws[j-1].possessive && plainName(ws[i:j]) && x.lookup(ws, i, j) == 0 && !slices.ContainsFunc(ws[i:j], func(w word) bool {
		return isAcronym(w.text) || orgWords[w.lower()] || bracketParties[w.lower()]
	}) && !strings.Contains(p.Text[ws[i].start:ws[j-1].end], "-") {
		if prev := x.mentionEndingAt(a, p, ws[i].start-len(" (")); prev != nil && prev.kind == actors.Person {
			x.addSpan(a, p, ws, i, j, actors.Place)
			return
		}
	}
	// "Anglesey resident Gareth X", "Cork native Aoife Y": what one
	// lives in or comes from, before the person.
	s0 := i + boolInt(notNames[ws[i].lower()] && j-i > 1)
	for s0 < j-1 && ws[s0].sentStart && (commonWords()[ws[s0].lower()] || x.lowered[ws[s0].lower()] || residentQualifiers[ws[s0].lower()]) {
		s0++ // "Longtime Doney Park resident X"
	}
	if j-s0 <= 3 && j+1 < len(ws) && !ws[j].cap && (ws[j].lower() == "resident" || ws[j].lower() == "native") && !(ws[s0].sentStart && (commonWords()[ws[s0].lower()] || x.lowered[ws[s0].lower()] || residentQualifiers[ws[s0].lower()])) && ws[j+1].cap && p.Text[ws[j-1].end:ws[j].start] == " " && p.Text[ws[j].end:ws[j+1].start] == " " && !ws[j-1].possessive && plainName(ws[s0:j]) && !spanHasOrgWord(ws[s0:j]) && x.lookup(ws, s0, j) != j-s0 {
		x.addSpan(a, p, ws, s0, j, actors.Place)
		return
	}
	// "the Artemis V crew", "the Falcon IX launch": a mission or a
	// machine numbered in Roman numerals, before what it is; no person
	// ("King Charles III" has his title).
	if j-i >= 2 && j < len(ws) && romanNumeral(ws[j-1].text) && !ws[j].cap && missionNouns[ws[j].lower()] && p.Text[ws[j-1].end:ws[j].start] == " " && !titles[ws[i].lower()] && !honorifics[ws[i].lower()] {
		return
	}
	// "Ah Seng Braised Duck, run by Mr Lim": what is run, owned or
	// founded by someone is a business or a body, no person.
	if s0 := i + boolInt(notNames[ws[i].lower()] && j-i > 1); j-s0 >= 2 && !ws[j-1].possessive && runBy.MatchString(textAfter(p.Text, ws[j-1].end, 30)) && x.lookup(ws, s0, j) != j-s0 && plainName(ws[s0:j]) {
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "the Michelin Guide's Bib Gourmand list": a name before a list's,
	// a rating's or a scheme's noun is that thing's, no actor.
	if j-i >= 3 && j < len(ws) && !ws[j].cap && thingNouns[ws[j].lower()] && p.Text[ws[j-1].end:ws[j].start] == " " && !ws[j-1].possessive {
		for k := j - 2; k >= i && k >= j-4; k-- {
			if ws[k].possessive {
				if x.lookup(ws, k+1, j) == 0 && plainName(ws[k+1:j]) {
					x.span(a, p, ws, i, k+1) // the owner
					return
				}
				break
			}
		}
	}
	// "a UNESCO World Heritage site": the body that lists it is named;
	// the list is no actor.
	if j-i >= 3 && ws[j-2].text == "World" && ws[j-1].text == "Heritage" && j < len(ws) && !ws[j].cap && (ws[j].lower() == "site" || ws[j].lower() == "sites" || ws[j].lower() == "list" || ws[j].lower() == "status") {
		x.span(a, p, ws, i, j-2)
		return
	}
	// "New Western sanctions": words qualifying a noun after them, the
	// last a compass's adjective, are no name.
	if j-i <= 2 && j < len(ws) && !ws[j].cap && compassAdjectives[ws[j-1].lower()] && !ws[j-1].possessive && p.Text[ws[j-1].end:ws[j].start] == " " && x.lookup(ws, i, j) == 0 && (j-i == 1 || ws[i].sentStart && (x.lowered[ws[i].lower()] || commonWords()[ws[i].lower()])) {
		return
	}
	// "Vice Chairman of the municipal People's Committee Nguyen Van
	// Tung-Lam said": an officer's body, named after the title and
	// "of", then the officer's name.
	if i > 0 && j-i >= 3 {
		for k := i; k < j-2; k++ {
			// (The expression is tried last: it is the slow part.)
			if orgWords[ws[k].lower()] && !ws[k].possessive && j-(k+1) <= 4 && !slices.ContainsFunc(ws[k+1:j], func(w word) bool { return !w.cap || w.possessive || titles[w.lower()] }) && x.lookup(ws, k+1, j) == 0 && !spanHasOrgWord(ws[k+1:j]) && !spanHasPlaceWord(ws[k+1:j]) && officerOfBefore.MatchString(textBefore(p.Text, ws[i].start, 60)) {
				x.span(a, p, ws, i, k+1)
				x.name(a, p, ws, k+1, j, p.Text[ws[i].start:ws[k].end], false)
				return
			}
		}
	}
	// "on 35th Avenue", "West 42nd Street": a numbered street.
	if j-i == 1 && i > 0 && streetWords[ws[i].lower()] && ordinal(ws[i-1].text) && p.Text[ws[i-1].end:ws[i].start] == " " && !ws[i].possessive {
		x.addSpan(a, p, ws, i-1, j, actors.Place)
		return
	}
	// "the Col de Peyresourde", "Col du Tourmalet": a mountain pass
	// ("Col" alone is a colonel's title).
	if s0 := i + boolInt(notNames[ws[i].lower()]); j-s0 > 2 && ws[s0].text == "Col" && (ws[s0+1].text == "de" || ws[s0+1].text == "du" || ws[s0+1].text == "des") {
		x.addSpan(a, p, ws, s0, j, actors.Place)
		return
	}
	// "Marburg virus disease", "Lassa fever": a disease's name.
	if j < len(ws) && !ws[j].cap && diseaseNouns[ws[j].lower()] && p.Text[ws[j-1].end:ws[j].start] == " " && !ws[j-1].possessive {
		x.things[[2]string{a.ID, keyOf(p.Text[ws[i].start:ws[j-1].end])}] = true
		return
	}
	// "the 2014 Marco Civil da Internet": a name a year qualifies after
	// "the" is a law's, a plan's or an event's, no person's (a place of
	// the lexicon or the gazetteer opening it stays: "the 2024 Paris
	// Olympics").
	if j-i >= 2 && theYearBefore.MatchString(textBefore(p.Text, ws[i].start, 12)) && x.lookup(ws, i, j) == 0 && !x.isCity(ws[i].key) && !titles[ws[i].lower()] && !spanHasOrgWord(ws[i:j]) && !spanHasPlaceWord(ws[i:j]) {
		return
	}
	// "Amur leopard cubs", "a Bengal tiger": a kind of animal named
	// before its noun in lower case, no actor in any of the article's
	// mentions ("Their father, Amur, is eleven").
	// (A sentence's first word before it is no part of the kind: "Two
	// Amur leopard cubs were born".)
	if s0 := i + boolInt(j-i == 2 && ws[i].sentStart && (commonWords()[ws[i].lower()] || notNames[ws[i].lower()])); j-s0 <= 2 && j < len(ws) && !ws[j].cap && (animalNouns[ws[j].lower()] || animalNouns[strings.TrimSuffix(ws[j].lower(), "s")]) && p.Text[ws[j-1].end:ws[j].start] == " " && !ws[j-1].possessive && x.lookup(ws, s0, j) == 0 {
		x.things[[2]string{a.ID, keyOf(p.Text[ws[s0].start:ws[j-1].end])}] = true
		return
	}
	// "a giant panda cub … has been named Ling Bao", "a dog called
	// Biscuit", "the elephant, Raja,": an animal's name.
	if !ws[j-1].possessive && animalName(p.Text, ws, i, j) {
		x.things[[2]string{a.ID, keyOf(p.Text[ws[i].start:ws[j-1].end])}] = true
		return
	}
	// "operations chief X told Nordic Wire": an outlet of the corpus's
	// articles, named in a text, is that news organisation.
	if s0 := i + boolInt(notNames[ws[i].lower()] && j-i > 1); len(x.outlets) > 0 && j-s0 >= 2 && !ws[j-1].possessive && x.outlets[keyOf(p.Text[ws[s0].start:ws[j-1].end])] && x.lookup(ws, s0, j) == 0 {
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "Lahore Qalandars", "Otago Volts": a city, then a plural no
	// dictionary holds, is a team's name (not "Victoria Ashcombe-Reyes").
	// So is one whose plural is a common word, or that has a word
	// between ("the Denver Nuggets", "the Portland Trail Blazers"), in a
	// paragraph that tells a game: a score or a win. (Not "Austin
	// Reaves added 24": a city's name that is a given name, before a
	// plural no dictionary holds, is a person's.)
	if t := i + boolInt(ws[i].lower() == "the" && j-i > 2); !(t == i && j-t == 2 && givenName(ws[t].text) && !commonWords()[ws[j-1].lower()]) && (j-t == 2 || j-t == 3 && plainName(ws[t+1:t+2]) && !ws[t+1].possessive) && !ws[j-1].possessive && x.isCity(ws[t].key) && teamPlural(ws[j-1].lower()) && !strings.Contains(ws[j-1].text, "-") && !groupNouns[ws[j-1].lower()] && !placeWords[ws[j-1].lower()] && x.lookup(ws, t, j) == 0 &&
		(j-i == 2 && !commonWords()[ws[j-1].lower()] || gameTold.MatchString(p.Text)) {
		x.addSpan(a, p, ws, t, j, actors.Organization)
		return
	}
	// "Lord Pemberton of Rye", "Baroness Hale of Richmond": a peer's
	// title is his name, the place after "of" its part.
	if s0 := i + boolInt(notNames[ws[i].lower()] && j-i > 1); j-s0 >= 4 && j-s0 <= 5 && ws[s0].cap && peerTitles[ws[s0].lower()] && ws[s0+2].text == "of" && plainName(ws[s0+1:s0+2]) && plainName(ws[s0+3:j]) && !ws[j-1].possessive {
		// Keyed by the peer's short name, which the article's later
		// mentions use ("Lord Pemberton said").
		name := p.Text[ws[s0].start:ws[j-1].end]
		x.add(&mention{key: wordsKey(ws[s0 : s0+2]), kind: actors.Person, name: name, surface: name, art: a, para: p, start: ws[s0].start, end: ws[j-1].end, inQuote: ws[s0].inQuote})
		return
	}
	// "Priyanka Menon-Hart of broker Cavendish Lowe": a broker after
	// "of" or "at" is the firm (a "mortgage broker Jane Roe" is a person).
	if i >= 2 && ws[i-1].lower() == "broker" && !ws[i-1].cap && firmPrepositions[ws[i-2].lower()] && !ws[j-1].possessive && x.lookup(ws, i, j) == 0 && plainName(ws[i:j]) {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "The Pharmaceutical Research and Manufacturers of America": the
	// run joined over "and" and its members "of" a country is a body.
	if s0 := i + boolInt(notNames[ws[i].lower()] && j-i > 1); j-s0 >= 5 && !ws[j-1].possessive {
		for k := s0 + 2; k+2 < j; k++ {
			if ws[k].lower() == "and" && !ws[k].cap && orgSuffixes[ws[k-1].lower()] && tradeMemberNouns[ws[k+1].lower()] && ws[k+2].lower() == "of" {
				x.scanLexicon(a, p, ws, s0, j, true)
				x.addSpan(a, p, ws, s0, j, actors.Organization)
				return
			}
		}
	}
	// "United Nurses of Alberta president X": a name "of" a place before
	// a body's officer in lower case is the body's whole name.
	if s0 := i + boolInt(notNames[ws[i].lower()]); j-s0 >= 4 && j+1 < len(ws) && !ws[j].cap && bodyOfficers[ws[j].lower()] && ws[j+1].cap && p.Text[ws[j-1].end:ws[j].start] == " " && !ws[j-1].possessive {
		if k := slices.IndexFunc(ws[s0:j], func(w word) bool { return w.lower() == "of" && !w.cap }); k >= 2 && x.lookup(ws, s0+k+1, j) == j-(s0+k+1) && x.isPlaceName(wordsKey(ws[s0+k+1:j])) && plainName(ws[s0:s0+k]) {
			x.scanLexicon(a, p, ws, s0, j, true)
			x.addSpan(a, p, ws, s0, j, actors.Organization)
			return
		}
	}
	// "Johnson Matthey shares fell", "researchers at Sciences Po": a firm
	// or a school named like a person, by its shares or its staff.
	if s0 := i + boolInt(notNames[ws[i].lower()] && j-i > 1); j-s0 >= 2 && !ws[j-1].possessive && x.lookup(ws, s0, j) == 0 && plainName(ws[s0:j]) && (sharesMoved.MatchString(textAfter(p.Text, ws[j-1].end, 40)) || staffAt.MatchString(textBefore(p.Text, ws[s0].start, 40))) {
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "the ruling Pheu Thai party": a party whose name ends in its
	// people's adjective, before "party" in lower case.
	if s0 := i + boolInt(notNames[ws[i].lower()]); j-s0 >= 2 && j < len(ws) && !ws[j].cap && ws[j].lower() == "party" && p.Text[ws[j-1].end:ws[j].start] == " " && !ws[j-1].possessive && x.lex[ws[j-1].key].demonym && x.lookup(ws, s0, j-1) == 0 && plainName(ws[s0:j-1]) && !notNames[ws[s0].lower()] {
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "told BBC Points West", "on ITV Granada Reports": a broadcaster's
	// initials, then a programme's or a station's name, are one body.
	if s0 := i + boolInt(notNames[ws[i].lower()] && j-i > 1); j-s0 >= 2 && j-s0 <= 4 && broadcasterInitials[ws[s0].text] && !ws[s0].possessive && !ws[j-1].possessive && plainName(ws[s0+1:j]) && !anyTitle(ws[s0+1:j]) {
		x.scanLexicon(a, p, ws, s0, j, true) // "BBC Radio Scotland": Scotland too
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "Harrowgate Town took the lead", "Brayford City host Kelston": in
	// a match report, a club named for its town, not after a
	// preposition of place, is the club.
	if j-i >= 2 && clubPlaceEnds[ws[j-1].lower()] && !ws[j-1].possessive && x.lookup(ws, i, j) == 0 && plainName(ws[i:j-1]) && !(i > 0 && placePrepositions[ws[i-1].lower()]) && x.matchReport() {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "Climate Change", "Artificial Intelligence": words the article
	// also writes in lower case, together, are a subject, no one's name
	// (a "Mark Price" is not written "mark price"); nor is a generation
	// ("Gen Z").
	if j-i >= 2 && j-i <= 3 && x.lookup(ws, i, j) == 0 && !ws[j-1].possessive && plainName(ws[i:j]) && !spanHasOrgWord(ws[i:j]) && !spanHasPlaceWord(ws[i:j]) && x.commonPhrase(ws[i:j]) || j-i == 2 && (ws[i].text == "Gen" || ws[i].text == "Generation") && len(ws[j-1].text) == 1 {
		return
	}
	// "Lunar New Year", "New Year's Eve", "Bird Flu", "Long Covid": a
	// feast or a season, or a disease, named in capitals.
	if j-i >= 2 && x.lookup(ws, i, j) == 0 && (feastEnds[ws[j-1].lower()] || diseaseEnds[ws[j-1].lower()] || diseaseNames[ws[j-1].lower()]) && !ws[j-1].possessive {
		return
	}
	// "Te Pāti Māori MPs walked out": a party's members, by their
	// letters in the plural, after the party's name.
	if s0 := i + boolInt(notNames[ws[i].lower()] && j-i > 2); j-s0 >= 2 && memberPlurals[ws[j-1].text] {
		if x.lookup(ws, s0, j-1) > 0 || isAcronym(ws[j-2].text) {
			x.span(a, p, ws, s0, j-1)
		} else {
			x.addSpan(a, p, ws, s0, j-1, actors.Organization)
		}
		return
	}
	// "Te Whatu Ora officials", "Harlan Shipping executives": a name
	// before the plural of its staff, in lower case, is a body's (a
	// place's when the gazetteer knows it).
	if s0 := i + boolInt(notNames[ws[i].lower()] && j-i > 1); j-s0 >= 2 && j < len(ws) && !ws[j].cap && staffPlurals[ws[j].lower()] && p.Text[ws[j-1].end:ws[j].start] == " " && !ws[j-1].possessive && plainName(ws[s0:j]) && x.lookup(ws, s0, j) == 0 && !x.isPlaceName(wordsKey(ws[s0:j])) && !spanHasPlaceWord(ws[s0:j]) {
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "flight SK417", "Flight BA2490": a flight's number names no one;
	// nor does a model's code alone, "the A321neo".
	if j-i == 1 && (i > 0 && (ws[i-1].lower() == "flight" || ws[i-1].lower() == "flights") && p.Text[ws[i-1].end:ws[i].start] == " " && letterCode(ws[i].text) || modelCode.MatchString(ws[i].text) && unicode.IsLower(lastRune(ws[i].text))) {
		return
	}
	// "The Embraer E195 was operating", "an Airbus A320neo": a maker's
	// name before its model's code is the maker, the model no one.
	if s0 := i + boolInt(notNames[ws[i].lower()]); j-s0 >= 2 && !ws[j-1].possessive && (modelCode.MatchString(ws[j-1].text) || len(ws[j-1].text) == 1 && dashDigit.MatchString(p.Text[ws[j-1].end:])) && plainName(ws[s0:j-1]) {
		// A maker the lexicon does not know, of one word, is a body all
		// the same: "an Embraer E175".
		if j-1-s0 == 1 && x.lookup(ws, s0, j-1) == 0 && !placeWords[ws[s0].lower()] && !commonWords()[ws[s0].lower()] && !x.lowered[ws[s0].lower()] {
			x.addSpan(a, p, ws, s0, j-1, actors.Organization)
			return
		}
		x.span(a, p, ws, s0, j-1)
		return
	}
	// "Steppe Wire reports citing the ministry": a news agency.
	if s0 := i + boolInt(notNames[ws[i].lower()] && j-i > 1); !ws[j-1].possessive && x.lookup(ws, s0, j) == 0 && agencyCiting.MatchString(textAfter(p.Text, ws[j-1].end, 40)) {
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "Teslin Microdevices (TSMD.O) fell", "Halden Foods (NYSE: HLF)": a
	// name before its stock's ticker is a listed company's.
	if s0 := i + boolInt(notNames[ws[i].lower()] && j-i > 1); !ws[j-1].possessive && tickerAfter.MatchString(textAfter(p.Text, ws[j-1].end, 40)) && x.lookup(ws, s0, j) != j-s0 {
		// "Shares of Kirov Tanaka (7203.T)": the name after "of".
		for k := s0 + 1; k < j-1 && ws[s0].sentStart && commonWords()[ws[s0].lower()] && !orgWords[ws[s0].lower()]; k++ {
			if ws[k].lower() == "of" && !ws[k].cap {
				s0 = k + 1
			}
		}
		// "South Korea's Daesong Automotive (005380.KS)": the place
		// before is its own mention.
		for k := j - 2; k >= s0; k-- {
			if ws[k].possessive {
				x.span(a, p, ws, s0, k+1)
				s0 = k + 1
				break
			}
		}
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "Cascadia Wildlands Defense sued", "Brinks Home Security": plain
	// names ending in a portfolio that is also a title, with no name
	// after it, are a body's.
	if j-i >= 2 && portfolioBodyEnds[ws[j-1].lower()] && !ws[j-1].possessive && (j == len(ws) || !ws[j].cap || p.Text[ws[j-1].end:ws[j].start] != " ") && plainName(ws[i:j-1]) && !notNames[ws[i].lower()] && x.lookup(ws, i, j) == 0 && !spanHasOrgWord(ws[i:j-1]) {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "former Bulan, Sorsogon mayor Reynaldo X", "Kisumu governor Y": a
	// name before a mayor's or a governor's title in lower case is the
	// place served; so is a town set off before its province there.
	// "Former Çankaya mayor X": the word opening the sentence is the
	// role's.
	if j-i >= 2 && ws[i].sentStart && formerWords[ws[i].lower()] && servedBy(p.Text, ws, j) && plainName(ws[i+1:j]) && x.lookup(ws, i+1, j) == 0 && !ws[j-1].possessive {
		x.addSpan(a, p, ws, i+1, j, actors.Place)
		return
	}
	// "Member for Ovens Valley Tim McCurdy-Lane", "the Member for Ovens
	// Valley, Tim McCurdy-Lane": the seat a member holds is a place, and
	// a name after it the member's.
	// ("MP for Harlow West Ellie Reid" is scanLexicon's: MP is a title.)
	if s0 := i + boolInt(notNames[ws[i].lower()]); j-s0 >= 3 && ws[s0].text == "Member" && ws[s0+1].lower() == "for" && !ws[s0+1].cap {
		seat := j
		// "Member for Victoria Jane Hume": a place the lexicon knows.
		if n := x.lookup(ws, s0+2, j); n > 0 && j-(s0+2+n) >= 2 && plainName(ws[s0+2+n:j]) {
			seat = s0 + 2 + n
		}
		for k := s0 + 2; k < j-2 && seat == j; k++ {
			if placeWords[ws[k].lower()] && plainName(ws[k+1:j]) && x.lookup(ws, k+1, j) == 0 {
				seat = k + 1
				break
			}
		}
		// "Member for Harlow West Ellie Reid": a name's two words last.
		if seat == j && j-(s0+2) >= 3 && plainName(ws[j-2:j]) {
			seat = j - 2
		}
		if x.lookup(ws, s0+2, seat) == seat-(s0+2) {
			x.lexMention(a, p, ws, s0+2, seat, x.lex[wordsKey(ws[s0+2:seat])])
		} else {
			x.addSpan(a, p, ws, s0+2, seat, actors.Place)
		}
		if seat < j {
			x.span(a, p, ws, seat, j)
		}
		return
	}
	if j-i <= 3 && !ws[i].sentStart && !ws[j-1].possessive && (servedBy(p.Text, ws, j) || j-i == 1 && j < len(ws) && ws[j].cap && p.Text[ws[j-1].end:ws[j].start] == ", " && servedBy(p.Text, ws, runEnd(p.Text, ws, j))) && !partyAdjectives[ws[i].lower()] && !notParties[ws[i].lower()] && plainName(ws[i:j]) && x.lookup(ws, i, j) == 0 {
		x.addSpan(a, p, ws, i, j, actors.Place)
		return
	}
	// A work's title in quotation marks names no one, unless the
	// lexicon knows the name ("Four Rooms in Shubra" keeps no "Four
	// Rooms").
	if ws[i].inTitle && x.lookup(ws, i, j) == 0 {
		return
	}
	// "Superintendent of Police (Pune Rural) X": the district of an
	// office, in brackets after its title, is no one; a place it opens
	// is named.
	if i > 0 && (titles[ws[i-1].lower()] || i >= 3 && ws[i-2].lower() == "of" && titles[ws[i-3].lower()]) && p.Text[ws[i-1].end:ws[i].start] == " (" && strings.HasPrefix(p.Text[ws[j-1].end:], ")") && j-i <= 3 && x.lookup(ws, i, j) != j-i && !isAcronym(ws[i].text) {
		if x.isPlaceName(ws[i].key) && j-i > 1 {
			x.addSpan(a, p, ws, i, i+1, actors.Place)
		}
		return
	}
	// "on Hàng Bạc street", "Đinh Tiên Hoàng road": a name before a
	// street's noun in lower case is the street's.
	// Not "the Mumbai-Agra highway": the two places a road links.
	if j < len(ws) && !ws[j].cap && streetNouns[ws[j].lower()] && p.Text[ws[j-1].end:ws[j].start] == " " && !ws[j-1].possessive && plainName(ws[i:j]) && x.lookup(ws, i, j) == 0 && !(j-i == 1 && ws[i].sentStart) && !linkedPair(ws[j-1].text) {
		x.addSpan(a, p, ws, i, j, actors.Place)
		return
	}
	// "Kyoto's Higashiyama Ward", "Rafi LGA": a city's ward, a Nigerian
	// local government area (not "Rachel Ward", a given name's).
	if w0 := j - 2; w0 >= i && !ws[j-1].possessive && (ws[j-1].text == "Ward" && !commonGivenName(ws[w0].text) && !ws[w0].sentStart || ws[j-1].text == "LGA") && plainName(ws[w0:j-1]) && x.lookup(ws, w0, j) == 0 && (w0 == i || w0 == i+1 && ws[i].possessive) {
		if w0 > i {
			x.span(a, p, ws, i, w0) // "Kyoto's"
		}
		x.addSpan(a, p, ws, w0, j, actors.Place)
		return
	}
	// "their album Night Ferry", "the 2019 film Dark Water": a work's
	// title after its noun names no one; nor does one set off by commas
	// ("Her new book, High Water, traces").
	sep := ""
	if i > 0 {
		sep = p.Text[ws[i-1].end:ws[i].start]
	}
	if i > 0 && !ws[i-1].cap && x.lookup(ws, i, j) == 0 && (sep == " " || sep == ", " && strings.HasPrefix(p.Text[ws[j-1].end:], ",") && !ws[j-1].possessive) && (workNouns[ws[i-1].lower()] || ws[i-1].lower() == "single" && i > 1 && singleBefore[ws[i-2].lower()]) && !madeItAfter(p.Text, ws, j) {
		// "Salt Lines is out now": the work at its other mentions too.
		x.things[[2]string{a.ID, keyOf(p.Text[ws[i].start:ws[j-1].end])}] = true
		return
	}
	// "The Opposition UDF staged a walkout": the side a party sits on
	// is no part of its initials.
	if s0 := i + boolInt(notNames[ws[i].lower()]); j-s0 == 2 && partySides[ws[s0].lower()] && !ws[s0].possessive && isAcronym(ws[s0+1].text) {
		i = s0 + 1
	}
	// "US$300 million", "A$2 billion", "HK$5": a currency's country
	// before its sign is no place named.
	if strings.HasPrefix(p.Text[ws[j-1].end:], "$") {
		if j--; i >= j {
			return
		}
	}
	// "according to the Hérault prefecture": a French department's
	// prefecture, in lower case after its name, is the state's office
	// there.
	if j-i == 1 && i > 0 && ws[i-1].lower() == "the" && j < len(ws) && ws[j].lower() == "prefecture" && !ws[j].cap && p.Text[ws[j-1].end:ws[j].start] == " " && !ws[i].possessive && x.lookup(ws, i, j) == 0 {
		name := p.Text[ws[i].start:ws[j].end]
		x.add(&mention{key: keyOf(name), kind: actors.Organization, name: name, surface: name, art: a, para: p, start: ws[i].start, end: ws[j].end, inQuote: ws[i].inQuote})
		return
	}
	// "Infosys, HCLTech and Tech Mahindra were the top losers": names
	// a market report lists as its gainers or losers are companies.
	if s0 := i + boolInt(notNames[ws[i].lower()] && j-i > 1); x.lookup(ws, s0, j) == 0 && !ws[j-1].possessive && marketMovers.MatchString(p.Text[ws[j-1].end:]) {
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "The 30-share BSE Sensex ended 912 points lower", "the Nifty 50
	// fell": a name that "the" opens and that moves by points is a
	// market's index, its number part of its name.
	if s0 := i + boolInt(notNames[ws[i].lower()] && j-i > 1); !ws[j-1].possessive {
		if loc := indexMoves.FindStringSubmatchIndex(p.Text[ws[j-1].end:]); loc != nil && (s0 > i || theBeforeIndex.MatchString(textBefore(p.Text, ws[i].start, 40))) {
			end := ws[j-1].end
			if loc[3] > loc[2] {
				end += loc[3]
			}
			name := p.Text[ws[s0].start:end]
			x.add(&mention{key: keyOf(name), kind: actors.Organization, name: name, surface: name, art: a, para: p, start: ws[s0].start, end: end, inQuote: ws[s0].inQuote})
			return
		}
	}
	// "Liberal senator Andrew X", "Conservative lawmaker Y": one word
	// before a member's title in lower case and a name is the member's
	// party.
	// ("Opposition Chadema lawmaker Y": the side it sits on is no part
	// of its name.)
	if s0 := i + boolInt((notNames[ws[i].lower()] || notParties[ws[i].lower()] && !ws[i].possessive) && j-i == 2); j-s0 == 1 && j+1 < len(ws) && !ws[j].cap && memberTitles[ws[j].lower()] && ws[j+1].cap && p.Text[ws[j-1].end:ws[j].start] == " " && p.Text[ws[j].end:ws[j+1].start] == " " {
		lw := ws[s0].lower()
		if x.lookup(ws, s0, j) == 0 && !ws[s0].possessive && !notParties[lw] && !titles[lw] && !honorifics[lw] && !(ws[s0].sentStart && x.lowered[lw]) && !allDigits(ws[s0].text) {
			x.addSpan(a, p, ws, s0, j, actors.Organization)
			return
		}
	}
	// "El Niño conditions", "La Niña": the ocean's phases, no actor.
	if j-i == 2 && (ws[i].text == "El" || ws[i].text == "La") && weatherPhases[ws[i+1].key] {
		return
	}
	// "the Thiruvallur Assembly seat", "the Wayanad Lok Sabha
	// constituency", "the Kasba Peth Assembly segment": a seat named by
	// its place and its house; the place is the actor, the house no
	// part of its name.
	if k := houseTail(ws, i, j); k > i && j < len(ws) && houseSeatNouns[ws[j].lower()] && !ws[j].cap && p.Text[ws[j-1].end:ws[j].start] == " " && !ws[j-1].possessive && plainName(ws[i:k]) {
		x.addSpan(a, p, ws, i, k, actors.Place)
		return
	}
	// "Kano Central", "Lagos West": a place the lexicon or the gazetteer
	// knows and a compass word after it are a district or a
	// constituency.
	knownPlace := x.lookup(ws, i, i+1) == 1 && x.lex[ws[i].key].kind == actors.Place && !x.lex[ws[i].key].demonym || x.lookup(ws, i, i+1) == 0 && (x.isCity(ws[i].key) || x.isPlaceName(ws[i].key))
	if j-i == 2 && knownPlace && compass[ws[i+1].lower()] && !ws[i].possessive && !ws[i+1].possessive && p.Text[ws[i].end:ws[i+1].start] == " " && (j == len(ws) || !titles[ws[j].lower()] || p.Text[ws[j-1].end:ws[j].start] != " ") {
		x.addSpan(a, p, ws, i, j, actors.Place)
		return
	}
	// "Cork South-Central", "Dublin Mid-West": a constituency, a place
	// and its part in compass words joined by a hyphen.
	if s0 := i + boolInt(ws[i].text == "The"); j-s0 >= 2 && !ws[j-1].possessive && compassCompound(ws[j-1].text) && plainName(ws[s0:j-1]) && x.lookup(ws, s0, j) != j-s0 {
		x.addSpan(a, p, ws, s0, j, actors.Place)
		return
	}
	// "Marlpit Water has said", "Thames Water": a water company, where
	// "at Ogden Water near Halifax" is a reservoir; so is a bus company,
	// "Cardiff Bus", "Lothian Buses".
	// (So with a place the lexicon knows first: "Thames Vale Water".)
	if s0 := i + boolInt(ws[i].text == "The" && j-i > 2); j-s0 >= 2 && (ws[j-1].text == "Water" || ws[j-1].text == "Bus" || ws[j-1].text == "Buses") && !ws[j-1].possessive && !(s0 > 0 && placePrepositions[ws[s0-1].lower()]) && plainName(ws[s0:j]) && x.noneOrPlaceOpens(ws, s0, j) {
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "the Okene and Ajaokuta Local Government Areas", "Kisumu and
	// Siaya Counties": places that share a plural of a place's word
	// after "and" are each a place; the plural is no part of a name.
	if k := sharedPluralTail(ws, i, j); k > i && i >= 2 && ws[i-1].lower() == "and" && !ws[i-1].cap && ws[i-2].cap && x.lookup(ws, i, k) == 0 {
		x.addSpan(a, p, ws, i, k, actors.Place)
		return
	}
	// "MP Harriet Quennell (Wyvern Vale)": a member's seat in brackets
	// after the member's name.
	if strings.HasSuffix(p.Text[:ws[i].start], "(") && strings.HasPrefix(p.Text[ws[j-1].end:], ")") && memberSeat.MatchString(textBefore(p.Text, ws[i].start, 80)) && !ws[j-1].possessive && x.lookup(ws, i, j) == 0 {
		x.addSpan(a, p, ws, i, j, actors.Place)
		return
	}
	// "K-pop", "U-turn", "T-shirt", "X-ray": a capital letter joined to
	// a word in lower case names nothing.
	if j == i+1 && utf8.RuneCountInString(ws[i].text) == 1 && strings.HasPrefix(p.Text[ws[i].end:], "-") && ws[i].end+1 < len(p.Text) && unicode.IsLower(firstRune(p.Text[ws[i].end+1:])) {
		return
	}
	// "Sen. X, R-Texas", "D-N.M.": a party's letter before a member's
	// state is no part of the state's name.
	if j-i >= 2 && len(ws[i].text) == 1 && strings.Contains("RDI", ws[i].text) && p.Text[ws[i].end:ws[i+1].start] == "-" {
		i++
		// "Rep. Kevin McCarthy (R-CA)": the state by its postal code.
		if state, ok := statePostalCodes[ws[i].text]; ok && j == i+1 {
			x.add(&mention{key: keyOf(state), kind: actors.Place, name: state, surface: ws[i].text, art: a, para: p, start: ws[i].start, end: ws[i].end, inQuote: ws[i].inQuote})
			return
		}
	}
	// "fines Jambo Telecom Sh1.2bn": a sum in a currency written close
	// ("Sh1", "Rs200", "N50") ends a name; it is no part of one.
	for j > i && gluedSum(ws[j-1].text) {
		j--
	}
	// "cheating a teacher from Kothrud of Rs 48 lakh": so does a
	// currency's sign before a sum written apart, and the small word
	// before it.
	if j > i && currencies[strings.ToLower(strings.TrimSuffix(ws[j-1].text, "."))] && digitAfter.MatchString(p.Text[ws[j-1].end:]) {
		j--
		for j > i && connectorWord(ws[j-1]) && !ws[j-1].cap {
			j--
		}
	}
	if j == i {
		return
	}
	// "call 88-CRIME", "1-800-FLOWERS": a telephone number spelled in
	// letters, no name.
	if before := p.Text[:ws[i].start]; strings.HasSuffix(before, "-") && len(before) >= 2 && unicode.IsDigit(rune(before[len(before)-2])) {
		return
	}
	// "the January-June period", "Monday-Friday": a span of the calendar,
	// no name.
	if j-i == 1 && strings.Contains(ws[i].text, "-") && !slices.ContainsFunc(strings.Split(ws[i].lower(), "-"), func(part string) bool { return !calendarWords[part] }) {
		return
	}
	// "PRICE CONTROL MEETING: Additional Deputy Commissioner …": a
	// section's label in capitals opening a paragraph, of words of the
	// language, names no one.
	// So is one such word: "NOTES: Seattle D X left …".
	if i == 0 && (j-i >= 2 || len(ws[i].text) >= 4) && strings.HasPrefix(p.Text[ws[j-1].end:], ":") && !slices.ContainsFunc(ws[i:j], func(w word) bool {
		return !allCaps(w.text) || !(commonWords()[w.lower()] || x.lowered[w.lower()]) || x.lookup(ws, i, j) > 0
	}) {
		return
	}
	// "the Chairman of Obafemi Owode Local Government, Hon. X": a
	// body's officer and "of" before the body's name, which ends in a
	// body's word; the body is the rest.
	if s0 := i + boolInt(notNames[ws[i].lower()]); j-s0 >= 4 && (officersOf[ws[s0].lower()] || ws[s0].lower() == "chair" || ws[s0].lower() == "head" || ws[s0].lower() == "president") && !ws[s0].possessive && ws[s0+1].text == "of" && (orgWords[ws[j-1].lower()] || orgSuffixes[ws[j-1].lower()]) && !ws[j-1].possessive && x.lookup(ws, s0, j) == 0 {
		x.span(a, p, ws, s0+2, j)
		return
	}
	// "code-named Operation Clean Waters", "Operation Sindoor": a
	// military or police operation is an event, no actor.
	if j-i >= 2 && ws[i].text == "Operation" && x.lookup(ws, i, j) == 0 {
		return
	}
	// "Project Sunrise", "Project Veritas": a named project, a programme or
	// the body that runs it, no person.
	if j-i >= 2 && ws[i].text == "Project" && !ws[i].possessive && x.lookup(ws, i, j) == 0 {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "The Valtrik Fold 4 (pictured) goes on sale": a maker's name and a
	// common word before a model's number is a product, no actor (the
	// maker is named elsewhere). Not "Mark Wood 3 for 41": a given name
	// opens a person's.
	if s0 := i + boolInt(notNames[ws[i].lower()]); j-s0 == 2 && (commonWords()[ws[j-1].lower()] || x.lowered[ws[j-1].lower()]) && !placeWords[ws[j-1].lower()] && !orgWords[ws[j-1].lower()] && !numberedPlaceWords[ws[j-1].lower()] && !branchWords[ws[j-1].lower()] && !ws[j-1].possessive && !ws[s0].possessive && !commonGivenName(ws[s0].text) && x.lookup(ws, s0, j) == 0 && !commonWords()[ws[s0].lower()] && modelNumberAfter.MatchString(p.Text[ws[j-1].end:]) {
		return
	}
	// "spun out of ETH Zurich", "a team at KU Leuven": a school's
	// letters and the city of its campus are one body (a university's
	// letters end in its "U": "TU Delft", "LMU Munich").
	if j-i == 2 && isAcronym(ws[i].text) && len(ws[i].text) >= 2 && len(ws[i].text) <= 4 && !ws[i].possessive && x.lookup(ws, i, j) == 0 && (x.isCity(ws[i+1].key) || len(ws[i].text) <= 3 && strings.HasSuffix(ws[i].text, "U")) {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "the well, named Moruga East-7", "a Long March-5 rocket": a name
	// run into a number by a hyphen designates a thing (a well, a
	// rocket, a mission), no actor; a body's numbered unit ("Industrial
	// Police-2") is still the body.
	if x.lookup(ws, i, j) == 0 && !ws[j-1].possessive && !orgWords[ws[j-1].lower()] && hyphenNumberAfter.MatchString(p.Text[ws[j-1].end:]) {
		return
	}
	// "the U.S. Attorney's Office for the Southern District of New
	// York": a body's office for a district of a place is one body.
	if k := slices.IndexFunc(ws[i:j], func(w word) bool { return w.lower() == "for" && !w.cap }); k > 0 && orgWords[ws[i+k-1].lower()] && j-(i+k) >= 4 {
		for e := i + k + 1; e+1 < j; e++ {
			if ws[e].lower() == "of" && !ws[e].cap && placeWords[ws[e-1].lower()] && x.lookup(ws, e+1, j) == j-e-1 {
				s0 := i + boolInt(notNames[ws[i].lower()])
				x.addSpan(a, p, ws, s0, j, actors.Organization)
				return
			}
		}
	}
	// "U.N. Human Rights Monitoring Mission in Ukraine": a mission and
	// its country, the run put together, are one body.
	if k := slices.IndexFunc(ws[i:j], func(w word) bool { return w.lower() == "in" && !w.cap }); k > 0 && ws[i+k-1].lower() == "mission" && i+k+1 < j {
		s0 := i + boolInt(notNames[ws[i].lower()])
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "PT Sumber Logam Nusantara", "PJSC Gazprom Neft": a company's
	// legal form written before its name.
	if s0 := i + boolInt(notNames[ws[i].lower()]); j-s0 >= 2 {
		// "Indonesia's PT …": the owner's possessive is a mention of its own.
		owner := ws[s0].possessive && s0+2 < j && x.lookup(ws, s0, s0+1) == 1
		if owner && legalFormPrefixes[ws[s0+1].text] {
			x.lexMention(a, p, ws, s0, s0+1, x.lex[ws[s0].key])
			s0++
		}
		if legalFormPrefixes[ws[s0].text] && j-s0 >= 2 && x.lookup(ws, s0, j) == 0 {
			x.addSpan(a, p, ws, s0, j, actors.Organization)
			return
		}
	}
	// "Los Faroles Rojos", "Las Hermanas Ruiz": a name a Spanish plural
	// article opens is a group's, or after "in" a place's ("in Los
	// Reyes"); no one person's.
	if s0 := i + boolInt(notNames[ws[i].lower()] && ws[i].text != "Los" && ws[i].text != "Las"); j-s0 >= 2 && (ws[s0].text == "Los" || ws[s0].text == "Las") && x.lookup(ws, s0, j) == 0 && !ws[s0].possessive {
		kind := actors.Organization
		if s0 > 0 && placePrepositions[ws[s0-1].lower()] && !ws[s0-1].cap {
			kind = actors.Place
		}
		x.addSpan(a, p, ws, s0, j, kind)
		return
	}
	// "Stormont's Infrastructure Committee", "Parliament's Justice
	// Committee": an owner's possessive, then a body of two words or
	// more, are the owner and its body ("Women's Aid Federation", whose
	// owner is a common word, stays one name).
	// Nor is a place's own council ("Riverton's City Council") or a
	// place named with a possessive ("Hawke's Bay Regional Council").
	if s0 := i + boolInt(notNames[ws[i].lower()]); j-s0 >= 3 && ws[s0].possessive && !ws[j-1].possessive && orgWords[ws[j-1].lower()] && x.lookup(ws, s0+1, j) == 0 && !commonWords()[ws[s0].lower()] && !x.lowered[ws[s0].lower()] && !x.isPlaceName(ws[s0].key) && !landmarkWords[ws[s0+1].lower()] && !placeWords[ws[s0+1].lower()] && !localOffices[ws[s0+1].lower()] && !localGovernmentWords[ws[s0+1].lower()] {
		if rest := p.Text[ws[s0].end:]; strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") {
			x.span(a, p, ws, s0, s0+1)
			x.addSpan(a, p, ws, s0+1, j, actors.Organization)
			return
		}
	}
	// "The Catholic Church's Episcopal Conference", "the Labour Party's
	// National Executive Committee": an owner of two or three words that
	// names a body, then a body of two words or more, likewise.
	if s0 := i + boolInt(notNames[ws[i].lower()]); j-s0 >= 4 {
		for o := s0 + 1; o <= s0+2 && o+2 < j; o++ {
			if ws[o-1].possessive {
				break
			}
			if !ws[o].possessive {
				continue
			}
			ownerBody := orgWords[ws[o].lower()] || orgSuffixes[ws[o].lower()] || x.lookup(ws, s0, o+1) == o+1-s0
			if ownerBody && !ws[j-1].possessive && (orgWords[ws[j-1].lower()] || orgSuffixes[ws[j-1].lower()] || spanHasOrgWord(ws[o+1:j])) && x.lookup(ws, o+1, j) == 0 && !landmarkWords[ws[o+1].lower()] && !placeWords[ws[o+1].lower()] && !localOffices[ws[o+1].lower()] && !localGovernmentWords[ws[o+1].lower()] && (strings.HasPrefix(p.Text[ws[o].end:], "'s ") || strings.HasPrefix(p.Text[ws[o].end:], "’s ")) {
				x.span(a, p, ws, s0, o+1)
				x.addSpan(a, p, ws, o+1, j, actors.Organization)
				return
			}
			break
		}
	}
	// "Ysgol Gymraeg Penlan", "Coláiste Íde", "Lycée Carnot": a name
	// that a school's, a college's or a council's word opens, in the
	// language it is written in, is a body's.
	if s0 := i + boolInt(notNames[ws[i].lower()]); j-s0 >= 2 && openingBodyWords[ws[s0].lower()] && x.lookup(ws, s0, j) == 0 && !ws[s0].possessive {
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "the Loki's Castle vent field", "Martha's Vineyard": a one-word
	// owner's possessive before a landmark's word is one place's name.
	if j-i == 2 && ws[i].possessive && !ws[j-1].possessive && landmarkWords[ws[j-1].lower()] && x.lookup(ws, i, i+1) == 0 && !titles[ws[i].lower()] && !isAcronym(ws[i].text) {
		x.addSpan(a, p, ws, i, j, actors.Place)
		return
	}
	// "The British Embassy in Bangkok said": a people's embassy, high
	// commission or consulate is a body of its own beside the country.
	if s0 := i + boolInt(notNames[ws[i].lower()]); j-s0 >= 2 && x.lookup(ws, s0, s0+1) == 1 && x.lex[ws[s0].key].demonym && !ws[s0].possessive && missionWords[strings.ToLower(joinWords(ws[s0+1:j]))] {
		x.lexMention(a, p, ws, s0, s0+1, x.lex[ws[s0].key])
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "Senate Republicans", "House Democrats": a chamber and a party's
	// members in it are two bodies.
	if j-i == 2 && chamberWords[ws[i].lower()] && partyMembers[ws[i+1].lower()] && !ws[i].possessive && p.Text[ws[i].end:ws[i+1].start] == " " {
		x.addSpan(a, p, ws, i, i+1, actors.Organization)
		if x.lookup(ws, i+1, j) == 1 {
			x.scanLexicon(a, p, ws, i+1, j, false)
		} else {
			x.addSpan(a, p, ws, i+1, j, actors.Organization)
		}
		return
	}
	// "Reporters Without Borders", "Mothers Against Drunk Driving".
	if s0 := i + boolInt(notNames[ws[i].lower()]); j-s0 >= 3 && prepositionBody(ws[s0:j]) && x.lookup(ws, s0, j) == 0 {
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "the Lebanese Civil Defence", "Gaza's Civil Defense": a country's
	// rescue service, its people's name part of it.
	if j-i >= 2 && ws[j-2].text == "Civil" && (ws[j-1].text == "Defence" || ws[j-1].text == "Defense") && !ws[j-1].possessive || j-i >= 3 && ws[j-3].text == "Civil" && (ws[j-2].text == "Defence" || ws[j-2].text == "Defense") && ws[j-1].text == "Force" {
		s0 := i + boolInt(notNames[ws[i].lower()] && j-i > 2)
		if ws[s0].possessive {
			x.scanLexicon(a, p, ws, s0, s0+1, false)
			s0++
		}
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "An Bord Pleanála", "An Garda Síochána", "An Post": a name that
	// Irish's article opens, with an Irish body's word or a fada after
	// it, is a body's, the article part of it.
	if j-i >= 2 && ws[i].text == "An" && p.Text[ws[i].end:ws[i+1].start] == " " && x.lookup(ws, i+1, j) == 0 && irishName(ws[i+1:j]) {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "Knights of Columbus", "Friends of the Earth", "Fraternal Order of
	// Police": a fellowship's head word, "of" and a name are one body.
	if s0 := i + boolInt(notNames[ws[i].lower()]); j-s0 >= 3 && x.lookup(ws, s0, j) == 0 {
		for k := s0; k+2 < j && k <= s0+1; k++ {
			if fellowshipHeads[ws[k].lower()] && ws[k+1].lower() == "of" && !ws[k].possessive {
				x.addSpan(a, p, ws, s0, j, actors.Organization)
				return
			}
		}
	}
	// "signed with the Crown", "the Crown's case": the state, as the
	// Commonwealth's courts and treaties name it, no title.
	if j-i == 1 && ws[i].text == "Crown" && i > 0 && ws[i-1].lower() == "the" && !(j < len(ws) && ws[j].cap && p.Text[ws[i].end:ws[j].start] == " ") {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "functionary 58-year-old Arumugam of Kandamangalam, who …": one
	// name of a person, after an age or before "who", of a place.
	// (Not "Letter of Sisodia, who …": a common noun opening the
	// sentence is no one's name.)
	if j-i == 3 && ws[i+1].lower() == "of" && !ws[i+1].cap && plainName(ws[i:i+1]) && plainName(ws[i+2:j]) && x.lookup(ws, i, j) == 0 && !orgWords[ws[i].lower()] && !placeWords[ws[i].lower()] && !orgWords[ws[j-1].lower()] && !(ws[i].sentStart && commonWords()[ws[i].lower()]) && (ageBefore(p.Text[:ws[i].start]) || whoAfter.MatchString(p.Text[ws[j-1].end:])) {
		x.name(a, p, ws, i, i+1, "", false)
		x.addSpan(a, p, ws, i+2, j, actors.Place)
		return
	}
	// "Member of Parliament for St Elizabeth South Western Fitzroy
	// Greenaway", "MP for Scarborough Ellie Reid": a member's seat, then
	// the member's name of two words.
	// (Not "Member of Parliament for St Catherine Central, X": a seat
	// that ends in a compass word, the name set off after it; nor a
	// saint's name cut from the seat.)
	if f := memberSeatFor(ws, i, j); f > 0 && j-f >= 3 && plainName(ws[j-2:j]) && x.lookup(ws, j-2, j) == 0 && !spanHasOrgWord(ws[j-2:j]) && !placeWords[ws[j-1].lower()] && !compass[ws[j-1].lower()] && !saintWords[ws[j-3].lower()] && plainName(ws[f:j-2]) {
		x.addSpan(a, p, ws, f, j-2, actors.Place)
		x.name(a, p, ws, j-2, j, p.Text[ws[i].start:ws[j-3].end], false)
		return
	}
	// "Member of Parliament for St Catherine Central": the seat alone,
	// its member named after it, is a place.
	if f := memberSeatFor(ws, i, j); f > 0 && j-f >= 2 && plainName(ws[f:j]) && !ws[j-1].possessive && (compass[ws[j-1].lower()] || saintWords[ws[f].lower()]) {
		x.addSpan(a, p, ws, f, j, actors.Place)
		return
	}
	// "Chief Secretary for Administration Elton Cheung Wai-kin",
	// "Secretary for Constitutional and Mainland Affairs Edwin Tsoi": a
	// title, its portfolio after "for" or "of" (a body's word among
	// them), then a full name.
	if t := titleRunEnd(ws, i, j); t > i && t < j-1 && (ws[t].lower() == "for" || ws[t].lower() == "of") && !ws[t].cap {
		n := t + 1
		for n < j && (ws[n].cap && (portfolioWords[ws[n].lower()] || portfolioQualifiers[ws[n].lower()] || orgWords[ws[n].lower()]) || n > t+1 && ws[n].lower() == "and" && !ws[n].cap) {
			n++
		}
		if n > t+1 && ws[n-1].lower() != "and" && j-n >= 2 && (plainName(ws[n:j]) || patronymicName(ws[n:j])) && x.lookup(ws, n, j) == 0 && !spanHasOrgWord(ws[n:j]) {
			x.name(a, p, ws, n, j, p.Text[ws[i].start:ws[n-1].end], false)
			return
		}
	}
	// "Leader of the Opposition R. Manjunath Gowda", "Speaker of the
	// House Dana Orr": a title of a house or a board, then a name.
	if i >= 3 && j-i >= 3 && ws[i-1].lower() == "the" && ws[i-2].lower() == "of" && titles[ws[i-3].lower()] && houseWords[ws[i].lower()] && p.Text[ws[i].end:ws[i+1].start] == " " && plainName(ws[i+1:j]) && x.lookup(ws, i+1, j) == 0 {
		x.name(a, p, ws, i+1, j, p.Text[ws[i-3].start:ws[i].end], false)
		return
	}
	// "Ibadan, Oyo State", "in Rivers State": a word the lexicon does
	// not know, then "State", is a state of a federation (Nigeria's,
	// Sudan's, Malaysia's): a place. ("Ohio State", a university, is
	// named by a state the lexicon knows; "Islamic State" and "Police
	// State" by an adjective or a common word.)
	if s0 := i + boolInt(notNames[ws[i].lower()]); j-s0 == 2 && ws[j-1].text == "State" && !ws[s0].possessive && plainName(ws[s0:s0+1]) && x.lookup(ws, s0, s0+1) == 0 && x.lookup(ws, s0, j) == 0 && !titles[ws[s0].lower()] && !orgWords[ws[s0].lower()] && !commonWords()[ws[s0].lower()] && !strings.HasSuffix(ws[s0].lower(), "ic") && (j == len(ws) || !ws[j].cap || p.Text[ws[j-1].end:ws[j].start] != " ") {
		x.addSpan(a, p, ws, s0, j, actors.Place)
		return
	}
	// "Niger State": a state named after the country, as Nigeria names
	// one, is a place of its own.
	if n := x.lookup(ws, i, j); n > 0 && i+n == j-1 && ws[j-1].text == "State" && !ws[j-2].possessive && p.Text[ws[j-2].end:ws[j-1].start] == " " {
		if e := x.lex[wordsKey(ws[i:i+n])]; e.country && !e.demonym {
			x.addSpan(a, p, ws, i, j, actors.Place)
			return
		}
	}
	// Drop common words that are capitalised only because they start a
	// sentence ("Signs are mounting", "According to").
	// A title opening a sentence stays: "Mayor Lena Ortiz toured …",
	// though the corpus writes "the mayor" too.
	// So does a place's first word: "Storm Brenna made landfall", "Lake
	// Mweru rose", though the corpus writes "the storm", "the lake".
	// And so does the first word of a body's name (bodyFromStart): "High
	// Court judge X ruled", though the corpus writes "high-profile".
	// But not a given name that is a common word too ("Mark
	// Fairweather said", "Will Ashby, 41,"), which a person's cue after
	// the name tells.
	// Not "with To Lam, general secretary": "To", capitalised inside a
	// sentence before a name, is a Vietnamese family name (Tô).
	familyTo := ws[i].text == "To" && !ws[i].sentStart && j-i >= 2 && j-i <= 3 && plainName(ws[i+1:j]) && x.lookup(ws, i+1, j) == 0
	// ("Much Wenlock", "Much Hadham": an English village's first word
	// is no common word to drop.)
	for i < j && !paperTitle(ws, i, j) && !surnameHe(ws, i, j) && !allOfBody(ws, i, j) && !familyTo && (notNames[ws[i].lower()] && x.lookup(ws, i, j) < 2 && !(ws[i].text == "Much" && i+1 < j) || ws[i].sentStart && kinPlurals[ws[i].lower()] && j-i > 2 || ws[i].sentStart && openingJobs[ws[i].lower()] && j-i > 2 || x.localBodyOpening(p.Text, ws, i, j) || ws[i].sentStart && x.lowered[ws[i].lower()] && !x.capMid[ws[i].lower()] && x.lookup(ws, i, j) == 0 && !((titles[ws[i].lower()] || placePrefixes[ws[i].lower()] || compass[ws[i].lower()] || bodyParticiple(ws, i)) && i+1 < j) && !x.bodyFromStart(ws, i, j) && !givenNameOpening(p.Text, ws, i, j) && !x.countryBodyOfficer(p.Text, ws, i, j) && !x.countryBodyActs(p.Text, ws, i, j)) {
		i++
	}
	// "the Israel-Hamas war", "US-China talks": two actors the lexicon
	// knows, joined by a hyphen, are each named.
	if j-i == 1 {
		if left, right, ok := strings.Cut(ws[i].text, "-"); ok && !strings.Contains(right, "-") {
			el, okl := x.lex[keyOf(left)]
			er, okr := x.lex[keyOf(right)]
			if okl && okr && !el.demonym && !er.demonym {
				l, r := ws[i], ws[i]
				l.setText(left)
				l.end, l.possessive = ws[i].start+len(left), false
				r.setText(right)
				r.start = l.end + 1
				pair := []word{l, r}
				x.lexMention(a, p, pair, 0, 1, el)
				x.lexMention(a, p, pair, 1, 2, er)
				return
			}
		}
	}
	// "Chaudhry Naveed Akhtar-Gill": Punjab's landowners' title opening a
	// name of two words more; "Max Chaudhry" is a surname.
	if j-i >= 3 && openingTitles[ws[i].lower()] && x.lookup(ws, i, j) == 0 {
		i++
	}
	// "Forecaster Hollie Fennick said": a job opening the sentence before
	// a given name and a surname; a body may be a forecaster too ("MetSul,
	// a private forecaster"), so the word is no title elsewhere.
	if j-i >= 3 && ws[i].sentStart && sentenceJobs[ws[i].lower()] && givenName(ws[i+1].text) && x.lookup(ws, i, j) == 0 {
		i++
	}
	// "Opposition DA councillor Nicole Botha": a party's initials, after
	// the side it sits on, before its member's title in lower case.
	if j-i == 2 && partySides[ws[i].lower()] && isAcronym(ws[i+1].text) && j+1 < len(ws) && !ws[j].cap && titles[ws[j].lower()] && ws[j+1].cap && x.lookup(ws, i+1, j) == 0 {
		x.addSpan(a, p, ws, i+1, j, actors.Organization)
		return
	}
	// "the Christian CSC": a creed's adjective before a body's initials
	// is no part of its name ("Christian Democratic Union" keeps it).
	if j-i == 2 && creedAdjectives[ws[i].lower()] && isAcronym(ws[i+1].text) && p.Text[ws[i].end:ws[i+1].start] == " " {
		i++
	}
	// "Transport for London", "Transport for Leeds": a body named for
	// what it does and where, the place inside it a mention of its own.
	if x.portfolioForPlace(ws, i, j) {
		x.scanLexicon(a, p, ws, i, j, true)
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "Q: Is that enough?": a question's or an answer's letter is a
	// label, no one.
	// (Not "wrote in a post on X:", the platform.)
	if j-i == 1 && len(ws[i].text) == 1 && strings.HasPrefix(p.Text[ws[i].end:], ":") && !(ws[i].text == "X" && platformX(ws, i)) {
		return
	}
	// "the Sinaloa cartel", "the Tren de Aragua gang": a criminal group
	// named with its noun in lower case, after a place's name too, is a
	// body of that whole name.
	if j < len(ws) && !ws[j].cap && (ws[j].lower() == "cartel" || ws[j].lower() == "gang") && p.Text[ws[j-1].end:ws[j].start] == " " && !ws[j-1].possessive && i > 0 && ws[i-1].lower() == "the" && !ws[i-1].cap {
		x.addSpan(a, p, ws, i, j+1, actors.Organization)
		return
	}
	// "a shot from Dane Whitlock": a people's name that is also a given
	// name, before a surname, is a person's first name.
	if j-i == 2 && givenNameDemonyms[ws[i].lower()] && !ws[i].possessive && x.lookup(ws, i+1, j) == 0 && plainName(ws[i+1:j]) && p.Text[ws[i].end:ws[i+1].start] == " " {
		x.name(a, p, ws, i, j, "", false)
		return
	}
	// "Meatpacker Frigotex-Norte said", "Carmaker Velnet Motor": a
	// body's noun opening a sentence before a name says what the body
	// is; the name is the body's.
	if j-i >= 2 && ws[i].sentStart && companyNouns[ws[i].lower()] && x.lookup(ws, i, j) == 0 && plainName(ws[i+1:j]) && x.lookup(ws, i+1, j) == 0 {
		if jobBeforeName(ws, i, j) {
			x.name(a, p, ws, i+1, j, ws[i].text, false) // "Contractor Sarita X testified"
			return
		}
		x.addSpan(a, p, ws, i+1, j, actors.Organization)
		return
	}
	// "Pollster Sir Martin Hale said": a job opening a sentence before an
	// honorific is a role, not part of the name.
	if i+2 < j && ws[i].sentStart && x.lookup(ws, i, j) == 0 && !titles[ws[i].lower()] && !honorifics[ws[i].lower()] && (honorifics[ws[i+1].lower()] && ws[i+1].text != "MS" || nameHonours[ws[i+1].lower()]) {
		i++
	}
	// "“Joining Northvale lets us …”": a verb's -ing form opening a
	// sentence, whose verb the corpus writes in lower case ("will join"),
	// is not part of the name after it.
	// "Downing Street" stays: what is left would be a common word.
	if i+1 < j && ws[i].sentStart && x.lookup(ws, i, j) == 0 && x.loweredGerund(ws[i].lower()) && headWordKind(ws[i+1].lower()) == "" && !orgSuffixes[ws[i+1].lower()] && !x.bodyFromStart(ws, i, j) {
		i++
	}
	// "Shares of Veltrix Inc", "Residents of Mathare": a plural noun
	// opening a sentence, then "of", is not part of the name after it.
	if i+2 < j && ws[i].sentStart && ws[i+1].lower() == "of" && strings.HasSuffix(ws[i].lower(), "s") && !orgWords[ws[i].lower()] && !placeWords[ws[i].lower()] && x.lookup(ws, i, j) == 0 {
		i += 2
	}
	// So is such a plural before "for" and a body's whole name:
	// "Lawyers for Hallett Freight argued" (but "Lawyers for Human
	// Rights said" is a body's name).
	if i+3 < j && ws[i].sentStart && ws[i+1].lower() == "for" && strings.HasSuffix(ws[i].lower(), "s") && !orgWords[ws[i].lower()] && !placeWords[ws[i].lower()] && x.lookup(ws, i, j) == 0 && (orgSuffixes[ws[j-1].lower()] || orgWords[ws[j-1].lower()]) && !ws[j-1].possessive {
		i += 2
	}
	// "Hallett v. Department of Labor": a court case's name; the party
	// before "v." is named by the case, no actor of its own there.
	// ("Arizona v. Nevada": a party the lexicon knows is named.)
	if j < len(ws) && (strings.HasPrefix(p.Text[ws[j-1].end:], " v. ") || strings.HasPrefix(p.Text[ws[j-1].end:], " v ")) && j+1 < len(ws) && ws[j+1].cap && !ws[j-1].possessive && x.lookup(ws, i, j) == 0 {
		return
	}
	// "Senate Resolution No. 812", "Republic Act No. 11000": a
	// document's number is no part of a name.
	if j-i >= 2 && ws[j-1].text == "No" && numberedAfter.MatchString(p.Text[ws[j-1].end:]) {
		j--
	}
	// "every Marsden Remembrance Sunday service", "Good Friday": a day
	// the calendar names is no actor; the words before it are a name of
	// their own.
	if j-i >= 2 && weekdays[ws[j-1].lower()] && namedDayWords[ws[j-2].lower()] && !ws[j-2].possessive && p.Text[ws[j-2].end:ws[j-1].start] == " " {
		if j-i > 2 {
			x.span(a, p, ws, i, j-2)
		}
		return
	}
	// A weekday or month glued to a name's end: "… said Jane Roe Wednesday";
	// so are honours and silks after a name: "Jane Roe KC", "John Doe OBE".
	// So is a people's adjective: "on Munduruku Indigenous land".
	for j > i && (calendarWords[ws[j-1].lower()] || j-i > 1 && (postNominals[ws[j-1].text] || peopleAdjectives[ws[j-1].lower()])) {
		j--
	}
	if i >= j {
		return
	}
	// "Russia-Iran energy", "US-China talks": places paired by a hyphen,
	// ending a span, are each a mention, and the words before them a name
	// of their own ("Asia-Pacific Center" goes on as one name).
	if k := j - 1; k >= i {
		parts := x.pairedPlaces(ws[k].text)
		if parts == nil && k == i && !ws[k].possessive {
			parts = x.routeEnds(p.Text, ws, k)
		}
		if parts != nil {
			if k > i {
				x.span(a, p, ws, i, k)
			}
			// "Marseille-Provence airport": one airport named after its
			// city and region, no pair of places a road or a border joins.
			if k == i && j < len(ws) && ws[j].text == "airport" && !ws[k].possessive && p.Text[ws[k].end:ws[j].start] == " " {
				name := p.Text[ws[k].start:ws[j].end]
				x.add(&mention{key: keyOf(name), kind: actors.Place, name: name, surface: name, art: a, para: p, start: ws[k].start, end: ws[j].end, inQuote: ws[k].inQuote})
				return
			}
			at := ws[k].start
			for _, part := range parts {
				e, ok := x.lex[keyOf(part)]
				if !ok { // a city of the gazetteer: "the Maputo-Matola road"
					e = lexEntry{key: keyOf(part), kind: actors.Place, name: part}
				}
				x.add(&mention{key: e.key, kind: e.kind, name: e.name, surface: part, art: a, para: p, start: at, end: at + len(part), inQuote: ws[k].inQuote})
				at += len(part) + 1
			}
			return
		}
	}
	// "FRESNO, Calif. —", "Tulsa, Okla., police said": a state in the
	// news agencies' short form after a place is the state.
	if j == i+1 && i > 0 && ws[i].end < len(p.Text) && p.Text[ws[i].end] == '.' && p.Text[ws[i-1].end:ws[i].start] == ", " && ws[i-1].cap {
		if state, ok := stateAbbreviations[ws[i].text]; ok {
			x.add(&mention{key: keyOf(state), kind: actors.Place, name: state, surface: ws[i].text + ".", art: a, para: p, start: ws[i].start, end: ws[i].end + 1, inQuote: ws[i].inQuote})
			return
		}
	}
	// "STEVE HENN, BYLINE:", "JEFF SEENEY, DEPUTY PREMIER:": the part a
	// transcript's speaker plays is no actor.
	if i > 0 && p.Text[ws[i-1].end:ws[i].start] == ", " && transcriptPart(p.Text[ws[i-1].end:]) && strings.HasPrefix(p.Text[ws[j-1].end:], ":") {
		return
	}
	// "post-traumatic stress disorder (PTSD)", "gross domestic product
	// (GDP)": the initials of words in lower case name a thing, no body.
	if j == i+1 && isAcronym(ws[i].text) && strings.HasSuffix(p.Text[:ws[i].start], " (") && strings.HasPrefix(p.Text[ws[i].end:], ")") && lowerInitials(p.Text[:ws[i].start-2], ws[i].text) {
		return
	}
	// "charged with one count of Simple Battery Family Violence and one
	// count of Criminal Trespass": an offence's name is no actor.
	if chargeBefore.MatchString(textBefore(p.Text, ws[i].start, 40)) && x.lookup(ws, i, j) == 0 && !spanHasOrgWord(ws[i:j]) {
		return
	}
	// "A MAN in his 30s has died": a tabloid's opening words in
	// capitals are words, no initials.
	if j == i+1 && i == 1 && (ws[0].text == "A" || ws[0].text == "AN" || ws[0].text == "THE") && allCaps(ws[i].text) && commonWords()[ws[i].lower()] && ws[0].start == 0 {
		return
	}
	// "near Tullow, Co Carlow", "Co. Kerry": an Irish county by its
	// shortened word is the county.
	if j-i == 2 && (ws[i].text == "Co" || ws[i].text == "Co.") && irishCounties[ws[i+1].text] && !ws[i+1].possessive {
		surface := p.Text[ws[i].start:ws[i+1].end]
		x.add(&mention{key: ws[i+1].key, kind: actors.Place, name: ws[i+1].text, surface: surface, art: a, para: p, start: ws[i].start, end: ws[i+1].end, inQuote: ws[i].inQuote})
		return
	}
	// "the Brexit leak", "Obamacare": a policy's coined name is no actor.
	if j == i+1 && coinedWords[ws[i].text] {
		return
	}
	// "The Oscar-winning actor", "a best actor Oscar nomination", "won an
	// Emmy": an award is no actor.
	if j == i+1 && !ws[i].possessive {
		head, tail, hyphen := strings.Cut(ws[i].text, "-")
		if hyphen && awardAdjectives[tail] {
			return
		}
		if awardNames[head] && !hyphen {
			before := strings.ToLower(textBefore(p.Text, ws[i].start, 12))
			after := strings.ToLower(textAfter(p.Text, ws[i].end, 16))
			if strings.HasSuffix(before, "an ") || strings.HasSuffix(before, "the ") || strings.HasSuffix(before, "actor ") || strings.HasSuffix(before, "actress ") || awardNounAfter.MatchString(after) {
				return
			}
		}
	}
	// "a Grand Slam champion": a class of tournament is no actor.
	if joinWords(ws[i:j]) == "Grand Slam" || joinWords(ws[i:j]) == "Grand Slams" {
		return
	}
	// "Q. Talk about …": a transcript's question opens the paragraph.
	if ws[i].text == "Q" && ws[i].start == 0 && strings.HasPrefix(p.Text[ws[i].end:], ". ") {
		if j-i == 1 {
			return
		}
		i++
	}
	// "cut to Market Perform from Strong Buy": an analyst's rating.
	if ratingNames[joinWords(ws[i:j])] {
		return
	}
	// "the 20th Amendment to the Constitution": a law's text is no
	// actor; nor is "the Internet".
	if j == i+1 && (ws[i].text == "Constitution" || ws[i].text == "Amendment" || ws[i].text == "Internet") {
		return
	}
	// "P/Col. Jean Fajardo", "P/Maj. X": the Philippine police's
	// letter before a rank is no name.
	if j == i+1 && ws[i].text == "P" && strings.HasPrefix(p.Text[ws[i].end:], "/") {
		return
	}
	// "In Q1,", "Q3 was a difficult quarter", "FY2024": a business
	// quarter, half or year is no actor.
	if j == i+1 && fiscalPeriod(ws[i].text) {
		return
	}
	// "300 B.C.", "AD 79": an era beside a year is no actor.
	if j == i+1 && eraWords[strings.TrimSuffix(ws[i].text, ".")] && (i > 0 && allDigits(ws[i-1].text) && p.Text[ws[i-1].end:ws[i].start] == " " || i+1 < len(ws) && allDigits(ws[i+1].text) && p.Text[ws[i].end:ws[i+1].start] == " ") {
		return
	}
	// "Kelowna, B.C.,", "Halifax, N.S.": a short form of letters and
	// periods, which the word keeps whole.
	if j == i+1 && i > 0 && strings.HasSuffix(ws[i].text, ".") && p.Text[ws[i-1].end:ws[i].start] == ", " && ws[i-1].cap {
		if state, ok := stateAbbreviations[strings.TrimSuffix(ws[i].text, ".")]; ok {
			x.add(&mention{key: keyOf(state), kind: actors.Place, name: state, surface: ws[i].text, art: a, para: p, start: ws[i].start, end: ws[i].end, inQuote: ws[i].inQuote})
			return
		}
	}
	// "HARTFIELD, CT", "Orlando, FL —": a state's postal code after a
	// place and a comma, the line or the clause ending there.
	if j == i+1 && i > 0 && p.Text[ws[i-1].end:ws[i].start] == ", " && ws[i-1].cap && !ws[i].possessive {
		if state, ok := statePostalCodes[ws[i].text]; ok && postalCodeEnd.MatchString(p.Text[ws[i].end:]) {
			x.add(&mention{key: keyOf(state), kind: actors.Place, name: state, surface: ws[i].text, art: a, para: p, start: ws[i].start, end: ws[i].end, inQuote: ws[i].inQuote})
			return
		}
	}
	// "Climate Crisis and Civil Protection Minister X": the words before
	// "and" are the first half of a minister's portfolio, no actor.
	if x.lookup(ws, i, j) == 0 && allPortfolio(ws[i:j]) && portfolioBeforeAnd(p.Text, ws, j) {
		return
	}
	// "the 47th Separate Mechanized Brigade": a unit's number is part
	// of its name.
	// So is a court's circuit: "the 9th U.S. Circuit Court of Appeals".
	// And a British unit's plain number: "815 Naval Air Squadron", "3
	// Commando Brigade" (not "sent 300 Marine Corps troops", a count).
	if i > 0 && (unitWords[ws[j-1].lower()] || circuitCourt(ws[i:j])) && (ordinal(ws[i-1].text) || unitWords[ws[j-1].lower()] && len(ws[i-1].text) <= 4 && allDigits(ws[i-1].text) && !(j < len(ws) && unitCounted[ws[j].lower()])) && p.Text[ws[i-1].end:ws[i].start] == " " {
		x.scanLexicon(a, p, ws, i, j, true) // "U.S." inside
		i--
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "District Lodge 70", "Union No. 1": a body's numbered branch.
	// "won 52 and the Congress 19": a tally's next body, then its count.
	if j-i >= 2 && branchNumber(ws[j-1].text) && orgWords[ws[j-2].lower()] && tallyBefore.MatchString(textBefore(p.Text, ws[i].start, 30)) {
		x.span(a, p, ws, i, j-1)
		return
	}
	if j-i >= 2 && branchNumber(ws[j-1].text) && (orgWords[ws[j-2].lower()] || branchWords[ws[j-2].lower()] || ws[j-2].text == "No" && j-i >= 3) {
		// "the International Association of Machinists and Aerospace
		// Workers District Lodge 70": a body's name, then its branch's.
		if b := j - 2; branchWords[ws[b].lower()] {
			if b-1 > i && (ws[b-1].lower() == "district" || ws[b-1].lower() == "regional") {
				b--
			}
			if b-i >= 2 && spanHasOrgWord(ws[i:b]) {
				x.span(a, p, ws, i, b)
				// The branch is named in full, its own name an alias:
				// "Amalgamated Transit Union Local 1505", "Local 1505".
				full := p.Text[ws[i].start:ws[j-1].end]
				short := p.Text[ws[b].start:ws[j-1].end]
				x.add(&mention{key: keyOf(short), kind: actors.Organization, name: full, surface: short, art: a, para: p, start: ws[b].start, end: ws[j-1].end, inQuote: ws[b].inQuote})
				return
			}
		}
		x.scanLexicon(a, p, ws, i, j, true)
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "PT Halmahera Nikel Utama", "PJSC Tessa Energo": a company's legal
	// form before its name.
	if j-i >= 2 && companyPrefixes[ws[i].text] {
		x.scanLexicon(a, p, ws, i, j, true)
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "Korvex's own Lumen OS": an operating system, no actor.
	if j-i >= 2 && ws[j-1].text == "OS" {
		return
	}
	// "wrote on X", "in a post on X": the platform, a body.
	if j == i+1 && ws[i].text == "X" && platformX(ws, i) {
		x.add(&mention{key: keyOf("X"), kind: actors.Organization, name: "X", surface: "X", art: a, para: p, start: ws[i].start, end: ws[i].end, inQuote: ws[i].inQuote})
		return
	}
	// "the BRP Sierra Madre", "the tanker Sea Dove": a ship's name, no
	// actor (nor are the people and places a ship is named after).
	if vesselName(p.Text, ws, i, j) {
		// Its other mentions name no one either: "the ferry Glen Rosa …
		// Glen Rosa would take over the route".
		if s0 := i + boolInt(vesselPrefixes[ws[i].text] && j-i >= 2); !ws[j-1].possessive {
			x.things[[2]string{a.ID, keyOf(p.Text[ws[s0].start:ws[j-1].end])}] = true
		}
		return
	}
	// "on CBS's “Face the Nation”", her album “Glass Harbour”: a name
	// that is all of a quotation is a work's title, no actor (a
	// nickname, "known as “Hemedti”", is one).
	if quotedWhole(p.Text, ws[i].start, ws[j-1].end) {
		// "“Nurlan Seitkaliyev”, a member of the Mazhilis, said": a
		// person's name some outlets set in quotation marks.
		if j-i >= 2 && j-i <= 4 && quotedPersonAfter.MatchString(textAfter(p.Text, ws[j-1].end, 80)) {
			for k := i; k < j; k++ {
				ws[k].inQuote = false
			}
		} else if !nicknameCueBefore(p.Text[:ws[i].start]) {
			return
		}
		// A name in quotation marks is no one's words.
		for k := i; k < j; k++ {
			ws[k].inQuote = false
		}
		// "X, known as “El Contador”": the nickname names X.
		if prev := x.nicknamed(p, ws[i].start); prev != nil {
			surface := p.Text[ws[i].start:ws[j-1].end]
			x.add(&mention{key: prev.key, kind: prev.kind, name: prev.name, surface: surface, art: a, para: p, start: ws[i].start, end: ws[j-1].end, inQuote: ws[i].inQuote})
			return
		}
	}
	// "the project, known as Thor Vest,", "an operation dubbed Iron
	// Shield": a thing named after its noun is no actor (a programme or
	// a mission so named is a body: "the mission, known as BINUH").
	if thingNamedBefore.MatchString(textBefore(p.Text, ws[i].start, 60)) && x.lookup(ws, i, j) == 0 {
		return
	}
	// "A coalition of parties and civil society groups known as Wakit
	// Tama": a name a body's noun is known by is the body's.
	if bodyNamedBefore.MatchString(textBefore(p.Text, ws[i].start, 80)) && x.lookup(ws, i, j) == 0 && !ws[j-1].possessive {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "a man named Sarenput-Ankh", "a woman called Amara X": a name
	// given to a person's noun is a person's.
	if personNamedBefore.MatchString(textBefore(p.Text, ws[i].start, 40)) && x.lookup(ws, i, j) == 0 && !ws[j-1].possessive && j-i <= 4 {
		x.addSpan(a, p, ws, i, j, actors.Person)
		return
	}
	// "Musa Adam Haroun, known as Abu Shanab,": a nickname written
	// without quotation marks names the person before it too.
	if !ws[j-1].possessive && strings.HasSuffix(p.Text[:ws[i].start], " as ") && x.lookup(ws, i, j) == 0 && (j == len(ws) || strings.ContainsAny(p.Text[ws[j-1].end:ws[j].start], ",).;")) {
		if prev := x.nicknamed(p, ws[i].start); prev != nil {
			surface := p.Text[ws[i].start:ws[j-1].end]
			x.add(&mention{key: prev.key, kind: prev.kind, name: prev.name, surface: surface, art: a, para: p, start: ws[i].start, end: ws[j-1].end, inQuote: ws[i].inQuote})
			return
		}
	}
	// "Prema driver Idris X took pole": a word no dictionary holds,
	// opening a sentence before a team's member and a name, is the team.
	if j-i == 1 && ws[i].sentStart && j+1 < len(ws) && !ws[j].cap && teamMembers[ws[j].lower()] && ws[j+1].cap && !ws[i].possessive && !commonWords()[ws[i].lower()] && !x.lowered[ws[i].lower()] && x.lookup(ws, i, j) == 0 && p.Text[ws[i].end:ws[j].start] == " " {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "Pop singer Vessaly has cancelled", "Singer Vessaly cancelled": a
	// performer known by one name, after the calling.
	if s0 := i + boolInt(j-i == 2 && ws[i].sentStart && stageCallings[ws[i].lower()]); j-s0 == 1 && (s0 > i || i > 0 && !ws[i-1].cap && stageCallings[ws[i-1].lower()] && p.Text[ws[i-1].end:ws[i].start] == " ") && !ws[s0].possessive && x.lookup(ws, s0, j) == 0 && !commonWords()[ws[s0].lower()] && !x.lowered[ws[s0].lower()] && !isAcronym(ws[s0].text) {
		surface := p.Text[ws[s0].start:ws[s0].end]
		x.add(&mention{key: keyOf(surface), kind: actors.Person, name: surface, surface: surface, art: a, para: p, start: ws[s0].start, end: ws[s0].end, inQuote: ws[s0].inQuote})
		return
	}
	// "Mercy Chebet (KEN) 13:58.06": a sports nation's code in brackets
	// after an athlete's name, before a time or score, is no body.
	if j == i+1 && i >= 2 && len(ws[i].text) == 3 && allCaps(ws[i].text) && strings.HasSuffix(p.Text[:ws[i].start], " (") && resultAfter.MatchString(p.Text[ws[i].end:]) && athleteBefore(ws, i) {
		return
	}
	// "the Choe Hyon-class destroyer": a class of ships or arms is named
	// for its first, no actor.
	if j < len(ws) && ws[j].lower() == "class" && p.Text[ws[j-1].end:ws[j].start] == "-" {
		return
	}
	// "Updated Dec 3, 2026 at 4:15 p.m.", "Posted November 30": a page's
	// time stamp, no actor.
	if j-i >= 2 && timestampLabels[ws[i].lower()] && (monthAbbreviations[strings.TrimSuffix(ws[j-1].lower(), ".")] || calendarWords[ws[j-1].lower()]) {
		return
	}
	// "FRANKFURT, Nov 10 (Reuters)", "on Sept. 22": a month, written
	// short, before a day is a date ("Jan Kowalski" and "Mar del Plata"
	// are names); "Rs 6,000", "Sh1 billion": a currency before a sum is
	// money.
	if j == i+1 && (monthAbbreviations[strings.TrimSuffix(ws[i].lower(), ".")] || currencies[strings.TrimSuffix(ws[i].lower(), ".")]) && j < len(ws) && allDigits(ws[j].text) {
		return
	}
	// "Bernstein analyst Olu Grant", "Rabobank economists": a name before
	// a firm's employee in lower case, with a name after, is
	// the firm, unless the lexicon knows it ("Chinese analyst").
	if j-i <= 3 && j+1 < len(ws) && !ws[j].cap && employeeTitles[ws[j].lower()] && p.Text[ws[j-1].end:ws[j].start] == " " && !ws[j-1].possessive && x.lookup(ws, i, j) == 0 && plainName(ws[i:j]) && !qualifierWords[ws[i].lower()] && !(ws[i].sentStart && x.lowered[ws[i].lower()]) && ws[j+1].cap {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "(HLVN.O)", "(VLTG.DE)": a company's code on an exchange, after
	// its name, is neither a body nor a person.
	if j-i <= 2 && instrumentCode(p.Text, ws[i].start, ws[j-1].end) {
		return
	}
	// "Cascadia Air Flight 2217": a flight by its number is no actor,
	// and the words before it name the airline.
	if j < len(ws) && ws[j-1].lower() == "flight" && allDigits(ws[j].text) && p.Text[ws[j-1].end:ws[j].start] == " " {
		switch {
		case j-i < 2:
		case x.lookup(ws, i, j-1) == j-1-i:
			x.span(a, p, ws, i, j-1) // an airline the lexicon knows
		default:
			x.addSpan(a, p, ws, i, j-1, actors.Organization)
		}
		return
	}
	// "Route 9", "Interstate 95", "Highway 1": a road named by number;
	// so is "U.S. Highway 24", the country's or the state's road.
	if roadWords[ws[j-1].lower()] && (j == i+1 || j == i+2 && isAcronym(ws[i].text)) && j < len(ws) && allDigits(ws[j].text) && p.Text[ws[j-1].end:ws[j].start] == " " {
		x.addSpan(a, p, ws, i, j+1, actors.Place)
		return
	}
	// "State Highway 71", "County Road 12", "Farm-to-Market Road
	// 1080": a road a state or a county numbers, named with its kind.
	// So is "Oregon Route 140", a state's road named with its state.
	if s0 := i + boolInt(notNames[ws[i].lower()]); j-s0 >= 2 && j-s0 <= 4 && (roadWords[ws[j-1].lower()] || ws[j-1].text == "Road") && j < len(ws) && allDigits(ws[j].text) && p.Text[ws[j-1].end:ws[j].start] == " " && (x.lookup(ws, s0, j) == 0 || x.placeBefore(ws, s0, s0+x.lookup(ws, s0, j))) && !ws[j-1].possessive {
		x.addSpan(a, p, ws, s0, j+1, actors.Place)
		return
	}
	// "Serie A", "Liga MX": a football league by its class, even after
	// "in" (contextKind has it after a possessive).
	if j-i == 2 && leagueWords[ws[i].lower()] && (classMark(ws[i+1].text) || isAcronym(ws[i+1].text)) {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "bottom of the Championship", "promoted from the Championship":
	// England's second tier goes by the word alone after "the"; an
	// event's championship is named with more ("the Open Championship").
	if j-i == 1 && ws[i].text == "Championship" && i > 0 && ws[i-1].text == "the" && p.Text[ws[i-1].end:ws[i].start] == " " && !ws[i].possessive {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "according to L'Écho Sportif", "L'Oréal": a name opened by the
	// French article is a title's or a firm's, never a person's (a
	// town's, "L'Aquila", the gazetteer knows).
	if (strings.HasPrefix(ws[i].text, "L'") || strings.HasPrefix(ws[i].text, "L’")) && x.lookup(ws, i, j) == 0 && !x.isCity(keyOf(p.Text[ws[i].start:ws[j-1].end])) {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "he told France Bleu Occitanie", "told Kenya Times": a country's
	// name and more after "told" are a broadcaster's or a paper's, not
	// the country and a person (a country that is also a given name,
	// "told Georgia Hale", is left alone).
	if i > 0 && ws[i-1].lower() == "told" && !ws[i-1].cap && j-i >= 2 && !ws[j-1].possessive && plainName(ws[i:j]) && !givenNameCountries[ws[i].lower()] {
		if n := x.lookup(ws, i, j); n > 0 && n < j-i && x.placeBefore(ws, i, i+n) && x.lookup(ws, i+n, j) == 0 {
			x.addSpan(a, p, ws, i, j, actors.Organization)
			return
		}
	}
	// "Ligue 1", "Liga 3": its class a number.
	if j-i == 1 && leagueWords[ws[i].lower()] && j < len(ws) && allDigits(ws[j].text) && classMark(ws[j].text) && p.Text[ws[i].end:ws[j].start] == " " {
		x.addSpan(a, p, ws, i, j+1, actors.Organization)
		return
	}
	// "Bundesliga side Wesertal 05", "Schalke 04": a club's year, two
	// digits after its name, is part of the name where a team's noun
	// comes before it or the year is written with its zero.
	if j-i == 1 && j < len(ws) && len(ws[j].text) == 2 && allDigits(ws[j].text) && p.Text[ws[i].end:ws[j].start] == " " && !ws[i].possessive && x.lookup(ws, i, j) == 0 && (ws[j].text[0] == '0' || i > 0 && clubNouns[ws[i-1].lower()]) {
		x.addSpan(a, p, ws, i, j+1, actors.Organization)
		return
	}
	// "permits in Sector 4", "in Ward 12": a city's numbered district,
	// after a place's preposition, is a place, its number part of its
	// name.
	if j == i+1 && numberedDistricts[ws[i].lower()] && j < len(ws) && allDigits(ws[j].text) && p.Text[ws[i].end:ws[j].start] == " " && i > 0 && placePrepositions[ws[i-1].lower()] && !ws[i-1].cap {
		x.addSpan(a, p, ws, i, j+1, actors.Place)
		return
	}
	// "Customers of Brightwater.com": a site by its web address is its
	// company's name.
	if j-i == 1 && webAddress(ws[i].text) {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "COP31", "COP30 in Belém": a UN climate conference by its number
	// is an event, no actor.
	if j-i == 1 && strings.HasPrefix(ws[i].text, "COP") && len(ws[i].text) > 3 && allDigits(ws[i].text[3:]) {
		return
	}
	// "Band D households", "Category 3", "Plan B": a common word and a
	// letter or number name a class, not an actor.
	if j-i == 2 && (x.lowered[ws[i].lower()] || ws[i].sentStart && !x.capMid[ws[i].lower()]) && !titles[ws[i].lower()] && !honorifics[ws[i].lower()] && !placePrefixes[ws[i].lower()] && !numberedPlaceWords[ws[i].lower()] && classMark(ws[i+1].text) {
		return
	}
	// "The South African Music Awards said in a statement": an event's
	// name that speaks is its organisers', a body.
	if s0 := i + boolInt(notNames[ws[i].lower()]); j-s0 >= 2 && !ws[j-1].possessive && eventWords[ws[j-1].lower()] && !spanHasOrgWord(ws[s0:j]) && x.lookup(ws, s0, j) != j-s0 && speechVerbAt(p.Text[ws[j-1].end:]) {
		x.scanLexicon(a, p, ws, s0, j, true)
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "Ndi Anambra", "Ndi Igbo": Igbo's "the people of" before a place
	// or a nation names a people, no one.
	if j-i >= 2 && ws[i].text == "Ndi" {
		return
	}
	// "Pell Grant payments", "a Rhodes Scholarship": an award named
	// after its founder is no actor; "Hugh Grant" has a given name.
	// A place's programme is a body ("Puerto Rico Sea Grant").
	if j-i == 2 && awardTails[ws[j-1].lower()] && !ws[j-1].possessive && !givenName(ws[i].text) && x.lookup(ws, i, j) == 0 && !x.isPlaceName(ws[i].key) && !orgWords[ws[i].lower()] {
		return
	}
	// "the Nordic Council Music Prize", "the Royal Society Science Book
	// Prize": a prize a body gives, named after it; the body is named.
	if j-i >= 3 && (ws[j-1].lower() == "prize" || ws[j-1].lower() == "award" || ws[j-1].lower() == "medal") && !ws[j-1].possessive {
		for k := j - 2; k > i; k-- {
			if orgWords[ws[k].lower()] && !ws[k].possessive {
				x.span(a, p, ws, i, k+1)
				return
			}
		}
	}
	// "the game's publisher Riot Games", "developer Summit Games": a
	// firm named after a firm's noun, whatever word ends its name.
	if j-i >= 2 && eventWords[ws[j-1].lower()] && !ws[j-1].possessive && i > 0 && !ws[i-1].cap && leadingOrgNouns[ws[i-1].lower()] && p.Text[ws[i-1].end:ws[i].start] == " " && x.lookup(ws, i, j) == 0 {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "a 22-year-old man from Clarks Summit", "residents of Cup Hill": a
	// person's home is a place, whatever word ends its name.
	if k := j - 1; j-i >= 2 && eventWords[ws[k].lower()] && !ws[k].possessive && x.lookup(ws, i, j) == 0 && plainName(ws[i:j]) && homeBefore.MatchString(textBefore(p.Text, ws[i].start, 40)) {
		x.addSpan(a, p, ws, i, j, actors.Place)
		return
	}
	// ("Summit & Pine": a name with an ampersand is a firm's.)
	// (Nor a name the lexicon knows whole: "JPMorgan Chase".)
	ampersand := strings.Contains(p.Text[ws[i].start:ws[j-1].end], " & ") || x.lookup(ws, i, j) == j-i
	for k := i; k < j && !ampersand; k++ {
		// ("Summit Basin Constructors", "Festival Bakery": a firm's
		// ending after the event's word names the firm.)
		if eventWords[ws[k].lower()] && !spanHasOrgWord(ws[i:j]) && !(k > i && pluralPossessive(p.Text, ws[k-1], ws[k])) && !(k < j-1 && orgSuffixes[ws[j-1].lower()] && !ws[j-1].possessive && !eventWords[ws[j-1].lower()]) {
			// "Colombia's Episcopal…", "Russia's Victory Day": the owner
			// before the event's name is named all the same.
			for o := k - 1; o >= i; o-- {
				if ws[o].possessive {
					x.span(a, p, ws, i, o+1)
					break
				}
			}
			// "Treaty Negotiations Minister Paul Hart": the event's word
			// is the portfolio of a title before a name.
			for t := k + 1; t < j-1; t++ {
				if titles[ws[t].lower()] && !ws[t].possessive && plainName(ws[t+1:j]) && x.lookup(ws, t+1, j) == 0 {
					x.name(a, p, ws, t+1, j, p.Text[ws[i].start:ws[t].end], false)
					return
				}
			}
			// "the FIDE World Rapid Championship", "the FIFA World Cup":
			// a body's initials the lexicon knows, opening the event's
			// name, are the body that holds it.
			if s0 := i + boolInt(notNames[ws[i].lower()]); s0 < k && isAcronym(ws[s0].text) && x.lookup(ws, s0, s0+1) == 1 && !ws[s0].possessive {
				if e := x.lex[ws[s0].key]; e.kind == actors.Organization {
					x.lexMention(a, p, ws, s0, s0+1, e)
				}
			}
			return // "Korean War", "Victory Day", but "Election Commission"
		}
	}
	if s0 := i + boolInt(notNames[ws[i].lower()] && j-i > 2); j-s0 == 2 && prizeMetals[ws[s0].lower()] && prizeNouns[ws[s0+1].lower()] && x.lookup(ws, s0, j) == 0 {
		return // "the Silver Bear for best director"
	}
	// "the Affordable Care Act", "a New Drug Application": a law's or a
	// document's name, no actor ("Canada Pension Plan" is a fund's).
	// A place's noun after it makes it a place's name after all: "the
	// Sonali Knit Composite factory".
	placeAfter := j < len(ws) && !ws[j].cap && placeNouns[ws[j].lower()] && p.Text[ws[j-1].end:ws[j].start] == " "
	// "Meghna Knit Composite": a mill that knits, dyes and sews, as
	// Bangladesh's garment makers name themselves, is no index.
	if j-i >= 3 && ws[j-1].lower() == "composite" && textileWords[ws[j-2].lower()] && !placeAfter && x.lookup(ws, i, j) != j-i {
		x.addSpan(a, p, ws, i+boolInt(notNames[ws[i].lower()]), j, actors.Organization)
		return
	}
	// (Not "the National Agency for Energy Regulation": a body's word,
	// then "for" or "of" and its charge, is the body, whatever the
	// charge's last word.)
	bodyOfCharge := orgWordThenCharge(ws[i:j])
	if j-i >= 2 && thingWords[ws[j-1].lower()] && x.lookup(ws, i, j) != j-i && ws[j-2].lower() != "pension" && !placeAfter && !bodyOfCharge {
		// "the MSCI All Country World Index": the body's initials
		// opening it are the body that makes it.
		k := i
		if notNames[ws[k].lower()] && k+1 < j {
			k++
		}
		if k+1 < j && isAcronym(ws[k].text) && len(ws[k].text) >= 3 && !notOrgAcronyms[ws[k].text] && x.lookup(ws, k, k+1) == 0 {
			x.addSpan(a, p, ws, k, k+1, actors.Organization)
		} else {
			x.scanLexicon(a, p, ws, i, j, true)
		}
		return
	}
	if (i == 0 || agencyFirst.MatchString(p.Text[:ws[i].start])) && x.dateline(a, p, ws, i, j) {
		return
	}
	// "Istanbul-based Kaya Yatırım": a name after "X-based" is a body's.
	if i > 1 && ws[i-1].lower() == "based" && p.Text[ws[i-2].end:ws[i-1].start] == "-" && p.Text[ws[i-1].end:ws[i].start] == " " && x.lookup(ws, i, j) != j-i {
		name := p.Text[ws[i].start:ws[j-1].end]
		x.scanLexicon(a, p, ws, i, j, true)
		x.add(&mention{key: keyOf(name), kind: actors.Organization, name: name, surface: name, art: a, para: p, start: ws[i].start, end: ws[j-1].end, inQuote: ws[i].inQuote})
		return
	}
	// "the industry group Cycling Industries Europe": after an
	// organisation noun, the whole span is the body's name; so after
	// one set off by a comma ("the national weather service, Met
	// Éireann"), even a name of one word with a capital inside ("the
	// statistics agency, ZimStat"), or one that ends the apposition
	// ("the electoral service, Servel."), a body's way to write its name. Not when the name opens with a title: "party MP T.
	// Kavitha Ramalingam" is a person.
	// Nor "at DNB, Norway's largest bank, Myklebust-Røed, 47, now heads":
	// a person's age after the name, or a surname the article gave a
	// person.
	if i > 0 && orgNouns[ws[i-1].lower()] && !ws[i-1].cap && !x.personsJob(ws, i-1) && !agedAfter(p.Text[ws[j-1].end:]) && !(j-i == 1 && x.personSurname(a, ws[i].text)) && !(titles[ws[i].lower()] && !qualifierTitles[ws[i].lower()] && j-i >= 2) && (p.Text[ws[i-1].end:ws[i].start] == " " || p.Text[ws[i-1].end:ws[i].start] == ", " && i > 1 && !ws[i-2].cap && !x.personSetOff(p.Text, ws, i, j)) && (j-i > 1 || p.Text[ws[i-1].end:ws[i].start] == ", " && !ws[i].sentStart && (innerCapital(ws[i].text) || appositionEnds(p.Text[ws[j-1].end:]))) && x.lookup(ws, i, j) != j-i {
		// "Chinese firm Baidu's Apollo Go": the firm, and the business
		// its possessive names, are two bodies.
		// But "the opposition People's Party" is one.
		if k := slices.IndexFunc(ws[i:j-1], func(w word) bool { return w.possessive }); k >= 0 && !(collectivePossessors[ws[i+k].lower()] && orgWords[ws[j-1].lower()]) {
			x.addSpan(a, p, ws, i, i+k+1, actors.Organization)
			x.addSpan(a, p, ws, i+k+1, j, actors.Organization)
			return
		}
		name := p.Text[ws[i].start:ws[j-1].end]
		x.scanLexicon(a, p, ws, i, j, true)
		x.add(&mention{key: keyOf(name), kind: actors.Organization, name: name, surface: name, art: a, para: p, start: ws[i].start, end: ws[j-1].end, inQuote: ws[i].inQuote})
		return
	}
	// "Promoter Live Nation said", "Broadcaster KBC said": a body's
	// description opening the sentence, then its name.
	if ws[i].sentStart && j-i >= 2 && leadingOrgNouns[ws[i].lower()] && x.lookup(ws, i+1, j) == j-i-1 {
		x.scanLexicon(a, p, ws, i+1, j, false) // a body the lexicon knows
		return
	}
	// Not "Promoter Gideon Marsh of …": a given name and a surname after
	// the noun are a person, the noun their job.
	if ws[i].sentStart && j-i >= 2 && leadingOrgNouns[ws[i].lower()] && !jobBeforeName(ws, i, j) && !(j-i >= 3 && givenName(ws[i+1].text) && ws[i+2].cap && !orgWords[ws[i+2].lower()] && !isAcronym(ws[i+2].text)) {
		name := p.Text[ws[i+1].start:ws[j-1].end]
		x.scanLexicon(a, p, ws, i+1, j, true)
		x.add(&mention{key: keyOf(name), kind: actors.Organization, name: name, surface: name, art: a, para: p, start: ws[i+1].start, end: ws[j-1].end, inQuote: ws[i+1].inQuote})
		return
	}
	// "Metro Manila", "Mount Kenya": a place prefix makes the span a
	// place, though the lexicon knows its last word; not a body's name
	// ("Gulf Longshore Workers Union", "Mount Sinai Hospital").
	// Nor "Barangay Captain Lito X": an officer's title after the prefix
	// makes it the officer's role.
	// "Port Alberni RCMP", "Surrey RCMP": a place, then the initials
	// of a body the lexicon knows, is the body's branch there: a body
	// of the whole name, beside the place.
	if s0 := i + boolInt(notNames[ws[i].lower()]); j-s0 >= 2 && isAcronym(ws[j-1].text) && !ws[j-1].possessive && !ws[j-2].possessive && p.Text[ws[j-2].end:ws[j-1].start] == " " && x.lookup(ws, j-1, j) == 1 && x.lex[ws[j-1].key].kind == actors.Organization && (x.placeOpening(ws, s0, j-1) || detachedForces[ws[j-1].text] && j-1-s0 <= 2 && plainName(ws[s0:j-1]) && x.lookup(ws, s0, j-1) == 0) {
		if e, ok := x.lex[wordsKey(ws[s0:j-1])]; ok {
			x.lexMention(a, p, ws, s0, j-1, e)
		} else {
			x.addSpan(a, p, ws, s0, j-1, actors.Place)
		}
		x.addSpan(a, p, ws, s0, j, actors.Organization)
		return
	}
	// "Super Typhoon Haiyan", "Severe Tropical Cyclone Yasi": a storm's
	// grade before its word is no part of its name.
	if j-i >= 3 && stormGrades[ws[i].lower()] && placePrefixes[ws[i+1].lower()] {
		i++
	}
	// "Tropical Cyclone Fina" is "Cyclone Fina", as Australia writes it
	// both ways (not "Tropical Cyclone Wind Signal No. 8", Hong Kong's
	// warning).
	if j-i == 3 && ws[i].text == "Tropical" && ws[i+1].text == "Cyclone" {
		i++
	}
	// (Not "Tel Aviv's Hostages Square": a known place's, possessive.)
	if placePrefixes[ws[i].lower()] && j-i > 1 && x.lookup(ws, i, j) != j-i && x.lookup(ws, i, i+1) == 0 && !(ws[i+1].possessive && x.lookup(ws, i, i+2) == 2) && !orgWords[ws[j-1].lower()] && !orgSuffixes[ws[j-1].lower()] && !(j-i >= 4 && titles[ws[i+1].lower()] && !ws[i+1].possessive && !titles[ws[i].lower()]) &&
		// "Barangay Captain Dumaguing did not comment": a village's title
		// before a surname alone.
		!(j-i == 3 && titles[ws[i+1].lower()] && !ws[i+1].possessive && !titles[ws[i].lower()] && plainName(ws[i+2:j]) && x.lookup(ws, i+2, j) == 0 && !placeWords[ws[i+2].lower()]) &&
		// "Metro Jaya Police Chief X": a body's word, then a title.
		!bodyWordThenTitle(p.Text, ws[:j], i+1) {
		kind := actors.Place
		if ws[i].lower() == "port" && portActs(p.Text, ws, i, j) {
			kind = actors.Organization // "The Port of X suspended night shifts"
		}
		x.addSpan(a, p, ws, i, j, kind)
		return
	}
	// "National Highways", "State Farm": a qualifier that makes a title
	// only before another ("National Security Adviser"), then one word
	// that is no title, is a body's name.
	if j-i == 2 && qualifierTitles[ws[i].lower()] && !titles[ws[i+1].lower()] && !honorifics[ws[i+1].lower()] && x.lookup(ws, i, j) == 0 {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "Harlan & Cole", "Rise & Shine": a name with an ampersand is a
	// body's, never a person's.
	// "Marks & Spencer's U.S. listing": the name ends at its possessive.
	if k := slices.IndexFunc(ws[i:j-1], func(w word) bool { return w.possessive }); k >= 0 && strings.Contains(p.Text[ws[i].start:ws[i+k].end], " & ") {
		name := p.Text[ws[i].start:ws[i+k].end]
		x.add(&mention{key: keyOf(name), kind: actors.Organization, name: name, surface: name, art: a, para: p, start: ws[i].start, end: ws[i+k].end, inQuote: ws[i].inQuote})
		x.span(a, p, ws, i+k+1, j)
		return
	}
	if name := p.Text[ws[i].start:ws[j-1].end]; strings.Contains(name, " & ") && x.lookup(ws, i, j) != j-i {
		x.add(&mention{key: keyOf(name), kind: actors.Organization, name: name, surface: name, art: a, para: p, start: ws[i].start, end: ws[j-1].end, inQuote: ws[i].inQuote})
		return
	}
	// An organisation or place word makes the whole span one name, unless
	// the lexicon knows the span as it stands.
	if n := x.lookup(ws, i, j); n != j-i {
		// "Detective Inspector Amrit Sandhu of West Yorkshire Police": a
		// titled person, then "of" and the body they serve ("Grand
		// Chief X of Y Nation" too).
		// ("District Commissioner X of Y", "Regional Governor X of Y": a
		// title after the word that qualifies it, as capitalised.)
		qualified := i+2 < j && (roleQualifiers[ws[i].lower()] || localOffices[ws[i].lower()]) && !ws[i].possessive && titles[ws[i+1].lower()] && !ws[i+1].possessive
		if titles[ws[i].lower()] || honorifics[ws[i].lower()] || grandTitle(ws, i, j) || qualified {
			for k := i + 1; k+1 < j; k++ {
				if orgWords[ws[k].lower()] || placeWords[ws[k].lower()] {
					break // "National Federation of Mine Workers" is one body
				}
				if lk := ws[k].lower(); (lk == "of" || lk == "at" || lk == "from") && !titles[ws[k-1].lower()] {
					x.scanLexicon(a, p, ws, i, k, false)
					x.span(a, p, ws, k+1, j)
					return
				}
			}
		}
		// "ACLU of Idaho", "NAACP of Texas": a body's initials and the
		// place of its branch are one body.
		if j-i >= 3 && ws[i+1].lower() == "of" && isAcronym(ws[i].text) && !notOrgAcronyms[ws[i].text] && x.lookup(ws, i, i+1) == 0 && x.lookup(ws, i+2, j) == j-i-2 {
			if e := x.lex[wordsKey(ws[i+2:j])]; e.kind == actors.Place && !e.demonym {
				name := p.Text[ws[i].start:ws[j-1].end]
				x.lexMention(a, p, ws, i+2, j, e)
				x.add(&mention{key: keyOf(name), kind: actors.Organization, name: name, surface: name, art: a, para: p, start: ws[i].start, end: ws[j-1].end, inQuote: ws[i].inQuote})
				return
			}
		}
		// "Australia's Hamish Trevallyn of Jayco AlUla", "Dane Rasmus
		// Kjaergaard of Visma": a person given a nationality, then "of"
		// and their team, as sports reports write.
		if x.nationality(ws[i]) {
			for k := i + 3; k < j-1 && k <= i+4; k++ {
				if ws[k].text == "of" && plainName(ws[i+1:k]) && !slices.ContainsFunc(ws[i+1:k], func(w word) bool { return bodyOrPlaceWord(w.lower()) }) && x.lookup(ws, i+1, k) == 0 && plainName(ws[k+1:j]) && !ws[k-1].possessive {
					x.span(a, p, ws, i, k)
					x.addSpan(a, p, ws, k+1, j, actors.Organization)
					return
				}
			}
		}
		// "Omar Khalil of Redwood Partners": a person's name of two or
		// three plain words, then "of" and a body or place.
		for k := i + 2; k < j-1 && k <= i+3; k++ {
			if ws[k].lower() != "of" {
				continue
			}
			plain := x.lookup(ws, i, k) == 0
			for _, w := range ws[i:k] {
				lw := w.lower()
				plain = plain && w.cap && !orgWords[lw] && !placeWords[lw] && !orgSuffixes[lw] && !titles[lw] && !connectorWord(w) && !w.possessive && !fellowshipHeads[lw]
			}
			if plain && (orgAfter(ws[k+1:j]) || x.lookup(ws, k+1, j) == j-k-1) {
				x.scanLexicon(a, p, ws, i, k, false)
				x.span(a, p, ws, k+1, j)
				return
			}
			// "analyst Priya Venkataraman of Gartner": a person given a
			// calling in lower case, then "of" and where they work; so
			// is one set off after it ("The centrist candidate, Yann
			// Brossard of Renaissance,").
			if gap := p.Text[:ws[i].start]; plain && k-i >= 2 && i > 0 && !ws[i-1].cap && (occupation(ws[i-1].lower()) || titles[ws[i-1].lower()] || jobNouns[ws[i-1].lower()]) && (strings.HasSuffix(gap, ws[i-1].text+" ") || strings.HasSuffix(gap, ws[i-1].text+", ")) && plainName(ws[k+1:j]) && !ws[j-1].possessive {
				x.scanLexicon(a, p, ws, i, k, false)
				if x.lookup(ws, k+1, j) == j-k-1 {
					x.span(a, p, ws, k+1, j)
				} else if x.isPlaceName(wordsKey(ws[k+1 : j])) {
					x.addSpan(a, p, ws, k+1, j, actors.Place)
				} else {
					x.addSpan(a, p, ws, k+1, j, actors.Organization)
				}
				return
			}
			// "31-year-old Devonte Roe of Trotwood": a person given an
			// age, then "of" and where they live.
			if plain && k-i >= 2 && j-k-1 <= 2 && ageBefore(p.Text[:ws[i].start]) && plainName(ws[k+1:j]) && !spanHasOrgWord(ws[k+1:j]) {
				x.scanLexicon(a, p, ws, i, k, false)
				x.addSpan(a, p, ws, k+1, j, actors.Place)
				return
			}
			// "Callum Aird of River Action Yorkshire said": two or three
			// plain words, "of", and a name of two words or more that
			// neither the lexicon nor a body's word marks, followed by a
			// speech verb: a person and the body they speak for ("Her
			// lawyer, Rupinder Doyle of Irwin Mitchell, said" too).
			if after := p.Text[ws[j-1].end:]; plain && k-i >= 2 && j-k-1 >= 2 && x.lookup(ws, k+1, j) == 0 && j < len(ws) && (speechVerbAt(after) || strings.HasPrefix(after, ", ") && speechVerbAt(after[2:])) {
				x.scanLexicon(a, p, ws, i, k, false)
				x.addSpan(a, p, ws, k+1, j, actors.Organization)
				return
			}
		}
		// "Mariga Local Government Area of Niger State", "Kutai Regency
		// of East Kalimantan": a place named up to its place word, then
		// "of" and the larger place it lies in, are two places.
		for k := i + 2; k < j-1; k++ {
			if ws[k].lower() != "of" || !placeWords[ws[k-1].lower()] || x.lookup(ws, i, j) == j-i {
				continue
			}
			if n := x.lookup(ws, k+1, j); n > 0 && x.lex[wordsKey(ws[k+1:k+1+n])].kind == actors.Place {
				x.addSpan(a, p, ws, i, k, actors.Place)
				x.span(a, p, ws, k+1, j)
				return
			}
			// "… of Kwara State": a state or a province the gazetteer
			// knows, named with its word.
			if j-k-1 >= 2 && subdivisionWords[ws[j-1].lower()] && x.isPlaceName(wordsKey(ws[k+1:j-1])) {
				x.addSpan(a, p, ws, i, k, actors.Place)
				x.addSpan(a, p, ws, k+1, j, actors.Place)
				return
			}
		}
		for k := i; k < j; k++ {
			lw := ws[k].lower()
			// "the Government’s Energy Price Guarantee", "the Council's
			// Local Plan": a body's word in the possessive, then what the
			// body owns, named in words of the language: the body alone.
			// A person after it ("the Party's Oyelu Ekwuribe") is not so.
			if ws[k].possessive && k+2 < j && orgWords[lw] && !spanHasOrgWord(ws[k+1:j]) && !givenName(ws[k+1].text) && x.lookup(ws, i, j) == 0 && !slices.ContainsFunc(ws[k+1:j], func(w word) bool { return w.possessive || !commonWords()[w.lower()] }) {
				x.addSpan(a, p, ws, i, k+1, actors.Organization)
				return
			}
			if head, _, ok := strings.Cut(lw, "-"); ok && orgWords[head] {
				lw = head // "Directorate-General of Health"
			}
			// "Boulder County Sheriff's Office" is the office's name; so is
			// "ABC Radio National", a qualifier ending it.
			// Nor "the Independent National Election Commission": a
			// qualifier inside a name that ends on a body's word.
			if (orgWords[lw] || placeWords[lw]) && k+1 < j && titles[ws[k+1].lower()] && !(ws[k+1].possessive && orgAfter(ws[k+2:j])) && !romanceGeneral(ws, k, j) && !(qualifierTitles[ws[k+1].lower()] && (k+2 == j || orgWords[ws[j-1].lower()] && !ws[j-1].possessive)) {
				// "Health Cabinet Secretary Jane Roe": the words before the
				// title are its role.
				break
			}
			// "Palace Press Officer Claire Abad", "Bank of England
			// Governor Andrew Bailey": a title further on, with a name
			// after it and no body's word, makes the words before it a
			// role.
			if (orgWords[lw] || placeWords[lw]) && titleThenName(ws, k+1, j) && !romanceGeneral(ws, k, j) {
				// "Health Cabinet Secretary Jane Roe": the words before the
				// title are its role.
				break
			}
			// "Assistant Commissioner City Farrukh X": an officer's
			// charge after the title, then a name (chargeAfterTitle).
			if k > i && chargeAfterTitle(ws, k, j) > k {
				break
			}
			// A lone suffix opening a sentence is a common word:
			// "Manufacturing is cooling."; so is one after "a": "on a TV
			// program"; so is a newspaper's last word
			// that is an adjective: "Independent experts said".
			// "Swimming WA", "Rowing NZ": a sport's name before a place's
			// is the sport's governing body there.
			// So is a place's name before a sport's: "Sri Lanka Cricket".
			// And a company's word before "and" and its second trade:
			// "JRV Builders and Supply".
			// "Leader of Opposition in the Assembly Ajay Singh": a
			// chamber's word, then a person's full name from a given
			// name on, is the chamber and the person.
			// So is one from its initials on: "… in the Assembly V D
			// Satheesan".
			if k == i && chamberWords[lw] && j-i >= 3 && !ws[i].possessive && (givenName(ws[i+1].text) || nameInitial(ws[i+1].text) && !nameInitial(ws[j-1].text)) && plainName(ws[i+1:j]) && x.lookup(ws, i+1, j) == 0 && !spanHasOrgWord(ws[i+1:j]) && !spanHasPlaceWord(ws[i+1:j]) {
				x.addSpan(a, p, ws, i, i+1, actors.Organization)
				x.span(a, p, ws, i+1, j)
				return
			}
			// "with former player Jim Courier", "said forward Austin
			// Rivers": a role in lower case, then a given name and a
			// word that ends firms' names, is a person so named.
			if k == j-1 && j-i == 2 && i > 0 && !ws[i-1].cap && titles[ws[i-1].lower()] && givenName(ws[i].text) && orgSuffixes[lw] && !orgWords[lw] && !ws[k].possessive && p.Text[ws[i-1].end:ws[i].start] == " " {
				break
			}
			if k == i && j-i == 2 && sportBodies[lw] && !ws[k+1].possessive || k == j-1 && k > i && sportBodies[lw] && x.placeBefore(ws, i, k) || k > i && k == j-3 && orgSuffixes[lw] && ws[k+1].lower() == "and" && !ws[k+1].cap && tradeWords[ws[j-1].lower()] || orgWords[lw] && !(k == i && ws[k].text == "Sk") && !(j-i == 1 && ws[i].sentStart && adjectivePaperWords[lw]) && !(j-i == 1 && (i > 0 && (ws[i-1].text == "a" || ws[i-1].text == "an") || aloneMedia[ws[i].lower()])) && !(j-i == 1 && ws[i].sentStart && genericBodyRole(p.Text, ws, j)) || placeWords[lw] && !(j-i == 1 && ws[i].sentStart) && !(j-i == 2 && honorifics[ws[i].lower()]) && !((k == i || onlyTitles(ws[i:k])) && koreanName(ws[k:j])) && !(j-i == 1 && x.koreanFamily[articleKey{a.ID, lw}]) && !(k < j-1 && campaignEnds[ws[j-1].lower()]) || k == j-1 && (orgSuffixes[lw] && (j-i >= 2 || !ws[i].sentStart && !(i > 0 && (ws[i-1].text == "a" || ws[i-1].text == "an"))) || j-i >= 2 && journalSuffixes[lw] || k > i && pluralPossessive(p.Text, ws[k-1], ws[k])) {
				if officeName(ws, i, j) && x.lookup(ws, i, j) == 0 {
					return
				}
				kind := actors.Organization
				// Not "the Lancaster Sheriff's Station": an officer's station is
				// the body's.
				// ("the Chengdu Research Base": a base that is no air,
				// naval or army base is an institution.)
				// Nor "the Turkish Red Crescent", the relief society, no
				// street.
				if placeWords[lw] && !orgAfter(ws[k+1:j]) && !(lw == "station" && k > i && ws[k-1].possessive && titles[ws[k-1].lower()]) && !(lw == "base" && !(k > i && militaryBases[ws[k-1].lower()])) && !(lw == "crescent" && k > i && ws[k-1].lower() == "red") {
					kind = actors.Place // "Kisumu County", but "Boulder County Sheriff's Office"
				}
				start := i
				// A possessive place before the name is its own mention:
				// "Seoul's Kookmin University". A saint's is the name's:
				// "St George's Hospital" is no hospital of Grenada's.
				saints := saintWords[ws[i].lower()]
				if n := x.lookup(ws, i, j); n > 0 && ws[i+n-1].possessive && i+n < j && !saints {
					x.lexMention(a, p, ws, i, i+n, x.lex[wordsKey(ws[i:i+n])])
					start = i + n
				} else if n := possessiveBody(ws, i, j-1); n > 0 {
					// "the University of Sydney's Charles Perkins Centre":
					// a body's possessive before another body's name.
					x.span(a, p, ws, i, i+n)
					start = i + n
				} else if n := x.personPossessive(ws, i, k); n > 0 && i+n+1 == j && carMakers[ws[j-1].lower()] {
					// "pulled over Matthew Sykes' BMW": a person's car,
					// no body.
					x.span(a, p, ws, i, i+n)
					return
				} else if n := x.personPossessive(ws, i, k); n > 0 && i+n+2 <= j {
					// "Prime Minister Donald Tusk's Civic Coalition": a
					// person's possessive before a body's name.
					x.span(a, p, ws, i, i+n)
					start = i + n
				} else if n := x.possessivePlace(ws, i, k); n > 0 && !saints {
					// "Tel Aviv's Hostages Square": a city of the
					// gazetteer, so written, is a place of its own.
					surface := p.Text[ws[i].start:ws[i+n-1].end]
					x.add(&mention{key: keyOf(surface), kind: actors.Place, name: surface, surface: surface, art: a, para: p, start: ws[i].start, end: ws[i+n-1].end, inQuote: ws[i].inQuote})
					start = i + n
				}
				// "CBS News' Chris Martinez": the body's word was in its
				// possessive, so what it owns is read on its own.
				// So is a name after a party's: "the All Progressive
				// Congress’s Bola Tinubu" (a party owns no products).
				partyMember := start > k && partyHeads[ws[start-1].lower()] && j-start <= 3 && plainName(ws[start:j]) && x.lookup(ws, start, j) == 0
				if start > k && j-start >= 2 && (givenName(ws[start].lower()) || partyMember) && !slices.ContainsFunc(ws[start:j], func(w word) bool { return w.possessive }) {
					x.span(a, p, ws, start, j)
					return
				}
				// "KwaZulu-Natal's MEC for Cooperative Governance": after
				// the place, an office.
				if start > i && officeName(ws, start, j) {
					return
				}
				// "the European Space Agency's CryoSat-2 satellite": what
				// a body's possessive owns, before a product's noun, is
				// the product.
				if k := modelNumber(p.Text, ws, j); start > i && k < len(ws) && !ws[k].cap && productNouns[ws[k].lower()] && p.Text[ws[k-1].end:ws[k].start] == " " {
					return
				}
				// "Line 4": a body's word alone before a number (numberedNouns).
				if j-start == 1 && numberedNouns[ws[start].lower()] && j < len(ws) && allDigits(ws[j].text) && p.Text[ws[start].end:ws[j].start] == " " {
					return
				}
				name := p.Text[ws[start].start:ws[j-1].end]
				// Countries inside still count: "U.S. National Security Council".
				// A county named after a city is no mention of the city:
				// "Santa Barbara County".
				// Nor is a journal's place: "the New England Journal of
				// Medicine".
				if !(kind == actors.Place && k == j-1 && countyWords[ws[k].lower()] && x.lookup(ws, start, k) == k-start) && !slices.ContainsFunc(ws[start:j], func(w word) bool { return w.lower() == "journal" }) {
					x.scanLexicon(a, p, ws, start, j, true)
				}
				x.add(&mention{key: keyOf(name), kind: kind, name: name, surface: name, art: a, para: p, start: ws[start].start, end: ws[j-1].end, inQuote: ws[start].inQuote})
				if kind == actors.Place {
					x.placeBody(a, p, ws, start, j)
				}
				return
			}
		}
	}
	// "Cash Access UK", "Citizens Advice Scotland": two unknown words,
	// common ones or before a country's initials, then the country, are
	// a body of that country.
	if j-i == 3 && x.lookup(ws, i, j-1) == 0 && !ws[j-2].possessive && plainName(ws[i:j-1]) {
		if e, ok := x.lex[ws[j-1].key]; ok && e.kind == actors.Place && e.country && !e.demonym && (isAcronym(ws[j-1].text) || x.lowered[ws[i].lower()] || x.lowered[ws[i+1].lower()]) {
			name := p.Text[ws[i].start:ws[j-1].end]
			x.lexMention(a, p, ws, j-1, j, e)
			x.add(&mention{key: keyOf(name), kind: actors.Organization, name: name, surface: name, art: a, para: p, start: ws[i].start, end: ws[j-1].end, inQuote: ws[i].inQuote})
			return
		}
	}
	// "Greenpeace Brasil", "Amnesty Ukraine": one unknown word, then a
	// country, is a body's branch in that country; so are portfolios
	// before a country, a department's name ("Environment and Climate
	// Change Canada").
	// "North Darfur", "Upper Nile": a compass word before a place is
	// the place's part, no body.
	// So are two: "Far North Queensland".
	if c := i + 1 + boolInt(j-i == 3 && compass[ws[i+1].lower()] && !ws[i+1].possessive); j-c == 1 && compass[ws[i].lower()] && x.lookup(ws, i, j) == 0 && !ws[i].possessive {
		if e, ok := x.lex[ws[c].key]; ok && e.kind == actors.Place && !e.demonym && x.lookup(ws, c, j) == 1 {
			x.addSpan(a, p, ws, i, j, actors.Place)
			return
		}
	}
	// "New Britain", "Old Castile", "Nueva Galicia", "the Blue Nile", "the
	// Black Volta": a place named after another, or a river's branch by
	// its colour, no body's branch.
	if j-i == 2 && oldNewWords[ws[i].lower()] && !ws[i].possessive && x.lookup(ws, i, j) == 0 && x.lookup(ws, i+1, j) == 1 {
		if e := x.lex[ws[i+1].key]; e.kind == actors.Place && !e.demonym {
			x.addSpan(a, p, ws, i, j, actors.Place)
			return
		}
	}
	// Not "Tonight Denmark chose change": a time's adverb opening the
	// sentence before a country.
	if j-i >= 2 && x.lookup(ws, i, j) == 0 && !titles[ws[i].lower()] && !honorifics[ws[i].lower()] && !compass[ws[i].lower()] && !(ws[i].sentStart && timeAdverbs[ws[i].lower()]) {
		k := i
		for k < j-1 && (portfolioWords[ws[k].lower()] || k > i && ws[k].lower() == "and") {
			k++
		}
		if k <= i+1 || x.lookup(ws, k, j) != j-k || !allPortfolio(wordsExcept(ws[i:k], "and")) {
			k = i + 1
		}
		if n := x.lookup(ws, k, j); n == j-k {
			if e := x.lex[wordsKey(ws[k:j])]; e.kind == actors.Place && !e.demonym && !e.capital && !e.alone {
				// "Carlos Montenegro", "Michael Jordan": a given name
				// before the country makes it a surname.
				if j-i == 2 && k == i+1 && givenName(ws[i].text) && !ws[i].possessive && !placeAfterName(p.Text, ws, j) {
					x.name(a, p, ws, i, j, "", false)
					return
				}
				name := p.Text[ws[i].start:ws[j-1].end]
				x.lexMention(a, p, ws, k, j, e)
				x.add(&mention{key: keyOf(name), kind: actors.Organization, name: name, surface: name, art: a, para: p, start: ws[i].start, end: ws[j-1].end, inQuote: ws[i].inQuote})
				return
			}
		}
	}
	// "the Sydney Strikers", "Chennai Super Kings": a city or country,
	// then one or two unknown words ending in a plural, is a team.
	if n := x.lookup(ws, i, j); n > 0 && j-i-n >= 1 && j-i-n <= 2 && teamAfterPlace(ws[i+n:j]) {
		if e := x.lex[wordsKey(ws[i:i+n])]; e.kind == actors.Place && !e.demonym {
			x.addSpan(a, p, ws, i, j, actors.Organization)
			return
		}
	}
	// "Crown Estate Scotland", "Historic England", "Sport Wales": common
	// words, then a country, are a body of that country (a person's
	// name is no common word: "Patricia Scotland").
	if j-i >= 2 && j-i <= 4 && !ws[j-1].possessive && x.lookup(ws, i, j) == 0 && !(ws[i].sentStart && timeAdverbs[ws[i].lower()]) && x.countryWord(ws, j-1) && x.commonBodyWords(ws[i:j-1]) {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "Police Scotland's Inspector Alasdair Murchie": such a body, its
	// possessive, then a titled person it has.
	for m := i + 1; m <= i+3 && m+2 < j; m++ {
		if !ws[m].possessive {
			continue
		}
		if x.countryWord(ws, m) && x.lookup(ws, i, m+1) == 0 && x.commonBodyWords(ws[i:m]) && titles[ws[m+1].lower()] {
			x.addSpan(a, p, ws, i, m+1, actors.Organization)
			x.span(a, p, ws, m+1, j)
			return
		}
		break
	}
	// "UK Biobank", "Kenya Power": a country, then one unknown word that
	// ends the name, is a body of that country.
	if j-i >= 2 && !ws[j-1].possessive && !ws[j-2].possessive {
		if n := x.lookup(ws, i, j); n == j-i-1 && x.lookup(ws, j-1, j) == 0 {
			w := ws[j-1]
			lw := w.lower()
			e := x.lex[wordsKey(ws[i:j-1])]
			// A country that may be a first name ("Georgia Harrison",
			// "Israel Adeyemi") makes no body unless written in
			// initials ("UK Biobank") or before a common word ("Kenya
			// Power").
			country := joinWords(ws[i : j-1])
			if e.kind == actors.Place && !e.demonym && !e.capital && !placeWords[lw] && !titles[lw] && !honorifics[lw] && !compass[lw] && !calendarWords[lw] && !allDigits(w.text) && (isAcronym(strings.ReplaceAll(country, ".", "")) || x.lowered[lw]) {
				name := p.Text[ws[i].start:ws[j-1].end]
				x.lexMention(a, p, ws, i, j-1, e)
				x.add(&mention{key: keyOf(name), kind: actors.Organization, name: name, surface: name, art: a, para: p, start: ws[i].start, end: ws[j-1].end, inQuote: ws[i].inQuote})
				return
			}
		}
	}
	// "Kazakhstan Temir Zholy, the national railway company,": a
	// country, then one or two words the lexicon lacks, set off as a
	// body, is that body's name whole.
	if n := x.lookup(ws, i, j); n > 0 && j-i-n >= 1 && j-i-n <= 2 && x.lookup(ws, i+n, j) == 0 && plainName(ws[i+n:j]) && !ws[j-1].possessive && orgAppositive(p.Text[ws[j-1].end:]) {
		if e := x.lex[wordsKey(ws[i:i+n])]; e.kind == actors.Place && e.country && !e.demonym && !ws[i+n-1].possessive {
			x.lexMention(a, p, ws, i, i+n, e)
			x.addSpan(a, p, ws, i, j, actors.Organization)
			return
		}
	}
	// "captain Georgia Wetherall-Pryce", "Israel Okafor-Nwosu": a place
	// that is also a given name, then a word that is no common word, no
	// place's and no body's, is a person ("Georgia Power", "Victoria
	// Falls" and "Paris Saint-Germain" are not).
	// (Not "France Unbowed", a body the lexicon knows by both words.)
	// (So with more of the name after, particles and all: "Wellington
	// Ferraz dos Anjos".)
	// (And a name no list gives before a surname of two capitalised
	// parts: "said Lima Khanam-Chowdhury, duty officer".)
	doubleBarrelled := j-i == 2 && doubleBarrelledName(ws[i+1].text) && !orgSuffixes[ws[i+1].lower()] && !placeWords[ws[i+1].lower()]
	if j-i >= 2 && j-i <= 5 && !ws[i].possessive && (givenName(ws[i].text) || doubleBarrelled) && x.lookup(ws, i, i+1) == 1 && x.lookup(ws, i, j) != j-i && x.lookup(ws, i+1, j) == 0 && x.surnameAfterGiven(ws[i+1]) && restOfName(ws[i+2:j]) {
		if e := x.lex[ws[i].key]; e.kind == actors.Place && !e.demonym {
			x.name(a, p, ws, i, j, "", false)
			return
		}
	}
	x.scanLexicon(a, p, ws, i, j, false)
}

// surnameAfterGiven reports whether w, after a given name, can only be a
// surname: capitalised, not in capitals, no common word nor one the
// article writes in lower case, and no word of a place's, a body's, a
// title's or a date's.
func (x *extractor) surnameAfterGiven(w word) bool {
	lw := w.lower()
	if !w.cap || isAcronym(w.text) || strings.ContainsAny(lw, "0123456789.") || x.lowered[lw] || commonWords()[lw] {
		return false
	}
	if placeWords[lw] || orgWords[lw] || orgSuffixes[lw] || titles[lw] || honorifics[lw] || compass[lw] || calendarWords[lw] || eventWords[lw] {
		return false
	}
	// "Paris Saint-Germain", "Sydney St-Pierre": a saint's name is a
	// club's or a place's.
	first, _, _ := strings.Cut(lw, "-")
	return !saintTitles[first] && first != "st"
}

// lookup returns how many words from ws[i] (up to j) form the longest
// lexicon entry, or 0.
func (x *extractor) lookup(ws []word, i, j int) int {
	for n := min(x.maxLex, j-i); n > 0; n-- {
		e, ok := x.lex[wordsKey(ws[i:i+n])]
		if !ok || e.alone && n != j-i {
			continue
		}
		// (An acronym in title case, "Nato", but not a given name so
		// spelled, nor the first name of a person's full name: "Sana
		// Mahmood-Riley" is no SANA.)
		if e.acronym {
			var written strings.Builder
			for _, w := range ws[i : i+n] {
				written.WriteString(w.text)
			}
			nameGoesOn := i+n < len(ws) && ws[i+n].cap && !titles[ws[i+n].lower()] && !ws[i+n-1].possessive && !isAcronym(ws[i+n].text)
			if w := written.String(); !isAcronym(w) && !(acronymWritten(w) && !givenName(w) && !nameGoesOn) {
				continue
			}
		}
		return n
	}
	return 0
}

// ministryAfter returns the index after a body's lower-case name that
// follows a place at ws[k]: a portfolio and "ministry" ("health
// ministry", "foreign affairs ministry"), a local government ("provincial
// government", "regional administration"; after a region that is no
// country, "government" alone: "the Punjab government") or "armed
// forces"; and 0 otherwise.
func ministryAfter(text string, ws []word, k int, region bool) int {
	if k == 0 || k >= len(ws) {
		return 0
	}
	if g := text[ws[k-1].end:ws[k].start]; g != " " && g != "'s " && g != "’s " {
		return 0
	}
	// "the Izmir chief prosecutor's office", "the Istanbul governor's
	// office": an office of the place, held by its officer.
	if m := k + boolInt(!ws[k].cap && officeQualifiers[ws[k].lower()]); m+1 < len(ws) && !ws[m].cap && ws[m].possessive && officeHolders[ws[m].lower()] && ws[m+1].lower() == "office" && !ws[m+1].cap && (m == k || text[ws[k].end:ws[m].start] == " ") {
		return m + 2
	}
	m := k
	local := false
	for m < len(ws) && m-k < 4 && !ws[m].cap && (portfolioWords[ws[m].lower()] || portfolioQualifiers[ws[m].lower()] || localQualifiers[ws[m].lower()] || m > k && ws[m].lower() == "and" && m+1 < len(ws) && portfolioWords[ws[m+1].lower()]) && (m == k || text[ws[m-1].end:ws[m].start] == " ") {
		local = local || localQualifiers[ws[m].lower()]
		m++
	}
	if m == len(ws) || ws[m].cap || m > k && text[ws[m-1].end:ws[m].start] != " " {
		return 0
	}
	// "the Hoàn Kiếm district people's committee": Vietnam's local
	// government.
	if local && ws[m].lower() == "people" && ws[m].possessive && m+1 < len(ws) && ws[m+1].lower() == "committee" && !ws[m+1].cap {
		return m + 2
	}
	switch head := ws[m].lower(); {
	case (head == "ministry" || head == "department") && m > k:
		return m + 1
	case (head == "government" || head == "administration") && (local || region && m == k):
		return m + 1 // "the Ha Tinh provincial government", "the Punjab government"
	case head == "armed" && m == k && m+1 < len(ws) && ws[m+1].lower() == "forces" && text[ws[m].end:ws[m+1].start] == " ":
		return m + 2 // "the Kenyan armed forces"
	case (head == "municipality" || head == "panchayat") && (m == k || local):
		return m + 1 // "the Aluva municipality", "the Kalady panchayat"
	case head == "magistrates" && m == k && (m+1 == len(ws) || !ws[m+1].cap):
		return m + 1 // "appeared before Telford magistrates"
	case head == "police" && (m == k || local):
		// "Hunter Valley police said", "the Chicago police department";
		// but "the Surry Hills police station" is a station's name.
		if m+1 < len(ws) && !ws[m+1].cap && text[ws[m].end:ws[m+1].start] == " " {
			switch next := ws[m+1].lower(); {
			case policeNouns[next]:
				return m + 2
			case next == "station" || next == "post":
				return 0
			}
		}
		return m + 1
	case head == "council" && local:
		return m + 1 // "the Marlow Springs city council"
	case head == "legislature" && (local || region && m == k):
		return m + 1 // "the Gauteng legislature"
	}
	return 0
}

// possessiveBody returns n when ws[i:i+n], before ws[k], ends with a
// possessive and names a body ("University of Sydney's"), and 0
// otherwise.
func possessiveBody(ws []word, i, k int) int {
	// "the RTA's Public Transport Agency": a body's initials.
	if i+1 <= k && ws[i].possessive && isAcronym(ws[i].text) && !notOrgAcronyms[ws[i].text] {
		return 1
	}
	for n := 2; i+n <= k; n++ {
		if ws[i+n-1].possessive {
			// Not "the Standing Committee of the National People’s
			// Congress": a people's possessive inside a body's name.
			if spanHasOrgWord(ws[i:i+n]) && !titles[ws[i+n-1].lower()] && !collectivePossessors[ws[i+n-1].lower()] {
				return n
			}
			return 0
		}
	}
	return 0
}

// personPossessive returns n when ws[i:i+n], before ws[k], is a
// person's name with a possessive ending, a title before it or not
// ("Prime Minister Donald Tusk's", "Jane Roe's", "President Roe's"):
// two names, or a title and a name, with no body's or place's word
// among them.
// It returns 0 otherwise.
func (x *extractor) personPossessive(ws []word, i, k int) int {
	if placePrefixes[ws[i].lower()] || saintWords[ws[i].lower()] {
		return 0 // "St. Anne's Basilica"
	}
	for n := 1; i+n <= k; n++ {
		w := ws[i+n-1]
		lw := w.lower()
		if orgWords[lw] || placeWords[lw] || orgSuffixes[lw] || !w.cap {
			return 0
		}
		if !w.possessive {
			continue
		}
		if n < 2 || titles[lw] || honorifics[lw] || qualifierTitles[lw] || isAcronym(w.text) {
			return 0
		}
		names := 0
		for _, v := range ws[i : i+n] {
			if titles[v.lower()] || honorifics[v.lower()] || qualifierTitles[v.lower()] {
				continue
			}
			// "the Korean People's Army": a demonym or a common word
			// is no part of a person's name.
			if _, known := x.lex[keyOf(v.text)]; known || x.lowered[v.lower()] || v.lower() == "people" {
				return 0
			}
			names++
		}
		if names < 2 && !titles[ws[i+n-2].lower()] {
			return 0 // "Prime Minister Tusk's" is a person's too
		}
		return n
	}
	return 0
}

// countyOffice returns the index after "County" when ws[i:j] is a
// county's name, then an office's title of several words that ends the
// span ("Clerk and Recorder", "Tax Assessor-Collector", "Register of
// Deeds"), and 0 otherwise.
func countyOffice(text string, ws []word, i, j int) int {
	c := i + 1
	for c < j-1 && ws[c].lower() != "county" {
		c++
	}
	if c >= j-1 || ws[c].possessive || !countyOfficers[strings.Split(ws[j-1].lower(), "-")[0]] && !countyOfficers[ws[j-1].lower()] {
		return 0
	}
	compound := false
	for k := c + 1; k < j; k++ {
		lw := ws[k].lower()
		if ws[k].possessive || text[ws[k-1].end:ws[k].start] != " " {
			return 0
		}
		for _, part := range strings.Split(lw, "-") {
			if !countyOfficers[part] && !countyOfficeLinks[part] {
				return 0
			}
		}
		compound = compound || countyOfficeLinks[lw] || strings.Contains(lw, "-")
	}
	if !compound {
		return 0
	}
	return c + 1
}

// countyOfficers and countyOfficeLinks make a county office's title:
// "Clerk and Recorder", "Tax Assessor-Collector", "Supervisor of
// Elections".
var (
	countyOfficers    = wordSet("clerk recorder assessor collector treasurer auditor registrar register supervisor deeds elections")
	countyOfficeLinks = wordSet("and of tax")
)

// saintPlaceAfter may follow a saint's church named by its possessive
// alone: "St Brendan's in Kellsbury", "St Mary's, where".
var saintPlaceAfter = wordSet("in on at and or was is has had will where which who")

// culturalAdjectives are the adjectives of cultures and regions that
// open bodies' and festivals' names, never a person's.
var culturalAdjectives = wordSet("celtic nordic gaelic slavic andean caribbean mediterranean balkan iberian scandinavian anglo-saxon")

// exchangeTicker is a share's ticker after its exchange, closing the
// brackets: ": BRWK)".
var exchangeTicker = &lazyregexp.Regexp{Expr: `^:\s?[A-Z][A-Z0-9.]{0,6}\)`}

// disasterNouns after a name make it the place of the disaster: "the
// Bhopal disaster", "the Grenfell Tower fire".
var disasterNouns = wordSet("disaster disasters accident tragedy explosion blast fire fires flood floods earthquake quake massacre bombing bombings meltdown spill collapse derailment landslide mudslide")

// localPeople after "a" and a name make it the place a person comes
// from: "a Reynoldsburg man", "a Gahanna woman", "a Wapato resident".
var localPeople = wordSet("man woman boy girl teenager teen couple family mother father grandmother grandfather pensioner resident businessman businesswoman schoolboy schoolgirl widow widower mum dad")

// agedLocalBefore is an article and an age before such a place: "a
// 29-year-old Wapato man", "the 34-year-old Yakima woman".
var agedLocalBefore = tailPattern{re: &lazyregexp.Regexp{Expr: `\b(?:[Aa]n?|[Tt]he)\s+\d{1,3}-year-old\s$`}, ends: []string{"-year-old"}}

// schoolLevels name a school after a saint's name: "St Anne's High".
var schoolLevels = wordSet("primary secondary high infants junior juniors grammar")

// polityWords name a state by its form of rule, before "of" and its
// name: "Kingdom of Benin", "Sultanate of Zanzibar".
var polityWords = wordSet("kingdom republic sultanate emirate principality duchy caliphate khanate empire")

// modelAdjectives stand between a firm's possessive and the name of a
// model it makes: "its older Aria One", "their flagship X".
var modelAdjectives = wordSet("older newer new latest previous earlier flagship cheaper pricier first original upcoming")

// thingNamedBefore is a thing's noun, then the words that give its name:
// bodyNamedBefore ends the words that give a body's noun its name: "a
// coalition of parties known as ", "the armed group called ".
var bodyNamedBefore = tailPattern{re: &lazyregexp.Regexp{Expr: `\b(?:coalition|alliance|group|movement|party|front|union|network|organi[sz]ation|militia|association|platform|collective|faction|federation|consortium)s?\b[^.,;"“”]{0,60}?,? (?:known as|called|named) $`}, ends: []string{"known as", "called", "named"}}

// "the project, known as ", "an operation dubbed ".
var thingNamedBefore = tailPattern{re: &lazyregexp.Regexp{Expr: `\b(?:project|operation|plan|wind farm|farm|oilfield|field|site|development|exercise|drug|vaccine|satellite|rocket|probe|software|app|model|phone|handset|earbuds|headphones|headset|laptop|tablet|watch|console|device|chip|robot|drone|car|game)s?,? (?:known as|called|named|dubbed|code-named|codenamed|branded) $`}, ends: []string{"known as", "called", "named", "dubbed", "branded"}}

// spokesWords speak for a body named before them: "a JR East spokesman".
var spokesWords = wordSet("spokesman spokeswoman spokesperson")

// honourEnds end the name of an honour one holds: "National Heritage
// Fellow", "Rhodes Scholar", "Nobel Laureate".
var honourEnds = wordSet("fellow fellows scholar scholars laureate laureates")

// saintTitles stand before a saint's name: "Saint Charles Borromeo".
var saintTitles = wordSet("saint st st.")

// saintWords open a saint's name: "St. Jude's Seminary" is one name.
var saintWords = wordSet("st. st saint san santa são sao")

// possessivePlace returns n when ws[i:i+n], before ws[k], is a city of
// the gazetteer or a place of the lexicon with a possessive ending
// ("Tel Aviv's"), and 0 otherwise.
func (x *extractor) possessivePlace(ws []word, i, k int) int {
	for n := 1; i+n <= k && n <= x.maxLex; n++ {
		if !ws[i+n-1].possessive {
			continue
		}
		key := wordsKey(ws[i : i+n])
		if e, ok := x.lex[key]; ok && e.kind == actors.Place && !e.demonym {
			return n
		}
		if _, ok := x.cities[key]; ok {
			return n
		}
		return 0
	}
	return 0
}

// orgAfter reports whether an organisation word, or a company ending
// last, stands among ws.
func orgAfter(ws []word) bool {
	for k, w := range ws {
		if orgWords[w.lower()] || k == len(ws)-1 && orgSuffixes[w.lower()] {
			return true
		}
	}
	return false
}

// sharedPluralTail returns where the plural of a place's word that ends
// ws[i:j] starts, with the words that qualify it ("Local Government
// Areas", "Counties"), or i when ws[i:j] ends in none.
func sharedPluralTail(ws []word, i, j int) int {
	last := ws[j-1].lower()
	single := strings.TrimSuffix(last, "s")
	if strings.HasSuffix(last, "ies") {
		single = strings.TrimSuffix(last, "ies") + "y"
	}
	if single == last || !placeWords[single] || ws[j-1].possessive {
		return i
	}
	k := j - 1
	for k-1 > i && (ws[k-1].lower() == "local" || ws[k-1].lower() == "government") {
		k--
	}
	return k
}

// listedBefore reports whether the run ws[i:j] before "and" is an item of
// a list whose item before it, a name, ends right before its comma:
// "Tessaly, Pacific Harvest and Delmare Brands" are three bodies. Not
// when ws[i:j] is one word, which a body's name may list ("Bureau of
// Alcohol, Tobacco and Firearms").
func listedBefore(text string, ws []word, i, j int) bool {
	return i > 0 && j-i >= 2 && ws[i-1].cap && !ws[i-1].possessive && text[ws[i-1].end:ws[i].start] == ", "
}

// rivalBeforeCompany reports whether the one word ws[i] before "and"
// (at ws[j]) names a company of its own, listed before a company's name
// of two words or more: "Broadcom and Marvell Technology" are two, as
// "Harlan and Quincy Systems" are. A firm's own name with "and" is
// written with "&" ("Procter & Gamble"), and one of a body's portfolios
// ("Science and Technology") is a single word each side. The caller
// leaves out regions paired in a firm's name ("Scottish and Southern
// Electricity Networks").
func rivalBeforeCompany(text string, ws []word, i, j int) bool {
	if j-i != 1 || portfolioWords[ws[i].lower()] || i > 0 && ws[i-1].lower() == "of" || j+2 >= len(ws) {
		return false
	}
	k := j + 1
	for k+1 < len(ws) && ws[k+1].cap && text[ws[k].end:ws[k+1].start] == " " {
		k++
	}
	return k > j+1 && companySuffixes[ws[k].lower()] && !portfolioWords[ws[j+1].lower()]
}

// numberedNouns are things known by a number after their noun: "Line
// 4", "Gate 12", "Runway 27", "Phase 2".
var numberedNouns = wordSet("line lines route gate platform phase stage exit runway")

// companySuffixes are the last words of companies' names that a body of
// the state or a school does not end in.
var companySuffixes = wordSet("technology technologies systems microsystems industries holdings corporation corp corp. inc inc. ltd ltd. llc plc networks software semiconductor semiconductors pharmaceuticals therapeutics motors airlines airways air shuttle electronics")

// lawAfter matches what follows the name of a bill or an act that has
// its kind in brackets: " (Amendment) Bill", " (Miscellaneous
// Provisions) Act 2024".
var lawAfter = &lazyregexp.Regexp{Expr: `^ \((?:[A-Z][\w'’-]*)(?: (?:and |of )?[A-Z][\w'’-]*){0,4}\) (?:Bill|Act|Order|Regulations|Rules)\b`}

// officerWord reports whether w is a title that is no portfolio's
// word: "Officer" in "Senior Press Officer for Foreign Affairs", not
// "Foreign".
func officerWord(w word) bool {
	lw := w.lower()
	return titles[lw] && !portfolioWords[lw] && !portfolioQualifiers[lw]
}

// hillTails end the names of hills in the north of England and the
// south-west: "Scafell Pike", "Great Dun Fell", "Glastonbury Tor",
// "Dow Crag". They are surnames too, after a given name.
var hillTails = wordSet("pike crag crags tor fell fells knott")

// vehicleBodies are cars' bodies written in capitals after a model's
// name.
var vehicleBodies = wordSet("SUV SUVs MPV MPVs")

// awardTails end the names of awards that are named after someone.
var awardTails = wordSet("grant grants scholarship scholarships fellowship fellowships bursary bursaries")

// placesOfList reports whether the one word ws[i:j] is the first of a
// list of places after a plural of places and "of": "the communities of
// Brooks and Yocha Dehe Wintun Nation", two names, not one body's.
func placesOfList(ws []word, i, j int) bool {
	return j-i == 1 && i >= 2 && ws[i-1].text == "of" && !ws[i-2].cap && placeListNouns[ws[i-2].lower()]
}

// placeListNouns are plurals of places that a list of their names
// follows after "of".
var placeListNouns = wordSet("communities towns villages cities districts provinces regions counties states islands neighbourhoods neighborhoods suburbs areas municipalities")

// bodyOfAgain reports whether the run ws[i:j] is a body's name, with its
// "of" or ending on a body's word, and the word after "and" at ws[j]
// opens another with its own "of":
// "the Ministry of Fisheries and Ministry of Lands", "the Orrin
// Institute of Marine Science and University of Tessaly", two bodies.
func bodyOfAgain(text string, ws []word, i, j int) bool {
	if j+3 >= len(ws) || !orgWords[ws[j+1].lower()] || ws[j+2].text != "of" || !ws[j+3].cap || text[ws[j+1].end:ws[j+3].start] != " of " {
		return false
	}
	// "Selmarsh University and University of Halvard": the name before
	// "and" already ends on a body's word.
	if j-i >= 2 && orgWords[ws[j-1].lower()] {
		return true
	}
	for k := i + 1; k+1 < j; k++ {
		if ws[k].text == "of" && orgWords[ws[k-1].lower()] {
			return true
		}
	}
	return false
}

// twoOfAKind reports whether the run ws[i:j] before "and" and the run
// from ws[k] after it are each a name of two words or more ending in the
// same body's word: "Lindell Elementary and Hartwood Elementary", two
// schools, not one body's name.
func twoOfAKind(text string, ws []word, i, j, k int) bool {
	if j-i < 2 || !orgWords[ws[j-1].lower()] {
		return false
	}
	n := k
	for n+1 < len(ws) && ws[n+1].cap && text[ws[n].end:ws[n+1].start] == " " {
		n++
	}
	return n > k && ws[n].lower() == ws[j-1].lower()
}

// endsInOrgWord reports whether the run of capitalised words from ws[k]
// ends in an organisation word: "… and Markets Authority".
func endsInOrgWord(text string, ws []word, k int) bool {
	for k+1 < len(ws) && ws[k+1].cap && (text[ws[k].end:ws[k+1].start] == " " || pluralPossessive(text, ws[k], ws[k+1])) {
		k++
	}
	// ("the Terrestrial and Marine Biodiversity Sector": a body's part,
	// not "Sector 62".)
	return orgWords[ws[k].lower()] || orgSuffixes[ws[k].lower()] || ws[k].text == "Sector" && !(k+1 < len(ws) && allDigits(ws[k+1].text))
}

// placeListThenBody reports whether ws[k] is one place of a list, set
// apart by commas with "and" before the last, whose last place opens a
// run that ends in a body's word: "Bedfordshire, Cambridgeshire and
// Hertfordshire Major Crime Unit".
func (x *extractor) placeListThenBody(text string, ws []word, k int) bool {
	for items := 0; items < 6; items++ {
		if !x.placeLike(ws, k) {
			return false
		}
		if k+2 >= len(ws) {
			return false
		}
		switch gap := text[ws[k].end:ws[k+1].start]; {
		case gap == ", " && ws[k+1].cap:
			k++
		case (gap == " " || gap == ", ") && ws[k+1].lower() == "and" && text[ws[k+1].end:ws[k+2].start] == " ":
			last := k + 2
			return x.placeLike(ws, last) && last+1 < len(ws) && ws[last+1].cap && text[ws[last].end:ws[last+1].start] == " " && endsInOrgWord(text, ws, last)
		default:
			return false
		}
	}
	return false
}

// placeLike reports whether ws[k] alone names a place: one the lexicon
// knows (no people's name), a one-word city or region of the gazetteer,
// or a shire ("Bedfordshire").
func (x *extractor) placeLike(ws []word, k int) bool {
	if ws[k].possessive {
		return false
	}
	key := ws[k].key
	if x.lookup(ws, k, k+1) == 1 {
		e := x.lex[key]
		return e.kind == actors.Place && !e.demonym
	}
	return x.cities[key] != "" || strings.HasSuffix(ws[k].lower(), "shire")
}

// orgWithConnector reports whether a run has an organisation word followed
// by "for" or "of": "Centre for …", "Bureau of …".
func orgWithConnector(ws []word) bool {
	for k := 0; k+1 < len(ws); k++ {
		if orgWords[ws[k].lower()] && (ws[k+1].lower() == "for" || ws[k+1].lower() == "of" || ws[k+1].lower() == "to") {
			return true
		}
	}
	return false
}

// memberSeatFor returns the index of the first word after "for" in a
// member's title opening ws[i:j] ("Member of Parliament for", "MP for"),
// or 0.
func memberSeatFor(ws []word, i, j int) int {
	k := i
	if k+2 < j && ws[k].lower() == "member" && ws[k+1].lower() == "of" && (ws[k+2].lower() == "parliament" || ws[k+2].lower() == "congress") {
		k += 3
	} else if k < j && memberTitles[ws[k].lower()] && isAcronym(ws[k].text) {
		k++
	} else {
		return 0
	}
	if k+1 < j && ws[k].lower() == "for" && !ws[k].cap {
		return k + 1
	}
	return 0
}

// titleWithConnector reports whether a title and "of" or "for" stand in
// ws: "Minister of", "Secretary for".
func titleWithConnector(ws []word) bool {
	for k := 0; k+1 < len(ws); k++ {
		if ws[k].cap && titles[ws[k].lower()] && (ws[k+1].lower() == "for" || ws[k+1].lower() == "of") {
			return true
		}
	}
	return false
}

// lookupAcross returns how many words from ws[i] form the longest
// lexicon name when the gaps between them may hold commas, or 0.
func (x *extractor) lookupAcross(text string, ws []word, i int) int {
	if !x.lexFirst[ws[i].key] {
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
		if _, found := x.lex[wordsKey(ws[i:i+n])]; found {
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
	// "the Attorney General's office": an officer's title of more than
	// one word, then "office", is that office, a body.
	if end := officerOffice(p.Text, ws, i, j); !insideOrg && end > 0 && j-i >= 2 {
		x.addSpan(a, p, ws, i, end, actors.Organization)
		return
	}
	// "advised Charlie English with the Red Cross": a given name, then a
	// people's name as a surname, set off by a preposition, a verb of
	// speech or punctuation, is a person (not "Mary English teacher").
	if !insideOrg && j-i == 2 && givenName(ws[i].text) && !ws[i].possessive && x.lookup(ws, i, i+1) == 0 && x.lex[ws[i+1].key].demonym && surnameEndsName(p.Text, ws, j) {
		x.name(a, p, ws, i, j, "", false)
		return
	}
	for k := i; k < j; {
		// "House Speaker X", "House Republicans": the chamber, before
		// its officer's title or a party's members.
		if !insideOrg && ws[k].text == "House" && !ws[k].possessive && k+1 < j && (titles[ws[k+1].lower()] || chamberParties[ws[k+1].text]) {
			x.addSpan(a, p, ws, k, k+1, actors.Organization)
			if titles[ws[k+1].lower()] {
				if roleStart < 0 {
					roleStart = k
				}
				role = append(role, ws[k].text)
			}
			k++
			continue
		}
		if n := x.lookup(ws, k, j); n > 0 {
			e := x.lex[wordsKey(ws[k:k+n])]
			// "the Department of Earth Sciences", "the School of Oriental
			// and African Studies": a place, or its people, before a field
			// of study names the field, no place.
			if insideOrg && e.kind == actors.Place && k+n < j && fieldsOfStudy[ws[k+n].lower()] && !ws[k+n-1].possessive {
				k += n
				continue
			}
			// "The Texas House voted", "the Ohio Senate": a state's
			// chamber is one body, and the state a place.
			if c := k + n; !insideOrg && c+1 == j && e.kind == actors.Place && usStates()[e.name] && chamberWords[ws[c].lower()] && !ws[c-1].possessive && p.Text[ws[c-1].end:ws[c].start] == " " {
				x.addSpan(a, p, ws, k, j, actors.Organization)
				x.lexMention(a, p, ws, k, c, e)
				return
			}
			// "New York City Mayor X", "Kansas City Police Chief Y": a
			// place the lexicon knows, then "City" and an officer's title
			// (or a force and its officer's title), is the city of that
			// name, whose officer or force follows.
			if c := k + n; !insideOrg && e.kind == actors.Place && !e.demonym && c+1 < j && ws[c].text == "City" && !ws[c-1].possessive && !ws[c].possessive && p.Text[ws[c-1].end:ws[c].start] == " " {
				force := forceWords[ws[c+1].lower()] && !ws[c+1].possessive && c+2 < j && titles[ws[c+2].lower()]
				if titles[ws[c+1].lower()] || force {
					x.addSpan(a, p, ws, k, c+1, actors.Place)
					k = c + 1
					if force {
						x.addSpan(a, p, ws, c-n, c+2, actors.Organization)
						if roleStart < 0 {
							roleStart = c - n
						}
						role = append(role, p.Text[ws[c-n].start:ws[c+1].end])
						k = c + 2
					}
					continue
				}
			}
			// "a stolen Toyota Hilux", "a Tesla Model Y": a carmaker, then
			// a model's name, is the maker and its product.
			if !insideOrg && k == i && e.kind == actors.Organization && n == 1 && carMakers[ws[k].lower()] && k+n < j && j-(k+n) <= 2 && !ws[k].possessive && !spanHasOrgWord(ws[k+n:j]) && !slices.ContainsFunc(ws[k+n:j], func(w word) bool { return orgSuffixes[w.lower()] }) {
				x.lexMention(a, p, ws, k, k+n, e)
				return
			}
			// "Bloomberg Intelligence", "Reuters Breakingviews": a body of
			// the lexicon, then a word or two of a name, is a body of its
			// own of that longer name.
			if !insideOrg && k == i && e.kind == actors.Organization && !e.acronym && k+n < j && j-(k+n) <= 2 && !ws[k+n-1].possessive && plainName(ws[k+n:j]) && x.lookup(ws, k+n, j) == 0 && !slices.ContainsFunc(ws[k+n:j], func(w word) bool { return calendarWords[w.lower()] || placeWords[w.lower()] }) {
				x.addSpan(a, p, ws, i, j, actors.Organization)
				return
			}
			// "Amnesty International Nigeria", "Save the Children UK": a
			// body of the lexicon, then a country, is its branch there.
			if !insideOrg && k == i && e.kind == actors.Organization && !e.acronym && k+n < j && !ws[j-1].possessive && !ws[k+n-1].possessive {
				if m := x.lookup(ws, k+n, j); m == j-(k+n) {
					if c := x.lex[wordsKey(ws[k+n:j])]; c.kind == actors.Place && c.country && !c.demonym {
						x.addSpan(a, p, ws, i, j, actors.Organization)
						return
					}
				}
			}
			// "Santiago Peña", "President Santiago Peña", "Victoria
			// Hale": a capital's name that is also a given name, then one
			// plain word the lexicon does not know, is a person's name.
			// So is a city's name of them, before a surname no dictionary
			// holds or an age: "Sydney Okafor, 24,", "Paris Hilton" (but
			// "Orlando Magic" and "Phoenix Suns" are teams).
			city := n == 1 && j-k == 2 && e.kind == actors.Place && !e.country && !e.demonym && (!commonWords()[ws[k+1].lower()] && !strings.HasSuffix(ws[k+1].lower(), "s") || ageAfter.MatchString(p.Text[ws[j-1].end:]))
			if !insideOrg && (e.capital || city) && n == 1 && j-k == 2 && (k == i || role != nil) && !ws[k].possessive && plainName(ws[k+1:j]) && x.lookup(ws, k+1, j) == 0 && !spanHasOrgWord(ws[k+1:j]) && !placeWords[ws[k+1].lower()] && commonGivenName(ws[k].text) {
				x.name(a, p, ws, k, j, strings.Join(role, " "), honorific)
				return
			}
			// "Santiago de Compostela", "Santiago del Estero": a place the
			// lexicon knows, then a Romance "de" and a name, is another
			// place of that whole name.
			if !insideOrg && k == i && e.kind == actors.Place && !e.demonym && k+n+1 < j && placeNameParticles[ws[k+n].lower()] && !ws[k+n].cap && !ws[k+n-1].possessive && plainName(ws[k+n+1:j]) && x.lookup(ws, k+n+1, j) == 0 && !ws[j-1].possessive {
				x.addSpan(a, p, ws, k, j, actors.Place)
				return
			}
			// "the Texas Attorney General's office", "the Colorado
			// Secretary of State's Office": a place, its officer's title,
			// then "office", is that office: a body of the whole name.
			if !insideOrg && k == i && e.kind == actors.Place && !e.demonym && !ws[k+n-1].possessive {
				if end := officerOffice(p.Text, ws, k+n, j); end > 0 {
					x.lexMention(a, p, ws, k, k+n, e)
					x.addSpan(a, p, ws, k, end, actors.Organization)
					return
				}
			}
			// "La Libertad Avanza party", "the Kisumu Progressive
			// union": a place the lexicon knows, then words of a name,
			// then a body's noun, is the body's whole name.
			if !insideOrg && (k == i || ws[k-1].possessive) && e.kind == actors.Place && k+n < j && plainName(ws[k+n:j]) && x.lookup(ws, k+n, j) == 0 && j < len(ws) && !ws[j].cap && bodyNounsAfter[ws[j].lower()] && p.Text[ws[j-1].end:ws[j].start] == " " {
				if k > i {
					x.span(a, p, ws, i, k) // "Ledesma's"
				}
				// "Yemen's Houthi movement": the country's body, named
				// without it.
				if ws[k+n-1].possessive {
					x.lexMention(a, p, ws, k, k+n, e)
					x.addSpan(a, p, ws, k+n, j, actors.Organization)
					return
				}
				x.addSpan(a, p, ws, k, j, actors.Organization)
				return
			}
			// "Iraqi Kurdistan Region President X", "Sindh Province Chief
			// Minister Y": a region of the lexicon, a word for the place
			// served, then an officer's title: the place of both words.
			// "NSW Police Inspector X", "US Army General Y": a place, its
			// force's word, then an officer's title: the force is a body
			// of that place's name, and its officer's.
			if !insideOrg && e.kind == actors.Place && !e.demonym && !ws[k+n-1].possessive && k+n+1 < j && !ws[k+n].possessive && titles[ws[k+n+1].lower()] && p.Text[ws[k+n-1].end:ws[k+n].start] == " " {
				served := servedPlaceWords[ws[k+n].lower()] && !e.country
				if served || forceWords[ws[k+n].lower()] {
					if served {
						x.addSpan(a, p, ws, k, k+n+1, actors.Place)
					} else {
						x.lexMention(a, p, ws, k, k+n, e)
						x.addSpan(a, p, ws, k, k+n+1, actors.Organization)
					}
					if roleStart < 0 {
						roleStart = k
					}
					role = append(role, p.Text[ws[k].start:ws[k+n].end])
					k += n + 1
					continue
				}
			}
			// "Ukraine International Airlines Boeing 737": a country,
			// then words the lexicon does not know ending on a company's
			// word, then another body of the lexicon, is the company of
			// the country's name, and the body after it.
			if !insideOrg && e.kind == actors.Place && !e.demonym && !ws[k+n-1].possessive {
				q := k + n
				for q < j && ws[q].cap && !ws[q].possessive && x.lookup(ws, q, j) == 0 && p.Text[ws[q-1].end:ws[q].start] == " " {
					q++
				}
				if q > k+n && q < j && (orgSuffixes[ws[q-1].lower()] || orgWords[ws[q-1].lower()]) && x.lookup(ws, q, j) > 0 && !ws[q-1].possessive {
					x.lexMention(a, p, ws, k, k+n, e)
					x.addSpan(a, p, ws, k, q, actors.Organization)
					k = q
					continue
				}
			}
			// "the IAEA Board of Governors", "the UN Security Council": a
			// body's initials opening another body's name are that body
			// too, its board or council.
			if !insideOrg || e.kind == actors.Place && !e.capital || e.kind == actors.Organization && k == i && n == 1 && isAcronym(ws[k].text) && !ws[k].possessive && k+1 < j {
				x.lexMention(a, p, ws, k, k+n, e)
			}
			// "the Gaza health ministry said": a place's ministry, written
			// in lower case, is a body of its own beside the place.
			region := e.kind == actors.Place && !e.country && !e.demonym && !e.capital
			// ("the Greek police" is demonymBody's.)
			if end := ministryAfter(p.Text, ws, k+n, region); !insideOrg && k+n == j && e.kind == actors.Place && end > 0 && !(e.demonym && ws[k+n].lower() == "police") {
				x.addSpan(a, p, ws, k, end, actors.Organization)
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
		// "Indonesia's Central Java province": a compass word before a
		// place, both capitalised, is the place's part, as alone.
		if compass[lw] && !ws[k].possessive && k+1 < j && p.Text[ws[k].end:ws[k+1].start] == " " {
			if n := x.lookup(ws, k+1, j); n > 0 {
				// So in the possessive: "North China's Tianjin".
				if e := x.lex[wordsKey(ws[k+1:k+1+n])]; e.kind == actors.Place && !e.demonym {
					x.addSpan(a, p, ws, k, k+1+n, actors.Place)
					k += 1 + n
					continue
				}
			}
		}
		// "Governor of Antofagasta Jane Roe", "Emir of Qatar": the role
		// takes the connector and the name after it.
		// "Mayor De Blasio", "Colonel Do Minh Khoa", "Mr Do Van Hung": a
		// particle capitalised after a title, before capitalised words,
		// opens the name.
		particleName := (role != nil || honorific) && ws[k].cap && !isAcronym(ws[k].text) && (nameParticles[lw] || lw == "do") && lw != "i" && lw != "y" && k+1 < j && !ws[k].possessive && plainName(ws[j-1:j]) && !slices.ContainsFunc(ws[k+1:j], func(w word) bool { return !w.cap || w.possessive })
		if role != nil && connectorWord(ws[k]) && !particleName && !(ws[k].cap && isAcronym(ws[k].text)) && k+1 < j {
			// "X, the MPP for Ottawa West–Nepean": after "the", a
			// member's seat is the whole rest, a place (in "Labour MP for
			// Scarborough Ellie Reid" a name follows the seat).
			// So after the member's party: "The Labour MP for Harlow
			// West, Jane Roe".
			theBefore := roleStart > 0 && ws[roleStart-1].lower() == "the" || roleStart > 1 && ws[roleStart-2].lower() == "the" && ws[roleStart-1].cap && !ws[roleStart-1].possessive
			if memberTitles[strings.ToLower(role[len(role)-1])] && lw == "for" && theBefore && plainName(ws[k+1:j]) {
				x.addSpan(a, p, ws, k+1, j, actors.Place)
				k = j
				continue
			}
			n := x.lookup(ws, k+1, j)
			// "X, the Chief of Akim Asafo, urged": after "the", the place
			// is the whole rest of the run, which names no one.
			// So after a traditional chief's ("the Chief of Akim
			// Asafo"), but not an office's ("the Chief of Defence
			// Staff").
			rulerTitle := placeTitles[strings.ToLower(role[len(role)-1])] || strings.EqualFold(role[len(role)-1], "chief") && !slices.ContainsFunc(ws[k+1:j], func(w word) bool {
				lw := w.lower()
				return portfolioWords[lw] || orgWords[lw] || chargeWords[lw] || lw == "staff"
			})
			// So a district or a seat after "for" whose name ends in a
			// compass word ("the District Chief Executive for Sekyere
			// Central").
			seat := lw == "for" && (compass[ws[j-1].lower()] || ws[j-1].text == "Central")
			whole := theBefore && j-(k+1) >= 2 && j-(k+1) <= 3 && n < j-(k+1) && plainName(ws[k+1:j]) && !ws[j-1].possessive && (rulerTitle || seat)
			switch {
			case whole:
				n = j - (k + 1)
				name := p.Text[ws[k+1].start:ws[j-1].end]
				x.add(&mention{key: keyOf(name), kind: actors.Place, name: name, surface: name, art: a, para: p, start: ws[k+1].start, end: ws[j-1].end, inQuote: ws[k+1].inQuote})
			case n > 0:
				e := x.lex[wordsKey(ws[k+1:k+1+n])]
				x.lexMention(a, p, ws, k+1, k+1+n, e)
			default:
				n = 1
				// "MP for St Albans", "Member of Parliament for St Ives
				// North": a seat named for a saint takes the saint's name,
				// and a compass word after it.
				if saintWords[ws[k+1].lower()] && !ws[k+1].possessive && k+2 < j && ws[k+2].cap && !connectorWord(ws[k+2]) {
					n = 2
					if k+3 < j && compass[ws[k+3].lower()] && !ws[k+2].possessive {
						n = 3
					}
				}
				// "MP for Tampines GRC", "MP for Hougang SMC": Singapore's
				// kinds of constituency are the seat's name.
				if k+1+n < j && (ws[k+1+n].text == "GRC" || ws[k+1+n].text == "SMC") && !ws[k+n].possessive {
					n++
				}
				if placeTitles[strings.ToLower(role[len(role)-1])] {
					name := p.Text[ws[k+1].start:ws[k+n].end]
					x.add(&mention{key: keyOf(name), kind: actors.Place, name: name, surface: name, art: a, para: p, start: ws[k+1].start, end: ws[k+n].end, inQuote: ws[k+1].inQuote})
				}
			}
			// "Minister of State for Foreign Affairs": a portfolio's
			// words go on with the role, they are no name.
			for k+1+n < j {
				// "Chief of Defence Staff", "Chief of Army Staff".
				if portfolioWords[ws[k+1+n].lower()] || ws[k+1+n].text == "Staff" {
					n++
					continue
				}
				// "for Masvingo Provincial Affairs": a qualifier before a
				// portfolio's word.
				if k+2+n < j && portfolioQualifiers[ws[k+1+n].lower()] && portfolioWords[ws[k+2+n].lower()] {
					n += 2
					continue
				}
				// "Minister of Information and National Orientation".
				if lw := ws[k+1+n].lower(); lw == "and" || lw == "&" {
					m := k + 2 + n
					for m < j && portfolioQualifiers[ws[m].lower()] {
						m++
					}
					if m < j && portfolioWords[ws[m].lower()] {
						n = m + 1 - (k + 1)
						continue
					}
				}
				break
			}
			role = append(role, lw, p.Text[ws[k+1].start:ws[k+n].end])
			k += 1 + n
			continue
		}
		// "DA", "DI", "DE" in capitals are a body's initials, no "da";
		// "from Al Safa": Arabic's article, capitalised, opening the
		// span opens its name.
		// Nor "Fine Gael's Des Cahalane-Barry": "Des", capitalised before
		// one name, is a given name (Desmond's), as in no place's but
		// Des Moines.
		givenDes := ws[k].text == "Des" && k+2 == j && ws[k+1].cap && ws[k+1].text != "Moines" && !connectorWord(ws[k+1])
		// Nor "said Do Thi Phuong": "Do", capitalised inside a
		// sentence before two names, is a Vietnamese family name.
		familyDo := ws[k].text == "Do" && k == i && !ws[k].sentStart && j-k >= 3 && plainName(ws[k+1:j])
		// Nor "the city of Van": a lone capitalised particle where the
		// words around it make a place's name.
		connectorPlace := false
		if k == i && j == i+1 && ws[k].cap && !ws[k].sentStart && len(ws[k].text) >= 3 {
			kind, ok := x.contextKind(p.Text, ws, i, j, false)
			connectorPlace = ok && kind == actors.Place
		}
		if connectorWord(ws[k]) && !givenDes && !familyDo && !particleName && !connectorPlace && !(ws[k].cap && isAcronym(ws[k].text)) && !(k == i && (ws[k].text == "Al" || ws[k].text == "El") && !ws[k].sentStart && k+1 < j && ws[k+1].cap && !connectorWord(ws[k+1])) {
			k++ // a connector never starts a name
			continue
		}
		// "Assistant State's Attorney Mireille X", "Commonwealth's
		// Attorney Y": an American prosecutor's title, before a name.
		if (lw == "state" || lw == "commonwealth") && ws[k].possessive && k+2 < j && ws[k+1].lower() == "attorney" && !ws[k+1].possessive {
			if roleStart < 0 {
				roleStart = k
			}
			role = append(role, p.Text[ws[k].start:ws[k+1].end])
			k += 2
			continue
		}
		// "Lancaster Sheriff's Station", "the President's Office": what
		// follows a title's possessive is the office, not a person.
		if titles[lw] && ws[k].possessive && k+1 < j && !honorifics[lw] {
			x.addSpan(a, p, ws, i, j, actors.Organization)
			return
		}
		if second, ok := honourPairs[lw]; ok && k+2 < j && ws[k+1].lower() == second {
			if roleStart < 0 {
				roleStart = k
			}
			role = append(role, p.Text[ws[k].start:ws[k+1].end])
			k += 2
			continue
		}
		// "The IG Metall union said": initials that are a title
		// elsewhere ("IG Y", an inspector general) open a body's name
		// when a body's noun follows the one word after them.
		if k == i && j-k == 2 && titles[lw] && isAcronym(ws[k].text) && j < len(ws) && !ws[j].cap && bodyNounsAfter[ws[j].lower()] && p.Text[ws[j-1].end:ws[j].start] == " " {
			x.addSpan(a, p, ws, i, j, actors.Organization)
			return
		}
		// "Sheikh Sultan bin Khalid": a title's word before "bin" is a
		// given name.
		givenBeforeBin := titles[lw] && k > i && k+1 < j && (ws[k+1].lower() == "bin" || ws[k+1].lower() == "bint" || ws[k+1].lower() == "ibn")
		// (Not a nickname's word in quotation marks inside the name:
		// "Carlo “U Zoppu” X".)
		nickname := ws[k].inQuote && !ws[i].inQuote
		// "Amir Kiani": the given name, where one surname follows; the
		// Amir of Kuwait comes with his "Sheikh" ("Amir Sheikh X").
		amirGiven := ws[k].text == "Amir" && j-k == 2 && plainName(ws[k+1:j]) && !honorifics[ws[k+1].lower()] && x.lookup(ws, k+1, j) == 0
		if !givenBeforeBin && !nickname && !amirGiven && (titles[lw] || honorifics[lw]) || gardaTitle(ws, k, j) || x.detectiveRank(a, ws, k, j) || lawyerHonorific(ws, k, j) || grandTitle(ws, k, j) || proTem(ws, k, j) || x.burmeseHonorific(ws, k, j) || k == i && ws[k].sentStart && j-k >= 3 && occupation(lw) || movementWord(ws, k, j) {
			// "MS" in capitals is a member of the Senedd, no "Ms".
			// (Not "the Oba of Benin": a ruler's honorific before "of"
			// and a place is the ruler's title.)
			// (Nor "Gen." after a rank: "Lt. Gen. X", "Maj. Gen. Y" hold
			// one title.)
			rankThenGen := role != nil && k > i && (lw == "gen." || lw == "gen") && titles[ws[k-1].lower()] && !honorifics[ws[k-1].lower()]
			if (honorifics[lw] || lw == "me") && ws[k].text != "MS" && !(rulerTitles[lw] && k+1 < j && ws[k+1].text == "of") && !rankThenGen {
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
		// "Additional Deputy Commissioner Revenue Tahir X", "Deputy
		// Director Agriculture Extension Ghulam Y": the officer's charge
		// between the title and the name, as South Asia's papers write
		// it, is the role's.
		if role != nil && k > i {
			if c := chargeAfterTitle(ws, k, j); c > k {
				role = append(role, p.Text[ws[k].start:ws[c-1].end])
				k = c
				continue
			}
			// "Assistant Commissioner Kamoke Rabia Anwaar Sipra": an area
			// officer's area, one word before a name of three, is a
			// place; a name does not open on it ("Muhammad", "Syed").
			if areaTitles[ws[k-1].lower()] && !ws[k-1].possessive && j-k >= 4 && plainName(ws[k:j]) && !nameOpeners[ws[k].lower()] && x.lookup(ws, k, k+1) == 0 && !slices.ContainsFunc(ws[k:j], func(w word) bool { return titles[w.lower()] }) {
				x.addSpan(a, p, ws, k, k+1, actors.Place)
				role = append(role, ws[k].text)
				k++
				continue
			}
		}
		// A name: the rest of the run up to the next lexicon entry.
		end := k
		for end < j && x.lookup(ws, end, j) == 0 && !(titles[ws[end].lower()] && end > k && !(ws[end].inQuote && !ws[k].inQuote)) {
			end++
			if ws[end-1].possessive {
				break
			}
		}
		// "Michael Jordan", "Abel Montenegro Dutra", "Carlos
		// Montenegro": a country's name after a given name is a surname,
		// and so is a plain name after it.
		// (After a title, any one name that is no word of the language
		// opens the person's: "rights chief Volker Turk".)
		if end < j && end-k <= 2 && !ws[end-1].possessive && (givenName(ws[k].text) || (role != nil || k > 0 && !ws[k-1].cap && titles[ws[k-1].lower()]) && end-k == 1 && !commonWords()[ws[k].lower()]) && x.lookup(ws, k, k+1) == 0 {
			if n := x.lookup(ws, end, j); n == 1 && !ws[end].possessive || n == 1 && end+1 == j {
				// So is a people's noun ending the run after a given name:
				// "UN rights chief Volker Turk", "actor Dawn French".
				if e := x.lex[ws[end].key]; e.kind == actors.Place && (!e.demonym || end+1 == j && !ws[end].possessive && !lowerNounAfter(p.Text, ws, j)) && (end+1 == j || plainName(ws[end+1:j]) && x.lookup(ws, end+1, j) == 0 && j-end <= 2) && !(end+1 == j && placeAfterName(p.Text, ws, j)) {
					end = j
				}
			}
		}
		// "Waldez Góes dos Santos Lima": a place's one word ending the
		// run after a name particle and a surname is a surname too.
		if end+1 == j && end-k >= 3 && !ws[end-1].possessive && ws[end-1].cap && nameParticles[ws[end-2].lower()] && !ws[end-2].cap && x.lookup(ws, end, j) == 1 && !placeAfterName(p.Text, ws, j) {
			if e := x.lex[ws[end].key]; e.kind == actors.Place && !e.demonym {
				end = j
			}
		}
		// "Bank of Ghana Governor X": a body's word and "of" before a
		// place the lexicon knows, then an officer's title, are the
		// body's name, the place its own.
		// So with the body's words before it: "Central Bank of Kenya
		// Governor X".
		if end-k >= 2 && end-k <= 4 && end < j && ws[end-1].lower() == "of" && !ws[end-1].cap && (orgWords[ws[end-2].lower()] || orgSuffixes[ws[end-2].lower()]) && !slices.ContainsFunc(ws[k:end-1], func(w word) bool { return w.possessive || !w.cap }) {
			if n := x.lookup(ws, end, j); n > 0 && end+n < j && titles[ws[end+n].lower()] && x.placeBefore(ws, end, end+n) {
				if roleStart < 0 {
					roleStart = k
				}
				x.addSpan(a, p, ws, k, end+n, actors.Organization)
				role = append(role, p.Text[ws[k].start:ws[end+n-1].end])
				k = end + n
				continue
			}
			// "Ministry of Finance Secretary X", "Ministry of Health
			// Permanent Secretary Y": the portfolios after "of" are the
			// body's, the title after them its officer's.
			m := end
			for m < j && m-end < 4 && ws[m].cap && !ws[m].possessive && (portfolioWords[ws[m].lower()] || m > end && ws[m].lower() == "and") {
				m++
			}
			if m > end && m < j && ws[m-1].lower() != "and" && (titles[ws[m].lower()] || rankQualifiers[ws[m].lower()] || secretaryQualifiers[ws[m].lower()]) && x.lookup(ws, end, m) == 0 {
				if roleStart < 0 {
					roleStart = k
				}
				x.addSpan(a, p, ws, k, m, actors.Organization)
				role = append(role, p.Text[ws[k].start:ws[m-1].end])
				k = m
				continue
			}
		}
		// "Conservatoire de Paris", "Orchestre de Paris": one word no one
		// is given, then a Romance "de" and a place the lexicon knows to
		// the run's end, is a body named for the place, not the place.
		if end-k == 2 && end < j && ws[k+1].lower() != "of" && nameParticles[ws[k+1].lower()] && !ws[k+1].cap && !ws[k].possessive && !commonGivenName(ws[k].text) && !titles[ws[k].lower()] && x.lookup(ws, end, j) == j-end && !ws[j-1].possessive {
			if e := x.lex[wordsKey(ws[end:j])]; e.kind == actors.Place && !e.demonym {
				end = j
			}
		}
		// "the Renaissance Capital IPO index": a word in capitals that
		// names nothing ends no name (but a fund's does: "the SPDR S&P
		// Retail ETF").
		for end > k+1 && (connectorWord(ws[end-1]) || notOrgAcronyms[ws[end-1].text] && ws[end-1].text != "ETF" && !ws[end-1].possessive) {
			end--
		}
		// "Hassan Sheikh Abdullahi": a title between two names is part of
		// the name, as Somali and Arab names carry it.
		for end < j && end-k == 1 && inNameTitles[ws[end].lower()] && end+1 < j && !titles[ws[end+1].lower()] && x.lookup(ws, end+1, end+2) == 0 && !titles[ws[k].lower()] {
			end += 2
			for end < j && x.lookup(ws, end, j) == 0 && !titles[ws[end].lower()] {
				end++
			}
		}
		// "Stephen King", "Rachel Bishop": a title's word ending the run
		// after a given name is a surname, no title.
		// So is any title ending a run of two names after an honorific:
		// "U Zaw Min Tun", where a title would stand before a name.
		// So is "Sen" ending a name after a word no dictionary holds:
		// "Hun Sen", "Amartya Sen" (not "Democratic Sen." before the
		// senator's name).
		surnameTitle := end == j-1 && (titleSurnames[ws[end].text] && givenName(ws[end-1].text) || honorific && end-k >= 2 || ws[end].text == "Sen" && !commonWords()[ws[end-1].lower()]) && !titles[ws[end-1].lower()] && !ws[end].possessive
		if surnameTitle {
			end = j
		}
		if end < j && titles[ws[end].lower()] && !ws[end-1].possessive && !honorific && !surnameTitle {
			// A run right before a title is part of the role.
			if roleStart < 0 {
				roleStart = k
			}
			x.bodyBeforeTitle(a, p, ws, k, end)
			role = append(role, p.Text[ws[k].start:ws[end-1].end])
			k = end
			continue
		}
		// "Jamaat-e-Islami's Nayeb-e-Ameer X", "Trump's lawyer X": a lone
		// name whose officer follows is a person the corpus names, else a
		// body.
		if end == k+1 && end < j && ws[k].possessive && titles[ws[end].lower()] && role == nil && !honorific {
			x.officerOf[ws[k].key] = true
		}
		// "Ferrari's Tomás Vasquez", "Arsenal's Bukayo Saka", "Red Bull's
		// Matías Carbonell": a name of one or two words whose member
		// follows, named in full, likewise.
		if end-k <= 2 && end+1 < j && ws[end-1].possessive && role == nil && !honorific && plainName(ws[end:min(j, end+2)]) && x.lookup(ws, end, j) == 0 {
			x.officerOf[wordsKey(ws[k:end])] = true
		}
		// "The Director of Public Prosecutions, Noordin Haji, said": one
		// word after a title "of" words, set off before a person's name,
		// ends the office's name; it is no one's.
		if end-k == 1 && end == j && len(role) > 0 && strings.Contains(" "+strings.Join(role, " ")+" ", " of ") && officeHolderAfter.MatchString(p.Text[ws[end-1].end:]) {
			role, roleStart, honorific = nil, -1, false
			k = end
			continue
		}
		// "Kirinyaga Members of County Assembly", "Gaza Residents": a
		// plural noun for a group of people after a place's name ends no
		// one's name; the place is named on its own ("Mine Workers"
		// stays a name).
		if end-k == 2 && groupNouns[ws[end-1].lower()] && !ws[end-1].possessive && x.lookup(ws, k, end) == 0 && (x.isCity(ws[k].key) || x.isPlaceName(ws[k].key)) {
			end--
		}
		// "Lord Corriemuir", "Baroness Ormeley": a peer, or a Scottish
		// judge, named by the title and one name is known by both, as
		// "Lady Carrickvale" is.
		if end-k == 1 && len(role) == 1 && roleStart == k-1 && peerTitles[strings.ToLower(role[0])] && !ws[k-1].possessive {
			k, role, roleStart = k-1, nil, -1
		}
		// "Egypt's General Intelligence chief": a title, then one word
		// naming a state's service, is the service's name, no
		// officer's.
		if end-k == 1 && len(role) > 0 && role[len(role)-1] == ws[k-1].text && !honorific && !ws[k-1].possessive && !ws[k].sentStart && serviceNouns[ws[k].lower()] && p.Text[ws[k-1].end:ws[k].start] == " " {
			x.addSpan(a, p, ws, k-1, end, actors.Organization)
			role, roleStart = nil, -1
			k = end
			continue
		}
		// "the Eduardo Avaroa Andean Fauna National Reserve": a run whose
		// last word is a place's noun ("Reserve", "Forest") after words
		// read as a title is the place's name, no one's.
		if end-k == 1 && end == j && len(role) > 0 && roleStart >= 0 && !honorific && !insideOrg && placeNouns[ws[k].lower()] && !slices.ContainsFunc(ws[roleStart:end], func(w word) bool { return w.possessive }) {
			x.addSpan(a, p, ws, roleStart, end, actors.Place)
			role, roleStart = nil, -1
			k = end
			continue
		}
		// "the Director of Public Prosecutions": a word of the language
		// left after an officer's title "of" its portfolio ends the
		// office's name, no one's ("Prosecutions" is no person).
		if end-k == 1 && end == j && len(role) >= 2 && roleStart >= 0 && !honorific && !insideOrg && slices.Contains(role, "of") && (commonWords()[ws[k].lower()] || commonWords()[strings.TrimSuffix(ws[k].lower(), "s")] || x.lowered[ws[k].lower()]) && !givenName(ws[k].text) && !ws[k].possessive {
			x.addSpan(a, p, ws, roleStart, end, actors.Organization)
			role, roleStart = nil, -1
			k = end
			continue
		}
		x.name(a, p, ws, k, end, strings.Join(role, " "), honorific)
		role, roleStart, honorific = nil, -1, false
		k = end
	}
	// "The Director of Public Prosecutions had directed", "the Controller
	// of Budget": an officer's title "of" its portfolio, with no name
	// after it or beside it, names the office, a body.
	if !insideOrg && len(role) >= 3 && roleStart > 0 && role[1] == "of" && ws[roleStart-1].lower() == "the" && portfolioWords[strings.ToLower(ws[j-1].text)] && officeTitles[strings.ToLower(role[0])] && !allCaps(role[0]) && !ws[j-1].possessive && !nameBesideTitle(p.Text, ws[roleStart].start, ws[j-1].end) {
		x.addSpan(a, p, ws, roleStart, j, actors.Organization)
		return
	}
	// "the Ooni of Ife said", "a message from the Sultan of Sokoto": a
	// ruler's title of a place, with no name after it or set off beside
	// it, stands for the ruler, a person, beside the place (not a
	// caption's "…, 44, MAYOR OF BERGEN", a name's role in capitals).
	if !insideOrg && len(role) == 3 && roleStart >= 0 && rulerTitles[strings.ToLower(role[0])] && role[1] == "of" && !allCaps(role[0]) && !ws[j-1].possessive && !nameBesideTitle(p.Text, ws[roleStart].start, ws[j-1].end) {
		name := p.Text[ws[roleStart].start:ws[j-1].end]
		x.add(&mention{key: keyOf(name), kind: actors.Person, name: name, surface: name, art: a, para: p, start: ws[roleStart].start, end: ws[j-1].end, inQuote: ws[roleStart].inQuote})
	}
}

// officeTitles are officers whose title "of" a portfolio, alone, names
// their office: "the Director of Public Prosecutions", "the Controller
// of Budget" (not "the Minister of Finance", who is a person unnamed).
var officeTitles = wordSet("director controller comptroller registrar auditor")

// rulerTitles are the titles of those who reign over a place, or hold
// its see, by which the holder alone is named: "the Emir of Kano", "the
// Ooni of Ife", "the Archbishop of Canterbury".
var rulerTitles = wordSet("emir king queen sultan oba ooni alaafin olubadan emperor empress prince princess maharaja maharani duke duchess shah archbishop bishop patriarch mayor")

// nameBesideTitle reports whether a name is set off right after a title
// spanning text[start:end] or right before it ("the Emir of Qatar, Sheikh
// Tamim, arrived", "the Archbishop of Tuam, the Most Rev. Colm X",
// "Harry, the Duke of Sussex"): the title is then that
// person's role, not the name they go by.
func nameBesideTitle(text string, start, end int) bool {
	after := text[end:]
	if strings.HasPrefix(after, ", ") {
		// "The Archbishop of Tuam, the Most Rev. Colm X, said": a
		// capitalised style after "the" is the name's too.
		after = strings.TrimPrefix(after, ", the ")
		if r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(after, ", ")); unicode.IsUpper(r) {
			return true
		}
	}
	return nameBeforeTitle.MatchString(textBefore(text, start, 40))
}

// nameBeforeTitle is a capitalised word set off by a comma before a
// title, or one whose role it is after "as": "Harry, the ", "Muhammadu
// Sanusi II as ".
var nameBeforeTitle = &lazyregexp.Regexp{Expr: `\p{Lu}[\p{L}'’.-]*(?:,|\s+as)\s+(?:the\s+)?$`}

// chargeAfterTitle returns the end of the words of an officer's charge
// at ws[k], right after a title ("City", "Revenue", "Agriculture
// Extension"), when a name of two words or more follows them to j; and k
// otherwise.
func chargeAfterTitle(ws []word, k, j int) int {
	if k == 0 || !titles[ws[k-1].lower()] || ws[k-1].possessive {
		return k
	}
	c := k
	for c < j && chargeWords[ws[c].lower()] && !ws[c].possessive {
		c++
	}
	if c == k || j-c < 2 || !plainName(ws[c:j]) || slices.ContainsFunc(ws[c:j], func(w word) bool { return titles[w.lower()] || chargeWords[w.lower()] }) {
		return k
	}
	return c
}

// chargeWords name an officer's charge after the title: a portfolio, or
// a part of a district ("Assistant Commissioner City", "Deputy Director
// Agriculture Extension").
var chargeWords = wordSet("city saddar sadar cantt cantonment rural urban general revenue finance planning " +
	"development agriculture extension education health headquarters operations traffic investigation " +
	"establishment admin administration coordination excise taxation livestock irrigation budget accounts " +
	"audit enforcement food industries fisheries forests colleges schools elementary secondary")

// appositionPrepositions tie an apposition's head to what follows it:
// "an analyst at Brightwater Capital", "the head of the institute".
var appositionPrepositions = wordSet("at of for in on from with to by near")

// officersOf hold an office of a body, in lower case before "of" and
// its name: "the chairman of Rajuk".
var officersOf = wordSet("chairman chairwoman chairperson director director-general ceo executive founder co-founder spokesman spokeswoman spokesperson")

// placeAppositions end the apposition that makes a name a place:
// "Abeokuta, the state capital", "Kasauli, a hill town".
// placeAppositionHead reports whether the words of an apposition after
// its article have a place's noun for head: the last word ("the state
// capital"), or one a preposition or "about" follows ("a former U.S.
// air base about 320 kilometers to the north"), with no preposition
// before it ("the head of the institute in the region" is a person's).
func placeAppositionHead(f []string) bool {
	for h := 1; h < len(f); h++ {
		if appositionPrepositions[f[h]] {
			return false
		}
		if placeAppositions[f[h]] && (h == len(f)-1 || appositionPrepositions[f[h+1]] || f[h+1] == "about" || f[h+1] == "some") {
			return true
		}
	}
	return false
}

var placeAppositions = wordSet("capital city town village port hamlet province region county suburb island " +
	"municipality settlement enclave neighbourhood neighborhood township resort " +
	// "Kangerlussuaq, a former U.S. air base", "Crib Goch, a narrow
	// ridge".
	"base airbase airfield airport ridge peak summit mountain glacier volcano canyon plateau reef")

// areaTitles are the officers South Asia's papers name with their area
// between the title and the name: "Assistant Commissioner Kamoke X",
// "Sub-Collector Patnagarh Y".
var areaTitles = wordSet("commissioner sub-collector tehsildar magistrate")

// nameOpeners open South Asian and Arab names of four words, as their
// first word: "Muhammad Ali Khan Niazi", "Syed Ayub Ali Bukhari".
var nameOpeners = wordSet("muhammad mohammad mohammed muhammed syed sayed malik mian chaudhry chaudhary " +
	"choudhury rana raja sardar khawaja khwaja hafiz pir mirza makhdoom sahibzada nawab sheikh " +
	"abdul abu haji mir qazi")

// councilOfPlace reports whether ws[i] follows a local council and
// "of": "the town council of Fjarðabyggð", "the district council of
// Kessingwold".
func councilOfPlace(ws []word, i int) bool {
	return i > 2 && ws[i-2].lower() == "council" && !ws[i-2].cap && localCouncils[ws[i-3].lower()] && !ws[i-3].cap
}

// localCouncils are the kinds of council a place elects.
var localCouncils = wordSet("town city municipal county village district parish borough regional provincial local")

// membershipHeads open the names of bodies that gather a trade or a
// people of one country: "Association of Banks in Lebanon".
var membershipHeads = wordSet("association chamber union federation confederation society league syndicate guild")

// diminutiveNickname reports whether w is a Portuguese diminutive of a
// given name, which Brazilian players go by: "Wendelzinho",
// "Kaiquinho", "Ronaldinho", "Juninho".
func diminutiveNickname(w string) bool {
	return utf8.RuneCountInString(w) >= 6 && !strings.Contains(w, "-") && (strings.HasSuffix(w, "inho") || strings.HasSuffix(w, "inha"))
}

// playAfter is what a player does, right after the name: "gave",
// "headed", "scored", "made it 2-0".
var playAfter = &lazyregexp.Regexp{Expr: `^\s(?:\p{Ll}+ed|gave|made|hit|put|struck|won|set|scored|netted|fired|curled|slotted|missed|saw|took|found|broke|beat|ran|sent|scores|makes|said|says|told)\b`}

// hyphenNumberAfter is a number run into a name by a hyphen: "-7".
var hyphenNumberAfter = &lazyregexp.Regexp{Expr: `^-\d`}

// modelNumberAfter matches a product's model number after its name: " 4
// (pictured)", " 9 goes on sale", " 7."; not a count ("3 for 41", "2
// goals", "12,408").
var modelNumberAfter = &lazyregexp.Regexp{Expr: `^ \d{1,3}(?:\s+\(|[).;:!?]|,\s|\s+(?:goes|went|will|is|was|has|had|costs|sells|sold|comes|came|starts|launches|launched|uses|ships|runs|follows|followed|arrives|arrived|debuts|debuted|retails|and|or)\b|$)`}

// officeHolderAfter matches a person's name set off after an office's:
// ", Noordin Haji-Mwangi,".
var officeHolderAfter = &lazyregexp.Regexp{Expr: `^, (?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+,`}

// trimPossessive cuts a possessive's ending off the gap after its word:
// "'s", or a plural's bare apostrophe ("Mercedes' ").
func trimPossessive(gap string) string {
	for _, p := range []string{"’s", "'s", "’", "'"} {
		if strings.HasPrefix(gap, p) {
			return gap[len(p):]
		}
	}
	return gap
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
	// "the Oregon Democrat said": a party's member after "the" is the
	// person the article names, no mention of the party.
	// Nor "a Social Democrat", "Liberal Democrat": another party's
	// member, named with its first word.
	if j-i == 1 && e.kind == actors.Organization && partyMember[ws[i].lower()] && (theMemberBefore.MatchString(textBefore(p.Text, ws[i].start, 40)) || i > 0 && ws[i-1].cap && p.Text[ws[i-1].end:ws[i].start] == " ") {
		return
	}
	// "the Pacific and Indian oceans": a people's name before an ocean
	// names the ocean, no country.
	if e.demonym && j < len(ws) && (ws[j].lower() == "oceans" || ws[j].lower() == "ocean") {
		return
	}
	// "assistants from Apple, Google and Amazon", "the Amazon Echo": a
	// place the news names with "the" alone ("in the Amazon", "the
	// Amazon region") is a company's name without it, or before a
	// product's.
	if j-i == 1 && e.kind == actors.Place && placeOrCompany[ws[i].text] {
		// "the Amazon", "the Brazilian Amazon", "Brazil's Amazon",
		// "Amazon land": the place.
		the := i > 0 && (strings.EqualFold(ws[i-1].text, "the") || ws[i-1].possessive || x.lex[ws[i-1].key].demonym)
		land := j < len(ws) && !ws[j].cap && landNouns[ws[j].lower()]
		// "the Amazon Echo": a product's name after it.
		product := the && j < len(ws) && ws[j].cap && !placeWords[ws[j].lower()] && p.Text[ws[j-1].end:ws[j].start] == " " && j+1 == runEnd(p.Text, ws, j)
		if !the && !land || product {
			surface := ws[i].text
			x.add(&mention{key: keyOf(surface + " company"), kind: actors.Organization, name: surface, surface: surface, art: a, para: p, start: ws[i].start, end: ws[i].end, inQuote: ws[i].inQuote})
			return
		}
	}
	// "at 09:30 Pacific time": a time zone names no place.
	if j-i == 1 && j < len(ws) && ws[j].text == "time" && p.Text[ws[i].end:ws[j].start] == " " && zoneWords[ws[i].text] {
		return
	}
	// "speaking first in Italian and then in English": a people's name
	// that ends its phrase after "in", or follows a verb of speaking, is
	// a language, no country.
	if e.demonym && x.languageUse(p.Text, ws, i, j) {
		return
	}
	// "Labor costs rose", "“Labour shortages are …”": work, the common
	// noun opening a sentence before the noun it qualifies, is no party.
	if j-i == 1 && e.kind == actors.Organization && (ws[i].text == "Labor" || ws[i].text == "Labour") && j < len(ws) && !ws[j].cap && labourNouns[ws[j].lower()] && p.Text[ws[i].end:ws[j].start] == " " {
		return
	}
	// "two clear of Barcelona, who host Villarreal": a city that plays,
	// set off before "who", is its team.
	if j-i == 1 && e.kind == actors.Place && !e.country && !e.demonym && teamWhoAfter.MatchString(p.Text[ws[i].end:]) {
		x.clubs[[2]string{a.ID, ws[i].key}] = true // the club, keyed apart from the city by merge
	}
	// "Labor Minister Bärbel X", "Labor Secretary Y": in American
	// spelling, the portfolio before its office's title, unless the
	// story is Australia's, whose Labor ministers are the party's.
	if j-i == 1 && e.kind == actors.Organization && ws[i].text == "Labor" && j < len(ws) && ws[j].cap && portfolioTitles[ws[j].lower()] && p.Text[ws[i].end:ws[j].start] == " " && !strings.Contains(a.Text, "Australia") {
		return
	}
	// "1.2 billion US dollars", "19.25 Egyptian pounds": a currency's
	// country is no actor of the story. (Not "France won the vote": a
	// currency's name that is a word of the language too, "won" or
	// "real", names money only after a people's adjective.)
	if e.kind == actors.Place && j < len(ws) && !ws[j].cap && currencyWords[ws[j].lower()] && p.Text[ws[j-1].end:ws[j].start] == " " && (e.demonym || !currencyVerbs[ws[j].lower()]) {
		return
	}
	surface := p.Text[ws[i].start:ws[j-1].end]
	// "Det Con James Jordan … Jordan, who was based at …", "Michael
	// Jordan scored … Jordan said": a place's one word that is the
	// surname of a person the article named in full is that person,
	// unless a place's preposition or "of" stands before it.
	if e.kind == actors.Place && !e.demonym && j-i == 1 && !(i > 0 && (placePrepositions[ws[i-1].lower()] || ws[i-1].lower() == "of" || ws[i-1].lower() == "to")) && x.surnameNamed(a.ID, keyOf(surface)) {
		x.add(&mention{key: keyOf(surface), kind: actors.Person, name: surface, surface: surface, art: a, para: p, start: ws[i].start, end: ws[j-1].end, inQuote: ws[i].inQuote, single: true})
		return
	}
	// "the Scottish government's Marine Fund", "the Welsh government":
	// a devolved nation's government, as these are written in lower
	// case, is a body of its own beside the nation.
	if e.demonym && j-i == 1 && devolvedDemonyms[ws[i].lower()] && j < len(ws) && ws[j].lower() == "government" && !ws[j].cap && p.Text[ws[j-1].end:ws[j].start] == " " {
		body := p.Text[ws[i].start:ws[j].end]
		x.add(&mention{key: keyOf(body), kind: actors.Organization, name: body, surface: body, art: a, para: p, start: ws[i].start, end: ws[j].end, inQuote: ws[i].inQuote})
	}
	// "told The Associated Press": a capital "The" inside a sentence is
	// the body's own, written with its name.
	if e.kind == actors.Organization && i > 0 && ws[i-1].text == "The" && !ws[i-1].sentStart && p.Text[ws[i-1].end:ws[i].start] == " " {
		surface = p.Text[ws[i-1].start:ws[j-1].end]
	}
	m := &mention{key: e.key, kind: e.kind, name: e.name, surface: surface, art: a, para: p, start: ws[i].start, end: ws[j-1].end, inQuote: ws[i].inQuote}
	if e.capital && x.elsewhere(p.Text, ws, j, e) {
		// "San Jose, California": a city of the capital's name in
		// another country or state is a place of its own.
		m.key, m.name = keyOf(surface), surface
		x.add(m)
		return
	}
	if e.capital && !x.actsAsGovernment(p.Text, ws, i, j) {
		m.key, m.name = keyOf(e.city), e.city
	}
	x.add(m)
}

// languageNouns after a people's name make it their language.
var languageNouns = wordSet("speaker speakers speaking language languages translation translations translator translators subtitles subtitled dubbed dub lessons proficiency fluency dialect")

// languageUse reports whether the people's name ws[i:j] names their
// language: after a verb of speaking ("speaks Turkish"), after "in" at
// a phrase's end ("said in French.", "in Arabic and English,"), or
// before a noun of language ("an English speaker").
func (x *extractor) languageUse(text string, ws []word, i, j int) bool {
	// "a fluent English speaker", "a French-language daily", "the
	// Arabic translation": a noun of language after the name.
	if j < len(ws) && !ws[j].cap && !ws[j-1].possessive && languageNouns[ws[j].lower()] && (text[ws[j-1].end:ws[j].start] == " " || text[ws[j-1].end:ws[j].start] == "-") {
		return true
	}
	// "“French is not a cost,” he said", "Arabic is spoken at home":
	// a language's name alone, the subject of "is" opening a
	// sentence, is the language (the people go with "the": "The French
	// are …").
	if j-i == 1 && ws[i].sentStart && !ws[i].possessive && (languageNames[ws[i].lower()] || x.lex[ws[i].key].demonym) && j < len(ws) && (ws[j].text == "is" || ws[j].text == "was") && text[ws[i].end:ws[j].start] == " " {
		return true
	}
	if i == 0 || ws[i-1].cap || text[ws[i-1].end:ws[i].start] != " " || ws[j-1].possessive {
		return false
	}
	before := ws[i-1].lower()
	if speakingVerbs[before] {
		return true
	}
	// "in Arabic and French,": the second language of a pair.
	second := (before == "and" || before == "or") && i > 2 && ws[i-3].lower() == "in" && (languageNames[ws[i-2].lower()] || x.lex[ws[i-2].key].demonym)
	if before != "in" && !second && !(i > 1 && ws[i-2].lower() == "in" && (before == "fluent" || before == "both" || before == "broken")) {
		return false
	}
	return x.phraseEnds(text, ws, j)
}

// phraseEnds reports whether a phrase ends before ws[j]: punctuation, the
// text's end, or "and"/"or" and another people's name that ends it ("in
// Arabic and English,").
func (x *extractor) phraseEnds(text string, ws []word, j int) bool {
	rest := text[ws[j-1].end:]
	if rest == "" || strings.IndexByte(",.;:)!?", rest[0]) >= 0 {
		return true
	}
	if j+1 < len(ws) && ws[j].lower() == "and" && ws[j+1].lower() == "then" && text[ws[j-1].end:ws[j].start] == " " {
		return true // "first in Italian and then in English"
	}
	if j+1 >= len(ws) || (ws[j].lower() != "and" && ws[j].lower() != "or") || text[ws[j-1].end:ws[j].start] != " " || x.lookup(ws, j+1, len(ws)) != 1 || !x.lex[ws[j+1].key].demonym {
		return false
	}
	rest = text[ws[j+1].end:]
	return rest == "" || strings.IndexByte(",.;:)!?", rest[0]) >= 0
}

// irishName reports whether ws are Irish words of a body's name: one of
// Irish's body words ("Bord", "Coimisiún", "Garda"), or a word with a
// fada ("Pleanála").
func irishName(ws []word) bool {
	for _, w := range ws {
		if irishBodyWords[w.lower()] || strings.ContainsAny(w.text, "áéíóúÁÉÍÓÚ") {
			return true
		}
	}
	return false
}

// irishBodyWords are the Irish words of state bodies' names.
var irishBodyWords = wordSet("bord coimisiún coimisiun garda post taisce chomhairle comhairle roinn údarás udaras oifig")

// fellowshipHeads name a body of members before "of", though alone they
// are common words: "Fraternal Order of Police", "Knights of Columbus",
// "Friends of the Earth", "Daughters of Charity".
var fellowshipHeads = wordSet("order fellowship knights friends daughters sons sisters church basilica cathedral")

// oldNewWords open the name of a place named after another, or of a
// river's branch by its colour: "New Britain", "Nova Scotia", "Old
// Castile", "Little Cayman", "Blue Nile".
var oldNewWords = wordSet("new old nova nueva nuevo novo nouvelle nouveau little blue white black red")

// loneBodyFor reports whether ws[i:j] is a body's word alone, no title,
// before "for the" at ws[j]: "the Superintendency for the Underwater
// Cultural Heritage" is one body, where "Commissioner for the
// Metropolitan Police" is an officer of another.
func loneBodyFor(ws []word, i, j int) bool {
	lw := ws[j-1].lower()
	return j-i == 1 && ws[j].lower() == "for" && orgWords[lw] && !titles[lw] && !ws[j-1].possessive
}

// partyPlurals are the people a party or a movement is named for,
// before "for" and its country or cause: "Democrats for Liechtenstein".
var partyPlurals = wordSet("democrats republicans liberals socialists conservatives greens patriots citizens")

// causeHeads open a campaign's name before "for" and its cause (not
// "Lawyers for Hallett Freight", who act for a firm).
var causeHeads = wordSet("campaign coalition movement mobilisation mobilization alliance")

// advocacyHeads head a campaigning group's name before "for the":
// "Mobilisation for the Environment", "Coalition for the Homeless",
// "Doctors for the Climate".
var advocacyHeads = wordSet("mobilisation mobilization campaign coalition movement action citizens doctors lawyers scientists parents mothers physicians voices")

// holidayNames are feasts and holidays: "the Christmas holidays",
// "during Ramadan".
var holidayNames = wordSet("christmas easter ramadan eid diwali hanukkah thanksgiving lent advent halloween passover pentecost")

// commonPhrase reports whether the article being read also writes the
// words ws together in lower case.
func (x *extractor) commonPhrase(ws []word) bool {
	phrase := strings.ToLower(joinWords(ws))
	k := strings.Index(x.articleLower, phrase)
	for k >= 0 {
		// The lower-case text matches the capitalised words too: a
		// match counts only where the article writes it in lower case.
		if k+len(phrase) <= len(x.articleText) && x.articleText[k:k+len(phrase)] == phrase {
			return true
		}
		next := strings.Index(x.articleLower[k+1:], phrase)
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return false
}

// givenNameOpening reports whether ws[i:j], opening a sentence, reads as
// a given name and a surname, though the given name is a common word
// ("Mark", "Will", "Grace"): two words, the first short and no plural,
// gerund or adverb, the second no body's or place's word, and a
// person's cue after them (a speech verb, an age, a role set off).
func givenNameOpening(text string, ws []word, i, j int) bool {
	if j-i != 2 || ws[j-1].possessive || !plainName(ws[i:j]) || spanHasOrgWord(ws[i:j]) || spanHasPlaceWord(ws[i:j]) {
		return false
	}
	first := ws[i].lower()
	if n := utf8.RuneCountInString(first); n < 3 || n > 7 {
		return false
	}
	for _, end := range []string{"s", "ing", "ly", "ed"} {
		if strings.HasSuffix(first, end) {
			return false
		}
	}
	return personCueAfter.MatchString(textAfter(text, ws[j-1].end, 40))
}

// personCueAfter is what follows a person's name: a speech verb, an age
// set off, a role set off.
var personCueAfter = &lazyregexp.Regexp{Expr: `^(?:,\s\d{1,3},|,\s(?:a|an|the|who)\s|\s(?:said|says|told|added|tells)\b)`}

// camelWord reports whether w, no hyphen in it, has a capital inside:
// "SoftBank", "HCLTech" (not "Wekesa-Oloo" or "McAlinden"'s one after
// "Mc").
func camelWord(w string) bool {
	return !strings.Contains(w, "-") && !strings.HasPrefix(w, "Mc") && !strings.HasPrefix(w, "Mac") && innerCapital(w)
}

// brandWord reports whether w is written as brands are, a capital inside
// it ("SunStar", "PayPal", "YouTube"), and not as names with a particle
// run in are ("DeSantis", "LeBron", "DiCaprio", "VanDyke").
func brandWord(w string) bool {
	if !camelWord(w) || !brandCased.MatchString(w) {
		return false
	}
	for _, pre := range []string{"De", "Le", "La", "Di", "Du", "Da", "Van", "Von", "Del", "Della", "Des", "Dos", "Das", "Ten", "Ter", "St", "Fitz"} {
		if strings.HasPrefix(w, pre) && len(w) > len(pre) && unicode.IsUpper(firstRune(w[len(pre):])) {
			return false
		}
	}
	return true
}

// brandCased matches a word of two capitalised parts run together,
// letters only: "SunStar", "PayPal" (not "MCAs", "iPad", "H5N1").
var brandCased = &lazyregexp.Regexp{Expr: `^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$`}

// clubPlaceEnds end clubs' names that are also places': "Harrowgate
// Town", "Brayford City", "Derby County".
var clubPlaceEnds = wordSet("town city county")

// matchCues are the words of a match report.
var matchCues = []string{"goal", "header", "penalty", "stoppage time", "keeper", "goalkeeper", "striker", "midfielder", "substitute", "equalised", "equalized", "half-time", "the spot", "free kick", "clean sheet", "wicket", "innings"}

// matchReport reports whether the article being read is a match report:
// it holds two of matchCues at least.
func (x *extractor) matchReport() bool {
	n := 0
	for _, c := range matchCues {
		if strings.Contains(x.articleLower, c) {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// gardaTitle reports whether ws[k] is an Irish police officer's rank
// before a name ("Garda Niamh Costigan told the court"), not the force's
// name ("a Garda spokesperson", "Letterkenny Garda Station").
func gardaTitle(ws []word, k, j int) bool {
	return ws[k].text == "Garda" && j-k >= 3 && j-k <= 4 && plainName(ws[k+1:j]) && !spanHasOrgWord(ws[k:j]) && !spanHasPlaceWord(ws[k:j])
}

// sizedBefore is a chamber's size before it: "the 140-member ".
var sizedBefore = &lazyregexp.Regexp{Expr: `-(?:member|seat|strong) $`}

// studyFields end the names of fields of study: "Visual Science",
// "Gender Studies".
var studyFields = wordSet("science sciences studies engineering medicine")

// militaryRanks follow "Police" in the Philippine police's ranks:
// "Police Brigadier General", "Police Colonel", "Police Major".
var militaryRanks = wordSet("general brigadier colonel lieutenant major captain")

// personSetOff reports whether ws[i:j], set off by a comma after a
// body's noun, is a person's name of a given name and a surname or two:
// "the head of the employers' association, Luis Miguel Etchevehere,".
func (x *extractor) personSetOff(text string, ws []word, i, j int) bool {
	if j-i < 2 || j-i > 4 || !plainName(ws[i:j]) || spanHasOrgWord(ws[i:j]) || x.lookup(ws, i, j) != 0 {
		return false
	}
	// "The chairman of the market traders' association, Ganiyu X,": an
	// officer of the body named before, whatever the given name.
	return givenName(ws[i].text) || officerOfBodyBefore.MatchString(textBefore(text, ws[i].start, 100))
}

// officerOfBodyBefore is an officer's title and "of" before the body a name
// set off after it holds the office of: "The chairman of the market
// traders' association, ".
var officerOfBodyBefore = &lazyregexp.Regexp{Expr: `(?i)\b(?:chairman|chairwoman|chairperson|chair|president|head|leader|secretary|director|spokesman|spokeswoman|spokesperson|founder|chief|coordinator|convener|patron)\s+of\s+[^,;.“”"]{3,80},\s+$`}

// questionOpeners open a question before its subject: "Did Prime
// Minister X give …?" ("Will" is a given name too, and left out).
var questionOpeners = wordSet("Did Does Do Has Have Had Is Are Was Were Can Could Should Would")

// chargeBefore is what names an offence before its name: "one count of
// ", "two counts of ", "charged with ".
var chargeBefore = tailPattern{re: &lazyregexp.Regexp{Expr: `(?:\bcounts? of|\bcharged with|\bconvicted of|\bguilty of)\s+$`}, ends: []string{"count of", "counts of", "charged with", "convicted of", "guilty of"}}

// madeBy is a report, a survey or a study and "by" before who made it.
var madeBy = tailPattern{re: &lazyregexp.Regexp{Expr: `\b(?:(?:report|reports|survey|poll|study|analysis|investigation|review)\s+by|(?:polled|surveyed|compiled|tracked|published|distributed)\s+by|(?:data|figures)\s+from)\s+$`}, ends: []string{"by", "from"}}

// irishCounties are the island of Ireland's 32 counties, which its
// papers write after "Co": "Co Carlow", "Co. Tyrone".
var irishCounties = wordSet("Antrim Armagh Carlow Cavan Clare Cork Derry Donegal Down Dublin Fermanagh Galway Kerry Kildare Kilkenny Laois Leitrim Limerick Londonderry Longford Louth Mayo Meath Monaghan Offaly Roscommon Sligo Tipperary Tyrone Waterford Westmeath Wexford Wicklow")

// coinedWords are names coined for a policy or a cause, no actor's:
// "the Brexit vote", "Obamacare", "Abenomics".
var coinedWords = wordSet("Brexit Grexit Frexit Megxit Obamacare Trumpcare Abenomics Bidenomics Reaganomics Thatcherism Brexiteers Brexiteer Remainers Remainer")

// chamberParties are a chamber's members by party: "House Republicans".
var chamberParties = wordSet("Republicans Democrats Republican Democratic")

// detectiveRank reports whether ws[k] is a British detective's rank
// that is a word or a name elsewhere: "Con" of "Det Con James Jordan"
// (Detective Constable) before a name, not "Con Edison"; "DC" or "DS"
// before the surname of a person the article named, "DC Jordan's
// actions", not "DC Comics".
func (x *extractor) detectiveRank(a *corpus.Article, ws []word, k, j int) bool {
	switch ws[k].text {
	case "Con":
		return k > 0 && (ws[k-1].text == "Det" || ws[k-1].text == "Det.") && j-k >= 2
	case "DC", "DS", "DI":
		return j-k == 2 && x.surnameNamed(a.ID, keyOf(strings.TrimSuffix(strings.TrimSuffix(ws[k+1].text, "'s"), "’s")))
	}
	return false
}

// sharesMoved is a company's shares moving after its name: " shares
// fell", " stock rose".
var sharesMoved = &lazyregexp.Regexp{Expr: `^\s+(?:shares|stock)\s+(?:fell|rose|jumped|slid|dropped|closed|gained|lost|climbed|tumbled|surged|plunged|slipped|sank|soared|rallied|were|are|have|traded|ended)\b`}

// staffAt is a firm's or a school's people before "at" and its name:
// "analysts at ", "a team at ", "researchers at ".
var staffAt = tailPattern{re: &lazyregexp.Regexp{Expr: `\b(?:analysts?|economists?|strategists?|lawyers?|researchers?|scientists?|academics?|engineers?|staff|employees|a team|colleagues|partners?)\s+at\s+$`}, ends: []string{"at"}}

// bodyOfficers are a body's officers, in lower case after its name:
// "United Nurses of Alberta president X".
var bodyOfficers = wordSet("president chairman chairwoman chair spokesman spokeswoman spokesperson secretary-general")

// broadcasterInitials open the names of a broadcaster's programmes and
// stations: "BBC Points West", "ITV Granada", "RTÉ Drivetime".
var broadcasterInitials = map[string]bool{"BBC": true, "ITV": true, "RTÉ": true, "RTE": true, "CNN": true, "CBC": true, "NPR": true, "SBS": true, "NHK": true, "RNZ": true, "TVNZ": true, "KBC": true, "SABC": true}

// collectivePossessors are plurals without an -s whose possessive opens
// bodies' names: "People's Party", "Women's Institute".
var collectivePossessors = wordSet("people women men children")

// tradeMemberNouns are the makers or members a trade body is of:
// "Manufacturers of America", "Producers of Kenya".
var tradeMemberNouns = wordSet("manufacturers producers exporters importers growers dealers retailers distributors engineers employers")

// kinPlurals open a sentence before relatives' given names: "Sisters
// Amina and Fatuma Wekesa".
var kinPlurals = wordSet("brothers sisters twins cousins spouses siblings")

// sharedSurnameAfter returns the end of a full name of two or three plain
// words after " and " at ws[j] ("and Tomas Brandvik"), whose last word a
// given name before "and" shares, when a person's cue follows it or the
// name is set off; else 0.
func sharedSurnameAfter(text string, ws []word, j int) int {
	if j+2 >= len(ws) || ws[j].lower() != "and" || ws[j].cap || text[ws[j-1].end:ws[j].start] != " " || text[ws[j].end:ws[j+1].start] != " " {
		return 0
	}
	e := runEnd(text, ws, j+1)
	if e-(j+1) < 2 || e-(j+1) > 3 || ws[e-1].possessive || compass[ws[j+1].lower()] || ws[e-1].lower() == ws[j-1].lower() || !plainName(ws[j+1:e]) || spanHasOrgWord(ws[j+1:e]) || spanHasPlaceWord(ws[j+1:e]) || slices.ContainsFunc(ws[j+1:e], func(w word) bool { return orgSuffixes[w.lower()] || camelWord(w.text) }) {
		return 0
	}
	if after := textAfter(text, ws[e-1].end, 40); !strings.HasPrefix(after, ",") && !personCueAfter.MatchString(after) && !coupleVerbAfter.MatchString(after) {
		return 0
	}
	// "Kim and Moon Jae-in": a Korean name's given name, hyphenated in
	// small letters, ends it, its family name first; none is shared.
	if hyphenedGivenName.MatchString(ws[e-1].text) {
		return 0
	}
	return e
}

// hyphenedGivenName is a Korean given name as romanised, its two
// syllables hyphenated, the second in small letters: "Jae-in", "Min-jae".
var hyphenedGivenName = &lazyregexp.Regexp{Expr: `^\p{Lu}\p{Ll}+-\p{Ll}+$`}

// coupleVerbAfter is a verb of two people after their names: " were",
// " are", " lost", " ran", " walked".
var coupleVerbAfter = &lazyregexp.Regexp{Expr: `^\s+(?:were|are|have|had|lost|ran|own|owned|live|lived|run|said|told|took|went|came|began|built|grew|spent|sold|met|made|\p{Ll}{3,}ed)\b`}

// feastEnds end the names of feasts and seasons: "Lunar New Year", "New
// Year's Eve" (not "Day", a surname: Doris Day).
var feastEnds = wordSet("year eve")

// diseaseEnds end the names of diseases written in capitals: "Bird Flu",
// "Swine Flu".
var diseaseEnds = wordSet("flu influenza")

// diseaseNames are diseases named alone by a proper name: "as Ebola",
// "cases of Mpox".
var diseaseNames = wordSet("ebola zika nipah mpox covid chikungunya dengue hantavirus")

// languageNames are languages that are no people's name the lexicon
// knows: alone, they name no actor ("leaflets in Arabic and Urdu").
var languageNames = wordSet("arabic mandarin cantonese hindi urdu swahili farsi tagalog latin yiddish " +
	"sanskrit amharic pashto dari hebrew gaelic esperanto tigrinya")

// speakingVerbs come before a language's name: "speaks Turkish".
var speakingVerbs = wordSet("speak speaks spoke speaking translated")

// devolvedDemonyms are the peoples' names of nations and regions whose
// own governments act beside their state's: "the Scottish government".
var devolvedDemonyms = wordSet("scottish welsh catalan basque flemish walloon")

// channelWords end a broadcaster's name before its channel number.
var channelWords = wordSet("news tv channel")

// bodyFromStart reports whether ws[i:j], opening a sentence with a
// common word, is a body's name all of whose words belong to it: "High
// Court judge X", "Cash Access UK, which runs …", "Police Scotland said".
func (x *extractor) bodyFromStart(ws []word, i, j int) bool {
	country := func(k int) bool {
		e, ok := x.lex[ws[k].key]
		return ok && e.kind == actors.Place && e.country && !e.demonym
	}
	// "Colleges Ontario, which represents the schools", "Universities
	// UK": a sector's plural noun and a place, the sector's body.
	if j-i == 2 && !ws[j-1].possessive && x.lookup(ws, j-1, j) == 1 && (pluralOrgNoun(ws[i].lower()) || pluralIn(orgWords, ws[i].lower())) {
		if e := x.lex[ws[j-1].key]; e.kind == actors.Place && !e.demonym {
			return true
		}
	}
	// "Swimming WA chief executive X", "Tennis Victoria": a sport's
	// name and a place's, the sport's governing body there.
	if j-i == 2 && sportBodies[ws[i].lower()] && !ws[j-1].possessive && plainName(ws[j-1:j]) {
		return true
	}
	// "Air Greenland will fly the route", "Air Tanzania said": "Air" and
	// a place are an airline, though the article writes "air" small.
	if j-i == 2 && ws[i].lower() == "air" && !ws[j-1].possessive && x.lookup(ws, j-1, j) == 1 {
		if e := x.lex[ws[j-1].key]; e.kind == actors.Place && !e.demonym {
			return true
		}
	}
	// "Cycling UK's head of campaigns": a word and a country, whose
	// possessive has an officer, are a body's name.
	if j-i == 2 && ws[j-1].possessive && country(j-1) && j < len(ws) && !ws[j].cap && (officerTitles[ws[j].lower()] || ws[j].lower() == "head") {
		return true
	}
	// "Bank of Ghana Governor X", "Ministry of Finance Secretary Y": a
	// body's word, "of" and a name open a body's name, whatever follows.
	if j-i >= 3 && orgWords[ws[i].lower()] && !ws[i].possessive && ws[i+1].text == "of" && ws[i+2].cap {
		return true
	}
	if j-i < 2 || ws[j-1].possessive {
		return false
	}
	last := ws[j-1].lower()
	if x.portfolioForPlace(ws, i, j) {
		return true // "Transport for London said"
	}
	switch {
	case j-i == 2:
		// "Transport Scotland said", "Sport England": a portfolio and a
		// country, the public body for it. "Network Rail said": a
		// company's last word after a common one.
		return orgWords[last] || orgSuffixes[last] || (orgWords[ws[i].lower()] || portfolioWords[ws[i].lower()]) && country(j-1)
	default:
		// "Mid Pennine Hospitals NHS Foundation Trust said": a long
		// name a body's suffix ends keeps its first word.
		return orgWords[last] || j-i >= 4 && orgSuffixes[last] || country(j-1) && !ws[j-2].possessive
	}
}

// portfolioForPlace reports whether ws[i:j] is a portfolio, "for" and a
// place: a public body named for what it does and where ("Transport for
// London", "Transport for Greater Manchester").
func (x *extractor) portfolioForPlace(ws []word, i, j int) bool {
	k := i
	for k < j && portfolioWords[ws[k].lower()] {
		k++
	}
	if k == i || k+1 >= j || ws[k].lower() != "for" {
		return false
	}
	return x.isPlaceName(wordsKey(ws[k+1:j])) || placePrefixes[ws[k+1].lower()] || compass[ws[k+1].lower()]
}

// portfolioListAt reports whether ws[j], after a comma, continues a list
// of portfolios in a body's name begun by ws[i:j] ("Ministry of
// Housing, Communities and Local Government"): the run holds a body's
// word before "of" or "for", and from ws[j] on, portfolios only, joined
// by commas, end with "and" and one more portfolio.
func portfolioListAt(text string, ws []word, i, j int) bool {
	if !portfolioWords[ws[j-1].lower()] {
		return false
	}
	// "Sharjah Electricity, Water and Gas Authority": with no "of"
	// before it, the list is a body's name when a body's word ends it.
	// "Minister of Science, Energy, Telecommunications and Transport X":
	// a title's portfolios go on too.
	if !orgWithConnector(ws[i:j]) && !titleWithConnector(ws[i:j]) {
		return portfolioListThenBody(text, ws, j)
	}
	for k := j; k < len(ws) && k-j < 12; k++ {
		lw := ws[k].lower()
		switch {
		case ws[k].cap && (portfolioWords[lw] || portfolioQualifiers[lw] || lw == "government"):
			gap := ""
			if k+1 < len(ws) {
				gap = text[ws[k].end:ws[k+1].start]
			}
			if gap == ", " || gap == " " {
				continue
			}
			return false
		case lw == "and" && !ws[k].cap && k > j:
			return k+1 < len(ws) && ws[k+1].cap && (portfolioWords[ws[k+1].lower()] || portfolioQualifiers[ws[k+1].lower()])
		default:
			return false
		}
	}
	return false
}

// portfolioListThenBody reports whether ws[j:] goes on as the rest of a
// list of portfolios that a body's word ends: ", Water and Gas
// Authority".
func portfolioListThenBody(text string, ws []word, j int) bool {
	seenAnd := false
	for k := j; k < len(ws) && k-j < 10; k++ {
		lw := ws[k].lower()
		switch {
		case seenAnd && ws[k].cap && orgWords[lw]:
			return true
		case ws[k].cap && (portfolioWords[lw] || portfolioQualifiers[lw]):
		case lw == "and" && !ws[k].cap && !seenAnd:
			seenAnd = true
		default:
			return false
		}
		if k+1 < len(ws) {
			if g := text[ws[k].end:ws[k+1].start]; g != " " && g != ", " {
				return false
			}
		}
	}
	return false
}

// romanceGeneral reports whether ws[k], a body's word, is one of a
// Spanish, Portuguese or French body's name followed by "General" and
// nothing, or by "de", "da" or "du" ("Fiscalía General de la Nación",
// "Procuraduría General"): the adjective of the body, not a general's
// title.
func romanceGeneral(ws []word, k, j int) bool {
	if k+1 >= j || ws[k+1].lower() != "general" || !romanceBodyWords[ws[k].lower()] {
		return false
	}
	return k+2 == j || nameParticles[ws[k+2].lower()]
}

// romanceBodyWords are the body's words of Spanish, Portuguese and French
// names that "General" may follow.
var romanceBodyWords = wordSet("fiscalía fiscalia procuraduría procuraduria contraloría contraloria " +
	"secretaría secretaria dirección direccion direção direcao procuradoria defensoría defensoria " +
	"direction inspection confederación confederacion confederação")

// instrumentCode reports whether text[start:end] lies inside a
// bracketed exchange code such as "(HLVN.O)" or "(7203.T)".
// So does a listing's ticker: "(Nasdaq Stockholm: THERM B)", "(NYSE: KVF)".
func instrumentCode(text string, start, end int) bool {
	open := strings.LastIndexByte(text[:start], '(')
	if open < 0 || start-open > 32 {
		return false
	}
	close := strings.IndexByte(text[end:], ')')
	if close < 0 || close > 24 {
		return false
	}
	code := text[open : end+close+1]
	// In a listing, the ticker after the colon: the exchange before it
	// is a body.
	return instrumentPattern.MatchString(code) || listingPattern.MatchString(code) && strings.Contains(text[open:start], ":")
}

// listAfterPlaceCue reports whether the name at ws[i] is a later item of
// a list of names that "in" or "near", or "residents of" and the like,
// opens: "Residents of Kalba and Khor Fakkan", "in Dibba, Kalba and Wadi
// Helo". It walks back a few items at most.
func listAfterPlaceCue(text string, ws []word, i int) bool {
	return listAfterCue(text, ws, i, func(s int) bool {
		if s == 0 || text[ws[s-1].end:ws[s].start] != " " {
			return false
		}
		lw := ws[s-1].lower()
		return placeOnlyPrepositions[lw] || lw == "of" && s >= 2 && placeOfNouns[ws[s-2].lower()] && (!ws[s-2].cap || ws[s-2].sentStart) || areasAs(ws, s)
	})
}

// listAfterPeopleCue reports whether the capitalised word ws[i] is an
// item of a list of people's names after a plural of people: "members
// Aeri, Soyun and Yuna", "the remaining members -- Aeri, Soyun, Min
// Ha-rang and Yuna --", "his teammates, Kofi and Ama,". Stage names and
// first names stand alone there.
func listAfterPeopleCue(text string, ws []word, i int) bool {
	cue := func(s int) bool {
		if s == 0 || ws[s-1].cap || !peopleListNouns[ws[s-1].lower()] {
			return false
		}
		switch text[ws[s-1].end:ws[s].start] {
		case " ", ", ", " -- ", " — ", " – ", ": ", " (":
			return true
		}
		return false
	}
	if cue(i) {
		return listGoesOn.MatchString(text[ws[i].end:])
	}
	return listAfterCue(text, ws, i, cue)
}

// firmBy reports whether ws[i] follows a maker's or an operator's "by":
// "made by", "built by", "operated by".
func firmBy(ws []word, i int) bool {
	return i >= 2 && ws[i-1].text == "by" && byMakerVerbs[ws[i-2].text]
}

// byMakerVerbs are the participles before "by" that name who makes, sells
// or runs a thing.
var byMakerVerbs = wordSet("made built manufactured developed designed produced supplied sold operated owned marketed distributed")

// listAfterBodyCue reports whether the capitalised word ws[i] is an item
// of a list of bodies that a plural of bodies and "including", "like" or
// "such as" open: "colleges including Humber, Seneca and Fanshawe",
// "lenders such as Barclays".
func listAfterBodyCue(text string, ws []word, i int) bool {
	cue := func(s int) bool {
		if s < 2 || text[ws[s-1].end:ws[s].start] != " " {
			return false
		}
		k := s - 1
		switch lw := ws[k].lower(); {
		case ws[k].cap:
			return false
		case lw == "as" && k >= 2 && ws[k-1].lower() == "such":
			k--
		case bodyListNouns[lw] || makerNouns[lw]:
			// "chip equipment makers ASML and ASM International",
			// "lenders HSBC and Barclays": the plural right before.
			return true
		case lw != "including" && lw != "like":
			return false
		}
		// The plural, right before or one word before ("colleges
		// including", "airlines, including").
		for b := k - 1; b >= 0 && b >= k-2; b-- {
			if ws[b].cap {
				return false
			}
			if bodyListNouns[ws[b].lower()] {
				return true
			}
		}
		return false
	}
	if cue(i) {
		return true
	}
	return listAfterCue(text, ws, i, cue)
}

// bodyListNouns are plurals of bodies before a list of their names.
var bodyListNouns = wordSet("colleges universities companies firms banks lenders insurers clubs teams hospitals schools " +
	"groups parties unions airlines carriers retailers brands charities agencies operators outlets newspapers " +
	"broadcasters automakers carmakers chains supermarkets platforms startups manufacturers suppliers partners")

// makerNouns are plurals of makers and producers, bodies a report lists
// right after: "chipmakers Nvidia and AMD", "miners BHP and Rio Tinto".
var makerNouns = wordSet("makers chipmakers drugmakers producers miners exporters developers giants")

// peopleListNouns are plurals of people before a list of their names.
var peopleListNouns = wordSet("members bandmates teammates players singers rappers dancers actors actresses " +
	"co-stars stars drivers riders siblings brothers sisters sons daughters children twins")

// listAfterCue reports whether ws[i] is a later item of a list whose
// first item starts at a word s for which cue(s) holds: items of up to
// four capitalised words, set apart by commas and a last "and" or "or".
func listAfterCue(text string, ws []word, i int, cue func(s int) bool) bool {
	// A comma alone may set off an apposition ("in Karratha, Jade
	// Winterbottom, says"): an item after a comma counts when the list
	// goes on after it.
	if i >= 1 && text[ws[i-1].end:ws[i].start] == ", " && !listGoesOn.MatchString(text[ws[i].end:]) {
		return false
	}
	for items := 0; items < 6; items++ {
		// The separator before the item at i, and the end e of the item
		// before it.
		e := -1
		switch {
		case i >= 1 && ws[i-1].cap && text[ws[i-1].end:ws[i].start] == ", ":
			e = i - 1
		// "in Sharjah city, Khor Fakkan and Kalba": a city's item with
		// its noun.
		case i >= 2 && !ws[i-1].cap && (ws[i-1].text == "city" || ws[i-1].text == "town") && ws[i-2].cap && text[ws[i-1].end:ws[i].start] == ", " && text[ws[i-2].end:ws[i-1].start] == " ":
			e = i - 2
		case i >= 2 && !ws[i-1].cap && (ws[i-1].lower() == "and" || ws[i-1].lower() == "or") && text[ws[i-1].end:ws[i].start] == " " && ws[i-2].cap:
			if g := text[ws[i-2].end:ws[i-1].start]; g == " " || g == ", " {
				e = i - 2
			}
		}
		if e < 0 || ws[e].possessive {
			return false
		}
		// The item before: up to four capitalised words.
		s := e
		for s > 0 && s > e-3 && ws[s-1].cap && !ws[s-1].possessive && text[ws[s-1].end:ws[s].start] == " " {
			s--
		}
		if cue(s) {
			return true
		}
		if s == 0 || text[ws[s-1].end:ws[s].start] != " " || ws[s-1].cap {
			// A list item after a comma: go on from it.
			i = s
			continue
		}
		return false
	}
	return false
}

// currencyPrefixed reports whether w is a sum written with a currency's
// short name before the digits: "Dh1", "Rs500", "Tk20", "Sh2", "Rp10".
func currencyPrefixed(w string) bool {
	for _, prefix := range []string{"Dhs", "Dh", "Rs", "Tk", "KSh", "Ksh", "Sh", "Rp", "RM", "QR", "SR"} {
		if rest, ok := strings.CutPrefix(w, prefix); ok && rest != "" && allDigits(rest) {
			return true
		}
	}
	return false
}

// listGoesOn is a list's next item after a name: the rest of the name,
// then ", and X", ", X" or " and X".
var listGoesOn = &lazyregexp.Regexp{Expr: `^(?:\s\p{Lu}[\p{L}'’-]*){0,3}(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)\p{Lu}`}

// ageBefore reports whether text ends with an age written before a
// name: "58-year-old ". It reads only the end of text.
func ageBefore(text string) bool {
	rest, ok := strings.CutSuffix(text, "-year-old ")
	if !ok {
		return false
	}
	n := len(rest) - len(strings.TrimRight(rest, "0123456789"))
	return n >= 1 && n <= 3
}

// whoAfter is a relative clause on a person right after a name: ", who".
var whoAfter = &lazyregexp.Regexp{Expr: `^,\s+who\b`}

// ownedPlaceAfter reports whether ws[j] is a building a body or a person
// owns, after a possessive: "outside Grab's office", "at Roe's home".
func ownedPlaceAfter(ws []word, j int) bool {
	if j >= len(ws) || ws[j].cap {
		return false
	}
	switch ws[j].lower() {
	case "office", "offices", "headquarters", "home", "house", "residence", "premises":
		return true
	}
	return false
}

// companyNouns say what a company does: "Meatpacker X", "Lender Y".
var companyNouns = wordSet("company firm broadcaster carrier airline insurer lender miner producer retailer manufacturer " +
	"exporter importer distributor wholesaler developer contractor supplier publisher conglomerate startup brokerage " +
	"meatpacker carmaker automaker chipmaker drugmaker steelmaker planemaker shipbuilder shipmaker")

// tradeWords end a company's name after "and": "Research and
// Consulting", "Engineering and Construction".
var tradeWords = wordSet("consulting consultancy construction engineering advisory services development design marketing trading supply supplies")

// titleRunEnd returns the end of the titles opening ws[i:j] ("Chief
// Secretary"), i when none does.
func titleRunEnd(ws []word, i, j int) int {
	t := i
	for t < j && ws[t].cap && (titles[ws[t].lower()] || qualifierTitles[ws[t].lower()]) {
		t++
	}
	return t
}

// onlyTitles reports whether ws are titles or honorifics alone, written
// short or not: "Sen.", "Lawmaker", "Rep.". (A Korean name after them,
// "Sen. Park Yoon-seo", opens on its family name.)
func onlyTitles(ws []word) bool {
	return len(ws) > 0 && !slices.ContainsFunc(ws, func(w word) bool {
		lw := w.lower()
		return !titles[lw] && !titles[strings.TrimSuffix(lw, ".")] && !honorifics[lw] && !memberTitles[lw]
	})
}

// townPartAfter reports whether what follows a possessive name at ws[j]
// is a part or the people of a town, perhaps after one word that
// qualifies it: "'s fishing port", "'s residents", "'s old harbour".
func townPartAfter(text string, ws []word, j int) bool {
	for k := j; k < len(ws) && k <= j+1; k++ {
		if ws[k].cap || text[ws[k-1].end:ws[k].start] != " " && !(k == j && strings.HasSuffix(text[ws[k-1].end:ws[k].start], " ")) {
			return false
		}
		if townParts[ws[k].lower()] {
			return true
		}
	}
	return false
}

// townParts are what a town has, or who lives there, after its name's
// possessive: "Eskifjörður's fishing port".
var townParts = wordSet("port harbour harbor airport quay quayside waterfront seafront marina docks outskirts suburbs streets residents inhabitants townspeople townsfolk")

// partyRoleNouns are a party's people and things, after the party's
// adjective: "his Conservative shadow", "the Labour leadership".
var partyRoleNouns = wordSet("shadow shadows leader leadership leaders candidate candidates backbencher backbenchers peer peers councillor councillors member members activist activists donors whip whips nominee nominees frontbencher frontbenchers")

// seatAfterParty is a party's short name opening brackets, then a comma:
// what follows is a member's seat ("(Lib Dem, Eastleigh South)").
var seatAfterParty = &lazyregexp.Regexp{Expr: `\((?:Lab|Con|Lib Dem|LD|SNP|Reform|Reform UK|Green|Grn|Plaid|PC|DUP|SDLP|SF|UUP|Alliance|Ind|Labour|Conservative|Liberal Democrat|Labor|Liberal|Nationals|Greens|Teal)\s*,\s*$`}

// eraMark reports whether ws[i] marks a year's era: "BC" or "BCE" after
// a number or a century, "AD" or "CE" before or after one.
func eraMark(ws []word, i int) bool {
	switch ws[i].text {
	case "BC", "BCE", "AD", "CE", "B.C.", "A.D.":
	default:
		return false
	}
	if i > 0 {
		switch prev := ws[i-1].lower(); {
		case allDigits(prev), prev == "century", prev == "centuries", prev == "millennium":
			return true
		}
	}
	return (ws[i].text == "AD" || ws[i].text == "A.D.") && i+1 < len(ws) && allDigits(ws[i+1].text)
}

// bodyOfRun reports whether ws[i:j] is a body's word, "of" and a field:
// "Superintendency of Archaeology", "Ministry of Health".
func bodyOfRun(ws []word, i, j int) bool {
	for k := i + 1; k < j-1; k++ {
		if ws[k].text == "of" {
			return orgWords[ws[k-1].lower()] && !slices.ContainsFunc(ws[k+1:j], func(w word) bool { return !w.cap || w.possessive })
		}
	}
	return false
}

// fieldListEnd returns where a list of fields from ws[j] ends: items of
// capitalised words the lexicon does not know, set apart by commas, the
// last after "and" ("Fine Arts and Landscape"), or 0.
func (x *extractor) fieldListEnd(text string, ws []word, j int) int {
	k := j
	for items := 0; items < 6; items++ {
		e := k
		for e < len(ws) && ws[e].cap && (e == k || text[ws[e-1].end:ws[e].start] == " ") && !ws[e].possessive {
			e++
		}
		// (Not "the Ministry of Defence, Navy and Air Force": bodies
		// listed.)
		if e == k || x.lookup(ws, k, e) > 0 || e == len(ws) || orgWords[ws[e-1].lower()] {
			return 0
		}
		switch gap := text[ws[e-1].end:ws[e].start]; {
		case gap == ", " && ws[e].cap:
			k = e
		case gap == " " && ws[e].text == "and" && e+1 < len(ws) && ws[e+1].cap && text[ws[e].end:ws[e+1].start] == " ":
			f := e + 1
			for f < len(ws) && ws[f].cap && (f == e+1 || text[ws[f-1].end:ws[f].start] == " ") {
				f++
			}
			if x.lookup(ws, e+1, f) > 0 || orgWords[ws[f-1].lower()] {
				return 0
			}
			return f
		default:
			return 0
		}
	}
	return 0
}

// trophyWords end a trophy's name after a possessive: "the Summoner's
// Cup".
var trophyWords = wordSet("Cup Trophy Shield Plate Bowl Belt")

// signedTownLine reports whether p is a town and its county alone ("St
// Mabyn, Cornwall"), under a paragraph that is a name alone: a letter's
// signature, as the corpus reads one (corpus.LetterSigner, LetterTown).
func (x *extractor) signedTownLine(a *corpus.Article, p *corpus.Paragraph, ws []word) bool {
	if len(ws) < 2 || len(ws) > 5 || !strings.Contains(p.Text, ", ") || !corpus.LetterTown(p.Text) {
		return false
	}
	for k, q := range a.Paragraphs {
		if q == p {
			return k > 0 && corpus.LetterSigner(a.Paragraphs[k-1].Text) && x.lookup(ws, 0, 1) == 0
		}
	}
	return false
}

// areasAs reports whether ws[s] follows a plural of places and "as":
// "listed the worst-hit areas as Bagwai, Dawakin Tofa and Kura".
func areasAs(ws []word, s int) bool {
	return s >= 2 && ws[s-1].text == "as" && areaPlurals[ws[s-2].lower()] && !ws[s-2].cap
}

// areaPlurals are the plurals of places a list may follow.
var areaPlurals = wordSet("areas communities districts villages towns places regions provinces counties states localities neighbourhoods neighborhoods")

// streetWay reports whether ws[i:j] is a street ending in "Way" after
// a street's preposition: "on Industrial Way" (not "the Milky Way").
func streetWay(ws []word, i, j int) bool {
	return j-i >= 2 && ws[j-1].text == "Way" && !ws[j-1].possessive && i > 0 && !ws[i-1].cap && (ws[i-1].text == "on" || ws[i-1].text == "off" || ws[i-1].text == "along" || ws[i-1].text == "onto")
}

// formerMinister reports whether ws[j:] read "former minister" (or a
// party's role after "former": "former leader").
func formerMinister(ws []word, j int) bool {
	return ws[j].lower() == "former" && j+1 < len(ws) && !ws[j+1].cap && (ws[j+1].lower() == "minister" || partyRoleNouns[ws[j+1].lower()])
}

// firmStaff are professionals a firm sends: "administrators from Kroll".
var firmStaff = wordSet("administrators auditors lawyers attorneys analysts economists consultants bankers accountants advisers advisors executives researchers actuaries")

// tongueNouns follow a language's name: "the Sami language", "the Tamil
// translation".
var tongueNouns = wordSet("language languages dialect dialects tongue translation translations subtitles")

// labourNouns follow "labour", work, in a compound: "labour costs",
// "labor market".
var labourNouns = wordSet("market markets cost costs shortage shortages supply force productivity law laws rights standards dispute disputes unrest strike strikes action relations migration mobility participation data statistics camp camps trafficking conditions inspectors inspection exploitation abuses")

// currencyVerbs are currencies' names that are words of the language
// too: "the South Korean won", but "France won".
var currencyVerbs = wordSet("won real")

// currencyWords follow a country's name in a sum: "US dollars".
var currencyWords = wordSet("dollar dollars pound pounds rupee rupees yuan yen peso pesos rand euro euros franc francs " +
	"shilling shillings naira dinar dinars dirham dirhams ringgit baht won lira krone kroner kronor real reais")

// placeOwned reports whether the run ws[i:j] follows a place's noun in
// the possessive, as "the city's Green Vault" or "the capital's Ashford
// Lido": what a town or a country has by name is a building, a park or a
// quarter, no person (a person it has would carry a role: "the city's
// mayor, Ann Lee").
func placeOwned(ws []word, i, j int) bool {
	return j-i >= 2 && i >= 2 && ws[i-1].possessive && !ws[i-1].cap && placeOwners[ws[i-1].lower()] && ws[i-2].lower() == "the" && !givenName(ws[i].text) && !ws[j-1].possessive
}

// venueOf reports whether the run ws[i:j] is where a gathering was
// held: "the ceremony at Old Billingsgate", "a concert staged at Carrow
// Fields". People are met or seen at a gathering, no gathering is at one.
func venueOf(text string, ws []word, i, j int) bool {
	return j-i >= 2 && !givenName(ws[i].text) && !ws[j-1].possessive && gatheringAt.MatchString(text[:ws[i].start])
}

// gatheringAt is a gathering's noun, or held, before "at".
var gatheringAt = tailPattern{re: &lazyregexp.Regexp{Expr: `\b(?:ceremony|concert|gala|reception|rally|dinner|banquet|exhibition|conference|festival|wedding|funeral|vigil|premiere|gig|held|staged|hosted)\s+at\s+$`}, ends: []string{"at"}}

// businessNounBefore is "the" or "a", up to two words in lower case, and
// a noun naming a kind of business, right before a name: "the data firm
// ", "a ride-hailing app ".
var businessNounBefore = tailPattern{re: &lazyregexp.Regexp{Expr: `\b(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:site|website|platform|app|firm|startup|consultancy|broadcaster|retailer|lender|carmaker|chipmaker|drugmaker)\s+$`}, ends: []string{"site", "platform", "app", "firm", "startup", "consultancy", "broadcaster", "retailer", "lender", "carmaker", "chipmaker", "drugmaker"}}

// bareMinistries adds "The health ministry said", "according to the
// finance ministry": a ministry named in lower case with no country or
// place before it, speaking or cited, in an article that names no body
// the description fits ("Ministry of Finance", "China's finance
// ministry"), is a body of its own, named as written.
func (x *extractor) bareMinistries(all []readPassage) {
	byArticle := map[*corpus.Article][]*mention{}
	for _, m := range x.mentions {
		if m.kind == actors.Organization {
			byArticle[m.art] = append(byArticle[m.art], m)
		}
	}
	for _, p := range all {
		ws := p.words
		for k := 0; k+2 < len(ws); k++ {
			if ws[k].lower() != "the" || ws[k].possessive {
				continue
			}
			m := k + 1
			for m < len(ws) && m-k <= 2 && !ws[m].cap && portfolioWords[ws[m].lower()] && p.para.Text[ws[m-1].end:ws[m].start] == " " {
				m++
			}
			if m == k+1 || m >= len(ws) || ws[m].text != "ministry" || ws[m].possessive || p.para.Text[ws[m-1].end:ws[m].start] != " " {
				continue
			}
			// A source: it speaks, the text goes by it, or "the
			// ministry" speaks in its paragraph ("The finance ministry
			// defended the increase. “…,” the ministry said").
			if !ministrySpeaks.MatchString(p.para.Text[ws[m].end:]) && !strings.HasSuffix(strings.ToLower(textBefore(p.para.Text, ws[k].start, 14)), "according to ") && !theMinistrySpoke.MatchString(p.para.Text[ws[m].end:]) {
				continue
			}
			name := p.para.Text[ws[k+1].start:ws[m].end]
			described := false
			for _, o := range byArticle[p.art] {
				if strings.Contains(strings.ToLower(o.name), "ministr") && describedAs(&actors.Actor{Name: o.name}, name) {
					described = true
					break
				}
			}
			if described {
				continue
			}
			x.add(&mention{key: keyOf(name), kind: actors.Organization, name: name, surface: name, art: p.art, para: p.para, start: ws[k+1].start, end: ws[m].end, inQuote: ws[k+1].inQuote})
			k = m
		}
	}
}

// ministrySpeaks is a verb of saying after a body's name: " said", "
// also announced", ", in a statement, said".
var ministrySpeaks = &lazyregexp.Regexp{Expr: `^` + bodySpeaks + `|reported)\b`}

// theMinistrySpoke is "the ministry said" later in a paragraph.
var theMinistrySpoke = &lazyregexp.Regexp{Expr: `\bthe\s+ministry` + bodySpeaks + `)\b`}

// bodySpeaks is what ministrySpeaks and theMinistrySpoke share after a
// body's name: an adverb or "in a statement" set off, then a verb of
// saying, its alternation left open for the caller to close.
const bodySpeaks = `(?:\s+(?:also|later|then)|,\s+in\s+a\s+statement,)?\s+(?:said|says|added|announced|confirmed|told|denied|warned|stated|urged`

// qualifierRole reports whether a role is only a word that qualifies a
// noun ("former", "ex", "then"): "the former Mayfield bus depot",
// "Former Chelsea captain X" name a depot and a club, no one titled.
func qualifierRole(role string) bool {
	r := strings.ToLower(role)
	for _, article := range []string{"the ", "a ", "an "} {
		r = strings.TrimPrefix(r, article)
	}
	return !strings.Contains(r, " ") && formerWords[strings.TrimSuffix(r, "-")]
}

// shoutedLabels are the labels live pages and wires shout before a
// line: "GOAL Hibernian!", "BREAKING …", "EXCLUSIVE …".
var shoutedLabels = wordSet("GOAL BREAKING UPDATE UPDATED EXCLUSIVE LIVE WATCH LISTEN VIDEO PHOTOS ANALYSIS FACTBOX EXPLAINER PENALTY")

// dutchParticles join a Dutch surname to the given name before it, in
// lower case only: "Dennis te Kloese", "Erik ten Hag" (a Māori name's
// "Te" opens a name of its own: "Te Pāti Māori").
var dutchParticles = wordSet("te ten")

// serviceNouns name a state's services after "General": "General
// Intelligence", "General Prosecution".
var serviceNouns = wordSet("intelligence prosecution directorate")

// placeOwners are the nouns of places whose possessive stands before
// what they have by name.
var placeOwners = wordSet("city town village capital country nation island region province state county district port")

// buildingName reports whether the last word of the name ws[i:j], of two
// words or more, is "House": "Aldermoor House", "Mansion House", a
// building's name (or a publisher's), no person's.
func buildingName(ws []word, i, j int) bool {
	return j-i >= 2 && ws[j-1].text == "House" && !ws[j-1].possessive && !ws[j-2].possessive
}

// marketMovers is what follows a name listed among a market's gainers
// or losers: ", HCLTech and Tech Mahindra were the top losers".
var marketMovers = &lazyregexp.Regexp{Expr: `^(?:,\s+(?:and\s+)?\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3}|\s+and\s+\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3})*,?\s+(?:were|was)\s+(?:also\s+)?(?:among\s+)?the\s+(?:\p{Ll}+\s+){0,2}(?:gainers|losers|laggards|decliners|advancers)\b`}

// theBeforeIndex is "the" and up to three words before an index's name:
// "the 30-share ", "the benchmark ".
var theBeforeIndex = &lazyregexp.Regexp{Expr: `\b[Tt]he\s+(?:[\p{Ll}\d-]+\s+){0,3}$`}

// indexMoves is a market index's number, if its name has one, and its
// move by points: " 50 fell 268.9 points".
var indexMoves = &lazyregexp.Regexp{Expr: `^( \d{1,4})?\s+(?:ended|closed|fell|rose|gained|lost|slipped|climbed|dropped|added|shed|jumped|settled|finished|declined|advanced|tumbled|surged|slumped|plunged|rallied|edged\s+(?:up|down|higher|lower))\s+(?:by\s+)?[\d,.]+\s+points\b`}

// outletVerbAfter is what a newspaper or a broadcaster does after its
// name: "Record reported", "Kommersant quoted him as saying".
var outletVerbAfter = &lazyregexp.Regexp{Expr: `^\s+(?:reported|reports|has\s+reported|quoted\s+\p{L}+\s+as\s+saying)\b`}

// scoredAgainst is a score and a result before the side it was against:
// "2-0 win over ", "3-1 defeat to ".
var scoredAgainst = &lazyregexp.Regexp{Expr: `\b\d{1,2}[-–]\d{1,2}\s+(?:home\s+|away\s+)?(?:win|victory|defeat|draw|loss|thrashing|rout)\s+(?:over|against|to|with|at|by)\s+$`}

// beatenBefore is a result's verb before a side, and scoreAfter the
// score after it: "beat Lazio 3-1".
var (
	// memberSeat is a member's title and name before a bracket: "MP
	// Harriet Quennell (".
	memberSeat   = &lazyregexp.Regexp{Expr: `\b(?:MP|MPs|MSP|MS|MLA|MLC|MPP|MEP|TD|AM)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\($`}
	beatenBefore = &lazyregexp.Regexp{Expr: `\b(?:beat|beating|defeated|thrashed|edged|drew\s+with|lost\s+to|lost\s+at|held)\s+$`}
	scoreAfter   = &lazyregexp.Regexp{Expr: `^\s+\d{1,2}[-–]\d{1,2}\b`}
	// marginAfter is a team sport's winning margin after the beaten
	// side: "by seven wickets", "by 26 runs", "by an innings" (not a
	// golfer's "by three strokes").
	marginAfter = &lazyregexp.Regexp{Expr: `^\s+by\s+(?:an\s+innings|(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{Ll}+-\p{Ll}+)\s+(?:wickets?|runs|goals|tries)\b)`}
	// winnerBefore is what follows the side that won: "Ilves beat city
	// rivals Tappara 3-2".
	winnerBefore = &lazyregexp.Regexp{Expr: `^\s+(?:beat|beats|defeated|thrashed|edged|edge|edges|routed|stunned|upset|held|drew\s+with)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+\d{1,2}[-–]\d{1,2}\b`}
)

// textBefore returns at most the n bytes of text before byte i, from a
// rune's start: what a pattern anchored at its end needs to read of a
// passage, where the whole passage before would cost a scan each time.
func textBefore(text string, i, n int) string {
	start := max(0, i-n)
	for start < i && !utf8.RuneStart(text[start]) {
		start++
	}
	return text[start:i]
}

// textAfter returns at most the n bytes of text from byte i: what a
// pattern anchored at its start needs to read, where the regexp package
// would otherwise size its work to the whole rest of the passage.
func textAfter(text string, i, n int) string {
	return text[i:min(len(text), i+n)]
}

// gluedSum reports whether w is a currency's short name and a number
// written as one word: "Sh1" (of "Sh1.2bn"), "Rs200", "Ksh50".
func gluedSum(w string) bool {
	k := strings.IndexFunc(w, unicode.IsDigit)
	return k > 0 && currencies[strings.ToLower(w[:k])] && allDigits(w[k:])
}

// correctionNote opens a note correcting the article: "Correction: An
// earlier version of this story misspelled …".
var correctionNote = &lazyregexp.Regexp{Expr: `^(?i:corrections?|clarification)\s*[:.—–-]\s`}

// loneOffice reports whether ws[i:j] is "Office" alone, or "The Office":
// "the Office of the Narcotics Control Board" is one body's name, though
// a body's word ends it.
func loneOffice(ws []word, i, j int) bool {
	s0 := i + boolInt(ws[i].text == "The")
	return j-s0 == 1 && ws[s0].text == "Office"
}

// headOfBodyBefore is an officer's title of a body ending in its initials,
// right before a name of one word: "Head of the Banjarnegara Regional
// Disaster Mitigation Agency (BPBD) Sukarjo", as Indonesian papers name
// those known by one name.
var headOfBodyBefore = tailPattern{re: &lazyregexp.Regexp{Expr: `(?:^|\s)(?:[Hh]ead|[Cc]hief|[Dd]irector|[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Ss]ecretary)\s+of\s+(?:the\s+)?[^.;:“”"]{3,140}\(\p{Lu}{2,8}\)\s$`}, ends: []string{")"}}

// digitAfter is a number after a space: " 48 lakh".
var digitAfter = &lazyregexp.Regexp{Expr: `^\s\d`}

// weatherPhases are the ocean's phases written after "El" or "La",
// folded: "El Niño", "La Niña".
var weatherPhases = map[string]bool{"nino": true, "nina": true}

// numberedDistricts name a city's districts by number: "Sector 4"
// (Bucharest's), "Ward 12", "District 9".
var numberedDistricts = wordSet("sector ward district arrondissement")

// subdivisionWords end the names of a country's states and provinces:
// "Kwara State", "Sindh Province".
var subdivisionWords = wordSet("state province region county district prefecture governorate oblast")

// regionIncludes is what stands before a town a region is said to hold:
// "Clackamas County, which includes Molalla".
var regionIncludes = &lazyregexp.Regexp{Expr: `\b(?:County|Province|State|District|Region|Parish|Prefecture|Oblast|Governorate),? which (?:also )?(?:includes|included|covers|encompasses|contains) $`}

// zoneWords name a time zone before "time": "Pacific time".
var zoneWords = wordSet("Pacific Atlantic Eastern Central Mountain Alaska Hawaii Greenwich Moscow")

// afterDatelineDash reports whether before ends with a dateline's dash,
// which opens the story's first sentence: "(RTTNews) - ".
func afterDatelineDash(before string) bool {
	before = strings.TrimRight(before, " ")
	return strings.HasSuffix(before, "-") || strings.HasSuffix(before, "—") || strings.HasSuffix(before, "–")
}

// awardAdjectives follow an award's name and a hyphen: "Oscar-winning".
var awardAdjectives = wordSet("winning nominated winner winners nominee nominees award-winning")

// awardNames are awards the news names alone: "an Oscar", "an Emmy".
var awardNames = wordSet("Oscar Oscars Emmy Emmys Grammy Grammys BAFTA BAFTAs Tony Tonys Olivier")

// awardNounAfter is what follows an award's name: "Oscar nomination".
var awardNounAfter = &lazyregexp.Regexp{Expr: `^\s*(?:nominations?|nods?|awards?|wins?|winners?|winning|statuettes?|ceremony|nominees?|for best)\b`}

// racePosition is a driver's place on the grid or in a session: "P4".
var racePosition = &lazyregexp.Regexp{Expr: `^P\d{1,2}$`}

// militaryBases are the kinds of base that are places: "Al Dhafra Air
// Base", "Kitsap Naval Base".
var militaryBases = wordSet("air naval navy army military marine marines space missile submarine")

// ratingNames are the ratings analysts give a stock.
var ratingNames = map[string]bool{"Strong Buy": true, "Market Perform": true, "Sector Perform": true, "Market Outperform": true, "Outperform": true, "Underperform": true, "Overweight": true, "Underweight": true, "Equal Weight": true, "Equal-Weight": true, "Strong Sell": true}

// titleSurnames are titles that are also common surnames: "Stephen
// King", "Rachel Bishop".
var titleSurnames = wordSet("King Bishop Judge Marshal Dean Major Cardinal Pope Baron Earl Duke Prior Deacon Sheriff Chancellor Constable Warden Mayor Abbott Abbot Squire Sergeant")

// placeOrCompany are places the news names with "the" that are, without
// it, a company's name: "the Amazon" and Amazon.
var placeOrCompany = wordSet("Amazon")

// landNouns after a region's name make it the region: "Amazon land",
// "Amazon deforestation".
var landNouns = wordSet("land lands rainforest rainforests forest forests jungle basin river region regions state states deforestation biome fires tribes tribe communities people peoples territory territories activist activists defender defenders conservation")

// workTitle reports whether ws[i:j] is the title of a film, a series, a
// book or a song: right after a work's noun ("the thriller Thief", "the
// film Last Orders"), or an item of a list that the roles of an actor or
// the works of an author open ("starring roles in Mona Lisa, Who Framed
// Roger Rabbit and …", "co-starred with X in Magnolia", "films such as
// Gandhi").
func (x *extractor) workTitle(text string, ws []word, i, j int) bool {
	if ws[j-1].possessive || x.lookup(ws, i, j) == j-i {
		return false
	}
	cue := func(s int) bool {
		before := textBefore(text, ws[s].start, 80)
		// "Warner Bros.' western “Copper Canyon”", "Disney's animated
		// “Pip and the Moon Fox”": a quotation mark between the work's
		// noun and its title.
		if quoted := strings.TrimRight(before, "\"“‘'"); len(quoted) < len(before) {
			return workCue.MatchString(quoted) || quotedWorkCue.MatchString(quoted)
		}
		return workCue.MatchString(before)
	}
	// "who starred as Michael Corleone": a character is no one either;
	// "played Lady Macbeth, Cleopatra and Hedda Gabler" where the
	// paragraph tells of the stage or the screen, a list of them (in a
	// match report "played" is against an opponent).
	// (So where the article reviews a film: "Valeria Roe plays Inés, a
	// widowed schoolteacher".)
	character := func(s int) bool {
		before := textBefore(text, ws[s].start, 40)
		return characterCue.MatchString(before) || portrayed.MatchString(before) && (stageOrScreen.MatchString(text) || screenArticle.MatchString(x.articleText))
	}
	// (Not a list after it: "X is a wolfish Judge Brack, and Ruth Y
	// makes …" names the next player.)
	// (Nor "was a kid in Eslöv": the word before the part is praise,
	// no preposition.)
	castAs := castAsA.MatchString(textBefore(text, ws[i].start, 40)) && i > 0 && !connectorWord(ws[i-1]) && !placePrepositions[ws[i-1].lower()] && ws[i-1].lower() != "to" && screenArticle.MatchString(x.articleText)
	// "picks up Tomás (newcomer Bruno Roe)": a part, then its player in
	// brackets, in an article about a film.
	played := j-i <= 2 && playerInBrackets.MatchString(text[ws[j-1].end:]) && screenArticle.MatchString(x.articleText)
	// "Low Tide at Aldeburgh, painted in 1988,": a work and how it was
	// made.
	// (Not the place after "at" in it: the title's own words.)
	made := madeAfter.MatchString(textAfter(text, ws[j-1].end, 160)) && !(i > 0 && !ws[i-1].cap && (ws[i-1].text == "at" || ws[i-1].text == "of" || ws[i-1].text == "in" || ws[i-1].text == "on"))
	// "Ninety Days by Rafael X (Granta)": a book, its author and its
	// publisher in brackets, as shortlists and reviews list them.
	book := !givenName(ws[i].text) && bookByAfter.MatchString(textAfter(text, ws[j-1].end, 160))
	// "Paper Moon Atlas album review": a work's title before the kind of
	// work it is, as a review's headline writes it.
	book = book || j-i >= 2 && !givenName(ws[i].text) && !ws[j-1].possessive && workKindAfter.MatchString(textAfter(text, ws[j-1].end, 40))
	return cue(i) || listAfterCue(text, ws, i, cue) || character(i) || listAfterCue(text, ws, i, character) || played || castAs || made || book
}

// personNamedBefore is a person's noun and "named" or "called" before
// a name: "a man named ", "a young woman called ".
var personNamedBefore = tailPattern{re: &lazyregexp.Regexp{Expr: `\b(?:a|an|the)\s+(?:(?:young|old|local)\s+)?(?:man|woman|boy|girl|person|priest|priestess|scribe|soldier|merchant)\s+(?:named|called)\s+$`}, ends: []string{"named", "called"}}

// animalQuote stands between an animal's noun and its name in quotation
// marks: " '", " “".
var animalQuote = &lazyregexp.Regexp{Expr: `^\s+['‘"“]$`}

// workKindAfter is the kind of work after its title: " album review",
// " EP", " single".
var workKindAfter = &lazyregexp.Regexp{Expr: `^\s+(?:(?:album|EP|LP|mixtape|single|novel|memoir)(?:\s+review)?\b|review\s*[:—–-])`}

// bookByAfter is an author's name and a publisher's in brackets after a
// book's title: " by Rafael X (Granta)".
var bookByAfter = &lazyregexp.Regexp{Expr: `^\s+by\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+\(\p{Lu}[\p{L}&'’ .-]{1,30}\)`}

// madeAfter is how a work was made, set off after its title: ", painted
// in 1988", ", written by".
// (The title may go on after "at", "of" or "in": "Low Tide at
// Aldeburgh".)
var madeAfter = &lazyregexp.Regexp{Expr: `^(?:\s+(?:at|of|in|on)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?,\s+(?:painted|written|composed|recorded|sculpted|carved|drawn|photographed|filmed)\s+(?:in|by|on)\b`}

var (
	// screenArticle is a word of the screen that makes an article one
	// about a film or a show.
	// (And about a play on stage: "a chilling revival", "new staging".)
	screenArticle = &lazyregexp.Regexp{Expr: `\b(?:film|films|movie|movies|cinemas?|actor|actress|screenplay|premiere|sitcom|theatre|theater|staging|revival)\b`}
	// playerInBrackets is an actor's name in brackets after a part's,
	// perhaps after a few words in small letters: " (newcomer Bruno
	// Roe)", " (a touchingly oblivious Ray Stone)".
	playerInBrackets = &lazyregexp.Regexp{Expr: `^\s\((?:\p{Ll}+\s+){0,3}\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\)`}
)

// castAsA is a review's "is a" and a word or two of praise before a
// part: "X is a wolfish Judge Brack", "Y makes a superb Lady Macbeth".
var castAsA = &lazyregexp.Regexp{Expr: `\b(?:is|makes|was|made)\s+(?:a|an)\s+(?:\p{Ll}+\s+){1,2}$`}

// characterCue is what stands before a character's name.
var characterCue = tailPattern{re: &lazyregexp.Regexp{Expr: `\b(?:starred|stars|starring|cast|co-starred|appeared|appears|appearing) as\s+$|\bvoiced\s+$|\bthe (?:role|part) of\s+$`}, ends: []string{"as", "voiced", "of"}}

// portrayed is a verb of playing a part, before its name; stageOrScreen
// a word of the theatre or the screen in the paragraph, which makes the
// name a part, not an opponent.
var (
	portrayed     = tailPattern{re: &lazyregexp.Regexp{Expr: `\b(?:played|plays|playing|portrayed|portrays|portraying)\s+$`}, ends: []string{"played", "plays", "playing", "portrayed", "portrays", "portraying"}}
	stageOrScreen = &lazyregexp.Regexp{Expr: `\b(?:actor|actors|actress|actresses|theatre|theater|theatres|film|films|movie|movies|drama|dramas|sitcom|soap|opera|musical|playwright|roles?|screen|television|TV|stage)\b`}
)

// workCue is what stands before a work's title.
var workCue = tailPattern{re: &lazyregexp.Regexp{Expr: `(?:\b(?:roles|starred|starring|co-starred|co-starring)\s+in|\b(?:starred|appeared|co-starred|acted)\s+(?:with|alongside|opposite)\s+(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}|him|her|them)\s+in|\bcast\s+(?:him|her|them)\s+in|\b(?:[Ww]orks?|[Ff]ilms?|[Mm]ovies?|[Ss]eries|[Ss]hows?|[Pp]lays?|[Nn]ovels?|[Bb]ooks?|[Aa]lbums?|[Ss]ongs?|[Cc]redits|[Hh]its)\s*(?:[-–—,]\s*)?(?:including|such as)|\b(?:film|movie|epic|thriller|drama|comedy|sitcom|miniseries|series|musical|album|novel|documentary|franchise|opera|ballet|song|episode|blockbuster|biopic|romcom|memoir|bestseller))\s+$`}, ends: []string{"in", "including", "such as", "film", "movie", "epic", "thriller", "drama", "comedy", "sitcom", "series", "musical", "album", "novel", "documentary", "franchise", "opera", "ballet", "song", "episode", "blockbuster", "biopic", "romcom", "memoir", "bestseller"}}

// ownsWork reports whether the text after a name is its possessive
// ending, a few words in small letters naming a work and the work's
// title in quotation marks: "'s animated “Pip and the Moon Fox”",
// "'s “Ashes of August”".
func ownsWork(after string) bool {
	m := ownedWork.FindStringSubmatch(after)
	if m == nil {
		return false
	}
	return m[1] == "" || workCue.MatchString(m[1]) || quotedWorkCue.MatchString(m[1])
}

// ownedWork is a possessive ending, small words and an opening
// quotation mark before a capital.
var ownedWork = &lazyregexp.Regexp{Expr: `^(?:'s|’s|'|’)\s+((?:[a-z][a-z-]*\s+){0,3})["“]\p{Lu}`}

// quotedWorkCue is what stands before a work's title in quotation
// marks, words that before a bare name could be another's: "the western
// “Copper Canyon”", "Sony's horror entry “The Lodger's Daughter”".
var quotedWorkCue = tailPattern{re: &lazyregexp.Regexp{Expr: `\b(?:western|horror|animated|sequel|prequel|remake|reboot|spinoff|spin-off|entry|feature|release|single|track|podcast|game|installment|instalment|adaptation|hit|flop|special|play|show|book|title)\s+$`}, ends: []string{"western", "horror", "animated", "sequel", "prequel", "remake", "reboot", "spinoff", "spin-off", "entry", "feature", "release", "single", "track", "podcast", "game", "installment", "instalment", "adaptation", "hit", "flop", "special", "play", "show", "book", "title"}}

// capitalReportVerbs are verbs of reporting a careless copy sets in
// capitals after a name: "Vanguard Reported".
var capitalReportVerbs = wordSet("Reported Said Added Stated")

// lawTitleRest is the rest of a law's title after words of it: " and
// Other Legislation Amendment (Domestic Violence) Act 2024", ") Act".
var lawTitleRest = &lazyregexp.Regexp{Expr: `^\)?\s*(?:and\s+(?:\p{Lu}[\p{L}-]*\s+){1,4})?(?:\([^()]{1,60}\)\s*)?Act\b`}

// countOpeners are the counts of people that open a sentence before
// their party or office (not Seven or Nine, which are television
// networks' names).
var countOpeners = wordSet("three four five six eight ten eleven twelve fifteen twenty thirty forty fifty dozens hundreds thousands")

// intercardinalRegions are the regions a country's news names with "the"
// alone: "the Southwest", "the Northeast".
var intercardinalRegions = wordSet("Southwest Northwest Southeast Northeast Midwest Mideast")

// countyWords end the name of a county, which is often a city's name
// and no mention of the city: "Santa Barbara County", "Orleans Parish";
// so do a river's and a lake's, named after a place or naming it: the
// "Colorado River" is no mention of the state.
var countyWords = wordSet("county parish borough river lake bay basin delta canyon")

// placeNameParticles join the words of a Spanish, Portuguese or French
// place's name: "Santiago de Compostela", "Santiago del Estero".
var placeNameParticles = wordSet("de del do da dos das")

// commonGivenName reports whether a capital's name is also a common given
// name: "Santiago", "Victoria", "Lima" is not.
func commonGivenName(w string) bool {
	switch w {
	case "Santiago", "Victoria", "Sofia", "Florence", "Charlotte", "Jackson", "Austin", "Madison", "Adelaide", "Alexandria", "Lincoln", "Regina",
		"Sydney", "Paris", "Chelsea", "Savannah", "Brooklyn", "Phoenix", "Orlando", "Geneva", "Lorraine", "Pierre":
		return true
	}
	return false
}

// localOffices qualify an office by the level of government it serves:
// "Municipal Chief Executive", "Upazila Nirbahi Officer".
var localOffices = wordSet("municipal metropolitan district upazila county regional provincial")

// numberedAfter is a number after "No": ". 812".
var numberedAfter = &lazyregexp.Regexp{Expr: `^\.\s\d`}

// firmPossessive reports whether what follows a possessive ending at
// ws[j-1] is a verb or another name listed with it, not what it owns:
// "Sainsbury's said", "McDonald's will", "Sainsbury's and Morrisons".
func firmPossessive(text string, ws []word, j int) bool {
	// (The word may end before its "'s".)
	if j >= len(ws) || trimPossessive(text[ws[j-1].end:ws[j].start]) != " " {
		return false
	}
	next := ws[j].lower()
	if next == "and" || next == "or" {
		return j+1 < len(ws) && ws[j+1].cap && !ws[j].cap && text[ws[j].end:ws[j+1].start] == " " && j+2 < len(ws) && (speechVerbSet()[ws[j+2].lower()] || firmVerbs[ws[j+2].lower()])
	}
	return !ws[j].cap && (speechVerbSet()[next] || firmVerbs[next])
}

// firmVerbs are what a firm does in a report's sentence, after its name:
// "McDonald's will close", "Macy's reported".
var firmVerbs = wordSet("will would has have had is was plans planned reported announced cut raised closed opened agreed posted expects expected")

// timeZones are the clock's zones the news writes after a time.
var timeZones = wordSet("ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT BST CET CEST EET EEST UTC IST JST KST AEST AEDT AWST NZST NZDT SAST WAT EAT HKT SGT")

// clockBefore is a time of day just before a word: "5:00 p.m. ", "10am ",
// "1400 ".
var clockBefore = &lazyregexp.Regexp{Expr: `(?:\d[.:]?\d\d|\d\s?[ap]\.?m\.?|[ap]\.m\.|\d{4})\s+$`}

// roadCode is a British road's number: "A25", "M6", "B1234".
var roadCode = &lazyregexp.Regexp{Expr: `^[ABM]\d{1,4}$`}

// roadPrepositions, and the verbs of a journey or a closure, stand
// before "the" and a road's number: "on the A25", "avoid the A66",
// "closed the M62".
var roadPrepositions = wordSet("on along off onto near via across avoid avoiding closed shut reopened blocked")

// roadAfter is what follows a road's number in a traffic report: its
// direction, its junctions, its closure, or another road listed with
// it ("the A66 was closed", "the M62 eastbound", "the A66 and the M62").
var roadAfter = &lazyregexp.Regexp{Expr: `^\s+(?:(?:was|is|were|remains|remained|has been|had been)\s+(?:closed|shut|blocked|reopened|gridlocked)|(?:north|south|east|west)bound\b|between junctions?\b|at junction\b|near junction\b|in both directions\b|and the [ABM]\d{1,4}\b|or the [ABM]\d{1,4}\b)`}

// instrumentPattern is an exchange code in brackets: a ticker, a period
// and the exchange's letters.
var instrumentPattern = &lazyregexp.Regexp{Expr: `^\([A-Z0-9]{1,6}\.[A-Z]{1,3}\)$`}

// listingPattern is an exchange's name and a ticker in brackets: "(Nasdaq
// Stockholm: THERM B)", "(NYSE: KVF)", "(TSX: ABC.U)".
var listingPattern = &lazyregexp.Regexp{Expr: `^\((?:\p{Lu}[\p{L}-]*\s){0,2}\p{Lu}[\p{L}-]*:\s?[A-Z0-9][A-Z0-9.]{0,7}(?:\s[A-Z0-9]{1,3})?\)$`}

// elsewhere reports whether the capital e, named by the words before
// ws[j], is followed by ", " and a place of another country or state
// ("San Jose, California", "Victoria, British Columbia").
func (x *extractor) elsewhere(text string, ws []word, j int, e lexEntry) bool {
	if j >= len(ws) || text[ws[j-1].end:ws[j].start] != ", " {
		return false
	}
	n := x.lookup(ws, j, len(ws))
	if n == 0 {
		return false
	}
	other := x.lex[wordsKey(ws[j:j+n])]
	return other.kind == actors.Place && !other.demonym && other.key != e.key
}

// gatheringAfter reports whether the word after ws[j-1] is the noun of
// a gathering in lower case: "event", "conference", "expo".
func gatheringAfter(text string, ws []word, j int) bool {
	return j < len(ws) && !ws[j].cap && text[ws[j-1].end:ws[j].start] == " " && gatheringNouns[ws[j].lower()]
}

// gatheringNouns are the gatherings a name can stand before: "the EA Play
// event", "the Summit Series conference".
var gatheringNouns = wordSet("event events conference convention expo showcase summit gala festival keynote hackathon")

// name records the name ws[i:j] with the role and honorific before it.
func (x *extractor) name(a *corpus.Article, p *corpus.Paragraph, ws []word, i, j int, role string, honorific bool) {
	// "…, 44, MAYOR OF BERGEN": a role in capitals leaves "OF BERGEN"
	// after its title; no name opens on "of".
	if i >= j || ws[i].lower() == "of" {
		return
	}
	// "(25-0, 20 KOs)", "40 ATMs": initials in the plural after a number
	// count things; they name no one.
	if j-i == 1 && countedInitials(p.Text[:ws[i].start], ws[i].text) {
		return
	}
	// "told KBTN-TV", "WXLR-FM reported": a station's call letters and
	// its band are a broadcaster.
	if j-i == 1 && stationCall(ws[i].text) {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "aboard a Suzuki Hustler": a car maker and a model name a car, the
	// maker a company.
	if j-i == 2 && role == "" && !honorific && carMakers[ws[i].lower()] && !ws[i].possessive && !ws[j-1].possessive && x.lookup(ws, i+1, j) == 0 {
		x.addSpan(a, p, ws, i, i+1, actors.Organization)
		return
	}
	// "— Lucia X (@LuciaX) November 30, 2026", an embedded post's
	// signature: the handle in brackets is the name's before it.
	if j-i == 1 && strings.HasSuffix(p.Text[:ws[i].start], " (@") {
		if prev := x.mentionEndingAt(a, p, ws[i].start-len(" (@")); prev != nil {
			m := *prev
			m.surface, m.start, m.end, m.role = ws[i].text, ws[i].start, ws[i].end, ""
			x.add(&m)
			return
		}
	}
	// "the tracking site Downdetector", "the hiring site Indeed", "the
	// messaging platform Zello": a name right after a noun in lower case
	// that says what kind of business it is, after "the" or "a", is
	// that business.
	if j-i <= 3 && role == "" && !honorific && !ws[j-1].possessive && x.lookup(ws, i, j) == 0 && businessNounBefore.MatchString(textBefore(p.Text, ws[i].start, 60)) {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "disclosed to SunStar Davao Superbalita": a name opening on a word
	// with a capital inside ("SunStar", "PayPal") is a brand's, no
	// person's (a name's "DeSantis", "LeBron", "DiCaprio" aside).
	if role == "" && !honorific && brandWord(ws[i].text) {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	// "City held on" after "Manchester City", "for Villa" after "Aston
	// Villa": a lone word that ends the name of the one body the
	// article names so, of the lexicon, is that body's short name.
	if j-i == 1 && role == "" && !honorific && !ws[i].possessive && x.lookup(ws, i, j) == 0 && !bodyOrPlaceWord(ws[i].lower()) && !chamberWords[ws[i].lower()] {
		if e, ok := x.bodyEndingIn(ws[i].text); ok {
			x.shortName(a, p, ws[i], e)
			return
		}
	}
	// "Typhoon “Opong”": a storm's word before its quoted name.
	if j-i == 1 && stormWords[ws[i].lower()] && strings.HasPrefix(strings.TrimLeft(p.Text[ws[i].end:], " "), "“") {
		return
	}
	// "local government units (LGUs)": initials in brackets after the
	// words they spell in small letters name a kind of thing, no body.
	if j-i == 1 && commonInitials(p.Text, ws, i) {
		return
	}
	// "the Category 4 storm", "Level 3 alert": a class of things by its
	// number names no one.
	if j-i == 1 && classWords[ws[i].lower()] && numberAfter.MatchString(p.Text[ws[i].end:]) {
		return
	}
	// "Additionally, Yemeni rebels …", "Separately, the minister, X,
	// said": an adverb opening a sentence, which the corpus never
	// capitalises inside one.
	if w := ws[i]; j-i == 1 && !honorific && w.sentStart && strings.HasSuffix(w.lower(), "ly") && strings.HasPrefix(p.Text[w.end:], ",") && !givenName(w.text) && !x.capMid[w.lower()] {
		return
	}
	// "Co-Section Head of Preventive Cardiology": a field of study or
	// medicine after an office's title names a department, no one.
	if role != "" && !honorific && disciplineWord(ws[j-1].text) {
		return
	}
	// "He calls me 'Mr. T.'": an honorific and one letter are a
	// nickname's, no name to file a person under.
	if j-i == 1 && honorific && utf8.RuneCountInString(strings.TrimSuffix(ws[i].text, ".")) == 1 {
		return
	}
	// "Governor Sindh Waqar Khan Durrani", "Additional Inspector
	// General Karachi Ghulam Rasool Memon-Baloch": as Pakistani papers write
	// it, the place a title serves between the title and a name of two
	// words or more (not a given name that is a place's: "Senator
	// Virginia Ann Foxx").
	if role != "" && j-i >= 3 && !givenName(ws[i].text) && !ws[i].possessive {
		for n := 1; n <= 2 && j-i-n >= 2; n++ {
			if !ws[i+n-1].possessive && x.isPlaceName(wordsKey(ws[i:i+n])) && plainName(ws[i+n:j]) && x.lookup(ws, i+n, j) == 0 {
				x.addSpan(a, p, ws, i, i+n, actors.Place)
				x.name(a, p, ws, i+n, j, role, honorific)
				return
			}
		}
	}
	// "the company's EA Play event", "the Summit Series conference": a
	// name of words the lexicon does not know, between "the" or a
	// possessive and the noun of a gathering, is the gathering's name,
	// no person.
	if j-i >= 2 && role == "" && !honorific && i > 0 && (ws[i-1].lower() == "the" && !ws[i-1].cap || ws[i-1].possessive) && gatheringAfter(p.Text, ws, j) && x.lookup(ws, i, j) == 0 && !ws[j-1].possessive {
		return
	}
	// "Proxy adviser Meridian Governance had recommended": a firm that
	// advises shareholders how to vote, no adviser's name.
	if !honorific && i >= 2 && proxyAdvisers[ws[i-1].lower()] && ws[i-2].lower() == "proxy" && x.lookup(ws, i, j) == 0 {
		x.addSpan(a, p, ws, i, j, actors.Organization)
		return
	}
	surface := p.Text[ws[i].start:ws[j-1].end]
	m := &mention{key: keyOf(surface), kind: actors.Person, name: surface, surface: surface, art: a, para: p, start: ws[i].start, end: ws[j-1].end, inQuote: ws[i].inQuote}
	if honorific {
		m.surface = p.Text[ws[i-1].start:ws[j-1].end]
	}
	// "Professor of Ophthalmology and Visual Science": a field of study
	// is no one's name.
	if j-i >= 2 && role == "" && !honorific && studyFields[ws[j-1].lower()] && !ws[j-1].possessive && x.lookup(ws, i, j) == 0 {
		return
	}
	// "the North's leader" after "North Korea": a compass word after
	// "the" stands for the place of the article that it opens.
	if j-i == 1 && role == "" && !honorific && i > 0 && ws[i-1].lower() == "the" && compassHalves[ws[i].text] {
		if place := x.placeOpenedBy(a, ws[i].text); place != nil {
			x.add(&mention{key: place.key, kind: actors.Place, name: place.name, surface: ws[i].text, art: a, para: p, start: ws[i].start, end: ws[i].end, inQuote: ws[i].inQuote})
			return
		}
	}
	// "across the Southwest", "storms in the Northeast": an
	// intercardinal word after "the" is a region of the country.
	if j-i == 1 && role == "" && !honorific && i > 0 && ws[i-1].text == "the" && intercardinalRegions[ws[i].text] && !ws[i].possessive && !(i+1 < len(ws) && ws[i+1].cap && p.Text[ws[i].end:ws[i+1].start] == " ") {
		m.kind = actors.Place
		x.add(m)
		return
	}
	// "according to a report by Study Finds", "a survey by Morning
	// Consult": who makes a report or a survey and has no given name is
	// a body.
	if j-i >= 2 && role == "" && !honorific && !givenName(ws[i].text) && madeBy.MatchString(textBefore(p.Text, ws[i].start, 30)) && x.lookup(ws, i, j) == 0 && !ws[j-1].possessive {
		m.kind, m.bodyCue = actors.Organization, true
		x.add(m)
		return
	}
	// "while Internal Affairs investigates": a department named by its
	// portfolio alone is a body.
	if j-i >= 2 && role == "" && !honorific && ws[j-1].text == "Affairs" && !ws[j-1].possessive && x.lookup(ws, i, j) == 0 && !(i > 0 && ws[i-1].text == "of") {
		m.kind = actors.Organization
		x.add(m)
		return
	}
	// "House Republicans", "the House passed it": "House" alone is a
	// chamber of a legislature (the White House is named whole).
	// (Not "the 140-member House", which names no chamber by name.)
	if j-i == 1 && ws[i].text == "House" && role == "" && !honorific && !(ws[i].sentStart && !(i+1 < len(ws) && ws[i+1].cap)) && !sizedBefore.MatchString(p.Text[:ws[i].start]) {
		m.kind = actors.Organization
		x.add(m)
		return
	}
	// "Ian Calloway-Pryce (Lib Dem, Eastleigh South)", "(Lab, Bolton
	// West)": a member's seat after their party, in brackets.
	if role == "" && !honorific && !ws[j-1].possessive && strings.HasPrefix(p.Text[ws[j-1].end:], ")") && seatAfterParty.MatchString(textBefore(p.Text, ws[i].start, 40)) && x.lookup(ws, i, j) == 0 {
		m.kind = actors.Place
		x.add(m)
		return
	}
	// "HMP Eastmoor", "HMYOI Feltham": a prison by its name.
	if j-i >= 2 && role == "" && !honorific && (ws[i].text == "HMP" || ws[i].text == "HMYOI") {
		m.kind = actors.Place
		x.add(m)
		return
	}
	// "the District Chief Executive for Abuakwa South", "the MP for
	// Leeds Central": a name after "for" that ends in a compass word is
	// a district or a seat.
	if j-i >= 2 && role == "" && !honorific && i >= 1 && ws[i-1].text == "for" && (compass[ws[j-1].lower()] || ws[j-1].text == "Central") && !ws[j-1].possessive && plainName(ws[i:j]) && x.lookup(ws, i, j) == 0 {
		m.kind = actors.Place
		x.add(m)
		return
	}
	// "the chairman of Rajuk", "the managing director of Kenpower": a
	// lone name no place has, after a body's officer and "of", is the
	// body.
	if j-i == 1 && role == "" && !honorific && i >= 2 && ws[i-1].text == "of" && !ws[i-2].cap && officersOf[ws[i-2].lower()] && !x.isPlaceName(m.key) && x.lookup(ws, i, j) == 0 && !ws[i].possessive {
		m.kind, m.bodyCue = actors.Organization, true
		x.add(m)
		return
	}
	if role == "" {
		role = x.roleBefore(p.Text, ws, i)
	}
	// "Ridden by Cian X", "trained by Y": the one who did it, by the
	// verb (so that "the jockey" later is X).
	if role == "" && !honorific {
		if before := textBefore(p.Text, ws[i].start, 40); strings.Contains(before, "by ") {
			if m := doneBy.FindStringSubmatch(before); m != nil {
				role = doerOf[strings.ToLower(m[1])]
			}
		}
	}
	// "her nephew, the cellist Rupert Hale": the kin set off before the
	// role is the person's too (and says whom "she" cannot be).
	// Only the six words before the name can hold it ("her nephew, the
	// cellist"): the expression is not run over the whole paragraph at
	// every name.
	if m := kinBefore.FindStringSubmatch(p.Text[ws[max(0, i-6)].start:ws[i].start]); m != nil && kin[m[1]] && !honorific && !slices.Contains(strings.Fields(strings.ToLower(role)), m[1]) {
		role = strings.TrimSpace(m[1] + " " + role)
	}
	// "Toulouse coach Hervé Iturralde": a city before a team's officer is
	// the club, in all of the article's mentions of it.
	// So is a club named like a place: "The Crystal Palace manager X".
	if f := strings.Fields(strings.TrimPrefix(role, "The ")); len(f) == 2 && x.isCity(keyOf(f[0])) && clubTitles[strings.ToLower(f[1])] {
		x.clubs[[2]string{a.ID, keyOf(f[0])}] = true
	} else if len(f) == 3 && clubTitles[strings.ToLower(f[2])] && placeWords[strings.ToLower(f[1])] && unicode.IsUpper(firstRune(f[0])) && unicode.IsUpper(firstRune(f[1])) {
		x.clubs[[2]string{a.ID, keyOf(f[0] + " " + f[1])}] = true
	}
	// "his sons, Peter and Michael": the name after "and" has the role
	// of relatives the one before it has.
	if role == "" && !honorific && j-i == 1 && i >= 3 && ws[i-1].lower() == "and" && !ws[i-1].cap && ws[i-2].cap && !ws[i-3].cap {
		if r := x.roleBefore(p.Text, ws, i-2); kin[strings.ToLower(lastWord(r))] {
			role = r
		}
	}
	// "the Ha Tinh provincial government": a place, and its body.
	// A place of the gazetteer is a region: "the Gauteng legislature".
	// (Not "Opposition police spokesman X": a party's side before a
	// portfolio is the role's.)
	// Nor "Initial police investigation revealed": a common word opening
	// a sentence.
	// Nor "Riot Squad police": a unit's name is no place's.
	if end := ministryAfter(p.Text, ws, j, x.isCity(m.key)); end > 0 && role == "" && !honorific && !(j-i == 1 && partySides[ws[i].lower()]) && !(j-i == 1 && ws[i].sentStart && (commonWords()[ws[i].lower()] || x.lowered[ws[i].lower()]) && !x.isPlaceName(m.key)) && !orgSuffixes[ws[j-1].lower()] {
		body := p.Text[ws[i].start:ws[end-1].end]
		x.add(&mention{key: keyOf(body), kind: actors.Organization, name: body, surface: body, art: a, para: p, start: ws[i].start, end: ws[end-1].end, inQuote: ws[i].inQuote})
		m.kind = actors.Place
		x.add(m)
		return
	}
	// (Not "the region's power plant at Cuciurgan, which supplies …":
	// where a facility stands is a place, whatever "which" takes up.)
	facility := facilityAt.MatchString(textBefore(p.Text, ws[i].start, 60))
	which := (whichAfter.MatchString(p.Text[ws[j-1].end:]) || whichRuns.MatchString(p.Text[:ws[i].start])) && !facility
	if which && role == "" && !honorific {
		x.officerOf[m.key] = true // a body in its other mentions too
	}
	// (Not "Michael Jordan said it was fine": a name a given name opens
	// is a person's whatever "it" stands for.)
	givenFirst := j-i >= 2 && givenName(ws[i].text) && saidItAfter.MatchString(p.Text[ws[j-1].end:])
	// Nor "Justices X and Meenakshi Sood-Bhalla said it would": the
	// second of two named subjects, whose "it" is something else.
	givenFirst = givenFirst || j-i >= 2 && i >= 2 && ws[i-1].text == "and" && ws[i-2].cap && !ws[i-2].possessive && saidItAfter.MatchString(p.Text[ws[j-1].end:])
	// Nor "Yoon said that it will not speculate" after "spokesperson Yoon
	// Min-ho": the surname of a person the article named in full.
	givenFirst = givenFirst || j-i == 1 && x.personNamePart(a, ws[i].text) && saidItAfter.MatchString(p.Text[ws[j-1].end:])
	head, orgApp := orgAppositiveHead(p.Text[ws[j-1].end:])
	// (Not "Carolyn X, a former utility regulator,": a given name and a
	// surname, and a noun that names people too.)
	orgApp = orgApp && !(j-i >= 2 && givenName(ws[i].text) && peopleToo[head])
	if role == "" && !honorific && !facility && (orgApp || itAfter.MatchString(p.Text[ws[j-1].end:]) && !givenFirst || which) {
		// "Aer Lingus said it had cancelled 42 flights": "it" is a body,
		// and so is what "which" takes up: "Woowa Brothers, which runs",
		// and what it runs: "which runs Baedal Minjok".
		// "Velnet, the national grid operator,": an organisation.
		m.kind, m.bodyCue = actors.Organization, true
		x.add(m)
		return
	}
	// "Universal's seafaring musical “Harbor Lights”", "Lionsgate's
	// “Ashes of August”": a lone name owning a work is the studio, the
	// label or the publisher, unless the article names a person so.
	if role == "" && !honorific && j-i == 1 && ws[i].possessive && ownsWork(p.Text[ws[i].end:]) && !x.personNamePart(a, ws[i].text) && !givenName(ws[i].text) {
		m.kind = actors.Organization
		x.officerOf[m.key] = true // its other mentions too
		x.add(m)
		return
	}
	// "the Malta-flagged Nordic Aster", "the tanker Nordic Aster": a
	// ship, no actor.
	if role == "" && !honorific && i > 0 && !ws[i-1].cap && (ws[i-1].lower() == "flagged" || shipNouns[ws[i-1].lower()]) && p.Text[ws[i-1].end:ws[i].start] == " " {
		return
	}
	// "The Nordic Aster, loaded with diesel, went aground": a name of two
	// words or more right after "the", set off by a participle, is a
	// thing's, no person's.
	if role == "" && !honorific && j-i >= 2 && i > 0 && ws[i-1].lower() == "the" && p.Text[ws[i-1].end:ws[i].start] == " " && plainName(ws[i:j]) && !ws[j-1].possessive && participleAfter.MatchString(p.Text[ws[j-1].end:]) && x.lookup(ws, i, j) == 0 {
		m.kind = actors.Organization
		x.add(m)
		return
	}
	// Not "born … in Rostock, the daughter of a harbor pilot": the
	// birthplace's apposition describes who was born.
	// Nor "in Aarhus, Forward's leader X claimed victory": a city the
	// gazetteer knows, after a place's preposition, opens the sentence's
	// clause, and what follows is its subject.
	if role == "" && !bornIn(ws, i) && !(i > 0 && placePrepositions[ws[i-1].lower()] && !ws[j-1].possessive && x.isCity(m.key)) {
		role = appositive(p.Text, ws[j-1].end)
		// "in Abeokuta, the state capital": a place's apposition makes
		// the name a place.
		// Not "X, an analyst at Brightwater Capital", "the head of
		// the institute in the region": the last word is the head's,
		// written in lower case, with no preposition before it.
		if f := strings.Fields(role); !honorific && len(f) >= 2 && (f[0] == "the" || f[0] == "a" || f[0] == "an") && placeAppositionHead(f) {
			m.kind = actors.Place
			x.add(m)
			return
		}
	}
	// "the Red Bull driver", "a McLaren teammate": a name before a
	// team's member, with no name after, is the team.
	// Not "Truck drivers had waited": a word opening a sentence that the
	// articles capitalise nowhere else is a common one.
	// So is "his Ineos Grenadiers team" (not "the Joe Biden team": a
	// person's).
	if role == "" && !honorific && j+1 <= len(ws) && j < len(ws) && !ws[j].cap && (teamMembers[ws[j].lower()] || ws[j].lower() == "team" && j-i >= 2 && !givenName(ws[i].text)) && p.Text[ws[j-1].end:ws[j].start] == " " && (j+1 == len(ws) || !ws[j+1].cap) && !ws[j-1].possessive && !(j-i == 1 && ws[i].sentStart && !x.capMid[ws[i].lower()]) {
		if _, city := x.cities[m.key]; !city {
			m.kind = actors.Organization
			x.officerOf[m.key] = true // its other mentions too
			x.add(m)
			return
		}
	}
	m.role = bareRole(role)
	// "The governor of Pará, Helder X, vetoed …": a title set off before
	// the name is the person's role too, so that "the governor's office
	// said" finds its holder.
	if m.role == "" && !honorific && m.kind == actors.Person {
		// (Anchored only at its end, the pattern needs its comma.)
		if before := textBefore(p.Text, ws[i].start, 120); endsInWord(before, false, ",") {
			if t := appositiveTitle.FindStringSubmatch(before); t != nil && titles[t[1]] && !pluralTitle(t[1]) {
				m.role = t[1]
			}
		}
	}
	// "brands such as Harvest Table and Little Comet", "the maker of
	// Harvest Table frozen dinners": brands, no actors.
	if role == "" && !honorific && (listedAfter(p.Text, ws, i, brandNouns) || i >= 2 && ws[i-1].lower() == "of" && (ws[i-2].lower() == "maker" || ws[i-2].lower() == "makers") && !ws[i-2].cap) {
		return
	}
	// "which makes Crunchwell chips and Sunny Oat bars": what a maker
	// makes, a product's noun after its brand, names no one.
	if role == "" && !honorific && j-i <= 3 && !ws[j-1].possessive && madeGoods.MatchString(p.Text[ws[j-1].end:]) && makesBefore.MatchString(textBefore(p.Text, ws[i].start, 80)) {
		return
	}
	// "The Residential Tenancies (Amendment) Bill": a law's name, its
	// kind in brackets after it.
	if lawAfter.MatchString(p.Text[ws[j-1].end:]) && role == "" && !honorific {
		return
	}
	// "Scafell Pike", "Great Dun Fell": a hill by its last word, after a
	// word no given name ("Steve Pike" is a person).
	if j-i >= 2 && hillTails[ws[j-1].lower()] && !ws[j-1].possessive && !givenName(ws[i].text) && x.lookup(ws, i, j) == 0 && role == "" && !honorific && !sharesOf.MatchString(textBefore(p.Text, ws[i].start, 30)) {
		m.kind = actors.Place
		x.add(m)
		return
	}
	// "the Meridian SUV": a car's name with its body in capitals.
	if j-i >= 2 && vehicleBodies[ws[j-1].text] && role == "" && !honorific {
		return
	}
	// "The Lumenfield Halo, which will go on sale": a company the
	// article named with its legal form ("Lumenfield Inc."), then a word
	// of no body's or place's, after "the", is the company's product.
	if j-i == 2 && role == "" && !honorific && i > 0 && ws[i-1].lower() == "the" && x.companyNamed(a.ID, ws[i].key, wordsKey(ws[i:j])) && !ws[i].possessive && !ws[j-1].possessive && !orgWords[ws[j-1].lower()] && !orgSuffixes[ws[j-1].lower()] && !placeWords[ws[j-1].lower()] && x.lookup(ws, i, j) == 0 {
		return
	}
	// "the Lumio Trek models": a product, no actor.
	if k := modelNumber(p.Text, ws, j); k < len(ws) && !ws[k].cap && productNouns[ws[k].lower()] && p.Text[ws[k-1].end:ws[k].start] == " " && role == "" && !honorific {
		return
	}
	// "in Khan Younis": a name of two words or more after a place
	// preposition may be a place; merge decides, from all its mentions.
	// Not "published today in JAMA Pediatrics": a journal.
	// So after "from" when a resident comes from it: "a retired bank
	// officer from Vasant Kunj", but "a letter from Kim Jong Un".
	// So after one who left it: "displaced from Beit Lahiya", "fled
	// from Ras Kamboni".
	fromHome := i > 1 && ws[i-1].lower() == "from" && !ws[i-2].cap && (residentNouns[ws[i-2].lower()] || departureVerbs[ws[i-2].lower()])
	// So where someone named with their age lives: "Daniel Hargreaves,
	// 31, of Bramhall", "a woman, 29, from Hazel Grove".
	// And an address set off after a person named before: "Farleigh,
	// of Alderley Edge, Cheshire, denies".
	homeAfterAge := i > 1 && (ws[i-1].lower() == "of" || ws[i-1].lower() == "from") && p.Text[ws[i-2].end:ws[i-1].start] == ", " &&
		(allDigits(ws[i-2].text) && len(ws[i-2].text) <= 3 || ws[i-1].lower() == "of" && j < len(ws) && ws[j].cap && p.Text[ws[j-1].end:ws[j].start] == ", " && x.surnameNamed(x.article, ws[i-2].key))
	// So at an end of a journey: "the express from Banská Bystrica"; and
	// after a place's noun and "on": "40 villages on Vanua Levu".
	onPlace := i > 1 && ws[i-1].lower() == "on" && !ws[i-2].cap && placeNouns[ws[i-2].lower()]
	// So where a contest is won or lost: "a semi-finalist at Roland
	// Garros", "his win at Augusta", "her debut at Wimbledon".
	contestAt := i > 1 && ws[i-1].lower() == "at" && !ws[i-2].cap && contestNouns[ws[i-2].lower()]
	// So what a path climbs: "the path up Cat Bells", "the road up Ben
	// Nevis".
	upHill := i > 1 && ws[i-1].lower() == "up" && !ws[i-2].cap && climbNouns[ws[i-2].lower()]
	// So what lies near a known place: "at Ogden Water near Halifax".
	nearPlace := j+1 < len(ws) && ws[j].lower() == "near" && !ws[j].cap && ws[j+1].cap && p.Text[ws[j-1].end:ws[j].start] == " " && p.Text[ws[j].end:ws[j+1].start] == " " && x.isPlaceName(ws[j+1].key)
	// "riding for Lotto Dstny", "signed for Hearts", "a striker for
	// Enyimba": the team a player plays for. (Not "appearing for
	// Kapadia": a person the article named, whom a lawyer appears for.)
	if i > 1 && role == "" && !honorific && ws[i-1].lower() == "for" && !ws[i-2].cap && (playsFor[ws[i-2].lower()] || clubTitles[ws[i-2].lower()]) && !ws[j-1].possessive && p.Text[ws[i-1].end:ws[i].start] == " " && !(raceVerbs[ws[i-2].lower()] && x.isPlaceName(wordsKey(ws[i:j]))) && !(j-i == 1 && x.surnameNamed(a.ID, m.key)) {
		m.kind, m.bodyCue = actors.Organization, true
		x.add(m)
		return
	}
	if j-i > 1 && i > 0 && role == "" && !honorific && (placeOnlyPrepositions[ws[i-1].lower()] || fromHome || homeAfterAge || destination(ws, i) || x.betweenPlaceAnd(ws, i) || onPlace || contestAt || nearPlace || upHill || linkedSecond(ws, i)) && !ws[j-1].possessive && p.Text[ws[i-1].end:ws[i].start] == " " && !publishedIn(ws, i) && !stakeIn(ws, i) {
		m.placeCue = true
	}
	// "Shares in Huaxin Lithium rose": what one holds shares in is a
	// company.
	if j-i > 1 && role == "" && !honorific && !ws[j-1].possessive && stakeIn(ws, i) {
		m.kind, m.bodyCue = actors.Organization, true
		x.add(m)
		return
	}
	// "Residents of Kalba and Khor Fakkan": a later item of a list
	// that a place's cue opens.
	// Not a person's name among them: "at Orrin College, and Tobias
	// Venn, a marine ecologist".
	personShaped := j-i == 2 && len(ws[i].text) > 2 && givenName(ws[i].text) && !placeWords[ws[j-1].lower()] && !x.isPlaceName(m.key)
	if j-i > 1 && role == "" && !honorific && !ws[j-1].possessive && (listAfterPlaceCue(p.Text, ws, i) || areasAs(ws, i) || streetWay(ws, i, j)) && !personShaped {
		m.placeCue = true
	}
	// "cities including Rio de Janeiro, Sao Paulo and Manaus": a name of
	// two words or more in a list of places.
	if j-i > 1 && role == "" && !honorific && x.listedWithPlace(p.Text, ws, i, j) && !personShaped {
		m.placeCue = true
	}
	// "Rights group Amnesty International said", "Consumer group Codacons":
	// a word opening a sentence before a body's noun and the body's name
	// says what kind of body follows; it names none.
	if j-i == 1 && ws[i].sentStart && j+1 < len(ws) && !ws[j].cap && (bodyNounsAfter[ws[j].lower()] || orgNouns[ws[j].lower()]) && ws[j+1].cap && !calendarWords[ws[j+1].lower()] && p.Text[ws[j-1].end:ws[j].start] == " " && p.Text[ws[j].end:ws[j+1].start] == " " && role == "" && !honorific {
		return
	}
	// "Opposition leader X", "Opposition ports spokesman Y",
	// "Opposition lawmakers": the side a party sits on, no actor.
	if j-i == 1 && partySides[ws[i].lower()] && role == "" && !honorific && j < len(ws) && p.Text[ws[i].end:ws[j].start] == " " && (!ws[j].cap || titles[ws[j].lower()]) {
		return
	}
	// "Army spokesman X", "Union negotiator Y": a body's word alone,
	// opening a sentence before a role in lower case, says whose the
	// role is; it names no body.
	if j-i == 1 && ws[i].sentStart && orgWords[ws[i].lower()] && role == "" && !honorific && genericBodyRole(p.Text, ws, j) && x.lookup(ws, i, j) == 0 {
		return
	}
	// "Line 4", "Gate 12", "Phase 2": a thing's number after its noun
	// names a line or a stage, no actor.
	if j-i == 1 && numberedNouns[ws[i].lower()] && role == "" && !honorific && j < len(ws) && allDigits(ws[j].text) && p.Text[ws[i].end:ws[j].start] == " " {
		return
	}
	// ("the AI party", "a GDP group": initials that name no body make
	// none of the noun after them.)
	if kind, ok := x.contextKind(p.Text, ws, i, j, role != "" && !qualifierRole(role) || honorific); ok && !(j-i == 1 && notOrgAcronyms[ws[i].text]) {
		m.kind = kind
		m.facility = kind == actors.Place && j < len(ws) && !ws[j].cap && facilityNouns[ws[j].lower()] && p.Text[ws[j-1].end:ws[j].start] == " "
		// "the Cerrojo dam", "the Baiyun Gorge reservoir": a name no
		// gazetteer holds before a structure's noun in lower case is the
		// structure's, and is written with the noun too ("Cerrojo dam"
		// and "Cerrojo reservoir" are names of one place).
		if kind == actors.Place && j < len(ws) && !ws[j].cap && structureNouns[ws[j].lower()] && p.Text[ws[j-1].end:ws[j].start] == " " && !ws[j-1].possessive && x.lookup(ws, i, j) == 0 && !x.isPlaceName(m.key) && !x.isCity(m.key) && role == "" && !honorific {
			m.surface, m.end = p.Text[ws[i].start:ws[j].end], ws[j].end
		}
		// "at The Salmon Weir", "told The Daily Star": the capital
		// "The" inside a sentence is the title's own, and the name is
		// written with it too.
		if kind == actors.Organization && i > 0 && ws[i-1].text == "The" && !ws[i-1].sentStart && p.Text[ws[i-1].end:ws[i].start] == " " && x.lookup(ws, i, j) == 0 {
			m.surface = p.Text[ws[i-1].start:ws[j-1].end]
		}
		x.add(m)
		return
	}
	// "the closure of Aldermoor House": a building's name, no person's.
	if role == "" && !honorific && (buildingName(ws, i, j) || m.kind == actors.Person && (placeOwned(ws, i, j) || venueOf(p.Text, ws, i, j))) {
		m.kind = actors.Place
		x.add(m)
		return
	}
	// "its Megane E-Tech", "their Lumio Trek": what a body calls its
	// own with no word saying what it is is a product or a brand, never
	// a person (people are not "its").
	// ("its Lach Huyen deep-water port" is a place: a place's noun
	// follows.)
	if j-i > 1 && i > 0 && role == "" && !honorific && (ws[i-1].lower() == "its" || ws[i-1].lower() == "their") && !ws[i-1].cap && p.Text[ws[i-1].end:ws[i].start] == " " && !m.placeCue {
		for k := j; k < len(ws) && k <= j+2 && !ws[k].cap; k++ {
			if placeNouns[ws[k].lower()] {
				m.kind = actors.Place
				x.add(m)
				break
			}
		}
		return
	}
	// "Bailey told Business Live", "told Good Morning Britain": words of
	// the language after "told", none a given name, are a programme's or
	// an outlet's name, no person's; so is a name ending on a paper's
	// word ("told Tianjin Daily"), or opening with a broadcaster's
	// letters ("told ABC Rural"). So after "spoke to", "speaking to" and
	// "an interview with" ("spoke to Business Daily in Accra").
	if j-i >= 2 && j-i <= 3 && i > 0 && toldCue(ws, i) && p.Text[ws[i-1].end:ws[i].start] == " " && role == "" && !honorific && !ws[j-1].possessive && !givenName(ws[i].text) && x.lookup(ws, i, j) == 0 && (toldOutletWords[ws[j-1].lower()] || isAcronym(ws[i].text) && len(ws[i].text) >= 2 && len(ws[i].text) <= 5 || !slices.ContainsFunc(ws[i:j], func(w word) bool { return !commonWords()[w.lower()] })) {
		m.kind = actors.Organization
		x.add(m)
		return
	}
	if j-i == 1 {
		w := ws[i]
		// A lone capitalised word is a name only where something says so:
		// a title or honorific, a role, or a place preposition; else it is
		// resolved against the corpus's full names later.
		// The word before, unless punctuation stands between: in
		// "“… we looked at,” Lund said" no "at" comes before Lund.
		prev := ""
		if i > 0 && strings.TrimSpace(p.Text[ws[i-1].end:ws[i].start]) == "" {
			prev = ws[i-1].lower()
		}
		switch {
		case notNames[w.lower()]:
			return
		case role == "" && !honorific && !w.possessive && !givenName(w.text) && x.lookup(ws, i, j) == 0 && stretchEnd(p.Text, ws, i):
			// "a 12-km stretch between Kokkirakulam and Vannarpettai",
			// "the road between Tanga and Pangani": a stretch's ends are
			// places.
			m.kind = actors.Place
		case currencyPrefixed(w.text):
			return // "Dh1.2 billion", "Rs500", "to RM1,900": a sum
		case brandCamel(w.text) && role == "" && !honorific:
			// "a joint venture of Shell and ExxonMobil", "SoftBank said":
			// two words run together with a capital each is a brand's
			// name; a person's has its prefix ("McDonald", "DeSantis").
			m.kind = actors.Organization
		case holidayNames[w.lower()] && role == "" && !honorific:
			return // "before the Christmas holidays": a feast, no actor
		case diseaseNames[w.lower()] && role == "" && !honorific:
			return // "the same family as Ebola": a disease, no actor
		case languageNames[w.lower()] && role == "" && !honorific:
			return // "printed in Arabic": a language, no people's place
		case prev == "the" && peoplesNounAfter.MatchString(p.Text[w.end:]) && !residentsOfThe(ws, i, j):
			return // "the Arab world", "the Cree community": a people's adjective
		case (prev == "from" || prev == "and") && role == "" && !honorific && !w.possessive && !x.isPlaceName(m.key) && x.lookup(ws, i, j) == 0 && goodsMadeBy(p.Text, ws, i):
			// "handsets from Vexaro and Quilly", "brands from Motorola
			// and HTC": the makers of goods, no places ("imports from
			// Vietnam" are a country's).
			m.kind = actors.Organization
		case placePrepositions[prev] && j-i == 1 && j < len(ws) && role == "" && !honorific && !w.possessive && !ws[j].cap && actorPlurals[ws[j].lower()] && p.Text[w.end:ws[j].start] == " " && !x.isPlaceName(m.key) && x.lookup(ws, i, j) == 0:
			// "a proposal from Arab mediators", "to Kurdish fighters" is no
			// place: an unknown word before a plural of people or
			// bodies describes them.
			return
		case utf8.RuneCountInString(w.text) == 1 && role == "" && !honorific && (strings.HasPrefix(p.Text[w.end:], " (") || strings.HasPrefix(p.Text[w.end:], " v ")):
			return // "in R (Adeyemi-Cole) v Secretary of State", "R v Smith": the Crown in a case's name
		case (w.sentStart || strings.HasSuffix(strings.TrimRight(p.Text[:w.start], " "), ":")) && role == "" && !honorific && strings.HasPrefix(p.Text[w.end:], ":") && !x.isCity(m.key) && len(labelWords.FindAllStringIndex(p.Text, 2)) == 2:
			// "Toulouse: Try: Boudjema, Lascombes. Con: Marcadal.": a
			// label opening a line or sentence, or after another, in a
			// line of labels ("Mwangi: Supply has grown" is an
			// interview's speaker).
			return
		case portfolioWords[w.lower()] && (role != "" || honorific):
			return // "Minister of Information and National Orientation"
		case (role != "" || honorific) && (titles[w.lower()] || w.lower() == "member"):
			return // "Ranking Member": a role with no name
		case w.sentStart && (x.lowered[w.lower()] || x.gerund(w.lower())) && !x.capAlone[w.lower()]:
			return
		case w.sentStart && economicMeasures[w.lower()] && role == "" && !honorific && !w.possessive:
			// "Revenue rose 24%", "Sales fell": a company's measure
			// opening a sentence, though the corpus never writes it small
			// (a press release alone).
			return
		case timeZones[w.text] && clockBefore.MatchString(textBefore(p.Text, w.start, 12)):
			return // "at 5:00 p.m. ET", "10am GMT": a clock's zone
		case prev == "the" && i >= 2 && ws[i-2].lower() == "in" && !ws[i-2].cap && role == "" && !honorific && !w.possessive && strings.HasSuffix(w.text, "s") && !isAcronym(w.text) && x.lookup(ws, i, j) == 0 && !(j < len(ws) && ws[j].cap):
			// "a vacation home in the Poconos", "snow in the Catskills":
			// a plural name one is in, after "the", is a range or a
			// region, as teams are not ("beat the Titans", "for the
			// Titans").
			m.kind = actors.Place
			m.single = false
		case !honorific && role == "" && w.possessive && firmPossessive(p.Text, ws, j) && x.lookup(ws, i, j) == 0 && !x.isPlaceName(m.key) && !x.surnameNamed(a.ID, m.key) && !(w.sentStart && commonWords()[m.key]):
			// "Sainsbury's and Morrisons said", "McDonald's said it
			// would": a name's possessive that owns nothing, before a
			// verb or another name, is a shop's or a firm's name, with
			// its "'s".
			m.kind, m.bodyCue = actors.Organization, true
			m.single = false
			if gap := p.Text[w.end:ws[j].start]; strings.HasPrefix(gap, "'s") || strings.HasPrefix(gap, "’s") {
				end := w.end + len(gap) - len(trimPossessive(gap))
				m.name, m.surface, m.end = p.Text[w.start:end], p.Text[w.start:end], end
			}
		case prev == "and" && i >= 2 && ws[i-2].possessive && !w.possessive && role == "" && !honorific && firmPossessive(p.Text, ws, i-1) && x.lookup(ws, i, j) == 0 && !x.isPlaceName(m.key):
			// "Sainsbury's and Morrisons said": the firm listed with one.
			m.kind, m.bodyCue = actors.Organization, true
			m.single = false
		case !honorific && role == "" && !w.possessive && stakeIn(ws, i) && ws[i-2].lower() != "investment" && ws[i-2].lower() != "investments" && ws[i-2].lower() != "interest" && x.lookup(ws, i, j) == 0 && !x.isPlaceName(m.key) && !x.isCity(m.key):
			// "Shares of Apple fell", "a stake in Wirecard": what one
			// holds shares in is a company, whatever its name's word.
			m.kind, m.bodyCue = actors.Organization, true
			m.single = false
		case !honorific && role == "" && x.bodyHeadNamed(a.ID, m.key) && x.lookup(ws, i, j) == 0 && !x.isPlaceName(m.key) && !x.isCity(m.key) && !givenName(w.text) && !x.surnameNamed(a.ID, m.key):
			// "Carrowfield Health … at Carrowfield's main campus": the
			// first word of a body the article named is the body's short
			// name, no place.
			m.kind, m.bodyCue = actors.Organization, true
			m.single = false
		case !honorific && role == "" && !w.possessive && firmBy(ws, i) && !givenName(w.text) && x.lookup(ws, i, j) == 0 && !x.isPlaceName(m.key) && !x.isCity(m.key) && !x.surnameNamed(a.ID, m.key):
			// "software made by Fortivex", "jets built by Embraer": who
			// makes or runs a thing, named by one word, is a company.
			m.kind, m.bodyCue = actors.Organization, true
			m.single = false
		case !honorific && role == "" && prev == "from" && i >= 2 && firmStaff[ws[i-2].lower()] && !x.isPlaceName(m.key) && !x.isCity(m.key) && x.lookup(ws, i, j) == 0:
			// "Administrators from Kroll", "analysts from Jefferies": the
			// firm a professional comes from, no place.
			m.kind = actors.Organization
			m.single = false
		case !honorific && role == "" && subjectIn(ws, i) && fieldWord(w.lower()) && !x.isPlaceName(m.key):
			// "the Nobel Prize in Chemistry", "a degree in Economics": a
			// field of study, no place.
			return
		case !honorific && role == "" && listAfterPlaceCue(p.Text, ws, i):
			// "Residents of Kalba and Khor Fakkan", "in Dibba and Wadi
			// Helo": a list's later item after a place's cue.
			m.kind = actors.Place
			m.single = false
		case !honorific && role == "" && !w.possessive && listAfterBodyCue(p.Text, ws, i):
			// "colleges including Humber, Seneca and Fanshawe".
			m.kind = actors.Organization
		case !honorific && role == "" && listAfterPeopleCue(p.Text, ws, i):
			// "members Aeri, Soyun and Yuna": stage or first names in a
			// list of people.
			m.single, m.titled = true, true
		case !honorific && role == "" && areasAs(ws, i) && x.lookup(ws, i, j) == 0:
			// "listed the worst-hit areas as Bagwai, …".
			m.kind = actors.Place
			m.single = false
		case !honorific && role == "" && (placePrepositions[prev] && !stakeIn(ws, i) && !(isAcronym(w.text) && officerAfter(p.Text, ws, j)) && !(prev == "from" && isAcronym(w.text) && len(w.text) >= 3) && !employerAt(ws, i) && !orgAppositive(p.Text[w.end:]) && !((w.possessive || !x.isPlaceName(m.key)) && x.surnameNamed(a.ID, m.key)) && !(prev == "through" && w.possessive) && !(w.possessive && ownedPlaceAfter(ws, j)) || destination(ws, i) || x.betweenPlaceAnd(ws, i) || x.fromPlaceTo(ws, i) || routeStart(ws, i) || linkedPlace(ws, i, j) || linkedSecond(ws, i) || residentsOfThe(ws, i, j) || regionIncludes.MatchString(textBefore(p.Text, ws[i].start, 60)) || norsePlaceName(w.text) || x.formerPlaceName(p.Text, ws, i) || prev == "of" && i > 1 && (strings.HasSuffix(p.Text[:ws[i-1].start], ", ") && !(w.possessive && x.surnameNamed(a.ID, m.key)) || placeOfNouns[ws[i-2].lower()] && (!ws[i-2].cap || ws[i-2].sentStart) || compassOf[ws[i-2].lower()] && !ws[i-2].cap || compassPart(ws, i) || councilOfPlace(ws, i) || i > 2 && ws[i-2].lower() == "mother" && ws[i-3].lower() == "queen" && !ws[i-2].cap)) && !x.capMid[w.lower()+"_person"]:
			m.kind = actors.Place
			m.single = false
		case !honorific && isAcronym(w.text) && adjectiveRoles[strings.ToLower(bareRole(role))]:
			// "dissidents of the former FARC guerrilla": a body's
			// initials after "former", no person.
			m.kind = actors.Organization
		case !honorific && role == "" && diminutiveNickname(w.text) && !w.possessive && x.lookup(ws, i, j) == 0 && !x.isPlaceName(m.key) && !x.isCity(m.key) && playAfter.MatchString(textAfter(p.Text, w.end, 40)):
			// "after Wendelzinho gave the home side the lead", "when
			// Kaiquinho headed in": a Portuguese diminutive, a player's
			// name, before what the player did.
			m.single, m.titled = true, true
		case honorific || role != "" || agedAfter(p.Text[ws[j-1].end:]) || firstNameOnly.MatchString(p.Text[:ws[i].start]) || ageBefore(p.Text[:ws[i].start]) || headOfBodyBefore.MatchString(textBefore(p.Text, ws[i].start, 160)) || givenName(w.text) && kinOfAfter.MatchString(p.Text[ws[j-1].end:]):
			// "President Biden": a person even without a full name; a
			// full name elsewhere in the corpus still takes it. "Oksana,
			// 41, sat with her sons": a person introduced here, whom a
			// full name of another article does not take; so is "who
			// gave only her first name, Halyna".
			m.single, m.titled = true, true
			// So is "Omar, the son of X,": a given name set off before
			// whose child or spouse the person is.
			m.aged = agedAfter(p.Text[ws[j-1].end:]) || firstNameOnly.MatchString(p.Text[:ws[i].start]) || ageBefore(p.Text[:ws[i].start]) || givenName(w.text) && kinOfAfter.MatchString(p.Text[ws[j-1].end:])
		case !honorific && role == "" && creedAdjectives[w.lower()] && (prev == "the" || prev == "a" || prev == "an") && strings.HasPrefix(p.Text[w.end:], " ") && lowerWordAfter(p.Text[w.start:]):
			// "the Christian democratic CDU", "a Muslim cleric": a
			// creed's adjective before a common word names no one.
			return
		case letterCode(w.text) && moneyAfter.MatchString(p.Text[ws[j-1].end:]):
			// "N2.4 million", "R15 billion": a sum in a currency's
			// letter, no group's code.
			return
		case currencyCodes[w.text] && numberAfter.MatchString(p.Text[ws[j-1].end:]):
			return // "SEK 380 million", "USD 5 billion": a sum
		case j-i == 1 && w.possessive && role == "" && !honorific && j < len(ws) && trophyWords[ws[j].text] && p.Text[w.end:ws[j].start] != "" && x.lookup(ws, i, j) == 0 && !x.isPlaceName(m.key) && !x.surnameNamed(a.ID, m.key):
			return // "the Summoner's Cup", "the Calder's Trophy": a trophy's name
		case j-i == 1 && eraMark(ws, i):
			return // "the first century BC", "in 44 BC", "AD 79": an era
		case notOrgAcronyms[w.text] || titlesInitials(w.text) || racePosition.MatchString(w.text):
			return // "GDP", "T20", "MCAs", "P4" (a place on the grid)
		case stockIndices[w.text] && indexNumber.MatchString(p.Text[w.end:]):
			return // "the S&P 500", "the FTSE 100": a market's index
		case roadCode.MatchString(w.text) && i >= 1 && ws[i-1].lower() == "the" && (i >= 2 && roadPrepositions[ws[i-2].lower()] || roadAfter.MatchString(textAfter(p.Text, w.end, 40)) || i >= 3 && roadCode.MatchString(ws[i-3].text) && (ws[i-2].lower() == "and" || ws[i-2].lower() == "or")):
			// "on the A25", "along the M6", "avoid the A66 and the M62",
			// "the A1 was closed": a road by its number.
			m.kind = actors.Place
		case brandNumber(w.text):
			// "told News24", "Sport24 reported": a name with digits at
			// its end is a title's or a brand's; no person's is.
			m.kind = actors.Organization
		case i == 0 && w.start == 0 && allCaps(w.text) && strings.HasPrefix(p.Text[w.end:], ": ") && x.personSurname(a, w.text):
			// "HENN: Most of Apple's profits …": a transcript's speaker
			// by the surname of a person the article names.
			m.single = true
		case !honorific && role == "" && w.possessive && !givenName(w.text) && townPartAfter(p.Text, ws, j) && !x.surnameNamed(a.ID, m.key):
			// "the closure of Eskifjörður's fishing port", "Kivalo's
			// residents": what a town has names the town.
			m.kind = actors.Place
			m.single = false
		case !honorific && role == "" && !w.possessive && partyAdjectives[w.lower()] && j < len(ws) && !ws[j].cap && (partyRoleNouns[ws[j].lower()] && !w.sentStart || formerMinister(ws, j)) && p.Text[w.end:ws[j].start] == " ":
			// "his Conservative shadow", "the Republican candidate": a
			// party named by its adjective before one of its people.
			// So is "Conservative former minister X" (where "Labour
			// minister" may be a ministry's).
			m.kind = actors.Organization
		case !honorific && role == "" && j < len(ws) && !ws[j].cap && tongueNouns[ws[j].lower()] && p.Text[w.end:ws[j].start] == " ":
			return // "in the Sami language": a tongue, no actor
		case !honorific && role == "" && deities[w.lower()]:
			return // "with God's help": a deity of a creed, no actor of the story
		case i == 0 && allCaps(w.text) && furnitureLabels[w.lower()]:
			return // "FILE – MARCH 3: …", "WATCH: …": the page's label
		case codeOfKind(p.Text, w):
			// "a B vitamin", "vitamin B3", "hepatitis B": a letter code
			// of a kind of thing names nothing.
			return
		case isAcronym(w.text) || letterCode(w.text):
			// A word in capitals the lexicon does not know ("NDC") is an
			// organisation's initials; so is a code of capitals and
			// digits ("M23").
			m.kind = actors.Organization
		default:
			m.single = true
			// "the Riigikogu": a lone name after "the" that names no
			// person of the corpus is an organisation.
			// Not "the Top 14", a competition named with its number.
			// Nor "Sunday's 2-0 win over Torino", "beat Lazio 3-1": the
			// side a score is against, a team whatever city it is named
			// for (unless a player of the article has the name); nor
			// "Record reported", a newspaper.
			// "According to Fars, …": a lone name after "according to"
			// that no person of the corpus has is the agency's.
			// Not "the Kurdish-populated province": a people's
			// adjective in a compound.
			m.theOrg = !compass[w.lower()] && !(demonymShaped(w.text) && hyphenCompound(p.Text[w.end:])) && (prev == "the" && !numberAfter.MatchString(p.Text[w.end:]) || orgAppositive(p.Text[ws[j-1].end:]) || strings.HasSuffix(strings.ToLower(textBefore(p.Text, w.start, 14)), "according to ") && !givenName(w.text) || outletVerbAfter.MatchString(p.Text[w.end:]) || scoredAgainst.MatchString(textBefore(p.Text, w.start, 40)) || beatenBefore.MatchString(textBefore(p.Text, w.start, 40)) && scoreAfter.MatchString(p.Text[w.end:]) || winnerBefore.MatchString(p.Text[w.end:]))
			m.listPlace = x.listedWithPlace(p.Text, ws, i, j)
			_, m.city = x.cities[m.key]
		}
	}
	// "Young, of Poplar Close, New Barn, Kent, approached …": names in
	// an address after "of", whose last item is a place the lexicon or
	// the gazetteer knows, are the address's places.
	if m.kind == actors.Person && !m.single && !honorific && role == "" && x.addressItem(p.Text, ws, i, j) {
		m.kind = actors.Place
	}
	// "INTEGRATE Clinical Trials have commenced", "Ten National Rapid
	// Response Teams": words of the language ending on a plural name a
	// kind of thing or a group, no person ("Tom Graves" has a given
	// name).
	if m.kind == actors.Person && !m.single && !m.placeCue && !honorific && (role == "" || bodyLevels[strings.ToLower(role)]) && j-i >= 2 && commonPluralEnd(ws[i:j]) {
		return
	}
	// "St. Thomas and Portland, on the eastern end,": a saint's name
	// alone, with no given name before it, names a parish, a town or a
	// church, no person.
	if m.kind == actors.Person && !honorific && role == "" && j-i == 2 && saintWords[ws[i].lower()] && !ws[j-1].possessive && !(i > 0 && ws[i-1].cap && givenName(ws[i-1].text)) {
		m.kind = actors.Place
		m.single = false
	}
	// "Astronomers using NASA's James Webb Space Telescope": a name
	// ending on an instrument's or a craft's noun is a thing's.
	if m.kind == actors.Person && !honorific && j-i >= 2 && instrumentNouns[ws[j-1].lower()] {
		return
	}
	// "The iPhone Fold", "Samsung's latest Galaxy Z Fold": a product's
	// name, written as brands are or after its maker's latest, no person.
	if m.kind == actors.Person && !honorific && role == "" && j-i >= 2 && (lowerPrefixedName(ws[i].text) || !givenName(ws[i].text) && productOwnerBefore.MatchString(textBefore(p.Text, ws[i].start, 40))) {
		return
	}
	// "gave the restaurant a Bib Gourmand", "bought a Kestrel Nine": a
	// name after "a" or "an" that no given name opens is a thing, an
	// award or a make, no one ("a Gerald X phoned" is someone).
	if m.kind == actors.Person && !honorific && role == "" && j-i >= 2 && i > 0 && (ws[i-1].text == "a" || ws[i-1].text == "an") && !givenName(ws[i].text) && x.lookup(ws, i, j) == 0 && p.Text[ws[i-1].end:ws[i].start] == " " {
		return
	}
	// "sold under the Mr Crumble own brand", "its Golden Lark brand": a
	// name before "brand" that no given name opens is the brand, no one
	// (the "Jamie X brand" is named after him).
	if m.kind == actors.Person && role == "" && !givenName(ws[i].text) && brandAfter.MatchString(textAfter(p.Text, ws[j-1].end, 20)) && !ws[j-1].possessive {
		return
	}
	// "the Michelin Guide's Bib Gourmand list", "the index's Prime
	// segment": a name after a possessive and before a noun of things
	// owned, no given name opening it, is the owner's thing.
	if m.kind == actors.Person && !honorific && role == "" && i > 0 && ws[i-1].possessive && j < len(ws) && !ws[j].cap && ownedThings[ws[j].lower()] && !givenName(ws[i].text) && x.lookup(ws, i, j) == 0 && p.Text[ws[j-1].end:ws[j].start] == " " {
		return
	}
	// "Flight QF1 landed", "QF1, an Airbus A350": a flight and its
	// number, in an article about flights, name no actor.
	if j-i == 1 && (flightCode(ws[i].text) && flightWord.MatchString(a.Text) || ws[i].lower() == "flight" && j < len(ws) && flightCode(ws[j].text)) {
		return
	}
	// "the Commissioner for Physical Planning and Urban Development,":
	// words of the language that end an office's portfolio name no one.
	if m.kind == actors.Person && !honorific && j-i >= 1 && portfolioBefore.MatchString(textBefore(p.Text, ws[i].start, 80)) && !slices.ContainsFunc(ws[i:j], func(w word) bool { return !commonWords()[w.lower()] || givenName(w.text) }) {
		return
	}
	// "a Crew 2 Mission Specialist": words of the language ending on a
	// title or a job name a post, no person.
	if lw := ws[j-1].lower(); m.kind == actors.Person && !m.single && !honorific && role == "" && j-i >= 2 && (titles[lw] || jobNouns[lw]) && !slices.ContainsFunc(ws[i:j-1], func(w word) bool { return !commonWords()[w.lower()] || givenName(w.text) || w.possessive }) {
		return
	}
	// "rebuilt around AI", "moved into IT": a term's initials after a
	// place's preposition are no place.
	if m.kind == actors.Place && j-i == 1 && notOrgAcronyms[ws[i].text] {
		return
	}
	// "According to Capital IQ": a name ending on initials after a word of
	// the language is a body's, no person's ("Louis XIV" ends on a
	// numeral).
	if last := ws[j-1].text; m.kind == actors.Person && !m.single && !honorific && role == "" && j-i == 2 && commonWords()[ws[i].lower()] && !givenName(ws[i].text) && isAcronym(last) && len(last) >= 2 && strings.Trim(last, "IVXL") != "" {
		m.kind = actors.Organization
	}
	x.add(m)
}

// addressItem reports whether ws[i:j] is an item of an address set off
// after ", of" and ending on a known place: "of Poplar Close, New Barn,
// Kent,".
func (x *extractor) addressItem(text string, ws []word, i, j int) bool {
	// Back over the items before, to ", of".
	items := 1
	k := i
	for {
		if k >= 2 && ws[k-1].text == "of" && !ws[k-1].cap && text[ws[k-1].end:ws[k].start] == " " && strings.HasSuffix(text[:ws[k-1].start], ", ") {
			break
		}
		if k == 0 || !ws[k-1].cap || i-k > 8 {
			return false
		}
		switch text[ws[k-1].end:ws[k].start] {
		case ", ":
			items++
		case " ":
		default:
			return false
		}
		k--
	}
	// On over the items after, to the last: a known place, or the third
	// item or a later one, closed by a comma before the sentence goes on
	// in small letters ("of Poplar Close, New Barn, Kent, approached").
	e := j
	for e < len(ws) && text[ws[e-1].end:ws[e].start] == ", " && ws[e].cap && e-j < 8 {
		s := e
		for e+1 < len(ws) && ws[e+1].cap && text[ws[e].end:ws[e+1].start] == " " {
			e++
		}
		e++
		items++
		if x.isPlaceName(wordsKey(ws[s:e])) && (e == len(ws) || strings.HasPrefix(text[ws[e-1].end:], ",") || strings.HasPrefix(text[ws[e-1].end:], ".")) {
			return true
		}
	}
	return items >= 3 && e > j && e < len(ws) && text[ws[e-1].end:ws[e].start] == ", " && !ws[e].cap
}

// shortName adds the mention of the lexicon's body e by the word w alone.
func (x *extractor) shortName(a *corpus.Article, p *corpus.Paragraph, w word, e lexEntry) {
	x.add(&mention{key: e.key, kind: e.kind, name: e.name, surface: w.text, art: a, para: p, start: w.start, end: w.end, inQuote: w.inQuote})
}

// bodyEndingIn returns the lexicon's body whose name of two words the
// article's text gives, ending in the word w ("Manchester City" for
// "City"), when exactly one does.
func (x *extractor) bodyEndingIn(w string) (lexEntry, bool) {
	if f, seen := x.endingIn[w]; seen {
		return f.entry, f.ok
	}
	e, ok := x.findBodyEndingIn(w)
	if x.endingIn != nil {
		x.endingIn[w] = lexEntryFound{e, ok}
	}
	return e, ok
}

// lexEntryFound is an answer of bodyEndingIn.
type lexEntryFound struct {
	entry lexEntry
	ok    bool
}

// findBodyEndingIn works out bodyEndingIn's answer from the article's text.
func (x *extractor) findBodyEndingIn(w string) (lexEntry, bool) {
	var found lexEntry
	ok := false
	text := x.articleText
	for k := strings.Index(text, " "+w); k >= 0; {
		end := k + 1 + len(w)
		start := strings.LastIndexAny(text[:k], " \n\t\"“(") + 1
		if end == len(text) || !unicode.IsLetter(rune(text[end])) {
			if e, known := x.lex[keyOf(text[start:end])]; known && e.kind == actors.Organization && start < k && unicode.IsUpper(firstRune(text[start:k])) {
				if ok && e.key != found.key {
					return lexEntry{}, false
				}
				found, ok = e, true
			}
		}
		next := strings.Index(text[end:], " "+w)
		if next < 0 {
			break
		}
		k = end + next
	}
	return found, ok
}

// commonInitials reports whether ws[i], in brackets, is the initials
// (a plural's "s" aside) of the words in small letters right before them:
// "local government units (LGUs)".
func commonInitials(text string, ws []word, i int) bool {
	acr := strings.TrimSuffix(ws[i].text, "s")
	if len(acr) < 2 || !allCaps(acr) || !strings.HasSuffix(text[:ws[i].start], " (") || !strings.HasPrefix(text[ws[i].end:], ")") || i < len(acr) {
		return false
	}
	for k, r := range acr {
		w := ws[i-len(acr)+k]
		if w.cap || !strings.EqualFold(string(firstRune(w.text)), string(r)) {
			return false
		}
	}
	return true
}

// dealNouns follow a name that a deal, a bid or a case is about: "the
// Shire deal", "the Boeing probe".
var dealNouns = wordSet("deal deals merger bid acquisition takeover offer sale purchase probe investigation case talks agreement contract")

// dealAfterName reports whether the capitalised run from ws[k] is
// followed by a noun of a deal: "the Shire deal".
func dealAfterName(text string, ws []word, k int) bool {
	e := k
	for e < len(ws) && ws[e].cap && !ws[e].possessive && (e == k || text[ws[e-1].end:ws[e].start] == " ") {
		e++
	}
	return e > k && e < len(ws) && !ws[e-1].possessive && text[ws[e-1].end:ws[e].start] == " " && dealNouns[ws[e].lower()]
}

// classWords name a class of things by a number after them: "Category 4",
// "Level 3", "Phase 2".
var classWords = wordSet("category level stage phase grade class tier")

// surnameEndsName reports whether the name ending at ws[j-1] is set off
// after it as a person's is: by punctuation, or a preposition or a verb
// of speech in small letters.
func surnameEndsName(text string, ws []word, j int) bool {
	if j == len(ws) {
		return true
	}
	if rest := text[ws[j-1].end:]; strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, " (") {
		return true
	}
	return !ws[j].cap && (nameFollowers[ws[j].lower()] || speechVerbSet()[ws[j].lower()])
}

// nameFollowers are the small words that follow a person's name: "Charlie
// English with the Red Cross", "Ana Scott of the union".
var nameFollowers = wordSet("with of from at for and who whose")

// commonPluralEnd reports whether a name's words are all words of the
// language (or initials), the last a plural of one: "Clinical Trials",
// "Rapid Response Teams".
func commonPluralEnd(ws []word) bool {
	last := ws[len(ws)-1].lower()
	singular, ok := strings.CutSuffix(last, "s")
	if !ok || strings.HasSuffix(last, "ss") || !commonWords()[singular] && !commonWords()[strings.TrimSuffix(singular, "e")] {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if w.possessive || !commonWords()[w.lower()] && !allCaps(w.text) || givenName(w.text) {
			return false
		}
	}
	return true
}

// aloneMedia are bodies' words that alone name a medium, no body: "on a
// separate TV program", "the TV channel NHK".
var aloneMedia = wordSet("tv radio")

// deities are the creeds' names of God, which a report quotes ("with
// God's help", "Allah willing") and which name no actor of the story.
var deities = wordSet("god allah jehovah yahweh")

// filingWords end the names of kinds of court filings: "Review
// Petition", "Regular First Appeal", "Criminal Miscellaneous
// Application".
var filingWords = wordSet("petition petitions appeal appeals application applications writ")

// codeOfKind reports whether the word w of text, a code of capitals (and
// digits), is the code of a kind of thing: after "vitamin", "hepatitis",
// "type" and the like, or before "vitamin".
func codeOfKind(text string, w word) bool {
	if utf8.RuneCountInString(w.text) > 3 || !(isAcronym(w.text) || letterCode(w.text) || utf8.RuneCountInString(w.text) == 1) {
		return false
	}
	before := strings.Fields(strings.ToLower(textBefore(text, w.start, 12)))
	if len(before) > 0 && kindCodeNouns[strings.TrimLeft(before[len(before)-1], "([")] {
		return true
	}
	after := strings.Fields(strings.ToLower(text[w.end:min(len(text), w.end+12)]))
	return len(after) > 0 && strings.HasPrefix(after[0], "vitamin")
}

// kindCodeNouns are the nouns before a code that names a kind: "vitamin
// B3", "hepatitis C", "Plan B".
var kindCodeNouns = wordSet("vitamin vitamins hepatitis type class category grade phase stage level plan group")

// disciplineWord reports whether a name's last word names a field of
// study or medicine: "Cardiology", "Economics", "Medicine".
func disciplineWord(w string) bool {
	lw := strings.ToLower(strings.TrimRight(w, ".,"))
	return strings.HasSuffix(lw, "ology") || disciplines[lw]
}

// disciplines are fields whose names do not end in "-ology".
var disciplines = wordSet("medicine surgery sciences science studies economics physics mathematics engineering nursing pharmacy psychiatry pediatrics paediatrics obstetrics gynaecology gynecology oncology radiology dermatology neurology law")

// hyphenCompound reports whether rest, the text after a word, joins it to
// a lower-case word by a hyphen: "-populated", "-led".
func hyphenCompound(rest string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(rest, "-"))
	return strings.HasPrefix(rest, "-") && unicode.IsLower(r)
}

// officerAfter reports whether a body's officer's title in lower case
// follows ws[j-1]: "DA health spokesperson", "NDC spokesperson".
func officerAfter(text string, ws []word, j int) bool {
	for k := j; k < len(ws) && k < j+2; k++ {
		if ws[k].cap || text[ws[k-1].end:ws[k].start] != " " {
			return false
		}
		if titles[ws[k].lower()] {
			return true
		}
	}
	return false
}

// brandCamel reports whether w is two words run together ("CalMac"), each with a
// capital and three letters or more, not a name's prefix before the
// second: "ExxonMobil", "SoftBank", "BlackRock", "ArcelorMittal" (but
// "McDonald", "MacArthur", "DeSantis", "LaGuardia").
func brandCamel(w string) bool {
	rs := []rune(w)
	if len(rs) < 6 || !unicode.IsUpper(rs[0]) {
		return false
	}
	k := 1
	for k < len(rs) && unicode.IsLower(rs[k]) {
		k++
	}
	if k < 3 || k >= len(rs) || !unicode.IsUpper(rs[k]) {
		return false
	}
	// "SunStop", "PayPal", "YouTube"; not a name's particle run in:
	// "MacArthur", "VanDyke", "DelBene", "DosSantos".
	switch strings.ToLower(string(rs[:k])) {
	case "mac", "fitz", "van", "von", "della", "delle", "del", "des", "dos", "das", "der", "den", "ten", "ter", "la", "le", "de", "di", "da", "du":
		return false
	}
	rest := rs[k+1:]
	lower := 0
	for _, r := range rest {
		if !unicode.IsLetter(r) {
			return false
		}
		if unicode.IsLower(r) {
			lower++
		}
	}
	return lower >= 2
}

// brandNumber reports whether w is a word of a capital, two small
// letters or more and a number of at most four digits: "News24", "Fin24".
func brandNumber(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	rest := w[size:]
	letters := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLower(r) })
	if letters < 2 {
		return false
	}
	digits := rest[letters:]
	return len(digits) <= 4 && allDigits(digits)
}

// pluralPossessive reports whether w is a plural's possessive before
// next: "Bishops' Conference".
func pluralPossessive(text string, w, next word) bool {
	gap := text[w.end:next.start]
	return (gap == "' " || gap == "’ ") && strings.HasSuffix(w.text, "s")
}

// loweredGerund reports whether w is the -ing form of a verb the corpus
// writes in lower case: "joining" of "join", "making" of "make",
// "running" of "run".
func (x *extractor) loweredGerund(w string) bool {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 3 {
		return false
	}
	forms := []string{stem, stem + "e", stem + "s", stem + "es", stem + "ed", stem + "d"}
	if n := len(stem); stem[n-1] == stem[n-2] {
		forms = append(forms, stem[:n-1]) // "running"
	}
	for _, f := range forms {
		if x.lowered[f] {
			return true
		}
	}
	return false
}

// mentionEndingAt returns the mention of a's passage p that ends at
// byte end, or nil.
func (x *extractor) mentionEndingAt(a *corpus.Article, p *corpus.Paragraph, end int) *mention {
	ms := x.mentionsOf(a)
	for k := len(ms) - 1; k >= 0 && ms[k].para == p; k-- {
		if ms[k].end == end {
			return ms[k]
		}
	}
	return nil
}

// addLoneName records the one word w of p as a person named by it alone
// ("Park", "Marfella"): a full name of the corpus may take it, and it is
// a person if none does.
func (x *extractor) addLoneName(a *corpus.Article, p *corpus.Paragraph, w word) {
	x.add(&mention{key: keyOf(w.text), kind: actors.Person, name: w.text, surface: w.text, art: a, para: p, start: w.start, end: w.end, inQuote: w.inQuote, single: true, titled: true})
}

// addSpan records the words ws[i:j] of p as one mention of kind, named
// as written.
func (x *extractor) addSpan(a *corpus.Article, p *corpus.Paragraph, ws []word, i, j int, kind actors.Kind) {
	name := p.Text[ws[i].start:ws[j-1].end]
	x.add(&mention{key: keyOf(name), kind: kind, name: name, surface: name, art: a, para: p, start: ws[i].start, end: ws[j-1].end, inQuote: ws[i].inQuote})
	if kind == actors.Place {
		x.placeBody(a, p, ws, i, j)
	}
}

// placeBody records the body a place's name ws[i:j] opens in lower-case
// words after it, beside the place: "Hunter Valley police said", "the
// Marlow Springs city council", "the Rockdale County health department".
func (x *extractor) placeBody(a *corpus.Article, p *corpus.Paragraph, ws []word, i, j int) {
	if ws[j-1].possessive {
		return
	}
	if end := ministryAfter(p.Text, ws, j, true); end > 0 {
		body := p.Text[ws[i].start:ws[end-1].end]
		x.add(&mention{key: keyOf(body), kind: actors.Organization, name: body, surface: body, art: a, para: p, start: ws[i].start, end: ws[end-1].end, inQuote: ws[i].inQuote})
	}
}

// add records a mention, unless it has no key.
func (x *extractor) add(m *mention) {
	if m.key == "" {
		return
	}

	// "Luzon Power Corp. said": the period of a legal form's
	// abbreviation is the name's, so that the verb follows the name.
	if m.para != nil && m.end < len(m.para.Text) && m.para.Text[m.end] == '.' && legalForms[strings.ToLower(lastWord(m.para.Text[m.start:m.end]))] && strings.HasPrefix(m.para.Text[m.end+1:], " ") && m.end+2 < len(m.para.Text) && unicode.IsLower(rune(m.para.Text[m.end+2])) {
		m.end++
	}
	x.mentions = append(x.mentions, m)
}

// localGovernmentWords open a place's own council or government:
// "Riverton's City Council", "the county's Town Board".
var localGovernmentWords = wordSet("city town borough village parish state provincial")

// localBodyOpening reports whether ws[i:j] is one word opening a sentence
// that names a kind of local government before its body's noun in
// lower case: "Parish council chairman X", "Town council leaders".
func (x *extractor) localBodyOpening(text string, ws []word, i, j int) bool {
	return j-i == 1 && ws[i].sentStart && localGovernmentWords[ws[i].lower()] && !ws[i].possessive && j < len(ws) && !ws[j].cap && bodyNounsAfter[ws[j].lower()] && text[ws[i].end:ws[j].start] == " "
}

// theCountryEnds reports whether ws[k] opens a country the news writes
// with "the" ("the Philippines", "the United States"), which ends the
// run: "National Union of Journalists of the Philippines" is one body.
func (x *extractor) theCountryEnds(text string, ws []word, k int) bool {
	n := x.lookup(ws, k, len(ws))
	if n == 0 || k+n < len(ws) && ws[k+n].cap && text[ws[k+n-1].end:ws[k+n].start] == " " {
		return false
	}
	e := x.lex[wordsKey(ws[k:k+n])]
	return e.kind == actors.Place && e.country && !e.demonym && !ws[k+n-1].possessive
}

// formerPlaceName reports whether the lone name ws[i] is the name a
// place went by before, set off after it: "around Gyumri, then called
// Leninakan", "Almaty, formerly known as Alma-Ata".
func (x *extractor) formerPlaceName(text string, ws []word, i int) bool {
	k := i - 1
	if k >= 1 && ws[k].lower() == "as" && ws[k-1].lower() == "known" {
		k--
	}
	if k < 2 || ws[k].cap || ws[k].lower() != "called" && ws[k].lower() != "named" && ws[k].lower() != "known" {
		return false
	}
	if w := ws[k-1].lower(); ws[k-1].cap || w != "then" && w != "formerly" && w != "once" && w != "previously" {
		return false
	}
	if text[ws[k-2].end:ws[k-1].start] != ", " {
		return false
	}
	if x.isPlaceName(ws[k-2].key) {
		return true
	}
	// A place this passage has just named, by any cue ("around Gyumri").
	if n := len(x.mentions); n > 0 {
		m := x.mentions[n-1]
		return m.kind == actors.Place && m.end == ws[k-2].end && m.para != nil && m.para.Text == text
	}
	return false
}

// norsePlaceName reports whether w ends as Norwegian, Icelandic and
// Faroese names of glaciers, fjords, lakes, mountains and islands do:
// "Jostedalsbreen", "Vatnajökull", "Sognefjorden", "Mjøsvatnet",
// "Galdhøpiggen" not (a peak's own ending).
func norsePlaceName(w string) bool {
	lw := strings.ToLower(w)
	for _, end := range norseEndings {
		if strings.HasSuffix(lw, end) && utf8.RuneCountInString(lw) >= utf8.RuneCountInString(end)+3 {
			return true
		}
	}
	return false
}

// norseEndings end the names of Nordic landforms: a glacier (-breen,
// -jökull, -jøkulen), a fjord, a lake (-vatnet), a mountain (-fjellet),
// an island (-øya) and a strait (-sundet).
var norseEndings = []string{"breen", "jökull", "jokull", "jøkulen", "fjord", "fjorden", "vatnet", "fjellet", "øya", "sundet"}

// noneOrPlaceOpens reports whether the lexicon knows no name opening
// ws[s:j], or only a place shorter than it ("Thames" of "Thames Vale
// Water").
func (x *extractor) noneOrPlaceOpens(ws []word, s, j int) bool {
	n := x.lookup(ws, s, j)
	return n == 0 || n < j-s && x.lex[wordsKey(ws[s:s+n])].kind == actors.Place
}

// compassPart reports whether the name ws[i] follows a compass's part
// of it: "the eastern part of Sorsogon" (not "part of Google").
func compassPart(ws []word, i int) bool {
	return i > 2 && ws[i-1].lower() == "of" && ws[i-2].lower() == "part" && compass[ws[i-3].lower()] && !ws[i-3].cap
}

// residentsOfThe reports whether the lone name ws[i] stands between
// "residents of the" (or villagers, inhabitants, people) and a noun of
// where people live: "residents of the Okun-Ajah community".
func residentsOfThe(ws []word, i, j int) bool {
	if i < 3 || j >= len(ws) || ws[j].cap || !settlementNouns[ws[j].lower()] || ws[i-1].lower() != "the" || ws[i-2].lower() != "of" || ws[i-2].cap || ws[i-3].cap && !ws[i-3].sentStart {
		return false
	}
	return residentNouns[ws[i-3].lower()] || ws[i-3].lower() == "inhabitants" || ws[i-3].lower() == "people"
}

// settlementNouns are where people live, after a place's name: "the
// Okun-Ajah community", "the Kibera settlement".
var settlementNouns = wordSet("community communities settlement estate neighbourhood neighborhood area district village town suburb township quarter slum camp")

// yearThenAnd is what stands between two items of a list each given
// with its year: " in 2015 and ", " in 2019, or ".
var yearThenAnd = &lazyregexp.Regexp{Expr: `^ in [12]\d{3},? (?:and|or) $`}

// shareOfWords take a share of the place after "of" at a list's end:
// "Cornwall, Devon and parts of Somerset".
var shareOfWords = wordSet("parts part much most areas")

// listedWithPlace reports whether the lone word ws[i] is an item of a list
// of capitalised names ("Sanaa, Aden and Marib") that is a list of places:
// another item is a place the lexicon knows, the list follows a place
// preposition ("at Blacktown, Seven Hills and Penrith"), or a plural place
// noun follows it ("the Belgorod, Kursk and Bryansk regions").
func (x *extractor) listedWithPlace(text string, ws []word, i, j int) bool {
	isPlace := func(k int) bool {
		if x.lookup(ws, k, k+1) == 1 {
			e := x.lex[ws[k].key]
			return e.kind == actors.Place && !e.demonym
		}
		// "Fort William", "Port Moresby": a place's first word before a
		// name.
		return placePrefixes[ws[k].lower()] && k+1 < len(ws) && ws[k+1].cap && text[ws[k].end:ws[k+1].start] == " "
	}
	item := func(k int) bool { return ws[k].cap && !ws[k].possessive && !notNames[ws[k].lower()] }
	// inName is a particle inside a name: the "de" of "Rio de Janeiro",
	// the "of" of "Isle of Wight"; not the "of" after a person's name
	// ("Kevin Krawietz of Germany and Tim Pütz").
	inName := func(k int) bool {
		lw := ws[k].lower()
		if ws[k].cap || !nameParticles[lw] && !connectors[lw] {
			return false
		}
		if (lw == "of" || lw == "for") && k > 0 {
			b := ws[k-1].lower()
			return placeWords[b] || orgWords[b] || placePrefixes[b] || orgSuffixes[b]
		}
		return true
	}
	// shareOf reports whether ws[o], ws[o+1] are "parts of", "much of".
	shareOf := func(o int) bool {
		return o+1 < len(ws) && shareOfWords[ws[o].lower()] && !ws[o].cap && ws[o+1].lower() == "of" && !ws[o+1].cap
	}
	// separated reports whether ws[a] and ws[b] (a < b) are next to each
	// other in a list: ", ", " and ", " or ", ", and ".
	separated := func(a, b int) bool {
		between := text[ws[a].end:ws[b].start]
		// "Cornwall, Devon and parts of Somerset": a share of the last.
		if b-a == 4 && shareOf(a+2) && text[ws[a+2].end:ws[b].start] == " of " && text[ws[a+1].end:ws[a+2].start] == " " {
			between = text[ws[a].end:ws[a+2].start]
		}
		switch between {
		case ", ", " and ", " or ", ", and ", ", or ":
			return true
		}
		// "at Mariana in 2015 and Brumadinho": each item with its year.
		return yearThenAnd.MatchString(between)
	}

	// first and last are the list's ends; items counts them.
	// A list is walked a dozen items each way at most, so that a long
	// run of names costs no more than its length.
	const maxItems = 12
	first, last, items := i, j-1, 1
	place, conj := false, false
	for k := i; items < maxItems; {
		// Leftwards: the rest of a name of several words, then a
		// separator and an item.
		for k > 0 && text[ws[k-1].end:ws[k].start] == " " && (item(k-1) || k > 1 && inName(k-1) && item(k-2) && text[ws[k-2].end:ws[k-1].start] == " ") {
			k--
		}
		first = k
		o := k - 1
		and := false
		share := o >= 2 && shareOf(o-1) && ws[o-2].lower() == "and"
		if share {
			o -= 2
		}
		if o >= 0 && (ws[o].lower() == "and" || ws[o].lower() == "or") && !ws[o].cap {
			o--
			and = true
			if o >= 2 && ws[o-1].lower() == "in" && yearThenAnd.MatchString(text[ws[o-2].end:ws[k].start]) {
				o -= 2 // the year and "in"
			}
		}
		if o < 0 || !item(o) || !separated(o, k) {
			break
		}
		conj = conj || and
		place = place || isPlace(o)
		// "Cornwall, Devon and parts of Somerset": "parts of" a place.
		place = place || share
		k, items = o, items+1
	}
	for k := j - 1; items < 2*maxItems; {
		for k+1 < len(ws) && text[ws[k].end:ws[k+1].start] == " " && (item(k+1) || k+2 < len(ws) && inName(k+1) && item(k+2) && text[ws[k+1].end:ws[k+2].start] == " ") {
			k++
		}
		last = k
		o := k + 1
		and, share := false, false
		if o+2 < len(ws) && ws[o].lower() == "in" && yearThenAnd.MatchString(text[ws[k].end:ws[o+2].end]+" ") {
			o += 2 // "Mariana in 2015 and …": "in" and the year
		}
		if o < len(ws) && (ws[o].lower() == "and" || ws[o].lower() == "or") && !ws[o].cap {
			o++
			and = true
			if share = shareOf(o); share {
				o += 2
			}
		}
		if o >= len(ws) || !item(o) || !separated(k, o) {
			break
		}
		conj = conj || and
		place = place || isPlace(o) || share
		k, items = o, items+1
	}
	if items < 2 {
		return false
	}
	// "Kevin Krawietz of Germany and Tim Pütz won": a person of a
	// country, then another person, is no list of places.
	if items == 2 && first > 1 && ws[first-1].lower() == "of" && !ws[first-1].cap && ws[first-2].cap && !ws[first-2].possessive && !orgWords[ws[first-2].lower()] && !placeWords[ws[first-2].lower()] && !placeOfNouns[ws[first-2].lower()] {
		return false
	}
	// A list, with "and" or "or" or three items at least, that holds a
	// known place ("Sanaa, Aden and Marib"); two names set off by a comma
	// are none ("ambassador to Poland, Vasyl Bodnarchuk,").
	if place && (conj || items >= 3) {
		return true
	}
	// "in Sanaa, Aden and Marib"; not "China's consul general in Osaka,
	// Xue Jian-Feng,", a role's place and its holder.
	if first > 0 && placePrepositions[ws[first-1].lower()] && !ws[first-1].cap && !(!conj && items == 2 && first > 1 && (titles[ws[first-2].lower()] || jobNouns[ws[first-2].lower()])) {
		return true
	}
	// "the states of Pará, Amazonas and Mato Grosso"; not "the mayor of
	// Béziers, Claudine Ferrandis-Moll,", a role's place and its holder.
	if first > 1 && (conj || items >= 3) && ws[first-1].lower() == "of" && !ws[first-2].cap && (placeOfNouns[ws[first-2].lower()] || placeNouns[strings.TrimSuffix(ws[first-2].lower(), "s")]) {
		return true
	}
	// "10 cities including Rio de Janeiro, Sao Paulo and Manaus"; "the
	// worst-hit provinces were Zavkhan, Govi-Altai and Uvs", "the
	// worst-affected communities are Kedzi, Vodza and Agavedzi".
	if k := first - 1; k >= 0 && (ws[k].lower() == "including" || ws[k].lower() == "like" || ws[k].lower() == "as" && k > 0 && ws[k-1].lower() == "such" || (ws[k].lower() == "were" || ws[k].lower() == "are" || ws[k].lower() == "include") && !ws[k].cap) {
		for b := k - 1; b >= max(0, k-3); b-- {
			if lw := ws[b].lower(); strings.HasSuffix(lw, "s") && (placeNouns[strings.TrimSuffix(lw, "s")] || lw == "cities" || lw == "countries" || placeListNouns[lw]) {
				return true
			}
		}
	}
	// "Hawthorne and Linwood elementary schools": a plural noun, perhaps
	// after one word saying what kind, names what the list's items are.
	if k := last + 1; k < len(ws) && !ws[k].cap && (pluralPlaceNoun(ws[k].lower()) || buildingKinds[ws[k].lower()] && k+1 < len(ws) && !ws[k+1].cap && listedBuildings[ws[k+1].lower()]) {
		return true
	}
	return false
}

// spanHasOrgWord reports whether one of ws is an organisation word.
func spanHasOrgWord(ws []word) bool {
	for _, w := range ws {
		if orgWords[w.lower()] {
			return true
		}
	}
	return false
}

// pairedPlaces returns the parts of a word made of places of the lexicon
// or their demonyms, or cities of the gazetteer, joined by hyphens
// ("Russia-Iran", "US-China", "Russian-Iranian", "Maputo-Matola"), or nil.
func (x *extractor) pairedPlaces(w string) []string {
	if !strings.Contains(w, "-") {
		return nil
	}
	parts := strings.Split(w, "-")
	for _, part := range parts {
		e, ok := x.lex[keyOf(part)]
		_, city := x.cities[keyOf(part)]
		if (!ok || e.kind != actors.Place) && !city {
			return nil
		}
	}
	return parts
}

// routeEnds returns the two places a hyphen joins before a route's noun
// in lower case, whatever lists hold them: "the Dhalkebar-Muzaffarpur
// line", "the Poonamallee-Porur stretch" (not "the Trans-Siberian
// railway" nor "the Pan-American highway": a prefix and a people's
// name).
func (x *extractor) routeEnds(text string, ws []word, k int) []string {
	if k+1 >= len(ws) || ws[k+1].cap || !routeNouns[ws[k+1].lower()] || text[ws[k].end:ws[k+1].start] != " " {
		return nil
	}
	parts := strings.Split(ws[k].text, "-")
	if len(parts) != 2 {
		return nil
	}
	for _, part := range parts {
		if utf8.RuneCountInString(part) < 3 || !unicode.IsUpper(firstRune(part)) || isAcronym(part) || routePrefixes[strings.ToLower(part)] || x.lex[keyOf(part)].demonym || x.lex[keyOf(part)].kind == actors.Organization {
			return nil
		}
	}
	return parts
}

// routeNouns are what two places joined by a hyphen before them link.
var routeNouns = wordSet("line road highway railway railroad route stretch section pipeline expressway motorway link border bypass")

// routePrefixes open a route's name before a hyphen, naming no place.
var routePrefixes = wordSet("trans pan inter intra cross north south east west")

// quotedWhole reports whether text[start:end] is all there is between a
// pair of quotation marks, a comma or full stop aside.
func quotedWhole(text string, start, end int) bool {
	before, after := text[:start], strings.TrimLeft(text[end:], ",.!?")
	opens := strings.HasSuffix(before, "“") || strings.HasSuffix(before, "\"")
	closes := strings.HasPrefix(after, "”") || strings.HasPrefix(after, "\"")
	// Single marks, as a quotation inside a quotation or a British
	// outlet sets them: "taking a ‘Tactical Pause’".
	singleOpens := strings.HasSuffix(before, "‘") || before == "'" || strings.HasSuffix(before, " '")
	singleCloses := false
	if rest, ok := strings.CutPrefix(after, "’"); ok {
		singleCloses = !unicode.IsLetter(firstRune(rest)) // not "the 'Ndrangheta’s"
	} else if rest, ok := strings.CutPrefix(after, "'"); ok {
		singleCloses = !unicode.IsLetter(firstRune(rest))
	}
	return opens && closes || singleOpens && singleCloses
}

// nicknamed returns the person named right before ", known as “" ending
// at start in p, or nil.
func (x *extractor) nicknamed(p *corpus.Paragraph, start int) *mention {
	for k := len(x.mentions) - 1; k >= 0 && x.mentions[k].para == p; k-- {
		m := x.mentions[k]
		if m.end <= start && m.kind == actors.Person && !m.single && nicknameAfterName.MatchString(p.Text[m.end:start]) {
			return m
		}
	}
	return nil
}

// lastPerson returns the article's latest mention of a person so far, or
// nil.
func (x *extractor) lastPerson(a *corpus.Article) *mention {
	ms := x.mentionsOf(a)
	for k := len(ms) - 1; k >= 0; k-- {
		// (Not "after the Angelus prayer": a lone word no title names a
		// person is one only if a full name resolves it.)
		if ms[k].kind == actors.Person && !(ms[k].single && !ms[k].titled) {
			return ms[k]
		}
	}
	return nil
}

// subjectOfLastPerson returns the first person named in the sentence of
// the last person the article named (lastPerson): its subject, rather
// than its object.
func (x *extractor) subjectOfLastPerson(a *corpus.Article) *mention {
	last := x.lastPerson(a)
	if last == nil {
		return nil
	}
	p := last.para
	from := 0
	for _, sen := range p.Sentences {
		if s := sen.Start - p.Start; s <= last.start {
			from = s
		}
	}
	for _, m := range x.mentionsOf(a) {
		if m.para == p && m.start >= from && m.start < last.start && m.kind == actors.Person && !(m.single && !m.titled) && !m.inQuote {
			return m
		}
	}
	return last
}

// mentionsOf returns the mentions found so far in the article a, which
// is being read: the last run of x.mentions.
func (x *extractor) mentionsOf(a *corpus.Article) []*mention {
	k := len(x.mentions)
	for k > 0 && x.mentions[k-1].art == a {
		k--
	}
	return x.mentions[k:]
}

// personSurname reports whether a person the article a named so far has
// the last word w.
func (x *extractor) personSurname(a *corpus.Article, w string) bool {
	key := keyOf(w)
	return slices.ContainsFunc(x.mentionsOf(a), func(m *mention) bool {
		return m.kind == actors.Person && m.name != "" && keyOf(lastWord(m.name)) == key
	})
}

// personNamePart reports whether a person the article named so far has
// the first or the last word w: "Yoon" of "Yoon Min-ho", whose family
// name comes first, as "Jordan" of "Michael Jordan".
func (x *extractor) personNamePart(a *corpus.Article, w string) bool {
	key := keyOf(w)
	return slices.ContainsFunc(x.mentionsOf(a), func(m *mention) bool {
		if m.kind != actors.Person || m.name == "" || !strings.Contains(m.name, " ") {
			return false
		}
		first, _, _ := strings.Cut(m.name, " ")
		return keyOf(lastWord(m.name)) == key || keyOf(first) == key
	})
}

// lowerNounAfter reports whether a word in lower case follows ws[j-1]
// after a space, as a noun follows its adjective ("Volker Turk
// saying" no; "a Turkish drone" is read before).
func lowerNounAfter(text string, ws []word, j int) bool {
	if j >= len(ws) || ws[j].cap || text[ws[j-1].end:ws[j].start] != " " {
		return false
	}
	w := ws[j].lower()
	return !speechVerbSet()[w] && !commonVerbAfterName[w] && !strings.HasSuffix(w, "ed")
}

// commonVerbAfterName are verbs that follow a name: "Volker Turk saying".
var commonVerbAfterName = wordSet("saying says said told warned added urged called noted was is has had will would")

// compassHalves open the names of places split in two: "North Korea",
// "South Sudan".
var compassHalves = wordSet("North South")

// placeOpenedBy returns the place the article named so far whose name
// opens with word ("North" of "North Korea"), when there is one only.
func (x *extractor) placeOpenedBy(a *corpus.Article, word string) *mention {
	var found *mention
	for _, m := range x.mentionsOf(a) {
		if m.kind != actors.Place || !strings.HasPrefix(m.name, word+" ") {
			continue
		}
		if found != nil && found.key != m.key {
			return nil
		}
		found = m
	}
	return found
}

// proxyAdvisers, after "proxy", are firms, not people's jobs.
var proxyAdvisers = wordSet("adviser advisor advisers advisors firm firms")

// realNameRightAfter is what stands between a name and its bearer's own
// name: ", whose real name is ".
var realNameRightAfter = &lazyregexp.Regexp{Expr: `^,\s+whose\s+(?:real|birth|given|legal|full)\s+name\s+(?:is|was)\s+$`}

// realNameBefore introduces a performer's own name: "whose real name is
// ", "real name ", ", born ".
var realNameBefore = tailPattern{re: &lazyregexp.Regexp{Expr: `(?:\b(?:real|birth|given|legal|full) name,? (?:is |was )?|, born )$`}, comma: true, ends: []string{"name", "is", "was", "born"}}

// stageCallings are the callings before a performer known by one name:
// "Pop singer Vessaly", "rapper Kestra".
var stageCallings = wordSet("singer rapper songwriter musician dj comedian actor actress model artist drummer guitarist influencer youtuber streamer")

// nicknameAfterName is what stands between a name and its nickname,
// in quotation marks or not:
// ", known as “", " (nicknamed “", ", the percussionist known as “".
// (An age may stand first: "X, 41, known as “Y”".)
var nicknameAfterName = &lazyregexp.Regexp{Expr: `^(?:,\s+\d{1,3})?(?:(?:,|\s*\()?\s*|,\s+(?:the|a|an)\s+[^,"“”.]{1,60}?\s+)(?:known as|nicknamed|alias|aka|a\.k\.a\.)\s*["“]?$`}

// scheduleOrdinals are the ordinals that number a law's schedules.
var scheduleOrdinals = wordSet("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth")

// theYearBefore is "the" and a year right before a name: "the 2014 ".
var theYearBefore = &lazyregexp.Regexp{Expr: `\b[Tt]he (?:19|20)\d\d $`}

// packSizeBefore is a pack's weight or volume right before a name:
// "200g ", "1.5 litre ", "330ml ".
var packSizeBefore = tailPattern{re: &lazyregexp.Regexp{Expr: `\b\d+(?:\.\d+)?\s?(?:g|kg|mg|ml|cl|l|oz|lb|litre|liter|gram|grams|kilo)\s$`}, ends: []string{"g", "l", "z", "b", "e", "r", "m", "s", "o"}}

// warningNumber is a warning's number after its name: " No. 3".
var warningNumber = &lazyregexp.Regexp{Expr: `^\s+(?:No\.|Number|#)\s*\d`}

// nicknameCue ends the words that introduce a nickname: "known as",
// "nicknamed", "dubbed".
// A name taken for war or for print is one too: "who goes by the nom de
// guerre “Pablo Tejada”". So is the name a group gives itself: "a
// group calling itself “Black Tern”".
var nicknameCue = &lazyregexp.Regexp{Expr: `(?i)(?:known as|nicknamed|dubbed|called|alias|aka|nom de guerre|nom de plume|pseudonym|pen name|stage name|goes by|(?:calling|calls|call)\s+(?:itself|themselves))\s*["“]$`}

// nicknameCueBefore reports whether text ends with a nickname's cue and its
// opening quotation mark (nicknameCue), the mark tested first: the
// pattern, anchored only at its end, would scan the whole text.
// (So are the cue's last words, in any case.)
func nicknameCueBefore(text string) bool {
	t, ok := strings.CutSuffix(text, `"`)
	if !ok {
		t, ok = strings.CutSuffix(text, "“")
	}
	if !ok {
		return false
	}
	t = strings.TrimRight(t, " \t\n\f\r")
	last := strings.ToLower(t[max(0, len(t)-12):])
	return slices.ContainsFunc(nicknameCueEnds, func(w string) bool { return strings.HasSuffix(last, w) }) && nicknameCue.MatchString(text)
}

// nicknameCueEnds are the last words of nicknameCue's cues.
var nicknameCueEnds = []string{"as", "nicknamed", "dubbed", "called", "alias", "aka", "guerre", "plume", "pseudonym", "name", "by", "itself", "themselves"}

// personsJob reports whether the body noun ws[k] names a person's job
// with the word before it: "crane operator Niels Kooijman", but "airport
// operator Angkasa Pura".
func (x *extractor) personsJob(ws []word, k int) bool {
	if k == 0 {
		return false
	}
	// "Polish producer Jerzy Wolański": a people's name before a
	// producer makes a film's or a record's maker ("Chilean copper
	// producer Codelco" has its trade between).
	if demonymJobs[ws[k].lower()] && ws[k-1].cap && !ws[k-1].possessive && x.lookup(ws, k-1, k) == 1 && x.lex[ws[k-1].key].demonym {
		return true
	}
	// "former leader of opposition X": the last word of a title.
	if ws[k].lower() == "opposition" && ws[k-1].lower() == "of" {
		return true
	}
	// "Veteran broadcaster X", "retired publisher Y": a word only a
	// person's career takes makes the noun a job.
	return (!ws[k-1].cap || ws[k-1].sentStart) && (jobQualifiers[ws[k].lower()][ws[k-1].lower()] || careerWords[ws[k-1].lower()])
}

// jobBeforeName reports whether ws[i], a body's noun opening a sentence,
// is a person's job instead, before a given name and a surname:
// "Producer Daniel Sundqvist-Hay", not "Producer Velnet Motor".
func jobBeforeName(ws []word, i, j int) bool {
	return j-i >= 3 && (jobQualifiers[ws[i].lower()] != nil || personalTrades[ws[i].lower()]) && givenName(ws[i+1].text)
}

// personalTrades are body nouns that name a person's trade as often,
// before a given name and a surname: "Contractor Sarita X testified".
var personalTrades = wordSet("contractor supplier consultant builder developer farmer")

// careerWords describe a person's career before a noun that may also be
// a body's: "veteran broadcaster", "retired publisher".
var careerWords = wordSet("veteran retired late legendary longtime long-time celebrated famed renowned award-winning")

// demonymJobs are the body nouns that a people's name before makes a
// person's job.
var demonymJobs = wordSet("producer")

// jobQualifiers are, for a body noun, the words before it that make it a
// person's job.
var jobQualifiers = map[string]map[string]bool{
	"operator":  wordSet("crane camera machine radio forklift switchboard equipment drone sound computer taxi motorcycle tricycle tractor excavator"),
	"producer":  wordSet("record film music television tv executive line"),
	"developer": wordSet("software web game app"),
	"publisher": wordSet("executive"),
}

// bareRole is a role without the determiner a sentence opened it with:
// "Its director" is a director, "Their foreign ministers" foreign
// ministers (an appositive keeps its article: "a Korea expert at …").
func bareRole(role string) string {
	first, rest, ok := strings.Cut(role, " ")
	if ok && first != strings.ToLower(first) && roleDeterminers[strings.ToLower(first)] {
		return rest
	}
	return role
}

// roleDeterminers open a role's words without being part of it.
var roleDeterminers = wordSet("the a an its their his her our your")

// roadWords name roads by number: "Route 9", "Interstate 95".
// postNominals are the letters written after a name for a silk or an
// honour: "Harriet Vane KC", "Jane Roe OBE", Nigeria's "SAN", Ireland's
// barrister-at-law "BL".
var postNominals = map[string]bool{"KC": true, "QC": true, "SC": true, "BL": true, "SAN": true, "MBE": true, "OBE": true, "CBE": true, "KBE": true, "DBE": true, "GBE": true, "FRS": true, "PhD": true,
	// Members of parliaments after their names: "Jane Roe MP", "Ken
	// Skates MS" (the Senedd), "John Swinney MSP", "Jo Lee MLA".
	"MP": true, "MS": true, "MSP": true, "MLA": true, "MEP": true, "MHK": true, "TD": true}

// personOfAfterRun reports whether the run of capitalised words from
// ws[k], two or three of them, is followed by "of" or "at": "Tobias
// Ehrhardt of the Max Planck Institute".
// bodyWordThenTitle reports whether the run of capitalised words from
// ws[k] reaches a body's word and then a title: "Land Court Judge X" in
// "Environment and Land Court Judge X".
func bodyWordThenTitle(text string, ws []word, k int) bool {
	for e := k; e+1 < len(ws) && e-k < 4 && ws[e].cap && !ws[e].possessive && text[ws[e].end:ws[e+1].start] == " "; e++ {
		if orgWords[ws[e].lower()] {
			return ws[e+1].cap && titles[ws[e+1].lower()]
		}
	}
	return false
}

func personOfAfterRun(text string, ws []word, k int) bool {
	e := runEnd(text, ws, k)
	if n := e - k; n < 2 || n > 3 || e >= len(ws) || text[ws[e-1].end:ws[e].start] != " " {
		return false
	}
	lw := ws[e].lower()
	return lw == "of" || lw == "at"
}

// allPortfolio reports whether every word of ws names a portfolio:
// "Climate Crisis", "Foreign Affairs".
func allPortfolio(ws []word) bool {
	for _, w := range ws {
		if !portfolioWords[w.lower()] && !portfolioQualifiers[w.lower()] {
			return false
		}
	}
	return len(ws) > 0
}

// wordsExcept returns ws without the words lw.
func wordsExcept(ws []word, lw string) []word {
	var out []word
	for _, w := range ws {
		if w.lower() != lw {
			out = append(out, w)
		}
	}
	return out
}

// portfoliosThenCountry reports whether the run of capitalised words
// from ws[k] is portfolios, then a country the lexicon knows: "Climate
// Change Canada".
func portfoliosThenCountry(x *extractor, text string, ws []word, k int) bool {
	e := runEnd(text, ws, k)
	m := k
	for m < e && portfolioWords[ws[m].lower()] {
		m++
	}
	if m == k || m == e || x.lookup(ws, m, e) != e-m {
		return false
	}
	c := x.lex[wordsKey(ws[m:e])]
	return c.kind == actors.Place && !c.demonym && !c.capital
}

// portfolioBeforeAnd reports whether ws[j] is "and" before a run of
// capitalised words holding a title and a name after it: "… and Civil
// Protection Minister Giorgos Lykos".
func portfolioBeforeAnd(text string, ws []word, j int) bool {
	if j == 0 || j+1 >= len(ws) || ws[j].lower() != "and" || ws[j].cap || text[ws[j-1].end:ws[j].start] != " " || text[ws[j].end:ws[j+1].start] != " " {
		return false
	}
	e := runEnd(text, ws, j+1)
	for k := j + 1; k < e-1; k++ {
		if titles[ws[k].lower()] && !honorifics[ws[k].lower()] && k > j+1 {
			return true
		}
	}
	return false
}

// unitWords end the names of armed forces' units: "47th Separate
// Mechanized Brigade", "3rd Infantry Division".
var unitWords = wordSet("brigade brigades battalion regiment division corps fleet squadron flotilla army")

// unitCounted follow a count of a unit's people: "300 Marine Corps
// troops".
var unitCounted = wordSet("troops soldiers personnel members officers sailors marines airmen veterans staff")

// circuitCourt reports whether ws name a court by its circuit or
// district: "U.S. Circuit Court of Appeals", "Circuit", "District Court".
func circuitCourt(ws []word) bool {
	circuit, court := false, false
	for _, w := range ws {
		switch w.lower() {
		case "circuit":
			circuit = true
		case "district":
			circuit = circuit || len(ws) > 1
		case "court", "appeals":
			court = true
		}
	}
	return circuit && (court || len(ws) == 1 || ws[len(ws)-1].lower() == "circuit")
}

// ordinal reports whether w is a number written as an ordinal: "47th",
// "3rd", "1st", "22nd".
func ordinal(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 {
		return false
	}
	switch strings.ToLower(w[n:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// houseTail returns where the name of a legislature's house that ends
// the span ws[i:j] begins ("Assembly", "Lok Sabha", "Vidhan Sabha"), or
// i when none does.
func houseTail(ws []word, i, j int) int {
	switch {
	case j-i >= 2 && ws[j-1].text == "Assembly":
		return j - 1
	case j-i >= 3 && ws[j-1].text == "Sabha" && (ws[j-2].text == "Lok" || ws[j-2].text == "Vidhan"):
		return j - 2
	}
	return i
}

// houseSeatNouns after a house's name make the place before it a seat's:
// "the Thiruvallur Assembly seat", "Assembly segment".
var houseSeatNouns = wordSet("seat constituency segment by-election bypoll byelection")

// seatNouns after a place's name make it an electoral seat's.
var seatNouns = wordSet("by-election byelection constituency seat ward riding")

// seatAfterRun reports whether the run of capitalised words from ws[k]
// is followed by a seat's noun: "… Delby by-election".
func seatAfterRun(text string, ws []word, k int) bool {
	return seatNounAt(text[ws[runEnd(text, ws, k)-1].end:])
}

// seatNounAt reports whether rest, the text after a name, opens with a
// seat's noun: " by-election", " constituency".
func seatNounAt(rest string) bool {
	rest, ok := strings.CutPrefix(rest, " ")
	if !ok {
		return false
	}
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if end < 0 {
		end = len(rest)
	}
	return seatNouns[rest[:end]]
}

// commonBodyWords reports whether ws, before a country's name, are
// common words a body's name is made of ("Crown Estate", "Police"), no
// person's name ("Patricia").
func (x *extractor) commonBodyWords(ws []word) bool {
	for _, w := range ws {
		lw := w.lower()
		if !w.cap || w.possessive || !(x.lowered[lw] || commonWords()[lw] || orgWords[lw]) || commonGivenName(w.text) || titles[lw] && lw != "crown" || placeWords[lw] || compass[lw] || calendarWords[lw] || notNames[lw] {
			return false
		}
	}
	return true
}

// peerTitles are a peer's titles, which with one name after them are the
// name a peer is known by: "Lord Corriemuir", "Baroness Ormeley"; and
// with the peerage's place: "Lord Pemberton of Rye".
var peerTitles = wordSet("lord baroness baron viscount")

// nameHonours are the titles of a knight, a dame or a peer before a
// name: "Sir Martin Hale", "Dame Ann Roe".
var nameHonours = wordSet("sir dame lord lady baroness baron")

// peopleAdjectives follow a people's name and are no part of it:
// "Munduruku Indigenous land", "Yolngu Aboriginal communities".
var peopleAdjectives = wordSet("indigenous aboriginal native tribal")

// allOfBody reports whether the "All" at ws[i] opens a body's name that
// a suffix ends: "the All England Club", "the All India Football
// Federation" ("All" opens no name where a sentence starts without
// "The").
func allOfBody(ws []word, i, j int) bool {
	return ws[i].text == "All" && j-i >= 3 && (orgSuffixes[ws[j-1].lower()] || orgWords[ws[j-1].lower()]) && (!ws[i].sentStart || i > 0 && ws[i-1].lower() == "the")
}

// surnameHe reports whether the "He" at ws[i] is the Chinese surname:
// "chief He Jianping told", written in mid-sentence before another
// capitalised word (the pronoun is capitalised only where a sentence
// starts).
func surnameHe(ws []word, i, j int) bool {
	return ws[i].text == "He" && !ws[i].sentStart && i+1 < j && ws[i+1].cap && !ws[i+1].possessive
}

// labelWords are the labels of a line of facts: "Try: Boudjema. Con:
// Marcadal."
var labelWords = &lazyregexp.Regexp{Expr: `(?:^|[.:]\s+)\p{Lu}\p{Ll}*:\s`}

// peoplesNounAfter matches a noun of peoples or lands right after a
// name: "the Arab world", "the Nordic countries".
// goodsMadeBy reports whether the lone name ws[i] follows "from" after a
// plural of made goods, or "and" after such a name: "phones from Vexaro
// and Quilly".
func goodsMadeBy(text string, ws []word, i int) bool {
	k := i - 1
	if k >= 2 && ws[k].lower() == "and" && !ws[k].cap && ws[k-1].cap && text[ws[k-1].end:ws[k].start] == " " {
		k -= 2 // the name before "and"
	}
	return k >= 1 && ws[k].lower() == "from" && !ws[k].cap && !ws[k-1].cap && goodsPlurals[ws[k-1].lower()] && text[ws[k-1].end:ws[k].start] == " "
}

// homeBefore is a person's noun and "from" or "of" before where they
// live: "a 22-year-old man from ", "residents of ", "34, of ".
var homeBefore = &lazyregexp.Regexp{Expr: `(?:\b(?:man|woman|boy|girl|teenager|resident|residents|native|family|couple|driver|mother|father)\s+(?:from|of)|\d{1,3},\s+of)\s+$`}

// nameInitial reports whether w is a given name's initial, with its
// period or without: "V", "V.".
func nameInitial(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// madeGoods is a product's noun after its brand's name: " bars", " chips,".
var madeGoods = &lazyregexp.Regexp{Expr: `^\s+(?:bars|chips|crisps|snacks|cereals?|cookies|biscuits|drinks|sodas|beers?|coffee|tea|juices?|water|sauces?|soups?|shoes|sneakers|trainers|phones|cars|trucks|tyres|tires|toys|games|cosmetics|shampoos?|soaps?|detergents?|pills|tablets|watches|bikes|jeans)\b`}

// makesBefore is a maker's verb before the brands it makes, in the same
// clause: "which makes ", "sells Dorrit crisps and ".
var makesBefore = &lazyregexp.Regexp{Expr: `\b(?:makes|make|made|making|sells|sell|sold|selling|produces|produce|produced|owns|own|brands?\s+(?:such\s+as|including|like))\s+(?:[^.;:!?]{0,60}\s)?$`}

// goodsPlurals are plurals of goods that a maker's name follows after
// "from".
var goodsPlurals = wordSet("brands phones smartphones handsets devices chips processors cars vehicles models laptops computers tablets consoles drugs vaccines products")

// actorPlurals are plurals of people and bodies that a people's or a
// region's adjective describes ("Arab mediators", "Kurdish officials").
var actorPlurals = wordSet("mediators officials diplomats negotiators leaders ministers fighters militants troops forces " +
	"sources allies partners governments states countries nations groups envoys delegates delegations lawmakers authorities")

var peoplesNounAfter = &lazyregexp.Regexp{Expr: `^ (?:world|countries|nations|states|community|communities|diaspora|peoples)\b`}

// clubTitles are a team's officers and players, after a club named by
// its city: "Toulouse coach", "Lyon captain".
var clubTitles = wordSet("coach manager boss captain driver rider skipper striker midfielder defender goalkeeper winger wing forward fly-half scrum-half lock prop hooker flanker fullback full-back playmaker")

// creedAdjectives are the creeds' and movements' adjectives written with
// a capital before a body's initials: "the Christian CSC".
// peoplesOfPerson name a people or a creed's followers, no place,
// before a person's noun: "a Sikh man", "an Indigenous woman".
var peoplesOfPerson = wordSet("sikh jain indigenous aboriginal black white latino latina hispanic roma druze yazidi bedouin maori")

var creedAdjectives = wordSet("christian catholic muslim islamic islamist protestant jewish orthodox evangelical buddhist hindu")

// diseaseNouns follow a disease's name: "Marburg virus", "Lyme disease",
// "Lassa fever".
var diseaseNouns = wordSet("virus disease fever")

// numberAfter matches a number right after a name: "the Top 14", "the
// Super 8".
var numberAfter = &lazyregexp.Regexp{Expr: `^ \d+\b`}

// isCity reports whether key is a city of the gazetteer.
// placeWithSmallWord returns the length of a place's name of three or
// four words with a small word inside ("Dar es Salaam", "Bandar Seri
// Begawan" is all capitals) that the lexicon or the gazetteer knows from
// ws[i], and 0 if there is none.
func (x *extractor) placeWithSmallWord(text string, ws []word, i int) int {
	if i+1 >= len(ws) || ws[i+1].cap {
		return 0
	}
	for n := min(4, len(ws)-i); n >= 3; n-- {
		last := ws[i+n-1]
		if !last.cap || last.possessive || slices.ContainsFunc(ws[i:i+n-1], func(w word) bool { return w.possessive }) {
			continue
		}
		spaced := true
		for k := i; k < i+n-1; k++ {
			spaced = spaced && text[ws[k].end:ws[k+1].start] == " "
		}
		if !spaced {
			continue
		}
		if x.isPlaceName(wordsKey(ws[i : i+n])) {
			return n
		}
	}
	return 0
}

func (x *extractor) isCity(key string) bool {
	_, ok := x.cities[key]
	return ok
}

// adjectivePaperWords end newspapers' names ("the Kyiv Independent")
// and are common words alone.
var adjectivePaperWords = wordSet("independent")

// paperWords end newspapers' names, which "The" opens as written: "told
// The Valley Courier".
// secretaryQualifiers stand before "Secretary" in the titles of a
// ministry's civil servants: "Permanent Secretary", "Principal
// Secretary".
var secretaryQualifiers = wordSet("permanent principal")

// stretchEnd reports whether the lone name ws[i] is an end of a stretch
// of road, river or line: "between X and" or "between … and X" after a
// stretch's noun ("a 12-km stretch between X and Y", "the highway
// between X and Y").
func stretchEnd(text string, ws []word, i int) bool {
	k := i - 1 // "between" right before, or "between X and" before
	if k >= 2 && ws[k].lower() == "and" && ws[k-1].cap && ws[k-2].lower() == "between" {
		k -= 2
	}
	if k < 1 || ws[k].lower() != "between" || i+1 < len(ws) && ws[i].end+1 <= len(text) && ws[i+1].cap && text[ws[i].end:ws[i+1].start] == " " {
		return false
	}
	return stretchBefore.MatchString(textBefore(text, ws[k].start, 40))
}

// stretchBefore is a stretch's noun, a few words before "between".
var stretchBefore = &lazyregexp.Regexp{Expr: `\b(?:stretch|section|road|highway|motorway|expressway|railway|rail line|line|route|corridor|canal|river|border|km|kilometres?|kilometers?|miles?)\b[^,.;]{0,12}\s$`}

// toldCue reports whether the words before ws[i] tell something to
// whoever ws[i] opens: "told", "spoke to", "speaking to", "talking to",
// "an interview with".
func toldCue(ws []word, i int) bool {
	switch ws[i-1].lower() {
	case "told":
		return true
	case "to":
		return i > 1 && speakingTo[ws[i-2].lower()]
	case "with":
		return i > 1 && (ws[i-2].lower() == "interview" || ws[i-2].lower() == "interviews")
	}
	return false
}

// speakingTo are the verbs that "to" follows before whom one speaks to.
var speakingTo = wordSet("spoke speaking speak speaks talked talking talk talks")

// toldOutletWords end the names of papers and programmes one tells
// something: "told Tianjin Daily", "told Harbour Times".
var toldOutletWords = wordSet("daily times post herald tribune chronicle gazette journal news radio tv television report tonight today")

var paperWords = wordSet("times herald tribune chronicle sentinel inquirer courier dispatch gazette journal")

// paperTitle reports whether ws[i:j] is a newspaper's name opened by "The"
// in mid-sentence, which keeps it.
func paperTitle(ws []word, i, j int) bool {
	return j-i >= 2 && ws[i].text == "The" && !ws[i].sentStart && paperWords[ws[j-1].lower()]
}

// stateAbbreviations are the short forms news agencies give US states
// after a place ("Calif.", "N.M."), by their letters without the last
// period, and Canada's provinces likewise ("Ont.", "Alta."). Forms that
// are words or names alone ("Miss", "Ore", "Wash", "La", "Mo", "Del",
// "Man") are read only there, after a place and a comma.
var stateAbbreviations = map[string]string{
	"Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
	"Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois",
	"Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland",
	"Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi",
	"Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "Okla": "Oklahoma",
	"Ore": "Oregon", "Pa": "Pennsylvania", "Tenn": "Tennessee", "Vt": "Vermont", "Va": "Virginia",
	"Wash": "Washington", "Wis": "Wisconsin", "Wyo": "Wyoming",
	// Canada's provinces as The Canadian Press shortens them:
	// "WATERLOO, Ont. —", "Saskatoon, Sask.".
	"Ont": "Ontario", "Que": "Quebec", "Alta": "Alberta", "Sask": "Saskatchewan", "Man": "Manitoba",
	"Nfld": "Newfoundland and Labrador", "B.C": "British Columbia", "N.S": "Nova Scotia", "N.B": "New Brunswick", "P.E.I": "Prince Edward Island",
}

// lowerInitials reports whether the words in lower case that end before
// are those whose first letters spell acronym: "post-traumatic stress
// disorder" and "PTSD", "chronic obstructive pulmonary disease" and
// "COPD". Small words between may go unspelled ("rate of return").
func lowerInitials(before, acronym string) bool {
	words := strings.FieldsFunc(before, func(r rune) bool { return r == ' ' || r == '-' })
	letters := []rune(strings.ToLower(acronym))
	k := len(words) - 1
	for l := len(letters) - 1; l >= 0; l-- {
		for k >= 0 && smallInitialWords[words[k]] && firstRune(words[k]) != letters[l] {
			k--
		}
		// "Ebola virus disease (EVD)": the first word may be a name.
		if k < 0 || firstRune(words[k]) != letters[l] && !(l == 0 && unicode.ToLower(firstRune(words[k])) == letters[l]) {
			return false
		}
		k--
	}
	return true
}

// smallInitialWords may stand between the words an acronym spells.
var smallInitialWords = wordSet("of and the for in on to a")

// fiscalPeriod reports whether w names a business quarter, half or year:
// "Q1", "H2", "FY24", "FY2025".
func fiscalPeriod(w string) bool {
	switch {
	case len(w) == 2 && (w[0] == 'Q' && w[1] >= '1' && w[1] <= '4' || w[0] == 'H' && (w[1] == '1' || w[1] == '2')):
		return true
	case (len(w) == 4 || len(w) == 6) && strings.HasPrefix(w, "FY"):
		return allDigits(w[2:])
	}
	return false
}

// eraWords are the eras written beside a year: "300 B.C.", "AD 79".
var eraWords = wordSet("B.C A.D BC AD BCE CE B.C.E C.E")

// usStates returns the US states' names as a set.
var usStates = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, name := range statePostalCodes {
		out[name] = true
	}
	return out
})

// statePostalCodes are the US states' two letters as the post and
// local sites write them after a town: "Orlando, FL".
var statePostalCodes = map[string]string{
	"AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
	"CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
	"IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
	"ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
	"MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
	"NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
	"OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
	"TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
	"WI": "Wisconsin", "WY": "Wyoming",
}

// postalCodeEnd is what may follow a state's postal code after a town:
// the end of the line, or punctuation.
var postalCodeEnd = &lazyregexp.Regexp{Expr: `^(?:$|\s*[,.;:)—–]|\s+-\s|\s+\()`}

// postWords before "on X" make X the platform: "wrote on X", "a post on
// X".
var postWords = wordSet("wrote writes write posted posts post posting said says shared tweeted announced published commented replied responded statement video message account")

// platformX reports whether the lone "X" at ws[i] is the platform:
// "on X" after a word of posting.
func platformX(ws []word, i int) bool {
	return i >= 2 && ws[i-1].lower() == "on" && !ws[i-1].cap && (postWords[ws[i-2].lower()] || i+1 < len(ws) && postingAfter[ws[i+1].lower()])
}

// postingAfter follows "on X" when X is the platform: "praised the
// operation on X, writing that …".
var postingAfter = wordSet("writing saying posting adding")

// vesselPrefixes open ships' names, in capitals: "USS", "HMS", the
// Philippines' "BRP", India's "INS", merchant ships' "MV", tankers' "MT",
// fishing boats' "FV" and "FB".
var vesselPrefixes = map[string]bool{"USS": true, "USNS": true, "USCGC": true, "HMS": true, "HMAS": true, "HMCS": true, "HMNZS": true, "BRP": true, "INS": true, "ROKS": true, "KRI": true, "MV": true, "RV": true, "MT": true, "FV": true, "FB": true, "KM": true, "KMP": true}

// vesselNouns before a name make it a ship's: "the tanker Sea Dove".
var vesselNouns = wordSet("vessel ship tanker frigate destroyer cutter freighter ferry yacht submarine corvette trawler warship supertanker icebreaker boat lifeboat dinghy schooner")

// vesselName reports whether ws[i:j] is a ship's name: opened by a
// ship's prefix, or right after a ship's noun in lower case.
func vesselName(text string, ws []word, i, j int) bool {
	if vesselPrefixes[ws[i].text] && j-i >= 2 {
		return true
	}
	// (So is one set off after its noun: "Its sister ship, Glen
	// Sannox,".)
	return i > 0 && !ws[i-1].cap && !ws[i-1].possessive && vesselNouns[ws[i-1].lower()] && (text[ws[i-1].end:ws[i].start] == " " || text[ws[i-1].end:ws[i].start] == ", " && i > 1 && ws[i-2].lower() == "sister")
}

var roadWords = wordSet("route highway interstate motorway")

// currencies are the shortened names of money written before a sum.
// moneyToken is a sum written with its currency's letters before the
// digits: "K180", "R50", "N500", "P200", "MK5", "ZK100", "Sh86", "Le300".
// (Not "K2" or "G20": one digit is too few for a sum, "G" no currency.)
var moneyToken = &lazyregexp.Regexp{Expr: `^(?:[KRNP]\d{2,}|(?:MK|ZK|Sh|KSh|Ksh|Rs|Le|GH₵|GH¢|Tk|Rp|RM)\d+)$`}

// roadToken is a road's number after its class's letter: "N17", "R524",
// "M50", "A1".
var roadToken = &lazyregexp.Regexp{Expr: `^[AMNRB]\d{1,4}$`}

var currencies = wordSet("rs inr ksh kes sh ugx tzs ngn php idr rp tk rm sgd hkd nt usd eur gbp zar ghs egp pkr lkr")

// timestampLabels open a page's time stamp: "Updated Dec 3".
var timestampLabels = wordSet("updated posted published modified")

// monthAbbreviations are the months as datelines shorten them.
var monthAbbreviations = wordSet("jan feb mar apr jun jul aug sep sept oct nov dec")

// allDigits reports whether s is a number of digits only.
func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// grandTitle reports whether ws[k] is the "Grand" of a title ("Grand
// Chief", "Grand Mufti"), and not of a place ("Grand Canyon").
func grandTitle(ws []word, k, j int) bool {
	return ws[k].lower() == "grand" && k+1 < j && titles[ws[k+1].lower()]
}

// nextGameLine finds the line of a game story that says where a team
// plays next ("Jets: At Vancouver on Thursday night.", "Kraken: Host
// Calgary on Thursday.", "Bucks: Host the Chicago Bulls on Thursday."):
// ws[:c] is the team, ws[o:e] its opponent. e is 0 for any other line.
func nextGameLine(text string, ws []word) (c, o, e int) {
	if len(text) > 90 || len(ws) < 3 {
		return 0, 0, 0
	}
	for c < len(ws) && ws[c].cap && !strings.HasPrefix(text[ws[c].end:], ":") {
		c++
	}
	if c+2 >= len(ws) || !ws[c].cap || text[ws[c].end:ws[c+1].start] != ": " || !nextGameVerbs[ws[c+1].text] {
		return 0, 0, 0
	}
	c++ // the team's last word
	o = c + 1
	if ws[o].text == "the" {
		o++
	}
	e = o
	for e < len(ws) && ws[e].cap && (e == o || text[ws[e-1].end:ws[e].start] == " ") {
		e++
	}
	if e == o {
		return 0, 0, 0
	}
	rest := text[ws[e-1].end:]
	if rest != "" && rest != "." && !nextGameTail.MatchString(rest) {
		return 0, 0, 0
	}
	return c, o, e
}

// carMakers name cars by their models after them: "Toyota Hilux".
var carMakers = wordSet("toyota honda nissan mazda hyundai kia subaru mitsubishi suzuki lexus isuzu volkswagen vw bmw audi porsche mercedes mercedes-benz tesla ford chevrolet chevy holden jeep dodge volvo peugeot renault citroën citroen fiat skoda byd geely")

// detachedForces are police forces whose detachments go by their
// towns' names, whatever the town: "Nanaimo RCMP", "Bracebridge OPP".
var detachedForces = wordSet("RCMP OPP")

// placeOpening reports whether ws[i:j] is all a place: of the lexicon,
// a city of the gazetteer, or a name after a place's prefix ("Port
// Alberni", "Fort Nelson").
func (x *extractor) placeOpening(ws []word, i, j int) bool {
	if n := x.lookup(ws, i, j); n == j-i {
		e := x.lex[wordsKey(ws[i:j])]
		return e.kind == actors.Place && !e.demonym
	}
	if x.isCity(wordsKey(ws[i:j])) {
		return true
	}
	return j-i >= 2 && placePrefixes[ws[i].lower()] && plainName(ws[i+1:j]) && x.lookup(ws, i+1, j) == 0
}

// teamCity returns the length of the place ws[i:] opens, a city of the
// gazetteer or a place of the lexicon (no people's name), of one or two
// words before j; and 0 otherwise.
func (x *extractor) teamCity(ws []word, i, j int) int {
	for n := min(2, j-i); n >= 1; n-- {
		key := wordsKey(ws[i : i+n])
		if e, ok := x.lex[key]; ok && e.kind == actors.Place && !e.demonym && x.lookup(ws, i, j) == n {
			return n
		}
		if x.isCity(key) && x.lookup(ws, i, j) == 0 {
			return n
		}
	}
	return 0
}

// positionLetters are players' positions as a game story's notes
// abbreviate them before a name: "Seattle D Nils Ekberg-Hale".
var positionLetters = wordSet("D G F C LW RW LHP RHP QB WR RB TE OF SS")

// nextGameVerbs open the second half of a next-games line.
var nextGameVerbs = wordSet("At Host Hosts Visit Visits Vs vs")

// nextGameTail is what follows the opponent in a next-games line: its
// day or time.
var nextGameTail = &lazyregexp.Regexp{Expr: `^(?: on | next | this | in | at |, |\.)`}

// saidItAfter is a speech verb and "it" as a subject after a name:
// " said it was fine" (not "its", a body's own).
var saidItAfter = &lazyregexp.Regexp{Expr: `^\s+(?:said|says|added|told\s+[\p{L} ]{1,30}?)\s+(?:that\s+)?it\s`}

// burmeseHonorifics open Burmese names, which have no surname: "Ko
// Thiha Zaw" (a young man), "Ma Hnin Ei Phyu" (a young woman), "Maung",
// "Naw", "Saw" ("U" and "Daw" are honorifics everywhere). Read so only
// in an article about Myanmar: "Ma" and "Ko" are Chinese and Korean
// surnames elsewhere.
var burmeseHonorifics = wordSet("ko ma maung naw saw")

// burmeseHonorific reports whether ws[k] is a Burmese honorific before
// a name of two words or more, in an article about Myanmar.
func (x *extractor) burmeseHonorific(ws []word, k, j int) bool {
	if !burmeseHonorifics[ws[k].lower()] || j-k < 3 || ws[k].possessive {
		return false
	}
	for _, w := range []string{"myanmar", "burma", "burmese", "yangon", "naypyitaw", "mandalay"} {
		if strings.Contains(x.articleLower, w) {
			return true
		}
	}
	return false
}

// proTem reports whether ws[k] is the "Pro" of "Pro Tem" or "Pro
// Tempore" in a title: "Mayor Pro Tem X" (not "PRO-7", a police office).
func proTem(ws []word, k, j int) bool {
	return ws[k].lower() == "pro" && k+1 < j && (ws[k+1].lower() == "tem" || ws[k+1].lower() == "tempore")
}

// lastWord is the last word of s.
func lastWord(s string) string {
	if i := strings.LastIndex(s, " "); i >= 0 {
		return s[i+1:]
	}
	return s
}

// resultAfter is the closing bracket and the time or score after a
// nation's code in a list of results: ") 13:58.06".
var resultAfter = &lazyregexp.Regexp{Expr: `^\)\s*[0-9]`}

// athleteBefore reports whether the words before ws[i] are a person's
// full name (two words or more, particles allowed, no body's word) whose
// initials are not ws[i]: "Femke de Wit (NED)", but "Institute for
// Fiscal Studies (IFS)".
func athleteBefore(ws []word, i int) bool {
	var initials []byte
	k, names := i-1, 0
	for ; k >= 0 && i-k <= 5; k-- {
		w := ws[k]
		lw := w.lower()
		if w.cap && !orgWords[lw] && !orgSuffixes[lw] && !placeWords[lw] && !titles[lw] {
			initials = append([]byte{w.text[0]}, initials...)
			names++
			continue
		}
		if !w.cap && nameParticles[lw] && k > 0 && ws[k-1].cap {
			continue
		}
		break
	}
	return names >= 2 && !strings.HasSuffix(ws[i].text, string(initials))
}

// companyPrefixes are the legal forms written before a company's name:
// Indonesia's PT, Russia's and Ukraine's PJSC, JSC, OAO, PAO, OOO.
var companyPrefixes = map[string]bool{"PT": true, "PJSC": true, "JSC": true, "OAO": true, "PAO": true, "OOO": true, "ZAO": true}

// leagueWords name a league before its class: "Serie A", "Liga MX".
var leagueWords = wordSet("serie série liga ligue")

// servedBy reports whether the words from ws[k] are a mayor's or a
// governor's title in lower case and a capitalised name: the place
// named before them is the one served ("Sorsogon mayor Reynaldo X").
func servedBy(text string, ws []word, k int) bool {
	return k > 0 && k+1 < len(ws) && !ws[k].cap && servedTitles[ws[k].lower()] && ws[k+1].cap && text[ws[k-1].end:ws[k].start] == " " && text[ws[k].end:ws[k+1].start] == " " && !ws[k-1].possessive
}

// partyAdjectives name a party's side before a title: "Democratic
// mayor X", "Tory governor Y".
// portActs reports whether the port named ws[i:j] ("Port of X") acts as
// the body that runs it: it does something ("The Port of X suspended
// night operations", "Port of X halts shifts"), speaks through a
// spokesperson ("a spokeswoman for the Port of X"), or is listed among
// port authorities ("authorities, including the Port of X").
func portActs(text string, ws []word, i, j int) bool {
	if j-i < 3 || ws[i+1].text != "of" || ws[j-1].possessive {
		return false
	}
	if portVoiceBefore.MatchString(textBefore(text, ws[i].start, 60)) {
		return true
	}
	if j < len(ws) && text[ws[j-1].end:ws[j].start] == " " && !ws[j].cap {
		v := ws[j].lower()
		return speechVerbAt(text[ws[j-1].end:]) || strings.HasSuffix(v, "ed") && len(v) > 4 || portActions[v]
	}
	return false
}

// portVoiceBefore ends the words that make a port the body that runs it.
var portVoiceBefore = &lazyregexp.Regexp{Expr: `(?:\b(?:spokesperson|spokesman|spokeswoman|statement|official|officials|director|chief executive) (?:for|from|of|at) |\bauthorities,? (?:including|such as|like) )(?:the )?$`}

// portActions are present-tense verbs a port's authority is the subject
// of in headlines.
var portActions = wordSet("halts suspends closes reopens bans orders warns announces says plans cuts raises")

// partyMember are the singular nouns of a party's member that name the
// party in the lexicon: "a Democrat from Ohio".
var partyMember = wordSet("democrat republican")

// theMemberBefore ends the words before a member's noun that make it a
// person: "the ", "the Oregon ", "the New York ".
var theMemberBefore = &lazyregexp.Regexp{Expr: `\b[Tt]he (?:\p{Lu}[\p{L}.'’-]*\s+){0,2}$`}

var partyAdjectives = wordSet("democratic republican tory labour labor liberal conservative green socialist communist")

// formerWords open a sentence before a former holder's role: "Former
// Çankaya mayor X".
var formerWords = wordSet("former ex then outgoing")

// servedTitles are the lower-case titles of those who govern a place.
var servedTitles = wordSet("mayor governor")

// portfolioBodyEnds are portfolios that are titles too ("Defense
// Secretary") and end bodies' names ("Cascadia Wildlands Defense").
var portfolioBodyEnds = wordSet("defense defence security finance")

// givenNameCountries are countries whose names are also given names.
var givenNameCountries = wordSet("georgia chad jordan israel india china")

// clubNouns stand before a club's name: "Bundesliga side Wesertal 05".
var clubNouns = wordSet("side club outfit rivals")

// branchWords name a numbered branch of a union or a body: "Local 1199",
// "District Lodge 70".
var branchWords = wordSet("local lodge chapter branch region")

// openingJobs are what a local story calls the people it quotes, at a
// sentence's start before their names ("Driver Kevin X said"), where
// the word is no one's surname ("Minnie Driver").
var openingJobs = wordSet("driver trucker motorist commuter cyclist")

// numberedPlaceWords name a part of a town by its number: "Ward 12",
// "Zone 4", "Sector 7".
var numberedPlaceWords = wordSet("ward zone sector area " +
	// A Philippine village by its number: "Barangay 129".
	"barangay brgy. brgy")

// branchNumber reports whether s is a branch's number: one to four digits,
// not a year ("Congress 2024" is an event).
func branchNumber(s string) bool {
	if !allDigits(s) || len(s) > 4 {
		return false
	}
	return len(s) < 4 || s[:2] != "19" && s[:2] != "20"
}

// classMark reports whether s is one capital letter, or a number of one
// or two digits: the mark of a class ("Band D", "Category 3").
func classMark(s string) bool {
	switch {
	case len(s) == 1:
		return s[0] >= 'A' && s[0] <= 'Z' || s[0] >= '0' && s[0] <= '9'
	case len(s) == 2:
		return s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9'
	}
	return false
}

// plainName reports whether ws are capitalised words with no title,
// honorific or possessive among them.
func plainName(ws []word) bool {
	for _, w := range ws {
		lw := w.lower()
		if !w.cap || w.possessive || titles[lw] || honorifics[lw] || connectorWord(w) {
			return false
		}
	}
	return true
}

// nameWithParticles reports whether ws is a plain name, or one whose
// parts particles join: "Ursula von der Leyen", "Tran Van Khiem".
func nameWithParticles(ws []word) bool {
	if len(ws) == 0 || !plainName(ws[:1]) || !plainName(ws[len(ws)-1:]) {
		return false
	}
	for _, w := range ws[1 : len(ws)-1] {
		// "Tran Van Khiem": a particle may be capitalised inside.
		if !plainName([]word{w}) && (!nameParticles[w.lower()] || w.possessive) {
			return false
		}
	}
	return true
}

// patronymicName reports whether ws is a name whose parts a lower-case
// "son of" or "daughter of" joins: "Azlina binti Yusof", "Ahmad bin
// Ismail".
func patronymicName(ws []word) bool {
	if len(ws) < 3 || !plainName(ws[:1]) || !plainName(ws[len(ws)-1:]) {
		return false
	}
	joined := false
	for _, w := range ws[1 : len(ws)-1] {
		switch lw := w.lower(); {
		case !w.cap && (lw == "bin" || lw == "binti" || lw == "binte" || lw == "bint" || lw == "ibn"):
			joined = true
		case !plainName([]word{w}):
			return false
		}
	}
	return joined
}

// localQualifiers make a government a place's own: "the Ha Tinh
// provincial government".
// workNouns are what a work whose title follows is: "their album Night
// Ferry", "the film Dark Water".
var workNouns = wordSet("album albums ep film films movie movies novel novels book books song songs documentary musical memoir podcast opera sitcom miniseries")

// madeItAfter reports whether a maker's verb follows the name ws[:j]:
// then the name is the maker's ("the book Rory Kell wrote").
func madeItAfter(text string, ws []word, j int) bool {
	if j == len(ws) || ws[j].cap || text[ws[j-1].end:ws[j].start] != " " {
		return false
	}
	return makerVerbs[ws[j].lower()]
}

// makerVerbs are what a work's maker did to it.
var makerVerbs = wordSet("wrote co-wrote penned made directed produced recorded released sang composed published painted drew shot edited narrated")

// singleBefore make "single" a record's: "their single Harbour Lights".
var singleBefore = wordSet("the a their his her its debut new hit first second latest")

// linkedPair reports whether w joins two capitalised names by a hyphen:
// "Mumbai-Agra", "Douala-Yaoundé".
func linkedPair(w string) bool {
	_, second, ok := strings.Cut(w, "-")
	return ok && unicode.IsUpper(firstRune(second))
}

// streetNouns, in lower case after a name, make it a street's.
var streetNouns = wordSet("street road avenue lane boulevard highway")

// teamPlural reports whether w, in lower case, looks like a plural noun:
// "qalandars", "volts"; not "ross" or "lewis".
func teamPlural(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "us")
}

// gameTold is a game's score or result in a paragraph: "110-104",
// "beat", "defeated".
var gameTold = &lazyregexp.Regexp{Expr: `\b\d{1,3}-\d{1,3}\b|\b(?:beat|beats|defeated|defeats|edged|routed|thrashed|drew|lost to|won)\b`}

// firmPrepositions put a person at a firm: "of broker X", "at broker Y".
var firmPrepositions = wordSet("of at from with")

// memberPlurals are members of a house, in the plural, after their
// party's name: "Te Pāti Māori MPs".
var memberPlurals = map[string]bool{"MPs": true, "MLAs": true, "MEPs": true, "MSPs": true, "TDs": true, "MKs": true, "MPPs": true, "MHAs": true, "MCAs": true}

// staffPlurals are a body's people, in lower case after its name: "Te
// Whatu Ora officials".
var staffPlurals = wordSet("officials executives employees staffers bosses negotiators")

// spanHasPlaceWord reports whether a word of ws is a place's noun.
func spanHasPlaceWord(ws []word) bool {
	return slices.ContainsFunc(ws, func(w word) bool { return placeWords[w.lower()] })
}

// modelCode is a product's model code: "E195", "A320neo", "X5", "S24".
var modelCode = &lazyregexp.Regexp{Expr: `^\p{Lu}{1,3}\d{1,4}[a-z]{0,3}$`}

// lastRune is the last rune of s, or utf8.RuneError.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// dashDigit is a model's number after its letter: "F-35", "B-52".
var dashDigit = &lazyregexp.Regexp{Expr: `^-\d`}

// agencyCiting is what a news agency does after its name: "reports
// citing", "reported, citing".
var agencyCiting = &lazyregexp.Regexp{Expr: `^ (?:reports|reported|reporting),? citing\b`}

// tickerAfter is a stock's ticker in brackets after a company's name:
// "(CRVN.O)", "(NYSE: HLF)", "(7203.T)", "(005930.KS)".
var tickerAfter = &lazyregexp.Regexp{Expr: `^ \((?:\.\p{Lu}{2,6}|\p{Lu}{1,6}\.\p{Lu}{1,2}|(?:NYSE|Nasdaq|NASDAQ|LSE|TSX|ASX|NSE|BSE|SGX|JSE|HKEX|OTC)\s?: ?\p{Lu}[\p{Lu}0-9.]*|\d{4,6}\.\p{Lu}{1,2})\)`}

// policeNouns may follow "police" in a place's force's name written in
// lower case: "the Chicago police department".
var policeNouns = wordSet("department force service")

var localQualifiers = wordSet("provincial prefectural regional state local municipal metropolitan city county district federal cantonal")

// moneyAfter matches what follows the figure of a sum: its decimals, its
// thousands or a multiplier ("N2.4 million", "R15bn", "K300,000").
var moneyAfter = &lazyregexp.Regexp{Expr: `^(?:[.,]\d|\s?(?:million|billion|trillion|bn|m|k)\b)`}

// letterCode reports whether s is a group's code of capitals then digits,
// such as "M23": one to three capitals, one to three digits.
func letterCode(s string) bool {
	caps := 0
	for caps < len(s) && s[caps] >= 'A' && s[caps] <= 'Z' {
		caps++
	}
	digits := len(s) - caps
	for _, c := range s[caps:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return caps >= 1 && caps <= 3 && digits >= 1 && digits <= 3
}

// doubleBarrelledName reports whether w is two capitalised names joined
// by a hyphen, each of three letters or more: "Khanam-Chowdhury".
func doubleBarrelledName(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && utf8.RuneCountInString(a) >= 3 && utf8.RuneCountInString(b) >= 3 && unicode.IsUpper(firstRune(a)) && unicode.IsUpper(firstRune(b)) && !strings.ContainsAny(b, "-0123456789")
}

// restOfName reports whether ws go on a person's name after its first
// surname: particles in lower case and capitalised names, no
// possessive, no title and no body's or place's word.
func restOfName(ws []word) bool {
	for _, w := range ws {
		lw := w.lower()
		if w.possessive || titles[lw] || orgWords[lw] || orgSuffixes[lw] || placeWords[lw] || !w.cap && !nameParticles[lw] {
			return false
		}
	}
	return true
}

// orgWordThenCharge reports whether a body's word is followed right
// after by "for" or "of" in ws: "Agency for Energy Regulation".
func orgWordThenCharge(ws []word) bool {
	for k := 0; k+2 < len(ws); k++ {
		if orgWords[ws[k].lower()] && !ws[k].possessive && (ws[k+1].text == "for" || ws[k+1].text == "of") {
			return true
		}
	}
	return false
}

// brandAfter is "brand" after a brand's name: " own brand", " brand".
var brandAfter = &lazyregexp.Regexp{Expr: `^\s+(?:own[ -])?brand\b`}

// ownedThings are what a body's possessive owns, named before them:
// "the Guide's Bib Gourmand list", "the broadcaster's Night Watch
// programme".
var ownedThings = wordSet("list award awards prize scheme programme program index rating ratings category segment edition brand range series label")

// leadingOrgNouns describe a body before its name at a sentence's start:
// "Promoter Live Nation said". Words that begin bodies' own names ("Bank
// Negara", "Group", "Party") are not among them.
var leadingOrgNouns = wordSet("operator broadcaster carrier airline insurer lender miner producer " +
	"retailer regulator utility manufacturer carmaker automaker maker startup charity developer " +
	"contractor supplier publisher promoter distributor streamer chipmaker drugmaker steelmaker " +
	"shipper shipbuilder conglomerate watchdog " +
	// A market report's trades: "Broker Hallgarth & Pryce raised",
	// "Grocer Vellmart slipped", "Housebuilder Corrigan Homes added".
	"broker grocer supermarket housebuilder homebuilder brewer distiller jeweller jeweler bookmaker outsourcer landlord " +
	// "the journal Marine Ecology Progress Series".
	"journal")

// teamMembers follow a team's name in lower case: "the Red Bull driver".
var teamMembers = wordSet("driver drivers rider riders teammate teammates squad outfit")

// servedPlaceWords end the names of places an officer serves: "Levy
// County Sheriff", "Kisumu County Governor".
var servedPlaceWords = wordSet("county province state district region city parish borough township prefecture oblast municipality governorate " +
	// Singapore's constituencies: "Nee Soon GRC MP X".
	"grc smc constituency shire " +
	// Kenya's county wards: "Ruiru Ward MCA X".
	"ward")

// bornIn reports whether ws[i] follows "in" in a sentence that says
// where someone was born: "was born on March 3, 1939, in Rostock", "Born
// in 1942 in the fishing village of Skelmorie".
func bornIn(ws []word, i int) bool {
	// "in the fishing village of": back to its "in", over a few words in
	// lower case.
	if i >= 2 && ws[i-1].lower() == "of" && placeNouns[ws[i-2].lower()] && !ws[i-2].cap {
		k := i - 2
		for k > 0 && k > i-6 && !ws[k-1].cap && ws[k-1].lower() != "in" {
			k--
		}
		i = k
	}
	if i == 0 || ws[i-1].lower() != "in" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-10; k-- {
		if ws[k].lower() == "born" {
			return true
		}
		if ws[k].sentStart {
			break
		}
	}
	return false
}

// titlesInitials reports whether w is the plural of a title's initials:
// "MCAs", "MLAs", "TDs".
func titlesInitials(w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	return ok && len(stem) >= 2 && allCaps(stem) && titles[strings.ToLower(stem)]
}

// placeBefore reports whether ws[i:j] are a place the lexicon knows,
// not its people's name: the "Oregon" of "Oregon Route 140".
func (x *extractor) placeBefore(ws []word, i, j int) bool {
	return x.lookup(ws, i, j) == j-i && !ws[j-1].possessive && x.isPlaceName(wordsKey(ws[i:j]))
}

// localServices are the services a county's or a city's officer heads,
// between the place and the title: "County Fire Chief", "City Police
// Chief", "County Emergency Management Director".
var localServices = wordSet("fire police health emergency management rescue parks water school schools public works transit elections")

// allServices reports whether every word of ws is a local service's.
func allServices(ws []word) bool {
	for _, w := range ws {
		if !w.cap || w.possessive || !localServices[w.lower()] {
			return false
		}
	}
	return len(ws) > 0
}

// bodyBeforeTitle reads the words ws[k:end] of a role right before the
// title ws[end]: a name ending in a place's word is that place ("Levy
// County Sheriff"); of one word, an unknown acronym is a body ("NLC
// President"), and an unknown name before a governor or mayor is the
// place governed ("Lagos Governor").
func (x *extractor) bodyBeforeTitle(a *corpus.Article, p *corpus.Paragraph, ws []word, k, end int) {
	// "Lagos State Governor X", "Kano State Governor Y": "State" is a
	// title's word too ("Secretary of State"), so the role's run reached
	// it; before another title it ends the name of the place served.
	// ("Interior Ministry State Secretary X": a body's word before
	// "State" ends a body's name, with its portfolio before it; the
	// secretary is the state's, as Germany titles its junior ministers.)
	if end+1 < len(ws) && ws[end].text == "State" && titles[ws[end+1].lower()] && orgWords[ws[end-1].lower()] && !ws[end-1].possessive && p.Text[ws[end-1].end:ws[end].start] == " " {
		s := end - 1
		for s > 0 && s > end-4 && ws[s-1].cap && !ws[s-1].possessive && portfolioWords[ws[s-1].lower()] && p.Text[ws[s-1].end:ws[s].start] == " " {
			s--
		}
		x.addSpan(a, p, ws, s, end, actors.Organization)
		return
	}
	if end+1 < len(ws) && ws[end].text == "State" && titles[ws[end+1].lower()] && !ws[end-1].possessive && !ws[end].possessive && x.lookup(ws, k, end) == 0 && p.Text[ws[end-1].end:ws[end].start] == " " && p.Text[ws[end].end:ws[end+1].start] == " " && plainName(ws[k:end]) && !(end-k == 1 && ws[k].sentStart && x.lowered[ws[k].lower()]) {
		x.addSpan(a, p, ws, k, end+1, actors.Place)
		return
	}
	// "Maharashtra Transport Minister X", "Odisha Health Minister Y": a
	// state the gazetteer knows, then a portfolio, before the title.
	for m := k + 1; m < end && m-k <= 3; m++ {
		if !ws[m-1].possessive && x.lookup(ws, k, m) == 0 && x.isCity(wordsKey(ws[k:m])) && allPortfolio(ws[m:end]) && !(m-k == 1 && ws[k].sentStart && x.lowered[ws[k].lower()]) {
			x.addSpan(a, p, ws, k, m, actors.Place)
			return
		}
	}
	// "Tamil Nadu Chief Minister X": the state a chief minister governs.
	if end-k >= 1 && end-k <= 3 && ws[end].lower() == "chief" && end+1 < len(ws) && ws[end+1].lower() == "minister" && x.lookup(ws, k, end) == 0 && (end-k >= 2 || !(ws[k].sentStart && x.lowered[ws[k].lower()])) {
		x.addSpan(a, p, ws, k, end, actors.Place)
		return
	}
	// "Levy County Sheriff Bobby McCrae", "Kisumu County Governor": a
	// place's name before the title is the place served.
	if end-k >= 2 && servedPlaceWords[ws[end-1].lower()] && !ws[end-1].possessive && x.lookup(ws, k, end) == 0 {
		x.addSpan(a, p, ws, k, end, actors.Place)
		return
	}
	// "Hardeman County Fire Chief X", "Marion County Emergency Management
	// Director Y": a served place, then the service the officer heads,
	// before the title.
	for m := k + 2; m < end && end-m <= 3; m++ {
		if servedPlaceWords[ws[m-1].lower()] && !ws[m-1].possessive && allServices(ws[m:end]) && x.lookup(ws, k, m) == 0 && plainName(ws[k:m-1]) {
			x.addSpan(a, p, ws, k, m, actors.Place)
			return
		}
	}
	// "South Kivu Governor X", "West Java Police Chief Y": a compass word
	// and a name before the title are the region served.
	if end-k >= 2 && end-k <= 3 && compass[ws[k].lower()] && x.lookup(ws, k, end) == 0 && !ws[end-1].possessive && plainName(ws[k+1:end]) && !spanHasOrgWord(ws[k+1:end]) {
		x.addSpan(a, p, ws, k, end, actors.Place)
		return
	}
	// "Supreme Court Justice X", "Bank of England Governor Y", "Harlan
	// Bank Chief Executive Z": a body's name before its officer's title
	// is the body, named.
	// Not "Transport Cabinet Secretary X": Kenya's ministers are
	// Cabinet Secretaries, the portfolio before it no body.
	// So is a place the lexicon knows, then the body's word: "NSW Police
	// Inspector X", "US Army General Y".
	// Nor "Local Government Minister X": the portfolio, no body.
	if end-k >= 2 && end-k <= 5 && orgWords[ws[end-1].lower()] && !ws[end-1].possessive && x.lookup(ws, k, end) != end-k && !(ws[k].sentStart && x.lowered[ws[k].lower()] && !orgWords[ws[k].lower()]) && !titles[ws[k].lower()] && !(ws[end-1].lower() == "cabinet" && ws[end].lower() == "secretary") && !(end-k == 2 && ws[k].lower() == "local" && ws[end-1].lower() == "government") {
		x.span(a, p, ws, k, end)
		return
	}
	// "Bank of Veloria Governor X", "University of Lagos Vice-Chancellor
	// Y": a body's word, "of" and a name before the officer's title are
	// the body, named.
	// ("Ministry of Health Permanent Secretary X": the qualifier of the
	// title is the officer's; "Ministry of Agriculture and Livestock
	// Principal Secretary Y": portfolios joined by "and".)
	if end-k >= 3 && end-k <= 7 && !ws[end-1].possessive && !titles[ws[k].lower()] {
		e := end
		for e-k > 3 && secretaryQualifiers[ws[e-1].lower()] {
			e--
		}
		for m := k + 1; m < e-1; m++ {
			if ws[m].text == "of" && orgWords[ws[m-1].lower()] && !ws[m-1].possessive && (plainName(ws[m+1:e]) || allPortfolio(ws[m+1:e])) && !spanHasOrgWord(ws[m+1:e]) && !slices.ContainsFunc(ws[k:m], func(w word) bool { return w.possessive || !w.cap }) {
				x.addSpan(a, p, ws, k, e, actors.Organization)
				return
			}
		}
	}
	// "Chinese Foreign Ministry Spokesperson X": a people's name, a
	// portfolio and "Ministry" before the officer's title are one body,
	// as in "the Chinese Foreign Ministry said".
	if end-k == 1 && k >= 2 && ws[k].lower() == "ministry" && !ws[k].possessive && ws[k-1].cap && !ws[k-1].possessive && x.lookup(ws, k-2, k-1) == 1 && x.lex[ws[k-2].key].demonym && !ws[k-2].possessive && p.Text[ws[k-2].end:ws[k-1].start] == " " && p.Text[ws[k-1].end:ws[k].start] == " " {
		x.addSpan(a, p, ws, k-2, end, actors.Organization)
		return
	}
	// "Supreme Court Justice X", "High Court Judge Y": a title's word
	// and a body's word before the officer's title are the body.
	// Not "Chief Cabinet Secretary X", Japan's government spokesperson.
	// Nor "Spokesperson Police Brigadier General X": "Police" before a
	// military rank is the Philippine police's rank.
	// Nor "Chief Press Secretary X": "Press" before a secretary's or an
	// officer's title is the title's.
	if end-k == 1 && orgWords[ws[k].lower()] && k > 0 && ws[k-1].cap && titles[ws[k-1].lower()] && p.Text[ws[k-1].end:ws[k].start] == " " && !(ws[k].lower() == "cabinet" && ws[end].lower() == "secretary") && !(ws[k].lower() == "police" && militaryRanks[ws[end].lower()]) && !(ws[k].lower() == "press" && pressTitles[ws[end].lower()]) {
		x.addSpan(a, p, ws, k-1, end, actors.Organization)
		return
	}
	// "Sao Paulo Governor X", "Rio de Janeiro Mayor Y": a city of the
	// gazetteer, of two words or more, before a governor's or a mayor's
	// title is the place governed.
	// So is a place of the lexicon ("São Paulo", a state too).
	if end-k >= 2 && end-k <= 4 && placeTitles[ws[end].lower()] && !ws[end-1].possessive {
		if n := x.lookup(ws, k, end); n == end-k {
			if e := x.lex[wordsKey(ws[k:end])]; e.kind == actors.Place && !e.demonym {
				x.lexMention(a, p, ws, k, end, e)
				return
			}
		} else if n == 0 && x.isCity(wordsKey(ws[k:end])) {
			x.addSpan(a, p, ws, k, end, actors.Place)
			return
		}
	}
	// "Opposition Chadema lawmaker X", "Ruling Zanu-PF MP Y": the side
	// a party sits on is no part of its name.
	if end-k >= 2 && notParties[ws[k].lower()] && memberTitles[ws[end].lower()] && !ws[k].possessive {
		k++
	}
	// "Yesh Atid MK X", "Plaid Cymru MS Y": a party of two or three
	// words before its member's title.
	if end-k >= 2 && end-k <= 3 && memberTitles[ws[end].lower()] && x.lookup(ws, k, end) == 0 && plainName(ws[k:end]) && !spanHasOrgWord(ws[k:end]) && !ws[end-1].possessive && !(ws[k].sentStart && x.lowered[ws[k].lower()]) {
		x.addSpan(a, p, ws, k, end, actors.Organization)
		return
	}
	if end != k+1 || x.lookup(ws, k, end) != 0 {
		return
	}
	w, title := ws[k], ws[end].lower()
	common := w.sentStart && x.lowered[w.lower()] // "Senior", "Local"

	kind := actors.Kind("")
	switch {
	case isAcronym(w.text) && !notOrgAcronyms[w.text]:
		kind = actors.Organization
	case memberTitles[title] && w.lower() == "congress" && !w.possessive:
		// "Congress MLA X": India's party, whose name is a body's word.
		kind = actors.Organization
	case titles[w.lower()] || orgWords[w.lower()] || isAcronym(w.text):
		return
	case (title == "mla" || title == "mca") && !partyAdjectives[w.lower()] && !commonWords()[w.lower()] && !w.possessive:
		// "Melur MLA X": an Indian member by their seat (the parties
		// write their initials: "DMK MLA X"); "Rumuruti MCA X", a
		// Kenyan county assembly's member by their ward.
		kind = actors.Place
	case memberTitles[title] && !notParties[w.lower()]:
		// "Labour MP", "Tory MP": a party, even where the corpus writes
		// the word in lower case too ("organised labour").
		kind = actors.Organization
	case placeTitles[title] && !common && !notParties[w.lower()] && !placeNouns[w.lower()]: // not "District Collector"
		kind = actors.Place
	case companyTitles[title] && !common && !w.possessive:
		// "Apple CEO Steve Jobs", "Nvidia co-founder X": a company.
		kind = actors.Organization
		x.officerOf[keyOf(w.text)] = true // its other mentions too
	default:
		return
	}
	x.add(&mention{key: keyOf(w.text), kind: kind, name: w.text, surface: w.text, art: a, para: p, start: w.start, end: w.end, inQuote: w.inQuote, beforeTitle: true})
}

// companyTitles are a company's officers whose title a lone name before
// it makes a company: "Apple CEO", "Nvidia co-founder".
var companyTitles = wordSet("ceo cfo coo cto co-founder cofounder")

// orgNounAfterRun reports whether the run of capitalised words from ws[k]
// is followed by a lower-case body noun: "Commercial Workers union".
func orgNounAfterRun(text string, ws []word, k int) bool {
	for k+1 < len(ws) && ws[k+1].cap && text[ws[k].end:ws[k+1].start] == " " {
		k++
	}
	return k+1 < len(ws) && !ws[k+1].cap && text[ws[k].end:ws[k+1].start] == " " && bodyNounsAfter[ws[k+1].lower()]
}

// prepositionBody reports whether ws, three words or more, name a body
// with a capitalised preposition inside: "Reporters Without Borders",
// "Doctors Without Borders", "Mothers Against Drunk Driving". No
// person's name has one.
func prepositionBody(ws []word) bool {
	if len(ws) < 3 {
		return false
	}
	for k := 1; k < len(ws)-1; k++ {
		if ws[k].cap && bodyPrepositions[ws[k].lower()] && !ws[k].possessive && !ws[k].sentStart {
			return true
		}
	}
	return false
}

// participleAfter is a participle set off after a name: ", loaded with".
var participleAfter = &lazyregexp.Regexp{Expr: `^, \p{Ll}+(?:ed|en)\b`}

// stockIndices are the names of markets' indices before their number:
// "S&P 500", "FTSE 100" ("S&P" alone is the ratings agency).
var stockIndices = wordSet("S&P FTSE DAX CAC ASX TSX KOSPI NIFTY STOXX")

// indexNumber is an index's number after its name.
var indexNumber = &lazyregexp.Regexp{Expr: `^ (?:30|40|50|100|200|225|250|500|600)\b`}

// headlineResidents are a place's people, named by it in a headline:
// "Gippsland farmers brace for fires".
var headlineResidents = wordSet("residents villagers farmers families locals townspeople households motorists commuters")

// adjectiveRoles are titles that are adjectives before a body's
// initials: "the former FARC".
var adjectiveRoles = wordSet("former ex- defunct")

// shipPlurals stand before a list of ships' or storms' names: "the
// commercial ships A, B and C", "typhoons Nika, Ofel and Pepito".
var shipPlurals = wordSet("ships vessels tankers freighters destroyers frigates warships yachts ferries trawlers typhoons hurricanes cyclones storms")

// shipsListed reports whether ws[i] opens a name of a list of ships or
// storms, right after a plural of a ship's or a storm's noun in lower
// case.
func shipsListed(text string, ws []word, i int) bool {
	cue := func(s int) bool {
		return s >= 1 && !ws[s-1].cap && shipPlurals[ws[s-1].lower()] && text[ws[s-1].end:ws[s].start] == " "
	}
	return cue(i) || listAfterCue(text, ws, i, cue)
}

// shipNouns stand before a ship's name: "the tanker Nordic Aster".
var shipNouns = wordSet("tanker vessel ship freighter yacht ferry trawler frigate destroyer submarine liner cruiser barge tug")

// legalFormPrefixes are companies' legal forms written before their
// names: Indonesia's PT, Russia's PJSC, JSC, OAO and OOO.
var legalFormPrefixes = wordSet("PT PJSC JSC OAO OOO PAO")

// openingBodyWords open bodies' names in other languages than English:
// Welsh's school, college, university and council, Irish's college and
// school, French's and Spanish's schools and universities; and shops and
// restaurants named for their trade first, as Romance languages name
// them: "Padaria Duarte", "Panadería Ruiz", "Boulangerie Martin",
// "Trattoria da Enzo".
var openingBodyWords = wordSet("ysgol coleg prifysgol cyngor coláiste colaiste gaelscoil gaelcholáiste " +
	// Scottish Gaelic's and Irish's schools, boards and councils: "Sgoil
	// Bhàgh a' Chaisteil", "Bòrd na Gàidhlig", "Comhairle nan Eilean
	// Siar", "Ollscoil na Gaillimhe".
	"sgoil scoil bòrd comhairle ollscoil lycée lycee collège université universidad universitat universidade universität colegio instituto liceo " +
	"padaria pastelaria panadería panaderia pastelería pasteleria boulangerie pâtisserie patisserie boucherie librería libreria livraria farmácia farmacia pharmacie trattoria osteria pizzeria taberna tasca cantina")

// landmarkWords end places named for someone: "Loki's Castle",
// "Martha's Vineyard", "Land's End".
var landmarkWords = wordSet("castle vineyard island isle point bay cove hill peak reef rock landing creek beach harbour harbor end")

// missionWords name a country's missions abroad after its people's name.
var missionWords = map[string]bool{"embassy": true, "consulate": true, "high commission": true, "consulate general": true}

// fieldListBody is the rest of a body's name that lists its fields by
// commas before its body's word: ", Climatology and Geophysics Agency".
var fieldListBody = &lazyregexp.Regexp{Expr: `^(?:, \p{Lu}\p{Ll}+){1,4},? (?:and|&) \p{Lu}\p{Ll}+ (?:Agency|Ministry|Department|Council|Commission|Board|Authority|Institute|Service|Office|Bureau|Centre|Center|Directorate|Committee)\b`}

// chamberWords are legislative chambers, before their members by party.
var chamberWords = wordSet("senate house assembly")

// partyMembers are parties' members by their parties' names.
var partyMembers = wordSet("republicans democrats conservatives tories liberals socialists greens")

// shortFunctionWords are the words of two letters that open a sentence
// before "the" (commonWords holds words of three letters or more): "Is
// the Gulf Stream weakening?", "As the Red Cross said".
var shortFunctionWords = wordSet("is as if so at by in on of or to do be we he it no up an")

// bodyPrepositions are written with a capital inside bodies' names.
var bodyPrepositions = wordSet("without against beyond across")

// initialsBefore finds, in the words from ws[i], a name of capitalised
// words (with lower-case connectors inside) followed by its initials in
// brackets, "… Mission in Somalia (AUSSOM)", and returns its [s, e) in
// ws, or e <= s when there is none. The name may begin after ws[i]
// ("Sudan's Rapid Support Forces (RSF)").
func (x *extractor) initialsBefore(text string, ws []word, i int) (int, int) {
	// The stretch of capitalised words and connectors from i.
	e := i
	for e < len(ws) && e-i < 14 {
		w := ws[e]
		// "Delhi Police's Intelligence Fusion and Strategic Operations
		// (IFSO)": the name may begin after an owner's possessive.
		// ("Civil and Border Workers' Union (CBWU)": a plural's
		// possessive belongs to the name.)
		plural := e > i && pluralPossessive(text, ws[e-1], w)
		if e > i && ws[e-1].possessive && trimPossessive(text[ws[e-1].end:w.start]) == " " && w.cap && !plural {
			i = e
		}
		if e > i && text[ws[e-1].end:w.start] != " " && text[ws[e-1].end:w.start] != "-" && !plural {
			break
		}
		if !w.cap && !acronymConnectors[w.lower()] {
			break
		}
		e++
	}
	if e-i < 2 || e >= len(ws) || text[ws[e-1].end:ws[e].start] != " (" || !isAcronym(ws[e].text) && !mixedInitials(ws[e].text) || e+1 > len(ws) || !strings.HasPrefix(text[ws[e].end:], ")") {
		return 0, 0
	}
	// "Reporters Without Borders (RSF)": a body named with a capitalised
	// preposition, its initials those of its name in another language.
	if prepositionBody(ws[i:e]) {
		return i, e
	}
	// ("S&D" of "Socialists and Democrats": the ampersand is the "and".)
	acr := strings.ToLower(strings.NewReplacer(".", "", "&", "").Replace(ws[e].text))
	// Schwartz and Hearst's rule: the initials' letters stand in the name
	// in order, the first at the start of a word ("AUSSOM" of "African
	// Union Support and Stabilization Mission in Somalia").
	long := asciiLower(text[ws[i].start:ws[e-1].end]) // byte for byte, as offsets count
	si, li := len(acr)-1, len(long)-1
	for si >= 0 {
		c := acr[si]
		for li >= 0 && (long[li] != c || si == 0 && li > 0 && isWordByte(long[li-1])) {
			li--
		}
		if li < 0 {
			return 0, 0
		}
		li--
		si--
	}
	at := ws[i].start + li + 1
	for s := i; s < e; s++ {
		if ws[s].start == at {
			if !ws[s].cap || e-s > len(acr)+5 || e-s < 2 {
				return 0, 0
			}
			// Initials of another language ("Superior Audit Office
			// (ASF)") match a shorter name; the capitalised words before it
			// belong to it, up to a possessive, a known name or "The".
			for s > i {
				k := s - 1
				if !ws[k].cap && acronymConnectors[ws[k].lower()] && k > i {
					k-- // "Agricultural and Livestock Confederation"
				}
				// Not "Chairman of" before "Nepal Communist Party
				// (NCP)": a person's title is the holder's.
				// A people's adjective opens the name: "European
				// Automobile Manufacturers' Association (ACEA)".
				if !ws[k].cap || ws[k].possessive || x.lookup(ws, k, k+1) != 0 && !(x.lex[ws[k].key].demonym && k+1 == s) || notNames[ws[k].lower()] || ws[k].sentStart && x.lowered[ws[k].lower()] || titles[ws[k].lower()] && !orgWords[ws[k].lower()] && !roleQualifiers[ws[k].lower()] {
					break
				}
				s = k
			}
			return s, e
		}
	}
	return 0, 0
}

// mixedInitials reports whether s is a body's initials written with its
// small words in lower case, as South Asian papers write them: "HoR"
// (House of Representatives), "MoFA", "DoCSCP". The name before the
// bracket must still hold its letters in order.
func mixedInitials(s string) bool {
	upper, n := 0, 0
	for i, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r) && i > 0:
		default:
			return false
		}
		n++
	}
	// Not a plural of capitals ("MCAs", "NGOs").
	return upper >= 2 && n <= 8 && unicode.IsUpper(firstRune(s)) && !isAcronym(strings.TrimSuffix(s, "s"))
}

// isWordByte reports whether c is an ASCII letter or digit.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// asciiLower lowers the ASCII letters of s and keeps every other byte.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// occupationEndings end the words for trades and callings that open a
// sentence before a name: "Stallholder Ana Brito", "Campaigner Jo Lee",
// "Florist Sue Bell". Endings of given names ("-er": Hunter, Parker; "-ian":
// Brian) are not among them.
var occupationEndings = []string{"holder", "keeper", "maker", "owner", "worker", "seller", "ologist", "grapher", "woman", "ist", "eer"}

// callings are trades and callings an article writes before a name, as
// a sentence's first word: "Actress Rachel Ward", "Singer Ross Kell".
var callings = wordSet("actor actress singer rapper songwriter author writer poet novelist playwright comedian chef dancer model musician " +
	"designer producer composer presenter broadcaster host star footballer cricketer golfer boxer athlete striker midfielder defender goalkeeper " +
	"entrepreneur businessman billionaire tycoon campaigner doctor nurse farmer teacher student survivor witness climber explorer sailor pilot " +
	"skier swimmer runner sprinter jockey promoter referee auctioneer trainer collector drummer trumpeter " +
	// Crafts and trades of a market or a workshop: "Potter Salim X",
	// "Weaver Ana Y"; a firm's "Partner Ruth Z".
	"potter weaver carpenter baker butcher tailor shepherd painter sculptor artist silversmith goldsmith blacksmith partner")

// occupation reports whether the lower-case word names a trade or calling,
// as one of callings or by its ending.
func occupation(lw string) bool {
	if callings[lw] {
		return true
	}
	for _, e := range occupationEndings {
		if len(lw) > len(e)+2 && strings.HasSuffix(lw, e) {
			return true
		}
	}
	return false
}

// titleThenName reports whether ws[from:j] holds a title followed by
// capitalised words of no body or place: a role, then a person.
func titleThenName(ws []word, from, j int) bool {
	for t := from; t < j-1; t++ {
		lt := ws[t].lower()
		// "Center for Security Studies": after a connector, or a
		// portfolio's word, the title is part of the body's name.
		if !titles[lt] || ws[t].possessive || portfolioWords[lt] || portfolioQualifiers[lt] || t > 0 && connectorWord(ws[t-1]) {
			continue
		}
		// "Senior Press Officer for Foreign Affairs Nils Kamp": the
		// title's portfolio goes with it.
		u := t + 1 + portfolioAfterTitle(ws, t+1, j)
		if u >= j {
			return false
		}
		for _, w := range ws[u:j] {
			if lw := w.lower(); orgWords[lw] || placeWords[lw] || orgSuffixes[lw] || !w.cap {
				return false
			}
		}
		return true
	}
	return false
}

// titlePortfolioAnd reports whether the "and" at ws[j] goes on with the
// portfolio of a title in ws[i:j]: "Minister for Legal and International
// Affairs", "Minister of Information and National Orientation".
func titlePortfolioAnd(ws []word, i, j int) bool {
	t := j - 1
	for t > i && ws[t].cap && (portfolioWords[ws[t].lower()] || portfolioQualifiers[ws[t].lower()]) {
		t--
	}
	if t == j-1 || t <= i || ws[t].lower() != "for" && ws[t].lower() != "of" || !titles[ws[t-1].lower()] {
		return false
	}
	for n := j + 1; n < len(ws) && n <= j+3 && ws[n].cap; n++ {
		lw := ws[n].lower()
		if portfolioWords[lw] {
			return true
		}
		if !portfolioQualifiers[lw] {
			return false
		}
	}
	return false
}

// portfolioAfterTitle returns how many words from ws[k] make a title's
// portfolio ("for Legal and International Affairs", "of Information"),
// before j: "for" or "of", then portfolio words, their qualifiers and
// "and", one portfolio word at least; or 0.
func portfolioAfterTitle(ws []word, k, j int) int {
	if k >= j || ws[k].lower() != "for" && ws[k].lower() != "of" {
		return 0
	}
	// ("Minister for the Environment X": the article before it.)
	first := k + 1
	if first < j && ws[first].text == "the" {
		first++
	}
	n, seen := first, false
	for n < j && (ws[n].cap && (portfolioWords[ws[n].lower()] || portfolioQualifiers[ws[n].lower()]) || n > first && n+1 < j && ws[n].lower() == "and" && ws[n+1].cap) {
		seen = seen || portfolioWords[ws[n].lower()]
		n++
	}
	for n > first && !portfolioWords[ws[n-1].lower()] {
		n--
	}
	if !seen || n == first {
		return 0
	}
	return n - k
}

// teamAfterPlace reports whether ws, after a place's name, may name a
// team: capitalised words the lexicon does not know, the last a plural
// that names neither a landform ("Heights", "Islands"), nor an event or
// a document ("Talks", "Papers").
func teamAfterPlace(ws []word) bool {
	for _, w := range ws {
		lw := w.lower()
		if !w.cap || w.possessive || titles[lw] || honorifics[lw] || orgWords[lw] || placeWords[lw] || orgSuffixes[lw] || eventWords[lw] || calendarWords[lw] || compass[lw] || strings.ContainsAny(lw, "0123456789.-") {
			return false
		}
	}
	lw := ws[len(ws)-1].lower()
	if len(lw) < 5 || !strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "ss") || strings.HasSuffix(lw, "us") || strings.HasSuffix(lw, "is") {
		return false
	}
	return !pluralPlaceNoun(lw) && !notTeams[lw]
}

// notTeams are plurals that follow a place's name without making a team:
// landforms and districts ("Golan Heights"), and events or documents
// ("Geneva Talks", "Panama Papers").
var notTeams = wordSet("islands isles mountains hills heights falls springs lakes highlands lowlands plains keys rapids alps " +
	"territories emirates states provinces narrows flats downs fields gardens docks sands woods meadows shores banks cliffs wells " +
	"talks negotiations protests riots attacks bombings floods fires trials hearings agreements conventions protocols rules " +
	"principles guidelines standards papers files leaks accords games olympics elections " +
	// "the Northern Lights": a sky's, no team.
	"lights")

// pluralPlaceNoun reports whether lw is a place noun in the plural:
// "regions", "counties".
func pluralPlaceNoun(lw string) bool {
	if strings.HasSuffix(lw, "ies") && placeNouns[strings.TrimSuffix(lw, "ies")+"y"] {
		return true
	}
	return strings.HasSuffix(lw, "s") && placeNouns[strings.TrimSuffix(lw, "s")] || listedBuildings[lw]
}

// buildingKinds say what kind of building a plural names: "elementary
// schools", "district hospitals".
var buildingKinds = wordSet("elementary primary secondary middle high public private district community regional branch")

// listedBuildings are the plural nouns after a list of schools, hospitals
// and the like, named by their places: "the Linden, Harbor View and Cedar
// Flats elementaries".
var listedBuildings = wordSet("schools elementaries hospitals clinics stations campuses libraries churches mosques temples branches stores")

// innerCapital reports whether w has a capital letter after its first:
// "ZimStat", "MetSul", "PayPal".
func innerCapital(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// lawyerHonorific reports whether ws[k] is the French lawyer's "Me"
// (Maître) before a name of two words or more in the run ending at j:
// "Me Claire Vasseur". Not before "Too" (the Me Too movement), nor the
// pronoun, which no full name follows.
func lawyerHonorific(ws []word, k, j int) bool {
	return ws[k].text == "Me" && j-k >= 3 && ws[k+1].lower() != "too"
}

// stakeIn reports whether the lone name at ws[i] follows "in" after a
// holding's noun: "shares in Hoshizora", "a stake in Velnet" name a
// company, not a place.
func stakeIn(ws []word, i int) bool {
	if i < 2 || ws[i-2].cap && !ws[i-2].sentStart {
		return false
	}
	held := ws[i-2].lower()
	return ws[i-1].lower() == "in" && holdingNouns[held] || ws[i-1].lower() == "of" && (held == "shares" || held == "stock")
}

// holdingNouns are what one holds in a company, and who holds it
// ("investors in X").
var holdingNouns = wordSet("shares stake stakes holding holdings investment investments interest investors investor shareholders shareholder")

// portfolioList is the rest of a body's name made of a list of single
// words after "of": ", Infrastructure, Transport and Tourism" after
// "Ministry of Land"; after a comma at least, "the" may open the last
// ("Department of Agriculture, Food and the Marine").
var portfolioList = &lazyregexp.Regexp{Expr: `^(?:(?:, \p{Lu}\p{Ll}+)*,? and \p{Lu}\p{Ll}+|(?:, \p{Lu}\p{Ll}+)+,? and the \p{Lu}\p{Ll}+)\b`}

// portfolioListOfPairs is such a list with items of two words, after a
// comma at least: ", Fisheries, Food Security and Nature".
var portfolioListOfPairs = &lazyregexp.Regexp{Expr: `^(?:, \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)+,? and \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?\b`}

// joinPortfolioLists joins to a body's name of the form "<body word> of
// X" (or "[Chamber] Committee on X") the list of single capitalised words
// that continues it ("Ministry of Land, Infrastructure, Transport and
// Tourism", "Bureau of Alcohol, Tobacco and Firearms", "Senate Committee
// on Agriculture and Water"), which the words' run cut at the first comma
// or "and", and drops the names found inside the list. A list with a
// place or a person in it ("the Ministry of Defence and Russia") is left
// alone.
func (x *extractor) joinPortfolioLists() {
	drop := map[*mention]bool{}
	for i, m := range x.mentions {
		if m.kind != actors.Organization || drop[m] {
			continue
		}
		// "Ministry of …" (a body's word alone before "of"), and a
		// committee's "Senate Committee on …" (a chamber's name may stand
		// before it).
		first, rest, ok := strings.Cut(m.name, " of ")
		before := 1 // words before the connector, at most
		if !ok {
			if first, rest, ok = strings.Cut(m.name, " on "); !ok {
				first, rest, ok = strings.Cut(m.name, " for ")
			}
			before = 2
		}
		if !ok || strings.Count(first, " ") >= before || !orgWords[strings.ToLower(lastWord(first))] || strings.Contains(rest, ",") {
			continue
		}
		tail := m.para.Text[m.end:]
		loc := portfolioList.FindStringIndex(tail)
		// Items of two words only when every word names a portfolio:
		// "the Ministry of Health, Velta Power and Unicef" lists bodies.
		if pairs := portfolioListOfPairs.FindStringIndex(tail); pairs != nil && (loc == nil || pairs[1] > loc[1]) && allPortfolio(wordsExcept(words(tail[:pairs[1]], nil), "and")) {
			loc = pairs
		}
		if loc == nil || strings.HasPrefix(tail[loc[1]:], " ") && len(tail) > loc[1]+1 && unicode.IsUpper(firstRune(tail[loc[1]+1:])) {
			continue
		}
		// "the Ministry of Health and Ministry of Finance", "… Medical
		// School and University of Puerto Rico": a body's word and its
		// own "of" after the list open the next body's name.
		if strings.HasPrefix(tail[loc[1]:], " of ") && orgWords[strings.ToLower(lastWord(tail[:loc[1]]))] {
			continue
		}
		end := m.end + loc[1]
		inside := []*mention{}
		known := false
		// A paragraph's mentions stand together in x.mentions.
		lo, hi := i, i
		for lo > 0 && x.mentions[lo-1].para == m.para {
			lo--
		}
		for hi+1 < len(x.mentions) && x.mentions[hi+1].para == m.para {
			hi++
		}
		for _, o := range x.mentions[lo : hi+1] {
			if o != m && o.start >= m.end && o.start < end {
				inside = append(inside, o)
				// Lone words are people until merged; a place the
				// lexicon knows, or a titled name, is one.
				known = known || o.kind == actors.Place || o.titled
			}
		}
		if known {
			continue
		}
		for _, o := range inside {
			drop[o] = true
		}
		if strings.HasSuffix(m.para.Text[:m.end], m.surface) {
			m.surface += tail[:loc[1]]
		}
		m.end = end
		m.name = m.para.Text[m.start:end]
		m.key = keyOf(m.name)
	}
	x.dropMentions(drop)
}

// capNeighbour reports whether ws[k] stands beside another capitalised
// word, one space apart: part of a name of several words.
func capNeighbour(text string, ws []word, k int) bool {
	return k > 0 && ws[k-1].cap && text[ws[k-1].end:ws[k].start] == " " || k+1 < len(ws) && ws[k+1].cap && text[ws[k].end:ws[k+1].start] == " "
}

// dropMentions removes the mentions of drop, keeping the others' order.
func (x *extractor) dropMentions(drop map[*mention]bool) {
	if len(drop) == 0 {
		return
	}
	kept := x.mentions[:0]
	for _, m := range x.mentions {
		if !drop[m] {
			kept = append(kept, m)
		}
	}
	x.mentions = kept
}

// joinQualifierLists joins to a body's name the list of qualifiers that
// opens it, which the words' run cut at the first comma: "the Philippine
// Atmospheric, Geophysical and Astronomical Services Administration" was
// "Atmospheric" and "Geophysical and … Administration". The words either
// side of the comma must be qualifiers ("-al", "-ic", "-ive", "-ary" or a
// portfolio), so that a list of bodies ("the Army, Navy and Air Force")
// stays a list.
func (x *extractor) joinQualifierLists() {
	drop := map[*mention]bool{}
	for _, m := range x.mentions {
		if m.kind != actors.Organization || drop[m] || !strings.Contains(m.name, " and ") || m.surface != m.name {
			continue
		}
		first, _, _ := strings.Cut(m.name, " ")
		last := m.name[strings.LastIndexByte(m.name, ' ')+1:]
		before := m.para.Text[:m.start]
		if !orgWords[strings.ToLower(last)] || !qualifierWord(first) || !strings.HasSuffix(before, ", ") {
			continue
		}
		ws := words(before[:len(before)-2], nil)
		k := len(ws)
		for k > 0 && len(ws)-k < 3 && ws[k-1].cap && !ws[k-1].possessive && (k == len(ws) || before[ws[k-1].end:ws[k].start] == " ") && !notNames[ws[k-1].lower()] {
			k--
		}
		if k == len(ws) || !qualifierWord(ws[len(ws)-1].text) {
			continue
		}
		start := ws[k].start
		oldKey := m.key
		for _, o := range x.mentions {
			if o.para == m.para && o.start >= start && o.end <= m.start {
				drop[o] = true
			}
		}
		m.start = start
		m.name = m.para.Text[start:m.end]
		m.surface = m.name
		m.key = keyOf(m.name)
		for _, o := range x.mentions {
			if o != m && o.key == oldKey && o.art == m.art && !drop[o] {
				o.key = m.key
				if o.name == o.surface && keyOf(o.name) == oldKey {
					o.name = m.name
				}
			}
		}
	}
	x.dropMentions(drop)
}

// qualifierWord reports whether w qualifies a body's noun as an
// adjective does ("Atmospheric", "Geophysical", "Cultural",
// "Executive", "Judiciary") or names a portfolio ("Fisheries").
func qualifierWord(w string) bool {
	lw := strings.ToLower(w)
	if portfolioWords[lw] || portfolioQualifiers[lw] {
		return true
	}
	for _, suffix := range []string{"al", "ic", "ive", "ary"} {
		if strings.HasSuffix(lw, suffix) && len(lw) > len(suffix)+3 {
			return true
		}
	}
	return false
}

// modelNumber returns the index after a model's number that follows a
// name ending at ws[j] ("CryoSat-2", "Corvo 3"), or j when none does.
func modelNumber(text string, ws []word, j int) int {
	if j < len(ws) && allDigits(ws[j].text) {
		if gap := text[ws[j-1].end:ws[j].start]; gap == "-" || gap == " " {
			return j + 1
		}
	}
	return j
}

// gerund reports whether w, opening a sentence, is the -ing form of a
// word the articles write in lower case: "Shelling" beside "shells",
// "Looting" beside "looted". A name that ends so ("Boeing", "Xiaoming")
// has no such word beside it.
func (x *extractor) gerund(w string) bool {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || utf8.RuneCountInString(stem) < 3 {
		return false
	}
	forms := []string{stem, stem + "s", stem + "e", stem + "es", stem + "ed", stem + "er", stem + "ers"}
	if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] {
		forms = append(forms, stem[:n-1], stem[:n-1]+"s") // "running": "run", "runs"
	}
	for _, f := range forms {
		if x.lowered[f] {
			return true
		}
	}
	return false
}

// demonymOpens reports whether ws[k] is a people's name the lexicon knows
// opening a longer run of capitalised words: "Australian Information
// Commissioner" (of "Office of the Australian Information
// Commissioner").
func (x *extractor) demonymOpens(ws []word, k int) bool {
	if x.lookup(ws, k, len(ws)) != 1 || k+1 >= len(ws) || !ws[k+1].cap || ws[k].possessive {
		return false
	}
	e := x.lex[ws[k].key]
	return e.demonym
}

// personAfterAnd reports whether the run at ws[k], after a body's name
// ws[i:k-1] and "and", is a person's name of two words, not the rest of
// the body's: "the Ministry of Defence and John Smith", "the University
// of Leeds and Mary Jones". It is when the body is "of" a place (no
// field follows a place) or of a portfolio that the run names none of
// ("Ministry of Health and Human Services" is one body). A body "of" or
// "for" a field takes the run ("Centre for Seismology and Volcanic
// Risk").
// bodyOfPlaceThenBody reports whether ws[i:j] is a body named for a
// place ("University of Southern Denmark", "Bank of England") and the
// words after the "and" at ws[j] name another body, two words or more
// ending in a body's word ("Statens Serum Institut"): two bodies, where
// "Institute of Arctic and Alpine Research" is one.
// placedNameAfter reports whether the run from ws[k] opens with a place
// the lexicon knows (or, with cities, the gazetteer: "Leeds United" of
// "Manchester City and Leeds United") and goes on with a word of its own: "Dubai Mall" of
// "the Museum of the Future and Dubai Mall", another name than the one
// before "and".
func (x *extractor) placedNameAfter(text string, ws []word, k int, cities bool) bool {
	n := x.lookup(ws, k, len(ws))
	city := cities && n == 0 && k < len(ws) && x.isCity(ws[k].key)
	if city {
		n = 1
	}
	if n == 0 || k+n >= len(ws) || !ws[k+n].cap || ws[k+n-1].possessive || text[ws[k+n-1].end:ws[k+n].start] != " " {
		return false
	}
	// (Not "Ecology and Earth Sciences": a field of study.)
	if fieldsOfStudy[ws[k+n].lower()] {
		return false
	}
	e := x.lex[wordsKey(ws[k:k+n])]
	return city || e.kind == actors.Place && !e.demonym
}

// fieldsOfStudy, after a place's name or its people's, make a field an
// institute or a department is named for: "Earth Sciences", "African
// Studies".
var fieldsOfStudy = wordSet("studies sciences science")

func (x *extractor) bodyOfPlaceThenBody(text string, ws []word, i, j int) bool {
	c := -1
	for n := i; n+1 < j-1; n++ {
		if orgWords[ws[n].lower()] && ws[n+1].lower() == "of" {
			c = n + 2
			break
		}
	}
	if c < 0 || c >= j {
		return false
	}
	for c+1 < j && compass[ws[c].lower()] {
		c++ // "of Southern Denmark"
	}
	if !x.isPlaceName(wordsKey(ws[c:j])) {
		return false
	}
	k := j + 1
	if k+1 >= len(ws) || !ws[k+1].cap || text[ws[k].end:ws[k+1].start] != " " || portfolioWords[ws[k].lower()] {
		return false
	}
	for k+1 < len(ws) && ws[k+1].cap && text[ws[k].end:ws[k+1].start] == " " {
		k++
	}
	return orgWords[ws[k].lower()] // not a company's suffix: "Alpine Research"
}

// commonRun reports whether the run of capitalised words from ws[k], at
// most three, is of common words that are no given names: "Political
// Studies" after "Centre for Research and".
func (x *extractor) commonRun(text string, ws []word, k int) bool {
	e := k
	for e < len(ws) && ws[e].cap && (e == k || text[ws[e-1].end:ws[e].start] == " ") {
		lw := ws[e].lower()
		if !(commonWords()[lw] || x.lowered[lw] || portfolioWords[lw]) || commonGivenName(ws[e].text) || ws[e].possessive && e+1 < len(ws) && ws[e+1].cap {
			return false
		}
		e++
	}
	return e > k && e-k <= 3
}

// commonBodyRun reports whether the run from ws[k] is two or three words
// ending in a body's word, the others common words or adjectives: "Aquatic
// Centre" of "Goonellabah Sports and Aquatic Centre" (but "Corran
// Roofing" of "Bluefield Paving and Corran Roofing" is a name).
func (x *extractor) commonBodyRun(text string, ws []word, k int) bool {
	e := k
	for e < len(ws) && ws[e].cap && (e == k || text[ws[e-1].end:ws[e].start] == " ") {
		e++
	}
	if e-k < 2 || e-k > 3 || !orgWords[ws[e-1].lower()] || ws[e-1].possessive {
		return false
	}
	for _, w := range ws[k : e-1] {
		lw := w.lower()
		if !(commonWords()[lw] || x.lowered[lw] || adjectiveLike(lw)) || commonGivenName(w.text) {
			return false
		}
	}
	return true
}

// adjectiveLike reports whether w ends as English adjectives do:
// "aquatic", "cultural", "creative", "veterinary", "indigenous".
func adjectiveLike(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, end := range []string{"ic", "al", "ive", "ary", "ous"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

func (x *extractor) personAfterAnd(ws []word, i, k int) bool {
	if k+1 >= len(ws) || k+2 < len(ws) && ws[k+2].cap || !plainName(ws[k:k+2]) {
		return false
	}
	c := -1
	for n := i; n+1 < k-1; n++ {
		if orgWords[ws[n].lower()] && (ws[n+1].lower() == "of" || ws[n+1].lower() == "for") {
			c = n + 2
			break
		}
	}
	if c < 0 || c >= k-1 {
		return false
	}
	place := x.isPlaceName(wordsKey(ws[c : k-1]))
	portfolio := portfolioWords[ws[c].lower()]
	if !place && !portfolio {
		return false
	}
	for _, w := range ws[k : k+2] {
		lw := w.lower()
		// "Local Government": words of a body, or words the articles
		// write in lower case, are no person's.
		// Nor are common words that are no given name ("Political
		// Studies").
		if portfolioWords[lw] || orgWords[lw] || orgSuffixes[lw] || placeWords[lw] || localQualifiers[lw] || lw == "government" || x.lowered[lw] || commonWords()[lw] && !commonGivenName(w.text) {
			return false
		}
		if _, ok := x.lex[keyOf(w.text)]; ok {
			return false
		}
	}
	return true
}

// appositionEnds reports whether rest, after a name, ends the clause the
// name is set off in: "the electoral service, Servel." or ", Servel, said".
func appositionEnds(rest string) bool {
	return strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ";")
}

// movementWord reports whether ws[k] names a movement or a school its
// follower belongs to, capitalised before a full name in the run ending
// at j: "a painting by Impressionist Alfred Sisley", "Socialist Jane
// Roe". It says what the person is, like a title.
func movementWord(ws []word, k, j int) bool {
	lw := ws[k].lower()
	return len(lw) >= 6 && strings.HasSuffix(lw, "ist") && j-k >= 3 && plainName(ws[k+1:j]) && !ws[k].possessive
}

// officeName reports whether ws[i:j] names an office a person holds, no
// body: a body's words ending in a title, with no connector
// ("Police Public Relations Officer", "State Police Spokesperson"), or titles, "of" and a body's
// word or portfolios ("Commissioner of Police", "Inspector General of
// Police", "MEC for Cooperative Governance").
func officeName(ws []word, i, j int) bool {
	if notNames[ws[i].lower()] {
		i++
	}
	if j-i < 2 || ws[j-1].possessive {
		return false
	}
	// Not "Office of the Ombudsman", a body named for the office.
	if titles[ws[j-1].lower()] && !qualifierTitles[ws[j-1].lower()] && ws[j-1].lower() != "general" && !slices.ContainsFunc(ws[i:j], func(w word) bool { return connectorWord(w) }) {
		return true
	}
	k := i
	for k < j && titles[ws[k].lower()] {
		k++
	}
	if k == i || k+1 >= j || ws[k].lower() != "of" && ws[k].lower() != "for" {
		return false
	}
	for _, w := range ws[k+1 : j] {
		if lw := w.lower(); !orgWords[lw] && !portfolioWords[lw] && !portfolioQualifiers[lw] && lw != "and" {
			return false
		}
	}
	return true
}

// partySides say which side a party sits on, before its initials and a
// member's title: "Opposition DA councillor".
var partySides = wordSet("opposition ruling governing")

// openingTitles are titles only where they open a name of two words
// more, and surnames elsewhere.
var openingTitles = wordSet("chaudhry chaudhary choudhry choudhary mian rana")

// sentenceJobs open a sentence before the name of the one who does them:
// "Forecaster Hollie X said".
var sentenceJobs = wordSet("forecaster meteorologist")

// givenNameDemonyms are peoples' names that are also given names: "Dane
// Whitlock", "Finn Russell", "Scot Halvorsen".
var givenNameDemonyms = wordSet("dane finn scot")

// groupNouns are plural nouns for groups of people, which end no one's
// name: "Kirinyaga Members", "Tigray Residents".
var groupNouns = wordSet("members residents officials villagers farmers workers students families lawmakers legislators councillors councilors senators delegates voters supporters protesters activists fans parents teachers doctors nurses")

// kinBefore is a relative set off before a person's name, with or without
// a role: "her nephew, the cellist ", "his widow, ".
var kinBefore = &lazyregexp.Regexp{Expr: `\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+(\p{Ll}+),\s+(?:the\s+(?:[\p{Ll}-]+\s+){1,2})?$`}

// bracketParties are the parties a results list or a roll call writes
// in brackets after a name, short or whole: "Jane Roe (Con) 826", "(Lib
// Dem)", "(Green)"; and the "R-Texas" form is a party's too.
var bracketParties = wordSet("con lab green greens ind independent lib dem dems ld reform plaid alliance labour conservative conservatives liberal democrat democrats republican republicans socialist socialists sdlp dup")

// pressTitles are the officers' titles "Press" is part of: "Chief Press
// Secretary", "Press Officer".
var pressTitles = wordSet("secretary officer attaché attache aide adviser advisor")

// structureNouns are the built places a name in lower case may stand
// before as their own name: "the Cerrojo dam", "the Vasco da Gama bridge".
// ("flooding at Eden Lacy viaduct", "the Ferry Hill junction".)
var structureNouns = wordSet("dam reservoir barrage bridge tunnel canal flyover overpass viaduct junction roundabout bypass weir causeway")

// facilityNouns are the places' nouns a company's name may stand before:
// "the Rheinchemie site", "the Pemex refinery".
var facilityNouns = wordSet("site plant factory refinery mine mill smelter warehouse terminal facility")

// boolInt is 1 for true and 0 for false.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// streetWords end the names of streets a number may open: "35th Avenue".
var streetWords = wordSet("street avenue road boulevard lane drive way place")

// nationality reports whether w is a country's possessive or a people's
// name, as one stands before a person: "Australia's", "Dane", "Belgian".
func (x *extractor) nationality(w word) bool {
	e, ok := x.lex[keyOf(w.text)]
	return ok && (e.country && w.possessive || e.demonym && !w.possessive)
}

// bodyOrPlaceWord reports whether the lower-case word lw says a name is
// a body's or a place's, not a person's.
func bodyOrPlaceWord(lw string) bool {
	return orgWords[lw] || placeWords[lw] || orgSuffixes[lw] || titles[lw] || eventWords[lw]
}

// doneBy is a verb of what someone did to a horse, a team or a work, and
// "by" before their name: "ridden by", "trained by 19-year-old".
var doneBy = &lazyregexp.Regexp{Expr: `\b([Rr]idden|[Tt]rained|[Cc]oached|[Dd]irected|[Cc]omposed|[Cc]horeographed) by (?:\d+-year-old )?$`}

// doerOf is the role of who did what doneBy's verb says.
var doerOf = map[string]string{"ridden": "jockey", "trained": "trainer", "coached": "coach", "directed": "director", "composed": "composer", "choreographed": "choreographer"}

// weekdays are the days of the week, in lower case.
var weekdays = wordSet("monday tuesday wednesday thursday friday saturday sunday")

// namedDayWords name a day of the week's feast or event before it:
// "Remembrance Sunday", "Good Friday", "Super Tuesday".
var namedDayWords = wordSet("remembrance palm easter good holy ash black cyber super bloody whit shrove maundy mothering giving red")

// climbNouns are ways up a hill, before "up" and its name: "the path up
// Cat Bells".
var climbNouns = wordSet("path paths road track trail route way climb walk walks ascent scramble")

// forceWords are a state's forces, after its place's name and before an
// officer's title: "NSW Police Inspector X", "US Army General Y".
var forceWords = wordSet("police army navy constabulary gendarmerie")

// roledBefore reports whether a lower-case role stands right before the
// name at ws[i]: "mission specialist Ingrid Aalto".
func roledBefore(text string, ws []word, i int) bool {
	return i > 0 && !ws[i-1].cap && text[ws[i-1].end:ws[i].start] == " " && (titles[ws[i-1].lower()] || jobNouns[ws[i-1].lower()])
}

// officeHolders hold a place's office, before "'s office": "the Izmir
// chief prosecutor's office".
var officeHolders = wordSet("prosecutor governor mayor attorney sheriff coroner ombudsman auditor")

// officerOffice returns the index after "office" when ws[m:] is an
// officer's capitalised title, possessive, then "office" ("Attorney
// General's office", "Secretary of State's Office"), the title inside the
// run ws[:j]; and 0 otherwise.
func officerOffice(text string, ws []word, m, j int) int {
	if m >= j || !titles[ws[m].lower()] {
		return 0
	}
	for t := m; t < j && t-m < 4; t++ {
		if t > m && text[ws[t-1].end:ws[t].start] != " " || !titles[ws[t].lower()] && !officeTitleWords[ws[t].lower()] {
			return 0
		}
		if !ws[t].possessive {
			continue
		}
		if gap := text[ws[t].end:min(ws[t].end+5, len(text))]; t+1 < len(ws) && ws[t+1].lower() == "office" && (strings.HasPrefix(gap, "'s ") || strings.HasPrefix(gap, "’s ")) && (t+1 < j || !ws[t+1].cap) {
			return t + 2
		}
		return 0
	}
	return 0
}

// officeTitleWords complete an officer's title: "Secretary of State",
// "Attorney General".
var officeTitleWords = wordSet("of state general public")

// officeQualifiers may stand before an officeHolders word: "chief
// prosecutor's office".
var officeQualifiers = wordSet("chief public district state regional provincial")

// missionNouns are what a name numbered in Roman numerals may stand
// before as a mission or a machine: "the Artemis V crew".
var missionNouns = wordSet("crew crews mission missions launch launches flight flights rocket rockets spacecraft capsule probe satellite telescope reactor programme program")

// romanNumeral reports whether w is a Roman numeral from II to XXX.
func romanNumeral(w string) bool {
	if len(w) < 1 || len(w) > 5 || w == "I" {
		return false
	}
	for _, r := range w {
		if r != 'I' && r != 'V' && r != 'X' {
			return false
		}
	}
	return true
}

// residentQualifiers say how long or how much one has lived somewhere,
// before the place and "resident": "Longtime Doney Park resident X".
var residentQualifiers = wordSet("longtime long-time lifelong local former fellow")

// runBy follows a business's or a body's name: ", run by", ", owned by".
var runBy = &lazyregexp.Regexp{Expr: `^,\s+(?:run|owned|founded|operated|managed|co-founded)\s+by\s`}

// thingNouns are what a body's possessive and a name before them make a
// thing of: "the Michelin Guide's Bib Gourmand list".
var thingNouns = wordSet("list lists rating ratings ranking rankings index label scheme award awards prize")

// officerOfBefore is an officer's title and "of" before a body's name:
// "Vice Chairman of the municipal ", "head of the ".
var officerOfBefore = &lazyregexp.Regexp{Expr: `\b(?:[Cc]hairman|[Cc]hairwoman|[Cc]hairperson|[Cc]hair|[Pp]resident|[Ss]ecretary|[Dd]irector|[Hh]ead|[Mm]ember|[Ss]pokesperson|[Ss]pokesman|[Ss]pokeswoman|[Cc]ommissioner|[Cc]hief|[Gg]overnor)\s+of\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$`}

// compassAdjectives are the compass's adjectives: "Western sanctions".
var compassAdjectives = wordSet("northern southern eastern western")

// raceVerbs are playsFor's verbs that are nouns too ("the race for
// London"): before a place's name they name no team.
var raceVerbs = wordSet("race races raced racing drive drives drove driving")

// surnameNamed reports whether the article has named a person in full
// whose last word is key: "Biden and Donald Trump debated" after "Joe
// Biden" is two people, not a Biden Trump.
func (x *extractor) surnameNamed(article, key string) bool {
	for k := len(x.mentions) - 1; k >= 0 && x.mentions[k].art.ID == article; k-- {
		if m := x.mentions[k]; m.kind == actors.Person && strings.HasSuffix(m.key, " "+key) {
			return true
		}
	}
	return false
}

// bodyHeadNamed reports whether a company the article named before, by
// two or three words, opens with the word whose key is key
// ("carrowfield" of "Carrowfield Health").
func (x *extractor) bodyHeadNamed(article, key string) bool {
	for k := len(x.mentions) - 1; k >= 0 && x.mentions[k].art.ID == article; k-- {
		m := x.mentions[k]
		rest, ok := strings.CutPrefix(m.key, key+" ")
		if !ok || m.kind != actors.Organization || strings.Count(rest, " ") > 1 {
			continue
		}
		// Not "Killybegs Fishermen's Organisation" nor "Escondida
		// Workers' Union": a body named after its place.
		if last := rest[strings.LastIndexByte(rest, ' ')+1:]; !orgWords[last] && !placeWords[last] && !strings.ContainsAny(rest, "'’") {
			return true
		}
	}
	return false
}

// companyNamed reports whether the article named a body key and its
// legal form ("lumenfield inc"), and no body whose name opens with run
// ("shiv sena" of "Shiv Sena (UBT)").
func (x *extractor) companyNamed(article, key, run string) bool {
	found := false
	for k := len(x.mentions) - 1; k >= 0 && x.mentions[k].art.ID == article; k-- {
		m := x.mentions[k]
		if m.key == run || strings.HasPrefix(m.key, run+" ") {
			return false
		}
		if rest, ok := strings.CutPrefix(m.key, key+" "); ok && m.kind == actors.Organization && orgSuffixes[rest] {
			found = true
		}
	}
	return found
}

// datelineRegion reports whether text[start:end] follows a dateline's
// place in capitals and a comma, at the paragraph's start, and comes
// right before the dateline's dash or agency: "ISULAN, Sultan Kudarat —".
func datelineRegion(text string, start, end int) bool {
	return strings.HasSuffix(strings.TrimRight(text[:start], " \t\n\f\r"), ",") && datelinePlaceComma.MatchString(text[:start]) && datelineClose.MatchString(text[end:])
}

var (
	datelinePlaceComma = &lazyregexp.Regexp{Expr: `^\p{Lu}[\p{Lu} .'’-]*\p{Lu},\s+$`}
	datelineClose      = &lazyregexp.Regexp{Expr: `^\s*(?:[—–]|--?\s|\()`}
)

// capitalVerbs are speech verbs some outlets capitalise after a
// quotation: "…,\" Said Wekesa-Namunane."
var capitalVerbs = wordSet("Said Says Added Adds Asked Told")

// quoteClosedBefore reports whether before ends with a quotation closed
// by a comma, a question or an exclamation mark, and a space.
func quoteClosedBefore(before string) bool {
	b := strings.TrimRight(before, " ")
	if len(b) == len(before) {
		return false
	}
	for _, end := range []string{",\"", ",”", "?\"", "?”", "!\"", "!”"} {
		if strings.HasSuffix(b, end) {
			return true
		}
	}
	return false
}

// stationCall reports whether w is a broadcaster's call letters with
// its band: "KBTN-TV", "WXLR-FM", "CFRB-AM".
func stationCall(w string) bool {
	letters, band, ok := strings.Cut(w, "-")
	if !ok || len(letters) < 3 || len(letters) > 5 || !isAcronym(letters) || strings.Contains(letters, ".") {
		return false
	}
	switch band {
	case "TV", "FM", "AM", "DT", "HD":
		return true
	}
	return false
}

// monthGivenNames are the months that are also women's given names.
var monthGivenNames = wordSet("april may june august")

// monthsInNames marks the months that open a place's or a person's name
// rather than a date: "the May Pen police", "MAY PEN, Clarendon —",
// "told April Ryan". Their lower case then holds a mark, so that no list
// of calendar words (notNames, calendarWords) takes them. A month after
// a word of time ("since June", "last May"), after a day's number ("5
// May"), at a sentence's start ("May God …", but a dateline in capitals
// is a place's) or before a known name, a number, a weekday or "Day"
// stays a date.
func (x *extractor) monthsInNames(text string, ws []word) {
	for i := 0; i+1 < len(ws); i++ {
		w, next := ws[i], ws[i+1]
		if !monthGivenNames[w.lower()] || !w.cap || !next.cap || w.possessive || text[w.end:next.start] != " " {
			continue
		}
		dateline := i == 0 && allCaps(text[w.start:w.end]) && allCaps(text[next.start:next.end])
		if nl := next.lower(); notNames[nl] || calendarWords[nl] || monthGivenNames[nl] || isAcronym(next.text) && !dateline {
			continue
		}
		if w.sentStart && !dateline {
			continue
		}
		if i > 0 {
			gap := text[ws[i-1].end:w.start]
			prev := ws[i-1].lower()
			if strings.ContainsAny(gap, "0123456789") || monthTimeWords[prev] {
				continue
			}
			// "born in May Pen", but not "in May Xinhua reported".
			if monthPlaceWords[prev] && x.lookup(ws, i+1, i+2) > 0 {
				continue
			}
		}
		ws[i].low += "\u2060"
	}
}

// monthTimeWords, before a month, make it a date's: "since May", "by
// June", "early August".
var monthTimeWords = wordSet("since until till by during through throughout last next this early late mid " +
	"of between and or before after each every following on")

// monthPlaceWords, before a month, may make it a place's ("in May Pen",
// "near May Pen") or a date's ("in May"): a known name after the month
// says a date.
var monthPlaceWords = wordSet("in at near from to")

// countedInitials reports whether w is initials in the plural ("KOs",
// "ATMs") right after a number that before ends: things counted.
func countedInitials(before, w string) bool {
	if len(w) < 3 || !strings.HasSuffix(w, "s") || !isAcronym(w[:len(w)-1]) {
		return false
	}
	before = strings.TrimSuffix(before, " ")
	return before != "" && before[len(before)-1] >= '0' && before[len(before)-1] <= '9'
}

// givenName reports whether w, its accents dropped ("Sofía"), is an
// English given name.
func givenName(w string) bool {
	if givenNames()[w] {
		return true
	}
	f := fold.String(w)
	return f != "" && givenNames()[strings.ToUpper(f[:1])+f[1:]]
}

// employerAt reports whether ws[i], an acronym after "at", is where the
// person or officer before "at" works: "Walter Piecyk at BTIG", "an
// analyst at CFRA", not the airport of "landed at JFK".
func employerAt(ws []word, i int) bool {
	if i < 2 || ws[i-1].lower() != "at" || !isAcronym(ws[i].text) || len(ws[i].text) < 3 {
		return false
	}
	before := ws[i-2]
	return titles[before.lower()] && !before.cap || employeeTitles[before.lower()] || before.cap && !before.sentStart && !isAcronym(before.text)
}

// timeAdverbs say when, and open sentences before a country's name:
// "Tonight Denmark chose change", "Today Kenya votes".
var timeAdverbs = wordSet("today tonight yesterday tomorrow now")

// tallyBefore ends on a count and the word that adds the next body's:
// "won 52 and the ", "98 seats, the ".
var tallyBefore = &lazyregexp.Regexp{Expr: `\d(?: seats| votes)?(?:,| and| while)(?: the)? $`}

// initialsBefore ends where a person's initials stand for their name:
// "by his initials ", "identified as AW and ".
var initialsBefore = &lazyregexp.Regexp{Expr: `(?:initials|identified (?:only )?as)(?: \p{Lu}{2,3},?(?: and| or)?)* $`}

// portfolioBefore ends on an office's "for" or "of" and the portfolio's
// first words, before the last: "Commissioner for Physical Planning and ".
var portfolioBefore = tailPattern{re: &lazyregexp.Regexp{Expr: `(?:Minister|Commissioner|Secretary|Ministry|Department|Committee|Director|Office|Council|Bureau)s? (?:of|for) (?:\p{Lu}\p{Ll}+,? )+(?:and|&) $`}, ends: []string{"and", "&"}}

// productOwnerBefore ends on a maker's possessive and the word that
// introduces its product: "Samsung's latest ", "Apple's new ".
var productOwnerBefore = &lazyregexp.Regexp{Expr: `\p{Lu}\p{L}*['’]s (?:latest|newest|new|flagship|cheapest|upcoming|best-selling|rival) $`}

// flightWord finds a flight spoken of: "Flight QF1", "the flight".
var flightWord = &lazyregexp.Regexp{Expr: `\b[Ff]lights?\b`}

// flightCode reports whether w is written as a flight's number is, an
// airline's two letters and up to four digits: "QF1", "BA283",
// "MH17".
func flightCode(w string) bool {
	if len(w) < 3 || len(w) > 6 || w[0] < 'A' || w[0] > 'Z' || w[1] < 'A' || w[1] > 'Z' {
		return false
	}
	for _, c := range w[2:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// districtWork is the work a special district is named for, before
// "District": "Flood Control District", "Irrigation District".
var districtWork = wordSet("control management irrigation conservation conservancy sanitation sanitary drainage utility utilities water sewer transit fire hospital library park parks recreation levee reclamation abatement")

// bracketThenLegalForm is a word or three in brackets, then a company's
// legal form: " (Midlands) Ltd", " (UK) Limited", " (Holdings) PLC".
var bracketThenLegalForm = &lazyregexp.Regexp{Expr: `^ \(\p{Lu}[\p{L}&.]*(?: \p{Lu}[\p{L}&.]*){0,2}\) (?:Ltd|Limited|LLP|LLC|PLC|plc|Inc|Pty|GmbH)\b`}

// surnamesBefore ends where people are named by their surnames alone:
// "by their surnames ", "surnamed ", "surnames Park and ".
var surnamesBefore = &lazyregexp.Regexp{Expr: `\b(?:surnames?|surnamed|family names?)(?: \p{Lu}\p{L}+,?(?: and| or)?)* $`}

// portfolioTitles follow a portfolio's name in an office's: "Labor
// Minister", "Labor Secretary", "Labor Department".
var portfolioTitles = wordSet("minister secretary department ministry committee commissioner")

// priceMoveAfter is a price's move after a commodity's name: " rose
// 0.5%", " fell", " prices climbed".
var priceMoveAfter = &lazyregexp.Regexp{Expr: `^(?: prices| futures)? (?:rose|fell|climbed|slipped|slid|gained|dropped|jumped|eased|edged|rallied|tumbled|surged|advanced|declined|lost|added|was|were)\b`}

// outletNounBefore ends on the noun of a broadcaster or an agency
// before its initials: "public broadcaster ", "news agency ".
var outletNounBefore = &lazyregexp.Regexp{Expr: `\b(?:broadcaster|broadcasters|agency|network|channel|daily|newspaper|outlet|wire service|radio|television) $`}

// leagueNames are football leagues named in one word: "LaLiga", "the
// Bundesliga", "the Eredivisie".
var leagueNames = wordSet("laliga bundesliga eredivisie ekstraklasa allsvenskan eliteserien superliga superlig")

// legalFormsAfterPlace end a company's name that a place may open: a
// Nordic aksjeselskap ("AS", "ASA"), a Peruvian sociedad anónima
// cerrada or abierta ("SAC", "SAA").
var legalFormsAfterPlace = map[string]bool{"AS": true, "ASA": true, "SAC": true, "SAA": true}

// namedWithLegalForm reports whether text names name followed by one of
// legalFormsAfterPlace ("Andes Cobre" as "Andes Cobre SAC"); with no
// name, whether it names any company so.
func namedWithLegalForm(text, name string) bool {
	for form := range legalFormsAfterPlace {
		named := name + " " + form
		for k := strings.Index(text, named); k >= 0; {
			end := k + len(named)
			if r, _ := utf8.DecodeRuneInString(text[end:]); end == len(text) || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return true
			}
			next := strings.Index(text[end:], named)
			if next < 0 {
				break
			}
			k = end + next
		}
	}
	return false
}

// nationalLeagues name a country's league after its people's name: "the
// Scottish Premiership", "the Turkish Super Lig", "the Saudi Pro League".
var nationalLeagues = func() map[string]bool {
	m := map[string]bool{"premiership": true, "super lig": true, "super league": true, "pro league": true, "premier league": true, "first division": true}
	for w := range leagueNames {
		m[w] = true
	}
	return m
}()

// partyNamed reports whether name is written as a party's often is: in
// initials ("NCP") or with a party's word ("Shiv Sena", "Janata Dal").
func partyNamed(name string) bool {
	if isAcronym(name) {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if factionParties[w] {
			return true
		}
	}
	return false
}

// factionParties are South Asian party words whose factions are named
// in brackets after them: "Shiv Sena (UBT)", "Janata Dal (Secular)".
var factionParties = wordSet("sena dal")

// teamWhoAfter is a team's clause after its city's name: ", who host",
// ", who beat".
var teamWhoAfter = &lazyregexp.Regexp{Expr: `^, who (?:host|hosts|visit|visits|face|faces|play|plays|beat|beats|meet|meets|travel|travels|trail|trails|drew|lost|won)\b`}

// teamWhoBefore ends on a team's clause before the side it plays:
// ", who host ", ", who travel to " (the team is the body named before
// it).
var teamWhoBefore = &lazyregexp.Regexp{Expr: `, who (?:host|hosts|visit|visits|face|faces|play|plays|beat|beats|meet|meets|travel to|travels to|trail|trails|drew with|lost to) $`}

// instrumentNouns end the names of instruments and craft: "the James
// Webb Space Telescope", "the Parker Solar Probe", "the Perseverance
// Rover".
var instrumentNouns = wordSet("telescope spectrograph spectrometer rover lander orbiter probe spacecraft satellite")

// twoTeams reports whether the run ws[i:j] and the run from ws[k], joined
// by "and", are each a place and a plural name, two teams: "the Denver
// Nuggets and Golden State Warriors".
func (x *extractor) twoTeams(text string, ws []word, i, j, k int) bool {
	team := func(s, e int) bool {
		n := x.lookup(ws, s, e)
		if n == 0 && x.isCity(ws[s].key) {
			n = 1
		}
		return n > 0 && e-s-n >= 1 && e-s-n <= 2 && teamAfterPlace(ws[s+n:e])
	}
	e := k
	for e < len(ws) && ws[e].cap && (e == k || text[ws[e-1].end:ws[e].start] == " ") {
		e++
	}
	// The second may be named for a region or a nickname ("Golden State
	// Warriors"): a run of two or three words ending in a plural.
	last := ws[e-1].lower()
	return team(i, j) && (e > k && team(k, e) || e-k >= 2 && e-k <= 3 && !ws[e-1].possessive && teamPlural(last) && !orgWords[last] && !pluralPlaceNoun(last) && !notTeams[last])
}

// caseNumberAfter is a court case's number after "Case": " C-248/24",
// " T-604/18".
var caseNumberAfter = &lazyregexp.Regexp{Expr: `^ [A-Z]{1,2}-\d+/\d+`}

// planetAfter is a catalogue number and a planet's letter after a
// star catalogue's letters: " 1140 b", " 700 d".
var planetAfter = &lazyregexp.Regexp{Expr: `^ \d{1,7} [b-h]\b`}

// rivalPlurals open a sentence before the companies they stand for:
// "Rivals BHP Group and Rio Tinto".
var rivalPlurals = wordSet("rivals peers competitors")

// countryBodyOfficer reports whether ws[i:j] is a word, then a country
// the lexicon knows, before an officer's title in lower case: "Focus
// Ireland chief executive X said", a body of that country named with a
// word of the language.
func (x *extractor) countryBodyOfficer(text string, ws []word, i, j int) bool {
	if j-i != 2 || ws[j-1].possessive || x.lookup(ws, i+1, j) != 1 || !officerAfter(text, ws, j) {
		return false
	}
	e := x.lex[ws[j-1].key]
	return e.kind == actors.Place && e.country && !e.demonym
}

// appositiveTitle is a title set off before a name, with what it is of,
// opening a sentence or after a dateline: "BELÉM — The governor of the
// Brazilian state of Pará, ".
var appositiveTitle = &lazyregexp.Regexp{Expr: `(?:^|[.!?]\s+|\s[—–-]\s+)(?:[Tt]he|[Ii]ts)\s+(\p{Ll}+)(?:\s+of\s+[^,;.“”"]{1,80})?,\s+$`}

// holyDedications follow "Holy" in the names of parishes and schools:
// "Holy Trinity", "Holy Cross", "Holy Family".
var holyDedications = wordSet("trinity cross family rosary name redeemer innocents saviour savior apostles angels")

// compassCompound reports whether w is compass words joined by hyphens:
// "South-Central", "North-West", "Mid-West".
func compassCompound(w string) bool {
	parts := strings.Split(strings.ToLower(w), "-")
	if len(parts) < 2 {
		return false
	}
	for _, part := range parts {
		if !compass[part] && part != "central" && part != "mid" {
			return false
		}
	}
	return true
}

// municipalityAfter returns the end of "municipality" or "rural
// municipality" in small letters right after a name ending at ws[j-1],
// else j.
func municipalityAfter(text string, ws []word, j int) int {
	k := j
	if k < len(ws) && ws[k].text == "rural" && text[ws[k-1].end:ws[k].start] == " " {
		k++
	}
	if k < len(ws) && ws[k].text == "municipality" && text[ws[k-1].end:ws[k].start] == " " {
		return k + 1
	}
	return j
}

// countryBodyActs reports whether ws[i:j], opening a sentence, is a
// common word and a country that act as a body: "Salmon Scotland, which
// represents the industry, said", "Sport England said" (where the
// article writes "salmon" in lower case elsewhere too).
func (x *extractor) countryBodyActs(text string, ws []word, i, j int) bool {
	return j-i == 2 && !ws[j-1].possessive && x.countryWord(ws, j-1) && bodyActsAfter.MatchString(text[ws[j-1].end:]) && x.commonBodyWords(ws[i:j-1])
}

// countryWord reports whether ws[k] alone is a country's name the
// lexicon knows, not its people's or its capital's: "Scotland" of
// "Sport Scotland".
func (x *extractor) countryWord(ws []word, k int) bool {
	if x.lookup(ws, k, k+1) != 1 {
		return false
	}
	e := x.lex[ws[k].key]
	return e.kind == actors.Place && e.country && !e.demonym && !e.capital
}

// bodyActsAfter is what follows a body's name that acts: ", which", "
// said", " has".
var bodyActsAfter = &lazyregexp.Regexp{Expr: `^(?:,\s+which\b|\s+(?:said|says|has|have|is|was|warned|urged|called|welcomed|added|announced)\b)`}

// companyOpener ends on a sentence's opening company noun and what it
// did, before the company's name set off by commas: "The company holding
// the contract, ", "The miner, ".
var companyOpener = tailPattern{re: &lazyregexp.Regexp{Expr: `(?:^|[.!?]["”]?\s+)The (?:company|firm|contractor|operator|developer|insurer|lender|miner|retailer|carmaker|airline|utility|startup|start-up)(?: [^,.;:"“”]{1,60})?, $`}, ends: []string{","}}

// foreignCompass are the compass words of other languages that end
// regions' names: "Ilocos Norte", "Davao del Sur", "Nord-Pas".
var foreignCompass = wordSet("norte sur este oeste nord sud est ouest oriental occidental")

// caseLabels end a court report's labels: "Case Title:", "Cause Title:",
// "Coram:".
var caseLabels = wordSet("title name coram citation bench")

// petitionNumberAfter is a petition's class and number after its type's
// initials: " (C) No. 24117/2026", " No. 12".
var petitionNumberAfter = &lazyregexp.Regexp{Expr: `^(?: ?\((?:C|Crl|Civil|Criminal)\.?\))? No\. ?\d`}

// positionCodes are players' positions in a game story's notes: "D",
// "F", "G" in hockey, "QB", "CB", "LT" in football.
var positionCodes = map[string]bool{"D": true, "F": true, "G": true, "C": true, "LW": true, "RW": true, "QB": true, "RB": true, "WR": true, "TE": true, "CB": true, "LB": true, "DE": true, "DT": true, "OL": true, "OT": true, "LT": true, "RT": true, "SS": true, "FS": true}

// lawParts are a law's numbered parts: "Section 144", "Article 370".
var lawParts = wordSet("section article clause rule schedule")

// bodyParticiple reports whether ws[i], a word in -ing, opens a body's
// name before its body's word: "Investigating Court Number 3 of
// Ayamonte", "Organising Committee", at a sentence's start as anywhere.
func bodyParticiple(ws []word, i int) bool {
	return strings.HasSuffix(ws[i].lower(), "ing") && i+1 < len(ws) && orgWords[ws[i+1].lower()] && !ws[i].possessive
}

// utilityWords are what utilities supply, two of which joined by "and"
// name one: "Water and Electricity", "Gas and Electric".
var utilityWords = wordSet("water electricity electric gas power light lighting sewerage sanitation energy")

// branchHeads end the name of a body's branch before "of the" and the
// body: "State Conference", "Kenya Chapter", "Lagos Branch".
var branchHeads = wordSet("conference chapter branch section")

// branchOfThe follows a branch's name: " of the" and its body's.
var branchOfThe = &lazyregexp.Regexp{Expr: `^ of the \p{Lu}`}

// headlineVerb reports whether w, in lower case after a headline's
// subject, is a verb in the headline's present: "nabs", "arrests",
// "warns", "says" (a word in -s that no dictionary holds as a plural is
// taken for one too: "nabs").
func headlineVerb(w string) bool {
	return len(w) >= 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}
