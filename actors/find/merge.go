package find

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/fold"
	"github.com/parallax-news/parallax/internal/lazyregexp"
)

// merge turns mentions into actors: full names first, then lone names and
// role references resolved against them.
func (x *extractor) merge() *actors.Set {
	x.markHorses()
	// A disease's name ("Marburg virus") or an animal's is none of an
	// actor's in the article that so writes it, at its other mentions
	// too ("Marburg is a haemorrhagic fever").
	if len(x.things) > 0 {
		x.mentions = slices.DeleteFunc(x.mentions, func(m *mention) bool {
			return x.things[[2]string{m.art.ID, m.key}] || x.works[m.key] && m.role == "" && !m.titled && x.lex[m.key].key == "" && !personNamed(m)
		})
	}
	// "Pertamina Patra Niaga, the fuel distribution arm of state energy
	// company Pertamina,": a name of two or three words opening with the
	// name of a body the article names alone is that body's arm, no
	// person, when no title is given it (a role set off may name the
	// body itself).
	bodies := map[[2]string]bool{}
	for _, m := range x.mentions {
		if m.kind == actors.Organization && !strings.Contains(m.key, " ") {
			bodies[[2]string{m.art.ID, m.key}] = true
		}
	}
	for _, m := range x.mentions {
		if first, rest, ok := strings.Cut(m.key, " "); ok && m.kind != actors.Organization && m.kind != actors.Place && (m.role == "" || strings.Contains(strings.ToLower(m.role), first)) && !m.titled && strings.Count(rest, " ") <= 1 && bodies[[2]string{m.art.ID, first}] {
			m.kind = actors.Organization
		}
	}
	// A city whose team's officer the article names ("Toulouse coach
	// X", "the Leicester boss called …") is the club there, and so is
	// the city's name with a club's word after it ("Leicester City have
	// signed …").
	clubArticle := map[string]bool{}
	for _, m := range x.mentions {
		if k := [2]string{m.art.ID, m.key}; (m.kind == actors.Place || m.single) && x.isCity(m.key) && !x.clubs[k] && teamOfficerAfter(m.art.Text, m.surface) {
			x.clubs[k] = true
		}
		// So is an article naming a side's officer after a body's name
		// ("Chelsea manager X", "Arsenal boss Y").
		if x.clubs[[2]string{m.art.ID, m.key}] || !clubArticle[m.art.ID] && m.kind == actors.Organization && (footballLeague.MatchString(m.name) || teamOfficerAfter(m.art.Text, m.surface)) {
			clubArticle[m.art.ID] = true
		}
	}
	// In an article about clubs (one whose club the rules above found,
	// or that names a football league), a city after "from" or
	// "against" in a paragraph of transfers or matches is a club too:
	// "joined from Lens", "a bid from Lyon", "his debut against Hull";
	// so is one a side plays, hosts or visits, or was held at after a
	// score: "who play Liverpool at Anfield", "held 1-1 at Lyon".
	for _, m := range x.mentions {
		// ("a 3-0 win at Everton": a town the gazetteer lacks, read as
		// a place after "at", likewise.)
		if clubArticle[m.art.ID] && (m.kind == actors.Place || m.single) && (x.isCity(m.key) || m.kind == actors.Place && x.lex[m.key].key == "") && !strings.Contains(m.key, " ") && clubAfter.MatchString(textBefore(m.para.Text, m.start, 30)) && clubSentence.MatchString(m.para.Text) {
			x.clubs[[2]string{m.art.ID, m.key}] = true
		}
	}
	// The club's full name, where the corpus gives one city's club in
	// full ("Leicester City"), is its name in the articles that name it
	// by its city alone: one club, and no city of that name made a club
	// in other stories.
	fullClub := map[string]*mention{}
	for _, m := range x.mentions {
		city, suffix, _ := strings.Cut(m.key, " ")
		if x.clubs[[2]string{m.art.ID, m.key}] && (m.kind == actors.Place || m.single) || m.kind == actors.Place && clubSuffixes[suffix] && x.clubs[[2]string{m.art.ID, city}] {
			m.kind, m.city, m.theOrg = actors.Organization, false, true
		}
		if m.kind == actors.Organization && clubSuffixes[suffix] && x.isCity(city) {
			if f, ok := fullClub[city]; !ok || f != nil && f.key != m.key {
				fullClub[city] = m
				if ok {
					fullClub[city] = nil // two clubs of one city: neither
				}
			}
		}
	}
	// A club the corpus names by its city alone is keyed apart from the
	// city ("Lyon" the club beside Lyon the city of another story), as
	// its full name would be.
	// "Boston" beside "the Boston Celtics" in its article is that team.
	teamsOf := map[articleKey][]*mention{} // bodies by article and first word
	for _, m := range x.mentions {
		if first, _, ok := strings.Cut(m.key, " "); ok && m.kind == actors.Organization && x.clubs[[2]string{m.art.ID, first}] {
			k := articleKey{m.art.ID, first}
			if !slices.ContainsFunc(teamsOf[k], func(o *mention) bool { return o.key == m.key }) {
				teamsOf[k] = append(teamsOf[k], m)
			}
		}
	}
	for _, m := range x.mentions {
		if !x.clubs[[2]string{m.art.ID, m.key}] || strings.Contains(m.key, " ") {
			continue
		}
		if t := teamsOf[articleKey{m.art.ID, m.key}]; len(t) == 1 {
			m.key, m.name, m.single = t[0].key, t[0].name, false
		} else if f := fullClub[m.key]; f != nil {
			m.key, m.name, m.single = f.key, f.name, false
		} else {
			m.key, m.single = m.key+" fc", false
		}
	}
	x.bodiesByOfficers()
	x.officersByInitials()
	x.countyBodies()
	x.bodiesByInitials()
	// "Seyed Abbas X" in one agency's copy is "Abbas X" in another's.
	for _, m := range x.mentions {
		if m.kind == actors.Person {
			if first, rest, ok := strings.Cut(m.name, " "); ok && descentTitles[strings.ToLower(first)] && strings.Contains(rest, " ") {
				m.key = keyOf(rest)
			}
		}
	}
	taken := map[string]bool{} // ids given
	var list []*actors.Actor
	byPassage := map[string][]string{}
	byKey := map[string]*actors.Actor{}
	var order []string
	people := newPeople()
	get := func(m *mention, key string) *actors.Actor {
		if act, ok := byKey[key]; ok {
			// "Local 1505 will strike", then "Amalgamated Transit Union
			// Local 1505": a body named first by its short name takes
			// the full one.
			if m.kind == actors.Organization && act.Kind == actors.Organization && strings.HasSuffix(m.name, " "+act.Name) && keyOf(act.Name) == key {
				act.Name = m.name
			}
			return act
		}
		act := &actors.Actor{Name: m.name, Kind: m.kind, Mentions: map[string]int{}, Aliases: []string{}, Roles: []string{}, Quotes: []actors.Quote{}}
		byKey[key] = act
		order = append(order, key)
		if act.Kind == actors.Person {
			people.add(key, act)
		}
		return act
	}
	seq := map[*mention]int{}
	for i, m := range x.mentions {
		seq[m] = i
	}
	record := func(act *actors.Actor, m *mention) {
		act.Where = append(act.Where, actors.Mention{Article: m.art.ID, Passage: m.para.ID, Start: m.start, End: m.end, Text: m.surface, Seq: seq[m]})
		act.Mentions[m.art.ID]++
		people.saw(act, m, seq[m])
		addUnique(&act.Aliases, m.surface)
		if rest := withoutCountryCode(m.surface); rest != "" && act.Kind == actors.Organization {
			addUnique(&act.Aliases, rest)
		}
		if m.role != "" && !containsFold(act.Roles, m.role) {
			act.Roles = append(act.Roles, m.role)
			if act.Kind == actors.Person {
				people.holds(act, m.role)
			}
		}
		m.actor = act
	}
	// "Colin Port, head of Sercs, … Mr Port ordered a transcript": a
	// given name and a place's word are the person an honorific names
	// by that word in the article, no place.
	titledSurnames := map[articleKey]bool{}
	for _, m := range x.mentions {
		if m.kind == actors.Person && m.single && m.titled && !strings.Contains(m.key, " ") {
			titledSurnames[articleKey{m.art.ID, m.key}] = true
		}
	}
	for _, m := range x.mentions {
		if f := strings.Fields(m.name); m.kind == actors.Place && len(f) == 2 && givenName(f[0]) && titledSurnames[articleKey{m.art.ID, keyOf(f[1])}] {
			m.kind = actors.Person
		}
	}
	// A name met only after "in" or "near", never with a role or title,
	// is a place.
	personCue := map[string]bool{}
	for _, m := range x.mentions {
		if m.kind == actors.Person && !m.placeCue && (m.role != "" || m.titled) {
			personCue[m.key] = true
		}
	}
	for _, m := range x.mentions {
		if m.placeCue && !personCue[m.key] {
			m.kind = actors.Place
		}
	}
	// A company's site is the company's: "the Rheinchemie site", where
	// another mention says "Rheinchemie said it".
	bodyCue := map[string]bool{}
	for _, m := range x.mentions {
		if m.bodyCue {
			bodyCue[m.key] = true
		}
	}
	for _, m := range x.mentions {
		if m.facility && bodyCue[m.key] {
			m.kind = actors.Organization
		}
	}
	// A name that stands before a body's officer in another mention
	// ("Celtic Crossings chairman Declan Murphy") is a body.
	// So is a name of two words or more that the team's word of a
	// player's or a coach's role in the same article opens or ends:
	// "Asante Kotoko" where it writes "Kotoko coach X", "Hearts of Oak"
	// after "Hearts coach Y" (but "Bellandi's coach" is a player's).
	teams := map[articleKey]bool{}
	for _, m := range x.mentions {
		f := strings.Fields(m.role)
		// ("Former Chelsea captain X": the qualifier aside.)
		if len(f) == 3 && formerWords[strings.ToLower(f[0])] {
			f = f[1:]
		}
		if m.kind == actors.Person && len(f) == 2 && clubTitles[strings.ToLower(f[1])] && unicode.IsUpper(firstRune(f[0])) && !titles[strings.ToLower(f[0])] && !roleQualifiers[strings.ToLower(f[0])] && !notTeamRoles[strings.ToLower(f[0])] && !strings.HasSuffix(f[0], "'s") && !strings.HasSuffix(f[0], "’s") {
			teams[articleKey{m.art.ID, keyOf(f[0])}] = true
		}
	}
	for _, m := range x.mentions {
		if m.kind != actors.Person {
			continue
		}
		f := strings.Fields(m.key)
		team := func(w string) bool { return teams[articleKey{m.art.ID, w}] }
		// ("Okafor's mother, Chelsea," stays a person where another
		// article writes "Chelsea manager X".)
		// "Former Chelsea captain X": the side, named alone after the
		// qualifier, where the officer's role names it.
		if x.officerOf[m.key] && !kinRole(lastWord(m.role)) || m.role == "" && !m.titled && len(f) >= 2 && len(f) <= 4 && (team(f[0]) || team(f[len(f)-1])) || len(f) == 1 && qualifierRole(m.role) && team(f[0]) {
			m.kind = actors.Organization
		}
	}
	// A "person" whose name begins an organisation's ("Andes Copper" of
	// "Andes Copper Corporation") is that organisation.
	orgsByFirst := map[string][]*mention{}
	for _, m := range x.mentions {
		// (Not "House" of "the House Freedom Caucus" or "the House
		// Judiciary Committee": the chamber, not its caucus.)
		if first, _, _ := strings.Cut(m.key, " "); m.kind == actors.Organization && first != "house" {
			orgsByFirst[first] = append(orgsByFirst[first], m)
		}
	}
	// Every body of two words or more by its name's last word: "the
	// Titans" after "the Galle Titans"; and those named for their place
	// apart, which a lone name read as a person's may stand for: "the
	// Bucks" after "the Milwaukee Bucks".
	orgsByLastWord := map[string][]*mention{}
	orgsByLast := map[string][]*mention{}
	for _, m := range x.mentions {
		if m.kind != actors.Organization {
			continue
		}
		if cut := strings.LastIndex(m.key, " "); cut > 0 {
			last := m.key[cut+1:]
			// Not "the House", a chamber of Congress or of a state,
			// after "the White House".
			if last == "house" {
				continue
			}
			orgsByLastWord[last] = append(orgsByLastWord[last], m)
			if x.isPlaceName(m.key[:cut]) {
				orgsByLast[last] = append(orgsByLast[last], m)
			}
		}
	}
	// "Dortmund have signed" after "Borussia Dortmund": a club named
	// for its city, met again by the city's name where nothing says it
	// is the place. Only a lone name read as a person's is taken: "in
	// Dortmund" stays the city.
	orgsByCity := map[string][]*mention{}
	for _, m := range x.mentions {
		if m.kind != actors.Organization {
			continue
		}
		if cut := strings.LastIndex(m.key, " "); cut > 0 && x.isPlaceName(m.key[cut+1:]) && !x.isPlaceName(m.key[:cut]) {
			orgsByCity[m.key[cut+1:]] = append(orgsByCity[m.key[cut+1:]], m)
		}
	}
	// "Hoshizora Motor Co." and "Hoshizora Motor": a company with and
	// without its legal form is one.
	// So is one the lexicon knows by the name without its form:
	// "Toyota Motor Corp." is the lexicon's Toyota ("Toyota Motor").
	for _, m := range x.mentions {
		if m.kind == actors.Organization {
			key := withoutLegalForm(m.key)
			// "Volkswagen Group": a body the lexicon knows by one word,
			// then "Group" or "Holdings", is that body.
			if cut := strings.LastIndexByte(key, ' '); key == m.key && cut > 0 && groupForms[key[cut+1:]] {
				if e, ok := x.lex[key[:cut]]; ok && e.kind == actors.Organization {
					key = key[:cut]
				}
			}
			if e, ok := x.lex[key]; ok && key != m.key && e.kind == actors.Organization && e.key != key {
				key, m.name = e.key, e.name
			}
			m.key = key
		}
	}
	// "Supreme Court sides with Texas" over "The U.S. Supreme Court on
	// Monday allowed …": a body named in one article with and without
	// its country's initials is one.
	coded := map[articleKey]*mention{}
	for _, m := range x.mentions {
		if m.kind != actors.Organization {
			continue
		}
		if rest := cutCountryCode(m.name, 2); rest != "" {
			coded[articleKey{m.art.ID, keyOf(rest)}] = m
		}
	}
	for _, m := range x.mentions {
		if o := coded[articleKey{m.art.ID, m.key}]; o != nil && m.kind == actors.Organization {
			m.key, m.name = o.key, o.name
		}
	}
	// "the Israeli military said" and "The Israel Defense Forces said" in
	// one article: a country's forces by its people's name and by their
	// own are one body.
	forces := map[articleKey]*mention{} // by article and country key
	for _, m := range x.mentions {
		if m.kind == actors.Organization && !genericForces(m.key) {
			if c := x.forcesCountry(m.key); c != "" && forces[articleKey{m.art.ID, c}] == nil {
				forces[articleKey{m.art.ID, c}] = m
			}
		}
	}
	for _, m := range x.mentions {
		if m.kind == actors.Organization && genericForces(m.key) {
			if o := forces[articleKey{m.art.ID, x.forcesCountry(m.key)}]; o != nil {
				m.key, m.name = o.key, o.name
			}
		}
	}
	// "Velnet said" after "Velnet Motor": a body's first word alone, in
	// the article that names it in full, is that body (not initials:
	// "BBC" beside "BBC World Service" is the whole corporation).
	// So is one the rules took for a place ("Hoshizora President X",
	// as "Kenya President X") that neither the lexicon nor the gazetteer
	// knows.
	for _, m := range x.mentions {
		// Not "the Knesset" beside the Knesset Constitution, Law and
		// Justice Committee: a body the lexicon knows is itself.
		if (m.kind == actors.Organization || m.kind == actors.Place && m.beforeTitle && !x.isPlaceName(m.key)) && !strings.Contains(m.key, " ") && !isAcronym(m.name) && x.lex[m.key].key == "" {
			if o := bodyNamedFirst(orgsByFirst[m.key], m); o != nil {
				m.kind, m.key, m.name = o.kind, o.key, o.name
			} else if o := bodyNamedLast(orgsByLastWord[m.key], m); o != nil && m.kind == actors.Organization && m.key != "congress" {
				// (Not "Congress MP X" beside the Trinamool Congress:
				// "Congress" alone is a party's name, or a legislature's.)
				// "the Titans chose to bat" after "the Galle Titans".
				m.key, m.name = o.key, o.name
			}
		}
	}
	for _, m := range x.mentions {
		if m.kind != actors.Person || m.single || m.roleRef || m.role != "" {
			continue
		}
		first, _, _ := strings.Cut(m.key, " ")
		for _, o := range orgsByFirst[first] {
			// "Kawaguchi Precision shares slump" over "Shares of
			// Kawaguchi Precision Co. fell": the company named with its
			// legal form in the same article.
			// Not "Ingrid Sørlie" beside "the Ingrid Sørlie Observatory":
			// a person's full name opening what is named after her.
			if strings.HasPrefix(o.key, m.key+" ") && !strings.HasPrefix(o.key, m.key+" and ") && !namedAfter(m, o) && !productOf(o.key, m.key) || o.key == m.key && o.art == m.art && legalForms[strings.ToLower(strings.TrimSuffix(lastWord(o.name), "."))] {
				m.kind, m.key, m.name = actors.Organization, o.key, o.name
				break
			}
		}
	}
	// "the Institute for Fiscal Studies (IFS)": the initials in brackets
	// after a body's name are that body wherever the corpus uses them.
	// In the article that gives them, they are that body even where the
	// lexicon knows other words for them: "Reporters Without Borders
	// (RSF)" is no "Rapid Support Forces" there.
	byInitials := map[string]*mention{}
	bracketed := map[articleKey]*mention{}
	bracketedNames := map[string][]*mention{}
	for _, m := range x.mentions {
		if m.kind != actors.Organization || m.single || isAcronym(m.name) {
			continue
		}
		// "Tressel Audio Inc. (TRSL)": the legal form's full stop stands
		// between the name and its ticker.
		rest := strings.TrimPrefix(m.para.Text[m.end:], ".")
		if !strings.HasPrefix(rest, " (") {
			continue
		}
		acr, _, ok := strings.Cut(rest[2:], ")")
		if k := keyOf(acr); ok && (isAcronym(acr) || mixedInitials(acr)) && k != m.key {
			if byInitials[k] == nil {
				byInitials[k] = m
			}
			if ak := (articleKey{m.art.ID, k}); bracketed[ak] == nil {
				bracketed[ak] = m
			}
			if !slices.ContainsFunc(bracketedNames[k], func(o *mention) bool { return o.key == m.key }) {
				bracketedNames[k] = append(bracketedNames[k], m)
			}
		}
	}
	// "the US Attorney's Office" and "the United States Attorney's
	// Office": one body, its country spelled two ways; the name first met
	// stands for both.
	byCountrySpelled := map[string]*mention{}
	// "the US Federal Trade Commission" and "the Federal Trade
	// Commission": one body, its country left out of its name (a name of
	// three words or more: "the US Supreme Court" and another country's
	// "Supreme Court" are two).
	plainBodies := map[string]*mention{}
	for _, m := range x.mentions {
		if m.kind == actors.Organization && countrySpelledKey(m.name) == "" && plainBodies[m.key] == nil {
			plainBodies[m.key] = m
		}
	}
	for _, m := range x.mentions {
		if m.kind != actors.Organization {
			continue
		}
		if _, rest := countryRest(m.name); strings.Count(rest, " ") >= 2 {
			if o := plainBodies[keyOf(rest)]; o != nil {
				m.key, m.name = o.key, o.name
				continue
			}
		}
		if k := countrySpelledKey(m.name); k != "" {
			if o := byCountrySpelled[k]; o == nil {
				byCountrySpelled[k] = m
			} else if o.key != m.key {
				m.key, m.name = o.key, o.name
			}
		}
	}
	// "the Louisiana Department of Environmental Quality" in one article
	// and "the state Department of Environmental Quality" in another: one
	// body, when the corpus names it with one place only (a name of three
	// words or more after the place; with two states' departments of
	// that name the short one stays apart) and the articles tell one
	// story.
	x.bodiesWithTheirPlace()
	// "the Socialist Party … the Socialists abstained": a party's
	// members in the plural, in an article that names the party, are
	// the party.
	x.partiesByMembers()
	// "SpaceX" and "Space-X": one body, its name written with and
	// without a hyphen or a space; the name first met stands for both.
	byCompact := map[string]*mention{}
	compact := strings.NewReplacer("-", "", " ", "", ".", "")
	for _, m := range x.mentions {
		if k := compact.Replace(m.key); (m.kind == actors.Organization || m.single) && len(k) >= 4 && (byCompact[k] == nil || byCompact[k].single && m.kind == actors.Organization && !m.single) {
			byCompact[k] = m
		}
	}
	for _, m := range x.mentions {
		if o := byCompact[compact.Replace(m.key)]; o != nil && o.key != m.key && strings.ContainsAny(m.key+o.key, "- .") && (m.kind == actors.Organization || m.single) {
			m.kind, m.key, m.name, m.single = o.kind, o.key, o.name, o.single
		}
	}
	// "the Department of Commerce … the Commerce Department", "the
	// Ministry of Finance … the Finance Ministry": one body in one
	// article, its head noun before or after its portfolio; the name
	// first met stands for both. (Across articles two countries'
	// ministries may be meant.)
	firstNamed := map[articleKey]*mention{}
	samePortfolio := func(m *mention) (articleKey, bool) {
		k := portfolioFirstKey(m.name)
		if k == "" {
			k = m.key
		}
		return articleKey{m.art.ID, k}, m.kind == actors.Organization
	}
	reversed := false
	for _, m := range x.mentions {
		if k, ok := samePortfolio(m); ok && firstNamed[k] == nil {
			firstNamed[k] = m
		}
		reversed = reversed || m.kind == actors.Organization && portfolioFirstKey(m.name) != ""
	}
	for _, m := range x.mentions {
		if !reversed {
			break
		}
		if k, ok := samePortfolio(m); ok && firstNamed[k].key != m.key {
			m.key, m.name = firstNamed[k].key, firstNamed[k].name
		}
	}
	// "the Social Democratic Party (SPD)" in one article and "the Social
	// Democratic Party of Germany (SPD)" in another: one body, named with
	// and without its country, under the same initials.
	sameBody := map[string]*mention{}
	for _, ms := range bracketedNames {
		base := x.bodyWithoutCountry(ms[0].name)
		if len(ms) < 2 || slices.ContainsFunc(ms[1:], func(o *mention) bool { return x.bodyWithoutCountry(o.name) != base }) {
			continue
		}
		for _, o := range ms[1:] {
			sameBody[o.key] = ms[0]
		}
	}
	for _, m := range x.mentions {
		if o := sameBody[m.key]; o != nil && m.kind == actors.Organization {
			m.key, m.name = o.key, o.name
		}
	}
	// "the Environmental Protection Agency" and "EPA" in one article: the
	// initials of a body's name the article gives are that body there,
	// brackets or not.
	byArticleInitials := map[articleKey]*mention{}
	for _, m := range x.mentions {
		if m.kind != actors.Organization || m.single || isAcronym(m.name) {
			continue
		}
		// "Transportation Safety Board of Canada" is "TSB" too: a
		// country after "of" is often left out of the initials.
		names := []string{m.name}
		if k := strings.LastIndex(m.name, " of "); k >= 0 && x.isPlaceName(keyOf(m.name[k+len(" of "):])) {
			names = append(names, m.name[:k])
		}
		// "U.S. Food and Drug Administration" is "FDA": a country's name
		// before a body's is often left out too; "UK Health Security
		// Agency" is "UKHSA", the country's initials kept whole.
		if first, rest, ok := strings.Cut(m.name, " "); ok && strings.Count(rest, " ") >= 1 && x.isPlaceName(keyOf(first)) {
			names = append(names, rest)
		}
		// "Advanced Micro Devices Inc." is "AMD": the legal form is
		// left out of the initials.
		if bare := strings.Fields(withoutLegalForm(keyOf(m.name))); len(bare) >= 2 && len(bare) < len(strings.Fields(m.name)) {
			names = append(names, strings.Join(strings.Fields(m.name)[:len(bare)], " "))
		}
		var initials []string
		for _, name := range names {
			initials = append(initials, initialsOf(name), acronymsWhole(name))
		}
		slices.Sort(initials)
		for _, in := range slices.Compact(initials) {
			if len(in) >= 2 {
				k := articleKey{m.art.ID, strings.ToLower(in)}
				if o, ok := byArticleInitials[k]; ok && o != nil && o.key != m.key {
					byArticleInitials[k] = nil // two bodies of those initials: neither
				} else if !ok {
					byArticleInitials[k] = m
				}
			}
		}
	}
	for _, m := range x.mentions {
		// "HoR", "MoFE": initials with small letters, as bracketed.
		mixed := !isAcronym(m.surface) && mixedInitials(m.surface)
		if !isAcronym(m.surface) && !mixed {
			continue
		}
		// "at JAXA's Sagamihara campus", read as a place, after "the Japan
		// Aerospace Exploration Agency (JAXA)": initials the article gave
		// a body in brackets are that body wherever they stand.
		if o := bracketed[articleKey{m.art.ID, keyOf(m.surface)}]; o != nil && o.key != m.key && m.kind == actors.Place {
			m.kind, m.key, m.name, m.single = actors.Organization, o.key, o.name, false
			continue
		}
		if !(m.kind == actors.Organization || m.single) {
			continue
		}
		if o := bracketed[articleKey{m.art.ID, keyOf(m.surface)}]; o != nil && o.key != m.key {
			m.kind, m.key, m.name, m.single = actors.Organization, o.key, o.name, false
		} else if o := byInitials[m.key]; o != nil {
			m.kind, m.key, m.name, m.single = actors.Organization, o.key, o.name, false
		} else if o := byArticleInitials[articleKey{m.art.ID, m.key}]; o != nil && !mixed && x.lex[m.key].key == "" {
			m.kind, m.key, m.name, m.single = actors.Organization, o.key, o.name, false
		}
	}
	// "the Attorney General's Office (Fiscalía)", "the Comptroller
	// General's Office, known as the Contraloría": a body's name in its
	// own language, given after the English one, is that body in the
	// article.
	otherName := map[articleKey]*mention{}
	for _, m := range x.mentions {
		if m.kind != actors.Organization || m.single || isAcronym(m.name) {
			continue
		}
		loc := otherNameAfter.FindStringSubmatch(m.para.Text[m.end:])
		if loc == nil {
			continue
		}
		name := loc[1] + loc[2] + loc[3]
		if k := keyOf(name); k != m.key && x.lex[k].key == "" {
			otherName[articleKey{m.art.ID, k}] = m
		}
	}
	for _, m := range x.mentions {
		if o := otherName[articleKey{m.art.ID, m.key}]; o != nil && m != o {
			m.kind, m.key, m.name, m.single = actors.Organization, o.key, o.name, false
		}
	}
	// "the Halvorsens": a family, named by the plural of a surname the
	// article gives a person, is no actor of its own.
	surnames := map[articleKey]bool{}
	for _, m := range x.mentions {
		if m.kind == actors.Person && !m.single && !m.roleRef {
			if cut := strings.LastIndex(m.key, " "); cut > 0 {
				surnames[articleKey{m.art.ID, m.key[cut+1:]}] = true
			}
		}
	}
	family := func(m *mention) bool {
		return m.single && !m.titled && strings.HasSuffix(m.key, "s") && surnames[articleKey{m.art.ID, strings.TrimSuffix(m.key, "s")}]
	}
	// "Sri Wahyuni said" after "Sri Wahyuni Kartika": the first words of
	// a longer name the same article gives are that person.
	longer := prefixNames(x.mentions)
	// Full names first: people of two words or more, places, organisations.
	for _, m := range x.mentions {
		if m.single || m.roleRef {
			continue
		}
		key := m.key
		if l, ok := longer[articleKey{m.art.ID, key}]; ok && m.kind == actors.Person {
			key = l
		}
		if _, known := byKey[key]; !known && m.kind == actors.Person {
			key = people.fullKey(key)
		}
		record(get(m, key), m)
	}
	// The actors each article names in full, to tell whether two
	// articles tell one story.
	namedInFull := namedByArticle(order, byKey)
	people.shares = func(act *actors.Actor, article string) bool { return sharesStory(namedInFull, act, article) }
	// The names the corpus gives a body somewhere ("Chelsea manager X").
	bodyKeys := map[string]bool{}
	for _, m := range x.mentions {
		if m.kind == actors.Organization {
			bodyKeys[m.key] = true
		}
	}
	// Then lone names with a title, which may make a person of their own
	// ("President Biden"), and then the other lone names and role
	// references.
	for _, m := range x.mentions {
		if m.titled {
			act := people.resolveSingle(m)
			// "Judge Pemberton" in a court report is not the Gary
			// Pemberton of a council story with nothing in common.
			if act != nil && act.Mentions[m.art.ID] == 0 && !sharesStory(namedInFull, act, m.art.ID) {
				act = nil
			}
			o := bodyNamedFirst(orgsByFirst[m.key], m)
			if o == nil && m.kind == actors.Person && !m.placeCue {
				o = bodyNamedLast(orgsByCity[m.key], m) // "former Dortmund players"
			}
			if o != nil && (act == nil || act.Mentions[m.art.ID] == 0) {
				// "a former Northbridge defender" where the article
				// names Northbridge United and no Northbridge of a
				// person.
				m.kind, m.key, m.name = o.kind, o.key, o.name
				record(get(m, m.key), m)
			} else if act != nil && !(m.aged && act.Mentions[m.art.ID] == 0) {
				record(act, m)
			} else if bodyKeys[m.key] && m.kind == actors.Person && (kinRole(lastWord(m.role)) || m.titled && m.role == "") {
				// "Okafor's mother, Chelsea," is no Chelsea the club
				// another article names: a person of her own.
				record(get(m, m.key+" "+string(actors.Person)), m)
			} else {
				record(get(m, m.key), m)
			}
		}
	}
	// The actors each article names so far (in full: lone names come
	// next), to tell whether two articles tell one story.
	named := namedByArticle(order, byKey)
	storms := stormsByName(x.mentions)
	for _, m := range x.mentions {

		switch {
		case m.titled:
		case family(m):
		case m.single && storms[articleKey{m.art.ID, m.key}] != nil:
			// "Idris came ashore" after "Hurricane Idris made
			// landfall": the storm the article named, no person.
			o := storms[articleKey{m.art.ID, m.key}]
			m.kind, m.key, m.name = o.kind, o.key, o.name
			record(get(m, m.key), m)
		case m.single:
			act := people.resolveSingle(m)
			if act != nil && act.Mentions[m.art.ID] == 0 && x.lowered[m.key] && opensSentence(m) {
				// "“Price is now the only argument,” said X": a common
				// word opening a sentence is no surname of a person
				// only another article names.
				continue
			}
			if act != nil && act.Mentions[m.art.ID] == 0 {
				// "Harlow" where the article names Harlow Athletic and
				// no Harlow of a person: the body, not a Denise Harlow
				// of another article.
				if o := bodyNamedFirst(orgsByFirst[m.key], m); o != nil {
					act = nil
					m.kind, m.key, m.name = o.kind, o.key, o.name
					record(get(m, m.key), m)
					continue
				}
				if !sharesStory(named, act, m.art.ID) || m.theOrg {
					// "Haigh" in a match report's line-up is not the
					// Lorna Haigh of an article with nothing else in
					// common; nor is "the Cree community" the Danielle
					// Fournier-Cree of another article: people are not
					// "the" and their surname.
					act = nil
				}
			}
			if act == nil {
				// "shares in Velnet" where the article names Velnet
				// Motor and no one is named Velnet: the body; so is "the
				// Titans" where it names the Galle Titans.
				// Not "Sharjah" beside the Sharjah Electricity … Authority:
				// a city of the gazetteer is the city.
				var o *mention
				if !m.city {
					o = bodyNamedFirst(orgsByFirst[m.key], m)
				}
				if o == nil && m.theOrg {
					o = bodyNamedLast(orgsByLastWord[m.key], m)
				}
				if o != nil {
					m.kind, m.key, m.name = o.kind, o.key, o.name
					record(get(m, m.key), m)
					continue
				}
			}
			// Not "Tianjin" beside "CNOOC Tianjin": a city of the
			// gazetteer after a body's initials names the body's branch
			// there, and alone the city.
			if o := bodyNamedLast(orgsByLast[m.key], m); o != nil && (act == nil || act.Mentions[m.art.ID] == 0) && !(m.city && branchByCity(o.name)) {
				m.kind, m.key, m.name = o.kind, o.key, o.name
				record(get(m, m.key), m)
			} else if o := bodyNamedLast(orgsByCity[m.key], m); o != nil && m.kind == actors.Person && !m.placeCue && !m.listPlace && (act == nil || act.Mentions[m.art.ID] == 0) && !(m.city && branchByCity(o.name)) {
				m.kind, m.key, m.name = o.kind, o.key, o.name
				record(get(m, m.key), m)
			} else if act != nil {
				record(act, m)
			} else if act, ok := byKey[m.key]; ok && act.Kind != actors.Person && !(x.lowered[m.key] && opensSentence(m) && act.Mentions[m.art.ID] == 0) {
				// "the edge of Boulder": a lone word the corpus knows as a
				// place or body elsewhere. (Not "“People are cold,”": a
				// word the corpus writes small, opening a sentence, is
				// People magazine's only where the article names it.)
				record(act, m)
			} else if m.listPlace || m.city {
				// A list of places ("the Dorsk, Varin and Oblensk
				// regions") says more than the "the" before it.
				m.kind = actors.Place
				record(get(m, m.key), m)
			} else if m.theOrg || x.officerOf[m.key] {
				// "Morena lawmaker Jane Roe": a lone name before a
				// body's officer or member is the body.
				m.kind = actors.Organization
				record(get(m, m.key), m)
			}
		case m.roleRef:
			if act := people.resolveRole(m.key); act != nil {
				record(act, m)
			}
		}
	}
	// A lone name no person has, named twice or more ("Streamly said",
	// "fined Streamly"), is a company or body: people are named in full.
	unresolved := map[string][]*mention{}
	var unresolvedOrder []string
	for _, m := range x.mentions {
		if m.single && !m.titled && m.actor == nil && !x.lowered[m.key] && !compass[m.key] && !x.lexWords[m.key] && !family(m) {
			if unresolved[m.key] == nil {
				unresolvedOrder = append(unresolvedOrder, m.key)
			}
			unresolved[m.key] = append(unresolved[m.key], m)
		}
	}
	inPara := map[*corpus.Paragraph][]*mention{}
	for _, m := range x.mentions {
		inPara[m.para] = append(inPara[m.para], m)
	}
	// "holidaymakers on Naxos …" before "islands such as Naxos": a lone
	// name the corpus names as a place or body only further on is that.
	for _, key := range unresolvedOrder {
		if act, ok := byKey[key]; ok && act.Kind != actors.Person {
			for _, m := range unresolved[key] {
				record(act, m)
			}
			delete(unresolved, key)
		}
	}
	// Bodies named twice first, so that a lone name listed with one of
	// them is known to stand next to a body.
	for _, key := range unresolvedOrder {
		// Not a common word that only opens sentences ("Ice on the steps
		// …", "Ice was reported …").
		if ms := unresolved[key]; len(ms) >= 2 && !pluralOpener(ms) && !commonOpener(ms) && !numberedFixture(ms) {
			for _, m := range ms {
				m.kind = actors.Organization
				record(get(m, m.key), m)
			}
		}
	}
	for _, key := range unresolvedOrder {
		ms := unresolved[key]
		if len(ms) != 1 {
			continue
		}
		// "Lie-Ottesen has never held office … he told": a lone name
		// opening a sentence, taken up by "he" or "she" after it, is a
		// person the article names no more fully; not a common word
		// ("Aid has been slow to arrive … he said").
		// Not inside a quotation: "“Fertiliser is now dearer,” he said"
		// has its speaker's pronoun, no name's.
		if m := ms[0]; !m.theOrg && !m.placeCue && !m.listPlace && !m.city && !m.inQuote && opensSentence(m) && !commonWords()[m.key] && !pluralOfJob(m.key) && verbAfterName.MatchString(m.para.Text[m.end:]) && pronounAfter.MatchString(m.para.Text[m.end:]) {
			m.kind = actors.Person
			record(get(m, m.key), m)
		} else if m.kind == actors.Person && !m.placeCue && listedWithBody(m, inPara[m.para]) {
			// "dragged by ASML and Infineon": a lone name listed with a
			// body is another body.
			m.kind = actors.Organization
			record(get(m, m.key), m)
		} else if m.kind == actors.Person && !m.theOrg && listedWith(m, inPara[m.para], actors.Place) {
			// "on Naxos, Paros and Santorini", where the corpus knows
			// Paros as a place: a lone name listed with a place is
			// another place.
			m.kind = actors.Place
			record(get(m, m.key), m)
		}
	}
	x.mergeSpellings(order, byKey)
	x.mergePlurals(order, byKey)
	x.mergePlaceSpellings(order, byKey)
	x.mergePeers(order, byKey)
	x.mergeSubdivisions(order, byKey)
	x.mergeInitialed(order, byKey)
	x.mergeNameInitials(order, byKey)
	x.mergeMiddleNames(order, byKey)
	x.mergeSecondSurnames(order, byKey)
	x.mergeRegnalNames(order, byKey)
	x.mergeBirthNames(order, byKey)
	for _, key := range order {
		act := byKey[key]
		if len(act.Where) == 0 {
			continue
		}
		act.Name = unshouted(act.Name, act.Kind)
		act.ID = slug(act.Name)
		for taken[act.ID] {
			act.ID += "-2"
		}
		taken[act.ID] = true
		list = append(list, act)
		seen := map[string]bool{}
		for _, w := range act.Where {
			if !seen[w.Passage] {
				seen[w.Passage] = true
				byPassage[w.Passage] = append(byPassage[w.Passage], act.ID)
			}
		}
	}
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.Total() != b.Total() {
			return a.Total() > b.Total()
		}
		return a.Name < b.Name
	})
	return actors.NewSet(list, byPassage)
}

// descentTitles open the names of descendants of the Prophet as Iranian
// and Gulf agencies write them ("Seyed Abbas X", "Sayyid Badr Y"), which
// other outlets leave out. (South Asia's "Syed" is a given name.)
var descentTitles = wordSet("seyed seyyed sayyid sayyed")

// byArticle cuts the mentions into the runs of one article each.
func (x *extractor) byArticle() [][]*mention {
	var out [][]*mention
	for start := 0; start < len(x.mentions); {
		end := start + 1
		for end < len(x.mentions) && x.mentions[end].art == x.mentions[start].art {
			end++
		}
		out = append(out, x.mentions[start:end])
		start = end
	}
	return out
}

// bodiesByInitials reads a place's abbreviation that spells the initials
// of a body its article names as that body: "SC" in an Indian story
// naming the Supreme Court is the court, not South Carolina.
//
// A body's name written as a word ("Rada", as British outlets write
// RADA) that the lexicon gives another body (Ukraine's Verkhovna Rada)
// is the body of the corpus whose initials it spells ("the Royal Academy
// of Dramatic Art"), unless its article names the lexicon's body in
// full.
func (x *extractor) bodiesByInitials() {
	inCorpus := map[string]*mention{}
	articles := x.byArticle()
	for _, ms := range articles {
		for _, m := range ms {
			if m.kind == actors.Organization && strings.Contains(m.name, " ") && !x.isPlaceName(m.key) && x.lex[m.key].key == "" {
				if in := initialsOf(m.name); len(in) >= 3 && inCorpus[in] == nil {
					inCorpus[in] = m
				}
			}
		}
	}
	for _, ms := range articles {
		byInitials := map[string]*mention{}
		full := map[string]bool{} // the keys the article names with more than one word
		for _, m := range ms {
			if m.kind == actors.Organization && strings.Contains(m.name, " ") && !x.isPlaceName(m.key) {
				if in := initialsOf(m.name); len(in) >= 2 {
					byInitials[in] = m
				}
			}
			if strings.Contains(m.surface, " ") {
				full[m.key] = true
			}
		}
		for _, m := range ms {
			if body := byInitials[m.surface]; body != nil && m.kind == actors.Place && isAcronym(m.surface) {
				m.kind, m.key, m.name = actors.Organization, body.key, body.name
				continue
			}
			if m.kind != actors.Organization || strings.Contains(m.surface, " ") || isAcronym(m.surface) || x.lex[keyOf(m.surface)].key == "" || full[m.key] {
				continue
			}
			if body := inCorpus[strings.ToUpper(fold.String(m.surface))]; body != nil && body.key != m.key {
				m.key, m.name = body.key, body.name
			}
		}
	}
}

// countyBodies names a body written after "county" in small letters
// ("according to the county Health Department") after the one county its
// article names, as local news writes it in full elsewhere: "Harlan
// County Health Department". An article naming two counties leaves it
// as written.
func (x *extractor) countyBodies() {
	for _, ms := range x.byArticle() {
		county := ""
		for _, m := range ms {
			if m.kind != actors.Place || !strings.HasSuffix(m.name, " County") {
				continue
			}
			if county != "" && keyOf(county) != m.key {
				county = ""
				break
			}
			county = m.name
		}
		if county == "" {
			continue
		}
		for _, m := range ms {
			if m.kind == actors.Organization && strings.HasSuffix(m.para.Text[:m.start], " county ") && !strings.Contains(m.name, "County") {
				m.name = county + " " + m.name
				m.key = keyOf(m.name)
			}
		}
	}
}

// mergeSpellings makes one actor of people whose full names are the same
// name spelled two ways by two outlets ("Abdelrahim al-Tayeb", "Abdelrahim
// El-Tayeb"; "Yasir Nourein", "Yasir Nourain"; "Oleksiy Zhuravchuk",
// "Alexei Zhuravchuk"): every word the same or a spelling of it
// (fold.SpellingVariant, fold.FirstSpelling), particles aside. Two people who
// share a surname keep their own actors: their given names differ. So
// does it of places spelled two ways (mergePlaceSpellings).
func (x *extractor) mergeSpellings(order []string, byKey map[string]*actors.Actor) {
	type person struct {
		key   string
		words []string
	}
	buckets := map[string][]person{}
	bySkeleton := map[string]person{}
	byJoined := map[string]person{}
	into := map[*actors.Actor]*actors.Actor{}
	// "NAGAMORI Koji", as Japan's government writes him, is the "Koji
	// Nagamori" of the agencies: two words, the surname in capitals
	// first, are the same name in the other order.
	for _, key := range order {
		act := byKey[key]
		words := strings.Fields(key)
		if act.Kind != actors.Person || len(act.Where) == 0 || len(words) != 2 || !capitalSurnameFirst(act.Name) {
			continue
		}
		if other := byKey[words[1]+" "+words[0]]; other != nil && other != act && other.Kind == actors.Person && len(other.Where) > 0 {
			into[act] = other
		}
	}
	// "Kazama Ren", as some outlets order Japanese names, is another's
	// "Ren Kazama": two words swapped, in articles telling one story
	// (and never both in one article, where they would be two people).
	var named map[string][]*actors.Actor
	for _, key := range order {
		act := byKey[key]
		words := strings.Fields(key)
		if act.Kind != actors.Person || len(act.Where) == 0 || len(words) != 2 || into[act] != nil {
			continue
		}
		other := byKey[words[1]+" "+words[0]]
		if other == nil || other == act || other.Kind != actors.Person || len(other.Where) == 0 || into[other] != nil || sharesArticle(act, other) {
			continue
		}
		if named == nil {
			named = namedByArticle(order, byKey)
		}
		if !sharesStory(named, other, anyArticle(act)) {
			continue
		}
		if other.Total() < act.Total() {
			into[other] = act
		} else {
			into[act] = other
		}
	}
	for _, key := range order {
		act := byKey[key]
		if act.Kind != actors.Person || len(act.Where) == 0 || into[act] != nil {
			continue
		}
		words := nameWords(key)
		if len(words) < 2 {
			continue
		}
		// "Park Min-seo" and "Park Minseo": the same letters, the
		// given name's hyphen dropped by one outlet, so split in other
		// words.
		joined := strings.Join(words, "")
		if other, ok := byJoined[joined]; ok && len(other.words) != len(words) && (other.words[0] == words[0] || other.words[len(other.words)-1] == words[len(words)-1]) {
			into[act] = byKey[other.key]
			continue
		} else if !ok {
			byJoined[joined] = person{key, words}
		}
		// Spellings differ after the first letters: bucket by the given
		// name's first letter (of its group's first spelling, so that
		// Oleksiy and Alexei meet) and the number of words.
		b := fold.FirstSpelling(words[0])[:1] + strconv.Itoa(len(words))
		for _, other := range buckets[b] {
			if sameNameSpelled(words, other.words) {
				into[act] = byKey[other.key]
				break
			}
		}
		if into[act] != nil {
			continue
		}
		buckets[b] = append(buckets[b], person{key, words})
		// The same name with its words split another way ("Abdulrahman",
		// "Abdul Rahman") and spelled another way: the same consonants.
		skel := nameSkeleton(words)
		if utf8.RuneCountInString(skel) < skeletonMinRunes {
			continue
		}
		if other, ok := bySkeleton[skel]; ok && splitOtherwise(words, other.words) {
			into[act] = byKey[other.key]
		} else if !ok {
			bySkeleton[skel] = person{key, words}
		}
	}
	mergePlaceSpellings(order, byKey, into)
	mergeSpelledHolders(order, byKey, into)
	x.mergeInto(into)
}

// mergePlaceSpellings joins places whose names are, word for word, the
// same or spellings of one name as outlets transliterate it
// (fold.FirstSpelling): one outlet's "Johor Bahru" is another's "Johor
// Baru", "Kota Bharu" "Kota Baru"; and "City of X" is "X City".
func mergePlaceSpellings(order []string, byKey map[string]*actors.Actor, into map[*actors.Actor]*actors.Actor) {
	first := map[string]*actors.Actor{}
	for _, key := range order {
		act := byKey[key]
		if act.Kind != actors.Place || len(act.Where) == 0 || into[act] != nil {
			continue
		}
		words := strings.Fields(key)
		// "CITY OF MALOLOS", as a dateline writes it, is Malolos City.
		if len(words) >= 3 && words[0] == "city" && words[1] == "of" {
			words = append(words[2:], "city")
		}
		for i, w := range words {
			words[i] = fold.FirstSpelling(w)
		}
		k := strings.Join(words, " ")
		if other, ok := first[k]; ok {
			into[act] = other
		} else {
			first[k] = act
		}
	}
}

// transliterated writes the letters that romanisations of Persian and
// Arabic names spell apart alike: "gh", "q", "g" and "k" as k, "w" as
// v, and "h" after a consonant dropped, so that one outlet's "Hamidreza
// Gholami" and another's "Hamid Reza Qolami" have one skeleton.
func transliterated(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		var b strings.Builder
		var last rune
		for _, r := range strings.ToLower(w) {
			switch r {
			case 'q', 'g', 'c':
				r = 'k'
			case 'w':
				r = 'v'
			case 'h':
				if last != 0 && !isVowelRune(last) && unicode.IsLetter(last) {
					continue
				}
			}
			b.WriteRune(r)
			last = r
		}
		out[i] = b.String()
	}
	return out
}

// officeKey is an office as two outlets may write it: "Iran's Foreign
// Ministry spokesman" and "Foreign Ministry Spokesman" are one.
func officeKey(role string) string {
	r := strings.ToLower(strings.ReplaceAll(role, "’", "'"))
	if i := strings.Index(r, "'s "); i > 0 && !strings.Contains(r[:i], " ") {
		r = r[i+len("'s "):]
	}
	return strings.TrimPrefix(r, "the ")
}

// sameOffice reports whether two roles are one office (officeKey).
func sameOffice(a, b string) bool { return officeKey(a) == officeKey(b) }

// holderSkeletonMinRunes is the fewest consonants the names of two
// holders of one office need to be read as one name by their skeleton.
const holderSkeletonMinRunes = 6

// mergeSpelledHolders joins two people whom no article names together,
// who hold the same office as their articles call it ("Egyptian Foreign
// Minister") and whose names have the same consonants in order
// (nameSkeleton, hyphens split, particles aside): one outlet's "Badr
// Abdelatty" is another's "Bader Abdelattay", and "Abdel-Fattah al-Sisi"
// is "Abdel Fattah el-Sissi". A short given name spelled with a vowel
// more ("Badr", "Bader") is below SpellingVariant's length, and such
// skeletons below skeletonMinRunes, where a name alone is not enough;
// the office held in both articles is the evidence. Two people named in
// one article stay two.
func mergeSpelledHolders(order []string, byKey map[string]*actors.Actor, into map[*actors.Actor]*actors.Actor) {
	bySkeleton := map[string][]*actors.Actor{}
	for _, key := range order {
		act := byKey[key]
		if act.Kind != actors.Person || len(act.Where) == 0 || into[act] != nil || !slices.ContainsFunc(act.Roles, officeRole) {
			continue
		}
		words := hyphenParts(nameWords(key))
		if len(words) < 2 || strings.ContainsAny(key, "0123456789") {
			continue
		}
		skel := nameSkeleton(transliterated(words))
		if utf8.RuneCountInString(skel) < holderSkeletonMinRunes {
			continue
		}
		i := slices.IndexFunc(bySkeleton[skel], func(other *actors.Actor) bool {
			return !sharesArticle(act, other) && slices.ContainsFunc(act.Roles, func(r string) bool {
				return officeRole(r) && slices.ContainsFunc(other.Roles, func(o string) bool { return sameOffice(o, r) })
			})
		})
		if i >= 0 {
			into[act] = bySkeleton[skel][i]
		} else {
			bySkeleton[skel] = append(bySkeleton[skel], act)
		}
	}
}

// officeRole reports whether a role names an office in two words or more
// ("Egyptian President"), not a bare title.
func officeRole(r string) bool { return strings.Contains(r, " ") }

// mergePlurals makes one body of a group's name and its plural, each one
// word: "the Houthis" and "a Houthi spokesman", "Tories" and "Tory".
func (x *extractor) mergePlurals(order []string, byKey map[string]*actors.Actor) {
	into := map[*actors.Actor]*actors.Actor{}
	for _, key := range order {
		act := byKey[key]
		if act.Kind != actors.Organization || len(act.Where) == 0 || strings.Contains(key, " ") || utf8.RuneCountInString(key) < 4 {
			continue
		}
		var singular string
		switch {
		case strings.HasSuffix(key, "ies"):
			singular = strings.TrimSuffix(key, "ies") + "y"
		case strings.HasSuffix(key, "s") && !strings.HasSuffix(key, "ss"):
			singular = strings.TrimSuffix(key, "s")
		default:
			continue
		}
		if one := byKey[singular]; one != nil && one != act && one.Kind == actors.Organization && len(one.Where) > 0 {
			into[one] = act
		}
	}
	x.mergeInto(into)
}

// mergePlaceSpellings makes one place of a name two outlets split in
// words differently: "Hải Phòng" and "Haiphong", the same letters.
func (x *extractor) mergePlaceSpellings(order []string, byKey map[string]*actors.Actor) {
	into := map[*actors.Actor]*actors.Actor{}
	byJoined := map[string]string{} // the letters run together → the first key so spelled
	for _, key := range order {
		act := byKey[key]
		if act.Kind != actors.Place || len(act.Where) == 0 || into[act] != nil {
			continue
		}
		joined := strings.ReplaceAll(key, " ", "")
		if utf8.RuneCountInString(joined) < minJoinedPlaceRunes {
			continue
		}
		otherKey, ok := byJoined[joined]
		if !ok {
			byJoined[joined] = key
			continue
		}
		other := byKey[otherKey]
		if other == act || into[other] != nil || strings.Count(otherKey, " ") == strings.Count(key, " ") {
			continue
		}
		if other.Total() < act.Total() {
			into[other], byJoined[joined] = act, key
		} else {
			into[act] = other
		}
	}
	x.mergeInto(into)
}

// mergePeers makes one person of a peer named by the title and a surname
// ("Lord Attenborough") and the one person the same articles name in full
// with that surname ("Richard Attenborough"). A peer whose title is no
// surname the articles give ("Lord Corriemuir") stays a person of that
// name.
func (x *extractor) mergePeers(order []string, byKey map[string]*actors.Actor) {
	into := map[*actors.Actor]*actors.Actor{}
	for _, key := range order {
		peer := byKey[key]
		title, surname, ok := strings.Cut(peer.Name, " ")
		if peer.Kind != actors.Person || !ok || !peerTitles[strings.ToLower(title)] || strings.Contains(surname, " ") {
			continue
		}
		k, ok := soleMatch(order, func(k string) bool {
			act := byKey[k]
			first, _, _ := strings.Cut(act.Name, " ")
			return act != peer && act.Kind == actors.Person && sharesArticle(act, peer) && strings.HasSuffix(act.Name, " "+surname) && !peerTitles[strings.ToLower(first)]
		})
		if ok {
			addUnique(&byKey[k].Aliases, peer.Name)
			into[peer] = byKey[k]
		}
	}
	x.mergeInto(into)
}

// mergeInitialed makes one person of a name written with its given
// name's initial ("S. Williams", as a scoreline or a transcript writes
// it) and the one person of the corpus named in full with that initial
// and surname ("Serena Williams"). Two such people, or none, leave it a
// person of its own.
func (x *extractor) mergeInitialed(order []string, byKey map[string]*actors.Actor) {
	bySurname := map[string][]*actors.Actor{}
	for _, key := range order {
		act := byKey[key]
		if act.Kind != actors.Person {
			continue
		}
		f := strings.Fields(act.Name)
		if len(f) >= 2 && !initialWord(f[0]) {
			last := strings.ToLower(fold.String(f[len(f)-1]))
			bySurname[last] = append(bySurname[last], act)
		}
	}
	into := map[*actors.Actor]*actors.Actor{}
	for _, key := range order {
		act := byKey[key]
		f := strings.Fields(act.Name)
		if act.Kind != actors.Person || len(f) != 2 || !initialWord(f[0]) {
			continue
		}
		match, ok := soleMatch(bySurname[strings.ToLower(fold.String(f[1]))], func(full *actors.Actor) bool {
			return strings.HasPrefix(strings.ToLower(fold.String(full.Name)), strings.ToLower(f[0][:1]))
		})
		if ok {
			addUnique(&match.Aliases, act.Name)
			into[act] = match
		}
	}
	x.mergeInto(into)
}

// branchByCity reports whether a body's name is its initials and a
// place's name after them ("CNOOC Tianjin", "UNDP Kabul"): a branch.
func branchByCity(name string) bool {
	f := strings.Fields(name)
	return len(f) >= 2 && !slices.ContainsFunc(f[:len(f)-1], func(w string) bool { return !isAcronym(w) })
}

// mergeShorter makes one person of each person the corpus names in
// short (short) and the one other person whose fuller name fuller
// accepts, the short name among the fuller one's; two such people, or
// none, leave it a person of its own. fuller accepts only names that
// begin as the short one does (their first words' keys alike), so only
// the people whose names begin so are weighed: weighing every person
// against every other made this most of the time of finding a few
// thousand articles' actors.
func (x *extractor) mergeShorter(order []string, byKey map[string]*actors.Actor, short func(s *actors.Actor, words []string) bool, fuller func(words []string, full *actors.Actor, fullWords []string) bool) {
	var people []string
	words := map[string][]string{}
	byFirst := map[string][]string{}
	for _, k := range order {
		if p := byKey[k]; p.Kind == actors.Person {
			people = append(people, k)
			words[k] = strings.Fields(p.Name)
			first := firstKey(p.Name)
			byFirst[first] = append(byFirst[first], k)
		}
	}
	into := map[*actors.Actor]*actors.Actor{}
	for _, key := range people {
		s, f := byKey[key], words[key]
		if !short(s, f) {
			continue
		}
		// A first word with no letters keys nothing: weigh everyone.
		cands := people
		if len(f) > 0 && firstKey(f[0]) != "" {
			cands = byFirst[firstKey(s.Name)]
		}
		k, ok := soleMatch(cands, func(k string) bool {
			full := byKey[k]
			return full != s && fuller(f, full, words[k])
		})
		if ok {
			addUnique(&byKey[k].Aliases, s.Name)
			into[s] = byKey[k]
		}
	}
	x.mergeInto(into)
}

// firstKey is the first word of a name's key ("jose" for "José María
// Aznar").
func firstKey(name string) string {
	first, _, _ := strings.Cut(keyOf(name), " ")
	return first
}

// mergeMiddleNames makes one person of a name of two words ("Bola
// Tinubu") and the one person of the corpus named with the same first and
// last words and a middle name or more between ("Bola Ahmed Tinubu"), as
// outlets write one person with and without it.
func (x *extractor) mergeMiddleNames(order []string, byKey map[string]*actors.Actor) {
	x.mergeShorter(order, byKey, func(_ *actors.Actor, f []string) bool {
		return len(f) == 2 && !initialWord(f[0])
	}, func(f []string, _ *actors.Actor, g []string) bool {
		return len(g) >= 3 && keyOf(g[0]) == keyOf(f[0]) && keyOf(g[len(g)-1]) == keyOf(f[1]) && !slices.ContainsFunc(g[1:len(g)-1], func(w string) bool { return connectors[strings.ToLower(w)] })
	})
}

// mergeSecondSurnames makes one person of a name ("Patricia Esquivel",
// "Héctor Manuel Quiroz") and the one person of the corpus named with the
// same words and one surname more ("Patricia Esquivel Montaño"), as
// Spanish names carry a second surname (the mother's) that many outlets
// leave out. A generation's mark (Jr., III) is no surname, and a name
// ending in a given name ("Héctor Manuel") is a person's given names, not
// a name with its surname.
func (x *extractor) mergeSecondSurnames(order []string, byKey map[string]*actors.Actor) {
	x.mergeShorter(order, byKey, func(s *actors.Actor, f []string) bool {
		return len(s.Where) > 0 && len(f) >= 2 && !initialWord(f[0]) && !givenName(f[len(f)-1])
	}, func(f []string, full *actors.Actor, g []string) bool {
		return len(full.Where) > 0 && len(g) == len(f)+1 && keyOf(strings.Join(g[:len(f)], " ")) == keyOf(strings.Join(f, " ")) && secondSurname(g[len(f)])
	})
}

// mergeRegnalNames makes one person of a single name ("Leo", left of
// "Pope Leo" once the title is cut) and the one person of the corpus
// named by it and a regnal number ("Leo XIV"), as outlets write a pope or
// a monarch with the number and without it.
func (x *extractor) mergeRegnalNames(order []string, byKey map[string]*actors.Actor) {
	x.mergeShorter(order, byKey, func(s *actors.Actor, f []string) bool {
		return len(s.Where) > 0 && len(f) == 1
	}, func(f []string, full *actors.Actor, g []string) bool {
		return len(full.Where) > 0 && len(g) == 2 && keyOf(g[0]) == keyOf(f[0]) && regnalNumber(g[1])
	})
}

// mergeBirthNames makes one person of a birth name ("Margarethe Anna
// Vollrath", as an obituary gives it) and the one person of the same
// article named with the same given name and the birth surname joined to
// a married one ("Margarethe Vollrath-Kaye").
func (x *extractor) mergeBirthNames(order []string, byKey map[string]*actors.Actor) {
	var born *actors.Actor // the short name's person, which fuller weighs next
	x.mergeShorter(order, byKey, func(s *actors.Actor, f []string) bool {
		born = s
		return len(s.Where) > 0 && len(f) >= 2 && !initialWord(f[0]) && !strings.Contains(f[len(f)-1], "-")
	}, func(f []string, full *actors.Actor, g []string) bool {
		first, _, hyphen := strings.Cut(g[len(g)-1], "-")
		return len(full.Where) > 0 && len(g) == 2 && hyphen && keyOf(g[0]) == keyOf(f[0]) && keyOf(first) == keyOf(f[len(f)-1]) && sharesArticle(full, born)
	})
}

// regnalNumber reports whether w is a monarch's or a pope's number in
// Roman numerals ("II", "XIV").
func regnalNumber(w string) bool {
	return w != "" && strings.Trim(w, "IVXL") == "" && w != "L"
}

// generationMarks follow a name to tell a father from a son ("Jr.") or a
// monarch from an ancestor ("III").
var generationMarks = wordSet("jr jr. sr sr. ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi")

// secondSurname reports whether w, after a person's name, may be a
// second surname: a capitalised word, no generation's mark, connector or
// initial.
func secondSurname(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	lw := strings.ToLower(w)
	return unicode.IsUpper(r) && !generationMarks[lw] && !connectors[lw] && !initialWord(w)
}

// mergeNameInitials makes one person of capitals that spell the initials
// of every word of one person's full name in the corpus ("AMLO" and
// "Andrés Manuel López Obrador", "MBS" and "Mohammed bin Salman"): a
// leader the press calls by initials, which read alone as a body's. Two
// such people, or none, leave the capitals a body's.
func (x *extractor) mergeNameInitials(order []string, byKey map[string]*actors.Actor) {
	// The people by their names' initials, each worked out once.
	byInitials := map[string][]string{}
	for _, k := range order {
		if p := byKey[k]; p.Kind == actors.Person && distinctInitials(p.Name) {
			initials := nameInitials(p.Name)
			byInitials[initials] = append(byInitials[initials], k)
		}
	}
	into := map[*actors.Actor]*actors.Actor{}
	for _, key := range order {
		act := byKey[key]
		if act.Kind != actors.Organization || len(act.Name) < minNameInitials || !isAcronym(act.Name) || strings.ContainsAny(act.Name, ".&()/") || x.lex[keyOf(act.Name)].key != "" {
			continue
		}
		if named := byInitials[act.Name]; len(named) == 1 {
			k := named[0]
			addUnique(&byKey[k].Aliases, act.Name)
			into[act] = byKey[k]
		}
	}
	x.mergeInto(into)
}

// minNameInitials is the fewest initials read as a person's: two capitals
// are too often a body's.
const minNameInitials = 3

// distinctInitials reports whether a name's initials are unlike a body's
// by chance: four words or more ("Andrés Manuel López Obrador"), or three
// with a particle among them ("Mohammed bin Salman"). Three plain words'
// initials meet bodies' too often ("VAR", "CPR", "RTS" beside people so
// named).
func distinctInitials(name string) bool {
	f := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	return len(f) >= 4 || len(f) == 3 && slices.ContainsFunc(f, func(w string) bool { return connectors[w] })
}

// nameInitials are the first letters of every word of a name (parts of
// a hyphenated one each a word), unaccented, in capitals: "AMLO" for
// "Andrés Manuel López Obrador".
func nameInitials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		f := fold.String(w)
		if f == "" {
			return ""
		}
		b.WriteString(strings.ToUpper(f[:1]))
	}
	return b.String()
}

// soleMatch returns the one item of items that ok accepts, and false when
// none does or two do: two people of a surname are neither.
func soleMatch[T any](items []T, ok func(T) bool) (T, bool) {
	var match T
	found := false
	for _, it := range items {
		if !ok(it) {
			continue
		}
		if found {
			var none T
			return none, false
		}
		match, found = it, true
	}
	return match, found
}

// initialWord reports whether w is a given name's initial: "S.".
func initialWord(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// mergeSubdivisions makes one place of a province, a state or a
// prefecture named with its word and without it in one article ("Kwara
// State … Kwara", "North Kivu Province … North Kivu"): the article means
// one place. (Not "New York State" and "New York", a state and its
// city, called so to tell them apart.)
func (x *extractor) mergeSubdivisions(order []string, byKey map[string]*actors.Actor) {
	into := map[*actors.Actor]*actors.Actor{}
	for _, key := range order {
		sub := byKey[key]
		i := strings.LastIndex(sub.Name, " ")
		if sub.Kind != actors.Place || i < 0 || !mergedSubdivisionWords[strings.ToLower(sub.Name[i+1:])] || cityStates[sub.Name[:i]] {
			continue
		}
		// Not a city the province is named after ("Lagos State" and
		// Lagos, "Kharkiv Oblast" and Kharkiv), nor a country ("Niger
		// State" and Niger).
		bareKey := keyOf(sub.Name[:i])
		bare := byKey[bareKey]
		if bare == nil || bare == sub || bare.Kind != actors.Place || !sharesArticle(bare, sub) || into[bare] != nil || x.isCity(bareKey) && !x.provinces[bareKey] || x.lex[bareKey].kind != "" {
			continue
		}
		addUnique(&bare.Aliases, sub.Name)
		into[sub] = bare
	}
	x.mergeInto(into)
}

// mergedSubdivisionWords end the names of provinces and states that
// articles also name without them.
var mergedSubdivisionWords = wordSet("state province prefecture oblast governorate region")

// cityStates are cities that share a state's name, which "State" tells
// apart: "New York State".
var cityStates = map[string]bool{"New York": true, "Washington": true}

// minJoinedPlaceRunes is the shortest place name read as another's split
// otherwise: short names run together meet by chance.
const minJoinedPlaceRunes = 6

// mergeInto moves each actor's mentions, aliases and roles to the actor
// into maps it to.
func (x *extractor) mergeInto(into map[*actors.Actor]*actors.Actor) {
	if len(into) == 0 {
		return
	}
	// In a fixed order, so that an actor that others join gets their
	// aliases and roles in the same order on every run.
	acts := make([]*actors.Actor, 0, len(into))
	for act := range into {
		acts = append(acts, act)
	}
	sort.Slice(acts, func(i, j int) bool {
		if a, b := firstSeq(acts[i]), firstSeq(acts[j]); a != b {
			return a < b
		}
		return acts[i].Name < acts[j].Name
	})
	for _, act := range acts {
		target := into[act]
		for into[target] != nil {
			target = into[target]
		}
		target.Where = append(target.Where, act.Where...)
		sort.SliceStable(target.Where, func(i, j int) bool { return target.Where[i].Seq < target.Where[j].Seq })
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

// firstSeq is the place of an actor's first mention in the corpus, or -1
// for an actor not named.
func firstSeq(act *actors.Actor) int {
	if len(act.Where) == 0 {
		return -1
	}
	return act.Where[0].Seq
}

// sharesArticle reports whether two actors are named in one article.
func sharesArticle(a, b *actors.Actor) bool {
	for art := range a.Mentions {
		if b.Mentions[art] > 0 {
			return true
		}
	}
	return false
}

// anyArticle returns the first article, in the order of its mentions,
// that names act.
func anyArticle(act *actors.Actor) string {
	return act.Where[0].Article
}

// nameWords is a person's key without the particles that transliterations
// write one way or another ("al", "el").
func nameWords(key string) []string {
	var out []string
	for _, w := range strings.Fields(key) {
		if !particles[w] || w == "bin" || w == "binti" || w == "binte" || w == "ibn" || w == "abu" || w == "ben" {
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
		case fold.SpellingVariant(a[i], b[i]) || fold.FirstSpelling(a[i]) == fold.FirstSpelling(b[i]):
			differ = true
		default:
			return false
		}
	}
	return differ || strings.Join(a, " ") == strings.Join(b, " ")
}

// skeletonMinRunes is the fewest consonants a name's skeleton needs for
// two names split into words differently to be read as one: short
// skeletons are shared by different people.
const skeletonMinRunes = 8

// nameSkeleton is a name's consonants in order, its words run together,
// a doubled letter once, and the dh of Arabic names (ذ) as d: the same
// for "Muhammad Abdul Rahman al-Qadi" and "Mohammed Abdulrahman
// al-Qadhi", whose outlets split and spell the name their own ways.
func nameSkeleton(words []string) string {
	var b strings.Builder
	var last rune
	for _, w := range words {
		// "al-Dbeiba" and "Dbeibah": the article before an Arabic
		// surname, and an "h" after its last vowel, are spelled by some
		// outlets and not by others.
		w = strings.TrimPrefix(strings.TrimPrefix(w, "al-"), "el-")
		for k, r := range w {
			switch {
			case !unicode.IsLetter(r):
			case isVowelRune(r):
				last = r // "m…m" of "Muhammad" are two, its "mm" one
			case r == last, r == 'h' && last == 'd':
			case r == 'h' && isVowelRune(last) && k == len(w)-1 && len(w) > 3:
			default:
				b.WriteRune(r)
				last = r
			}
		}
	}
	return b.String()
}

func isVowelRune(r rune) bool { return strings.ContainsRune("aeiouy", r) }

// splitOtherwise reports whether two names of one skeleton are one name
// whose words are split differently ("Abdel Salam", "Abdulsalam"): a
// different number of words, the first and last words of the same
// skeleton. Two names of as many words are sameNameSpelled's to judge:
// "Dan Petersen" and "Diane Petersen" are two people.
func splitOtherwise(a, b []string) bool {
	a, b = hyphenParts(a), hyphenParts(b)
	return len(a) != len(b) &&
		nameSkeleton(a[len(a)-1:]) == nameSkeleton(b[len(b)-1:]) &&
		(nameSkeleton(a[:1]) == nameSkeleton(b[:1]) || nameSkeleton(a[:len(a)-1]) == nameSkeleton(b[:len(b)-1]))
}

// hyphenParts splits the hyphenated words of a name ("abdulsalam-nasr").
func hyphenParts(words []string) []string {
	var out []string
	for _, w := range words {
		out = append(out, strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '‐' })...)
	}
	return out
}

// people indexes the people found so far, for the lookups of merge:
// without it, each lone name and each new full name was compared with
// every actor, quadratic in the corpus (BenchmarkExtract1000 and
// docs/bench.md).
type people struct {
	// byWord lists the people by each word of their key, in the order
	// they were found.
	byWord map[string][]*actors.Actor
	// bySuffix maps the last two or more words of a person's key to the
	// first person found whose key ends so.
	bySuffix map[string]string
	// inArticle is how often, and first where, a person is named in an
	// article.
	inArticle map[personArticle]*namedIn
	// byKey is each person by the key they were found under.
	byKey map[string]*actors.Actor
	// byRole lists the people by the keys of their roles.
	byRole map[string][]*actors.Actor
	// byArticle lists the people each article names, in the order met.
	byArticle map[string][]*actors.Actor
	// shares, once set, reports whether a person is named in an article
	// telling the same story as the article given (sharesStory).
	shares func(act *actors.Actor, article string) bool
}

type personArticle struct {
	act     *actors.Actor
	article string
}

// namedIn is how often, and first where, a person is named in an
// article, and the opening mention of each paragraph naming them there.
type namedIn struct {
	count, first int
	// opens holds, per paragraph naming the person, its first mention
	// of them recorded so far: a few, searched in order.
	opens []*mention
}

// opening returns the first mention of the person recorded in the
// paragraph para, or nil.
func (n *namedIn) opening(para *corpus.Paragraph) *mention {
	for _, o := range n.opens {
		if o.para == para {
			return o
		}
	}
	return nil
}

func newPeople() *people {
	return &people{byKey: map[string]*actors.Actor{}, byWord: map[string][]*actors.Actor{}, bySuffix: map[string]string{}, inArticle: map[personArticle]*namedIn{}, byRole: map[string][]*actors.Actor{}, byArticle: map[string][]*actors.Actor{}}
}

// add indexes a person found under key.
func (p *people) add(key string, act *actors.Actor) {
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
func (p *people) saw(act *actors.Actor, m *mention, seq int) {
	k := personArticle{act, m.art.ID}
	n := p.inArticle[k]
	if n == nil {
		n = &namedIn{first: seq}
		p.inArticle[k] = n
		p.byArticle[m.art.ID] = append(p.byArticle[m.art.ID], act)
	}
	n.count++
	n.first = min(n.first, seq)
	for i, o := range n.opens {
		if o.para == m.para {
			if m.start < o.start {
				n.opens[i] = m
			}
			return
		}
	}
	n.opens = append(n.opens, m)
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

// capitalSurnameFirst reports whether a name of two words writes its
// first in capitals and its second not: "NAGAMORI Koji".
func capitalSurnameFirst(name string) bool {
	f := strings.Fields(name)
	if len(f) != 2 || len([]rune(f[0])) < 2 {
		return false
	}
	return strings.ToUpper(f[0]) == f[0] && strings.ToLower(f[0]) != f[0] && strings.ToUpper(f[1]) != f[1]
}

// resolveSingle finds the person a lone word names: among the corpus's
// people whose full name has that word, the one the article names most in
// full (the earliest on a tie); failing that, the one the corpus names most
// (the first seen on a tie).
func (p *people) resolveSingle(m *mention) *actors.Actor {
	// A hyphenated lone name ("al-Tayeb") ends a full name.
	if strings.Contains(m.key, " ") {
		// "Ruiz-Tagle said" after "Esteban Ruiz-Tagle Oyarzún": a
		// Spanish name's first surname, inside the full name, names the
		// one person of the article whose name holds it; so does "Ms
		// Whitcombe-Hale" the article's Joanne Whitcombe-Hale, though
		// another article names a Jordan Whitcombe-Hale first.
		first, _, _ := strings.Cut(m.key, " ")
		var found *actors.Actor
		for _, act := range p.byWord[first] {
			if n := p.inArticle[personArticle{act, m.art.ID}]; n == nil || !strings.Contains(" "+keyOf(act.Name)+" ", " "+m.key+" ") {
				continue
			}
			if found != nil {
				return nil
			}
			found = act
		}
		if found != nil {
			return found
		}
		if full, ok := p.bySuffix[m.key]; ok {
			return p.byKey[full]
		}
		return nil
	}
	cands := p.byWord[m.key]
	// "Ms Lim" is not the Mr Lim Ah Seng of the article, but his
	// daughter Lim Pei Shan: an honorific says which.
	if first, _, ok := strings.Cut(m.surface, " "); ok && len(cands) > 1 {
		pronoun := ""
		switch lw := strings.ToLower(first); {
		case menTitles[lw]:
			pronoun = "he"
		case womenTitles[lw]:
			pronoun = "she"
		}
		if pronoun != "" {
			var fit []*actors.Actor
			for _, act := range cands {
				if !roleContradicts(act, pronoun) {
					fit = append(fit, act)
				}
			}
			if len(fit) > 0 {
				cands = fit
			}
		}
	}
	if len(cands) == 0 {
		return p.surnameSpelled(m)
	}
	// "Prime Minister Zwaiba" in an article naming his adviser Walid
	// Zwaiba too: the one of them who holds the office the lone name
	// is given.
	if m.role != "" && len(cands) > 1 {
		if act, ok := soleMatch(cands, func(act *actors.Actor) bool { return holdsOffice(act, m.role) }); ok {
			return act
		}
	}
	best, bestCount, bestFirst := (*actors.Actor)(nil), -1, 1<<30
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
	// comparison has picked the corpus's best known; of them, one of an
	// article telling the same story goes first ("Okonjo, in dissent"
	// is the justice of the other report of the ruling, not a judge of
	// the corpus named Okonjo-Brandt more often).
	if bestCount <= 0 {
		if p.shares != nil && !p.shares(best, m.art.ID) {
			for _, act := range cands {
				if act != best && p.shares(act, m.art.ID) {
					return act
				}
			}
		}
		return best
	}
	// "Manuel Duarte, now 68, … “…,” the elder Duarte said", in an
	// article naming his son Rui Duarte more: of the people of the
	// article who share the word, the one its paragraph opens with, named
	// in full ("Kim's grandfather, Kim Il Sung, … Kim said" stays Kim
	// Jong Un's, whom the paragraph opens with).
	var subject *actors.Actor
	subjectAt, full := m.start, false
	for _, act := range cands {
		n := p.inArticle[personArticle{act, m.art.ID}]
		if n == nil {
			continue
		}
		if o := n.opening(m.para); o != nil && o.end <= m.start && o.start < subjectAt {
			subject, subjectAt, full = act, o.start, strings.Contains(o.surface, " ")
		}
	}
	if subject != nil && full {
		return subject
	}
	return best
}

// holdsOffice reports whether one of act's roles ends with the office
// role names: "Libya's Tripoli-based prime minister" holds "Prime
// Minister".
func holdsOffice(act *actors.Actor, role string) bool {
	office := officeKey(role)
	return slices.ContainsFunc(act.Roles, func(r string) bool {
		k := officeKey(r)
		return k == office || strings.HasSuffix(k, " "+office)
	})
}

// surnameSpelled finds the one person of m's article whose surname the
// lone word m spells another way: "Mathews has amassed" after "Angelo
// Matthews" (outlets, and sometimes one article, trade a doubled letter or
// a vowel). Short words are left alone: too many names are a letter apart.
func (p *people) surnameSpelled(m *mention) *actors.Actor {
	if utf8.RuneCountInString(m.key) < 5 {
		return nil
	}
	var found *actors.Actor
	for _, act := range p.byArticle[m.art.ID] {
		f := strings.Fields(keyOf(act.Name))
		if act.Kind != actors.Person || len(f) < 2 || !fold.SpellingVariant(f[len(f)-1], m.key) {
			continue
		}
		if found != nil && found != act {
			return nil
		}
		found = act
	}
	return found
}

// holds records that a person holds a role.
func (p *people) holds(act *actors.Actor, role string) {
	k := keyOf(role)
	if !slices.Contains(p.byRole[k], act) {
		p.byRole[k] = append(p.byRole[k], act)
	}
}

// resolveRole finds the one person whose role is the referenced one.
func (p *people) resolveRole(key string) *actors.Actor {
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

// teamOfficerAfter reports whether text names a team's officer after name,
// in small letters: "the Leicester boss", "a Toulouse striker".
func teamOfficerAfter(text, name string) bool {
	for i := strings.Index(text, name+" "); i >= 0; {
		rest := text[i+len(name)+1:]
		w, _, _ := strings.Cut(rest, " ")
		w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(w, ".,;:"), "'s"), "’s")
		if clubTitles[w] {
			return true
		}
		j := strings.Index(rest, name+" ")
		if j < 0 {
			break
		}
		i += len(name) + 1 + j
	}
	return false
}

// clubAfter is "from", "against", "a move to", "second behind" or
// "leaders" before a club named by its city; clubSentence a word of transfers, matches
// or the table in its paragraph.
var (
	clubAfter    = &lazyregexp.Regexp{Expr: `(?:\b(?:from|against|play|plays|host|hosts|visit|visits|behind|above|below|ahead\s+of|(?:move|switch|transfer)\s+to|leaders|champions|holders|rivals)|\d[-–]\d\s+(?:(?:draw|win|defeat|loss)\s+)?at)\s+$`}
	clubSentence = &lazyregexp.Regexp{Expr: `\b(?:joined|joins|signed|signs|signing|bid|offer|loan|transfer|move|switch|debut|match|fixture|beat|beaten|drew|held|lost|won|faces?|play|plays|host|hosts|visit|visits|kick-off|scored|finished|points|table)\b`}
	// footballLeague is the name of a football league or cup: an article
	// naming one is about clubs.
	footballLeague = &lazyregexp.Regexp{Expr: `^(?:Premier League|English Premier League|Championship|La Liga|Bundesliga|Serie A|Ligue 1|Eredivisie|Primeira Liga|Scottish Premiership|Brasileirão|Major League Soccer|MLS|Champions League|Europa League|Conference League|FA Cup|League Cup|Copa del Rey|Copa Libertadores)$`}
)

// clubSuffixes follow a city's name in a club's: "Leicester City",
// "Hull City", "Leeds United".
var clubSuffixes = wordSet("city united town rovers athletic albion wanderers county fc")

// personNamed reports whether m reads as a person named by a given name
// ("Maria Callas"), whom a biopic of that title in another article
// leaves a person.
func personNamed(m *mention) bool {
	first, _, _ := strings.Cut(m.name, " ")
	return m.kind == actors.Person && givenName(first)
}

// namedAfter reports whether o, a body whose name opens with person m's
// name, is named after that person: m's first word a given name and the
// rest of o's name a noun of what is named after people ("the Ingrid
// Sørlie Observatory", "the Nelson Mandela Foundation"), not of a firm
// ("Ralph Lauren Corp.").
func namedAfter(m, o *mention) bool {
	first, _, _ := strings.Cut(m.name, " ")
	if !givenName(first) {
		return false
	}
	rest := strings.Fields(strings.TrimPrefix(o.key, m.key+" "))
	return len(rest) > 0 && slices.ContainsFunc(rest, func(w string) bool { return eponymNouns[w] })
}

// eponymNouns name what is named after a person.
var eponymNouns = wordSet("observatory telescope foundation institute center centre prize award trophy medal hospital museum gallery library university college school academy stadium arena airport bridge memorial fund trust lecture scholarship fellowship laboratory")

// bodyNamedFirst returns the organisation of ms, named in m's article,
// whose name begins with m's word, or nil.
func bodyNamedFirst(ms []*mention, m *mention) *mention {
	for _, o := range ms {
		// Not "Devon" for "Devon and Cornwall Police": the first of two
		// names a body joins is one of the places it serves, or a
		// partner of a firm ("Marks and Spencer").
		// Nor "People" opening a quotation for "People's Committee": a
		// body whose name opens with a possessive is not called by that
		// word alone.
		if o.art == m.art && strings.HasPrefix(o.key, m.key+" ") && !strings.HasPrefix(o.key, m.key+" and ") && !(possessiveForm(firstWord(o.name)) && !possessiveForm(m.surface)) && !productOf(o.key, m.key) {
			return o
		}
	}
	return nil
}

// productOf reports whether key names a maker's product by the maker's
// name (maker) and a product's noun: "Apple said" beside the "Apple
// Watch" is the company, not its watch.
func productOf(key, maker string) bool {
	rest, ok := strings.CutPrefix(key, maker+" ")
	return ok && productLines[rest]
}

// productLines are the nouns a maker names its lines of products by,
// after its own name.
var productLines = wordSet("watch pay tv maps store cloud drive play prime pixel galaxy phone pencil")

// firstWord returns the words of s up to its first space.
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// possessiveForm reports whether w is a name's possessive, singular or
// plural: "People's", "Workers'".
func possessiveForm(w string) bool {
	return possessiveName(w) || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// bodyNamedLast returns the organisation of ms, named in m's article,
// whose name ends with m's word, or nil.
func bodyNamedLast(ms []*mention, m *mention) *mention {
	for _, o := range ms {
		if o.art == m.art && strings.HasSuffix(o.key, " "+m.key) {
			return o
		}
	}
	return nil
}

// isPlaceName reports whether key names a place the lexicon or the
// gazetteer knows.
func (x *extractor) isPlaceName(key string) bool {
	if e, ok := x.lex[key]; ok {
		return e.kind == actors.Place && !e.demonym
	}
	_, ok := x.cities[key]
	return ok
}

// articleKey is a name's key in one article.
type articleKey struct{ article, key string }

// prefixNames maps a person's name of two words or more to the one longer
// name of the same article it begins ("sri wahyuni" to "sri wahyuni
// kartika"), or that holds it as its surnames (innerName), when exactly
// one does.
func prefixNames(ms []*mention) map[articleKey]string {
	byArticle := map[string][]string{}
	seen := map[articleKey]bool{}
	for _, m := range ms {
		if m.kind != actors.Person || m.single || m.roleRef || !strings.Contains(m.key, " ") {
			continue
		}
		k := articleKey{m.art.ID, m.key}
		if !seen[k] {
			seen[k] = true
			byArticle[m.art.ID] = append(byArticle[m.art.ID], m.key)
		}
	}
	out := map[articleKey]string{}
	for art, keys := range byArticle {
		for _, k := range keys {
			var found []string
			for _, l := range keys {
				if strings.HasPrefix(l, k+" ") || innerName(k, l) {
					found = append(found, l)
				}
			}
			if len(found) == 1 {
				out[articleKey{art, k}] = found[0]
			}
		}
	}
	return out
}

// bodyWithoutCountry is a body's key without a country or place the name
// gives after "of" or before it: "Social Democratic Party of Germany"
// and "German Social Democratic Party" are "social democratic party".
func (x *extractor) bodyWithoutCountry(name string) string {
	if k := strings.LastIndex(name, " of "); k >= 0 && x.isPlaceName(keyOf(name[k+len(" of "):])) {
		name = name[:k]
	}
	if first, rest, ok := strings.Cut(name, " "); ok && strings.Contains(rest, " ") && (x.isPlaceName(keyOf(first)) || x.lex[keyOf(first)].kind == actors.Place) {
		name = rest
	}
	return keyOf(name)
}

// partiesByMembers names the plural of a party's member ("Socialists",
// "Greens") with the party an article names ("Socialist Party", "Green
// Party"), in that article.
func (x *extractor) partiesByMembers() {
	parties := map[articleKey]*mention{} // by article and the member's plural
	for _, m := range x.mentions {
		if m.kind != actors.Organization {
			continue
		}
		if adj, ok := strings.CutSuffix(m.name, " Party"); ok && !strings.Contains(adj, " ") && adj != "" {
			parties[articleKey{m.art.ID, strings.ToLower(adj) + "s"}] = m
		}
	}
	if len(parties) == 0 {
		return
	}
	for _, m := range x.mentions {
		if o := parties[articleKey{m.art.ID, m.key}]; o != nil && !strings.Contains(m.key, " ") && (m.kind == actors.Organization || m.single) {
			m.kind, m.key, m.name, m.single = actors.Organization, o.key, o.name, false
		}
	}
}

// bodiesWithTheirPlace names a body written without the place that
// opens its name elsewhere in the corpus ("Department of Environmental
// Quality", "Louisiana Department of Environmental Quality") with the
// fuller name, when one place only is so written before it and the two
// articles tell one story.
func (x *extractor) bodiesWithTheirPlace() {
	placed := map[string]*mention{} // the name after the place → the fuller name's mention
	several := map[string]bool{}
	for _, m := range x.mentions {
		if m.kind != actors.Organization || m.single {
			continue
		}
		words := strings.Fields(m.name)
		for n := 1; n <= 3 && n+3 <= len(words); n++ {
			if !x.isPlaceName(keyOf(strings.Join(words[:n], " "))) || !unicode.IsUpper(firstRune(words[n])) {
				continue
			}
			rest := keyOf(strings.Join(words[n:], " "))
			if o := placed[rest]; o != nil && o.key != m.key {
				several[rest] = true
			}
			placed[rest] = m
			break
		}
	}
	if len(placed) == 0 {
		return
	}
	// Only within a story: the two articles are one, or name a person
	// in common by a full name ("Court of Appeal" of one story is no
	// "Bacău Court of Appeal" of another).
	people := map[string]map[string]bool{} // article → persons' full names
	for _, m := range x.mentions {
		if m.kind == actors.Person && strings.Contains(m.key, " ") {
			if people[m.art.ID] == nil {
				people[m.art.ID] = map[string]bool{}
			}
			people[m.art.ID][m.key] = true
		}
	}
	sameStory := func(a, b string) bool {
		if a == b {
			return true
		}
		for k := range people[a] {
			if people[b][k] {
				return true
			}
		}
		return false
	}
	for _, m := range x.mentions {
		if o := placed[m.key]; o != nil && !several[m.key] && m.kind == actors.Organization && !m.single && sameStory(m.art.ID, o.art.ID) {
			m.key, m.name = o.key, o.name
		}
	}
}

// initialsOf returns the capitals that begin the words of a body's name,
// its connectors ("of", "for", "the") and a country's prefix aside:
// "Environmental Protection Agency" gives "EPA", "Federal Bureau of
// Investigation" "FBI".
func initialsOf(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(strings.ReplaceAll(name, "-", " ")) {
		if connectors[strings.ToLower(w)] || w == "&" || w == "and" {
			continue
		}
		r := []rune(w)[0]
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
	}
	return b.String()
}

// acronymsWhole is initialsOf with the initials inside the name kept
// whole: "UK Health Security Agency" gives "UKHSA", "NHS England"
// "NHSE"; "" when the name has none.
func acronymsWhole(name string) string {
	var b strings.Builder
	whole := false
	for _, w := range strings.Fields(strings.ReplaceAll(name, "-", " ")) {
		if connectors[strings.ToLower(w)] || w == "&" || w == "and" {
			continue
		}
		if isAcronym(w) {
			whole = true
			b.WriteString(strings.ReplaceAll(w, ".", ""))
			continue
		}
		r := []rune(w)[0]
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
	}
	if !whole {
		return ""
	}
	return b.String()
}

// slug makes an id from a name.
func slug(name string) string {
	return strings.ReplaceAll(keyOf(name), " ", "-")
}

// pluralOpener reports whether a lone name met only at the start of
// sentences (or of the headline) is a plural in "s": "Families in
// Guayaquil began …", "Families bury victims …" name no body.
func pluralOpener(ms []*mention) bool {
	key := ms[0].key
	// "Gunmen abduct 12 farmers", "Fishermen said": a plural in -men too.
	plural := strings.HasSuffix(key, "s") && !strings.HasSuffix(key, "ss") || strings.HasSuffix(key, "men") && len(key) >= 6 && key != "carmen"
	if !plural || strings.Contains(key, " ") {
		return false
	}
	for _, m := range ms {
		if !opensSentence(m) {
			return false
		}
	}
	return true
}

// commonOpener reports whether a lone name is a common English word met
// only at the start of sentences: "Ice on the courthouse steps …".
func commonOpener(ms []*mention) bool {
	// "Opposition candidate X leads", in the headline and the lead.
	if !commonWords()[ms[0].key] && !partySides[ms[0].key] && !economicMeasures[ms[0].key] {
		return false
	}
	for _, m := range ms {
		if !opensSentence(m) {
			return false
		}
	}
	return true
}

// numberedFixture reports whether a common word named twice or more is
// once numbered by an ordinal before it: "the third Test", "the final
// Round", a match or a stage of a series, no body.
func numberedFixture(ms []*mention) bool {
	if !commonWords()[ms[0].key] {
		return false
	}
	for _, m := range ms {
		before := strings.Fields(m.para.Text[:m.start])
		if n := len(before); n > 0 && fixtureOrdinals[strings.ToLower(before[n-1])] {
			return true
		}
	}
	return false
}

// fixtureOrdinals number a match or a stage of a series.
var fixtureOrdinals = wordSet("first second third fourth fifth sixth seventh eighth ninth tenth final opening deciding last next")

// opensSentence reports whether mention m opens its sentence: nothing
// but quotation marks or a bracket stands between it and the paragraph's
// start, a sentence's end or a dateline.
func opensSentence(m *mention) bool {
	before := strings.TrimRight(m.para.Text[:m.start], " “\"‘'(")
	// "He added: “People should not …”": a quotation opened after a
	// colon or a comma opens a sentence too.
	quoted := strings.TrimRight(m.para.Text[:m.start], " ")
	opensQuote := strings.HasSuffix(quoted, "“") || strings.HasSuffix(quoted, "\"")
	return before == "" || strings.HasSuffix(before, ".") || strings.HasSuffix(before, "!") || strings.HasSuffix(before, "?") || afterDateline(before) ||
		opensQuote && (strings.HasSuffix(before, ":") || strings.HasSuffix(before, ","))
}

// afterDateline reports whether before, the text of a paragraph up to a
// word, is a dateline ending in its dash ("BRANTLEY, Ky. (AP) —") or
// colon ("Mumbai:"): the story's first sentence opens after it.
func afterDateline(before string) bool {
	if !strings.HasSuffix(before, "—") && !strings.HasSuffix(before, "–") && !strings.HasSuffix(before, " -") && !strings.HasSuffix(before, ":") || len(before) > 80 {
		return false
	}
	first, _, _ := strings.Cut(before, " ")
	first = strings.TrimRight(first, ",:")
	return strings.HasSuffix(before, ":") && !strings.Contains(before, " ") || len(first) > 1 && strings.ToUpper(first) == first && strings.ToLower(first) != first
}

// verbAfterName is the verb a sentence's subject is followed by: "X has
// never held office", "X said". Not a gerund's object ("Presenting the
// plan, she said"), nor a noun after an adjective ("Uros islander X",
// "Overflow records, he said").
var verbAfterName = &lazyregexp.Regexp{Expr: `^\s+(?:(?:also|never|later|then|now|still)\s+)?(?:has|had|is|was|said|says|told|tells|added|wants|wanted|leads|led|runs|ran|won|lost|became|joined|left|spent|took|served|helped|argued|argues|insists|insisted|promised|believes|believed|began|started|founded|worked|works|lives|lived)\b`}

// pronounAfter finds a person's pronoun opening a later clause of the
// paragraph: "… wing. “…,” he told", "She wants".
var pronounAfter = &lazyregexp.Regexp{Expr: `(?:[.!?,”"]\s+|^\s*)(?:he|she|He|She)\s+(?:\w+ly\s+)?(?:said|says|told|tells|added|adds|wants|has|had|is|was|will|would|argued|argues|promised|insists|insisted)\b`}

// listedWithBody reports whether m stands next to an organisation of its
// paragraph (whose mentions are ms), joined by "and", "or" or a comma
// ("ASML and Infineon", "Infineon, ASML").
func listedWithBody(m *mention, ms []*mention) bool {
	return listedWith(m, ms, actors.Organization)
}

// listedWith reports whether m stands next to a mention of kind k in a
// list (", ", " and ", " or " between them) that names a known actor.
func listedWith(m *mention, ms []*mention, k actors.Kind) bool {
	for _, o := range ms {
		kind := o.kind
		if o.actor != nil {
			kind = o.actor.Kind
		}
		if o == m || kind != k || o.single && o.actor == nil {
			continue
		}
		var between string
		switch {
		case o.end <= m.start:
			between = m.para.Text[o.end:m.start]
		case m.end <= o.start:
			between = m.para.Text[m.end:o.start]
		default:
			continue
		}
		if between == " and " || between == " or " || between == ", " {
			return true
		}
	}
	return false
}

// namedByArticle lists, by article id, the actors recorded so far (in
// order) that the article names.
func namedByArticle(order []string, byKey map[string]*actors.Actor) map[string][]*actors.Actor {
	named := map[string][]*actors.Actor{}
	for _, key := range order {
		act := byKey[key]
		for article := range act.Mentions {
			named[article] = append(named[article], act)
		}
	}
	return named
}

// sharesStory reports whether the article names, besides act, two actors
// that an article naming act names too, or one that only those two
// articles name: the lone name may then be act's. One actor named more
// widely is not enough: three match reports that quote "Sky Sports", or
// wire stories that name "Reuters", tell different stories.
func sharesStory(named map[string][]*actors.Actor, act *actors.Actor, article string) bool {
	shared := 0
	for _, a := range named[article] {
		if a == act {
			continue
		}
		small, large := a.Mentions, act.Mentions
		if len(small) > len(large) {
			small, large = large, small
		}
		for other := range small {
			if other != article && large[other] > 0 {
				shared++
				if len(a.Mentions) == 2 {
					shared++ // only these two articles name it
				}
				break
			}
		}
		if shared >= 2 {
			return true
		}
	}
	return false
}

// legalForms are the abbreviations of a company's legal form that end its
// name: "Co", "Inc", "Ltd".
var legalForms = wordSet("co inc corp ltd llc plc ab ag gmbh nv bv asa oyj spa srl pte pty bhd sac saa")

// groupForms end a company's name and are left out as often: "Raha
// Ports Group" is "Raha Ports", "Nile Marine Holding" "Nile Marine".
var groupForms = wordSet("group holding holdings")

// withoutLegalForm is an organisation's key without the legal form that
// ends it ("hoshizora motor co ltd" is "hoshizora motor"), or "group" or
// "holding" after two words or more ("raha ports group"); a name of one
// word more is left whole.
func withoutLegalForm(key string) string {
	for {
		cut := strings.LastIndexByte(key, ' ')
		if cut < 0 {
			return key
		}
		rest, last := key[:cut], key[cut+1:]
		switch {
		case legalForms[last] && (strings.Contains(rest, " ") || len(rest) >= 3):
		case groupForms[last] && strings.Contains(rest, " "):
		default:
			return key
		}
		key = rest
	}
}

// commonWords is commonWordTable as a set.
var commonWords = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Split(strings.TrimSpace(commonWordTable), "\n") {
		set[w] = true
	}
	return set
})

// givenNames is givenNameTable as a set.
var givenNames = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Split(strings.TrimSpace(givenNameTable), "\n") {
		set[w] = true
	}
	return set
})

// otherNameAfter is a body's other name right after its name: " (Fiscalía)",
// ", known as the Contraloría", ", known as CRIC", ", as the ELN is
// formally known".
var otherNameAfter = &lazyregexp.Regexp{Expr: `^(?:\s\((\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})\)|,\s+(?:also\s+)?known\s+(?:(?:locally|widely|popularly|colloquially|officially|formally)\s+)?as\s+(?:the\s+)?(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}|\p{Lu}{2,8})\b|,\s+as\s+(?:the\s+)?(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+){0,2})\s+is\s+(?:(?:formally|officially|also|commonly|widely|better)\s+)?known\b)`}

// unshouted writes a name met only in capitals ("LAURA CHINCHILLA-VARGAS"
// in a fact box's entry) in title case: a person's of several words
// always, a body's when every word but a connector has four letters or
// more ("NATIONAL LIBERATION PARTY", but "BBC NEWS" keeps its initials),
// a place's of one word when it has six letters or more.
func unshouted(name string, kind actors.Kind) string {
	words := strings.Fields(name)
	if strings.ToUpper(name) != name || strings.ToLower(name) == name {
		return name
	}
	if len(words) == 1 {
		// "MAYOR OF BERGEN": a place of one word of six letters or
		// more (initials are shorter, and the lexicon's places are
		// named as the lexicon writes them).
		if kind == actors.Place && utf8.RuneCountInString(name) >= 6 {
			return titleCase(name)
		}
		return name
	}
	if kind != actors.Person {
		for _, w := range words {
			if utf8.RuneCountInString(w) < 4 && !connectors[strings.ToLower(w)] && strings.ToLower(w) != "and" {
				return name
			}
		}
	}
	return titleCase(name)
}

// withoutCountryCode returns a body's name without the country's initials
// that open it, "Food and Drug Administration" for "US Food and Drug
// Administration", as other outlets name the same body; "" when no such
// initials open a name of three words or more.
func withoutCountryCode(name string) string { return cutCountryCode(name, 3) }

// cutCountryCode returns name without the country's initials that open
// it, when the rest is a capitalised name of at least words words, or "".
func cutCountryCode(name string, words int) string {
	for _, code := range []string{"US ", "U.S. ", "UK ", "U.K. "} {
		if rest, ok := strings.CutPrefix(name, code); ok && len(strings.Fields(rest)) >= words && unicode.IsUpper(firstRune(rest)) {
			return rest
		}
	}
	return ""
}

// countryPrefixes are the spellings of the countries whose names open
// bodies' names most, each with the key they all stand for.
var countryPrefixes = []struct{ prefix, key string }{
	{"US ", "united states"}, {"U.S. ", "united states"}, {"USA ", "united states"}, {"United States ", "united states"},
	{"UK ", "united kingdom"}, {"U.K. ", "united kingdom"}, {"United Kingdom ", "united kingdom"},
}

// countrySpelledKey returns a body's key with the country that opens its
// name spelled one way ("united states attorney's office" for "US
// Attorney's Office" and "U.S. Attorney's Office"), or "" when no
// country's spelling opens it.
func countrySpelledKey(name string) string {
	if key, rest := countryRest(name); rest != "" {
		return key + " " + keyOf(rest)
	}
	return ""
}

// countryRest returns a body's name without the country's spelling that
// opens it ("Federal Trade Commission" for "United States Federal Trade
// Commission") and the key that spelling stands for, or "" and "".
func countryRest(name string) (key, rest string) {
	for _, c := range countryPrefixes {
		if rest, ok := strings.CutPrefix(name, c.prefix); ok && rest != "" && unicode.IsUpper(firstRune(rest)) {
			return c.key, rest
		}
	}
	return "", ""
}

// stormsByName are the storms an article names by their prefix ("Hurricane
// Idris", "Typhoon Ragasa"), by article and the storm's own name.
func stormsByName(ms []*mention) map[articleKey]*mention {
	storms := map[articleKey]*mention{}
	for _, m := range ms {
		// "Tropical Storm Maymay", "Severe Tropical Storm X": its grade
		// first.
		f := strings.Fields(m.key)
		for len(f) > 2 && (stormGrades[f[0]] || f[0] == "tropical") {
			f = f[1:]
		}
		if len(f) == 2 && m.kind == actors.Place && stormWords[f[0]] {
			storms[articleKey{m.art.ID, f[1]}] = m
		}
	}
	return storms
}

// stormGrades grade a storm before its word: "Super Typhoon", "Severe
// Tropical Cyclone".
var stormGrades = wordSet("super severe")

// stormWords name what kind of storm a name after them is.
var stormWords = wordSet("hurricane typhoon cyclone storm")

// innerName reports whether the name k, of two words or more, is the
// surnames of the longer name l: its end ("garcia marquez" of "gabriel
// garcia marquez"), or, with three words or a particle, its middle
// ("fernandez de la vega" of "jose maria fernandez de la vega ortiz").
func innerName(k, l string) bool {
	if k == l || !strings.Contains(k, " ") {
		return false
	}
	if strings.HasSuffix(l, " "+k) {
		return true
	}
	if !strings.Contains(l, " "+k+" ") {
		return false
	}
	f := strings.Fields(k)
	return len(f) >= 3 || slices.ContainsFunc(f, func(w string) bool { return nameParticles[w] })
}

// notTeamRoles are the capitalised words before a player's or a coach's
// title that name no team: "Head coach X", "Interim manager Y".
var notTeamRoles = wordSet("head interim caretaker former new club team youth first acting joint player")

// kinRole reports whether the word w names a relative: "mother", "son".
func kinRole(w string) bool {
	w = strings.ToLower(w)
	return kin[w] || menRoles[w] || womenRoles[w]
}

// officersByInitials reads an officer's title by its initials as the
// officer: "Assistant Commissioner City Farrukh X … The AC said", "the
// ADC said" after "Additional Deputy Commissioner Revenue Y", as South
// Asia's papers write them. The initials, which no lexicon entry has,
// stand for the latest person of the article before them whose role's
// first words they spell.
func (x *extractor) officersByInitials() {
	var officers []*mention
	var art *corpus.Article
	for _, m := range x.mentions {
		if m.art != art {
			art, officers = m.art, nil
		}
		if m.kind == actors.Person && m.role != "" && !m.single && !m.roleRef {
			officers = append(officers, m)
			continue
		}
		if m.kind != actors.Organization || !isAcronym(m.surface) || len(m.surface) < 2 || len(m.surface) > 4 {
			continue
		}
		if _, ok := x.lex[keyOf(m.surface)]; ok {
			continue
		}
		for k := len(officers) - 1; k >= 0; k-- {
			if o := officers[k]; roleInitials(o.role, m.surface) {
				m.kind, m.key, m.name, m.role = actors.Person, o.key, o.name, ""
				break
			}
		}
	}
}

// roleInitials reports whether the initials of a role's first words
// (two or more, all capitalised) are acronym: "AC" for "Assistant
// Commissioner City", "ADC" for "Additional Deputy Commissioner Revenue".
func roleInitials(role, acronym string) bool {
	var initials strings.Builder
	for _, w := range strings.Fields(role) {
		r := firstRune(w)
		if !unicode.IsUpper(r) {
			return false
		}
		initials.WriteRune(r)
		// Not "Public Service Commission chief executive X" and "the
		// PSC": initials that end on a body's word are the body's.
		if initials.Len() >= 2 && initials.String() == acronym {
			return !orgWords[strings.ToLower(w)]
		}
		if initials.Len() >= len(acronym) {
			return false
		}
	}
	return false
}

// forcesHeads end the names of a country's armed forces, own or
// generic: "Israel Defense Forces", "Nigerian Army", "the Israeli
// military".
var forcesHeads = []string{" defense forces", " defence forces", " defense force", " defence force", " armed forces", " army", " military"}

// forcesCountry returns the key of the country whose armed forces key
// names ("israel" for "israel defense forces" and "israeli military"),
// or "".
func (x *extractor) forcesCountry(key string) string {
	for _, h := range forcesHeads {
		if rest, ok := strings.CutSuffix(key, h); ok && rest != "" {
			if e, ok := x.lex[rest]; ok && e.kind == actors.Place && (e.country || e.demonym) {
				return e.key
			}
		}
	}
	return ""
}

// genericForces reports whether key names a country's forces by its
// people's name and a common noun: "israeli military", "israeli army".
func genericForces(key string) bool {
	return strings.HasSuffix(key, " military") || strings.HasSuffix(key, " army") && !strings.Contains(key, " national ")
}

// markHorses marks, in a report of a horse race, the names the race's
// words give a horse (by the lengths it won or lost by, its place, "the
// favourite", "ridden by … and trained by …, X"): a horse is no actor,
// at its other mentions in the article too.
func (x *extractor) markHorses() {
	racing := map[*corpus.Article]bool{}
	for _, m := range x.mentions {
		a := m.art
		if _, seen := racing[a]; seen {
			continue
		}
		racing[a] = raceWordsMaybe(a.Text) && len(raceWords.FindAllStringIndex(a.Text, 3)) >= 2
	}
	for _, m := range x.mentions {
		if !racing[m.art] || m.kind == actors.Organization || m.titled || m.role != "" || m.para == nil {
			continue
		}
		if horseAfter.MatchString(m.para.Text[m.end:]) || horseBefore.MatchString(textBefore(m.para.Text, m.start, 100)) {
			if x.things == nil {
				x.things = map[[2]string]bool{}
			}
			x.things[[2]string{m.art.ID, m.key}] = true
		}
	}
}

// raceWordsMaybe reports whether text holds one of raceWords' words,
// written as the pattern writes them or in lower case, tested before
// the pattern (an alternation of words, slow to run over a whole
// article): "Derby", "Grade 1", "trained by".
func raceWordsMaybe(text string) bool {
	for _, w := range raceWordStems {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// raceWordStems are what each of raceWords' words contains.
var raceWordStems = []string{"furlong", "jockey", "racecourse", "trained by", "ridden by", "colt", "filly", "gelding", "handicap", "hurdle", "steeplechase", "Derby", "Grand National", "Gold Cup", "Grade ", "Group ", "novice chase"}

// raceWords are the words of a horse race's report; horseAfter and
// horseBefore what stands after and before a horse's name in one.
var (
	raceWords   = &lazyregexp.Regexp{Expr: `\b(?:furlongs?|jockey|racecourse|trained by|ridden by|colt|filly|gelding|handicap|hurdle|steeplechase|Derby|Grand National|Gold Cup|Grade [1-3]|Group [1-3]|novice chase)\b`}
	horseAfter  = &lazyregexp.Regexp{Expr: `^(?:,? by (?:a|an|half a|\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?: and a half)? lengths?\b|,? by a (?:short )?(?:neck|head|nose)\b|, (?:ridden|trained|owned) by\b| (?:was|finished|came) (?:second|third|fourth|fifth|sixth|last)\b|, the \d+-\d+ (?:favourite|favorite|shot|chance)\b| (?:was|were) (?:cut|eased|backed) (?:to|from) \d+-\d+| gave (?:trainer|jockey|owner|rider)s? | won the (?:[\p{Ll}\d-]+ ){0,3}(?:hurdle|chase|handicap|bumper|stakes|plate|derby|guineas|oaks|maiden|novices?)\b)`}
	horseBefore = &lazyregexp.Regexp{Expr: `(?:\b(?:favourite|favorite|colt|filly|gelding|top weight|runner-up|outsider)\s+|\b(?:ridden|trained) by [^,;.]{3,60}, )$`}
)

// portfolioFirstKey returns the key of a body named "Department of X"
// with its portfolio first, "x department", the way the news also
// names it; "" for a name of another shape.
func portfolioFirstKey(name string) string {
	head, rest, ok := strings.Cut(name, " of ")
	if !ok || !headNouns[strings.ToLower(head)] {
		return ""
	}
	rest = strings.TrimPrefix(rest, "the ")
	if n := strings.Count(rest, " "); n > 1 || rest == "" || strings.Contains(rest, " and ") {
		return ""
	}
	return keyOf(rest + " " + head)
}

// headNouns open a body's name before its portfolio: "Department of
// Commerce", "Ministry of Finance".
var headNouns = wordSet("department ministry bureau office secretariat")

// bodiesByOfficers makes a body of a name read as a person's that its
// article gives a body's officers or parts: "Athletico's president,
// Marcelo X", "joined Athletico's academy". A person has no president.
func (x *extractor) bodiesByOfficers() {
	body := map[articleKey]bool{}
	for _, m := range x.mentions {
		if m.kind != actors.Person || m.role != "" || m.titled || !strings.Contains(m.name, " ") {
			continue
		}
		k := articleKey{m.art.ID, m.key}
		if _, seen := body[k]; seen {
			continue
		}
		first, _, _ := strings.Cut(m.name, " ")
		body[k] = bodyPartAfter(m.art.Text, m.name) || bodyPartAfter(m.art.Text, first)
	}
	for _, m := range x.mentions {
		if m.kind == actors.Person && body[articleKey{m.art.ID, m.key}] {
			m.kind = actors.Organization
		}
	}
}

// bodyPartAfter reports whether text writes name's officer or part of a
// body after its possessive: "Athletico's president", "Vale’s board".
func bodyPartAfter(text, name string) bool {
	for _, apos := range []string{"'s ", "’s "} {
		needle := name + apos
		for off := 0; ; {
			i := strings.Index(text[off:], needle)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(needle)
			// ("Don Athletico's": the name's end, not a longer one's.)
			if r, _ := utf8.DecodeLastRuneInString(text[:at]); at > 0 && unicode.IsLetter(r) {
				continue
			}
			w, _, _ := strings.Cut(text[off:], " ")
			if bodyParts[strings.TrimRight(w, ".,;:")] {
				return true
			}
		}
	}
	return false
}

// bodyParts are a body's officers and parts, which no person has.
var bodyParts = wordSet("president chairman chairwoman board shareholders academy headquarters boardroom directors")

// pluralOfJob reports whether a lone word is the plural of a job or a
// role, people in general rather than a name: "Economists said …",
// "Officials say …" (not "Davis" or "Jones").
func pluralOfJob(key string) bool {
	one, ok := strings.CutSuffix(strings.ToLower(key), "s")
	return ok && (jobNouns[one] || occupation(one) || titles[one])
}
