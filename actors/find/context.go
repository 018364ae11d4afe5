package find

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/lazyregexp"
)

// cityPrepositions before a capital make it the city: "a trip to
// Pyongyang", "a conference in Moscow".
var cityPrepositions = wordSet(
	"in to from at near into visit visits visiting visited around outside",
)

// cityVerbs before a capital make it the city taken or struck: "the
// Houthis, who control Sanaa", "troops entered Kabul".
var cityVerbs = wordSet("control controls controlled controlling capture captured captures seize seized seizes " +
	"enter entered enters shelled bombed besieged surround surrounded encircled reached")

// actsAsGovernment reports whether the capital ws[i:j] stands for its
// government: anywhere but after a place preposition or as an apposition
// ("the North Korean capital, Pyongyang,").
func (x *extractor) actsAsGovernment(text string, ws []word, i, j int) bool {
	// "TOKYO, July 21 Kyodo -", "Nairobi — The Ministry …": a capital
	// opening the paragraph in capitals, or before a dash, is its
	// dateline, the city.
	if i == 0 && strings.TrimSpace(text[:ws[i].start]) == "" && (allCaps(joinWords(ws[i:j])) || datelineDashAfter.MatchString(text[ws[j-1].end:])) {
		return false
	}
	if i > 0 && (cityPrepositions[ws[i-1].lower()] || cityVerbs[ws[i-1].lower()]) && !ws[j-1].possessive {
		return false
	}
	// "a Washington-based group", "a Paris-born designer": where
	// something is based or someone was born is the city.
	if cityCompound.MatchString(text[ws[j-1].end:]) {
		return false
	}
	// "Kaisu Vauhkonen of Helsinki", "the University of Tokyo", "a
	// mayor of San José", "flights out of Dublin": a capital after a
	// name, a title or "out" and "of" is the city someone comes from or
	// something stands in (not "the isolation of Moscow").
	if i >= 2 && ws[i-1].text == "of" && (ws[i-2].cap && !ws[i-2].sentStart || titles[ws[i-2].text] || ws[i-2].text == "out") && text[ws[i-2].end:ws[i].start] == " of " && !ws[j-1].possessive {
		return false
	}
	// "Soho, central London", "a blast in eastern Kyiv", "downtown
	// Nairobi": a part of the city.
	if i > 0 && !ws[i-1].cap && (compass[ws[i-1].lower()] || ws[i-1].lower() == "downtown") && text[ws[i-1].end:ws[i].start] == " " && !ws[j-1].possessive {
		return false
	}
	// "of Poplar Close, New Barn, London, approached": a capital after
	// a name and a comma, an address's or a list's last item, is the
	// city.
	// (Not "In July, Pyongyang also said": a date's comma.)
	if i > 0 && ws[i-1].cap && text[ws[i-1].end:ws[i].start] == ", " && strings.HasPrefix(text[ws[j-1].end:], ",") && !ws[j-1].possessive && !ws[i-1].possessive && !calendarWords[ws[i-1].lower()] {
		return false
	}
	// "Shows in Berlin, Amsterdam, Milan and Madrid": a capital listed
	// after a place's preposition is a city, as the first one is.
	if !ws[j-1].possessive && listedAfterCityPreposition(text, ws, i) {
		return false
	}
	// So is one right after "capital": "gangs hold the capital
	// Port-au-Prince".
	if i > 0 && ws[i-1].lower() == "capital" && strings.TrimSpace(text[ws[i-1].end:ws[i].start]) == "," || i > 0 && ws[i-1].lower() == "capital" && !ws[i-1].cap && text[ws[i-1].end:ws[i].start] == " " && !ws[j-1].possessive {
		return false
	}
	// "the London law firm X", "a Moscow court", "Kyiv residents": what
	// stands or lives in the city.
	// (Not "called on Ottawa to fund": a verb after "to".)
	if !ws[j-1].possessive && j < len(ws) && !ws[j].cap && text[ws[j-1].end:ws[j].start] == " " && (cityFacilities[ws[j].lower()] || j+1 < len(ws) && !ws[j+1].cap && ws[j].lower() != "to" && text[ws[j].end:ws[j+1].start] == " " && cityFacilities[ws[j+1].lower()]) {
		return false
	}
	// "Muscat, Oman –": the city, its country after a comma.
	if j < len(ws) && ws[j].cap && text[ws[j-1].end:ws[j].start] == ", " {
		if n := x.lookup(ws, j, len(ws)); n > 0 {
			if e := x.lex[wordsKey(ws[j:j+n])]; e.kind == actors.Place && !e.demonym && !e.capital {
				return false
			}
		}
	}
	// "Hanoi will ban motorbikes under a plan approved by the city's
	// People's Committee": a capital the sentence after it calls the
	// city, or whose city government acts, is the city.
	if cityGovernmentAfter.MatchString(textAfter(text, ws[j-1].end, 160)) {
		return false
	}
	// "a town 270 kilometres southwest of Kampala", "the outskirts of
	// Kyiv": a point the capital is the reference of.
	if i > 1 && ws[i-1].lower() == "of" && (compassOf[ws[i-2].lower()] || ws[i-2].lower() == "outskirts" || ws[i-2].lower() == "suburbs") {
		return false
	}
	return true
}

// cityGovernmentAfter is the city's own government or the city named
// as such, in the words right after a capital and before its sentence
// ends: "… approved by the city's People's Committee", "… the municipal
// government said".
var cityGovernmentAfter = &lazyregexp.Regexp{Expr: `^[^.!?]*?\b(?:the city's|the city’s|the municipal (?:government|council|authorities)|city hall)\b`}

// datelineDashAfter is the dash that closes a dateline, after its place.
var datelineDashAfter = &lazyregexp.Regexp{Expr: `^\s*(?:—|–|--?\s)`}

// cityCompound is what makes a city's name an adjective of place:
// "-based", "-born", "-headquartered".
var cityCompound = &lazyregexp.Regexp{Expr: `^-(?:based|born|bred|raised|headquartered|area)\b`}

// listedAfterCityPreposition reports whether ws[i] is a later item of a
// list of names, parted by commas and a last "and" or "or", whose first
// item follows a city's preposition: "in Berlin, Amsterdam and Madrid".
func listedAfterCityPreposition(text string, ws []word, i int) bool {
	k := i
	for items := 0; items < 8 && k > 0; items++ {
		gap := text[ws[k-1].end:ws[k].start]
		switch {
		case gap == ", " && ws[k-1].cap:
			k--
		case gap == " " && (ws[k-1].lower() == "and" || ws[k-1].lower() == "or") && !ws[k-1].cap && k >= 2 && ws[k-2].cap && (text[ws[k-2].end:ws[k-1].start] == " " || text[ws[k-2].end:ws[k-1].start] == ", "):
			k -= 2
		default:
			return false
		}
		// Back over the item's own words: "in New York, Los Angeles and …".
		for k > 0 && ws[k-1].cap && text[ws[k-1].end:ws[k].start] == " " {
			k--
		}
		if k > 0 && !ws[k-1].cap && cityPrepositions[ws[k-1].lower()] && text[ws[k-1].end:ws[k].start] == " " {
			return true
		}
	}
	return false
}

// cityFacilities, after a capital's name (or after one word more: "law
// firm"), are in the city: "the London law firm", "a Paris restaurant".
var cityFacilities = wordSet("firm firms restaurant restaurants hospital hospitals school schools university court courts " +
	"club clubs gallery museum theatre theater studio hotel hotels startup startups cafe café shop shops bar bars " +
	"suburb suburbs neighbourhood neighborhood resident residents flat apartment landlord landlords " +
	// "the London hedge fund", "a Paris-listed bank" are in the city too.
	"fund funds broker brokers brokerage insurer lender consultancy")

// facilityFirsts and facilityHeads make the two lower-case words of a
// local facility after a place's name: "service station", "shopping
// centre", "train station".
var (
	facilityFirsts = wordSet("service petrol gas shopping train railway bus police fire community health medical")
	facilityHeads  = wordSet("station stations centre center centres centers mall clinic")
)

// armedMembers are the members of an armed group, after its name:
// "Houthi rebels", "Wagner mercenaries".
var armedMembers = wordSet("rebels militants fighters insurgents militiamen guerrillas guerillas separatists jihadists paramilitaries mercenaries gunmen")

// demonymShaped reports whether a word ends as a people's adjective does
// ("Kurdish", "Sudanese", "Tigrayan", "Chilean"), no group's name.
func demonymShaped(w string) bool {
	for _, end := range []string{"ish", "ese", "ian", "ean", "yan"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// reportsBefore matches the end of the text before an outlet named after
// the news it reports: "…, reports ", "…, reported ".
var reportsBefore = &lazyregexp.Regexp{Expr: `,\s+(?:reports|reported)\s+$`}

// sentenceEndsAt reports whether the sentence ends at i: a full stop, or
// the end of the text.
func sentenceEndsAt(text string, i int) bool {
	rest := strings.TrimLeft(text[i:], "”’\"'")
	return rest == "" || strings.HasPrefix(rest, ".")
}

// originSuffix reports whether rest, the text after a name, joins it by a
// hyphen to a word of where one is from or based: "-born", "-based".
func originSuffix(rest string) bool {
	// "the Stamford, Conn.-based firm": a state's abbreviation may come
	// between the city and the suffix.
	if m := stateBeforeSuffix.FindStringIndex(rest); m != nil {
		rest = rest[m[1]-1:] // from the hyphen
	}
	rest, ok := strings.CutPrefix(rest, "-")
	if !ok {
		return false
	}
	for _, w := range []string{"born", "based", "bred", "raised", "headquartered"} {
		if after, ok := strings.CutPrefix(rest, w); ok && (after == "" || !unicode.IsLetter(firstRune(after))) {
			return true
		}
	}
	return false
}

// stateBeforeSuffix is a comma and a state's name or abbreviation right
// before "-based" or "-born": ", Conn.", ", California".
var stateBeforeSuffix = &lazyregexp.Regexp{Expr: `^,\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?(?:-)`}

// compassOf are directions before "of" and a place: "north of", "south-east of".
var compassOf = wordSet("north south east west northeast northwest southeast southwest north-east north-west south-east south-west")

// placePrepositions before a lone capitalised word make it a place: "in
// Maumere", "towards Porvoo", "the route through Kazarman" (but "led
// through Okafor's penalty").
var placePrepositions = wordSet(
	"in near from at towards toward outside across via into through " +
		// "the camps around Goma"; "a wind farm off Esbjerg".
		"around off " +
		"downtown northern southern eastern western central rural coastal suburban " +
		// "In nearby Mistissini", "residents of neighbouring Ouje".
		"nearby neighbouring neighboring " +
		// "visited Masbate on Sunday to inspect the destruction".
		"visited visiting",
)

// journeyNouns before "to" or "for" make the lone capitalised word
// after it a destination: "a flight to Boise", "bound for Portland",
// where "a letter to Kim" and "thanks to Ruto" are people.
var journeyNouns = wordSet("flight flights trip trips journey route routes road highway train trains bus buses " +
	"ferry ferries service services drive move bound headed heading departed travelled traveled " +
	"flew moved fled returned relocated evacuated deported extradited " +
	// "flights were diverted to Moncton", "the train was rerouted to Gdynia".
	"diverted rerouted redirected transferred airlifted " +
	// Ships: "sailing to Pemba", "sank between Unguja and Pemba".
	"sailing sails sailed sailings crossing crossings plies sank capsized " +
	// "a survey expedition to Kongsfjorden", "a voyage to Tristan".
	"expedition expeditions voyage voyages pilgrimage " +
	// "a nurse travelling to Leuven", "the regional express from X".
	"travelling traveling heading flying driving returning express " +
	// "asked to travel to Kapuskasing", "drove to Hearst", "commutes to
	// Guelph".
	"travel travels drove drives fly flies commute commutes commuted commuting " +
	// A road shut between two places: "the A66 closed between Scotch
	// Corner and Penrith", "diversions between X and Y".
	"closed reopened closure closures diversion diversions directions")

// journeyShares stand for some of the journeys named before them: "46
// flights, several of them to Bodø", "some to Narvik".
var journeyShares = wordSet("them some others most many several all half rest one two three")

// destination reports whether ws[i] follows "to" or "for" after a
// journey: "flight to Boise", "bound for Portland"; or "to" before one:
// "the Limbe to Chileka route"; or is an end of one "between" two.
func destination(ws []word, i int) bool {
	if i < 2 || ws[i-1].cap {
		return false
	}
	prep, before := ws[i-1].lower(), ws[i-2].lower()
	// "ferries sailing between Unguja and Pemba", "closed between Brough
	// Sowerby and Kirkby Thore": both ends of a journey.
	if prep == "and" && ws[i-2].cap {
		k := i - 2
		for k > 0 && ws[k-1].cap && i-2-k < 3 {
			k--
		}
		if k >= 2 && ws[k-1].lower() == "between" && !ws[k-1].cap && journeyNouns[ws[k-2].lower()] {
			return true
		}
	}
	if ws[i-2].cap {
		// "the Limbe to Chileka route": both ends of a journey.
		return prep == "to" && i+1 < len(ws) && !ws[i+1].cap && journeyNouns[ws[i+1].lower()]
	}
	// "diverted 46 flights, several of them to Bodø": a share of the
	// journeys named a few words before.
	if prep == "to" && journeyShares[before] && !ws[i-2].cap {
		for k := i - 3; k >= 0 && k >= i-8 && !ws[k+1].sentStart; k-- {
			if journeyNouns[ws[k].lower()] && !ws[k].cap {
				return true
			}
		}
	}
	// "the regional express from Banská Bystrica to Bratislava"; "every
	// road into Sơn Tây".
	return (prep == "to" || prep == "for" || prep == "between" || prep == "into" || prep == "from" && before != "travelled" && before != "traveled" && before != "returned" && before != "moved") && journeyNouns[before]
}

// betweenPlaceAnd reports whether ws[i] follows "between", a place (the
// lexicon's or the gazetteer's, or a name ending in a place's word) and
// "and": "between Hong Kong
// International Airport and Tung Chung" (not "between Kim and Moon").
func (x *extractor) betweenPlaceAnd(ws []word, i int) bool {
	if i < 3 || ws[i-1].cap || ws[i-1].lower() != "and" || !ws[i-2].cap || ws[i-2].possessive {
		return false
	}
	k := i - 2
	for k > 0 && ws[k-1].cap && i-2-k < 5 {
		k--
	}
	return k >= 1 && !ws[k-1].cap && ws[k-1].lower() == "between" && (x.isPlaceName(wordsKey(ws[k:i-1])) || i-2 > k && placeWords[ws[i-2].lower()])
}

// fromPlaceTo reports whether ws[i] ends a journey "from" a place the
// lexicon or the gazetteer knows: "from Pune to Shirdi", "from New
// Delhi to Agra".
func (x *extractor) fromPlaceTo(ws []word, i int) bool {
	if i < 3 || ws[i-1].cap || ws[i-1].lower() != "to" || calendarWords[ws[i].lower()] {
		return false
	}
	k := i - 2
	for k > 0 && ws[k].cap && i-2-k < 3 {
		k--
	}
	if k < i-2 && !ws[k].cap && ws[k].lower() == "from" && x.isPlaceName(wordsKey(ws[k+1:i-1])) {
		return true
	}
	// "crossing from Ardrossan to Brodick", "sailed from X to Y": a
	// journey's two ends, whatever the gazetteer holds.
	if k < i-2 && k > 0 && !ws[k].cap && ws[k].lower() == "from" && journeyNouns[ws[k-1].lower()] && !ws[k-1].cap && !ws[i].possessive {
		return true
	}
	// "from our village to Bodmin", "from the town to Camelford": a
	// journey from a place named by its noun.
	return i >= 4 && ws[i-4].lower() == "from" && determiners[ws[i-3].lower()] && placeNouns[ws[i-2].lower()] && !ws[i-2].cap && !ws[i].possessive
}

// routeStart reports whether ws[i] opens "Limbe to Chileka route".
func routeStart(ws []word, i int) bool {
	return i+3 < len(ws) && ws[i+1].lower() == "to" && !ws[i+1].cap && ws[i+2].cap && !ws[i+3].cap && journeyNouns[ws[i+3].lower()]
}

// linkedPlace reports whether ws[i:j] is the first of two places a road
// or a line links: "the road linking Moniya in Ibadan to Iseyin",
// "connects Tema with Akosombo".
func linkedPlace(ws []word, i, j int) bool {
	if i == 0 || ws[i-1].cap || !linkVerbs[ws[i-1].lower()] {
		return false
	}
	for k := j; k < len(ws) && k < j+4; k++ {
		if lw := ws[k].lower(); !ws[k].cap && (lw == "to" || lw == "with" || lw == "and") {
			return k+1 < len(ws) && ws[k+1].cap
		}
	}
	return false
}

// linkedSecond reports whether ws[i] opens the second of two places a
// road or a line links: "linking Satdobato to Lubhu".
func linkedSecond(ws []word, i int) bool {
	if i < 3 || ws[i-1].cap || (ws[i-1].lower() != "to" && ws[i-1].lower() != "with" && ws[i-1].lower() != "and") {
		return false
	}
	k := i - 2
	for k > 0 && ws[k].cap && i-2-k < 4 {
		k--
	}
	return k < i-2 && !ws[k].cap && linkVerbs[ws[k].lower()]
}

// linkVerbs join two places: "linking X to Y".
var linkVerbs = wordSet("linking links link linked connecting connects connect connected")

// placeOnlyPrepositions are the prepositions before which a name of two
// words is far more often a place than a person: "in Khan Younis", "near
// Porto Alegre" (but "a letter from Jane Roe").
var placeOnlyPrepositions = wordSet("in near outside across towards toward")

// residentNouns are people who come from a place: "a farmer from X".
var residentNouns = wordSet("man woman men women boy girl child children resident residents officer " +
	"teacher farmer farmers student students worker workers retiree pensioner villager villagers " +
	"family families couple fisherman fishermen trader traders mother father")

// departureVerbs are what one does leaving a place, before "from" and
// its name: "displaced from", "fled from", "evacuated from".
var departureVerbs = wordSet("displaced fled evacuated deported expelled relocated moved escaped returned uprooted")

// orgAppositive reports whether the text after a name describes an
// organisation: ", the Estonian grid operator," ", a state-run company",
// " — one of its suppliers —".
func orgAppositive(rest string) bool {
	_, ok := orgAppositiveHead(rest)
	return ok
}

// peopleToo are bodies' nouns that name people as well: "Carolyn X, a
// former utility regulator in Nebraska," is one, "a film producer" too.
var peopleToo = wordSet("regulator producer developer publisher promoter distributor contractor supplier broker landlord maker")

// orgAppositiveHead is orgAppositive with the phrase's head noun.
func orgAppositiveHead(rest string) (head string, ok bool) {
	dash := false
	switch {
	case strings.HasPrefix(rest, ", "):
		rest = rest[2:]
	case strings.HasPrefix(rest, " — "), strings.HasPrefix(rest, " – "):
		rest, dash = rest[len(" — "):], true
	case strings.HasPrefix(rest, " -- "):
		rest, dash = rest[4:], true
	default:
		return "", false
	}
	f := strings.Fields(strings.ToLower(rest[:clauseEnd(rest)]))
	// "a rebate from Qualcomm — one of its suppliers —": one of a
	// plural of bodies.
	if len(f) >= 4 && f[0] == "one" && f[1] == "of" && (f[2] == "its" || f[2] == "their" || f[2] == "the") {
		head := strings.Trim(f[3], ",;:.—–")
		return head, orgNouns[strings.TrimSuffix(head, "s")] && !titles[strings.TrimSuffix(head, "s")]
	}
	// ", Italy's financial police,": a country's possessive opens the
	// phrase as "the" does.
	// (Not "Selenge, Mongolia's Ministry of Health said": a body's own
	// name after it is a clause's subject.)
	countrys := len(f) >= 2 && (strings.HasSuffix(f[0], "'s") || strings.HasSuffix(f[0], "’s")) && lowerWordAfter(rest)
	if dash || len(f) < 2 || len(f) > 16 || f[0] != "the" && f[0] != "a" && f[0] != "an" && !countrys {
		return "", false
	}
	// "found near Modena, the Carabinieri Command for the Protection of
	// Cultural Heritage said.": a clause that ends in a speech verb is
	// its speaker's, no description of the name before it.
	if speechVerbSet()[strings.Trim(f[len(f)-1], ".;:!?\"”")] {
		return "", false
	}
	// The phrase's head noun comes before its first preposition: "the
	// head of the agency" is a person.
	// So it does before a participle and "by", or a relative word: "a
	// startup founded by two researchers", "a firm that makes chips" (but
	// "a privately owned company").
	// So it does before a participle and a place: "a shipbuilder based
	// in Tongyeong".
	// And before a participle taking its object: "the archaeologist
	// leading the survey" (not "the country's leading opposition party").
	for i, w := range f {
		if i > 0 && (w == "of" || w == "for" || w == "at" || w == "in" || w == "with" || w == "to") || i > 1 && (strings.HasSuffix(w, "ed") && i+1 < len(f) && (f[i+1] == "by" || f[i+1] == "in" || f[i+1] == "at" || f[i+1] == "near" || f[i+1] == "on") || w == "that" || w == "which" || w == "whose" || strings.HasSuffix(w, "ing") && len(w) > 5 && i+1 < len(f) && determiners[f[i+1]]) {
			f = f[:i]
			break
		}
	}
	if len(f) > 8 {
		return "", false // a phrase's head noun comes early
	}
	head = f[len(f)-1]
	// "Sumar, the junior partner in the coalition government,": a party.
	if (head == "partner" || head == "partners" || head == "ally") && strings.Contains(strings.ToLower(rest[:clauseEnd(rest)]), "coalition") {
		return head, true
	}
	if len(f) >= 2 && jobQualifiers[head][f[len(f)-2]] {
		return head, false // ", a crane operator for 22 years,"
	}
	return head, !titles[head] && (orgNouns[head] || orgWords[head])
}

// commonAdjective reports whether w, in lower case, is an English word of
// the dictionary shaped as an adjective: "preliminary", "previous",
// "additional".
func commonAdjective(w string) bool {
	if !commonWords()[w] {
		return false
	}
	for _, end := range []string{"ary", "ous", "ive", "ional", "ial", "ible", "able", "ful"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+3 {
			return true
		}
	}
	return false
}

// economicMeasures are what a report says rose or fell by a percentage:
// "Revenue fell 5.1%".
var economicMeasures = wordSet("revenue revenues sales profit profits earnings exports imports output turnover income inflation spending investment production")

// lowerWordAfter reports whether the second word of s is in lower case.
func lowerWordAfter(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[1])
	return unicode.IsLower(r)
}

// facilityAt is a facility in lower case and "at" before where it
// stands: "the airstrip at ", "a field hospital at ", "the region's
// power plant at ".
var facilityAt = tailPattern{re: &lazyregexp.Regexp{Expr: `\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}'’-]+\s+){0,2}(?:airstrip|airfield|airport|wharf|jetty|pier|harbour|harbor|port|hospital|clinic|camp|base|school|mine|plant|depot|terminal|crossing|checkpoint|dam|bridge)\s+at\s+$`}, ends: []string{"at"}}

// contextKind says what a capitalised name that is not in the lexicon is
// when the words around it tell: "the San Aurelio mine", "the Antofagasta
// region", "the town of El Fasher", "Mount Karang Api", "East Nusa
// Tenggara" are places; "airport operator Angkasa Pura", "the disaster
// agency BNPB", "the Marlin Star" are not people. titled is set when a
// title or honorific stands before the name, which makes it a person.
func (x *extractor) contextKind(text string, ws []word, i, j int, titled bool) (actors.Kind, bool) {
	if titled {
		return "", false
	}
	first, last := ws[i].lower(), ws[j-1].lower()
	// "the Duke of Westminster", "the Sultan of Sokoto": a ruler's or a
	// peer's title of a place stands for the holder, a person (not
	// "Queen of the South", a club).
	if j-i >= 3 && rulerTitles[first] && ws[i+1].text == "of" && ws[i+2].cap && !ws[j-1].possessive {
		return actors.Person, true
	}
	// "the Tabasco-born leader", "a Fresno-based firm": where one is
	// from or based is a place.
	if !ws[j-1].possessive && originSuffix(text[ws[j-1].end:]) {
		return actors.Place, true
	}
	// "…, reports Study Finds.": what reports a sentence's news, named
	// after it, is an outlet.
	if reportsBefore.MatchString(textBefore(text, ws[i].start, 12)) && sentenceEndsAt(text, ws[j-1].end) {
		return actors.Organization, true
	}
	// "the airstrip at White Grass", "the wharf at Lenakel": where a
	// facility stands, named after it and "at", is a place.
	if !ws[j-1].possessive && !givenName(ws[i].text) && facilityAt.MatchString(textBefore(text, ws[i].start, 40)) {
		return actors.Place, true
	}
	// "the Maya Train", "the Interoceanic Train station": a railway.
	if j-i >= 2 && last == "train" && !ws[j-1].possessive {
		return actors.Place, true
	}
	// "Channel 12 reported", "KSWO News 7": a broadcaster's channel by
	// its number.
	if j-i >= 2 && channelWords[ws[j-2].lower()] && allDigits(ws[j-1].text) && len(ws[j-1].text) <= 3 {
		return actors.Organization, true
	}
	// "Northern Diamonds", "Western Bulldogs": a compass word, then a
	// common noun in the plural, is a team, not a region ("Northern
	// Territories" and "Eastern Suburbs" are regions).
	if j-i == 2 && compass[first] && !ws[i].possessive && teamAfterPlace(ws[i+1:j]) && (commonWords()[last] || commonWords()[strings.TrimSuffix(last, "s")]) {
		return actors.Organization, true
	}
	// "to beat Southern Vipers by seven wickets": the side a team
	// sport's margin is against is a team, whatever its name's words
	// (not "beat Carlos X 6-4", a player).
	if j-i > 1 && !ws[j-1].possessive && !givenName(ws[i].text) && beatenBefore.MatchString(textBefore(text, ws[i].start, 40)) && marginAfter.MatchString(text[ws[j-1].end:]) {
		return actors.Organization, true
	}
	if placeWords[last] && (j-i > 1 || !ws[i].sentStart) && !(j-i == 1 && x.koreanFamily[articleKey{x.article, last}]) || (pinyinPlaceTails[last] || compassTails[last]) && j-i > 1 || placePrefixes[first] && j-i > 1 && !koreanName(ws[i:j]) || compass[first] && j-i > 1 {
		return actors.Place, true
	}
	if orgWords[last] && !(j-i == 1 && ws[i].sentStart && adjectivePaperWords[last]) || orgSuffixes[last] && (j-i >= 2 || !ws[i].sentStart) {
		return actors.Organization, true
	}
	if j-i >= 2 && foreignPeopleWords[first] {
		return actors.Organization, true // "Norsk Hydro"
	}
	if j-i == 2 && numberedPlaceWords[first] && allDigits(ws[j-1].text) {
		return actors.Place, true // "Ward 12"
	}
	if j-i >= 2 && peopleGroupEnds[last] && !ws[j-1].possessive {
		return actors.Organization, true
	}
	// "Lawyers for Human Rights", "Scientists for Global Responsibility":
	// a name with "for" inside is a body's; no person's name holds it.
	if j-i >= 3 && slices.ContainsFunc(ws[i+1:j-1], func(w word) bool { return w.text == "for" }) {
		return actors.Organization, true
	}
	// "told The Daily Star", "a report in The Hindu": a name that a
	// capitalised "The" opens inside a sentence is a paper's or a
	// body's title; so is one that "Daily" opens ("Daily Nation").
	if x.lookup(ws, i, j) == 0 && (j-i >= 2 && (first == "daily" || first == "weekly") || i > 0 && ws[i-1].text == "The" && !ws[i-1].sentStart && text[ws[i-1].end:ws[i].start] == " ") {
		return actors.Organization, true
	}
	// "Saint-Quay-Portrieux", "Sainte-Maxime", "St-Jean": a French
	// place's name, when nothing makes it speak ("Saint-Gobain said" is
	// a company). People so named are met with a first name before it.
	if name := text[ws[i].start:ws[j-1].end]; !strings.Contains(name, " ") && saintPlace(strings.ToLower(name)) && !(j < len(ws) && speechVerbSet()[ws[j].lower()]) {
		return actors.Place, true
	}
	// "a group calling itself ShadowKite", "rebels who call themselves
	// the Free Army": the name a group gives itself.
	if i >= 2 && (ws[i-1].lower() == "itself" || ws[i-1].lower() == "themselves") && namingVerbs[ws[i-2].lower()] && !ws[i-1].cap {
		return actors.Organization, true
	}
	// "with Kiyomizu Electron down 5%", "Halden Bio jumped 12%": a
	// listed company's shares moving; no person's.
	if j-i >= 2 && !ws[j-1].possessive && shareMove.MatchString(text[ws[j-1].end:]) {
		return actors.Organization, true
	}
	// "Europa Clipper, launched in 2024,": what was launched or built is
	// a thing made, a mission or a body, never a person.
	if madeAppositive.MatchString(text[ws[j-1].end:]) {
		return actors.Organization, true
	}
	// "a volcano called Loki Patera", "a startup named Corvane": what the
	// noun before "called" or "named" is, the name is.
	if i >= 2 && (ws[i-1].lower() == "called" || ws[i-1].lower() == "named") && !ws[i-1].cap && !ws[i-2].cap && text[ws[i-1].end:ws[i].start] == " " && text[ws[i-2].end:ws[i-1].start] == " " {
		switch noun := ws[i-2].lower(); {
		case placeNouns[noun]:
			return actors.Place, true
		case orgNouns[noun] && !x.personsJob(ws, i-2):
			return actors.Organization, true
		}
	}
	// "the regional hospital El Hadji Ibrahima Niass", "the stadium
	// Estadio Nacional": a name right after "the" and a noun saying what
	// it names (as French and Spanish put it) is that, no person.
	if kind, ok := namedByNounBefore(text, ws, i); ok {
		return kind, true
	}
	// "Serie A", "Liga MX": a football league by its class.
	if j-i == 2 && leagueWords[first] && (classMark(ws[i+1].text) || isAcronym(ws[i+1].text)) {
		return actors.Organization, true
	}
	// "La Dea", "Il Fatto", "Los Pumas": one word after a Romance
	// language's article names a body, a paper or a team, no person ("Le
	// Pen" and "El Chapo" are, so those two articles are left out).
	if j-i == 2 && romanceArticles[ws[i].text] {
		return actors.Organization, true
	}
	// "Yr Wyddfa", "Yr Wyddgrug": Welsh's article opens a place's name
	// (Snowdon's, Mold's), never a person's.
	if j-i >= 2 && ws[i].text == "Yr" {
		return actors.Place, true
	}
	// "Babina Noko, as Sekhukhune are known,": a side's nickname, told
	// with the plural a team takes.
	if !ws[j-1].possessive && teamKnownAs.MatchString(textAfter(text, ws[j-1].end, 60)) {
		return actors.Organization, true
	}
	// "Mamelodi Sundowns beat Kaizer Chiefs 2-0", "drew with Mamelodi
	// Sundowns": a name ending in a plural, opening with no given name,
	// that plays a team game a score tells of is a team ("Venus Williams
	// beat …" opens with a given name; a singles match scores no goal).
	if j-i == 2 && !givenName(ws[i].text) && teamPlural(ws[j-1].lower()) && !orgWords[ws[j-1].lower()] && !placeWords[ws[j-1].lower()] && !pluralPlaceNoun(ws[j-1].lower()) && !ws[j-1].possessive && (gameVerbAfter.MatchString(textAfter(text, ws[j-1].end, 20)) || gameVerbBefore.MatchString(textBefore(text, ws[i].start, 20))) && gameScore.MatchString(text) && teamGame.MatchString(text) {
		return actors.Organization, true
	}
	// "Shares of Tamsworth Pike fell", "Halden Greer reported a net loss
	// of $40 million": what has shares, or results, is a company.
	if !ws[j-1].possessive && (sharesOf.MatchString(textBefore(text, ws[i].start, 30)) || resultsAfter.MatchString(textAfter(text, ws[j-1].end, 60))) {
		return actors.Organization, true
	}
	// "Thorne Whitlock advised Brackwater", "was advised by Pemberton
	// Vale", "X is Y's financial adviser": in a deal's report, who
	// advises a side is a bank or a law firm named after its founders.
	if j-i >= 2 && !ws[j-1].possessive && dealAdviser(text, ws, i, j) {
		return actors.Organization, true
	}
	// "started from Alsos Veikou in Galatsi", "from Alsos Veikou to
	// Goudi": a name no list gives a first name to, between "from" and a
	// place or a journey's other end, is where the journey starts.
	if j-i >= 2 && i > 0 && ws[i-1].lower() == "from" && !ws[i-1].cap && j+1 < len(ws) && !ws[j].cap && (ws[j].lower() == "in" || ws[j].lower() == "to") && ws[j+1].cap && !ws[j-1].possessive && !givenName(ws[i].text) && text[ws[i-1].end:ws[i].start] == " " && text[ws[j-1].end:ws[j].start] == " " {
		return actors.Place, true
	}
	// "El Observador", "El Comercio", "O Globo": "El" or "O" before a
	// word that names papers (and the channels and stations named like
	// them) is a paper's name; "El Chapo" and "El Salvador" are not.
	if j-i == 2 && (ws[i].text == "El" || ws[i].text == "O") && paperNames[ws[i+1].text] {
		return actors.Organization, true
	}
	// "Lubbock Public Health", "Toronto Public Health": a health
	// authority.
	if j-i >= 2 && last == "health" && ws[j-2].lower() == "public" {
		return actors.Organization, true
	}
	// "Santa Clara, California", "Riverton, Ohio": a name followed by a
	// comma and a state or country is a place. (Not "won by Mursi,
	// Egypt's first elected president": the country's possessive opens
	// an apposition.)
	if j < len(ws) && ws[j].cap && text[ws[j-1].end:ws[j].start] == ", " {
		if n := x.lookup(ws, j, len(ws)); n > 0 && !ws[j+n-1].possessive {
			if e := x.lex[wordsKey(ws[j:j+n])]; e.kind == actors.Place && !e.demonym && !e.capital {
				return actors.Place, true
			}
		}
	}
	// "On Tiree, where the strongest gust was recorded": what a clause
	// of "where" follows is a place.
	if strings.HasPrefix(text[ws[j-1].end:], ", where ") && !ws[j-1].possessive {
		return actors.Place, true
	}
	// "Johan Sverdrup, western Europe's largest oilfield,": a name set
	// off before a place's own possessive and a place noun is a place,
	// though named after a person.
	if j+2 < len(ws) && text[ws[j-1].end:ws[j].start] == ", " {
		for k := j; k < len(ws) && k <= j+2; k++ {
			if !ws[k].possessive {
				continue
			}
			for n := k + 1; n < len(ws) && n <= k+3 && !ws[n].cap; n++ {
				if placeNouns[ws[n].lower()] && placeNounEnds(text, ws, n) && text[ws[n-1].end:ws[n].start] == " " {
					return actors.Place, true
				}
			}
			break
		}
	}
	// "the worst-hit district, El Olivar.": a name set off after "the"
	// and a place noun, ending the clause, names that place.
	if placeNamedAfter(text, ws, i, j) {
		return actors.Place, true
	}
	// "Gornje Nedeljice, a village of about 600 people", "Tarva, a
	// small fishing town", "the Pelourinho, the colonial old town": a
	// name set off by a comma and "a" (or "the") place noun,
	// with at most two words before it, is a place.
	if j+1 < len(ws) && text[ws[j-1].end:ws[j].start] == ", " && (ws[j].lower() == "a" || ws[j].lower() == "an" || ws[j].lower() == "the") && !ws[j].cap {
		for k := j + 1; k < len(ws) && k <= j+3 && !ws[k].cap; k++ {
			// "Crib Goch, a narrow ridge on …": a landform's word too,
			// not the first half of a compound ("a sea-level scientist").
			if lw := ws[k].lower(); (placeNouns[lw] || landforms[lw] && (k+1 == len(ws) || text[ws[k].end:ws[k+1].start] != "-")) && lw != "state" && lw != "area" && lw != "facility" && lw != "site" && placeNounEnds(text, ws, k) {
				return actors.Place, true
			}
		}
	}
	if j < len(ws) && !ws[j].cap && text[ws[j-1].end:ws[j].start] == " " {
		next := ws[j].lower()
		// "the SNAI prison agency": a body's noun after the place's is
		// the head.
		if placeNouns[next] && j+1 < len(ws) && !ws[j+1].cap && (orgNouns[ws[j+1].lower()] || bodyNounsAfter[ws[j+1].lower()]) && text[ws[j].end:ws[j+1].start] == " " {
			return actors.Organization, true
		}
		// Not "Small towns will feel this": a common word opening a
		// sentence, before a plural place noun, names none; nor
		// "MacAlister docks at Strathcoille", the surname of a person the
		// article named, before a verb spelled as the noun.
		if placeNouns[next] && !(j-i == 1 && ws[i].sentStart && commonWords()[ws[i].key] && strings.HasSuffix(next, "s")) && !(j-i == 1 && x.surnameNamed(x.article, ws[i].key)) {
			return actors.Place, true
		}
		// "the stalled Kitengela Level Five hospital", "the Mbagathi
		// district hospital": the institution of a place's name, a body.
		// (Not "a Bronx hospital", a known place's; nor "Private
		// clinics", a word of the language.)
		if run := wordsKey(ws[i:j]); institutionNouns[next] && !(j-i == 1 && (x.surnameNamed(x.article, run) || commonWords()[run])) && !x.isPlaceName(run) && x.lookup(ws, i, j) == 0 {
			return actors.Organization, true
		}
		// "a Sunnybank service station", "the Calamvale shopping
		// centre": a suburb's facility.
		// Not "the IFSO police station": a body's initials, its own.
		if j+1 < len(ws) && facilityFirsts[next] && facilityHeads[ws[j+1].lower()] && !ws[j+1].cap && text[ws[j].end:ws[j+1].start] == " " && !(j-i == 1 && isAcronym(ws[i].text)) {
			return actors.Place, true
		}
		// "police at Thong Lor station said": a station one is at, or
		// whose police or superintendent speak, is a place.
		if next == "station" && (i > 0 && (ws[i-1].lower() == "at" || ws[i-1].lower() == "near") || j+1 < len(ws) && !ws[j+1].cap && stationStaff[ws[j+1].lower()]) {
			return actors.Place, true
		}
		// "the Pampa Alta copper project", "the Fordow nuclear site", "the
		// Shika nuclear power plant", "the Kessel power station".
		k := j
		for k < len(ws) && k-j < 3 && (commodities[ws[k].lower()] || plantModifiers[ws[k].lower()]) && !ws[k].cap && (text[ws[k-1].end:ws[k].start] == " " || k > j && text[ws[k-1].end:ws[k].start] == "-") {
			k++
		}
		if k > j && k < len(ws) && !ws[k].cap && (placeNouns[ws[k].lower()] || ws[k].lower() == "project" || ws[k].lower() == "station" && ws[k-1].lower() == "power") && text[ws[k-1].end:ws[k].start] == " " {
			return actors.Place, true
		}
		// "told People magazine", "the Yomiuri daily"; "the FNV Havens
		// union", "the Morena party".
		// "held by Houthi rebels", "Wagner fighters": an armed group's
		// members, named by the group.
		// (Not "Preliminary coalition talks broke down": a common
		// adjective opening a sentence before a noun phrase.)
		opener := j-i == 1 && ws[i].sentStart && commonAdjective(ws[i].lower()) && j+1 < len(ws) && !ws[j+1].cap
		if (mediaNouns[next] || bodyNounsAfter[next] || aviationNouns[next] || armedMembers[next] && !ws[j-1].possessive && !demonymShaped(last)) && !opener {
			return actors.Organization, true
		}
		// "the semi-official Tasnim news agency", "Antara news agency".
		if next == "news" && j+1 < len(ws) && !ws[j+1].cap && (ws[j+1].lower() == "agency" || mediaNouns[ws[j+1].lower()]) && text[ws[j].end:ws[j+1].start] == " " && !ws[j-1].possessive {
			return actors.Organization, true
		}
	}
	// "published on Wednesday in The Lancet Healthy Longevity": a
	// journal.
	if publishedIn(ws, i) {
		return actors.Organization, true
	}
	// "chief economist at Halden Partners", "analysts at Brook Street":
	// where people work is a body.
	// So is one word no gazetteer holds: "a shipping analyst at
	// Sydbank".
	// (Not "told reporters at Pathanamthitta", where they were told.)
	if workplace(ws, i) && (j-i >= 2 || !ws[i].possessive && ws[i-2].lower() != "reporters" && ws[i-2].lower() != "journalists" && !strings.HasPrefix(text[ws[i].end:], "'") && !strings.HasPrefix(text[ws[i].end:], "’") && x.lookup(ws, i, j) == 0 && !x.isPlaceName(ws[i].key) && !x.isCity(ws[i].key)) {
		return actors.Organization, true
	}
	// "the Hartwell and Delby by-election": an electoral seat, a place.
	if seatNounAt(text[ws[j-1].end:]) {
		return actors.Place, true
	}
	// "Telvane Micro fell 4.5%", "Brackley Air shares were down 2.3%": a
	// share price moves, a person does not.
	// (Not "Revenue fell 5.1%", "Exports rose 3%": a common noun opening
	// the sentence.)
	if movedByPercent.MatchString(text[ws[j-1].end:]) && !(j-i == 1 && ws[i].sentStart && (commonWords()[ws[i].lower()] || economicMeasures[ws[i].lower()])) {
		return actors.Organization, true
	}
	// "rival carriers KT and LG Uplus", "lenders Harlan, Brook or
	// Veltrix": bodies listed after their plural noun.
	if listedAfterBodies(text, ws, i) {
		return actors.Organization, true
	}
	// "its distributor, Lumière du Sud, said": a body's noun after "its"
	// or "their", set off before the name.
	if i >= 2 && text[ws[i-1].end:ws[i].start] == ", " && orgNouns[ws[i-1].lower()] && !ws[i-1].cap && (ws[i-2].lower() == "its" || ws[i-2].lower() == "their") {
		return actors.Organization, true
	}
	if i > 0 && !ws[i-1].cap && text[ws[i-1].end:ws[i].start] == " " {
		prev := ws[i-1].lower()
		// "the state-run Unión Eléctrica", "the family-owned Harlan
		// Mills": a body run or owned by someone.
		// So is one owned by a country's people: "French-owned Auchan".
		if (prev == "run" || prev == "owned" || prev == "controlled") && i >= 2 && (!ws[i-2].cap || x.lex[ws[i-2].key].demonym) && text[ws[i-2].end:ws[i-1].start] == "-" {
			return actors.Organization, true
		}
		switch {
		case orgNouns[prev] && !x.personsJob(ws, i-1):
			return actors.Organization, true
		// "Portuguese side Vitória do Minho", "Championship outfit
		// Harlow": a team after its country's or league's name.
		case (prev == "side" || prev == "outfit") && i > 1 && ws[i-2].cap:
			return actors.Organization, true
		// "the town of El Fasher"; "Residents of El Olivar" opening a
		// sentence.
		// (Not "the government of Viktor Orbán": a government is a
		// place's, or a leader's named in full.)
		case prev == "of" && i > 1 && (placeNouns[ws[i-2].lower()] && !ws[i-2].cap || placeOfNouns[ws[i-2].lower()] && (!ws[i-2].cap || ws[i-2].sentStart) && ws[i-2].lower() != "government"):
			return actors.Place, true
		case prev == "the" && j-i > 1 && !compass[first]:
			return actors.Organization, true
		}
	}
	// "around Lyab-i Hauz", "Anjuman-i Himayat": a word joined to the
	// next by a one-letter connector (Persian's and Urdu's "-i" or "-e")
	// names a place after a place's preposition, and a body otherwise;
	// no one's given name is written so.
	if connectorJoined.MatchString(text[ws[i].start:ws[j-1].end]) {
		if i > 0 && !ws[i-1].cap && (placePrepositions[ws[i-1].lower()] || ws[i-1].lower() == "to") && !orgWords[last] && !orgSuffixes[last] {
			return actors.Place, true
		}
		return actors.Organization, true
	}
	return "", false
}

// transcriptRole is the part a speaker plays in a broadcast's
// transcript, after their name in capitals: ", HOST:", ", BYLINE:",
// ", DEPUTY PREMIER:".
var transcriptRole = &lazyregexp.Regexp{Expr: `^, ((?:[A-Z][A-Z'-]+ ){0,3}[A-Z][A-Z'-]+):`}

// transcriptParts are the parts a broadcast's transcript names that are
// no office: ", HOST:", ", BYLINE:".
var transcriptParts = wordSet("host byline anchor co-host reporter correspondent guest interviewer moderator presenter")

// transcriptPart reports whether rest, after a speaker's name in
// capitals, is the part they play and a colon: a broadcast's part or an
// office ("JEFF SEENEY, DEPUTY PREMIER:").
func transcriptPart(rest string) bool {
	m := transcriptRole.FindStringSubmatch(rest)
	if m == nil {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(m[1])) {
		if transcriptParts[w] || titles[w] {
			return true
		}
	}
	return false
}

// dateline reads the dateline that opens a wire story ("SANTIAGO, March
// 10 (Reuters) -", "DAYTON, Ohio (AP) —", "HELSINKI (AFP) -", "(ANSA) -
// VENICE, NOV 28 -"): the words in capitals ws[i:j] are the place it was
// filed from, never a person or a government. It reports whether ws[i:j]
// was one.
func (x *extractor) dateline(a *corpus.Article, p *corpus.Paragraph, ws []word, i, j int) bool {
	rest := strings.TrimLeft(p.Text[ws[j-1].end:], " ")
	// "STEVE HENN, BYLINE: Apple brought in …": a radio transcript's
	// speaker and the part they play, no dateline.
	if transcriptPart(rest) {
		return false
	}
	// "Sefwi Wiawso — Hundreds of farmers …": a place of a few words in
	// title case, then a dash, opening the story's first paragraph.
	opening := i == 0 && j <= 3 && len(a.Paragraphs) > 0 && firstBody(a) == p && (strings.HasPrefix(rest, "— ") || strings.HasPrefix(rest, "– "))
	// "Balangir. Collector X today held …": as Indian district papers
	// write it, a place's name of a word or two and a full stop; not a
	// word of the language ("Silence. Then …").
	stop := i == 0 && j <= 2 && len(a.Paragraphs) > 0 && firstBody(a) == p && len(rest) > 2 && strings.HasPrefix(rest, ". ") && unicode.IsUpper(firstRune(rest[2:])) && !slices.ContainsFunc(ws[i:j], func(w word) bool {
		return commonWords()[w.lower()] || x.lowered[w.lower()] || titles[w.lower()] || w.possessive
	})
	// "THANJAVUR" alone on its line, between the byline and the story,
	// as Indian papers print the dateline.
	// Not "EXCLUSIVE" or "ANALYSIS": words of the language.
	// Nor "SELMARSH UNIVERSITY", a press release's issuer: a body's
	// word.
	alone := i == 0 && j == len(ws) && j <= 3 && strings.TrimSpace(rest) == "" && leadsBody(a, p) && !slices.ContainsFunc(ws[i:j], func(w word) bool {
		return commonWords()[w.lower()] || x.lowered[w.lower()] || titles[w.lower()] || orgWords[w.lower()] || orgSuffixes[w.lower()]
	})
	opening = opening || stop
	for k := i; k < j; k++ {
		// "WASHINGTON —", or "Washington (CNN) —" with the agency in
		// capitals in brackets.
		if !allCaps(ws[k].text) && !opening && !agencyInBrackets.MatchString(rest) && !datedAgency.MatchString(rest) && !datedLine.MatchString(rest) && !regionDatedAgency.MatchString(rest) {
			return false
		}
	}
	// "LAHORE:", "NEW DELHI:": South Asia's papers end a dateline with
	// a colon.
	// Only the story's first paragraph opens so, or a place the
	// gazetteer knows: "OKWUOSA-LIND: Good morning." further on is a
	// transcript's speaker.
	// Nor "CCTV: China released …", a broadcaster's initials labelling
	// its question: a place's name has a vowel.
	colon := i == 0 && strings.HasPrefix(rest, ": ") && (len(a.Paragraphs) > 0 && firstBody(a) == p && strings.ContainsAny(joinWords(ws[i:j]), "AEIOUYaeiouy") || x.isPlaceName(wordsKey(ws[i:j])))
	// Not "ACHTERBERG-ROSS (in a statement):": a bracket of a dateline
	// holds an agency or a place, capitalised.
	if strings.HasPrefix(rest, "(") && len(rest) > 1 && !unicode.IsUpper(firstRune(rest[1:])) {
		return false
	}
	// "DENVER/Jan. 9, 2024 –": a press release's place and date joined
	// by a slash.
	slashDate := strings.HasPrefix(rest, "/") && slashDated.MatchString(rest)
	if !(strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "- ") || colon || stop || alone || slashDate) {
		return false
	}
	// "COGAT, the Israeli defence ministry body that …, said": a body's
	// initials set off by an apposition in lower case, not a dateline,
	// whose comma is followed by a date, a state or a country.
	if after, ok := strings.CutPrefix(rest, ","); ok {
		if after = strings.TrimLeft(after, " "); after != "" && unicode.IsLower(firstRune(after)) {
			return false
		}
		// "* LAURA CHINCHILLA-VARGAS, 52, PUEBLO SOBERANO PARTY": a
		// name and an age, a fact box's entry; a dateline's number is
		// a day before or after its month.
		if ageEntry.MatchString(after) {
			return false
		}
	}
	switch strings.TrimSpace(p.Text[:ws[i].start]) {
	case "*", "•", "·", "–", "-":
		return false // a list's entry, after its bullet
	case "(":
		// "(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, Dec 26": the
		// network that syndicates the story, credited in brackets
		// before its source's own dateline.
		return false
	}
	if j-i == 1 && titles[ws[i].lower()] {
		return false // "DCP (IFSO) K Sundar Rajan-Iyer said": an officer's title
	}
	surface := p.Text[ws[i].start:ws[j-1].end]
	if furnitureLabels[keyOf(surface)] {
		return false // "FILE – MARCH 3:", "UPDATE:", "WATCH:": a label of the page
	}
	name := titleCase(surface)
	m := &mention{key: keyOf(surface), kind: actors.Place, name: name, surface: surface, art: a, para: p, start: ws[i].start, end: ws[j-1].end}
	if n := x.lookup(ws, i, j); n == j-i {
		e := x.lex[keyOf(surface)]
		m.key, m.name, m.kind = e.key, e.name, e.kind
		if e.capital {
			m.key, m.name = keyOf(e.city), e.city
		}
	}
	x.add(m)
	return true
}

// furnitureLabels open a caption or a paragraph in capitals as a
// dateline would, and are the page's labels, no place: "FILE – MARCH 3:",
// "FILE PHOTO:", "UPDATE:", "WATCH:", "BREAKING:"; so are a video
// script's: "SOUNDBITE (English) NAME, ROLE:", "SOT:".
var furnitureLabels = map[string]bool{"file": true, "file photo": true, "photo": true, "update": true, "updated": true, "watch": true, "video": true, "breaking": true, "breaking news": true, "live": true, "correction": true, "editor's note": true, "exclusive": true, "analysis": true, "opinion": true, "soundbite": true, "sound bite": true, "sot": true, "upsound": true, "script": true}

// slashDated is a date after a dateline's slash: "/Jan. 9, 2024", "/May 3".
var slashDated = &lazyregexp.Regexp{Expr: `^/\s?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b`}

// ageEntry is an age after a name's comma: "52," or "52" ending the line.
var ageEntry = &lazyregexp.Regexp{Expr: `^\d{1,3}(?:,|$)`}

// datelineAgency reports whether text[start:end] is the agency in brackets
// after a dateline: "BRASILIA (Rio Wire) -", "Lima, Sept. 3 (Andes Wire) -".
func datelineAgency(text string, start, end int) bool {
	before, after := text[:start], text[end:]
	if !strings.HasSuffix(before, "(") || !agencyClose.MatchString(after) {
		return false
	}
	head := strings.TrimSpace(strings.TrimSuffix(before, "("))
	first, _, _ := strings.Cut(head, " ")
	first = strings.TrimRight(first, ",")
	// (A place in title case only before an agency's initials: not
	// "Mostafizar Rahman Mostafa (Jatiya Party) — 146,798 votes".)
	return allCaps(first) && datelineHead.MatchString(head) || datedHead.MatchString(head) || dateOnlyHead.MatchString(head) || titledHead.MatchString(head) && allCaps(text[start:end])
}

var (
	// datelineHead is a dateline's place in capitals and what may follow
	// it: "KYIV, Ukraine", "LIMA, Sept. 3".
	datelineHead = &lazyregexp.Regexp{Expr: `^[\p{Lu}][\p{Lu} .'’-]*(?:,\s*[\p{L}.]+(?:\s+[\p{L}.]+){0,2})?(?:,?\s*\p{Lu}\p{Ll}{2,}\.?\s+\d{1,2}(?:,\s*\d{4})?)?$`}
	// datedHead is a place in lower case with its date: "Ahmedabad, Nov 14".
	// (Or with the day first: "Tirana, 4 Dec".)
	datedHead = &lazyregexp.Regexp{Expr: `^\p{Lu}\p{Ll}+,\s*(?:\p{Lu}\p{Ll}{2,}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,}\.?)$`}
	// titledHead is a place in title case opening the paragraph, with
	// its country in brackets or not, as AFP writes its English
	// datelines: "Paris", "Brest (France)", "Sao Paulo".
	titledHead = &lazyregexp.Regexp{Expr: `^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:\s*\(\p{Lu}[\p{L} .'’-]{1,30}\))?$`}
	// agencyClose closes an agency's bracket: ") -", ")—", and as EFE
	// writes it, ").-".
	agencyClose = &lazyregexp.Regexp{Expr: `^\)\.?\s*(?:[—–-]|\p{Lu})`}
	// dateOnlyHead is a wire dateline's date with no place, or nothing,
	// before the agency: "Dec 3 (Reuters) -", "(Reuters) -".
	dateOnlyHead = &lazyregexp.Regexp{Expr: `^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)?$`}
)

// pluralOrgNoun reports whether w is the plural of an organisation noun:
// "carriers", "companies".
func pluralOrgNoun(w string) bool { return pluralIn(orgNouns, w) }

// pluralIn reports whether w is the plural of a word of set: "companies"
// of "company", "carriers" of "carrier".
func pluralIn(set map[string]bool, w string) bool {
	if stem, ok := strings.CutSuffix(w, "ies"); ok && set[stem+"y"] {
		return true
	}
	stem, ok := strings.CutSuffix(w, "s")
	return ok && set[stem]
}

// listedAfterBodies reports whether the name at ws[i] is in a list of
// capitalised names that a plural organisation noun opens: "carriers KT
// and LG Uplus", "lenders Harlan, Brook or Veltrix".
func listedAfterBodies(text string, ws []word, i int) bool {
	return listedAfter(text, ws, i, pluralOrgNoun)
}

// listedAfter reports whether the name at ws[i] is in a list of
// capitalised names that a noun opens, a noun for which opens says so:
// "carriers KT and LG Uplus", "lenders Harlan, Brook or Veltrix",
// "brands such as Harvest Table and Little Comet", "rivals including
// Brennick Brands (BRK.O) and Oakfield Pantry". A share's ticker in
// brackets after an item is passed over.
func listedAfter(text string, ws []word, i int, opens func(string) bool) bool {
	m := i
	for steps := 0; m > 0 && steps < 12; steps++ {
		g, prev := text[ws[m-1].end:ws[m].start], ws[m-1]
		// Over a ticker: "Harlan Bank (HLB.N) and", "(NYSE: KVF)".
		if k := tickerStart(text, ws, m-1); k > 0 && (g == ") " || g == "), ") {
			m = k
			g, prev = g[1:], ws[m-1]
		}
		if g != " " && g != ", " {
			return false
		}
		lw := prev.lower()
		switch {
		case prev.cap && prev.sentStart && opens(lw) && g == " ":
			return true // "Lenders including X": the noun opens the sentence
		case prev.cap:
		case (lw == "and" || lw == "or") && g == " ":
		case (lw == "including" || lw == "like" || lw == "as" && m >= 2 && ws[m-2].lower() == "such") && g == " " && m >= 2:
			k := m - 1
			if lw == "as" {
				k--
			}
			return k >= 1 && text[ws[k-1].end:ws[k].start] == " " && (!ws[k-1].cap || ws[k-1].sentStart) && opens(ws[k-1].lower())
		default:
			return g == " " && opens(lw)
		}
		m--
	}
	return false
}

// tickerStart returns the index of the first word of the share's ticker
// in brackets that ends with ws[e] ("HLB.N", "NYSE: KVF"), or 0.
func tickerStart(text string, ws []word, e int) int {
	for k := e; k >= 1 && e-k < 3; k-- {
		if !tickerWord.MatchString(ws[k].text) {
			return 0
		}
		switch text[ws[k-1].end:ws[k].start] {
		case " (":
			return k
		case ".", ": ":
		default:
			return 0
		}
	}
	return 0
}

// tickerWord is a word of a share's ticker: "KVF", "HLB", "N", "NYSE".
var tickerWord = &lazyregexp.Regexp{Expr: `^[A-Z0-9]{1,6}$`}

// brandNouns open a list of brands, which are no actors: "brands such as
// Harvest Table and Little Comet", "labels including X".
func brandNouns(w string) bool {
	return w == "brands" || w == "labels" || w == "brand" || w == "label"
}

// movedByPercent is a share price's move after a company's name: " fell
// 4.5%", " rose 6.2 percent", " edged up 0.3%".
var movedByPercent = &lazyregexp.Regexp{Expr: `^\s+(?:shares\s+|stock\s+)?(?:(?:were|was|are|is|closed|ended|traded)\s+(?:up|down|higher|lower)|rose|fell|jumped|slid|dropped|climbed|tumbled|surged|plunged|slipped|sank|soared|rallied|advanced|declined|gained|lost|edged(?:\s+(?:up|down|higher|lower))?)\s+(?:more than\s+|nearly\s+|about\s+|almost\s+)?\d[\d.,]*\s?(?:%|percent|per cent)`}

// firstNameOnly is what introduces a person by a first name alone: "who
// gave only her first name, Halyna", "identified only by his first name,
// Ahmed", "with the boy, Kai, asleep".
var firstNameOnly = tailPattern{re: &lazyregexp.Regexp{Expr: `\b(?:(?:first|given)\s+name,?|[Tt]he\s+(?:\p{Ll}+\s+)?(?:boy|girl|baby|toddler|child|infant|teenager|youngster),)\s+$`}, comma: true, ends: []string{"name", "boy", "girl", "baby", "toddler", "child", "infant", "teenager", "youngster"}}

// kinOfAfter is a family tie set off after a given name: ", the son of",
// ", the widow of".
var kinOfAfter = &lazyregexp.Regexp{Expr: `^,\s+(?:the|a|an)\s+(?:son|daughter|wife|husband|brother|sister|mother|father|widow|widower|nephew|niece|grandson|granddaughter|cousin)\s+of\s`}

// ageAfter is a person's age set off after their name: ", 41,".
var ageAfter = &lazyregexp.Regexp{Expr: `^,\s+\d{1,3},\s`}

// agedApposition is an age in an apposition after a name: ", the
// 19-year-old pop singer", and the words after it.
var agedApposition = &lazyregexp.Regexp{Expr: `^,\s+(?:the|a|an)\s+\d{1,3}-year-old\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)`}

// agedAfter reports whether the text after a name gives its age: ",
// 41," or ", the 19-year-old pop singer" (not ", the 150-year-old
// newspaper", a thing's age).
func agedAfter(rest string) bool {
	if ageAfter.MatchString(rest) {
		return true
	}
	m := agedApposition.FindStringSubmatch(rest)
	if m == nil {
		return false
	}
	for _, w := range strings.Fields(m[1]) {
		if agedThings[w] {
			return false
		}
	}
	return true
}

// institutionNouns, in lower case after a name, make it an
// institution's: "the Kitengela Level Five hospital".
var institutionNouns = wordSet("hospital hospitals clinic clinics hospice infirmary school schools college")

// agedThings are things, not people, whose age an apposition gives:
// "the 150-year-old newspaper".
var agedThings = wordSet("company companies firm business brand label newspaper paper magazine club team bank institution charity building bridge church mosque temple school university college hospital tradition law rule treaty ban record dispute conflict war feud tree ship vessel plane aircraft car house hotel restaurant shop store market festival contest competition tournament race event show series programme program band group party movement organisation organization agency network chain factory plant mill mine dam")

// paperNames are the words Spanish- and Portuguese-language papers are
// named with after "El" or "O": "El Tiempo", "El Universal", "O Globo".
var paperNames = map[string]bool{
	"Observador": true, "Comercio": true, "Heraldo": true, "Tiempo": true, "Universal": true, "Mercurio": true,
	"Nacional": true, "Espectador": true, "Diario": true, "Mundo": true, "País": true, "Pais": true, "Periódico": true,
	"Informador": true, "Siglo": true, "Financiero": true, "Economista": true, "Independiente": true,
	"Confidencial": true, "Faro": true, "Deber": true, "Litoral": true, "Día": true, "Dia": true, "Globo": true,
	"Estado": true, "Tempo": true, "Público": true, "Publico": true, "Clarín": true, "Clarin": true, "Correo": true,
	"Telégrafo": true, "Telegrafo": true, "Comercial": true, "Imparcial": true, "Colombiano": true, "Peruano": true,
}

// teamKnownAs follows a team's nickname: ", as Sekhukhune are known,".
var teamKnownAs = &lazyregexp.Regexp{Expr: `^, as (?:\p{Lu}[\p{L}'’-]*\s+){1,4}are (?:known|called|nicknamed)\b`}

// gameVerbAfter and gameVerbBefore are a game's verbs after and before
// a side's name; gameScore a football or rugby score.
var (
	gameVerbAfter  = &lazyregexp.Regexp{Expr: `^ (?:beat|beats|drew|draw|lost|lose|thrashed|defeated|edged|hammered|routed|stunned)\b`}
	gameVerbBefore = &lazyregexp.Regexp{Expr: `\b(?:beat|beats|drew with|lost to|thrashed|defeated|edged|hammered|routed|stunned|against|over) $`}
	gameScore      = &lazyregexp.Regexp{Expr: `\b\d{1,2}-\d{1,2}\b`}
	// teamGame is a word of a game between teams, no singles match.
	teamGame = &lazyregexp.Regexp{Expr: `(?i)\b(?:goal|goals|scored|striker|league|club|clubs|penalty|penalties|half-time|halftime|kick-off|fans|derby|try|tries|FC|SC|AFC)\b`}
)

// sharesOf ends the words before a company's name that its shares
// move: "shares of ", "stock in ".
var sharesOf = &lazyregexp.Regexp{Expr: `(?i)\b(?:shares|stock|bonds) (?:of|in) $`}

// resultsAfter opens the words after a company's name that give its
// results: "reported a net loss", "posted a quarterly profit of",
// "swung to a loss".
var resultsAfter = &lazyregexp.Regexp{Expr: `^(?:,[^,“”"]{1,40},)?\s+(?:reported|posted|booked|recorded|swung to|returned to|narrowed|widened)\s+(?:an?\s+)?(?:\S+\s+){0,2}(?:net\s+)?(?:loss|losses|profit|profits|revenue|revenues|sales|earnings|income)\b`}

// dealAdviser reports whether ws[i:j] advises a side of a deal the
// paragraph tells of: "X advised the buyer", "advised by X and Y", "X
// acted as financial adviser", "X is the buyer's financial adviser".
func dealAdviser(text string, ws []word, i, j int) bool {
	after, before := text[ws[j-1].end:], textBefore(text, ws[i].start, 80)
	if !adviserAfter.MatchString(after) && !adviserBefore.MatchString(before) || !dealWords.MatchString(text) {
		return false
	}
	// A name opening with a given name ("Fairlie", "Harriet") is a
	// firm's only beside a firm's role: "advised by Fairlie Tolvanen and
	// the law firm X", "X is the buyer's financial adviser".
	sentence := before[strings.LastIndexAny(before, ".!?")+1:]
	return !givenName(ws[i].text) || firmRole.MatchString(textAfter(text, ws[j-1].end, 60)) || firmRole.MatchString(sentence)
}

// firmRole is a role only a bank or a law firm plays in a deal.
var firmRole = &lazyregexp.Regexp{Expr: `(?i)\b(?:law firm|financial (?:adviser|advisor)|legal (?:adviser|advisor|counsel)|investment bank)`}

// adviserAfter and adviserBefore are the words that make a name a deal's
// adviser: "X advised", "X is advising", "X acted as legal adviser";
// "advised by X", "advised by Y and X", "advised by Y, X".
var (
	adviserAfter  = &lazyregexp.Regexp{Expr: `^\s+(?:advised|advises|is advising|are advising|acted as|is acting as|served as (?:the )?(?:financial|legal)|(?:is |was |are |were )?(?:\p{Lu}[\p{L}-]*(?:'s|’s) |its |their |the )(?:lead |joint |exclusive )?(?:financial|legal) (?:adviser|advisor|counsel))\b`}
	adviserBefore = &lazyregexp.Regexp{Expr: `\badvised by (?:[\p{Lu}][\p{L}&'’.-]*\s+){0,4}(?:(?:,|and)\s+(?:the law firm\s+)?)?$|\badvised by (?:the )?law firm\s+$`}
	dealWords     = &lazyregexp.Regexp{Expr: `(?i)\b(?:deal|deals|acquisition|acquire|acquired|merger|merge|takeover|bid|buyout|buy|bought|sale|sell|offer|transaction|listing|IPO|adviser|advisers|advisor|advisors|law firm)\b`}
)

// connectorJoined finds a one-letter connector after a hyphen before a
// space: "Lyab-i Hauz", "Shah-i Zinda". (Written between hyphens,
// "Jamaat-e-Islami", "Betws-y-Coed", it makes one word: placeInfixes,
// izafes.)
var connectorJoined = &lazyregexp.Regexp{Expr: `\p{L}-\p{Ll}\s`}

// romanceArticles are the definite articles, as written at a name's
// start, that open bodies' and teams' names in Spanish, Italian and
// French.
var romanceArticles = map[string]bool{"La": true, "Las": true, "Los": true, "Il": true, "Les": true}

// itAfter is a speech verb after a name followed by "it" or "its": the
// name is a body's, as people are "he" or "she" ("Aer Lingus said it had
// cancelled 42 flights", "Veltrix said its profit rose", "Ansar Beit
// al-Maqdis said one of its founders").
//
// The one "^" before the alternatives anchors the whole expression, so it
// is tried where the name ends only.
// whichAfter is a relative clause on a body, not a person: ", which
// runs", ", which owns" (people take "who").
var whichAfter = &lazyregexp.Regexp{Expr: `^,\s+which\s+(?:runs|owns|operates|makes|controls|employs|has|had|is|was|said|says|also|sells|built|builds|manages|told|raised|cut|lowered|reported|posted|announced|agreed|plans|planned|expects|expected|represents|supplies|provides|holds)\b`}

// whichRuns is a body's clause before the business it runs: "…, which
// runs Baedal Minjok".
var whichRuns = tailPattern{re: &lazyregexp.Regexp{Expr: `\b(?:which|that)\s+(?:runs|owns|operates|controls|manages)\s+$`}, ends: []string{"runs", "owns", "operates", "controls", "manages"}}

// tailPattern is a pattern anchored only at its end, with what its
// match must end in, before the white space after it: that is tested
// first, since the pattern alone would be tried from every position of
// the text, for every name of a paragraph. (TestTailPatternsGuards
// checks, over the evaluation set's text, that the guard never refuses
// what the pattern matches.)
type tailPattern struct {
	re    *lazyregexp.Regexp
	comma bool     // a comma may stand between the last word and the space
	ends  []string // what the text, trimmed of its white space (and comma), ends with
}

// MatchString reports whether text ends as the pattern matches.
func (t tailPattern) MatchString(text string) bool {
	return endsInWord(text, t.comma, t.ends...) && t.re.MatchString(text)
}

// endsInWord reports whether text ends with one of words, then white
// space (and a comma before it, where comma allows one): what a pattern
// anchored at its end on those words and "\s+$" needs before it is run.
func endsInWord(text string, comma bool, words ...string) bool {
	t := strings.TrimRight(text, " \t\n\f\r")
	if len(t) == len(text) {
		return false
	}
	if comma {
		t = strings.TrimSuffix(t, ",")
	}
	for _, w := range words {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

var itAfter = &lazyregexp.Regexp{Expr: `^\s+(?:(?:(?:on|late on|early on)\s+\p{Lu}\p{Ll}+\s+)?(?:said|says|announced|added|warned|confirmed|reported|stated|told\s+[\p{L} ]{1,30}?)\s+(?:(?:on|late on)\s+\p{Lu}\p{Ll}+\s+)?(?:in\s+a\s+(?:statement|post|filing|letter)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?)?(?:that\s+)?(?:(?:one|two|three|some|many|most|all|several|none|each)\s+of\s+its\s|it\s|its\s)|` +
	// "Harlan Oakes cut its forecast", "Veltra raised its dividend",
	// "CalMac cancelled most of its sailings": a body acting on what is
	// its own.
	`(?:cut|raised|lowered|kept|lifted|reported|posted|increased|reduced|slashed|trimmed|boosted|doubled|halved|suspended|resumed|expanded|closed|opened|sold|bought|moved|shifted|changed|revised|cancelled|canceled|halted|grounded|scrapped|delayed|recalled|withdrew|paused|restored)\s+(?:(?:most|all|some|many|half|part|several|one|two|three)\s+of\s+)?its\s)`}

// agencyInBrackets is the agency a dateline names after its place: "(CNN) —".
var agencyInBrackets = &lazyregexp.Regexp{Expr: `^(?:\(\p{Lu}[\p{L} .'’-]{1,30}\)\s*)?\(\p{Lu}{2,}\)\.?\s*[—–-]`}

// datedAgency is the date and agency after a dateline's place written in
// lower case: "Ahmedabad, Nov 14 (PTI) Chief Minister …".
// So is the day first: "Tirana, 4 Dec (ATA) –".
var datedAgency = &lazyregexp.Regexp{Expr: `^,\s*(?:\p{Lu}\p{Ll}{2,}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,}\.?)\s*\(\p{Lu}{2,}\)\.?\s*(?:[—–-]|\p{Lu})`}

// regionDatedAgency is the region, the date and the agency after a
// dateline's place in title case, as the Ghana News Agency writes it:
// "Akim Asafo (E/R), March 9, GNA - ".
var regionDatedAgency = &lazyregexp.Regexp{Expr: `^(?:\s*\([\p{Lu}/]{1,8}\))?,\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2},\s*\p{Lu}{2,6}\s*[—–-]\s`}

// datedLine is the rest of a press release's dateline in title case:
// "Odense, 26 November 2026" on a line of its own, or before a dash.
var datedLine = &lazyregexp.Regexp{Expr: `^,\s*(?:\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}),?(?:\s+\d{4})?\s*(?:$|[—–-]\s)`}

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
		if up && unicode.IsLetter(r) && !(i > 0 && out[i-1] == ' ' && nameSmallWords[smallWordAt(out, i)]) {
			out[i] = unicode.ToUpper(r)
		}
		up = r == ' ' || r == '-'
	}
	return string(out)
}

// nameSmallWords stay small inside a name written in capitals: "CITY
// OF MALOLOS" is the City of Malolos, "DAR ES SALAAM" Dar es Salaam.
var nameSmallWords = wordSet("of the and de del du des es da do dos das la")

// smallWordAt returns the word of rs that starts at i, up to a space.
func smallWordAt(rs []rune, i int) string {
	j := i
	for j < len(rs) && rs[j] != ' ' && rs[j] != '-' {
		j++
	}
	if j == len(rs) || rs[j] != ' ' {
		return "" // the last word, or one joined by a hyphen, keeps its capital
	}
	return string(rs[i:j])
}

// stationStaff work at a police, fire or rail station: "the Thong Lor
// station superintendent".
var stationStaff = wordSet("superintendent chief commander officer officers master manager staff police")

// mediaNouns follow a publication's or broadcaster's name in lower case.
// aviationNouns after a name make it a body's, an airline's or a
// maker's: "a Cascadia Air jet", "the Gulfstream aircraft".
var aviationNouns = wordSet("jet jets aircraft airliner airliners plane planes flight flights")

var mediaNouns = wordSet("magazine newspaper tabloid daily weekly broadcaster website podcast television tv radio channel")

// plantModifiers stand between a plant's name and the noun that makes it
// a place: "the Kessel power station".
var plantModifiers = wordSet("power thermal hydroelectric fired " +
	// "the Jabalia refugee camp", "the Hmeimim air base".
	"refugee refugees displacement transit detention military army air naval " +
	// "the former Mayfield bus depot", "the Cowley tram sheds".
	"bus tram train rail coach ferry freight")

// commodities stand between a site's name and its noun: "the Pampa Alta
// copper project", "the Kessel gas field".
var commodities = wordSet("copper gold silver lithium nickel iron coal oil gas uranium zinc cobalt " +
	"bauxite diamond potash solar wind hydro hydropower nuclear geothermal")

// publishedIn reports whether ws[i] follows "in" (and "the"), after
// "published" or "appeared" a few words before: the name is a journal's.
func publishedIn(ws []word, i int) bool {
	k := i
	if k > 0 && ws[k-1].lower() == "the" {
		k--
	}
	if k < 1 || ws[k-1].lower() != "in" || ws[k-1].cap {
		return false
	}
	for b := k - 2; b >= 0 && b >= k-6; b-- {
		switch ws[b].lower() {
		case "published", "appeared", "appears", "publishes":
			return true
		// "appeared at a hearing in Riohacha", "appeared before a
		// judge in X": a place where someone appeared.
		case "at", "before", "a", "an", "by", "to":
			return false
		}
	}
	return false
}

// workplace reports whether ws[i] follows "at" after a person's job in
// lower case, or a part of a career: "economist at", "analysts at", "a
// partner at", "two seasons at"; the job may open the sentence
// ("Analysts at Bexley Halton said").
func workplace(ws []word, i int) bool {
	if i < 2 || ws[i-1].lower() != "at" || ws[i-1].cap || ws[i-2].cap && !ws[i-2].sentStart {
		return false
	}
	job := ws[i-2].lower()
	job = strings.TrimSuffix(job, "s")
	return jobNouns[ws[i-2].lower()] || jobNouns[job] || careerAt[job] || scholarJob(job)
}

// scholarJob reports whether job names a trained specialist by the
// ending of the field's name: "a cardiologist at UCSF", "a
// statistician at X", "a psychiatrist at Y".
func scholarJob(job string) bool {
	return strings.HasSuffix(job, "ologist") || strings.HasSuffix(job, "ician") || strings.HasSuffix(job, "iatrist") || strings.HasSuffix(job, "ographer") || strings.HasSuffix(job, "omist")
}

// jobNouns are the jobs whose holder works "at" a body.
var jobNouns = wordSet("economist analyst strategist banker trader executive employee worker specialist " +
	"lawyer partner director manager researcher scientist professor lecturer engineer " +
	"consultant adviser advisor official officer spokesman spokeswoman spokesperson " +
	"fellow investor broker accountant editor reporter correspondent chief head " +
	// Trades: "the Aurora electrician said".
	"electrician plumber mechanic carpenter welder technician cashier waiter waitress janitor " +
	"cleaner labourer laborer builder bricklayer baker butcher chef cook barber hairdresser " +
	"courier salesman saleswoman clerk accountant bookkeeper secretary receptionist " +
	// The arts: "the singer says".
	"singer songwriter musician rapper actor actress artist painter writer author poet " +
	"novelist filmmaker designer dancer composer guitarist drummer pianist comedian " +
	// Sport and school: "a winger at X", "a student at X".
	"player coach captain goalkeeper striker winger midfielder defender " +
	"student pupil teacher intern apprentice trainee graduate " +
	// Medicine: "a surgeon at X".
	"doctor surgeon nurse physician dentist pharmacist midwife paramedic " +
	// Crews: "mission specialist X", "the astronaut said".
	"specialist astronaut cosmonaut pilot commander " +
	// Elections: "the centrist candidate, X of Y,".
	"candidate nominee challenger incumbent")

// careerAt are the parts of a career spent at a body, which it follows
// with "at": "the academy at X", "his spell at X", "two seasons at X".
var careerAt = wordSet("academy spell stint loan tenure career season year")

// placeNounEnds reports whether the place noun ws[k] ends its phrase, so
// that it names what the name before is ("a village of 600 people", "a
// town in the north") rather than qualifying a person ("a village
// elder", "a port official").
func placeNounEnds(text string, ws []word, k int) bool {
	if k+1 == len(ws) || text[ws[k].end:ws[k+1].start] != " " {
		return true
	}
	return placeNounFollowers[ws[k+1].lower()]
}

// landforms name what a place set off by a comma is: "Crib Goch, a
// narrow ridge", "Aconcagua, the highest mountain in the Americas", and
// a storm, a place by its path: "Imogen, the ninth named storm".
var landforms = wordSet("ridge peak summit mountain mountains hill hills glacier volcano canyon plateau cliffs reef lake storm")

// placeNounFollowers may follow a place noun that ends its phrase.
var placeNounFollowers = wordSet("of in on near north south east west outside where that which with known home about some just close")

// nounNamedKinds are nouns that may stand before the name of what they
// are, with the kind of what they name: "the hospital X" is a body, "the
// market X" a place.
var nounNamedKinds = map[string]actors.Kind{
	"hospital": actors.Organization, "clinic": actors.Organization, "school": actors.Organization,
	"university": actors.Organization, "college": actors.Organization, "lycée": actors.Organization,
	"stadium": actors.Place, "airport": actors.Place, "market": actors.Place, "mosque": actors.Place,
	"prison": actors.Place, "camp": actors.Place, "port": actors.Place,
	// "the provincial capital Kimbe", "the river Thames", "the mining
	// town Kalgoorlie".
	"capital": actors.Place, "city": actors.Place, "town": actors.Place, "village": actors.Place,
	"island": actors.Place, "district": actors.Place, "province": actors.Place, "region": actors.Place,
	"river": actors.Place, "suburb": actors.Place, "municipality": actors.Place,
	// "the asteroid Didymos", "the comet Tsuchinshan", "the volcano
	// Etna": a body of the sky or a landform named after its noun.
	"asteroid": actors.Place, "comet": actors.Place, "moon": actors.Place, "planet": actors.Place,
	"exoplanet": actors.Place, "volcano": actors.Place, "glacier": actors.Place,
	// A publication or broadcaster named after what it is: "the official
	// gazette El Peruano", "the daily Kommersant", "the state news
	// agency Bernama".
	"newspaper": actors.Organization, "gazette": actors.Organization, "daily": actors.Organization,
	"tabloid": actors.Organization, "broadsheet": actors.Organization, "magazine": actors.Organization,
	"weekly": actors.Organization, "broadcaster": actors.Organization, "agency": actors.Organization,
}

// namedByNounBefore reports the kind of the name at ws[i] when "the" and
// a noun of nounNamedKinds stand right before it, with at most two
// lower-case words between them ("the regional hospital X", "the new
// national stadium X").
func namedByNounBefore(text string, ws []word, i int) (actors.Kind, bool) {
	if i < 2 || ws[i-1].cap || text[ws[i-1].end:ws[i].start] != " " {
		return "", false
	}
	kind, ok := nounNamedKinds[ws[i-1].lower()]
	if !ok {
		return "", false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if ws[k].cap && !ws[k].sentStart {
			return "", false
		}
		if ws[k].lower() == "the" {
			return kind, true
		}
	}
	return "", false
}

// saintPlace reports whether the word w, lower-cased, is a French saint's
// name made a place's: "saint-malo", "sainte-maxime", "st-jean".
func saintPlace(w string) bool {
	for _, prefix := range []string{"saint-", "sainte-", "st-", "ste-"} {
		if rest, ok := strings.CutPrefix(w, prefix); ok && rest != "" {
			return true
		}
	}
	return false
}

// shareMove is a listed company's price moving after its name: " down
// 5%", " was up 3.2 percent", " jumped 12%".
var shareMove = &lazyregexp.Regexp{Expr: `^ (?:(?:was|were) )?(?:up|down|rose|fell|gained|lost|slid|jumped|dropped|climbed|tumbled|surged|sank|slumped|soared|rallied|plunged|added|shed) \d+(?:\.\d+)?(?:%| per ?cent\b)`}

// madeAppositive is an apposition that says when a thing was made:
// ", launched in 2024,", ", unveiled last year,".
var madeAppositive = &lazyregexp.Regexp{Expr: `^, (?:launched|unveiled|commissioned|built|completed|inaugurated) (?:in|on|last|this|earlier)\b`}

// namingVerbs give a name to their subject: "calling itself X".
var namingVerbs = wordSet("call calls calling called style styles styling styled name names naming named")

// placeNamedAfter reports whether ws[i:j] is set off after "the" and a
// place noun in lower case, with at most two words between them, and
// ends its clause: "the worst-hit district, El Olivar." and "the
// neighbouring village, Kafr Saba, where".
func placeNamedAfter(text string, ws []word, i, j int) bool {
	if i < 2 || text[ws[i-1].end:ws[i].start] != ", " || ws[i-1].cap || !placeNouns[ws[i-1].lower()] || ws[i-1].lower() == "state" || ws[i-1].lower() == "area" {
		return false
	}
	rest := strings.TrimLeft(text[ws[j-1].end:], " ")
	if rest != "" && !strings.ContainsRune(".,;:)", firstRune(rest)) {
		return false
	}
	if j < len(ws) && speechVerbSet()[ws[j].lower()] {
		return false
	}
	for k := i - 2; k >= max(0, i-4); k-- {
		if ws[k].cap {
			return false
		}
		if ws[k].lower() == "the" {
			// "the governor of the region, Alexei Hnatyuk, said": the
			// name is the governor's.
			return k == 0 || ws[k-1].lower() != "of"
		}
	}
	return false
}

// koreanName reports whether ws is a Korean name: a surname of one short
// word, then a given name of two syllables joined by a hyphen, the second
// in lower case ("Park Chan-woo", "Kang Min-ji"), which a place's first
// word ("Park", "Mount") does not make a place.
//
// So is a Korean surname before a given name written as one word, as
// some outlets romanise it ("Park Minseo" for "Park Min-seo"): one of
// letters only, lower case after its capital, that no dictionary holds
// ("Park Royal", "Park Lane" stay places).
func koreanName(ws []word) bool {
	if len(ws) != 2 || utf8.RuneCountInString(ws[0].text) > 4 {
		return false
	}
	first, second, ok := strings.Cut(ws[1].text, "-")
	if !ok && koreanSurnames[ws[0].text] && !ws[0].possessive && !ws[1].possessive {
		given := ws[1].text
		n := utf8.RuneCountInString(given)
		lw := strings.ToLower(given)
		return n >= 4 && n <= 8 && given[1:] == lw[1:] && !strings.ContainsFunc(given, func(r rune) bool { return !unicode.IsLetter(r) }) &&
			!commonWords()[lw] && !placeWords[lw] && !orgWords[lw] && !orgSuffixes[lw] && !givenName(given)
	}
	if !ok || strings.Contains(second, "-") || second == "" || !unicode.IsLower(firstRune(second)) {
		return false
	}
	n1, n2 := utf8.RuneCountInString(first), utf8.RuneCountInString(second)
	return n1 >= 2 && n1 <= 5 && n2 >= 2 && n2 <= 5
}

// koreanSurnames are the commonest Korean family names as English-language
// outlets romanise them.
var koreanSurnames = wordSet("Kim Lee Yi Rhee Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Lim Han Seo Suh Shin Kwon Hwang Ahn Song Yoo Ryu Hong Jeon Moon Yang Sohn Bae Baek Paik Heo Nam Noh Roh Kwak Sung Cha Joo Woo Chun Byun Chae")

// agencyFirst is an agency's name in brackets and a dash before a
// dateline: "(ANSA) - ".
var agencyFirst = &lazyregexp.Regexp{Expr: `^\s*\([A-Z][A-Za-z]{1,15}\)\s*[-–—]\s*$`}

// firstBody returns the article's first paragraph of text (not its
// headline), or nil.
// leadsBody reports whether p is the article's first body paragraph or
// comes before it.
func leadsBody(a *corpus.Article, p *corpus.Paragraph) bool {
	for _, q := range a.Paragraphs {
		if q == p {
			return true
		}
		if q.Kind == corpus.Body {
			return false
		}
	}
	return false
}

func firstBody(a *corpus.Article) *corpus.Paragraph {
	for _, p := range a.Paragraphs {
		if p.Kind == corpus.Body {
			return p
		}
	}
	return nil
}

// animalNouns are animals a story may name: "a dog called Biscuit", "the
// panda cub Ling Bao".
var animalNouns = wordSet("animal animals pet pets cub cubs panda pandas dog dogs puppy puppies cat cats kitten kittens " +
	"horse horses pony foal colt filly mare stallion gelding donkey elephant elephants calf giraffe gorilla chimpanzee orangutan " +
	"monkey tiger tigress lion lioness leopard cheetah bear bears whale orca dolphin seal otter penguin koala kangaroo " +
	"rhino rhinoceros hippo hippopotamus parrot eagle owl falcon hawk crocodile alligator snake python tortoise turtle " +
	"goat sheep lamb cow bull ox pig hound retriever spaniel terrier labrador collie greyhound mascot")

// animalName reports whether the name ws[i:j] is an animal's: named after
// an animal's noun in its sentence ("a giant panda cub born in August
// has been named Ling Bao", "a dog called Biscuit"), or in apposition to
// one ("the cub, Ling Bao,", "the elephant Raja").
func animalName(text string, ws []word, i, j int) bool {
	if i == 0 || ws[i-1].cap || text[ws[i-1].end:ws[i].start] != " " && text[ws[i-1].end:ws[i].start] != ", " {
		return false
	}
	prev := ws[i-1].lower()
	if text[ws[i-1].end:ws[i].start] == ", " || !namingVerbs[prev] && prev != "dubbed" && prev != "nicknamed" {
		// "the cub, Ling Bao,", "the panda Hua Mei": the animal's noun
		// right before, after an article or a possessive.
		if !animalNouns[prev] || i < 2 || !determiners[ws[i-2].lower()] {
			return false
		}
		return text[ws[i-1].end:ws[i].start] == " " || j < len(ws) && text[ws[j-1].end:ws[j].start] == ", "
	}
	// The naming verb's subject or object: the nearest noun before it
	// in the sentence that is an animal's, with no person's noun between.
	for k := i - 2; k >= 0 && k >= i-12; k-- {
		w := ws[k].lower()
		if kin[w] || residentNouns[w] || titles[w] {
			return false
		}
		if animalNouns[w] {
			return true
		}
		if ws[k].sentStart {
			break
		}
	}
	return false
}

// determiners may open a noun phrase before an animal's noun.
var determiners = wordSet("the a an her his its their our my this that")

// contestNouns are what a player wins, loses or reaches at a venue, before
// "at" and its name: "a semi-finalist at Roland Garros", "victory at
// Augusta".
var contestNouns = wordSet("finalist semi-finalist semifinalist quarter-finalist quarterfinalist champion champions winner winners " +
	"runner-up title titles victory victories win wins triumph debut medal medals crown final semi-final semifinal quarter-final quarterfinal")

// playsFor are what a player does for a team, before "for" and its name:
// "riding for Lotto Dstny", "signed for Hearts".
var playsFor = wordSet("play plays played playing ride rides rode riding race races raced racing drive drives drove driving " +
	"sign signs signed signing score scores scored scoring appear appears appeared appearing star stars starred starring bowl bowls bowled bowling")
