package find

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/fold"
	"github.com/parallax-news/parallax/internal/lazyregexp"
)

// speechVerbs introduce what an actor said or wrote.
const speechVerbs = `said|says|say|told|tells|wrote|writes|write|added|adds|stated|states|concluded|stressed|underscored|underlined|claimed|claims|pledged|promised|vowed|declared|warned|argued|insisted|noted|asserted|extolled|bragged|continued|responded|replied|announced|reiterated|described|blamed|accused|urged|emphasized|emphasised|called|explained|recalled|admitted|acknowledged|conceded|predicted|cautioned|complained|remarked|observed|posted|tweeted|wrote|hailed|praised|welcomed|criticised|criticized|condemned|denied|dismissed|defended|rejected|questioned|ruled|rules|assured|assures|termed|terms|labelled|labeled|branded|quipped|lamented|laments|countered|counters|retorted|shouted|whispered|pleaded|boasted|mused|reckoned|reckons|opined|maintained|maintains|charged|wondered|sighed|laughed|` +
	// The present tense of features and profiles ("…,” he insists), and
	// the verbs of questions and answers.
	// Verbs of manner after a short quotation: "“We'll see,” X
	// shrugged", "X smiled".
	`shrugged|smiled|grinned|chuckled|beamed|snapped|sniffed|scoffed|` +
	// "X agreed the formula was “out of date”".
	`agreed|agrees|elaborated|elaborates|` +
	`alleged|alleges|insists|argues|warns|explains|notes|admits|recalls|calls|remembered|remembers|continues|concedes|predicts|cautions|complains|remarks|observes|posts|tweets|hails|praises|welcomes|criticises|criticizes|condemns|denies|dismisses|defends|rejects|asked|asks|answered|answers|replies|responds|joked|jokes|confirmed|confirms|suggested|suggests|testified|testifies|` +
	// "X made the remarks at a briefing, saying Y was “indisputable”":
	// only its subject speaks (see participles).
	`saying|accusing|calling|describing|warning|urging|insisting|citing|telling|adding|arguing|noting|stressing|clarifying|stating|explaining|declaring|asserting|holding|` +
	// "X thanked voters “for trusting …”".
	`thanked|thanks|` +
	// "The statement read, “…”", "a placard reads": a text's words.
	`read|reads`

// The patterns compile on first use (lazyregexp): the explorer finds the
// actors after its first results are drawn.
// placeBodyTail is a country's body after its name, up to the verb:
// "'s foreign ministry said", "'s embassy in Manila said".
const placeBodyTail = `\s+(?:[\p{Ll}-]+\s+){0,2}(?:ministry|government|office|embassy|consulate|army|military|navy|police|presidency|spokesman|spokeswoman|spokesperson|cabinet|parliament|authorities)(?:\s+in\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)?\s+(?:(?:also|later|then)\s+)?$`

var (
	// invertible verbs may come before their speaker: "…,” said X;
	// "…,” recalls Dr X" in a feature's present tense.
	invertible    = &lazyregexp.Regexp{Expr: `^(?:said|says|say|added|adds|add|wrote|writes|write|continued|continues|concluded|assured|stated|declared|asked|asks|replied|answered|insisted|insists|explained|explains|recalled|recalls|noted|notes|alleged|claimed|argued|argues|warned|warns|admitted|admits|complained|complains|countered|counters|retorted|quipped|pleaded|replies|answers|concedes|jokes)$`}
	pronounBefore = &lazyregexp.Regexp{Expr: `\b(?:he|she|He|She)\s+(?:(?:also|then|later|further)\s+)?$`}
	// nameThenPronoun is what stands between a person and the pronoun
	// that takes up the name: a comma, or an appositive set off by
	// commas.
	nameThenPronoun = &lazyregexp.Regexp{Expr: `^(?:,\s+[^,“”"]{1,60})?,\s+$`}
	// pronounCoordinated is a sentence opening with "he" or "she", a
	// clause in words of the language, and "but" or "and" before the
	// verb: "She declined to estimate their value but said".
	pronounCoordinated = &lazyregexp.Regexp{Expr: `^\s*(?:He|She)\s+(?:[\p{Ll}'’-]+\s+){1,8}(?:but|and)\s+(?:(?:also|then|later)\s+)?$`}
	// itBefore is "it" before the verb: the body named last speaks.
	itBefore = &lazyregexp.Regexp{Expr: `\b(?:it|It)\s+(?:(?:also|then|later|further)\s+)?$`}
	// roleBeforeVerb is "the Oregon Democrat said", "the minister added", "his daughter said",
	// "the jockey, who was claiming five pounds, said": the person the
	// sentence before named, by a role.
	roleBeforeVerb = &lazyregexp.Regexp{Expr: `\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{L}.'’-]+\s+){0,2}([\p{L}]+)(?:-(?:designate|elect))?(?:,\s+who\s[^,“”"]{2,80},)?\s+(?:(?:also|then|later|further)\s+)?$`}
	// bodyBeforeVerb is "the company said", "the ministry added", "the
	// port authority said", "a company spokesperson said", "a union
	// official said": the body the article named before, by what it is.
	// India's law reports write the court's judges with a capital: "the
	// Bench observed".
	bodyBeforeVerb = &lazyregexp.Regexp{Expr: `\b(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\p{Ll}[\p{Ll}-]+\s+){0,2}(` + bodyNounList + `|Bench)|[Aa]n?\s+(` + bodyNounList + `)\s+(?:spokesperson|spokesman|spokeswoman|representative|official))\s+(?:(?:also|then|later|further)\s+)?$`}
	// possessiveOpener is a possessive pronoun opening a body's
	// description: "Her university".
	possessiveOpener = &lazyregexp.Regexp{Expr: `^(?:[Hh]is|[Hh]er|[Tt]heir)\s`}
	colonQuote       = &lazyregexp.Regexp{Expr: `^(?:\s*\([^()“”"]{1,80}\))?:\s*[“"]`}
	// placeBody is a country's body named in lower case between it and
	// the verb: "'s foreign ministry".
	placeBody = &lazyregexp.Regexp{Expr: `^['’]s` + placeBodyTail}
	// demonymBody is the same after a demonym or a country's short name
	// that "the" opens: "The Japanese embassy in Manila said", "the US
	// military said".
	demonymBody    = &lazyregexp.Regexp{Expr: `^` + placeBodyTail}
	ageBeforeVerb  = &lazyregexp.Regexp{Expr: `\b[Tt]he\s+\d{1,3}-year-old\s+(?:(?:also|then|later|further)\s+)?$`}
	ageAfterVerb   = &lazyregexp.Regexp{Expr: `^\s+the\s+\d{1,3}-year-old\b`}
	theBefore      = &lazyregexp.Regexp{Expr: `\b[Tt]he\s+$`}
	pronounObject  = &lazyregexp.Regexp{Expr: `^(?:him|her)\b`}
	accordingTo    = &lazyregexp.Regexp{Expr: `(?i)\baccording to\s+`}
	adverbsBetween = &lazyregexp.Regexp{Expr: `^\)?(?:\s+\([A-Z]-[\p{L}. ]{1,16}\))?(?:\s+\((?:Lab|Con|LD|Lib\s+Dem|SNP|Green|Greens|Ind|Reform|Plaid|DUP|SDLP|UUP|SF|Labor|Liberal|Nationals|Lib|Nat)(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?\))?(?:\s+\([\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]{1,8}\))?(?:\s+\((?:pictured|left|right|centre|center|above|below|inset)\))?(?:,\s+(?:which|who))?(?:,\s+(?:however|meanwhile|though|in\s+turn|for\s+(?:his|her|its|their)\s+part),?)?(?:\s+(?:KC|QC|SC|SAN|MBE|OBE|CBE|KBE|DBE|GBE|FRS|PhD|MP|MS|MSP|MLA|MEP|MHK|TD))?\s+(?:(?:also|further|additionally|reportedly|has|had|have|then|later|previously|once|again|repeatedly|earlier|yesterday|today|overnight|would|could|will|only|simply|just|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)*$`}
	// qaLabel opens an interview's question or answer: "Q: ", "A. ".
	qaLabel = &lazyregexp.Regexp{Expr: `^[QA][:.]\s+`}
	// auxAfterApposition is the comma closing a name set off after its
	// role, then "has" before the verb: "Its secretary-general, Leticia
	// Vale, has said".
	auxAfterApposition = &lazyregexp.Regexp{Expr: `^,\s+(?:has|had|have)\s+(?:(?:also|repeatedly|previously|long|since)\s+)?$`}
	// saidOrTold are the verbs auxAfterApposition speaks through: not
	// "X's attorney, Y, had asked for a sentence", a request made in
	// court that names no words.
	saidOrTold = map[string]bool{"said": true, "told": true, "warned": true, "stated": true, "insisted": true, "argued": true}
	// unclosedRole is a role in lower case set off after a name with
	// no comma closing it before the verb: ", the group secretary ".
	unclosedRole = &lazyregexp.Regexp{Expr: `^,\s+(?:(?:the|a|an)\s+)?\p{Ll}[^,;“”"]{0,60}\s+$`}
	apposition   = &lazyregexp.Regexp{Expr: `^(?:\)|\s+\([^()“”"]{1,16}\))?,[^“”"]*,\s+$`}
	// officeOf is a person's office between them and its verb: "'s
	// office said".
	officeOf = &lazyregexp.Regexp{Expr: `^['’]s\s+(?:press\s+)?office\s+(?:(?:also|later|then)\s+)?$`}
	// dashSigned is a closing quotation mark, a dash and at most one title
	// before a name: "” — Dr. ".
	dashSigned = &lazyregexp.Regexp{Expr: `["”]\s*[—–]\s*(?:\p{Lu}[\p{L}]*\.?\s+)?$`}
	// relativeVerb is what stands before a verb that opens a relative
	// clause: "X, who wrote", "X, who has long said".
	relativeVerb = &lazyregexp.Regexp{Expr: `,\s+(?:who|which)\s+(?:(?:has|had|have|also|once|long|previously|first)\s+)*$`}
	// relativeApposition is a clause on any actor between it and its verb:
	// ", which handles policy towards China, ".
	relativeApposition = &lazyregexp.Regexp{Expr: `^(?:\s+\([^()“”"]{1,12}\))?,\s+(?:which|who)\s[^“”",]*(?:,[^“”",]*)?,\s+$`}
	// otherClause starts a clause of its own after a quotation.
	otherClause = &lazyregexp.Regexp{Expr: `\b(?:while|whereas|but|although|though|and)\b|;`}
	// ofOrg is what stands between a person and the verb in "Jane Roe of
	// the Border Guard told reporters".
	ofOrg = &lazyregexp.Regexp{Expr: `^\s+(?:of|from|at|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’]*-(?:based|backed|led|run|owned|allied|aligned|funded)\s+|\p{Lu}[\p{L}-]*['’]s\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$`}
	// jointSubject joins two people who speak together: " and Chief
	// Financial Officer ", " and ".
	jointSubject = &lazyregexp.Regexp{Expr: `^\s+and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$`}
	// ofChain joins two names of one: "the Middle District of
	// Louisiana".
	ofChain = &lazyregexp.Regexp{Expr: `^\s+of\s+(?:the\s+)?$`}
	// roleComma is the role between an inverted verb and its speaker:
	// "said the centre's head, Jane Roe", "said one of the mediators,
	// Ambassador Jane Roe".
	// coordinated is the verb phrase between a subject and a second verb:
	// "Jane Roe welcomed the decision but said".
	// auxiliaryAfter starts the verb of a reported clause: "said Democrats
	// would …".
	auxiliaryAfter = &lazyregexp.Regexp{Expr: `^(?:’s|'s)?\s+(?:would|will|could|can|should|may|might|must|had|has|have|was|were|is|are|did|does|do|planned|wanted|needed)\b`}
	// quotedRole is a role opening a sentence, before quotedAs: "The
	// minister", "The former minister".
	quotedRole = &lazyregexp.Regexp{Expr: `^The\s+(?:(?:former|deputy|new|outgoing)\s+)?(\p{Ll}+)`}
	// quotedAs is what stands between a person and "saying" when a paper
	// or an agency quotes them: " was quoted by state media as ".
	quotedAs = &lazyregexp.Regexp{Expr: `^\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:quoted|heard|reported|cited)(?:\s+(?:by|in|on)\s+[^,;“”"]{1,60}?)?\s+as\s+$`}
	// participleClause is what stands between a person and "saying": one
	// clause of the person's, then a comma.
	// roleOpener is a role opening a sentence, a people's name perhaps
	// before it, and its clause up to the comma before a participle:
	// "The spokesperson also commented on …, ", "The Iranian official
	// met …, ".
	roleOpener = &lazyregexp.Regexp{Expr: `^The\s+(?:\p{Lu}[\p{L}-]*\s+)?(\p{Ll}+)\s+(?:also\s+|then\s+|later\s+)?\p{Ll}+(?:ed|s)\b[^.!?;:“”"]*,\s+$`}
	// appositionParticipleClause is the same after the person's role set
	// off by commas: ", the deputy spokesperson for X, has rejected a
	// report, ".
	appositionParticipleClause = &lazyregexp.Regexp{Expr: `^,\s+(?:the|a|an)\s+[^,.;:“”"]{1,120},\s+(?:[\p{L}\d’'-]+\s+){1,30}[\p{L}\d’'-]+,\s+$`}
	// statementSignedBy is a statement and who signed or issued it,
	// before the verb: "A statement signed by the Secretary to the State
	// Government, Dr. X, on Thursday ".
	statementSignedBy = &lazyregexp.Regexp{Expr: `^(?:A|The)\s+(?:joint\s+|short\s+|brief\s+)?(?:statement|press\s+release|release)\s+(?:signed|issued|released)\s+by\s+[^“”"]{1,160}?\s+$`}
	// ledByClause is a body's delegation or team, then a clause on who
	// leads it set off by commas, before the verb: "The ELN's
	// delegation, led by X, ".
	ledByClause      = &lazyregexp.Regexp{Expr: `^(?:The\s+)?[^,.;:“”"]{1,60}(?:'s|’s)\s+(?:delegation|team|negotiators|negotiating\s+team|mission|side|panel),\s+(?:led|headed|chaired|represented)\s+by\s+[^.;]{1,120}?,\s+$`}
	participleClause = &lazyregexp.Regexp{Expr: `^\s+(?:[\p{L}\d’'-]+\s+){1,32}[\p{L}\d’'-]+,\s+$`}
	// appositiveParticipleClause is participleClause after an apposition
	// set off by commas: "Nordvault, a crypto lender, froze withdrawals,
	// citing".
	appositiveParticipleClause = &lazyregexp.Regexp{Expr: `^,\s+[^,“”"]{1,100},\s+(?:[\p{L}\d’'-]+\s+){1,24}[\p{L}\d’'-]+,\s+$`}
	// subordinateOpener opens a sentence with a clause before the one
	// whose subject a participle has: "Prices fell after Nordvault …,
	// citing".
	subordinateOpener = &lazyregexp.Regexp{Expr: `\s(?:after|when|as|because|while|before|since)\s+$`}
	// postNominalComma is a member's or an honour's letters after a name,
	// then the comma before the verb: " MS, ".
	postNominalComma = &lazyregexp.Regexp{Expr: `^\s(?:MP|MS|MSP|MLA|MEP|MHK|TD|KC|QC|SC|SAN|OBE|MBE|CBE|KBE|DBE|GBE|FRS|PhD),\s*$`}
	// bodyNounBeforeVerb is a body's noun between its name and the verb:
	// "… La Libertad Avanza party said".
	// "Staffordshire Police's serious collision investigation unit
	// said": a unit of the body, in lower case, speaks for it.
	// knownAsBefore and knownAsAfter set off the name a noun is known
	// by: "the bank, known as the BCRP, said".
	knownAsBefore      = &lazyregexp.Regexp{Expr: `\b(?:the|a|an)\s+[a-z]+,\s+(?:also\s+|locally\s+|formally\s+)?known\s+as\s+(?:the\s+)?$`}
	knownAsAfter       = &lazyregexp.Regexp{Expr: `^,\s+(?:[a-z]+\s+)?$`}
	bodyNounBeforeVerb = &lazyregexp.Regexp{Expr: `^(?:\s+(?:party|union|group|movement|coalition|alliance|bloc)|['’]s\s+(?:[a-z-]+\s+){0,4}(?:unit|team|squad|department|division|branch|section|command))\s+$`}
	// sentenceOpener is what may come before the actor a sentence opens
	// with: a dateline ("BAMAKO (AFP) - ", "New Delhi: "), "The".
	sentenceOpener = &lazyregexp.Regexp{Expr: `^(?:\p{Lu}[\p{Lu}\p{L} .,'’-]*(?:\([^()]{1,30}\))?\s*(?:[—–]|-{1,2}|:)\s+)?(?:(?:Earlier|Later|Meanwhile|Separately|Overnight|Previously),\s+)?(?:[Tt]he\s+)?$`}
	// longCoordinated is the same with appositions and objects on the
	// way, up to ", and": ", the minister, visited the site with its
	// director, Dr. Ann Poe, and ".
	// (An abbreviation's period, "Dr.", "H.E.", ends no sentence.)
	longCoordinated = &lazyregexp.Regexp{Expr: `^(?:[^.!?;:“”"]|(?:\b\p{Lu}\p{Ll}{0,3}|\p{Lu})\.){10,240},\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$`}
	// objectOfOpener stands between a sentence's opening person, an age
	// perhaps set off after them, and a person their verb takes as its
	// object: ", 16, drew with the top seed ", " thanked ".
	objectOfOpener = &lazyregexp.Regexp{Expr: `^(?:,\s+\d{1,3},)?\s+\p{Ll}+(?:\s+[\p{L}’'-]+){0,8}\s+$`}
	coordinated    = &lazyregexp.Regexp{Expr: `^,?\s+(?:[\p{L}’'-]+\s+){1,10}(?:but|and)\s+(?:also\s+)?$`}
	// ofBodyApposition is what stands between a person and the verb in
	// "Jane Roe of the Heart Foundation, who was not involved, said".
	ofBodyApposition = &lazyregexp.Regexp{Expr: `^\s+(?:of|from|at)\s+(?:the\s+)?[^,“”"]*,[^“”"]*,\s+$`}
	// setOffBefore is the comma that sets a person off, and a title
	// before the name: "the lead author, Dr. ".
	setOffBefore = &lazyregexp.Regexp{Expr: `,\s+(?:\p{Lu}\p{Ll}{0,9}\.?\s+)?$`}
	// ofBodyComma is the body after a person set off by commas: "Her
	// lawyer, Jane Roe of Irwin Mitchell, said".
	ofBodyComma = &lazyregexp.Regexp{Expr: `^\s+(?:of|from|at)\s+(?:the\s+)?[^,;“”"]{1,60},\s+$`}
	roleComma   = &lazyregexp.Regexp{Expr: `^\s+(?:one\s+of\s+)?(?:the|a|an|its|their|his|her|\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2}['’]s)\s+[^,;“”"]{1,60},\s+(?:\p{Lu}[\p{L}.]*\.?\s+){0,2}$`}
)

// closesSentence reports whether the quotation text[loc[0]:loc[1]] ends
// with a question or an exclamation mark, which ends its sentence too.
func closesSentence(text string, loc []int) bool {
	q := strings.TrimRight(text[loc[0]:loc[1]], `"”“’'`)
	return strings.HasSuffix(q, "?") || strings.HasSuffix(q, "!")
}

// closesWithStop reports whether the quotation text[loc[0]:loc[1]] ends
// with a full stop inside its closing mark.
func closesWithStop(text string, loc []int) bool {
	q := text[loc[0]:loc[1]]
	trimmed := strings.TrimRight(q, `"”“`)
	return len(trimmed) < len(q) && strings.HasSuffix(trimmed, ".")
}

// verbStandsAlone reports whether the speech verb at text[at:] ends its
// clause ("X said.", "X said, adding"): it reports nothing of its own.
func verbStandsAlone(text string, at int) bool {
	rest := strings.TrimLeftFunc(text[at:], unicode.IsLetter)
	return rest == "" || strings.IndexAny(rest[:1], ",.;") == 0
}

// unclosed reports whether the quotation text[loc[0]:loc[1]] has no
// closing mark.
func unclosed(text string, loc []int) bool {
	q := text[loc[0]:loc[1]]
	if strings.HasPrefix(q, "“") || strings.HasPrefix(q, "”") {
		// (“…,“ closes with the opening mark where a passage writes
		// no other, and ”…,“ where a site writes them reversed:
		// actors.FindQuotes.)
		return len(q) <= len("“") || !strings.HasSuffix(q, "”") && !strings.HasSuffix(q, "“")
	}
	if strings.HasPrefix(q, "«") {
		return !strings.HasSuffix(q, "»")
	}
	if strings.HasPrefix(q, "'") || strings.HasPrefix(q, "‘") {
		return false // single marks count only when closed
	}
	return len(q) < 2 || !strings.HasSuffix(q, `"`)
}

// speaker is who a sentence says is speaking, and how that was read.
type speaker struct {
	actor *actors.Actor
	via   string
	// spokesperson marks a body that spoke through a spokesperson the
	// sentence does not name ("Qatar's foreign ministry spokesman
	// said"), whom the next sentence may name.
	spokesperson bool
}

// attributeQuotes finds every quotation of the corpus and its speaker.
func attributeQuotes(c *corpus.Corpus, set *actors.Set, x *extractor) {
	byPara := map[*corpus.Paragraph][]*mention{}
	for _, m := range x.mentions {
		if m.actor != nil {
			byPara[m.para] = append(byPara[m.para], m)
		}
	}
	for _, a := range c.Articles {
		var last speaker // the article's latest stated speaker
		lastPara := -1
		// lastS is where the sentence of the last speaker starts in its
		// paragraph.
		lastS := -1
		var prevPerson *actors.Actor        // the last person the previous paragraph named
		var subject *actors.Actor           // the first person of the latest paragraph that named one
		var open speaker                    // the speaker of a quotation left open at the end of the previous paragraph
		var ended speaker                   // the speaker of the previous paragraph's last quotation, closed
		var alone *actors.Actor             // the one person a previous paragraph with no quotation named
		var lead *actors.Actor              // the person the latest paragraph opening with a name opened with
		var bodies []*actors.Actor          // the organisations the article named, in order
		var people []*actors.Actor          // the people the article named, in order
		bound := map[string]*actors.Actor{} // pronounBindings so far
		var after *actors.Actor             // the person a sentence after the previous paragraph's last speaker opened with
		var statementBy *actors.Actor       // the person last named in a paragraph that tells of a statement
		quiet := 0                          // the paragraphs since prevPerson's that named no actor
		// An interview set as questions and answers ("Q: …", "A: …"):
		// the answers are the person named alone before the first
		// question.
		var lastAlone, interviewee *actors.Actor
		for pi, p := range a.Paragraphs {
			ms := byPara[p]
			if qaLabel.MatchString(p.Text) && strings.HasPrefix(p.Text, "Q") && interviewee == nil {
				interviewee = lastAlone
			}
			// "Castells sits down. ¶ Will she stay? She laughs.": a
			// paragraph opening on "she" or "he", naming no one before
			// it, calls so the person the paragraph before ended on.
			openedOnPerson := false
			if len(p.Sentences) > 0 && prevPerson != nil {
				first := p.Sentences[0]
				text := p.Text[first.Start-p.Start : first.End-p.Start]
				// Not when that paragraph already said "she" of someone
				// before it named that person ("Born in 1932, she won a
				// place. Her teacher, X, later said …").
				// The persons the sentence names after the pronoun are
				// others ("She was born to X, a trawlerman, and Y").
				at := openingPronoun.FindStringSubmatchIndex(text)
				// "Her 1987 paper with the British glaciologist Peter X … ¶
				// She retired to Bergen": a person the paragraph before
				// named as the object of "with" is not whom "she" opens
				// with; the one person the headline names is.
				if at != nil && pi > 0 && objectNamed(a.Paragraphs[pi-1], byPara[a.Paragraphs[pi-1]], prevPerson) {
					if hp := headlinePerson(a, set); hp != nil && hp != prevPerson && !roleContradicts(hp, text[at[2]:at[3]]) && !strings.ContainsAny(text, "“”\"") && firstPersonBefore(ms, first.Start-p.Start+at[3]) == nil {
						bound[strings.ToLower(text[at[2]:at[3]])] = hp
						openedOnPerson = true
					}
					at = nil
				}
				if at != nil && !strings.ContainsAny(text, "“”\"") && firstPersonBefore(ms, first.Start-p.Start+at[3]) == nil && !roleContradicts(prevPerson, text[at[2]:at[3]]) && !(pi > 0 && pronounBeforeNaming(a.Paragraphs[pi-1], byPara[a.Paragraphs[pi-1]], prevPerson, text[at[2]:at[3]])) {
					bound[strings.ToLower(text[at[2]:at[3]])] = prevPerson
					openedOnPerson = true
				}
			}
			pronounBindings(p, ms, bound)
			quotes := actors.FindQuotes(p.Text)
			// "KAVANAGH-MOORE: Good afternoon. Today we are …": a
			// transcript's turn, its speaker named by the label that opens
			// it, is their words, marks or none.
			if m := transcriptTurn(p.Text, ms); m != nil && len(quotes) == 0 {
				start := m.end + 1 + len(p.Text[m.end+1:]) - len(strings.TrimLeft(p.Text[m.end+1:], " "))
				q := actors.Quote{Article: a.ID, Passage: p.ID, Text: actors.QuoteText(p.Text[start:]), Start: start, End: len(p.Text), Speaker: m.actor.ID, Via: "label"}
				m.actor.Quotes = append(m.actor.Quotes, q)
				continue
			}
			inQuote := func(i int) bool {
				for _, q := range quotes {
					if i > q[0] && i < q[1] {
						return true
					}
				}
				return false
			}
			// "He said" reaches back one paragraph at most.
			if pi-lastPara > 1 {
				last = speaker{}
			}
			bySentence := map[int]speaker{}
			cands := map[int][]candidate{}
			// narrS and narrE bound the paragraph's latest sentence that
			// opens outside a quotation.
			narrS, narrE := -1, -1
			for _, sen := range p.Sentences {
				s, e := sen.Start-p.Start, sen.End-p.Start
				ref := referents{person: last.actor, spokesperson: last.spokesperson, subject: subject, bodies: namedBefore(bodies, actors.Organization, ms, s), people: namedBefore(people, actors.Person, ms, s)}
				if first := firstPersonBefore(ms, s); first != nil {
					ref.subject = first
				}
				ref.byPronoun = bound
				ref.statementBy = statementBy
				if strings.Contains(p.Text[:s], "statement") {
					if here := lastPersonBefore(ms, s, nil); here != nil {
						ref.statementBy = here
					}
				}
				if ref.person == nil {
					ref.person = lastPersonBefore(ms, s, prevPerson)
					ref.earlier = lastPersonBefore(ms, s, nil) == nil
					// "X broke away from Y on the last lap. “…,” she
					// said", before anyone has spoken: the subject of the
					// sentence before, not the person its object names.
					if !ref.earlier && (quoteOpens(p.Text[s:]) || inQuote(s)) {
						if op := subjectOpener(p.Text, ms, narrS, narrE); op != nil {
							ref.person = op
						}
					}
				} else if lastPara < pi {
					// A person this paragraph names before the sentence
					// comes before the previous paragraph's speaker: "X
					// accepted the verdict. “…,” she said."
					if here := lastPersonBefore(ms, s, nil); here != nil {
						ref.person = here
						// "Vale boss X felt they deserved a penalty when Y
						// went down. “…,” he said": the subject of the
						// sentence before, not a name in its clause.
						if op := subjectOpener(p.Text, ms, narrS, narrE); op != nil && (quoteOpens(p.Text[s:]) || inQuote(s)) {
							ref.person = op
						}
					} else if after != nil && lastPara == pi-1 {
						// "X praised the film. Y, who lives in exile,
						// accepted the award. ¶ “…,” she said": the
						// person a later sentence opened with.
						ref.person = after
					}
				} else if narrS > lastS && (quoteOpens(p.Text[s:]) || inQuote(s)) {
					// "“…,” Madison said. Baker used his speech to urge
					// studios to … “…,” he said": the person the sentence
					// since the last quotation opens with, not its speaker.
					if op := subjectOpener(p.Text, ms, narrS, narrE); op != nil && op != last.actor {
						ref.person = op
					}
				}
				cs := sentenceSpeakers(p.Text, ms, s, e, inQuote, ref)
				if !quoteOpens(p.Text[s:]) && !inQuote(s) {
					narrS, narrE = s, e
				}
				cands[s] = cs
				if len(cs) > 0 {
					bySentence[s] = cs[0].speaker
					last, lastPara, lastS = cs[0].speaker, pi, s
					after = nil
				} else if m := personOpening(ms, s); m != nil && last.actor != nil && m != last.actor {
					after = m
				}
			}
			var prev speaker
			carried, closedBefore := open, ended
			open, ended = speaker{}, speaker{}
			for qi, loc := range quotes {
				q := actors.Quote{Article: a.ID, Passage: p.ID, Text: actors.QuoteText(p.Text[loc[0]:loc[1]]), Start: loc[0], End: loc[1]}
				// "who goes by the nom de guerre “Pablo Tejada”": a name
				// in quotation marks is no one's words.
				// Nor is "“Nurlan Seitkaliyev”, a member of the Mazhilis,".
				// Nor is a title in quotation marks: "“Northern Glass,” the
				// first single".
				if strings.TrimSpace(q.Text) == "" || nicknameInName(p.Text, loc) || len(strings.Fields(q.Text)) <= 4 && (aliasBefore.MatchString(textBefore(p.Text, loc[0], 40)) || quotedPersonAfter.MatchString(textAfter(p.Text, loc[1], 80)) && quotedName(q.Text)) || quotedTitle(q.Text) || len(strings.Fields(q.Text)) <= 6 && workNounAfter.MatchString(textAfter(p.Text, loc[1], 40)) {
					continue
				}
				endS, _ := sentenceAt(p, max(loc[0], loc[1]-1))
				startS, _ := sentenceAt(p, loc[0])
				sp := nearest(p.Text, cands[endS], loc)
				if sp.actor == nil {
					sp = nearest(p.Text, cands[startS], loc)
				}
				// "X said, adding that “… parliament. I want …” facing
				// the country, according to Kyodo News.": a quotation of
				// two sentences is its speaker's, whom the first names;
				// the agency at the end is the report's source.
				if sp.via == "according-to" && startS != endS {
					if first := nearest(p.Text, cands[startS], loc); first.actor != nil && first.via != "according-to" {
						sp = first
					}
				}
				// "“…for four drones?” Senator Tully said.": a question
				// or an exclamation ends its sentence, and the speaker's
				// short sentence follows it. So may a full stop, when the
				// verb says nothing of its own: "“…for the hulls.” X
				// said, adding that …", not "“…” X said the plan failed".
				if sp.actor == nil && (closesSentence(p.Text, loc) || closesWithStop(p.Text, loc)) {
					question := closesSentence(p.Text, loc)
					after := loc[1] + len(p.Text[loc[1]:]) - len(strings.TrimLeft(p.Text[loc[1]:], " "))
					if next, _ := sentenceAt(p, after); next >= loc[1] {
						for _, c := range cands[next] {
							if c.at-loc[1] <= 60 && !strings.ContainsAny(p.Text[loc[1]:c.at], ".,;:“”\"") && (question || verbStandsAlone(p.Text, c.at)) {
								sp = c.speaker
								break
							}
						}
					}
				}
				// "“We have heard it all before.” That was the verdict of
				// X": the next sentence names whose words they were.
				if sp.actor == nil {
					rest := p.Text[loc[1]:]
					if w := thoseWereWords.FindStringIndex(textAfter(rest, 0, 120)); w != nil {
						if m := mentionAfter(ms, p.Text, loc[1]+w[1]-1); m != nil && m.actor.Kind == actors.Person {
							sp = speaker{actor: m.actor, via: "verb"}
						}
					}
				}
				// "“…,” Qatar's foreign ministry spokesman said. Majed
				// al-Mutawa told reporters …": the spokesperson the next
				// sentence names, opening it before a speech verb.
				if sp.spokesperson {
					if m := namedNext(a, pi, p, endS, byPara); m != nil {
						sp = speaker{actor: m.actor, via: "verb"}
					}
				}
				// "The mother of a boy found in a car has described it as
				// “…”. Shanice X said …": a speaker described, not named,
				// whom the next sentence names before its verb.
				if sp.actor == nil && describedSubject.MatchString(textAfter(p.Text, endS, 80)) && hasSpeechVerb(p.Text, endS, loc, inQuote) {
					if m := namedNext(a, pi, p, endS, byPara); m != nil && m.actor.Kind == actors.Person {
						sp = speaker{actor: m.actor, via: "verb"}
					}
				}
				// "“This sets a precedent …” — Rodrigo X, a lawyer": a
				// dash and a person after the quotation sign it.
				if sp.actor == nil {
					if m := signedAfter(p.Text, ms, loc[1]); m != nil {
						sp = speaker{actor: m.actor, via: "verb"}
					}
				}
				// A paragraph that opens with a quotation goes on with the
				// one the previous paragraph left open.
				if sp.actor == nil && qi == 0 && carried.actor != nil && strings.TrimSpace(p.Text[:loc[0]]) == "" {
					sp = speaker{actor: carried.actor, via: "continues"}
				}
				// A paragraph that is one quotation and nothing else, right
				// after a paragraph whose last quotation had a speaker, is
				// that speaker's next words: "“He took the money. …”"
				if sp.actor == nil && len(quotes) == 1 && closedBefore.actor != nil && strings.TrimSpace(p.Text[:loc[0]]) == "" && strings.TrimSpace(p.Text[loc[1]:]) == "" {
					sp = speaker{actor: closedBefore.actor, via: "continues"}
				}
				// A paragraph that is one quotation and nothing else, after
				// a paragraph with none that named one person: "Dale X,
				// 63, hauled 180 traps. ¶ “You learn to read the water.”"
				if sp.actor == nil && len(quotes) == 1 && qi == 0 && closedBefore.actor == nil && carried.actor == nil && alone != nil && strings.TrimSpace(p.Text[:loc[0]]) == "" && strings.TrimSpace(p.Text[loc[1]:]) == "" {
					sp = speaker{actor: alone, via: "continues"}
				}
				// A nickname in quotation marks ("the nickname “Yura”") is
				// no one's words.
				if sp.actor == nil && !hasSpeechVerb(p.Text, startS, loc, inQuote) && !nicknameBefore.MatchString(p.Text[startS:loc[0]]) {
					// A quote that goes on from the paragraph's last speaker.
					if prev.actor != nil {
						sp = speaker{actor: prev.actor, via: "continues"}
					} else if before := previousSpeaker(p, bySentence, startS); before.actor != nil {
						sp = speaker{actor: before.actor, via: "continues"}
					} else if only := onlyPersonBefore(ms, startS); only != nil && strings.TrimSpace(p.Text[startS:loc[0]]) == "" && startS > 0 {
						// "For Kemi Ade, a nurse, the answer is clear. “I
						// love this job …”": the one person the sentence
						// before names speaks.
						sp = speaker{actor: only, via: "pronoun"}
					} else if subj := sentenceSubject(p.Text, ms, startS, loc[0]); subj != nil {
						// "Home Minister X resigned on Tuesday, taking “moral
						// responsibility”": the words are the subject's.
						sp = speaker{actor: subj, via: "verb"}
					}
				}
				// "A: “Because the alternative was …”": an answer of the
				// interview.
				if sp.actor == nil && interviewee != nil && qaLabel.MatchString(p.Text) && strings.HasPrefix(p.Text, "A") && strings.TrimSpace(qaLabel.ReplaceAllString(p.Text[:loc[0]], "")) == "" {
					sp = speaker{actor: interviewee, via: "continues"}
				}
				// "Malacañang, through Palace Press Officer X, said …": a
				// body speaks through the person it names.
				if sp.actor != nil && sp.actor.Kind != actors.Person {
					if m := throughPerson(p.Text, ms, startS, loc[0]); m != nil {
						sp = speaker{actor: m.actor, via: sp.via}
					}
				}
				if sp.actor != nil {
					q.Speaker, q.Via = sp.actor.ID, sp.via
					sp.actor.Quotes = append(sp.actor.Quotes, q)
				} else {
					set.Unattributed = append(set.Unattributed, q)
				}
				prev = sp
				if qi == len(quotes)-1 && unclosed(p.Text, loc) {
					open = sp
				} else if qi == len(quotes)-1 {
					ended = sp
				}
			}
			// "In a 2009 interview she said:" closing a paragraph with no
			// quotation: the next paragraph's opening quotation is hers.
			if len(quotes) == 0 && strings.HasSuffix(strings.TrimSpace(p.Text), ":") && len(p.Sentences) > 0 {
				lastS := p.Sentences[len(p.Sentences)-1].Start - p.Start
				if cs := cands[lastS]; len(cs) > 0 {
					open = cs[len(cs)-1].speaker
				}
			}
			alone = nil
			if len(quotes) == 0 {
				alone = onlyPersonBefore(ms, len(p.Text))
			}
			if alone != nil {
				lastAlone = alone
			}
			// "Morag X climbs aboard. ¶ She is 83 … ¶ “…,” she said": a
			// paragraph or two that name no one, nor any body (places
			// aside), leave the person named before in view.
			// So does one that opens on "she" or "he" for that person,
			// whatever body it names ("She has promised a bigger role for
			// Codelco").
			if here := lastPersonBefore(ms, len(p.Text), nil); here != nil || !openedOnPerson && slices.ContainsFunc(ms, func(m *mention) bool { return m.actor.Kind == actors.Organization }) || quiet >= quietParagraphs {
				prevPerson, quiet = here, 0
				// "X stormed into the semi-finals with a win over Y. ¶
				// “…,” he said": the subject of the paragraph's last
				// sentence, not the person its object names.
				if n := len(p.Sentences); n > 0 && here != nil && !strings.ContainsAny(p.Text, "“”\"") {
					last := p.Sentences[n-1]
					if op := subjectOpener(p.Text, ms, last.Start-p.Start, last.End-p.Start); op != nil && op != here {
						prevPerson = op
					}
				}
			} else {
				quiet++
			}
			// "The Kenyan, who trains under coach X, ran alone after
			// dropping Y. ¶ “…,” she told RTP": a paragraph whose
			// subject is the person described, not named, leaves "she"
			// to the person the story last opened a paragraph with.
			if lead != nil && describedOpener.MatchString(p.Text) {
				prevPerson = lead
			}
			if m := openingPerson(ms, p.Text); m != nil {
				lead = m
			}
			if first := firstPersonBefore(ms, len(p.Text)); first != nil {
				subject = first
			}
			// "In a statement by the spokesman, X, the police denied …. ¶
			// The statement read, “…”": X's statement.
			if here := lastPersonBefore(ms, len(p.Text), nil); here != nil {
				statementBy = nil
				if strings.Contains(p.Text, "statement") {
					statementBy = here
				}
			}
			bodies = namedBefore(bodies, actors.Organization, ms, len(p.Text))
			people = namedBefore(people, actors.Person, ms, len(p.Text))
			// "X met union leader Y. The minister offered a 4% rise. ¶
			// “…,” he said": the paragraph ends on a person by role, whom
			// "he" then means.
			if n := len(p.Sentences); n > 1 {
				last := p.Sentences[n-1]
				if m := roleSubject.FindStringSubmatch(p.Text[last.Start-p.Start : last.End-p.Start]); m != nil && (titles[m[1]] || jobNouns[m[1]]) {
					if h := (referents{people: people}).holder(m[1]); h != nil {
						prevPerson = h
					}
				}
			}
		}
		signedStatements(a, byPara)
		dashQuotes(a, byPara)
		titleQuotes(a, set, x, byPara)
	}
}

// signedStatements attributes a paragraph without quotation marks to the
// actor named on the line right after it, when that line is a dash and
// a name alone, as live pages set a statement and sign it: "We are
// working closely with the airlines … ¶ – Heathrow spokesperson", "…
// ¶ — Jane Roe, union secretary". The line names the speaker first.
func signedStatements(a *corpus.Article, byPara map[*corpus.Paragraph][]*mention) {
	for pi := 1; pi < len(a.Paragraphs); pi++ {
		p, said := a.Paragraphs[pi], a.Paragraphs[pi-1]
		ms := byPara[p]
		if len(ms) == 0 || said.Kind != corpus.Body || !corpus.SignatureLine(p.Text) || strings.ContainsAny(said.Text, "“”\"") || len(strings.Fields(said.Text)) < signedStatementWords {
			continue
		}
		speaker := ms[0]
		for _, m := range ms {
			if m.start < speaker.start {
				speaker = m
			}
		}
		// The name opens the signature: "– Heathrow spokesperson", not
		// "– a passenger at Heathrow".
		if strings.TrimLeft(p.Text[:speaker.start], " –—-") != "" {
			continue
		}
		q := actors.Quote{Article: a.ID, Passage: said.ID, Text: actors.QuoteText(said.Text), Start: 0, End: len(said.Text), Speaker: speaker.actor.ID, Via: "signed"}
		speaker.actor.Quotes = append(speaker.actor.Quotes, q)
	}
}

// dashQuotes attributes the quotations that a dash opens instead of a
// quotation mark, as Nordic agencies' English copy and other European
// styles write them: "– A cracked pane is rare, says NTSB chief X." The
// speaker is the person named first after the speech verb, within
// dashSpeakerGap bytes of it, else the body; a paragraph with quotation
// marks is left to the other rules.
func dashQuotes(a *corpus.Article, byPara map[*corpus.Paragraph][]*mention) {
	for _, p := range a.Paragraphs {
		ms := byPara[p]
		if len(ms) == 0 || p.Kind != corpus.Body {
			continue
		}
		start, end, after, ok := actors.DashQuote(p.Text)
		if !ok {
			continue
		}
		// A person named after a body is its officer: "says NTSB chief X".
		var speaker *mention
		for _, m := range ms {
			if m.start < after || m.start-after > dashSpeakerGap {
				continue
			}
			if speaker == nil || (m.actor.Kind == actors.Person) != (speaker.actor.Kind == actors.Person) && m.actor.Kind == actors.Person || m.actor.Kind == speaker.actor.Kind && m.start < speaker.start {
				speaker = m
			}
		}
		if speaker == nil {
			continue
		}
		q := actors.Quote{Article: a.ID, Passage: p.ID, Text: p.Text[start:end], Start: 0, End: end, Speaker: speaker.actor.ID, Via: "verb"}
		speaker.actor.Quotes = append(speaker.actor.Quotes, q)
	}
}

// dashSpeakerGap is how far after the speech verb a dash's quotation may
// name its speaker: past a role ("says NTSB chief").
const dashSpeakerGap = 40

// signedStatementWords is the fewest words a paragraph signed by the
// line after it must have to be a statement, not a heading.
const signedStatementWords = 8

// titleQuotes attributes the quotations of an article's headline that
// its text does not repeat: to the actor the headline names before them
// with a speech verb or a colon ("Coach Brennan: “We let the town
// down”", "China says it will “firmly respond”"); or, for a headline
// that opens with the quotation ("‘We grew up thinking the sea was
// endless’: a fisher on …"), to the one person the first paragraph
// names. Others stay out: a headline's words alone are no evidence of
// whose they are.
func titleQuotes(a *corpus.Article, set *actors.Set, x *extractor, byPara map[*corpus.Paragraph][]*mention) {
	quotes := actors.FindQuotes(a.Title)
	if len(quotes) == 0 {
		return
	}
	said := map[string]bool{}
	for _, act := range set.Actors {
		for _, q := range act.Quotes {
			if q.Article == a.ID {
				said[quoteKey(q.Text)] = true
			}
		}
	}
	for _, q := range set.Unattributed {
		if q.Article == a.ID {
			said[quoteKey(q.Text)] = true
		}
	}
	var inTitle []*mention
	for _, m := range x.mentions {
		if m.art == a && m.actor != nil && m.para.ID == a.ID+corpus.TitleSuffix {
			inTitle = append(inTitle, m)
		}
	}
	for _, loc := range quotes {
		text := actors.QuoteText(a.Title[loc[0]:loc[1]])
		if len(strings.Fields(text)) < 2 || said[quoteKey(text)] {
			continue
		}
		var who *actors.Actor
		for _, m := range inTitle {
			if m.end <= loc[0] && titleSpeech.MatchString(a.Title[m.end:loc[0]]) {
				who = m.actor // the last such actor before the quotation
			}
		}
		if who == nil && strings.TrimSpace(a.Title[:loc[0]]) == "" && strings.HasPrefix(strings.TrimSpace(a.Title[loc[1]:]), ":") {
			who = firstParagraphsPerson(a, byPara)
		}
		// "‘We are not going anywhere,’ says harbour master": a headline
		// opening with the quotation, then a speech verb: the person
		// named after the verb, else, for a role, the one person the
		// first paragraph names.
		// ("Interview: ‘…,’ says central bank governor": a label with a
		// colon may head it.)
		if sv := titleSaysAfter.FindStringIndex(a.Title[loc[1]:]); who == nil && sv != nil && (strings.TrimSpace(a.Title[:loc[0]]) == "" || titleLabel.MatchString(a.Title[:loc[0]])) {
			for _, m := range inTitle {
				if m.start >= loc[1]+sv[1] && m.start <= loc[1]+sv[1]+30 && m.actor.Kind == actors.Person {
					who = m.actor
					break
				}
			}
			// (The role must be the one the paragraph gives: not "says
			// fisherman" over a paragraph on the harbour master.)
			// The role's last word will do: "central bank governor" over
			// "Bank of Ghana Governor X".
			role := titleRole.FindStringSubmatch(a.Title[loc[1]+sv[1]:])
			if who == nil && role != nil && len(a.Paragraphs) > 0 && (strings.Contains(strings.ToLower(a.Paragraphs[0].Text), strings.ToLower(role[1])) || titles[lastWord(strings.ToLower(role[1]))] && containsWord(strings.ToLower(a.Paragraphs[0].Text), lastWord(strings.ToLower(role[1])))) {
				who = firstParagraphsPerson(a, byPara)
			}
		}
		if who == nil {
			continue
		}
		q := actors.Quote{Article: a.ID, Passage: a.ID + corpus.TitleSuffix, Text: text, Start: loc[0], End: loc[1], Speaker: who.ID, Via: "headline"}
		who.Quotes = append(who.Quotes, q)
	}
}

// firstParagraphsPerson returns the one person the article's first
// paragraph names outside quotation marks, or nil when it names none or
// several.
func firstParagraphsPerson(a *corpus.Article, byPara map[*corpus.Paragraph][]*mention) *actors.Actor {
	if len(a.Paragraphs) == 0 {
		return nil
	}
	var people []*actors.Actor
	for _, m := range byPara[a.Paragraphs[0]] {
		if m.actor.Kind == actors.Person && !m.inQuote && !slices.Contains(people, m.actor) {
			people = append(people, m.actor)
		}
	}
	if len(people) != 1 {
		return nil
	}
	return people[0]
}

// containsWord reports whether the lower-case text holds w as a whole
// word.
func containsWord(text, w string) bool {
	for i := 0; w != ""; {
		k := strings.Index(text[i:], w)
		if k < 0 {
			return false
		}
		start, end := i+k, i+k+len(w)
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if (start == 0 || !unicode.IsLetter(before)) && (end == len(text) || !unicode.IsLetter(after)) {
			return true
		}
		i = end
	}
	return false
}

// titleLabel is a label heading a headline before its quotation:
// "Interview: ", "Exclusive: ", "Q&A: ".
var titleLabel = &lazyregexp.Regexp{Expr: `^\s*(?:\p{L}[\p{L}&]*\s*){1,2}:\s*$`}

// titleSaysAfter is a speech verb right after a headline's opening
// quotation: "‘…,’ says harbour master".
var titleSaysAfter = &lazyregexp.Regexp{Expr: `^\s*,?\s*(?:says|said|warns|insists|vows|tells\s+\p{L}+)\s+`}

// titleRole is the role after a headline's speech verb, up to a small
// word or the end: "harbour master" of "says harbour master as …".
var titleRole = &lazyregexp.Regexp{Expr: `^(?:the\s+|a\s+|an\s+)?((?:\p{L}[\p{L}-]*\s+){0,2}?\p{L}[\p{L}-]*)(?:\s+(?:as|after|in|on|over|of|amid|at|to|for)\b|[,:;.!?]|$)`}

// objectNamed reports whether paragraph p names a last as the object of
// a preposition after a role: "with the British glaciologist Peter X".
func objectNamed(p *corpus.Paragraph, ms []*mention, a *actors.Actor) bool {
	var last *mention
	for _, m := range ms {
		if m.actor == a && !m.inQuote {
			last = m
		}
	}
	return last != nil && objectWithRole.MatchString(textBefore(p.Text, last.start, 80))
}

// objectWithRole is a preposition, a determiner and a role of one to
// three words right before a name: "with the British glaciologist ".
var objectWithRole = &lazyregexp.Regexp{Expr: `\b(?:with|to|from|against|by)\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{L}'’-]+\s+){1,3}$`}

// headlinePerson returns the one person a's headline names, or nil.
func headlinePerson(a *corpus.Article, set *actors.Set) *actors.Actor {
	var found *actors.Actor
	for _, id := range set.InPassage(a.ID + corpus.TitleSuffix) {
		act := set.Actor(id)
		if act == nil || act.Kind != actors.Person {
			continue
		}
		if found != nil && found != act {
			return nil
		}
		found = act
	}
	return found
}

// quoteKey is a quotation's first words, folded, to tell whether a
// headline's quotation repeats one of the text's.
func quoteKey(text string) string {
	f := strings.Fields(strings.ToLower(strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return ' '
	}, text)))
	return strings.Join(f[:min(len(f), 5)], " ")
}

// titleSpeech is what stands between a speaker a headline names and
// the quotation: a colon, or a speech verb and a few words ("says it
// will").
var titleSpeech = &lazyregexp.Regexp{Expr: `^(?:\s*:\s*|\s+(?:says|said|warns|tells|urges|vows|insists|admits|calls|denies|claims|accuses|hails|slams)\b[^:“”"‘’]{0,40})$`}

// describedPeople are nouns by which a story refers back to the person
// it is about rather than to a role: "the teenager told", "the
// newcomer said".
// So is "the Iranian diplomat said" for the spokesman the article is
// about.
var describedPeople = wordSet("teenager youngster veteran newcomer rookie debutant substitute diplomat")

// describedOpener is a paragraph opening with its subject described, not
// named: "The Kenyan, …", "The 26-year-old …", "The striker …".
var describedOpener = &lazyregexp.Regexp{Expr: `^The\s+(?:\d{1,3}-year-old|\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch|er)|veteran|champion|striker|winger|midfielder|defender|goalkeeper|captain|forward|batter|bowler|rider|driver|runner|swimmer|skater|boxer|player|star|youngster|teenager|newcomer|rookie)(?:,|\s+\p{Ll})`}

// openingPerson returns the person whose name opens a paragraph (after a
// title or a dateline at most), or nil.
func openingPerson(ms []*mention, text string) *actors.Actor {
	for _, m := range ms {
		if m.actor.Kind == actors.Person && !m.inQuote && m.start < 40 && sentenceOpener.MatchString(text[:m.start]) {
			return m.actor
		}
	}
	return nil
}

// throughPerson returns the person named after "through" between bytes
// from and to of text, a body's spokesperson ("Malacañang, through
// Palace Press Officer X, said"), or nil.
func throughPerson(text string, ms []*mention, from, to int) *mention {
	for _, m := range ms {
		if m.actor.Kind == actors.Person && !m.inQuote && m.start >= from && m.end <= to && throughBefore.MatchString(textBefore(text, m.start, 60)) {
			return m
		}
	}
	return nil
}

// throughBefore is "through" and up to four words of a title before a
// name, after a comma: ", through Palace Press Officer ".
var throughBefore = &lazyregexp.Regexp{Expr: `,\s+through\s+(?:(?:its|the|a|an)\s+)?(?:[\p{L}.'’-]+\s+){0,4}$`}

// transcriptTurn returns the mention of a person that opens text as a
// transcript's label, a colon after it ("KAVANAGH-MOORE: …", "Mwangi:
// …"), with a sentence of at least five words after it, or nil.
func transcriptTurn(text string, ms []*mention) *mention {
	for _, m := range ms {
		if m.start != 0 || m.actor.Kind != actors.Person || m.end >= len(text) || text[m.end] != ':' {
			continue
		}
		if len(strings.Fields(text[m.end+1:])) >= 5 {
			return m
		}
	}
	return nil
}

// firstPersonBefore returns the person named first, outside quotations,
// before byte i of a paragraph, or nil.
func firstPersonBefore(ms []*mention, i int) *actors.Actor {
	var first *mention
	for _, m := range ms {
		if m.actor.Kind == actors.Person && !m.inQuote && m.end <= i && (first == nil || m.start < first.start) {
			first = m
		}
	}
	if first == nil {
		return nil
	}
	return first.actor
}

// personOpening is the person whose name opens the sentence at byte s of
// a paragraph, outside quotations, or nil.
func personOpening(ms []*mention, s int) *actors.Actor {
	for _, m := range ms {
		if m.start == s && m.actor.Kind == actors.Person && !m.inQuote {
			return m.actor
		}
	}
	return nil
}

// subjectOpener is the person the sentence from s opens with, after at
// most a few words of a role ("Vale boss X", "The mayor, X,"), when the
// sentence ends before e; nil when it opens otherwise.
func subjectOpener(text string, ms []*mention, s, e int) *actors.Actor {
	if s < 0 {
		return nil
	}
	for _, m := range ms {
		if m.start < s || m.end > e || m.inQuote {
			continue
		}
		if m.actor.Kind != actors.Person {
			continue // "Vale boss X": the body whose officer follows
		}
		// "In court, X apologized", "After the verdict, Y said": a
		// short adverbial set off first.
		if adverbialLead.MatchString(text[s:m.start]) {
			return possessedNamed(text, ms, m, e)
		}
		lead := strings.Fields(strings.Trim(text[s:m.start], " ,"))
		if len(lead) > 5 {
			return nil
		}
		for _, w := range lead {
			lw := strings.ToLower(strings.Trim(w, ","))
			if strings.Trim(w, "-–—") == "" {
				continue // a dateline's dash: "NEW YORK -"
			}
			if r := firstRune(w); !unicode.IsUpper(r) && !titles[lw] && !officerTitles[lw] && !roleQualifiers[lw] && !clubTitles[lw] && lw != "the" && lw != "a" {
				return nil
			}
		}
		return possessedNamed(text, ms, m, e)
	}
	return nil
}

// possessedNamed is the person a sentence opening with m is about: m's
// own, unless m owns a relative or an agent named next, set off by
// commas ("X's sister, Y, wept": Y).
func possessedNamed(text string, ms []*mention, m *mention, e int) *actors.Actor {
	for _, n := range ms {
		if n.start < m.end || n.end > e || n.inQuote || n.actor == m.actor {
			continue
		}
		if n.actor.Kind == actors.Person && possessedBetween.MatchString(text[m.end:n.start]) && strings.HasPrefix(text[n.end:], ",") {
			return n.actor
		}
		break
	}
	return m.actor
}

// possessedBetween joins a possessive to the name of whom it owns: "'s
// sister, ", "'s defence lawyer, ".
var possessedBetween = &lazyregexp.Regexp{Expr: `^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+$`}

// adverbialLead is a short phrase of time or place set off by a comma
// before a sentence's subject: "In court, ", "After the hearing, ".
var adverbialLead = &lazyregexp.Regexp{Expr: `^(?:In|At|On|Outside|Inside|After|Before|Later|Earlier|During)\s[^,.;:“”"]{1,30},\s+$`}

// quoteOpens reports whether text opens with a quotation mark.
func quoteOpens(text string) bool {
	r := firstRune(strings.TrimSpace(text))
	return r == '"' || r == '“' || r == '‘'
}

// onlyPersonBefore is the one person the mentions of a paragraph before
// byte i name, outside quotations, or nil when they name none or several.
func onlyPersonBefore(ms []*mention, i int) *actors.Actor {
	return onlyPersonIn(ms, 0, i)
}

// previousSpeaker is the speaker of the nearest earlier sentence of p that
// states one.
func previousSpeaker(p *corpus.Paragraph, bySentence map[int]speaker, before int) speaker {
	var found speaker
	for _, sen := range p.Sentences {
		s := sen.Start - p.Start
		if s >= before {
			break
		}
		if sp := bySentence[s]; sp.actor != nil {
			found = sp
		}
	}
	return found
}

// sentenceAt returns the [start, end) of the sentence of p holding byte i,
// relative to the passage.
func sentenceAt(p *corpus.Paragraph, i int) (int, int) {
	for _, s := range p.Sentences {
		if i >= s.Start-p.Start && i < s.End-p.Start {
			return s.Start - p.Start, s.End - p.Start
		}
	}
	return 0, len(p.Text)
}

// namedNext returns the person who opens the sentence after the one at
// byte s of p, in p or at the start of the article's next paragraph,
// right before a speech verb ("Majed al-Mutawa told reporters"), or nil.
func namedNext(a *corpus.Article, pi int, p *corpus.Paragraph, s int, byPara map[*corpus.Paragraph][]*mention) *mention {
	_, e := sentenceAt(p, s)
	next, start := p, e
	if e >= len(p.Text) {
		if pi+1 >= len(a.Paragraphs) {
			return nil
		}
		next, start = a.Paragraphs[pi+1], 0
	}
	for _, m := range byPara[next] {
		if m.actor.Kind == actors.Person && !m.inQuote && strings.TrimSpace(next.Text[start:m.start]) == "" && speechVerbAt(next.Text[m.end:]) {
			return m
		}
	}
	return nil
}

// sentenceSubject returns the person a sentence opens with, after titles
// at most ("Home Minister X resigned …"), named before byte q, or nil.
func sentenceSubject(text string, ms []*mention, s, q int) *actors.Actor {
	var first *mention
	for _, m := range ms {
		if m.actor.Kind == actors.Person && !m.inQuote && m.start >= s && m.end <= q && (first == nil || m.start < first.start) {
			first = m
		}
	}
	// Not "Kim's father, Kim Jong Il, … grew up with the nickname
	// “Yura”": a possessive is no subject, and a name is no speech.
	if first == nil || !titlesOnly.MatchString(text[s:first.start]) || !subjectVerbAfter.MatchString(text[first.end:q]) || nicknameBefore.MatchString(text[s:q]) {
		return nil
	}
	return first.actor
}

// subjectVerbAfter is a subject's verb after its name, an apposition set
// off by commas allowed: " resigned on Tuesday", ", the minister, said".
var subjectVerbAfter = &lazyregexp.Regexp{Expr: `^(?:,[^,“”"]{1,80},)?\s+\p{Ll}`}

// nicknameBefore is a name or nickname given before a quotation: "the
// Russian nickname “", "known as “".
// partyLetterBefore is a party's letter and hyphen before a member's
// state: "(D-", ", R-".
var partyLetterBefore = &lazyregexp.Regexp{Expr: `[(,]\s?[RDI]-$`}

// aliasBefore introduces a name a person goes by, in quotation marks, or
// a word named as a word: "will not mention the word “debt.”".
var aliasBefore = &lazyregexp.Regexp{Expr: `(?i)\b(?:nom de guerre|nom de plume|pseudonym|pen name|stage name|alias|goes by|known as|nicknamed|the word|the term)\s*$`}

var nicknameBefore = &lazyregexp.Regexp{Expr: `(?i)\b(?:nickname|name|known as|called|dubbed|nom de guerre|nom de plume|pseudonym|alias|goes by)\s*["“]?\s*$`}

// titlesOnly is what may stand before a sentence's subject: capitalised
// words of a title, or nothing.
var titlesOnly = &lazyregexp.Regexp{Expr: `^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$`}

// hasSpeechVerb reports whether the sentences of a quote have a speech
// verb outside quotation marks.
func hasSpeechVerb(text string, s int, loc []int, inQuote func(int) bool) bool {
	_, e := s, len(text)
	for _, m := range speechVerbsIn(text[s:]) {
		at := s + m[0]
		if at >= e {
			break
		}
		if !inQuote(at) && (at < loc[0] || at > loc[1]) {
			// Only this sentence and the quote's own.
			if strings.ContainsAny(text[loc[1]:max(loc[1], at)], ".!?") && at > loc[1] {
				return false
			}
			return true
		}
	}
	return false
}

// candidate is a speaker a sentence states, with where its verb stands.
type candidate struct {
	speaker
	at int
}

// nearest picks the candidate whose verb stands nearest the quotation at
// loc: in "X said the army would hold “…”, while Y pledged to …", the
// quotation is X's.
func nearest(text string, cs []candidate, loc []int) speaker {
	best, bestDist := speaker{}, 1<<30
	// "X said “…”, according to the agency": the agency is the source of
	// the report, X the speaker.
	verbs := cs[:0:0]
	for _, c := range cs {
		if c.via != "according-to" {
			verbs = append(verbs, c)
		}
	}
	if len(verbs) > 0 {
		cs = verbs
	}
	bestAt := 0
	for _, c := range cs {
		d := c.at - loc[1]
		if c.at >= loc[1] && otherClause.MatchString(text[loc[1]:c.at]) {
			// "X said “…”, while Y pledged": Y's verb is in another clause.
			d += 1000
		}
		if c.at < loc[0] {
			d = loc[0] - c.at
		} else if c.at < loc[1] {
			d = 0
		}
		if d < bestDist {
			best, bestDist, bestAt = c.speaker, d, c.at
		}
	}
	// "Minister X said Egypt rejected “unilateral measures”": a country
	// in the clause a person's verb reports is what the person speaks
	// for; the words are the person's.
	if best.actor != nil && best.actor.Kind == actors.Place {
		for _, c := range cs {
			if c.actor.Kind == actors.Person && c.at < bestAt && !strings.ContainsAny(text[c.at:bestAt], ",;:“”\"") {
				return c.speaker
			}
		}
	}
	return best
}

// sentenceSpeakers finds who the sentence [s, e) says speaks, for each
// speech verb in it, in order: a named actor next to a speech verb ("X
// said", "said X", "X, visiting Y, said"), "he said" (the pronoun is the
// latest speaker, pron), or "according to X".
func sentenceSpeakers(text string, ms []*mention, s, e int, inQuote func(int) bool, ref referents) []candidate {
	var out []candidate
	for s < e {
		sp, at, next := sentenceSpeaker(text, ms, s, e, inQuote, ref)
		if sp.actor == nil {
			break
		}
		out = append(out, candidate{sp, at})
		ref.spokeInSentence = sp.actor
		s = next
	}
	return out
}

// sentenceSubjectBefore returns the person named at the opening of the
// sentence from s, when that is the one person named before at (a
// pronoun's place), or nil.
func sentenceSubjectBefore(text string, inSentence []*mention, s, at int) *actors.Actor {
	var found *mention
	for _, m := range inSentence {
		if m.end > at {
			break
		}
		if m.actor.Kind != actors.Person {
			continue
		}
		if found != nil {
			return nil
		}
		found = m
	}
	if found == nil || len(strings.Fields(text[s:found.start])) > subjectLead {
		return nil
	}
	return found.actor
}

// objectOfPreposition reports whether the last mention of a before the
// byte before is the object of "of": "the resignation of Fumio Kishida".
func objectOfPreposition(text string, ms []*mention, a *actors.Actor, before int) bool {
	var last *mention
	for _, m := range ms {
		if m.actor == a && m.end <= before {
			last = m
		}
	}
	return last != nil && objectBefore.MatchString(textBefore(text, last.start, 80))
}

// objectBefore is a preposition before a person it takes, perhaps with
// a role set off first: "of ", "to ", "to the city's acting head of
// water, ".
var objectBefore = &lazyregexp.Regexp{Expr: `(?:\b(?:of|to|with|from|against)\s+|\b(?:to|with|from)\s+(?:the|a|an|his|her|its|their)\s+[^,.;:“”"]{1,60},\s+)$`}

// paragraphSubject returns the person the paragraph opens with, named
// within its first words and before the byte before, or nil.
func paragraphSubject(text string, ms []*mention, before int) *actors.Actor {
	for _, m := range ms {
		if m.start >= before || len(strings.Fields(text[:m.start])) > subjectLead {
			break
		}
		if m.actor.Kind == actors.Person {
			return m.actor
		}
		// "Ward councillor X", "Ukraine's president Y": a body or a
		// place in the subject's title comes first.
		if !strings.HasPrefix(text[m.end:], " ") && !strings.HasPrefix(text[m.end:], "'s ") && !strings.HasPrefix(text[m.end:], "’s ") {
			return nil
		}
	}
	return nil
}

// sentenceSpeaker finds the first speaker stated in [s, e), the byte where
// its verb stands, and where to look for the next one.
func sentenceSpeaker(text string, ms []*mention, s, e int, inQuote func(int) bool, ref referents) (speaker, int, int) {
	pron := ref.person
	var inSentence []*mention
	for _, m := range ms {
		// Not the state of "X (D-N.M.) said": a member's state after the
		// party's letter belongs to the member's name.
		// Nor "A statement on Twitter said": the platform a statement was
		// posted on does not speak.
		if m.start >= s && m.end <= e && !m.inQuote && !partyLetterBefore.MatchString(textBefore(text, m.start, 8)) && !(socialPlatforms[m.actor.Name] && strings.HasSuffix(textBefore(text, m.start, 4), "on ")) {
			inSentence = append(inSentence, m)
		}
	}
	verbs := speechVerbsIn(text[s:e])
	for k, loc := range verbs {
		v, ve := s+loc[0], s+loc[1]
		if inQuote(v) {
			continue
		}
		// "A statement signed by the Secretary to the State Government,
		// Dr. X, on Thursday said": the person who signed it.
		if statementSignedBy.MatchString(text[s:v]) {
			for _, m := range inSentence {
				if m.actor.Kind == actors.Person && m.end <= v {
					return speaker{actor: m.actor, via: "verb"}, v, ve
				}
			}
		}
		// "The ELN's delegation, led by a commander known as X, said":
		// the body whose delegation a clause on its leader follows.
		if ledByClause.MatchString(text[s:v]) && len(inSentence) > 0 && inSentence[0].actor.Kind == actors.Organization && strings.TrimPrefix(text[s:inSentence[0].start], "The ") == "" {
			return speaker{actor: inSentence[0].actor, via: "verb"}, v, ve
		}
		// "X, who wrote the bill with Y, said": a verb in a relative
		// clause on X, before the sentence's own verb, names no speaker;
		// passing it keeps X in view of that verb.
		if relativeVerb.MatchString(text[s:v]) && slices.ContainsFunc(verbs[k+1:], func(l []int) bool { return !inQuote(s + l[0]) }) {
			continue
		}
		// "Andrew X, who called the rules “a tax on American firms”": the
		// verb of a relative clause, the sentence's last, is the person's
		// the clause hangs on.
		if loc := relativeVerb.FindStringIndex(text[s:v]); loc != nil {
			if i := slices.IndexFunc(inSentence, func(m *mention) bool { return m.end == s+loc[0] && m.actor.Kind == actors.Person }); i >= 0 {
				return speaker{actor: inSentence[i].actor, via: "verb"}, v, ve
			}
		}
		if participles[text[v:ve]] {
			// "…, with floor leader X saying that “…”": the person the
			// participle follows, after "with" and a role, speaks.
			for _, m := range inSentence {
				if m.actor.Kind == actors.Person && m.end < v && strings.TrimSpace(text[m.end:v]) == "" && withRoleBefore.MatchString(text[s:m.start]) {
					return speaker{actor: m.actor, via: "verb"}, v, ve
				}
			}
			// "“…,” Xi was quoted as saying by Xinhua", "He was quoted
			// by state media as saying": the one quoted speaks.
			if text[v:ve] == "saying" {
				for _, m := range inSentence {
					if m.actor.Kind == actors.Person && m.end <= v && quotedAs.MatchString(text[m.end:v]) {
						return speaker{actor: m.actor, via: "verb"}, v, ve
					}
				}
				if pron != nil {
					if word, rest, ok := strings.Cut(text[s:v], " "); ok && (word == "He" || word == "She") && quotedAs.MatchString(" "+rest) {
						return speaker{actor: ref.pronounFor(word), via: "pronoun"}, v, ve
					}
				}
				// "The minister was quoted by the paper as saying": the
				// person the article gave the role.
				if m := quotedRole.FindStringSubmatch(text[s:v]); m != nil && (titles[m[1]] || anyOfficial[m[1]] || describedPeople[m[1]]) && quotedAs.MatchString(text[s+len(m[0]):v]) {
					if holder := ref.holder(m[1]); holder != nil {
						return speaker{actor: holder, via: "pronoun"}, v, ve
					}
				}
			}
			// "Spokesperson X made the remarks at a briefing, saying …":
			// the person the sentence opens with, one clause before; or
			// the actor that opens it ("Mali's military government
			// ordered …, accusing him of “bias”").
			for _, m := range inSentence {
				if m.actor.Kind == actors.Person && m.end <= v && (participleClause.MatchString(text[m.end:v]) || appositionParticipleClause.MatchString(text[m.end:v])) && len(strings.Fields(text[s:m.start])) <= subjectLead {
					return speaker{actor: m.actor, via: "verb"}, v, ve
				}
			}
			for _, m := range inSentence {
				if m.end <= v && sentenceOpener.MatchString(text[s:m.start]) && participleClause.MatchString(strings.TrimPrefix(strings.TrimPrefix(text[m.end:v], "’s"), "'s")) {
					return speaker{actor: m.actor, via: "verb"}, v, ve
				}
			}
			// "He sounded cool on the idea, saying: “…”": the person the
			// pronoun the sentence opens with stands for.
			if pron != nil {
				if word, rest, ok := strings.Cut(text[s:v], " "); ok && (word == "He" || word == "She") && participleClause.MatchString(" "+rest) {
					return speaker{actor: ref.pronounFor(word), via: "pronoun"}, v, ve
				}
			}
			// "The spokesperson also commented on the trip by the
			// region's president, X, saying …": the person the role
			// opening the sentence stands for.
			if m := roleOpener.FindStringSubmatch(text[s:v]); m != nil && (titles[m[1]] || anyOfficial[m[1]] || describedPeople[m[1]]) {
				if holder := ref.holder(m[1]); holder != nil {
					return speaker{actor: holder, via: "pronoun"}, v, ve
				}
				if pron != nil && pron.Kind == actors.Person {
					return speaker{actor: pron, via: "pronoun"}, v, ve
				}
			}
			// "Nordvault, a crypto lender, froze withdrawals, citing …";
			// "Bitcoin fell after Nordvault, a lender, froze withdrawals,
			// citing …": the subject of the clause the participle ends.
			for _, m := range inSentence {
				if m.end <= v && (sentenceOpener.MatchString(text[s:m.start]) || subordinateOpener.MatchString(text[s:m.start])) && appositiveParticipleClause.MatchString(text[m.end:v]) {
					return speaker{actor: m.actor, via: "verb"}, v, ve
				}
			}
			continue
		}
		// "X said": the actor named right before the verb; of a name
		// inside another ("University of Southern Denmark"), the whole.
		var before *mention
		for _, m := range inSentence {
			// "the NCP MLA said": a member's letters after a body are the
			// member, who is no one named there.
			// Not "a boy found in a car in Bristol has described …": a
			// place after "in" is where, no speaker.
			// ("The U.S. Embassy in Havana said" is the embassy's, below.)
			if m.actor.Kind == actors.Place && placeAdjunct.MatchString(text[s:m.start]) && !slices.ContainsFunc(inSentence, func(o *mention) bool {
				return o.actor.Kind == actors.Organization && o.end <= m.start && strings.TrimSpace(text[o.end:m.start]) == "in"
			}) {
				continue
			}
			if m.end <= v && (adverbsBetween.MatchString(text[m.end:v]) && (m.actor.Kind == actors.Person || !postNominalAfter.MatchString(text[m.end:v])) || m.actor.Kind == actors.Person && auxAfterApposition.MatchString(text[m.end:v]) && saidOrTold[text[v:ve]] || m.actor.Kind == actors.Organization && bodyNounBeforeVerb.MatchString(text[m.end:v])) && (before == nil || m.end > before.end || m.end == before.end && m.start < before.start) {
				before = m
			}
		}
		// "the bank, known as the BCRP, said": the name a noun is known
		// by speaks.
		if before == nil {
			for _, m := range inSentence {
				if m.actor.Kind != actors.Place && m.end <= v && knownAsBefore.MatchString(text[s:m.start]) && knownAsAfter.MatchString(text[m.end:v]) {
					before = m
				}
			}
		}
		// "Jane Roe of the Border Guard told": the person, not the body.
		// "… of the National Action Party (PAN) called": the body, not its
		// initials in brackets.
		// Of names ending there, the whole: "The Central Bank of Sri
		// Lanka (CBSL) said" is the bank's, not Sri Lanka's.
		if before != nil {
			var named *mention
			for _, m := range inSentence {
				if m.end <= before.start && strings.TrimSpace(text[m.end:before.start]) == "(" && (named == nil || m.start < named.start) {
					named = m
				}
			}
			if named != nil {
				before = named
			}
		}
		// "The U.S. Embassy in Havana said": the body named before "in"
		// and the place, not the place.
		if before != nil && before.actor.Kind == actors.Place {
			for _, m := range inSentence {
				if m.actor.Kind == actors.Organization && m.end <= before.start && text[m.end:before.start] == " in " {
					before = m
					break
				}
			}
		}
		// "Egypt's foreign ministry said", "The Japanese embassy in Manila
		// said": the country speaks.
		// But "The Israeli military said" is the military's, a body of
		// its own the article names.
		for _, m := range inSentence {
			if m.actor.Kind == actors.Place && m.end <= v && (placeBody.MatchString(text[m.end:v]) || demonymBody.MatchString(text[m.end:v]) && theBefore.MatchString(text[s:m.start])) {
				for _, o := range inSentence {
					if o.actor.Kind == actors.Organization && o.start == m.start && o.end > m.end && o.end <= v && forceNames[strings.ToLower(lastWord(text[o.start:o.end]))] && adverbsBetween.MatchString(text[o.end:v]) {
						return speaker{actor: o.actor, via: "verb"}, v, ve
					}
				}
				return speaker{actor: m.actor, via: "verb", spokesperson: spokespersonBefore.MatchString(text[m.end:v])}, v, ve
			}
		}
		// "President X's office said": the person whose office it is.
		if before == nil {
			for _, m := range inSentence {
				if m.actor.Kind == actors.Person && m.end <= v && officeOf.MatchString(text[m.end:v]) {
					return speaker{actor: m.actor, via: "verb"}, v, ve
				}
			}
		}
		// "The Bar Association's Lagos branch described …": the body
		// whose branch in a place speaks.
		if before == nil || before.actor.Kind == actors.Place {
			for _, m := range inSentence {
				if m.actor.Kind == actors.Organization && m.end <= v && branchOfBody.MatchString(text[m.end:v]) {
					return speaker{actor: m.actor, via: "verb"}, v, ve
				}
			}
		}
		// "A Home Office spokesperson said": the body, whose spokesperson
		// the article does not name.
		if before == nil {
			for _, m := range inSentence {
				if m.actor.Kind == actors.Organization && m.end <= v && bodySpokesperson.MatchString(text[m.end:v]) {
					return speaker{actor: m.actor, via: "verb", spokesperson: true}, v, ve
				}
			}
		}
		// "the Hungarian said": the person the demonym stands for, whom
		// the latest paragraph naming people was about (as for "said
		// the Swede"), else the latest speaker.
		if before != nil && before.actor.Kind == actors.Place && before.surface != before.actor.Name && (pron != nil || ref.subject != nil) && theBefore.MatchString(text[s:before.start]) {
			if ref.subject != nil {
				return speaker{actor: ref.subject, via: "pronoun"}, v, ve
			}
			return speaker{actor: pron, via: "pronoun"}, v, ve
		}
		// "“…,” the MP for Amenfi West said": the holder of the seat, the
		// person last named or speaking, not the place.
		if before != nil && before.actor.Kind == actors.Place && pron != nil {
			if m := seatBefore.FindStringSubmatch(text[s:before.start]); m != nil && titles[strings.ToLower(m[1])] {
				return speaker{actor: pron, via: "pronoun"}, v, ve
			}
		}
		// "The DA in Ekurhuleni said": the body, not the place its branch
		// is in.
		if before != nil && before.actor.Kind != actors.Person {
			for _, m := range inSentence {
				if m.actor.Kind != actors.Place && m.actor != before.actor && m.end <= before.start && strings.TrimSpace(text[m.end:before.start]) == "in" {
					before = m
					break
				}
			}
		}
		if before != nil && before.actor.Kind != actors.Person {
			// "Judge X of the Middle District of Louisiana wrote": the
			// names chained by "of" before the verb are one, where the
			// person serves.
			head := before
			for k := len(inSentence) - 1; k >= 0; k-- {
				if m := inSentence[k]; m.actor.Kind != actors.Person && m.end <= head.start && ofChain.MatchString(text[m.end:head.start]) {
					head = m
				}
			}
			for _, m := range inSentence {
				if m.actor.Kind == actors.Person && m.end <= head.start && ofOrg.MatchString(text[m.end:head.start]) {
					before = m
					break
				}
			}
		}
		// "Chief Executive X and Chief Financial Officer Y said in a joint
		// statement": two people who speak as one, the first named first.
		if before != nil && before.actor.Kind == actors.Person {
			for _, m := range inSentence {
				if m.actor.Kind == actors.Person && m.actor != before.actor && m.end <= before.start && jointSubject.MatchString(text[m.end:before.start]) {
					before = m
					break
				}
			}
		}
		if before != nil {
			return speaker{actor: before.actor, via: "verb"}, v, ve
		}
		// "When I called X, the union's negotiator, she conceded": the
		// person set off right before the pronoun.
		if loc := pronounBefore.FindStringIndex(text[s:v]); loc != nil {
			for _, m := range inSentence {
				if m.actor.Kind == actors.Person && m.end <= s+loc[0] && nameThenPronoun.MatchString(text[m.end:s+loc[0]]) && !strings.Contains(strings.ToLower(text[s:m.start]), "about") {
					return speaker{actor: m.actor, via: "pronoun"}, v, ve
				}
			}
		}
		// "Members lined up to grill Ms Palmer after she said …": the
		// person right before a conjunction and the pronoun, if the
		// pronoun fits her.
		if loc := pronounBefore.FindStringIndex(text[s:v]); loc != nil {
			word, _, _ := strings.Cut(text[s+loc[0]:s+loc[1]], " ")
			for k := len(inSentence) - 1; k >= 0; k-- {
				m := inSentence[k]
				if m.end > s+loc[0] {
					continue
				}
				if m.actor.Kind == actors.Person && conjunctionThenPronoun.MatchString(text[m.end:s+loc[0]]) && !roleContradicts(m.actor, word) && !ref.calledOther(m.actor, word) {
					return speaker{actor: m.actor, via: "pronoun"}, v, ve
				}
				break
			}
		}
		// "he said", "the minister said"; "She declined to estimate
		// their value but said": the pronoun opening the sentence is the
		// subject of both its verbs.
		loc := pronounBefore.FindStringIndex(text[s:v])
		if loc == nil {
			loc = pronounCoordinated.FindStringIndex(text[s:v])
		}
		if loc != nil && pron != nil {
			word, _, _ := strings.Cut(text[s+loc[0]:s+loc[1]], " ")
			// "Juror Janet X has asked the committee to investigate what
			// she calls “…”": the person who spoke earlier in the
			// sentence, not one of an earlier paragraph.
			if sp := ref.spokeInSentence; sp != nil && sp != pron && sp.Kind == actors.Person && !roleContradicts(sp, word) && !ref.calledOther(sp, word) {
				return speaker{actor: sp, via: "pronoun"}, v, ve
			}
			// "Trump signed an order on Wednesday, as he had threatened
			// when he said … “…”": the one person the sentence opens
			// with, its subject.
			if subj := sentenceSubjectBefore(text, inSentence, s, s+loc[0]); subj != nil && subj != pron && !roleContradicts(subj, word) && !ref.calledOther(subj, word) {
				return speaker{actor: subj, via: "pronoun"}, v, ve
			}
			// "Ishiba took office after the resignation of Fumio
			// Kishida, … During a press conference, he acknowledged
			// “…”": not the person last named after "of", but the one
			// the paragraph opens with.
			if objectOfPreposition(text, ms, pron, s) {
				if subj := paragraphSubject(text, ms, s); subj != nil && subj != pron && !roleContradicts(subj, word) && !ref.calledOther(subj, word) {
					return speaker{actor: subj, via: "pronoun"}, v, ve
				}
			}
			return speaker{actor: ref.pronounFor(word), via: "pronoun"}, v, ve
		}
		// "The Foreign Ministry welcomed the ruling. In a statement, it
		// said …": the body named last.
		// "Ukraine's General Staff said its forces struck the refinery,
		// which it described as …": the body that spoke earlier in the
		// sentence.
		if itBefore.MatchString(text[s:v]) && !mentionEndsAt(text, inSentence, v) && ref.spokeInSentence != nil && ref.spokeInSentence.Kind == actors.Organization {
			return speaker{actor: ref.spokeInSentence, via: "pronoun"}, v, ve
		}
		if itBefore.MatchString(text[s:v]) && len(ref.bodies) > 0 && !mentionEndsAt(text, inSentence, v) {
			return speaker{actor: ref.bodies[len(ref.bodies)-1], via: "pronoun"}, v, ve
		}
		// (Not "Rina Dalisay-Cruz, the group secretary said": the role of the
		// name set off before it.)
		// (Not "The judges said": a plural title is no one person.)
		if role, at := roleBefore(text[s:v]); at >= 0 && (pron != nil || ref.subject != nil) && (titles[role] || jobNouns[role] || describedPeople[role] || kin[role]) && !pluralTitle(role) && !mentionEndsAt(text, inSentence, v) && !personSetOffBefore(text, inSentence, s+at) {
			// "The mayor added": the person the article gave that role,
			// the latest named, else the one the sentence before named.
			// "his daughter said": the one the article called his
			// daughter.
			if holder := ref.holder(role); holder != nil {
				return speaker{actor: holder, via: "pronoun"}, v, ve
			}
			// "the teenager told": whom the latest paragraph naming
			// people was about, as "said the Swede".
			if describedPeople[role] && ref.subject != nil {
				return speaker{actor: ref.subject, via: "pronoun"}, v, ve
			}
			// (Not "the Ireland head coach said" after "Captain X": one a
			// team's other post was given is not its coach.)
			if pron != nil && !otherTeamPost(pron, role) {
				return speaker{actor: pron, via: "pronoun"}, v, ve
			}
		}
		// "His office said": the office of the person last named.
		// (Not ", his office said" after the sentence's own person: "The
		// Emir, Sheikh X, called the deal “…”, his office said" is the
		// Emir's, by the verb before.)
		if pronounOffice.MatchString(text[s:v]) && pron != nil && pron.Kind == actors.Person {
			return speaker{actor: pron, via: "pronoun"}, v, ve
		}
		// "Ahmad Fauzan's campaign said", "Ana X's office said": the
		// campaign or the office of the person named right before it.
		for _, m := range inSentence {
			if m.actor.Kind == actors.Person && m.end <= v && m.start >= s && namedOffice.MatchString(text[m.end:v]) && (strings.HasSuffix(text[m.start:m.end], "'s") || strings.HasSuffix(text[m.start:m.end], "’s") || strings.HasPrefix(text[m.end:], "'s") || strings.HasPrefix(text[m.end:], "’s")) {
				return speaker{actor: m.actor, via: "verb"}, v, ve
			}
		}
		// "the governor's office said": the office of the one the article
		// gave that title.
		if m := titleOffice.FindStringSubmatch(text[s:v]); m != nil && titles[m[1]] && !mentionEndsAt(text, inSentence, v) {
			if holder := ref.holder(m[1]); holder != nil {
				return speaker{actor: holder, via: "pronoun"}, v, ve
			}
		}
		// "the 52-year-old replied": the person last named or speaking;
		// but when that person is only the last an earlier paragraph
		// named in passing, the one that paragraph was about ("X won 812
		// votes. The race was overshadowed by the jailing of Y. ¶ …, the
		// 47-year-old said").
		if ageBeforeVerb.MatchString(text[s:v]) && pron != nil && !mentionEndsAt(text, inSentence, v) {
			if ref.earlier && ref.subject != nil && ref.subject.Kind == actors.Person {
				return speaker{actor: ref.subject, via: "pronoun"}, v, ve
			}
			return speaker{actor: pron, via: "pronoun"}, v, ve
		}
		// "The Ports of Sweden employers' organisation said", "the
		// Chadema party said": a body's name, then its kind in small
		// letters, before the verb.
		if m := bodyThenKind(text, inSentence, v); m != nil {
			return speaker{actor: m.actor, via: "verb"}, v, ve
		}
		// "the company said", "a company spokesperson said": the body of
		// that kind the article named last.
		// ("Her university said": a possessive's body only when the
		// article named a body of that kind.)
		// "the bank's monetary policy committee said": a body's own
		// committee or board speaks for the body of that kind the
		// article named last.
		if m := bodyPartBeforeVerb.FindStringSubmatch(text[s:v]); m != nil && !mentionEndsAt(text, inSentence, v) && ref.namedBody(strings.ToLower(m[1])) {
			if b := ref.body(strings.ToLower(m[1])); b != nil {
				return speaker{actor: b, via: "pronoun"}, v, ve
			}
		}
		if m := bodyBeforeVerb.FindStringSubmatch(text[s:v]); m != nil && !mentionEndsAt(text, inSentence, v) && (!possessiveOpener.MatchString(m[0]) || ref.namedBody(strings.ToLower(m[1]+m[2]))) {
			// "X, in a statement on Sunday, said …. The statement read,
			// “…”": the statement of whoever spoke last, a person as
			// well as a body, unless the paragraph named a body before
			// ("The ministry issued a statement. “…,” the statement said").
			noun := strings.ToLower(m[1] + m[2])
			if noun == "statement" && ref.person != nil && !ref.earlier && !slices.ContainsFunc(ms, func(m *mention) bool { return m.actor.Kind == actors.Organization && m.end <= s }) {
				return speaker{actor: ref.person, via: "pronoun"}, v, ve
			}
			// "In a statement by the spokesman, X, the police denied
			// it. ¶ The statement read, “…”": the person the statement
			// was told of with, when no body was named since.
			if noun == "statement" && ref.statementBy != nil && !slices.ContainsFunc(ms, func(m *mention) bool { return m.actor.Kind == actors.Organization && m.end <= s }) {
				return speaker{actor: ref.statementBy, via: "pronoun"}, v, ve
			}
			// "The main opposition party criticised the plan as “…”. Rep.
			// X of the Democratic Party said": a body the paragraph names
			// after the noun, when none named before has the noun in its
			// name.
			if !ref.namedBody(noun) {
				for _, m := range ms {
					if m.start >= ve && m.actor.Kind == actors.Organization && !m.inQuote && strings.Contains(strings.ToLower(m.actor.Name), noun) {
						return speaker{actor: m.actor, via: "pronoun"}, v, ve
					}
				}
			}
			if b := ref.body(noun); b != nil && describedAs(b, m[0]) {
				return speaker{actor: b, via: "pronoun"}, v, ve
			}
		}
		// "The Sandiganbayan convicted him. “…,” the decision read": a
		// court's ruling speaks for the court.
		if rulingBeforeVerb.MatchString(text[s:v]) && !mentionEndsAt(text, inSentence, v) {
			if b := ref.court(); b != nil {
				return speaker{actor: b, via: "pronoun"}, v, ve
			}
		}
		// "Flicka … said it would cooperate. “…,” a spokesperson said":
		// a spokesperson of no body named speaks for the body that spoke
		// last, in this paragraph.
		if bareSpokesperson.MatchString(text[s:v]) && ref.person != nil && ref.person.Kind == actors.Organization && !ref.earlier && !mentionEndsAt(text, inSentence, v) {
			return speaker{actor: ref.person, via: "pronoun", spokesperson: true}, v, ve
		}
		// "CalMac cancelled its sailings. A spokeswoman for the ferry
		// operator said": a spokesperson for a body described, not
		// named, speaks for the body the sentence before named.
		if sm := spokespersonForThe.FindStringSubmatch(text[s:v]); sm != nil && !mentionEndsAt(text, inSentence, v) {
			var last *actors.Actor
			for _, m := range ms {
				if m.actor.Kind == actors.Organization && !m.inQuote && m.end <= s {
					last = m.actor
				}
			}
			if ref.namedBody(sm[1]) {
				last = ref.body(sm[1])
			}
			if last != nil {
				return speaker{actor: last, via: "pronoun", spokesperson: true}, v, ve
			}
		}
		// "Unison, the union that represented Ms Roe, said": the name
		// opening the sentence, not one inside its apposition.
		for _, m := range inSentence {
			if m.actor.Kind != actors.Place && m.end <= v && sentenceOpener.MatchString(text[s:m.start]) && appositionBeforeVerb.MatchString(text[m.end:v]) {
				return speaker{actor: m.actor, via: "verb"}, v, ve
			}
		}
		// "X, visiting the North Korean capital, said"; "the Council,
		// which handles policy towards China, urged".
		// People first: in "Ranking Member on the Finance Committee,
		// Hon. X, said" the committee is no speaker.
		for _, m := range inSentence {
			// "“…,” Glenda X, president of NUJP-Iloilo said": right
			// after a quotation, a role in lower case whose closing
			// comma the writer left out.
			if m.actor.Kind == actors.Person && m.end <= v && (apposition.MatchString(text[m.end:v]) || ofBodyApposition.MatchString(text[m.end:v]) || relativeApposition.MatchString(text[m.end:v]) || setOffBefore.MatchString(text[s:m.start]) && ofBodyComma.MatchString(text[m.end:v]) || afterQuotation(text[s:m.start]) && unclosedRole.MatchString(text[m.end:v])) {
				return speaker{actor: m.actor, via: "verb"}, v, ve
			}
		}
		// "The Emir of Qatar, Sheikh X, called": the person set off by
		// commas right before the verb.
		for _, m := range inSentence {
			// "…, who goes by the nom de guerre “Pablo Tejada”, said":
			// a name in quotation marks, set off likewise.
			// "Her teacher, the mezzo X, later said": an adverb of time
			// after the commas.
			if m.actor.Kind == actors.Person && m.end <= v && (strings.TrimSpace(strings.TrimLeft(text[m.end:v], `"”`)) == "," || postNominalComma.MatchString(text[m.end:v]) || commaAdverb.MatchString(text[m.end:v])) {
				return speaker{actor: m.actor, via: "verb"}, v, ve
			}
		}
		// "A spokesperson for the haulage firm, Severnside Freight Ltd,
		// said": a body set off by commas right before the verb.
		for _, m := range inSentence {
			if m.actor.Kind == actors.Organization && m.end <= v && strings.TrimSpace(text[m.end:v]) == "," && strings.HasSuffix(text[s:m.start], ", ") {
				return speaker{actor: m.actor, via: "verb", spokesperson: spokespersonFor.MatchString(text[s:m.start])}, v, ve
			}
		}
		for _, m := range inSentence {
			if m.actor.Kind != actors.Person && m.end <= v && (m.actor.Kind == actors.Organization && apposition.MatchString(text[m.end:v]) || relativeApposition.MatchString(text[m.end:v])) {
				return speaker{actor: m.actor, via: "verb"}, v, ve
			}
		}
		// "Jane Roe welcomed the decision but said".
		for _, m := range inSentence {
			if m.actor.Kind == actors.Person && m.end <= v && coordinated.MatchString(text[m.end:v]) {
				// (Not "Haldorsen, 16, drew with the top seed Mikhail X in
				// the last game and said": a person the opener's verb
				// takes as its object; the opener says it.)
				if first := inSentence[0]; first != m && first.actor.Kind == actors.Person && first.end <= m.start && onlyHonorifics(text[s:first.start]) && objectOfOpener.MatchString(text[first.end:m.start]) && !slices.Contains([]string{"and", "or", "nor"}, lastWord(strings.TrimSpace(text[first.end:m.start]))) {
					return speaker{actor: first.actor, via: "verb"}, v, ve
				}
				return speaker{actor: m.actor, via: "verb"}, v, ve
			}
		}
		// "Jane Roe, the minister, visited the site with its director,
		// Dr. Ann Poe, and described it as …": the person opening the
		// sentence is the subject of its second verb, whoever the first
		// one's object names.
		if len(inSentence) > 0 {
			if m := inSentence[0]; m.actor.Kind == actors.Person && m.end <= v && onlyHonorifics(text[s:m.start]) && longCoordinated.MatchString(text[m.end:v]) {
				return speaker{actor: m.actor, via: "verb"}, v, ve
			}
		}
		// "said X" / "said Russian Defense Minister Sergei Shoigu" / "said
		// the centre's head, Jane Roe".
		if invertible.MatchString(text[v:ve]) || capitalVerbs[text[v:ve]] {
			// "said the 24-year-old", "said the Swede": the person the
			// latest paragraph naming one was about.
			if ref.subject != nil && ageAfterVerb.MatchString(text[ve:]) {
				return speaker{actor: ref.subject, via: "pronoun"}, v, ve
			}
			if m := mentionAfter(inSentence, text, ve); m != nil && ref.subject != nil && m.actor.Kind == actors.Place && m.surface != m.actor.Name && theBefore.MatchString(text[ve:m.start]) {
				return speaker{actor: ref.subject, via: "pronoun"}, v, ve
			}
			// "said the Lurambi ward representative": the holder of a
			// place's office, the person the article gave the title or
			// last named, not the place.
			if m := mentionAfter(inSentence, text, ve); m != nil && m.actor.Kind == actors.Place && theBefore.MatchString(text[ve:m.start]) {
				if r := placeOfficeAfter.FindStringSubmatch(text[m.end:]); r != nil && (titles[strings.ToLower(r[1])] || jobNouns[r[1]]) {
					if holder := ref.holder(strings.ToLower(r[1])); holder != nil {
						return speaker{actor: holder, via: "pronoun"}, v, ve
					}
					if pron != nil {
						return speaker{actor: pron, via: "pronoun"}, v, ve
					}
				}
			}
			// "said Rhineland-Palatinate's environment minister, Katrin
			// Eder-Wolff,": the person set off after a place's or body's
			// role.
			if m := mentionAfter(inSentence, text, ve); m != nil && m.actor.Kind != actors.Person && (strings.HasPrefix(text[m.end:], "'s ") || strings.HasPrefix(text[m.end:], "’s ")) {
				for _, o := range inSentence {
					if o.actor.Kind == actors.Person && o.start > ve && roleComma.MatchString(text[ve:o.start]) {
						return speaker{actor: o.actor, via: "verb"}, v, ve
					}
				}
			}
			// "and said Democrats would not negotiate": the subject of a
			// reported clause, no inverted speaker.
			if m := mentionAfter(inSentence, text, ve); m != nil && !auxiliaryAfter.MatchString(text[m.end:]) {
				return speaker{actor: m.actor, via: "verb"}, v, ve
			}
			for _, m := range inSentence {
				if m.actor.Kind == actors.Person && m.start > ve && roleComma.MatchString(text[ve:m.start]) {
					return speaker{actor: m.actor, via: "verb"}, v, ve
				}
			}
			// "said the councillor, who has two children there": the
			// person the article gave that role.
			if m := theRoleAfter.FindStringSubmatch(textAfter(text, ve, 60)); m != nil && (titles[m[1]] || jobNouns[m[1]]) {
				if holder := ref.holder(m[1]); holder != nil {
					return speaker{actor: holder, via: "pronoun"}, v, ve
				}
				// "“…,” concluded the official.": a word for any office
				// holder, no one's title in the article, is the person
				// quoted just before.
				if anyOfficial[m[1]] && ref.person != nil && ref.person.Kind == actors.Person {
					return speaker{actor: ref.person, via: "pronoun"}, v, ve
				}
			}
		}
	}
	// "“…” — Dr. Els Maes, crane engineer": a quotation signed with a
	// dash and its speaker's name.
	for _, m := range inSentence {
		if m.actor.Kind == actors.Person {
			if loc := dashSigned.FindStringIndex(text[s:m.start]); loc != nil {
				return speaker{actor: m.actor, via: "verb"}, s + loc[0], e
			}
		}
	}
	// "Mwangi: “…”", an answer in a questions-and-answers piece; not "X
	// told MacAskill-Reid: “…”", whom X spoke to.
	// So is "That was the verdict of union leader X: “…”", the words of
	// whom a noun of speech names.
	for _, m := range inSentence {
		if (strings.TrimSpace(text[s:m.start]) == "" || m.actor.Kind == actors.Person && wordsOf.MatchString(text[s:m.start])) && colonQuote.MatchString(text[m.end:e]) && !speechVerbSet()[lastWord(strings.TrimRight(text[:m.start], " "))] {
			return speaker{actor: m.actor, via: "verb"}, m.end, e
		}
		// "X, who plays the keeper, thanked fans in a video posted to
		// Instagram: “…”": the person opening the sentence says what its
		// colon brings, when the words before it tell of speaking or
		// writing and name no other person.
		// ("— X, speaking to reporters: “…”": a dash may set the name
		// off.)
		// (Or an honorific: "Ms X, his shadow, was scathing: “…”".)
		if m == inSentence[0] && m.actor.Kind == actors.Person && onlyHonorifics(strings.Trim(text[s:m.start], " —–-")) {
			// So does "X, his Conservative shadow, was scathing: “…”":
			// how the person was, up to the colon.
			loc := speakingColon.FindStringIndex(text[m.end:e])
			if loc == nil {
				loc = mannerColon.FindStringIndex(text[m.end:e])
			}
			if loc != nil && !slices.ContainsFunc(inSentence[1:], func(o *mention) bool { return o.actor.Kind == actors.Person && o.start < m.end+loc[1] }) {
				return speaker{actor: m.actor, via: "verb"}, m.end, e
			}
		}
		// "X's message was blunt: “…”": the words of the person whose
		// message opens the sentence.
		if m.actor.Kind == actors.Person && strings.TrimSpace(text[s:m.start]) == "" {
			if loc := possessiveWordsColon.FindStringIndex(text[m.end:e]); loc != nil && colonQuote.MatchString(text[m.end+loc[1]-1:e]) {
				return speaker{actor: m.actor, via: "verb"}, m.end, e
			}
		}
	}
	if loc := accordingTo.FindStringIndex(text[s:e]); loc != nil && !inQuote(s+loc[0]) {
		// "According to him, “…”".
		if pronounObject.MatchString(text[s+loc[1]:e]) && pron != nil {
			return speaker{actor: pron, via: "pronoun"}, s + loc[0], e
		}
		// "According to the Taliban spokesman, …": the person who holds
		// the office the words name, not the body before it.
		if m := officialAfter.FindStringSubmatch(text[s+loc[1] : e]); m != nil {
			if holder := ref.holder(m[1]); holder != nil {
				return speaker{actor: holder, via: "according-to"}, s + loc[0], e
			}
			// The deputy spokesman is "the spokesman" too, once named.
			for i := len(ref.people) - 1; i >= 0; i-- {
				if slices.ContainsFunc(ref.people[i].Roles, func(r string) bool { return strings.Contains(strings.ToLower(r), m[1]) }) {
					return speaker{actor: ref.people[i], via: "according-to"}, s + loc[0], e
				}
			}
		}
		if m := mentionAfter(inSentence, text, s+loc[1]-1); m != nil {
			return speaker{actor: m.actor, via: "according-to"}, s + loc[0], e
		}
	}
	return speaker{}, 0, e
}

// reducedRelative is a noun after its article, right before a
// participle: "the amnesty ", "a statement ", "the plan ".
var reducedRelative = &lazyregexp.Regexp{Expr: `\b(?:the|a|an|this|that|its|his|her|their)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+\s+$`}

// officialAfter is a body's or a people's name and an office holder's
// word after "according to": "the Taliban spokesman,", "the Iranian
// official".
var officialAfter = &lazyregexp.Regexp{Expr: `^\s*the\s+\p{Lu}[\p{L}.'’-]*(?:['’]s)?\s+(spokesman|spokeswoman|spokesperson|official|minister|envoy)\b`}

// roleSetOff is a role in lower case set off by a comma before a name:
// "said one resident, Gwen X", "said a local farmer, Y".
var roleSetOff = &lazyregexp.Regexp{Expr: `^\s*(?:one|a|an|another|the)\s+(?:\p{Ll}[\p{Ll}'’-]*\s+){0,3}\p{Ll}[\p{Ll}-]*,\s+$`}

// describedSubject opens a sentence whose subject is described, not
// named: "The mother of a two-year-old boy …", "A woman who …".
var describedSubject = &lazyregexp.Regexp{Expr: `^(?:The|A|An)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:mother|father|wife|husband|son|daughter|sister|brother|widow|owner|woman|man|teenager|girl|boy|driver|victim|survivor|neighbour|neighbor|friend|nurse|teacher)\b`}

// placeAdjunct is a preposition of place right before a name: "in ",
// "near ", "at ".
var placeAdjunct = &lazyregexp.Regexp{Expr: `\b(?:in|near|at|outside|across)\s+(?:the\s+)?$`}

// theRoleAfter is a role after an inverted speech verb, where the
// sentence or its clause ends: " the councillor,", " the minister.".
// anyOfficial are words for whoever holds an office, which "said the
// official" uses for the person quoted before.
var anyOfficial = wordSet("official officials spokesman spokeswoman spokesperson")

var theRoleAfter = &lazyregexp.Regexp{Expr: `^\s+the\s+(?:\p{Ll}+\s+)?(\p{Ll}+)\s*(?:[,.;]|$)`}

// pronounOffice is a person's office by pronoun opening a sentence
// before its verb: "His office said".
// So are "His tweets read:", "Her statement read": the person's own
// words in writing.
var pronounOffice = &lazyregexp.Regexp{Expr: `^\s*(?:His|Her)\s+(?:office|spokesman|spokeswoman|spokesperson|statement|tweets?|post|posts|letter)\s+(?:(?:also|later|then|further)\s+)?$`}

// namedOffice is a person's campaign or office after their name's
// possessive, before the verb: "'s campaign ", "'s office also ".
var namedOffice = &lazyregexp.Regexp{Expr: `^(?:['’]s)?\s+(?:office|campaign|camp|spokesman|spokeswoman|spokesperson)\s+(?:(?:also|later|then|further)\s+)?$`}

// titleOffice is a title's office or spokesperson before the verb: "the
// governor's office ", "the minister's spokesman ".
var titleOffice = &lazyregexp.Regexp{Expr: `\b[Tt]he\s+(\p{Ll}+)['’]s\s+(?:office|spokesman|spokeswoman|spokesperson|statement)\s+(?:(?:also|later|then|further)\s+)?$`}

// roleSubject opens a sentence whose subject is a person by role: "The
// minister offered", "The union's leader said".
var roleSubject = &lazyregexp.Regexp{Expr: `^The\s+(?:\p{Ll}+['’]s\s+)?(?:\p{Ll}+\s+)?(\p{Ll}+)\s+(?:also\s+|then\s+|later\s+)?\p{Ll}+(?:ed|s)\b`}

// forceNames end the names of a state's forces, which speak for
// themselves, not for the country: "the Israeli military", "the Sudanese
// army".
var forceNames = wordSet("military army navy forces police guard")

// onlyHonorifics reports whether the words before a name opening a
// sentence are none, or honorifics: "H.E. ", "Dr. ".
func onlyHonorifics(before string) bool {
	for _, w := range strings.Fields(before) {
		if !honorifics[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// speakingColon is a clause that tells of speaking or writing, up to a
// colon and a quotation mark: ", who plays the keeper, thanked fans in
// a video posted to Instagram: “", " wrote on Facebook: “".
var speakingColon = &lazyregexp.Regexp{Expr: `^[^“”".!?:]{0,160}\b(?:thank(?:s|ed)?|wr(?:ote|ites)|post(?:s|ed)?|tweet(?:s|ed)?|video|message|statement|interview|speech|letter|address(?:es|ed)?|appeal(?:s|ed)|urg(?:es|ed)|warn(?:s|ed)|respond(?:s|ed)|repl(?:ies|ied)|react(?:s|ed)|speaking|talking|testifying|shar(?:es|ed)|comment(?:s|ed)|remark(?:s|ed)|vow(?:s|ed)|plead(?:s|ed)|pled|apologi[sz](?:es|ed)|told\s+(?:\p{Ll}+\s+){0,3}\p{Ll}+)\b[^“”".!?:]{0,80}:\s*[“"]`}

// mannerColon is how a person was when speaking, after their name and
// perhaps an apposition, up to a colon and a quotation mark: " was
// scathing:", ", his shadow, was more blunt:".
var mannerColon = &lazyregexp.Regexp{Expr: `^(?:,[^,“”".!?:]{1,80},)?\s+(?:was|is|were|are|seemed|sounded|remained)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+\s*:\s*[“"]`}

// possessiveWordsColon is a possessive and a noun of speech, then how it
// was, up to a colon: "'s message was blunt:", "’s reply was simple:".
var possessiveWordsColon = &lazyregexp.Regexp{Expr: `^['’]s\s+(?:verdict|message|response|reaction|view|advice|warning|answer|reply|plea|assessment|position)\s+(?:was|is)\s+[^:“”"]{1,30}:`}

// thoseWereWords opens the sentence after a quotation that says whose
// words they were: " That was the verdict of ", " Those were the words
// of union leader ".
var thoseWereWords = &lazyregexp.Regexp{Expr: `^\s+(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:verdict|message|response|reaction|words|view|advice|warning|answer|reply|plea|assessment)\s+(?:of|from)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}`}

// wordsOf is a noun of speech and "of" or "from" before a speaker's name
// and role in lower case: "the verdict of union leader ", "the message
// from ".
var wordsOf = &lazyregexp.Regexp{Expr: `\b(?:verdict|message|response|reaction|words|view|advice|warning|answer|reply|plea|assessment)\s+(?:of|from)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}$`}

// mentionAfter returns the actor named right after byte i: at once, or
// after a role of capitalised words and titles ("said Russian Defense
// Minister Sergei Shoigu") or one in lower case set off by a comma ("said
// one resident, Gwen X"), a person preferred.
func mentionAfter(ms []*mention, text string, i int) *mention {
	var first *mention
	for _, m := range ms {
		if m.start < i || m.start > i+60 {
			continue
		}
		between := text[i:m.start]
		if strings.ContainsAny(between, ",;“”\"") && !(m.actor.Kind == actors.Person && roleSetOff.MatchString(between)) {
			continue
		}
		// "… said in a statement read by Deputy Governor X": who read
		// the statement out is not who made it.
		if readOutBy.MatchString(between) {
			continue
		}
		if first == nil || m.start < first.start {
			first = m
		}
	}
	if first == nil {
		return nil
	}
	if first.actor.Kind != actors.Person {
		for _, m := range ms {
			if m.actor.Kind == actors.Person && m.start > first.start && m.start <= i+60 && !strings.ContainsAny(text[i:m.start], ",;“”\"") {
				return m
			}
		}
		if between := strings.TrimSpace(text[i:first.start]); between != "" && between != "the" {
			return nil
		}
	}
	return first
}

// bodyPartBeforeVerb is a body's noun, its possessive and a committee,
// board or council of it before the verb: "the bank's monetary policy
// committee ".
var bodyPartBeforeVerb = &lazyregexp.Regexp{Expr: `\b[Tt]he\s+(` + bodyNounList + `)['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?:committee|board|council|panel)\s+(?:(?:also|then|later|further)\s+)?$`}

// readOutBy is a statement read out by someone, between a verb and a
// name: " in a statement read by Second Deputy Governor ".
var readOutBy = &lazyregexp.Regexp{Expr: `\b(?:read|delivered)\s+(?:out\s+)?by\b`}

// lastPersonBefore is the person named last before byte i of the passage,
// or earlier when there is none.
func lastPersonBefore(ms []*mention, i int, earlier *actors.Actor) *actors.Actor {
	var last *mention
	for _, m := range ms {
		if m.actor.Kind == actors.Person && !m.inQuote && m.end <= i && (last == nil || m.start > last.start) {
			last = m
		}
	}
	if last != nil {
		if head := relativeHead(ms, last); head != nil {
			return head.actor
		}
		return last.actor
	}
	return earlier
}

// relativeHead is the person a relative clause holding m is about, when m
// is named inside one: "Okonkwo-Hart, the Briton who knocked out Radek
// Vondráček in the semifinals, hit 19 aces. “…,” he said" means
// Okonkwo-Hart, the sentence's subject, not the man the clause names.
func relativeHead(ms []*mention, m *mention) *mention {
	for _, e := range ms {
		if e.actor.Kind != actors.Person || e.inQuote || e.end > m.start || e.actor == m.actor {
			continue
		}
		between := m.para.Text[e.end:m.start]
		if !strings.ContainsAny(between, ".;:") && relativeWho.MatchString(between) {
			return e
		}
	}
	return nil
}

// relativeWho opens a relative clause about a person.
var relativeWho = &lazyregexp.Regexp{Expr: `\bwhom?\b`}

// mentionEndsAt reports whether an actor is named right before byte v:
// then "the X said" names X, not a person by role.
func mentionEndsAt(text string, ms []*mention, v int) bool {
	for _, m := range ms {
		if m.end <= v && strings.TrimSpace(text[m.end:v]) == "" {
			return true
		}
	}
	return false
}

// bodyThenKind returns the body named right before one or two words in
// small letters ending in a body's noun before the verb at v: "Ports of
// Sweden employers' organisation ", "Chadema party ".
func bodyThenKind(text string, ms []*mention, v int) *mention {
	for _, m := range ms {
		if m.actor.Kind != actors.Organization || m.end >= v {
			continue
		}
		words := strings.Fields(text[m.end:v])
		if len(words) < 1 || len(words) > 2 || !strings.HasPrefix(text[m.end:], " ") {
			continue
		}
		last := words[len(words)-1]
		small := true
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			small = small && unicode.IsLower(r) && !strings.ContainsAny(w, ",;:“”\"")
		}
		if small && bodyNouns()[last] && last != "statement" {
			return m
		}
	}
	return nil
}

// bodyNounList are the nouns a report names a body by once it has named
// it: "the company", "the ministry".
const bodyNounList = `company|firm|group|carrier|airline|bank|lender|insurer|retailer|chipmaker|automaker|manufacturer|` +
	`ministry|agency|bureau|department|office|government|union|party|police|army|military|court|council|board|` +
	`commission|committee|organisation|organization|club|hospital|university|regulator|authority|bench|judges|justices|` +
	`foundation|charity|movement|alliance|federation|confederation|association|institute|institution|service|` +
	`consortium|coalition|network|corporation|trust|fund|watchdog|tribunal|centre|center|exchange|` +
	// "The ministry issued a statement. “…,” the statement said."
	`statement`

// referents are what a pronoun or a noun in place of a name may stand for
// in a sentence: the person last named or speaking, and the organisations
// the article named before it.
type referents struct {
	person *actors.Actor
	// subject is the first person of the latest paragraph that named
	// one: whom "the Swede" or "the 24-year-old" after the verb means.
	subject *actors.Actor
	bodies  []*actors.Actor // oldest first
	people  []*actors.Actor // the people the article named before, oldest first
	// earlier is set when person is only the last person an earlier
	// paragraph named, neither named here nor speaking last.
	earlier bool
	// byPronoun is whom the article has called "he" and "she" so far,
	// by the pronoun in lower case (pronounBindings).
	byPronoun map[string]*actors.Actor
	// spokeInSentence is the speaker of an earlier verb of the sentence.
	spokeInSentence *actors.Actor
	// spokesperson is set when person, a body, spoke last through a
	// spokesperson: "she" then is that spokesperson, the body's voice.
	spokesperson bool
	// statementBy is the person last named where the article tells of
	// a statement, in this paragraph or the one before: whose "the
	// statement read" is.
	statementBy *actors.Actor
}

// pronounFor is whom a pronoun before the verb stands for: the person
// last named or speaking, unless that person comes from an earlier
// paragraph and the article has called someone else by this pronoun
// ("Marguerite X … died on Sunday. She was 81. … married the engineer
// Emmanuel Y … “…,” she recalled").
func (r referents) pronounFor(pronoun string) *actors.Actor {
	if b := r.byPronoun[strings.ToLower(pronoun)]; r.earlier && b != nil {
		return b
	}
	// "… after Plaid Cymru accused ministers of “…”. ¶ She said:": a
	// body that spoke last is no "she"; the person the article named
	// last is.
	// "A spokeswoman for the visiting club, X, told the BBC …. She
	// added: “…”": the spokeswoman, for the club.
	if r.person != nil && r.person.Kind == actors.Organization && r.spokesperson && !r.earlier {
		return r.person
	}
	if r.person != nil && r.person.Kind != actors.Person {
		for i := len(r.people) - 1; i >= 0; i-- {
			if p := r.people[i]; !roleContradicts(p, pronoun) {
				return p
			}
		}
		return nil
	}
	// "Gloria X buried her son, Jefferson. “…,” she said": not the son.
	// Nor one the article has called by the other pronoun ("… married
	// Luc Roux; he died in 2011. … she said").
	if r.person != nil && (roleContradicts(r.person, pronoun) || r.calledOther(r.person, pronoun)) {
		if b := r.byPronoun[strings.ToLower(pronoun)]; b != nil && b != r.person && r.calledOther(r.person, pronoun) {
			return b
		}
		for i := len(r.people) - 1; i >= 0; i-- {
			if p := r.people[i]; p != r.person && !roleContradicts(p, pronoun) && !r.calledOther(p, pronoun) {
				return p
			}
		}
	}
	return r.person
}

// calledOther reports whether the article has called a "he" where the
// pronoun is "she", or a "she" where it is "he".
func (r referents) calledOther(a *actors.Actor, pronoun string) bool {
	switch strings.ToLower(pronoun) {
	case "she", "her":
		return r.byPronoun["he"] == a
	case "he", "his", "him":
		return r.byPronoun["she"] == a
	}
	return false
}

// Roles that say whether a person is a man or a woman: "her son", "his
// mother"; and the honorifics the article names them with: "Mr Sang-Boit",
// "Ms Wafula-Naliaka".
var (
	// (Burmese honorifics too: "Ko" and "Maung" for men, "Ma" and "Naw"
	// for women, roles only in an article about Myanmar; "U" and "Daw"
	// everywhere.)
	menRoles    = wordSet("son father brother husband boyfriend grandfather grandson uncle nephew widower king prince ko maung saw")
	womenRoles  = wordSet("daughter mother sister wife girlfriend grandmother granddaughter aunt niece widow queen princess ma naw")
	menTitles   = wordSet("mr mr. sir lord herr monsieur señor senor senhor u")
	womenTitles = wordSet("ms ms. mrs mrs. miss dame lady madame madam señora senora senhora frau daw")
)

// roleContradicts says whether a's roles or the honorifics it is named
// with make it a man where the pronoun is "she", or a woman where it is
// "he".
func roleContradicts(a *actors.Actor, pronoun string) bool {
	var other, otherTitles map[string]bool
	switch strings.ToLower(pronoun) {
	case "she", "her":
		other, otherTitles = menRoles, menTitles
	case "he", "his", "him":
		other, otherTitles = womenRoles, womenTitles
	default:
		return false
	}
	for _, alias := range a.Aliases {
		if first, _, ok := strings.Cut(alias, " "); ok && otherTitles[strings.ToLower(first)] {
			return true
		}
	}
	for _, role := range a.Roles {
		for _, w := range strings.Fields(strings.ToLower(role)) {
			if other[w] {
				return true
			}
		}
	}
	return false
}

// placeOfficeAfter is an office after a place's name, in lower case, to
// the sentence's end: " ward representative.", " MP."
var placeOfficeAfter = &lazyregexp.Regexp{Expr: `^\s+(?:\p{Ll}+\s+){0,2}(\p{Ll}+|MP|MCA|MLA)\s*[.,;]`}

// commaAdverb is the end of an apposition's commas and an adverb of time
// before a verb: ", later ", ", also ".
var commaAdverb = &lazyregexp.Regexp{Expr: `^["”]?,\s+(?:also|later|then|previously|once|earlier|again|repeatedly)\s+$`}

// appositionBeforeVerb is an apposition set off by commas between a
// sentence's subject and its verb: ", the union that represented Ms
// Roe, "; after the place of a body's branch too: "The People's
// Committee in Kafr Qassem, a local leadership body, said".
var appositionBeforeVerb = &lazyregexp.Regexp{Expr: `^(?:\s+in\s+\p{Lu}[^,“”"]{1,40})?,\s[^,“”"]{3,100},\s+(?:(?:also|later|then)\s+)?$`}

// nicknameInName reports whether the quotation at loc is a nickname set
// inside a name: one to three capitalised words in quotation marks
// between a capitalised word and another ("Mayor Sebastian “Baste”
// Duterte").
func nicknameInName(text string, loc []int) bool {
	inner := strings.Fields(strings.Trim(text[loc[0]:loc[1]], "“”\"' "))
	if len(inner) == 0 || len(inner) > 3 {
		return false
	}
	// A player's handle in lower case, one word, after a given name:
	// "Kacper “kaczy” Jabłonowski-Kies".
	handle := len(inner) == 1 && !strings.ContainsAny(inner[0], ".,;:!?")
	for _, w := range inner {
		if !unicode.IsUpper(firstRune(w)) && !handle {
			return false
		}
	}
	before := strings.Fields(textBefore(text, loc[0], 30))
	if handle && !unicode.IsUpper(firstRune(inner[0])) && (len(before) == 0 || !givenName(before[len(before)-1])) {
		return false
	}
	after := strings.Fields(textAfter(text, loc[1], 30))
	// A surname's particle may open the word after: "Ramon “Bong” dela
	// Paz".
	if len(after) > 1 && nameParticles[after[0]] {
		after = after[1:]
	}
	return strings.HasSuffix(text[:loc[0]], " ") && strings.HasPrefix(text[loc[1]:], " ") && len(before) > 0 && len(after) > 0 && unicode.IsUpper(firstRune(before[len(before)-1])) && unicode.IsUpper(firstRune(after[0])) && unicode.IsLetter(firstRune(after[0]))
}

// quotedName reports whether a quotation's words are all capitalised: a
// name set in quotation marks.
func quotedName(text string) bool {
	f := strings.Fields(strings.Trim(text, "“”\"' "))
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return len(f) >= 2
}

// quotedTitle reports whether text, in quotation marks, is a title of
// two to six words, each capitalised but its small words, and no
// sentence: "Tide Tables", "Saint Hilda's Bells", "Northern Glass,".
func quotedTitle(text string) bool {
	t := strings.TrimRight(strings.Trim(text, "“”\"'‘’ "), ",")
	if strings.ContainsAny(t, ".!?:;") {
		return false
	}
	f := strings.Fields(t)
	if len(f) < 2 || len(f) > 6 {
		return false
	}
	for k, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && (k == 0 || !titleSmallWords[w]) {
			return false
		}
	}
	return true
}

// titleSmallWords stay in lower case inside a title: "Songs of the Sea".
var titleSmallWords = wordSet("a an the of and or in on at to for by with from")

// holder is the latest person named before whose roles hold the title
// ("the mayor" for the one the article called Mayor Lena Ortiz), or nil.
// "The judge" is also the one called Justice or Magistrate X.
func (r referents) holder(title string) *actors.Actor {
	for i := len(r.people) - 1; i >= 0; i-- {
		for _, role := range r.people[i].Roles {
			words := strings.Fields(strings.ToLower(role))
			for k, w := range words {
				// "Prime Minister-designate X" is "the prime
				// minister-designate" and "the prime minister".
				w = strings.TrimSuffix(strings.TrimSuffix(w, "-designate"), "-elect")
				// A "Vice Chairman" is not "the chairman".
				if k > 0 && secondInRank[words[k-1]] {
					continue
				}
				if w == title || title == "judge" && judgeTitles[w] || teamManagers[title] && teamManagers[w] {
					return r.people[i]
				}
			}
			if full, ok := titleInitials[title]; ok && strings.Contains(strings.ToLower(role), full) {
				return r.people[i]
			}
		}
	}
	return nil
}

// otherTeamPost reports whether a holds a team's post (clubTitles) other
// than role, itself a team's post: a captain is not "the coach".
func otherTeamPost(a *actors.Actor, role string) bool {
	if !clubTitles[role] {
		return false
	}
	other := false
	for _, r := range a.Roles {
		for _, w := range strings.Fields(strings.ToLower(r)) {
			if w == role || teamManagers[role] && teamManagers[w] {
				return false
			}
			if clubTitles[w] {
				other = true
			}
		}
	}
	return other
}

// secondInRank make the title after them another's: a "Vice Chairman"
// or a "Deputy Mayor" is not "the chairman" or "the mayor".
var secondInRank = wordSet("vice deputy assistant associate")

// titleInitials are the titles written by their initials, with the
// title in full: "the CM" is the one the article called Chief Minister X.
// So is Nigeria's police spokesperson, the Police Public Relations
// Officer: "the PPRO said".
var titleInitials = map[string]string{"cm": "chief minister", "pm": "prime minister", "ppro": "spokesperson"}

// workNounAfter is the kind of work a title in quotation marks names,
// right after it: "the “90 Minutes” programme", "her “Letters Home”
// podcast".
var workNounAfter = &lazyregexp.Regexp{Expr: `^["”’']?\s+(?:programme|program|show|series|documentary|film|movie|album|song|podcast|column|magazine|novel|exhibition|campaign)s?\b`}

// conjunctionThenPronoun is what stands between a person's name and the
// pronoun of a clause about them: " after ", ", when ".
var conjunctionThenPronoun = &lazyregexp.Regexp{Expr: `^\s*,?\s*(?:after|when|because|before|while|since|until|once)\s+$`}

// bodySpokesperson is what stands between a body's name and the verb
// when its unnamed spokesperson speaks: "A Home Office spokesperson
// said".
// spokespersonBefore is a spokesperson named by role right before the
// verb: "'s foreign ministry spokesman said".
var spokespersonBefore = &lazyregexp.Regexp{Expr: `(?:spokesperson|spokesman|spokeswoman)\s+(?:(?:also|later|then)\s+)?$`}

// postNominalAfter is a member's or an honour's letters right after a
// name: " MLA said", " MP told".
var postNominalAfter = &lazyregexp.Regexp{Expr: `^\s+(?:KC|QC|SC|SAN|MBE|OBE|CBE|KBE|DBE|GBE|FRS|PhD|MP|MS|MSP|MLA|MEP|MHK|TD)\s`}

// seatBefore is "the MP for", "the senator from": a title of a seat's
// holder and the preposition before the seat's place.
var seatBefore = &lazyregexp.Regexp{Expr: `\b[Tt]he\s+(?:\p{Ll}+\s+)?(\p{L}+)\s+(?:for|from|of)\s+$`}

// spokespersonFor is a spokesperson for a body described before its
// name: "A spokeswoman for the visiting club, ".
var spokespersonFor = &lazyregexp.Regexp{Expr: `\b(?:spokesperson|spokesman|spokeswoman)\s+for\s+(?:the|a|an)\s+[^,“”"]{1,40},\s+$`}

// bareSpokesperson is "a spokesperson" of no body right before the verb.
var bareSpokesperson = &lazyregexp.Regexp{Expr: `(?:^|[\s,;])[Aa]n?\s+(?:spokesperson|spokesman|spokeswoman)\s+(?:(?:also|later|then)\s+)?$`}

// spokespersonForThe is "a spokeswoman for the ferry operator" right
// before the verb: a body described in lower case, its last noun caught.
var spokespersonForThe = &lazyregexp.Regexp{Expr: `(?:^|[\s,;])[Aa]n?\s+(?:spokesperson|spokesman|spokeswoman)\s+for\s+the\s+(?:\p{Ll}+\s+){0,2}(\p{Ll}+)\s+(?:(?:also|later|then)\s+)?$`}

var bodySpokesperson = &lazyregexp.Regexp{Expr: `^\s+(?:spokesperson|spokesman|spokeswoman)\s+(?:also\s+)?$`}

// judgeTitles are the titles a judge holds.
var judgeTitles = wordSet("justice judge magistrate")

// teamManagers are the names sport's press gives the one who picks a
// team: "the Nizams gaffer said" is the one called Head coach X.
var teamManagers = wordSet("coach manager boss gaffer tactician")

// namedBody reports whether a body named before has the noun in its name
// ("party" in "Democratic Party").
func (r referents) namedBody(noun string) bool {
	return slices.ContainsFunc(r.bodies, func(b *actors.Actor) bool { return strings.Contains(strings.ToLower(b.Name), noun) })
}

// body is the organisation "the <noun>" stands for: the latest one whose
// name has the noun ("the ministry" for the Foreign Ministry), else the
// body that spoke last, else the latest named.
// socialPlatforms are the sites a statement is posted on: "said on X".
var socialPlatforms = wordSet("Twitter X Facebook Instagram TikTok YouTube Telegram Weibo WeChat LinkedIn Threads Bluesky Truth Reddit Snapchat WhatsApp")

// describedAs reports whether body b answers the description before a
// verb ("the health ministry said", "The local fire department said"):
// each word of what the body does in the description ("health",
// "fire") is in its name ("Ministry of Health"; not the "Department of
// Corrections"). Words that say where or whose a body is ("local",
// "state", "opposition") are no part of its name.
func describedAs(b *actors.Actor, description string) bool {
	name := strings.ToLower(fold.String(b.Name))
	for _, w := range strings.Fields(strings.ToLower(description)) {
		if w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" || bodyDescriptors[w] || bodyNouns()[w] {
			continue
		}
		if len(w) > 5 {
			w = w[:5] // "defence" and "Defense", "transport" and "Transportation"
		}
		if !strings.Contains(name, w) {
			return false
		}
	}
	return true
}

// bodyDescriptors say where or whose a body is, or how it stands, not
// what it does: "the local police department", "the main opposition
// party", "the state-owned company", "the embattled lender".
var bodyDescriptors = wordSet("local state federal national regional provincial municipal city county district main ruling opposition government governing new same private public top senior central also then later further spokesperson spokesman spokeswoman representative official " +
	"state-owned state-run government-owned government-run family-owned family-run privately-owned publicly-traded listed embattled troubled struggling beleaguered loss-making cash-strapped")

// bodyNouns are the words of bodyNounList, as a set.
var bodyNouns = sync.OnceValue(func() map[string]bool {
	return wordSet(strings.ReplaceAll(bodyNounList, "|", " "))
})

func (r referents) body(noun string) *actors.Actor {
	if noun == "bench" || noun == "judges" || noun == "justices" {
		// "the bench observed", "the judges said": the court's judges; of the courts the
		// article named, the one it named first, which hears the case
		// ("The Supreme Court … dismissed the appeal against a High
		// Court order. “…,” the bench said").
		for _, b := range r.bodies {
			if strings.Contains(strings.ToLower(b.Name), "court") {
				return b
			}
		}
	}
	for i := len(r.bodies) - 1; i >= 0; i-- {
		if strings.Contains(strings.ToLower(r.bodies[i].Name), noun) {
			return r.bodies[i]
		}
	}
	// "“…,” the office said" after "the presidential office said" and a
	// party named since: an office no body named is called by is none
	// of them.
	if officeNouns[noun] {
		return nil
	}
	// "Lumenwise, valued in a round led by Sequoia Capital, said …
	// “…,” the company said": the body that spoke last, not the one
	// named last.
	if r.person != nil && r.person.Kind == actors.Organization {
		return r.person
	}
	if len(r.bodies) > 0 {
		return r.bodies[len(r.bodies)-1]
	}
	return nil
}

// rulingBeforeVerb is a court's ruling as the subject of a speech verb:
// "the decision read", "the 40-page ruling said".
var rulingBeforeVerb = &lazyregexp.Regexp{Expr: `\b[Tt]he\s+(?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,2}(?:decision|ruling|judgment|judgement|verdict)\s+(?:also\s+)?$`}

// court is the body a ruling speaks for: of the bodies named before, the
// first whose name says it is a court or a tribunal, else the first
// named, as a report of a ruling opens with its court ("The
// Sandiganbayan has convicted …").
func (r referents) court() *actors.Actor {
	for _, b := range r.bodies {
		if n := strings.ToLower(b.Name); strings.Contains(n, "court") || strings.Contains(n, "tribunal") {
			return b
		}
	}
	if len(r.bodies) > 0 {
		return r.bodies[0]
	}
	return nil
}

// officeNouns are the nouns of a body's seat rather than of a body: "the
// office said" stands only for a body whose name says so.
var officeNouns = wordSet("office palace residence secretariat")

// namedBefore adds to named the actors of kind k among ms named outside
// quotation marks before byte i, each once and moved to the end when
// named again: the people or the bodies a pronoun or a noun may stand
// for.
func namedBefore(named []*actors.Actor, k actors.Kind, ms []*mention, i int) []*actors.Actor {
	var add []*mention
	for _, m := range ms {
		if m.actor.Kind == k && !m.inQuote && m.end <= i {
			add = append(add, m)
		}
	}
	if len(add) == 0 {
		return named
	}
	out := slices.Clone(named)
	sort.SliceStable(add, func(a, b int) bool { return add[a].start < add[b].start })
	for _, m := range add {
		out = slices.DeleteFunc(out, func(a *actors.Actor) bool { return a == m.actor })
		out = append(out, m.actor)
	}
	return out
}

// subjectLead is the most words before a person that may still open the
// sentence as its subject: "Foreign Ministry spokesperson X made …,
// saying", but not "The coalition rejected results giving President X a
// third term, saying".
const subjectLead = 5

// participles are the speech verbs whose subject is the clause's before
// them: "…, accusing him of “bias”".
var participles = wordSet("saying accusing calling describing warning urging insisting citing telling adding arguing noting stressing clarifying stating explaining declaring asserting holding")

// speechVerbSet is speechVerbs as a set.
var speechVerbSet = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, v := range strings.Split(speechVerbs, "|") {
		set[v] = true
	}
	return set
})

// speechVerbAt reports whether rest, the text after a name, opens with a
// speech verb: " said the ruling …", " told reporters".
func speechVerbAt(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	return end > 0 && speechVerbSet()[rest[:end]]
}

// speechVerbsIn returns the [start, end) of every speech verb in text, a
// whole word written in lower case: what the regular expression
// \b(?:said|says|…)\b finds, read word by word, since an alternation of a
// hundred verbs is slow to run over every sentence.
func speechVerbsIn(text string) [][]int {
	set := speechVerbSet()
	var out [][]int
	isWord := func(c byte) bool {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
	}
	for i := 0; i < len(text); {
		if !isWord(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isWord(text[j]) {
			j++
		}
		// "put it bluntly:", "as Holt put it,".
		// ("…,\" Said Wekesa-Namunane": capitalised after the quotation.)
		// Not "as Japan continues negotiations": continuing a thing is
		// no speech.
		if (text[i:j] == "continues" || text[i:j] == "continue" || text[i:j] == "continued") && lowerWordAfter(text[i:]) {
			i = j
			continue
		}
		// Nor "the amnesty declared by the leader": a participle after a
		// noun, its agent after "by", is no one's speaking.
		if strings.HasPrefix(text[j:], " by ") && strings.HasSuffix(text[i:j], "ed") && reducedRelative.MatchString(text[:i]) {
			i = j
			continue
		}
		// Nor "called DMA rules “…”": "rules" is a verb of a ruling
		// only before what was ruled.
		if text[i:j] == "rules" && !rulingAfter.MatchString(text[j:]) {
			i = j
			continue
		}
		// "refused to stay the order, holding that the builder had
		// “misled buyers”": a court's holding, not one holding a sign.
		if text[i:j] == "holding" && !strings.HasPrefix(text[j:], " that ") {
			i = j
			continue
		}
		if set[text[i:j]] || text[i:j] == "put" && strings.HasPrefix(text[j:], " it") || capitalVerbs[text[i:j]] && quoteClosedBefore(text[:i]) {
			out = append(out, []int{i, j})
		}
		i = j
	}
	return out
}

// rulingAfter is what follows "rules" when it is a court's verb: "rules
// that", "rules on", "rules against".
var rulingAfter = &lazyregexp.Regexp{Expr: `^\s+(?:that|on|in|against|for|out)\b`}

// pronounBindings records in bound whom paragraph p calls "he" or
// "she": a sentence opening with the pronoun right after one that opens
// with a person's name ("X died on Sunday at her home. She was 81.").
func pronounBindings(p *corpus.Paragraph, ms []*mention, bound map[string]*actors.Actor) {
	// "She married the designer Luc Roux in 1959; he died in 2011.": a
	// clause after a semicolon opened by a pronoun is the one person
	// the sentence named before it.
	for _, sen := range p.Sentences {
		text := p.Text[sen.Start-p.Start : sen.End-p.Start]
		for _, pr := range []string{"he", "she"} {
			at := strings.Index(text, "; "+pr+" ")
			if at < 0 || strings.ContainsAny(text, "“”\"") {
				continue
			}
			if only := onlyPersonIn(ms, sen.Start-p.Start, sen.Start-p.Start+at); only != nil {
				bound[pr] = only
			}
		}
	}
	for k := 1; k < len(p.Sentences); k++ {
		prev, sen := p.Sentences[k-1], p.Sentences[k]
		text := p.Text[sen.Start-p.Start : sen.End-p.Start]
		word, _, _ := strings.Cut(text, " ")
		if word != "He" && word != "She" {
			// "Sinclair watched the loch. Asked what she would do, she
			// was quiet.": a pronoun inside the sentence after one
			// that names one person, outside quotations, is that
			// person's.
			if (strings.Contains(text, "he ") || strings.Contains(text, "he,")) && !strings.ContainsAny(text, "“”\"") {
				pr := pronounInside.FindStringSubmatch(text)
				if pr == nil {
					continue
				}
				if only := onlyPersonIn(ms, prev.Start-p.Start, prev.End-p.Start); only != nil {
					bound[strings.ToLower(pr[1])] = only
				}
			}
			continue
		}
		var first *mention
		for _, m := range ms {
			if m.start >= prev.Start-p.Start && m.start < prev.End-p.Start && (first == nil || m.start < first.start) {
				first = m
			}
		}
		// "She married Luc Roux; he died in 2011. She is survived …": a
		// sentence the pronoun opened before keeps its subject, not the
		// one person it named; nor is one the article calls "he" a
		// "she".
		prevText := p.Text[prev.Start-p.Start : prev.End-p.Start]
		prevOpen, _, _ := strings.Cut(prevText, " ")
		if first != nil && first.actor.Kind == actors.Person && first.start == prev.Start-p.Start {
			bound[strings.ToLower(word)] = first.actor
		} else if only := onlyPersonIn(ms, prev.Start-p.Start, prev.End-p.Start); only != nil && !strings.ContainsAny(prevText, "“”\"") && prevOpen != word && !(referents{byPronoun: bound}).calledOther(only, word) {
			// "The driver, Calum Rennie, has driven the route for 11
			// years. He knows …": the one person the sentence before
			// names.
			bound[strings.ToLower(word)] = only
		}
	}
}

// signedAfter returns the person a quotation ending at byte end is signed
// with: a dash right after it, then the person's name ("“…” — Jane Roe,
// a lawyer"), or nil.
func signedAfter(text string, ms []*mention, end int) *mention {
	rest := strings.TrimLeft(text[end:], " ")
	dash := ""
	for _, d := range []string{"— ", "– ", "-- ", "- "} {
		if strings.HasPrefix(rest, d) {
			dash = d
		}
	}
	if dash == "" {
		return nil
	}
	at := len(text) - len(rest) + len(dash)
	for _, m := range ms {
		if m.start == at && m.actor.Kind == actors.Person {
			return m
		}
	}
	return nil
}

// pronounBeforeNaming reports whether paragraph p says the pronoun (as a
// word, outside quotations) before it first names a, which it names.
func pronounBeforeNaming(p *corpus.Paragraph, ms []*mention, a *actors.Actor, pronoun string) bool {
	first := -1
	for _, m := range ms {
		if m.actor == a && (first < 0 || m.start < first) {
			first = m.start
		}
	}
	if first < 0 {
		return false
	}
	text := p.Text[:first]
	if strings.ContainsAny(text, "“”\"") {
		return false
	}
	lw := strings.ToLower(pronoun)
	for _, f := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if f == lw {
			return true
		}
	}
	return false
}

// pronounInside is "he" or "she" inside a sentence, as a word.
var pronounInside = &lazyregexp.Regexp{Expr: `\b(he|she)\b`}

// onlyPersonIn is the one person the mentions between bytes s and e of a
// paragraph name, outside quotations, or nil when they name none or
// several.
func onlyPersonIn(ms []*mention, s, e int) *actors.Actor {
	var only *actors.Actor
	for _, m := range ms {
		if m.start >= s && m.end <= e && !m.inQuote && m.actor.Kind == actors.Person {
			if only != nil && only != m.actor {
				return nil
			}
			only = m.actor
		}
	}
	return only
}

// quietParagraphs is how many paragraphs naming no actor a person named
// before them stays the one "she" or "he" may mean.
const quietParagraphs = 2

// openingPronoun is "he" or "she" among a sentence's first words: "She
// laughs.", "Will she stay?".
var openingPronoun = &lazyregexp.Regexp{Expr: `^(?:\S+\s+){0,2}?([Hh]e|[Ss]he)\b`}

// afterQuotation reports whether before, the sentence up to a name, ends
// with a quotation's closing mark: "“…,” ".
func afterQuotation(before string) bool {
	b := strings.TrimSpace(before)
	return strings.HasSuffix(b, "”") || strings.HasSuffix(b, `"`)
}

// personSetOffBefore reports whether a person is named right before a
// comma and the role at byte i: "Rina Dalisay-Cruz, the group secretary said".
func personSetOffBefore(text string, ms []*mention, i int) bool {
	for _, m := range ms {
		if m.actor.Kind == actors.Person && m.end <= i && strings.TrimSpace(text[m.end:i]) == "," {
			return true
		}
	}
	return false
}

// roleBefore returns the role roleBeforeVerb finds at the end of text, in
// lower case, and where its match starts; or "" and -1.
func roleBefore(text string) (string, int) {
	loc := roleBeforeVerb.FindStringSubmatchIndex(text)
	if loc == nil {
		return "", -1
	}
	return strings.ToLower(text[loc[2]:loc[3]]), loc[0]
}

// pluralTitle reports whether role is a title's plural: "judges",
// "ministers", "officers".
func pluralTitle(role string) bool {
	return len(role) > 3 && strings.HasSuffix(role, "s") && titles[role[:len(role)-1]]
}

// withRoleBefore ends on "with" and at most three words of a role in
// lower case, before a person whose participle follows: "welcomed the
// decision, with floor leader ".
var withRoleBefore = &lazyregexp.Regexp{Expr: `\bwith (?:\p{Ll}[\p{Ll}-]* ){0,3}$`}

// branchOfBody is a body's possessive, a place and its branch's noun
// before the verb: "'s Lagos branch ", "’s Kano State chapter ".
var branchOfBody = &lazyregexp.Regexp{Expr: `^['’]s (?:\p{Lu}[\p{L}-]* ){1,3}(?:branch|chapter|office|wing|unit|section|division|bureau|council)\s+$`}
