package compare

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/lazyregexp"
)

// The relations a pair of articles can have, from the closest to the
// farthest. Their names are a public interface (compare --json).
const (
	Reprint   = "reprint"    // the same text, give or take furniture, cuts or a headline
	Rewrite   = "rewrite"    // the same event and largely the same facts and quotes, reworded
	SameEvent = "same-event" // independent reports of one event
	SameTopic = "same-topic" // the same subject, different events
	Unrelated = "unrelated"
)

// Thresholds of the relation rules. They were chosen on the annotated
// development set (testdata/eval) and the default corpus; docs/eval.md
// has the figures.
const (
	// sameEventCosine is the article similarity above which two reports
	// close in time may tell one event.
	sameEventCosine = 0.30
	// sameDayCosine is the lower similarity at which two reports of the
	// same day (or of no known date, naming the same actors) that do not
	// look back on an earlier event tell one event.
	sameDayCosine = 0.18
	// sameEventActors is the share of actors two undated reports of one
	// event name in common.
	sameEventActors = 0.4
	// topicCosine is the similarity below which articles are unrelated
	// unless they name the same actors.
	topicCosine = 0.12
	// clearTopicCosine is the similarity two articles that tell no
	// passage alike, and of which neither looks back on the other, need
	// to share a subject: below it, two stories that name the same
	// president and capital are unrelated.
	clearTopicCosine = 0.15
	// clearParaphraseCosine is the similarity of a reworded passage that
	// counts as one both articles tell, beside clearTopicCosine.
	clearParaphraseCosine = 0.3
	// sameEventDays is the largest gap between publication dates of two
	// reports of one event.
	sameEventDays = 2
	// rewriteQuotes is how many quotations two articles must share for a
	// reworded pair to count as a rewrite when passages alone fall short.
	rewriteQuotes = 2
	// rewriteUnquotedShare is the share of the shorter article in passages
	// both tell that makes a rewrite of a pair sharing no quotation: a desk
	// that rewrites wire copy keeps its quotations, or else nearly all its
	// facts, where two reporters of one event each quote their own people.
	rewriteUnquotedShare = 0.8
	// rewriteActors is the share of the actors of the article naming fewer
	// that a rewrite names with its source: it tells largely the same
	// facts, where an independent report names its own people.
	rewriteActors = 0.5
	// particularActors is the ParticularShare of the actors two reports
	// of no known dates must name in common, unless a person, to tell one
	// event: two mine collapses in one country, or two nights' drone
	// strikes, name the same country, ministry and agencies, but each
	// its own mine, town and witnesses.
	particularActors = 0.35
	// creditedShare is the share of the shorter article in passages both
	// tell that makes a rewrite of a story crediting the other's agency.
	creditedShare = 0.3
)

// RelationEvidence is the figures that decided a relation.
type RelationEvidence struct {
	// Verbatim is the share of the shorter article's words inside runs
	// both articles carry word for word; Shared the share in passages both
	// tell (word for word or reworded).
	Verbatim float64 `json:"verbatim"`
	Shared   float64 `json:"shared"`
	// Similarity is the articles' TF-IDF cosine.
	Similarity float64 `json:"similarity"`
	// Quotes is the number of quotations both carry.
	Quotes int `json:"quotes"`
	// Actors is the number of actors both name, ActorsShare their share
	// of the actors of the article naming fewer.
	Actors      int     `json:"actors"`
	ActorsShare float64 `json:"actors_share"`
	// ParticularShare is ActorsShare with each actor weighed by how few
	// articles of the corpus name it: a country a whole corpus names
	// counts little, a local official a lot. It is -1 in a corpus too
	// small to weigh actors (fewer than 20 articles).
	ParticularShare float64 `json:"actors_particular"`
	// DaysApart is the gap between the publication dates, -1 when a date
	// is unknown.
	DaysApart int `json:"days_apart"`
	// LeadDays names the days of the week the two leads tell of when no
	// date sets the articles apart and they name none in common ("Monday
	// / Wednesday"): two earthquakes, two strikes or two votes, however
	// alike their words.
	LeadDays string `json:"lead_days,omitempty"`
	// LeadEvents names the events of one kind the two leads name when
	// no date sets the articles apart and they name none in common
	// ("Sao Paulo Grand Prix / Qatar Grand Prix"): two races, two
	// tournaments or two summits of one season, however alike their
	// words and their people.
	LeadEvents string `json:"lead_events,omitempty"`
	// LeadFigures names the numbers the two leads state when neither
	// article states any of the other lead's and they name no person in
	// common ("42.5 / 5, 50"): two rate decisions, two floods' tolls, two
	// votes' counts, however alike their words.
	LeadFigures string `json:"lead_figures,omitempty"`
	// FollowUp quotes the words by which one article, and not the other,
	// looks back on an earlier event ("a week after the collapse",
	// "last week's floods"): the mark of a follow-up.
	FollowUp string `json:"follow_up,omitempty"`
	// Reasons says, in words, why.
	Reasons []string `json:"reasons"`
}

// relation decides how two articles relate from a comparison's figures.
// shortA says whether A is the shorter article; ca and cb are the
// articles' own cues (cuesOf).
func relation(res *Result, a, b *corpus.Article, shortA bool, ca, cb articleCues) (string, RelationEvidence) {
	fa, fb := ca.followUp, cb.followUp
	// "The visit came a week after deadly fighting in Tripoli" beside
	// "The talks followed clashes in Tripoli": a background both tell,
	// passage for passage, is no earlier event one of them follows up.
	if backgroundOfBoth(res, a, b, ca.followUpPassage, true) {
		fa = ""
	}
	if backgroundOfBoth(res, a, b, cb.followUpPassage, false) {
		fb = ""
	}
	ev := RelationEvidence{Similarity: res.Similarity, Quotes: len(res.Quotes), Actors: len(res.ActorsBoth), DaysApart: daysApart(a.Published, b.Published)}
	if ev.DaysApart < 0 {
		// No dates in the metadata: the wire datelines ("GENEVA, Nov. 4
		// (Reuters) -") give the month and day.
		ev.DaysApart = datelineDaysApart(a, b)
	}
	// "resigned on Tuesday, a week after auditors questioned …" in one
	// of two reports of the same day looks back on the story's own
	// cause, not on the other report's event: the gap it states is
	// longer than the days between the two.
	// "following the collapse of the talks" in one of two reports of
	// the same day or the next tells of the hours before, as the other
	// does: no follow-up. Nor does "a day after the bus plunged" in the
	// next day's report: one day is within one event's reports
	// (sameEventDays).
	if fa != "" && fb == "" || fb != "" && fa == "" {
		cue := fa + fb
		sameDays := ev.DaysApart >= 0 && ev.DaysApart <= 1 && strings.HasPrefix(strings.ToLower(cue), "following the")
		if gap := cueDays(cue); (ev.DaysApart < 0 || gap <= ev.DaysApart+1) && !sameDays && !(gap > 0 && gap < sameEventDays) {
			ev.FollowUp = cue
		}
	}
	ev.Verbatim, ev.Shared = res.VerbatimB, res.ShareB
	if shortA {
		ev.Verbatim, ev.Shared = res.VerbatimA, res.ShareA
	}
	fewer := min(len(res.ActorsBoth)+len(res.ActorsOnlyA), len(res.ActorsBoth)+len(res.ActorsOnlyB))
	if fewer > 0 {
		ev.ActorsShare = round(float64(len(res.ActorsBoth)) / float64(fewer))
	}
	ev.ParticularShare = round(res.particular)
	if ev.DaysApart < 0 {
		da, sa, db, sb := ca.days, ca.spoke, cb.days, cb.spoke
		if da == 0 && db == 0 {
			da, db = sa, sb
		}
		if da != 0 && db != 0 && da&db == 0 {
			ev.LeadDays = dayNames(da) + " / " + dayNames(db)
		}
		ev.LeadEvents = otherEvents(ca.events, cb.events)
	} else if ev.DaysApart >= 2 && ca.days != 0 && cb.days != 0 && ca.days&cb.days == 0 {
		// Dated reports a day or two apart whose leads tell of other
		// weekdays ("fired … on Tuesday", "fired … on Thursday") tell
		// two events; the day a source spoke is the report's own and
		// is not weighed here.
		ev.LeadDays = dayNames(ca.days) + " / " + dayNames(cb.days)
	}
	// Without actors (res.leads unset) it is not known whom they name.
	if res.leads != nil && res.personsBoth == 0 {
		ev.LeadFigures = figuresApart(ca.figures, cb.figures)
	}
	close := (ev.DaysApart < 0 || ev.DaysApart <= sameEventDays) && ev.LeadDays == "" && ev.LeadEvents == ""
	near := close && ev.FollowUp == ""
	// Without dates, what places two reports on one event is what they
	// name: a person both name, or actors particular to both.
	// So with dates, when their leads name other people and neither names
	// the other's (two meetings of one day, with other guests).
	// An obituary tells a life: another article reports its event only
	// when it names the person too.
	oneEvent := near && !(res.personsBoth == 0 && (isObituary(a) || isObituary(b))) && !res.headSubjectsApart && ev.LeadFigures == "" && !(ev.DaysApart < 0 && res.leadPeopleApart) && (ev.DaysApart >= 0 && !res.leadPeopleApart && !res.leadPlacesApart || fewer == 0 || res.personsBoth > 0 || ev.ParticularShare < 0 || ev.ParticularShare >= particularActors)
	// "AP contributed to this report" under a story the other article
	// carries with an "(AP)" dateline: one is the other's rewrite.
	agA, agB := agenciesOf(a), agenciesOf(b)
	credit := agA.creditsOf(agB)
	if credit == "" {
		credit = agB.creditsOf(agA)
	}
	cite := agA.citesOf(agB)
	if cite == "" {
		cite = agB.citesOf(agA)
	}
	event := namedEventBoth(res.ActorsBoth, res.leads)
	// Two agencies' stories of one event are two reports, not one
	// rewritten: "OTTAWA (Reuters)" and "With files from The Canadian
	// Press".
	srcA, srcB := agA.source(), agB.source()
	otherWires := srcA != "" && srcB != "" && srcA != srcB
	why := func(f string, args ...any) { ev.Reasons = append(ev.Reasons, fmt.Sprintf(f, args...)) }
	switch {
	// "(With inputs from PTI)" under a story the other carries with a
	// "(PTI)" dateline: a rewrite, unless nearly all of it is word for
	// word.
	case ev.Verbatim >= reprintShare && (credit == "" || ev.Verbatim >= creditedReprintShare):
		why("%.0f%% of the shorter article is word for word in the other", ev.Verbatim*100)
		return Reprint, ev
	// Not two votes' winners ("picks Morrow", "picks Sato"): a rewrite
	// names its source's people.
	// Nor two reports that share no quotation while each quotes people
	// of its own: each went to its own sources.
	case (close && ev.Shared >= rewriteShare && (ev.Quotes > 0 || ev.Shared >= rewriteUnquotedShare) || near && ev.Quotes >= rewriteQuotes && res.Similarity >= sameEventCosine) && (fewer == 0 || ev.ActorsShare >= rewriteActors) && !otherWires && !res.leadPeopleApart && !res.leadPlacesApart && !ownSources(res):
		why("%.0f%% of the shorter article is in passages both tell, %d quotations shared", ev.Shared*100, ev.Quotes)
		return Rewrite, ev
	case credit != "" && near && (res.Similarity >= sameEventCosine || ev.Shared >= creditedShare):
		why("one article credits %s, whose story the other is, and both tell the same event (%.2f)", credit, res.Similarity)
		return Rewrite, ev
	// "…, Reuters reported" in a story telling much of what the other,
	// a Reuters story, tells: a retelling. (An own report that cites
	// the wire for one fact tells little of its passages.)
	case cite != "" && near && ev.Shared >= creditedShare && !otherWires:
		why("one article says %s reported what it tells, and %.0f%% of the shorter article is in passages both tell", cite, ev.Shared*100)
		return Rewrite, ev
	// Two reports that name no actor in common are of other events
	// (two countries' elections, two companies' results), however alike
	// their words: neither the same event nor the same topic.
	// (An agency both carry, or a release's distributor, is no subject:
	// two companies' releases over PRNewswire.)
	case fewer > 0 && !slices.ContainsFunc(res.ActorsBoth, func(id string) bool { return !isAgency(id) }) && event == "":
		if ev.Actors > 0 {
			why("no named actor in common but the agencies they carry (similarity %.2f)", res.Similarity)
		} else {
			why("no named actor in common (similarity %.2f)", res.Similarity)
		}
		return Unrelated, ev
	case oneEvent && res.Similarity >= sameEventCosine:
		if ev.DaysApart < 0 {
			why("similar subject (%.2f), and no date to set them apart", res.Similarity)
		} else {
			why("similar subject (%.2f) and published within %d days", res.Similarity, sameEventDays)
		}
		return SameEvent, ev
	// Two leads telling of one kind of happening (an earthquake, a
	// fire) on one weekday in one place are one event, however few
	// words and sources the reports share ("A magnitude 6.8 earthquake
	// struck southern Peru on Saturday", "A strong earthquake shook the
	// Andes of southern Peru on Saturday").
	// (One of them dated, so that the weekday is one week's: two
	// undated reports of Sunday-night shootings in one town may be a
	// year apart.)
	case near && ca.happenings&cb.happenings != 0 && ca.days&cb.days != 0 && (dated(a) || dated(b)) && res.leadPlaceBoth && res.Similarity >= topicCosine && !res.leadPeopleApart && !res.headSubjectsApart && ev.LeadFigures == "":
		why("both leads tell of the same kind of happening on %s in a place both name (%.2f)", dayNames(ca.days&cb.days), res.Similarity)
		return SameEvent, ev
	case near && ev.DaysApart >= 0 && ev.DaysApart <= 1 && res.Similarity >= sameDayCosine && !res.leadPeopleApart && !res.leadPlacesApart && !res.headSubjectsApart && ev.LeadFigures == "":
		why("some subject in common (%.2f) and published %s apart, neither looking back on the other", res.Similarity, daysText(ev.DaysApart))
		return SameEvent, ev
	// (Not a lead telling what will happen beside one telling what
	// happened: "will face a water cut from Tuesday", "has been fully
	// restored", an announcement and its outcome.)
	case oneEvent && ev.DaysApart < 0 && res.Similarity >= sameDayCosine && ev.ActorsShare >= sameEventActors && (res.personsBoth > 0 || res.leadPlaceBoth || headlinesShareWord(a.Title, b.Title)) && !aheadAndDone(a, b):
		why("some subject in common (%.2f) and %.0f%% of the actors, neither looking back on the other", res.Similarity, ev.ActorsShare*100)
		return SameEvent, ev
	case (res.Similarity >= topicCosine || event != "") && !(event == "" && ev.FollowUp == "" && !tellsAlike(*res) && res.Similarity < clearTopicCosine):
		switch {
		case res.Similarity < topicCosine:
			why("both name %s", event)
		case ev.FollowUp != "":
			why("similar subject (%.2f), but one article looks back on the other's event (“%s”)", res.Similarity, ev.FollowUp)
		case ev.LeadDays != "":
			why("similar subject (%.2f), but the leads tell of other days (%s)", res.Similarity, ev.LeadDays)
		case ev.LeadEvents != "":
			why("similar subject (%.2f), but the leads name other events (%s)", res.Similarity, ev.LeadEvents)
		case ev.LeadFigures != "":
			why("similar subject (%.2f), but the leads give other figures (%s) and the articles name no person in common", res.Similarity, ev.LeadFigures)
		case !near:
			why("similar subject (%.2f) but published %s apart", res.Similarity, daysText(ev.DaysApart))
		case res.leadPeopleApart:
			why("similar subject (%.2f), but each lead names people the other article never names", res.Similarity)
		case res.headSubjectsApart:
			why("similar subject (%.2f), but each headline names an organisation or a place the other article never names", res.Similarity)
		case aheadAndDone(a, b):
			why("similar subject (%.2f), but one lead tells what will happen and the other what happened", res.Similarity)
		case !oneEvent:
			why("similar subject (%.2f), but no date and no person in common, and the actors both name are common in the corpus (%.2f)", res.Similarity, ev.ParticularShare)
		default:
			why("some subject in common (%.2f), too little for one event", res.Similarity)
		}
		return SameTopic, ev
	}
	why("little in common: similarity %.2f, %d actors both name", res.Similarity, ev.Actors)
	return Unrelated, ev
}

// articleCues are what an article says of its own event's time, the
// same whichever article it is compared with: how it looks back on an
// earlier event (followUp) and the weekdays its lead tells of (leadDays).
type articleCues struct {
	followUp string
	// followUpPassage is the passage followUp is in, "" for the headline.
	followUpPassage string
	days, spoke     uint8
	// events are the named events its headline and lead tell of
	// (leadEvents).
	events []namedEvent
	// leadPeople are the people its headline and first paragraph name,
	// when the comparer has actors (Comparer.leadPeopleOf).
	leadPeople []*actors.Actor
	// headSubjects are the organisations and main places its headline
	// names (Comparer.headSubjectsOf).
	headSubjects []*actors.Actor
	// leadPlaces are the particular places its headline and first
	// paragraph name past the dateline (Comparer.leadPlacesOf).
	leadPlaces []*actors.Actor
	// placeNames are the names of every place it names
	// (Comparer.placeNamesOf).
	placeNames map[string]bool
	// figures are the numbers it states (figuresOf).
	figures figures
	// happenings are the kinds of disaster or incident its headline and
	// lead sentence tell of (happeningsOf).
	happenings uint16
}

// cuesOf reads a's articleCues.
func cuesOf(a *corpus.Article) articleCues {
	c := articleCues{}
	c.followUp, c.followUpPassage = followUpAt(a)
	c.days, c.spoke = leadDays(a)
	c.events = leadEvents(a)
	c.figures = figuresOf(a)
	c.happenings = happeningsOf(a)
	return c
}

// happeningNouns name what a disaster or an incident is, as a headline
// or a lead tells it; the words of one kind share a bit.
var happeningNouns = map[string]uint16{
	"earthquake": 1, "earthquakes": 1, "quake": 1, "tremor": 1,
	"fire": 2, "blaze": 2, "wildfire": 2, "fires": 2,
	"flood": 4, "floods": 4, "flooding": 4, "floodwaters": 4,
	"landslide": 8, "landslides": 8, "mudslide": 8,
	"explosion": 16, "blast": 16,
	"crash": 32, "collision": 32, "derailment": 32, "derailed": 32,
	"storm": 64, "cyclone": 64, "typhoon": 64, "hurricane": 64, "tornado": 64,
	"eruption": 128, "erupted": 128, "erupts": 128,
	"shooting": 256, "gunman": 256,
	"stampede": 512, "crush": 512,
	"collapse": 1024, "collapsed": 1024,
}

// happeningsOf returns the happeningNouns of a's headline and first
// sentence, as bits.
func happeningsOf(a *corpus.Article) uint16 {
	var bits uint16
	words := strings.Fields(strings.ToLower(headAndLead(a)))
	for i, w := range words {
		w = strings.Trim(w, ".,;:!?\"“”'’()")
		// A forecast tells of no happening yet ("an amber warning as
		// storm winds are forecast").
		if foretold[w] {
			return 0
		}
		// Nor does "the flood control scandal", "fire safety rules".
		if i+1 < len(words) && happeningModifiers[strings.Trim(words[i+1], ".,;:!?\"“”'’()")] {
			continue
		}
		bits |= happeningNouns[w]
	}
	return bits
}

// foretold are words of a forecast or a warning in a lead.
var foretold = map[string]bool{"forecast": true, "forecasts": true, "warning": true, "warnings": true, "braces": true, "bracing": true}

// happeningModifiers make a happening's noun before them a modifier:
// "flood control", "fire safety", "storm drains".
var happeningModifiers = map[string]bool{"control": true, "defences": true, "defenses": true, "barriers": true, "protection": true, "insurance": true, "risk": true, "risks": true, "season": true, "safety": true, "drains": true, "drill": true, "drills": true}

// headAndLead returns a's headline and, on the next line, the first
// sentence of its first paragraph of prose.
func headAndLead(a *corpus.Article) string {
	for _, p := range a.Paragraphs {
		if p.Kind == corpus.Body && len(p.Sentences) > 0 {
			s := p.Sentences[0]
			return a.Title + "\n" + a.Text[s.Start:s.End]
		}
	}
	return a.Title
}

// isObituary reports whether a's headline calls it an obituary
// ("Margit Eide obituary", "Obituary: a glaciologist …").
func isObituary(a *corpus.Article) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(a.Title), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if w == "obituary" || w == "obituaries" {
			return true
		}
	}
	return false
}

// dated reports whether the comparison knows a's date: from its
// metadata, or from a wire dateline.
func dated(a *corpus.Article) bool { return a.Published != "" || dayOfYear(a) >= 0 }

// namedEvent is an event named in a lead: its whole name as written
// ("Sao Paulo Grand Prix") and its kind, the name's last words in lower
// case ("grand prix").
type namedEvent struct{ name, kind string }

// eventName is a named event of a season's or a calendar's kind: a race,
// a tournament, a summit, a festival, after the capitalised words that
// say which ("the Sao Paulo Grand Prix", "the Qatar Open", "the Lagos
// City Marathon").
var eventName = &lazyregexp.Regexp{Expr: `((?:\p{Lu}[\p{L}'’.-]*\s+){1,4})(Grand Prix|Open|Marathon|Masters|Cup|Games|Classic|Championships?|Summit|Festival|Awards)\b`}

// leadEvents returns the named events of a's headline and first
// sentence.
func leadEvents(a *corpus.Article) []namedEvent {
	text := headAndLead(a)
	var out []namedEvent
	for _, m := range eventName.Get().FindAllStringSubmatch(text, -1) {
		which := strings.Fields(m[1])
		// "The Qatar Grand Prix": an article opening the name is no part
		// of it.
		if len(which) > 0 && (which[0] == "The" || which[0] == "A") {
			which = which[1:]
		}
		if len(which) == 0 {
			continue
		}
		kind := strings.TrimSuffix(strings.ToLower(m[2]), "s")
		out = append(out, namedEvent{name: strings.Join(which, " ") + " " + m[2], kind: kind})
	}
	// "Typhoon Marce", "Tropical Storm Marce": a storm by its name, of
	// one kind whatever its strength.
	for _, m := range stormName.Get().FindAllStringSubmatch(text, -1) {
		out = append(out, namedEvent{name: m[1], kind: "storm"})
	}
	// "The Alisal Ridge Fire", "the Hollis Creek Fire": a wildfire by its
	// name, not a fire service ("Cal Fire", "the Rural Fire Service").
	for _, m := range fireName.Get().FindAllStringSubmatchIndex(text, -1) {
		which := strings.Fields(text[m[2]:m[3]])
		if which[0] == "The" || which[0] == "A" {
			which = which[1:]
		}
		if len(which) == 0 || len(which) == 1 && which[0] == "Cal" || fireServiceNext(text[m[1]:]) {
			continue
		}
		out = append(out, namedEvent{name: strings.Join(which, " ") + " Fire", kind: "fire"})
	}
	return out
}

// fireName is a named wildfire: up to three capitalised words before
// "Fire" ("Alisal Ridge Fire").
var fireName = &lazyregexp.Regexp{Expr: `\b((?:\p{Lu}[\p{L}'’-]*\s+){1,3})Fire\b`}

// fireServiceNext reports whether text opens with the word that makes
// "Fire" a service's: "Fire Department", "Fire Service", "Fire and
// Rescue".
func fireServiceNext(text string) bool {
	rest := strings.TrimLeft(text, " ")
	if len(rest) == len(text) {
		return false
	}
	word, _, _ := strings.Cut(rest, " ")
	switch strings.TrimRight(word, ".,;:'’s") {
	case "Department", "Dept", "Service", "Services", "Brigade", "Brigades", "Authority", "Rescue", "and", "&", "Chief", "Station", "Protection", "District", "Marshal", "Agency", "Commission", "Academy", "Fighters", "Prevention":
		return true
	}
	return false
}

// stormName is a named storm: the storm's kind, then its name ("Typhoon
// Marce", "Hurricane Wenonah", "Storm Hector").
var stormName = &lazyregexp.Regexp{Expr: `\b(?:Super\s+Typhoon|Typhoon|Hurricane|Cyclone|Tropical\s+Storm|Tropical\s+Cyclone|Storm)\s+(\p{Lu}[\p{L}'’-]+)\b`}

// otherEvents names the events of one kind that a's and b's leads name
// when they name none of that kind in common ("Sao Paulo Grand Prix /
// Qatar Grand Prix"), or "".
func otherEvents(a, b []namedEvent) string {
	for _, x := range a {
		same, other := false, ""
		for _, y := range b {
			if y.kind != x.kind {
				continue
			}
			if strings.EqualFold(y.name, x.name) {
				same = true
				break
			}
			other = y.name
		}
		if other != "" && !same && !slices.ContainsFunc(a, func(z namedEvent) bool { return strings.EqualFold(z.name, other) }) {
			return x.name + " / " + other
		}
	}
	return ""
}

// weekdays are the days of the week, Monday first, as leads write them.
var weekdays = [7]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// leadDays is the set of weekdays (bit i for weekdays[i]) that a's
// first sentence tells of: "struck on Monday", "Sunday's accident"; and
// apart, spoke, the days a source spoke ("officials said Monday", "told
// reporters on Tuesday"), which are the report's and weigh only when
// neither lead names the event's day. A day looked back on ("last
// Saturday's election", "since Friday") is the background's, in neither.
func leadDays(a *corpus.Article) (days, spoke uint8) {
	var lead string
	for _, p := range a.Paragraphs {
		if p.Kind == corpus.Body && len(p.Sentences) > 0 {
			s := p.Sentences[0]
			lead = a.Text[s.Start:s.End]
			break
		}
	}
	words := strings.Fields(lead)
	for i, w := range words {
		w = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(w, ".,;:—–-\"”)"), "'s"), "’s"), ".,;:")
		d := slices.Index(weekdays[:], w)
		if d < 0 {
			continue
		}
		j := i - 1
		for j >= 0 && (words[j] == "on" || words[j] == "early" || words[j] == "late") {
			j--
		}
		if j >= 0 {
			switch strings.ToLower(strings.TrimRight(words[j], ",")) {
			case "said", "says", "told", "reporters", "journalists", "reported":
				spoke |= 1 << d
				continue
			case "last", "since":
				continue
			}
		}
		days |= 1 << d
	}
	return days, spoke
}

// dayNames writes a set of weekdays: "Monday", "Monday, Tuesday".
func dayNames(days uint8) string {
	var names []string
	for i, d := range weekdays {
		if days&(1<<i) != 0 {
			names = append(names, d)
		}
	}
	return strings.Join(names, ", ")
}

// tellsAlike reports whether two articles tell a passage alike: word
// for word, or reworded with more in common than a paraphrase at the
// threshold, which the same president's name and "said" reach alone
// ("President X credited …" and "President X presented the bid …").
func tellsAlike(res Result) bool {
	for _, p := range res.Shared {
		if p.Kind == "verbatim" || p.Score >= clearParaphraseCosine {
			return true
		}
	}
	return false
}

// cueDays is how many days a follow-up's cue says passed ("a week
// after" 7, "four days after" 4, "two months since" 60); 0 when it
// gives hours, or none.
func cueDays(cue string) int {
	f := strings.Fields(strings.ToLower(cue))
	if len(f) < 2 {
		return 0
	}
	n, ok := cueNumbers[f[0]]
	if !ok {
		v, err := strconv.Atoi(f[0])
		if err != nil {
			return 0
		}
		n = v
	}
	switch unit := strings.TrimSuffix(f[1], "s"); unit {
	case "day":
		return n
	case "week":
		return 7 * n
	case "month":
		return 30 * n
	}
	return 0
}

// cueNumbers are the numbers a follow-up's cue writes in words.
var cueNumbers = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3}

// followUpCue is how a follow-up looks back on the event it follows.
var followUpCue = &lazyregexp.Regexp{Expr: `(?i)\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+) (?:hours?|days?|weeks?|months?) (?:after|since|earlier)|last (?:week|month)['’]s|(?:in|during|after|since) (?:a|an|the) [\p{L}-]+ last (?:week|month)|(?:days?|weeks?) after the|following the (?:departure|death|resignation|collapse|defeat|sacking|arrest|attack|election|vote)|earlier this (?:week|month)|(?:which|that) (?:broke out|began|started|erupted|struck) (?:on|last) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)|when (?:it|they) (?:broke out|began|started|erupted|struck|collapsed|flooded) last (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)|(?:agreed|signed|reached|announced|struck|brokered) (?:in \p{Lu}\p{L}+ )?(?:earlier )?this (?:week|month)|(?:ending|ended|ends|lifting|lifted|lifts|calling off|called off) (?:a|an|the) (?:[\p{L}-]+ ){0,3}(?:that|which) had (?:[\p{L}'’-]+ ){0,8}for (?:more than |nearly |almost |over )?(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+) (?:weeks|months))\b`}

// followUp returns the words by which an article looks back on an earlier
// event, in its headline ("A week after the volcano erupted, villagers
// count the cost") or its first paragraphs, or "".
func followUp(a *corpus.Article) string {
	cue, _ := followUpAt(a)
	return cue
}

// followUpAt returns followUp's cue and the passage it is in ("" for the
// headline).
func followUpAt(a *corpus.Article) (cue, passage string) {
	if cue := lookBack(a.Title); cue != "" {
		return cue, ""
	}
	for i, p := range a.Paragraphs {
		if i >= followUpParagraphs {
			break
		}
		if cue := lookBack(p.Text); cue != "" {
			return cue, p.ID
		}
	}
	return "", ""
}

// backgroundOfBoth reports whether the passage of A (or of B) holding a
// follow-up's cue tells a background both articles look back on after
// their leads, with leads that tell one event: the passage is paired
// with one of the other's that is not its lead and says its event
// followed something too, and the two first passages are paired. (A
// follow-up's look back is paired with the other's lead, which tells
// the event it looks back on, or with a passage telling that event in
// the present: "The Pine Hollow Fire had burned …".)
func backgroundOfBoth(res *Result, a, b *corpus.Article, passage string, ofA bool) bool {
	if passage == "" || len(a.Paragraphs) == 0 || len(b.Paragraphs) == 0 {
		return false
	}
	leadA, leadB := a.Paragraphs[0].ID, b.Paragraphs[0].ID
	leads, partner, partnerText, otherLead := false, "", "", ""
	for _, p := range res.Shared {
		if p.APassage == leadA && p.BPassage == leadB {
			leads = true
			otherLead = p.BText
			if !ofA {
				otherLead = p.AText
			}
		}
		if ofA && p.APassage == passage {
			partner, partnerText = p.BPassage, p.BText
		} else if !ofA && p.BPassage == passage {
			partner, partnerText = p.APassage, p.AText
		}
	}
	// "to fund reconstruction in areas hit by last month's earthquake"
	// beside "to help areas devastated by the earthquake that struck …
	// in November": two leads, paired, each telling its event as coming
	// after the same one.
	if leads && (ofA && passage == leadA || !ofA && passage == leadB) {
		return looksBackToo.MatchString(otherLead) || leadLooksBack.MatchString(otherLead)
	}
	return leads && partner != "" && partner != leadA && partner != leadB && looksBackToo.MatchString(partnerText)
}

// aheadAndDone reports whether one article's lead tells what will happen
// (leadAhead) and the other's does not: an announcement and, later, its
// outcome ("will face a three-day water cut from Tuesday", "has been
// fully restored, a day later than planned"), two events of one topic.
func aheadAndDone(a, b *corpus.Article) bool {
	return leadAhead(a) != leadAhead(b)
}

// leadAhead reports whether the first sentence of a's lead tells what
// will happen ("will", "is set to", "is due to", "is expected to"), or
// what someone means to do ("has decided to", "plans to"): a decision
// announced is told ahead, whatever its tense.
func leadAhead(a *corpus.Article) bool {
	for _, p := range a.Paragraphs {
		if p.Kind != corpus.Body {
			continue
		}
		// The first sentence of a few words: a dateline cut off by the
		// sentence splitter ("JOHOR BAHRU:") is none.
		text := p.Text
		for _, s := range p.Sentences {
			if len(strings.Fields(s.Text)) > 4 {
				text = s.Text
				break
			}
		}
		return tellsAhead.MatchString(text)
	}
	return false
}

// tellsAhead is how a sentence tells what will happen.
var tellsAhead = &lazyregexp.Regexp{Expr: `\b(?:will|(?:is|are) (?:set|due|expected|scheduled|poised) to|(?:decided|agreed|plans?|planning|vowed|pledged|promised|intends?|intending) to)\b`}

// leadLooksBack is how a lead tells of an earlier happening its own event
// comes after: the places or people it left ("areas hit by", "towns
// devastated by") or the happening in a clause of its own ("the
// earthquake that struck").
var leadLooksBack = &lazyregexp.Regexp{Expr: `\b(?:(?:hit|struck|devastated|damaged|battered|ravaged|affected|destroyed|flooded|displaced) by|(?:that|which) (?:struck|hit|killed|swept|tore|devastated|battered|flooded))\b`}

// looksBackToo is how the other article's passage says its event came
// after the background too: "The talks followed clashes in Tripoli".
var looksBackToo = &lazyregexp.Regexp{Expr: `\b(?:followed|follows|came after|comes after|in the wake of)\b`}

// lookBack returns the first followUpCue of text, or "".
func lookBack(text string) string {
	if !mayLookBack(text) {
		return ""
	}
	for _, loc := range followUpCue.FindAllStringIndex(text, -1) {
		// "fares will go up within days after the cut" looks ahead.
		if strings.HasSuffix(strings.ToLower(text[:loc[0]]), "within ") {
			continue
		}
		return text[loc[0]:loc[1]]
	}
	return ""
}

// lookBackWords are words one of which every followUpCue holds, looked
// for (in lower case) before the pattern is run: most paragraphs have
// none of them.
var lookBackWords = []string{"after", "since", "earlier", "last", "following", "began", "started", "erupted", "struck", "broke", "this week", "this month", "had"}

// mayLookBack reports whether text holds one of lookBackWords.
func mayLookBack(text string) bool {
	lower := strings.ToLower(text)
	for _, w := range lookBackWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// followUpParagraphs is how far into an article a follow-up says so: the
// lead and the paragraphs right after it.
const followUpParagraphs = 3

// datelinePattern is a wire dateline with a date: "GENEVA, Nov. 4
// (Reuters) -", "NAIROBI, April 22 (Reuters) -", "MOSCOW, November 27.
// /TASS/.", "BOSTON, Feb. 10, 2026 /PRNewswire/ --".
var datelinePattern = &lazyregexp.Regexp{Expr: `^\p{Lu}[\p{Lu} .'-]+, (?:\p{Lu}[\p{L} .]*, )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})(?:, \d{4})?(?: \(|\.? /)`}

var months = map[string]time.Month{"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}

// datelineDay returns the day of the year of an article's dateline, or -1.
func datelineDay(a *corpus.Article) int {
	if len(a.Paragraphs) == 0 {
		return -1
	}
	m := datelinePattern.FindStringSubmatch(a.Paragraphs[0].Text)
	if m == nil {
		return -1
	}
	day, _ := strconv.Atoi(m[2])
	return time.Date(2001, months[m[1]], day, 0, 0, 0, 0, time.UTC).YearDay()
}

// leadDatePattern is the day a lead tells its happening on: "overnight
// on March 18", "on Nov. 29", "on Tuesday, 4 March". Only after "on": a
// date after "since", "by" or "until" is another day than the story's.
var leadDatePattern = &lazyregexp.Regexp{Expr: `\b[Oo]n (?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?(?:(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?) (\d{1,2})|(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December))\b`}

// leadDay returns the day of the year a's lead (the first sentence of
// its first paragraph of prose) tells its happening on, or -1.
func leadDay(a *corpus.Article) int {
	for _, p := range a.Paragraphs {
		if p.Kind != corpus.Body || len(p.Sentences) == 0 {
			continue
		}
		s := p.Sentences[0]
		m := leadDatePattern.FindStringSubmatch(a.Text[s.Start:s.End])
		if m == nil {
			return -1
		}
		month, day := m[1], m[2]
		if month == "" {
			month, day = m[4], m[3]
		}
		d, _ := strconv.Atoi(day)
		mon := months[month[:3]]
		if d < 1 || d > 31 || mon == 0 {
			return -1
		}
		return time.Date(2001, mon, d, 0, 0, 0, 0, time.UTC).YearDay()
	}
	return -1
}

// dayOfYear is the day of the year a was published on, from its date,
// else from its dateline, else the day its lead tells of, or -1; taken in
// one year, as a dateline has none.
func dayOfYear(a *corpus.Article) int {
	if t, err := time.Parse("2006-01-02", a.Published); err == nil {
		return time.Date(2001, t.Month(), t.Day(), 0, 0, 0, 0, time.UTC).YearDay()
	}
	if d := datelineDay(a); d >= 0 {
		return d
	}
	return leadDay(a)
}

// datelineDaysApart is the gap between two articles' days of the year
// when one has no date: their datelines ("LILONGWE, Nov 27 (Reuters)"),
// or one's dateline and the other's date; -1 when one has neither.
func datelineDaysApart(a, b *corpus.Article) int {
	da, db := dayOfYear(a), dayOfYear(b)
	if da < 0 || db < 0 {
		return -1
	}
	d := da - db
	if d < 0 {
		d = -d
	}
	return min(d, 365-d)
}

// daysText writes a number of days: "1 day", "3 days".
func daysText(n int) string {
	if n == 1 {
		return "1 day"
	}
	return strconv.Itoa(n) + " days"
}

// daysApart is the number of days between two YYYY-MM-DD dates, or -1.
func daysApart(a, b string) int {
	ta, ea := time.Parse("2006-01-02", a)
	tb, eb := time.Parse("2006-01-02", b)
	if ea != nil || eb != nil {
		return -1
	}
	d := int(ta.Sub(tb).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d
}

// datelineAgency is the agency a wire dateline credits: "FLAGSTAFF, Ariz.
// (AP) —", "MOSCOW, March 18. /TASS/.", or a brief's credit with no place:
// "(RTTNews) - Shares of …".
var datelineAgency = &lazyregexp.Regexp{Expr: `^(?:\p{Lu}[\p{L}0-9 .,'’-]{0,60}?)?(?:\(([\p{L} .&-]{2,40})\)\s*(?:[—–-]|--)|/(\p{Lu}{2,10})/)`}

// wireAgency returns the agency whose dateline opens a's story, in lower
// case, or "".
func wireAgency(a *corpus.Article) string {
	for _, p := range a.Paragraphs {
		if p.Kind != corpus.Body {
			continue
		}
		m := datelineAgency.FindStringSubmatch(p.Text)
		if m == nil {
			return ""
		}
		return strings.ToLower(strings.TrimSpace(m[1] + m[2]))
	}
	return ""
}

// agencies are what an article says of the wire agencies behind it: the
// one its dateline credits, and its closing credits ("AP contributed to
// this report").
type agencies struct {
	dateline string   // lower case, "" if none
	credits  []string // the closing paragraphs that credit makers
	lead     []string // the first body paragraphs, for a report credited in the text
}

// agenciesOf reads a's dateline and closing credits once.
func agenciesOf(a *corpus.Article) agencies {
	ag := agencies{dateline: wireAgency(a)}
	// Credits close an article: its last paragraphs are enough.
	for i, p := range a.Paragraphs {
		switch {
		case i >= len(a.Paragraphs)-3 && corpus.ContributorLine(p.Text):
			ag.credits = append(ag.credits, p.Text)
		case p.Kind == corpus.Body && len(ag.lead) < citingParagraphs:
			ag.lead = append(ag.lead, p.Text)
		}
	}
	return ag
}

// citingParagraphs is how many paragraphs of a story's lead may credit
// the agency whose story it retells: "…, Reuters reported" closes the
// first sentence of a retelling, where an own report credits the wire
// with one fact further down.
const citingParagraphs = 2

// cited returns the name under which the lead credits the agency key
// with what it reports ("…, Reuters reported", "according to AFP", "told
// the Associated Press"), or "".
func (ag agencies) cited(key string) string {
	names := knownAgencies[key]
	if names == nil {
		names = []string{key}
	}
	for _, text := range ag.lead {
		lower := strings.ToLower(text) // the same length: agencies' names are ASCII
		for _, n := range names {
			n = strings.ToLower(n)
			for i := 0; i < len(lower); {
				j := strings.Index(lower[i:], n)
				if j < 0 {
					break
				}
				at := i + j
				i = at + len(n)
				// A name, capitalised, as a whole word.
				if !wordAt(text, at, len(n)) || text[at] < 'A' || text[at] > 'Z' || len(lower) != len(text) {
					continue
				}
				before, after := lower[:at], text[at+len(n):]
				if strings.HasSuffix(before, "according to ") || strings.HasSuffix(before, "according to the ") || strings.HasSuffix(before, "told ") || strings.HasSuffix(before, "told the ") ||
					strings.HasPrefix(after, " reported") || strings.HasPrefix(after, " news agency reported") {
					return names[0]
				}
			}
		}
	}
	return ""
}

// agencyKey is the agency's name in knownAgencies ("ap" for "Associated
// Press"), or the name itself.
func agencyKey(name string) string {
	for key, names := range knownAgencies {
		for _, n := range names {
			if strings.EqualFold(name, n) {
				return key
			}
		}
	}
	return name
}

// credited returns the name under which the closing credits name the
// agency key, or "".
func (ag agencies) credited(key string) string {
	names := knownAgencies[key]
	if names == nil {
		names = []string{key}
	}
	for _, text := range ag.credits {
		lower := strings.ToLower(text)
		for _, n := range names {
			if i := strings.Index(lower, strings.ToLower(n)); i >= 0 && wordAt(text, i, len(n)) {
				return names[0]
			}
		}
	}
	return ""
}

// source is the agency the story comes from: its dateline's, else the
// first known one its closing credits name ("With files from The
// Canadian Press"), or "".
func (ag agencies) source() string {
	if ag.dateline != "" {
		return agencyKey(ag.dateline)
	}
	for _, key := range slices.Sorted(maps.Keys(knownAgencies)) {
		if ag.credited(key) != "" {
			return key
		}
	}
	return ""
}

// credits returns the agency of b's dateline when a credits it at its
// end, or "".
func (ag agencies) creditsOf(b agencies) string {
	if b.dateline == "" {
		return ""
	}
	// "Associated Press writer X contributed to this report" under an
	// "(AP)" dateline credits a colleague of the story's own agency, not
	// another's story.
	if ag.dateline != "" && agencyKey(ag.dateline) == agencyKey(b.dateline) {
		return ""
	}
	return ag.credited(agencyKey(b.dateline))
}

// citesOf returns the agency of b's dateline when a, a story of no
// dateline of its own, credits it in its text with what it reports ("the
// tanker ran aground, Reuters reported"), or "".
func (ag agencies) citesOf(b agencies) string {
	if b.dateline == "" || ag.dateline != "" {
		return ""
	}
	return ag.cited(agencyKey(b.dateline))
}

// wordAt reports whether text[i:i+n] stands as whole words.
func wordAt(text string, i, n int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[i+n:])
	return !unicode.IsLetter(before) && !unicode.IsLetter(after)
}

// eventWords end or begin the names of events that make a topic of their
// own: "the Pine Hollow Fire", "Hurricane Ida".
var eventNameWords = map[string]bool{"fire": true, "wildfire": true, "hurricane": true, "typhoon": true, "cyclone": true, "storm": true, "earthquake": true, "quake": true, "flood": true, "floods": true, "war": true, "eruption": true, "spill": true}

// namedEventBoth returns the name of the first actor both articles name
// whose name is an event's ("pine-hollow-fire"), when one of them names
// it in its headline or first paragraph (leads), or "". An event both
// name only in passing ("following Storm Hector last week", "a branch
// fallen during Storm Hector") makes no topic of two stories.
func namedEventBoth(ids []string, leads map[string]string) string {
	for _, id := range ids {
		parts := strings.Split(id, "-")
		if name, ok := leads[id]; ok && len(parts) > 1 && (eventNameWords[parts[len(parts)-1]] || eventNameWords[parts[0]]) {
			return name
		}
	}
	return ""
}

// knownAgencies are the wire agencies whose credit a story carries, by
// the names they go by.
var knownAgencies = map[string][]string{
	"ap":             {"Associated Press", "AP"},
	"reuters":        {"Reuters"},
	"afp":            {"Agence France-Presse", "Agence France Presse", "AFP"},
	"canadian press": {"Canadian Press"},
	"pti":            {"PTI", "Press Trust of India"},
	"xinhua":         {"Xinhua"},
	"yonhap":         {"Yonhap"},
	"kyodo":          {"Kyodo"},
	"tass":           {"TASS"},
	"dpa":            {"dpa", "Deutsche Presse-Agentur"},
	"efe":            {"EFE"},
	"ansa":           {"ANSA"},
	"bloomberg":      {"Bloomberg"},
	// Press releases' distributors, whose name a release's dateline
	// carries ("PECOS, Texas, Nov. 24, 2026 /PRNewswire/ --").
	"prnewswire":    {"PR Newswire", "PRNewswire"},
	"business wire": {"Business Wire"},
	"globenewswire": {"GlobeNewswire", "Globe Newswire"},
}

// isAgency reports whether the actor id (a name's slug, "associated-press")
// is an agency's or a distributor's of knownAgencies: a source of the
// text, not a subject both articles tell of.
func isAgency(id string) bool {
	_, ok := knownAgencies[agencyKey(strings.ReplaceAll(id, "-", " "))]
	return ok
}

// ownSources reports whether two reports share no quotation while each
// carries quotations of its own: independent reports, each of its own
// sources, however much of the facts they share.
func ownSources(res *Result) bool {
	return len(res.Quotes) == 0 && res.quotedA > 0 && res.quotedB > 0
}

// headlinesShareWord reports whether two headlines share a word of
// content (its stem, four letters or more).
func headlinesShareWord(a, b string) bool {
	inA, _ := contentWords(&corpus.Paragraph{Text: a})
	words := map[string]bool{}
	for _, w := range inA {
		if len(w) >= 4 {
			words[w] = true
		}
	}
	inB, _ := contentWords(&corpus.Paragraph{Text: b})
	return slices.ContainsFunc(inB, func(w string) bool { return words[w] })
}
