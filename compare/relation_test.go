package compare

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/corpus"
)

// The made-up story the relation tests vary: a dam that failed in a
// made-up valley, told by a wire agency.
var (
	damWire = []string{
		"VALDORO, March 3 (Wire) - A dam on the Tessa River failed on Monday night, flooding four villages in the Valdoro valley and forcing about 3,000 people from their homes, regional officials said.",
		"Rescue teams in boats reached the village of Castelnuovo before dawn and found residents sheltering on rooftops, the regional civil protection agency said in a statement.",
		"“The water came faster than anyone expected, and we had only minutes to wake people up,” said Marta Quiroga, the head of the regional civil protection agency.",
		"Engineers had warned last year that the concrete wall of the dam was cracking, according to a report seen by the agency, but repairs were delayed by a dispute over funding.",
		"Regional governor Paolo Venti said an inquiry would examine why the repairs never began. “Someone will answer for this,” Venti said on Tuesday.",
		"Farmers said thousands of hectares of maize and tomato fields were under water, and the regional farm union put early losses at tens of millions of euros.",
	}
	damRewrite = []string{
		"About three thousand residents of the Valdoro valley fled their houses when the Tessa River dam gave way late on Monday, swamping four villages, according to the region's officials.",
		"Civil protection crews using boats got to Castelnuovo in the early hours and rescued people stranded on their roofs.",
		"Marta Quiroga, who runs the regional civil protection service, said the flood arrived faster than expected. “We had only minutes to wake people up,” she said.",
		"A report last year had flagged cracks in the dam's wall, but a row over money held up the repair work, the agency said.",
		"Governor Paolo Venti promised an inquiry into the delay. “Someone will answer for this,” he said.",
	}
	damFollowUp = []string{
		"VALDORO, March 17 (Wire) - Two weeks after the Tessa River dam failed, prosecutors in the Valdoro region opened a criminal investigation into the company that was meant to repair it, regional officials said on Tuesday.",
		"The investigation concerns a maintenance contract signed three years ago with the company Ferrante Costruzioni, according to a statement from the prosecutor's office.",
		"Most of the 3,000 people who left their homes have returned, but about 400 remain in temporary housing in the town of Castelnuovo, officials said.",
		"“We want to know where the money for the repairs went,” said Marta Quiroga of the regional civil protection agency.",
	}
	// damOwnReport tells the same night in its own words and quotations,
	// by a reporter of its own: the same event, no rewrite.
	damOwnReport = []string{
		"Four villages in the Valdoro valley were flooded on Monday night when the dam on the Tessa River failed, and about 3,000 people had to leave their homes, regional officials said.",
		"Boats of the regional civil protection agency reached Castelnuovo before dawn, where residents were waiting on rooftops for rescue.",
		"“I heard a noise like a train and then the street was a river,” said Elena Brusca, a baker in Castelnuovo who spent the night on her roof with her two children.",
		"Regional governor Paolo Venti promised an inquiry into why repairs to the dam's cracked wall had been delayed by a dispute over money.",
	}
	// damOwnSources shares the governor's sentence with the wire but names
	// its own people: a reporter on the spot, not a desk rewriting.
	damOwnSources = []string{
		"The dam failed on Monday night and flooded four villages in the valley, forcing about 3,000 people from their homes, officials said.",
		"“Someone will answer for this,” Governor Paolo Venti said on Tuesday.",
		"Parish priest Dario Lenti opened his church hall, and mayor Giulia Sarto asked for tents, said Piero Galli, a farmer.",
	}
	// damLocal is a local paper's telling of the wire story, in its own
	// words and with its own resident, crediting the agency at its end.
	damLocal = []string{
		"Thousands of people in the Valdoro valley spent the night in schools and sports halls after the Tessa River dam gave way on Monday and water poured into four villages.",
		"Boats reached Castelnuovo before dawn, where families had climbed onto their roofs, the civil protection agency said.",
		"Pensioner Aldo Ferri, 81, said he lost everything on the ground floor. “I carried my wife's photographs upstairs and that was all,” he said.",
		"The head of the civil protection agency, Marta Quiroga, said the water came faster than anyone expected.",
		"Wire contributed to this report.",
	}
	// damLightRewrite is a broadcaster's light rewrite of the wire: about
	// half its words as the wire wrote them, the rest changed here and
	// there, and the wire credited at its end.
	damLightRewrite = []string{
		"A dam on the Tessa River gave way late on Monday, flooding four villages in the Valdoro valley and forcing some 3,000 people out of their homes, regional officials said.",
		"Rescue teams in boats reached the village of Castelnuovo before dawn and found residents sheltering on rooftops, the regional civil protection agency said in a statement.",
		"“The water came faster than anyone expected, and we had only minutes to wake people up,” said Marta Quiroga, the head of the regional civil protection agency.",
		"Videos shared on social media showed cars floating down the main street of one village.",
		"(With inputs from Wire)",
	}
	// damFirstAid is a later report that looks back on the event in words
	// only ("earlier this month"), with no date.
	damFirstAid = []string{
		"The first compensation payments reached families flooded out of the Valdoro valley on Friday, under a relief plan the region agreed earlier this month after the Tessa River dam failed.",
		"About 1,200 households received 2,000 euros each, regional officials said, and farmers whose fields were under water will be paid from next month.",
		"“The money helps, but our houses are still full of mud,” said Elena Brusca, a baker in Castelnuovo.",
	}
	marketWire = []string{
		"MILAN, March 3 (Wire) - Shares in the country's largest carmaker rose sharply on Monday after it reported higher than expected sales of electric models in the first two months of the year.",
		"The company said deliveries of its small electric hatchback had doubled compared with the same period last year, helped by a new government incentive scheme.",
		"Analysts said the figures eased fears that the carmaker would miss its emissions targets for the year, which could have cost it hundreds of millions in fines.",
	}
)

func article(t *testing.T, name, title, date string, paras []string) *corpus.Article {
	t.Helper()
	front := "---\ndate: " + date + "\n---\n"
	if date == "" {
		front = ""
	}
	return parse(t, name, front+title+"\n\n"+strings.Join(paras, "\n\n")+"\n")
}

// TestRelations checks the relation of made-up pairs, one for each
// relation and the edge cases of the rules.
func TestRelations(t *testing.T) {
	wire := article(t, "wire.txt", "Dam fails in Valdoro valley, thousands flee", "2026-03-03", damWire)
	tests := []struct {
		name string
		b    *corpus.Article
		want string
	}{
		{"the same text under a new headline", article(t, "copy.txt", "Thousands flee as river dam bursts", "2026-03-03", damWire), Reprint},
		{"a reprint cut to half its length", article(t, "half.txt", "Dam fails in Valdoro valley", "2026-03-03", damWire[:3]), Reprint},
		{"a rewrite sharing two quotations", article(t, "rewrite.txt", "Valdoro residents flee dam flood", "2026-03-04", damRewrite), Rewrite},
		{"a follow-up two weeks later", article(t, "later.txt", "Prosecutors investigate failed Valdoro dam", "2026-03-17", damFollowUp), SameTopic},
		{"a follow-up with no date but the words that look back", article(t, "later-undated.txt", "Prosecutors investigate failed Valdoro dam", "", damFollowUp), SameTopic},
		{"an own report of the same night, no quotation or phrase in common", article(t, "own.txt", "Night of fear as Valdoro dam gives way", "2026-03-03", damOwnReport), SameEvent},
		{"an own report of the same day recalling a warning a week before", article(t, "recall.txt", "Night of fear as Valdoro dam gives way", "2026-03-03", append([]string{"Four villages in the Valdoro valley were flooded on Monday night, a week after engineers warned that the wall of the Tessa River dam was cracking, and about 3,000 people had to leave their homes, regional officials said."}, damOwnReport[1:]...)), SameEvent},
		{"an own report sharing one quotation but naming its own people", article(t, "sources.txt", "Villagers shelter in churches after Valdoro dam fails", "2026-03-04", damOwnSources), SameEvent},
		{"another agency's report sharing the quotations", article(t, "alpine.txt", "Valdoro residents flee dam flood", "2026-03-04", append([]string{"VALDORO, March 3 (Alpine Press) - " + damRewrite[0]}, damRewrite[1:]...)), SameEvent},
		{"a local telling crediting the wire's agency", article(t, "local.txt", "Valdoro families spend night in schools", "2026-03-04", damLocal), Rewrite},
		{"a light rewrite, half word for word, crediting the wire's agency", article(t, "light.txt", "Watch: Dam bursts in Valdoro, 3,000 flee", "2026-03-03", damLightRewrite), Rewrite},
		{"a later report that looks back only in words", article(t, "aid-undated.txt", "Flooded Valdoro families get first payments", "", damFirstAid), SameTopic},
		{"a digest's retelling that says the wire's agency reported it", article(t, "digest.txt", "Valdoro dam bursts", "2026-03-03", append([]string{strings.TrimSuffix(damLocal[0], ".") + ", Wire reported."}, damLocal[1:4]...)), Rewrite},
		{"an own report of the same day telling of the hours before it", article(t, "hours.txt", "Night of fear as Valdoro dam gives way", "2026-03-03", append([]string{"Following the collapse of the Tessa River dam on Monday night, four villages in the Valdoro valley were flooded and about 3,000 people had to leave their homes, regional officials said."}, damOwnReport[1:]...)), SameEvent},
		{"an own report citing the wire's agency for one fact", article(t, "own-cites.txt", "Night of fear as Valdoro dam gives way", "2026-03-03", append(append([]string{}, damOwnReport...), "Engineers had warned of cracks in the dam last year, according to Wire.")), SameEvent},
		{"an own report of the next day that says it is a day after", article(t, "next-day.txt", "A day on, Valdoro counts the cost", "", append([]string{"A day after the Tessa River dam failed on Monday night, four villages in the Valdoro valley were still under water and about 3,000 people had not returned home, regional officials said."}, damOwnReport[1:]...)), SameEvent},
		{"another story of the same day", article(t, "market.txt", "Carmaker shares jump on electric sales", "2026-03-03", marketWire), Unrelated},
	}
	for _, tt := range tests {
		c := &corpus.Corpus{Articles: []*corpus.Article{wire, tt.b}}
		r := New(c, find.Actors(c)).Compare(wire, tt.b)
		if r.Relation != tt.want {
			t.Errorf("%s: Compare(wire, %s).Relation = %q, want %q (%+v)", tt.name, tt.b.ID, r.Relation, tt.want, r.RelationEvidence)
		}
	}
}

// TestWeakTopic: two stories that tell no passage alike, and of which
// neither looks back on the other, share a subject only when their words
// clearly do; naming the same governor and valley two weeks apart is no
// topic in common.
func TestWeakTopic(t *testing.T) {
	wire := article(t, "wire.txt", "Dam fails in Valdoro valley, thousands flee", "2026-03-03", damWire)
	fair := article(t, "fair.txt", "Cheese fair opens in Valdoro", "2026-03-16", []string{
		"Governor Paolo Venti opened the spring cheese fair in the Valdoro valley on Monday, where 40 dairies showed their wares.",
	})
	later := article(t, "later.txt", "Prosecutors investigate failed Valdoro dam", "2026-03-16", damFollowUp)
	both := []string{"paolo-venti", "valdoro"}
	alike := []Pair{{Kind: "paraphrase", Score: 0.34}}
	// "Governor Paolo Venti opened …" and "Governor Paolo Venti said
	// …": reworded at the threshold by the name alone.
	byName := []Pair{{Kind: "paraphrase", Score: 0.25}}
	tests := []struct {
		name   string
		b      *corpus.Article
		shared float64
		pairs  []Pair
		want   string
	}{
		{"names in common, words barely", fair, 0, nil, Unrelated},
		{"names in common and a passage told alike", fair, 0.2, alike, SameTopic},
		{"names in common and a passage alike by the names only", fair, 0.2, byName, Unrelated},
		{"names in common and a look back on the event", later, 0, nil, SameTopic},
	}
	for _, tt := range tests {
		res := &Result{Similarity: 0.13, ActorsBoth: both, ActorsOnlyA: []string{"marta-quiroga", "tessa-river"}, ShareA: tt.shared, ShareB: tt.shared, Shared: tt.pairs}
		if got, ev := relation(res, wire, tt.b, false, cuesOf(wire), cuesOf(tt.b)); got != tt.want {
			t.Errorf("%s: relation = %q, want %q (%+v)", tt.name, got, tt.want, ev)
		}
	}
}

// TestFollowUpCues checks the words by which a report looks back on an
// earlier event, and words that do not.
func TestFollowUpCues(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"Two planes landed on Friday, the first flights of an exchange agreed in Tarsa this month.", "agreed in Tarsa this month"},
		{"The union voted on the offer the company made earlier this week.", "earlier this week"},
		{"Prosecutors opened an inquiry two weeks after the dam failed.", "two weeks after"},
		{"The ministry said this week that talks would go on.", ""},
		{"Both sides agreed on Sunday to meet again next month.", ""},
		{"Crews contained the fire, which broke out on Saturday, by Monday night.", "which broke out on Saturday"},
		{"Police held two men following the attack near the port.", "following the attack"},
		{"LAST WEEK'S floods left the valley cut off.", "LAST WEEK'S"},
		{"The strike, which began on Monday, spread to three mines.", "which began on Monday"},
		{"Rescuers had searched since dawn, three days since the quake.", "three days since"},
		{"Drivers warned that fares will go up within days after the bank cut the currency.", ""},
		{"The warehouse where four workers died in a fire last week had no certificate.", "in a fire last week"},
		{"The minister, who visited last week, said the plan would go ahead.", ""},
		{"About 6,400 people fled their villages when it erupted last Tuesday.", "when it erupted last Tuesday"},
		// The end of a dispute that had lasted weeks looks back on its start.
		{"Nurses accepted the offer, ending a strike that had closed wards across the region for more than three weeks.", "ending a strike that had closed wards across the region for more than three weeks"},
		{"The strike had closed wards for three weeks by Friday.", ""},
	}
	for _, tt := range tests {
		a := parse(t, "a.txt", "Headline of the made-up report\n\n"+tt.text+"\n\nOfficials gave new figures on Monday as the work went on across the whole area.\n")
		if got := followUp(a); got != tt.want {
			t.Errorf("followUp(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	// A headline looks back as a lead does.
	a := parse(t, "b.txt", "A week after the volcano erupted, villagers count the cost\n\nMaria stood in what had been her kitchen.\n")
	if got, want := followUp(a), "A week after"; got != want {
		t.Errorf("followUp of a headline that looks back = %q, want %q", got, want)
	}
}

// TestDaysApartOfDatelineAndDate: an article with a date and one with only
// a wire dateline are as many days apart as the dateline's day and the
// date's; two with neither are of no known gap.
func TestDaysApartOfDatelineAndDate(t *testing.T) {
	wire := parse(t, "wire.txt", "Bank devalues the currency\n\nLILONGWE, Nov 27 (Reuters) - The central bank devalued the kwacha by 30% against the dollar on Thursday, officials said.\n")
	local := parse(t, "local.txt", "Fares set to rise\n\nPublished: 28 November 2026\n\nMinibus drivers warned that fares would go up after the central bank cut the kwacha on Thursday.\n")
	plain := parse(t, "plain.txt", "Fares set to rise\n\nMinibus drivers warned that fares would go up after the central bank cut the kwacha on Thursday.\n")
	if got := datelineDaysApart(wire, local); got != 1 {
		t.Errorf("a dateline of Nov 27 and a date of 28 November: %d days apart, want 1", got)
	}
	if got := datelineDaysApart(wire, plain); got != -1 {
		t.Errorf("a dateline and no date: %d days apart, want -1 (unknown)", got)
	}
	// A state agency's and a press release's datelines spell the month
	// and the year their own ways.
	for _, line := range []string{"LILONGWE, November 25. /Agency/. The central bank", "LILONGWE, Nov. 25, 2026 /PRNewswire/ -- The central bank"} {
		other := parse(t, "other.txt", "Bank devalues the currency\n\n"+line+" devalued the kwacha by 30% against the dollar.\n")
		if got := datelineDaysApart(wire, other); got != 2 {
			t.Errorf("a dateline of Nov 27 and %q: %d days apart, want 2", line, got)
		}
	}
}

// TestSameWireTextTwice: two outlets' files with one wire text both load,
// and the comparison calls them a reprint.
func TestSameWireTextTwice(t *testing.T) {
	text := "Dam fails in Valdoro valley, thousands flee\n\n" + strings.Join(damWire, "\n\n") + "\n"
	fsys := fstest.MapFS{
		"outlet-a.txt": {Data: []byte("---\noutlet: Outlet A\n---\n" + text)},
		"outlet-b.txt": {Data: []byte("---\noutlet: Outlet B\n---\n" + text)},
	}
	c, skipped, err := corpus.Load(fsys, "two")
	if err != nil || len(skipped) != 0 || len(c.Articles) != 2 {
		t.Fatalf("Load = %d articles, skipped %v, %v; want both files", len(c.Articles), skipped, err)
	}
	r := New(c, find.Actors(c)).Compare(c.Articles[0], c.Articles[1])
	if r.Relation != Reprint {
		t.Errorf("Compare of one wire text from two outlets = %q, want reprint", r.Relation)
	}
}

// TestStoryLabelsAreWords: every word labelling a story of the default
// corpus is written so in one of its passages (no stems such as "reuter"),
// and no story is only a shared photo caption.
func TestStoryLabelsAreWords(t *testing.T) {
	c := defaultCorpus(t)
	cmp := New(c, find.Actors(c))
	stories := cmp.Stories()
	if len(stories) == 0 {
		t.Fatal("no story on the default corpus")
	}
	for _, s := range stories {
		var texts []string
		for _, id := range s.Passages {
			art := c.Article(id[:strings.LastIndex(id, "/")])
			p := art.Paragraph(id)
			if p.Kind == corpus.Caption {
				t.Errorf("story %q groups the caption %s", s.Terms, id)
			}
			texts = append(texts, p.Text)
		}
		all := strings.Join(texts, " ")
		for _, term := range s.Terms {
			if !strings.Contains(all, term) {
				t.Errorf("story label %q has %q, which none of its passages writes", s.Terms, term)
			}
		}
	}
}

// TestLetterPairReworded: the two default articles on the August 2022
// letter exchange tell three facts in other words (the letter's pledge,
// the hostile forces, the recognition of the breakaway regions); each is
// aligned as reworded, with the words that differ given.
func TestLetterPairReworded(t *testing.T) {
	c := defaultCorpus(t)
	r := New(c, find.Actors(c)).Compare(c.Article("yahoo-2022-08-15"), c.Article("nowreading-2022-08-16"))
	want := map[string]string{
		"yahoo-2022-08-15/p3": "nowreading-2022-08-16/p1",
		"yahoo-2022-08-15/p5": "nowreading-2022-08-16/p4",
		"yahoo-2022-08-15/p6": "nowreading-2022-08-16/p6",
	}
	got := map[string]string{}
	for _, p := range r.Shared {
		if p.Kind == "paraphrase" {
			got[p.APassage] = p.BPassage
			if len(p.ADiffers) == 0 || len(p.BDiffers) == 0 {
				t.Errorf("reworded %s ~ %s: no differing words marked", p.APassage, p.BPassage)
			}
		}
	}
	for a, b := range want {
		if got[a] != b {
			t.Errorf("%s is aligned with %q, want %s (reworded)", a, got[a], b)
		}
	}
	if r.Relation != SameEvent {
		t.Errorf("the letter pair's relation = %q, want same-event", r.Relation)
	}
}

// TestEvents: the wire story, its reprint and its rewrite are one event,
// labelled with words from them, first the wire, each copy said of it; the
// follow-up and the other story are not in it.
func TestEvents(t *testing.T) {
	wire := article(t, "wire.txt", "Dam fails in Valdoro valley, thousands flee", "2026-03-03", damWire)
	copyA := article(t, "copy.txt", "Thousands flee as river dam bursts", "2026-03-03", damWire)
	rewrite := article(t, "rewrite.txt", "Valdoro residents flee dam flood", "2026-03-04", damRewrite)
	later := article(t, "later.txt", "Prosecutors investigate failed Valdoro dam", "2026-03-17", damFollowUp)
	market := article(t, "market.txt", "Carmaker shares jump on electric sales", "2026-03-03", marketWire)
	c := &corpus.Corpus{Articles: []*corpus.Article{wire, copyA, rewrite, later, market}}
	events := New(c, find.Actors(c)).Events()
	if len(events) != 1 {
		t.Fatalf("Events = %+v, want one", events)
	}
	ev := events[0]
	if strings.Join(ev.Articles, " ") != "wire copy rewrite" || ev.First != "wire" {
		t.Errorf("event articles %q first %q, want wire copy rewrite, first wire", ev.Articles, ev.First)
	}
	if !strings.Contains(ev.Label, "3 Mar 2026") || !strings.Contains(ev.Label, "Marta Quiroga") {
		t.Errorf("event label %q, want the main actor and the date", ev.Label)
	}
	rel := map[string]string{}
	for _, cp := range ev.Copies {
		if cp.Of == "wire" {
			rel[cp.Article] = cp.Relation
		}
	}
	if rel["copy"] != Reprint || rel["rewrite"] != Rewrite {
		t.Errorf("copies %+v, want copy a reprint and rewrite a rewrite of wire", ev.Copies)
	}
}

// TestOtherCountriesElectionsAreUnrelated: two reports of two countries'
// elections, told in the same words of counts, commissions and
// complaints, name no actor in common: they are unrelated, not one topic.
func TestOtherCountriesElectionsAreUnrelated(t *testing.T) {
	a := article(t, "a.txt", "Corvania's president re-elected as opposition cries foul", "", []string{
		"Corvania's electoral commission declared President Anton Velmar the winner of the presidential election on Saturday, saying he won 58 percent of the vote.",
		"Opposition leader Dario Kest, who won 31 percent, said the vote was a masquerade and called for protests against the electoral commission.",
		"The commission said official results would be published in the gazette, and observers said turnout was low.",
	})
	b := article(t, "b.txt", "Opposition in Meridia rejects presidential election results", "", []string{
		"Meridia's electoral commission declared Ines Harrow the winner of the presidential election late on Sunday, saying she won 51 percent of the vote.",
		"Her rival, Tomas Quell, who won 47 percent, said the vote was rigged and rejected the results announced by the electoral commission.",
		"Observers said turnout was high, and the commission said official results would be published in the gazette.",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{a, b}}
	r := New(c, find.Actors(c)).Compare(a, b)
	if r.Relation != Unrelated {
		t.Errorf("two countries' elections: relation %q (%v), want unrelated", r.Relation, r.RelationEvidence.Reasons)
	}
}

// TestSameDayCopyCreditsTheOriginal: a site's copy of a wire story, which
// opens with the wire's credit and no place ("(Wirenews) - "), copies the
// wire's own story of the same day, whichever the corpus lists first.
func TestSameDayCopyCreditsTheOriginal(t *testing.T) {
	withOutlet := func(name, outlet, lead string) *corpus.Article {
		front := "---\ndate: 2026-03-03\noutlet: " + outlet + "\n---\n"
		paras := append([]string{lead + damWire[0]}, damWire[1:]...)
		return parse(t, name, front+"Dam fails in Valdoro valley\n\n"+strings.Join(paras, "\n\n")+"\n")
	}
	site := withOutlet("a_site.txt", "Daily Post", "(Wirenews) - ")
	wire := withOutlet("b_wire.txt", "Wirenews", "")
	if got := wireAgency(site); got != "wirenews" {
		t.Errorf("wireAgency of a story opening %q = %q, want wirenews", "(Wirenews) - ", got)
	}
	c := &corpus.Corpus{Articles: []*corpus.Article{site, wire}}
	events := New(c, find.Actors(c)).Events()
	if len(events) != 1 || len(events[0].Copies) != 1 {
		t.Fatalf("Events = %+v, want one event with one copy", events)
	}
	ev := events[0]
	if cp := ev.Copies[0]; cp.Article != "a_site" || cp.Of != "b_wire" || ev.First != "b_wire" {
		t.Errorf("copy %+v, first %q; want a_site a copy of b_wire, first b_wire", cp, ev.First)
	}
}

// TestNamedEventIsATopic: two reports that name the same fire are at least
// of one topic, however little else their words share.
func TestNamedEventIsATopic(t *testing.T) {
	a := article(t, "a.txt", "Residents flee fire", "", []string{
		"Families in Tarnby packed their cars as the Pine Hollow Fire crept toward the town's eastern streets on Saturday evening.",
		"Volunteers handed out water and blankets at the school gym, and farmers moved horses to the fairground.",
	})
	b := article(t, "b.txt", "Trailer chain blamed", "", []string{
		"Investigators said a trailer's dragging safety chain sparked the Pine Hollow Fire along the highway.",
		"The state will ask drivers to check their chains before summer trips, officials said.",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{a, b}}
	r := New(c, find.Actors(c)).Compare(a, b)
	if r.Relation != SameTopic {
		t.Errorf("Compare of two reports naming the Pine Hollow Fire = %q (%+v), want same-topic", r.Relation, r.RelationEvidence)
	}
}

// TestEventInPassingIsNoTopic: two stories that name the same storm only
// in passing, neither in its headline or first paragraph, share no topic.
func TestEventInPassingIsNoTopic(t *testing.T) {
	a := article(t, "a.txt", "Amber warning as gales near", "", []string{
		"Gusts of up to 80mph are expected on western coasts on Thursday, forecasters said.",
		"Ferries were cancelled and the rail operator cut services to one train an hour.",
		"It is the ninth named storm of the season, following Storm Hector last week.",
	})
	b := article(t, "b.txt", "Escaped otter found in garden", "", []string{
		"An otter that escaped from Brackley Wildlife Park on Sunday has been found safe in a pond a mile away.",
		"Keepers said its enclosure's fence had been damaged by a falling branch during Storm Hector.",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{a, b}}
	r := New(c, find.Actors(c)).Compare(a, b)
	if r.Relation != Unrelated {
		t.Errorf("Compare of two stories naming Storm Hector in passing = %q (%+v), want unrelated", r.Relation, r.RelationEvidence)
	}
}

// TestOneStoryAlone: a reader's folder often holds one story only. Its
// own words (the gorge, the bus) are then in every article, and by the
// corpus's counts alone would weigh less than "said"; two agencies'
// reports of the crash, in their own words and with their own sources,
// must still tell one event, and a report days later the same subject.
func TestOneStoryAlone(t *testing.T) {
	ap := article(t, "ap.txt", "At least 27 killed as bus plunges into gorge in Nepal's hills", "", []string{
		"KATHMANDU, Nepal (AP) — At least 27 people were killed when a crowded passenger bus skidded off a mountain highway and plunged about 150 meters into a gorge in western Nepal on Friday, police said.",
		"The bus was carrying pilgrims from the town of Tansen to a temple festival when the driver lost control on a sharp bend after heavy rain, district police chief Hari Prasad Gyawali told The Associated Press.",
		"\"The road was wet and the bus was going too fast for the curve,\" Gyawali said. Soldiers and villagers pulled 18 injured passengers from the wreckage.",
		"Road accidents are common in Nepal, where many highways wind through steep hills and vehicles are often poorly maintained.",
	})
	wire := article(t, "wire.txt", "Pilgrim bus crash kills dozens in western Nepal", "", []string{
		"TANSEN, Nepal, Oct 10 (Alpine Press) - Rescuers recovered the bodies of 26 pilgrims from a gorge in western Nepal after their bus left a mountain road in a monsoon downpour, officials said on Friday.",
		"Army helicopters flew the most badly hurt to hospitals in Pokhara, said Sunita Thapa Magar, a spokeswoman for the provincial government. \"Several of them are in a critical condition,\" she said.",
		"Relatives gathered at the hospital gates overnight, waiting for the names of the dead to be read out.",
	})
	later := article(t, "later.txt", "Nepal suspends bus operator's permit after gorge crash", "", []string{
		"KATHMANDU, Nepal (AP) — Nepal's transport ministry suspended the route permit of a bus company on Monday, three days after one of its buses plunged into a gorge and killed 29 pilgrims.",
		"The company's owner was questioned by police, and inspectors found that the bus had failed a brake test in August, the ministry said.",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{ap, wire, later}}
	cmp := New(c, find.Actors(c))
	for _, tt := range []struct {
		a, b *corpus.Article
		want string
	}{
		{ap, wire, SameEvent},
		{wire, later, SameTopic},
		{ap, later, SameTopic},
	} {
		if r := cmp.Compare(tt.a, tt.b); r.Relation != tt.want {
			t.Errorf("Compare(%s, %s).Relation = %q, want %q (%+v)", tt.a.ID, tt.b.ID, r.Relation, tt.want, r.RelationEvidence)
		}
	}
}

// TestParticularActorsPlaceOneEvent: in a corpus of many stories, two
// undated reports of mine collapses in one country name the same
// country, ministry and mining service, as every article of the corpus
// does; the mine, the town and the people are what tells one collapse
// from another. Two reports of one collapse that quote different people
// still name its mine and its town.
func TestParticularActorsPlaceOneEvent(t *testing.T) {
	first := article(t, "first.txt", "Two workers killed in tunnel collapse at Chilean copper mine", "", []string{
		"SANTIAGO, Chile (AP) — Two workers were killed and three were trapped on Sunday when part of a tunnel collapsed at the Altamira copper mine near Rancagua, Chile's Ministry of Mining said.",
		"Rescue teams from the National Geology and Mining Service reached the trapped miners by tapping on a ventilation pipe, Mining Minister Elvira Castañeda Ruiz told reporters in Rancagua.",
		"\"We believe the three men are alive and we will not stop until they are out,\" Castañeda Ruiz said.",
	})
	same := article(t, "same.txt", "Chile: rescuers dig for three miners trapped at Altamira", "", []string{
		"RANCAGUA, Chile — Rescuers in Chile dug through the night toward three miners trapped by a tunnel collapse at the Altamira copper mine that killed two of their colleagues, the National Geology and Mining Service said.",
		"The collapse at Altamira, east of Rancagua, happened as a night shift was ending, said Tobías Lienlaf, a leader of the miners' union, who blamed cuts to maintenance crews.",
		"\"The tunnel had been cracking for weeks,\" Lienlaf said. The Ministry of Mining said it had opened an inquiry.",
	})
	other := article(t, "other.txt", "Miner dies as tunnel caves in at copper mine in northern Chile", "", []string{
		"COPIAPO, Chile — One miner died and two others were pulled out injured after a tunnel caved in at the Los Quebrachos copper mine outside Copiapó, Chile's Ministry of Mining said.",
		"Inspectors from the National Geology and Mining Service suspended work at Los Quebrachos while they look into the cause, regional official Damián Huenchullán said.",
		"Huenchullán said the mine had been fined last year for failing to shore up its galleries.",
	})
	arts := []*corpus.Article{first, same, other}
	regions := []string{"Antofagasta", "Atacama", "Coquimbo", "Valparaíso", "Maule", "Biobío", "Araucanía", "Los Lagos", "Aysén", "Magallanes", "Tarapacá", "Arica", "Ñuble", "Los Ríos", "O'Higgins", "Santiago", "Calama", "Iquique"}
	for i, r := range regions {
		arts = append(arts, article(t, fmt.Sprintf("output%02d.txt", i), "Chile's copper output in "+r+" rises", "", []string{
			"Copper output in " + r + " rose in the third quarter, Chile's Ministry of Mining said on Monday, as new ore bodies came on line.",
			"The National Geology and Mining Service said inspections of the region's mines would go on through the year.",
		}))
	}
	c := &corpus.Corpus{Articles: arts}
	cmp := New(c, find.Actors(c))
	for _, tt := range []struct {
		a, b *corpus.Article
		want string
	}{
		{first, same, SameEvent},
		{first, other, SameTopic},
		{same, other, SameTopic},
	} {
		if r := cmp.Compare(tt.a, tt.b); r.Relation != tt.want {
			t.Errorf("Compare(%s, %s).Relation = %q, want %q (%+v)", tt.a.ID, tt.b.ID, r.Relation, tt.want, r.RelationEvidence)
		}
	}
}

// TestLeadDaysSetUndatedReportsApart: two undated reports whose first
// sentences tell of other days of the week are two events, however alike
// their words and actors (two quakes in one valley); the day a source
// spoke or a day looked back on is no event's day.
func TestLeadDaysSetUndatedReportsApart(t *testing.T) {
	monday := article(t, "monday.txt", "Quake shakes Velanca valley", "", []string{
		"VELANCA (AP) — A strong earthquake struck the Velanca valley on Monday, damaging adobe houses and cutting mountain roads, officials said.",
		"The quake was centred north of the town of Velanca at a depth of 40 kilometres, the Andean Seismic Service said.",
		"Mayor Ofelia Turpaya said several houses had collapsed in the villages of the upper valley. \"We are still counting the damage,\" Turpaya said.",
	})
	thursday := article(t, "thursday.txt", "Another quake rattles Velanca", "", []string{
		"VELANCA — An earthquake rattled the Velanca valley early Thursday, bringing down adobe walls and blocking mountain roads with rocks, authorities said.",
		"The Andean Seismic Service put the quake's centre near the town of Velanca, at a depth of about 35 kilometres.",
		"Mayor Ofelia Turpaya said families in the upper valley were sleeping outdoors. \"People are afraid to go back inside,\" she said.",
	})
	spoke := article(t, "spoke.txt", "Velanca counts the cost of quake", "", []string{
		"VELANCA — Villages of the Velanca valley were cut off after a strong earthquake brought down adobe houses and blocked mountain roads, regional officials said Thursday.",
		"The Andean Seismic Service said the quake was centred north of Velanca, 40 kilometres deep.",
		"Mayor Ofelia Turpaya said crews were clearing rocks from the roads. \"We need tents and water,\" Turpaya said.",
	})
	recalled := article(t, "recalled.txt", "Velanca counts the cost of quake", "", []string{
		"VELANCA — Rescuers reached villages of the Velanca valley, cut off since last Thursday's storms, after a strong earthquake on Monday brought down adobe houses, officials said.",
		"The Andean Seismic Service said the quake was centred north of Velanca, 40 kilometres deep.",
		"Mayor Ofelia Turpaya said crews were clearing rocks from the roads. \"We need tents and water,\" Turpaya said.",
	})
	// Leads that name only the day a source spoke are compared by it
	// when neither names the event's day.
	spokeSaturday := article(t, "spoke-saturday.txt", "Velanca shaken by quake", "", []string{
		"VELANCA — An earthquake brought down adobe houses in the upper villages of the Velanca valley and blocked two mountain roads, the Andean Seismic Service said Saturday.",
		"The service said the quake was centred close to Velanca, 38 kilometres underground.",
		"Mayor Ofelia Turpaya said the village school would shelter families. \"Nobody wants to sleep indoors,\" Turpaya said.",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{monday, thursday, spoke, recalled, spokeSaturday}}
	cmp := New(c, find.Actors(c))
	if r := cmp.Compare(spoke, spokeSaturday); r.Relation != SameTopic {
		t.Errorf("Compare(spoke, spoke-saturday).Relation = %q, want %q (%+v)", r.Relation, SameTopic, r.RelationEvidence)
	}
	if r := cmp.Compare(monday, thursday); r.Relation != SameTopic {
		t.Errorf("Compare(monday, thursday).Relation = %q, want %q (%+v)", r.Relation, SameTopic, r.RelationEvidence)
	}
	for _, b := range []*corpus.Article{spoke, recalled} {
		if r := cmp.Compare(monday, b); r.Relation != SameEvent && r.Relation != Rewrite {
			t.Errorf("Compare(monday, %s).Relation = %q, want one event's reports (%+v)", b.ID, r.Relation, r.RelationEvidence)
		}
	}
	if r := cmp.Compare(monday, thursday); r.RelationEvidence.LeadDays != "Monday / Thursday" {
		t.Errorf("lead days = %q, want %q", r.RelationEvidence.LeadDays, "Monday / Thursday")
	}
}

// TestLeadEventsSetUndatedReportsApart: two undated reports of one
// season, whose leads name other events of one kind (two grands prix),
// are two events, however alike their words and people; two reports
// naming the same event are one.
func TestLeadEventsSetUndatedReportsApart(t *testing.T) {
	first := article(t, "velden.txt", "Kessel holds off Brandt to win in Velden", "", []string{
		"Ada Kessel won the Velden Grand Prix on Sunday, holding off Ivo Brandt in the closing laps to stretch her lead in the standings.",
		"Tomas Velde finished third for Marrowline after starting from the back of the grid.",
		"\"The car was quick all weekend,\" Kessel said. Brandt said his team had gambled on a late safety car.",
	})
	second := article(t, "tarnsholm.txt", "Kessel beats Brandt again", "", []string{
		"Ada Kessel won the Tarnsholm Grand Prix on Sunday, keeping Ivo Brandt behind her over the final laps to stretch her lead in the standings.",
		"Tomas Velde was third for Marrowline after a charge from the back of the grid.",
		"\"The car was fast everywhere,\" Kessel said. Brandt said his team's late stop had cost him the win.",
	})
	again := article(t, "velden-again.txt", "Kessel wins in Velden", "", []string{
		"Ada Kessel took the Velden Grand Prix on Sunday, fending off Ivo Brandt in the last laps to extend her lead in the standings.",
		"Tomas Velde came third for Marrowline from the back of the grid.",
		"\"We were quick all weekend,\" Kessel said. Brandt said a late safety car never came.",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{first, second, again}}
	cmp := New(c, find.Actors(c))
	r := cmp.Compare(first, second)
	if r.Relation != SameTopic {
		t.Errorf("Compare(velden, tarnsholm).Relation = %q, want %q (%+v)", r.Relation, SameTopic, r.RelationEvidence)
	}
	if want := "Velden Grand Prix / Tarnsholm Grand Prix"; r.RelationEvidence.LeadEvents != want {
		t.Errorf("lead events = %q, want %q", r.RelationEvidence.LeadEvents, want)
	}
	if r := cmp.Compare(first, again); r.Relation != SameEvent && r.Relation != Rewrite {
		t.Errorf("Compare(velden, velden-again).Relation = %q, want one event's reports (%+v)", r.Relation, r.RelationEvidence)
	}
}

// TestLeadPeopleSetDatedReportsApart: two reports of one day whose
// leads name other people, neither naming the other's anywhere, are two
// meetings of one minister's diary, however alike their words; two
// outlets' reports of one meeting, naming its people, are one event.
func TestLeadPeopleSetDatedReportsApart(t *testing.T) {
	kessel := article(t, "kessel.txt", "Tarsa and Velden vow to expand rail cooperation", "2026-12-02", []string{
		"TARSA, Dec. 2 -- Tarsan Vice Premier Ada Kessel held talks with Velden Deputy Prime Minister Ivo Brandt in Tarsa on Tuesday, with both sides agreeing to expand cooperation on railways and trade.",
		"The two sides signed agreements on customs and farm produce after the talks.",
	})
	orlov := article(t, "orlov.txt", "Tarsa and Marrow pledge closer cooperation on rail, trade", "2026-12-02", []string{
		"TARSA, Dec. 2 -- State Councilor Lena Orlov received Marrow's visiting foreign minister, Tomas Velde, on Tuesday, and the pair discussed freight trains, grain exports and a new border crossing.",
		"Orlov said Tarsa valued its old friendship with Marrow and hoped trade would double by 2030.",
	})
	again := article(t, "kessel-again.txt", "Kessel, Brandt agree to widen rail links", "2026-12-02", []string{
		"Tarsan Vice Premier Ada Kessel and Velden Deputy Prime Minister Ivo Brandt agreed in Tarsa on Tuesday to widen rail links and trade between the two countries.",
		"Officials signed deals on customs and farm goods, a statement said.",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{kessel, orlov, again}}
	cmp := New(c, find.Actors(c))
	if r := cmp.Compare(kessel, orlov); r.Relation != SameTopic {
		t.Errorf("Compare(kessel, orlov).Relation = %q, want %q (%+v)", r.Relation, SameTopic, r.RelationEvidence)
	}
	if r := cmp.Compare(kessel, again); r.Relation != SameEvent && r.Relation != Rewrite {
		t.Errorf("Compare(kessel, kessel-again).Relation = %q, want one event's reports (%+v)", r.Relation, r.RelationEvidence)
	}
}

// TestLeadPeopleSetUndatedReportsApart: without dates too, two reports
// whose leads name people the other article never names (two leadership
// votes of one party, each with its winner) are of two events, however
// alike their words; two undated reports naming the same winner are one.
func TestLeadPeopleSetUndatedReportsApart(t *testing.T) {
	morrow := article(t, "morrow.txt", "Tarsa's ruling party picks Morrow as new leader", "", []string{
		"TARSA -- Tarsa's ruling Unity Party on Saturday elected former defence minister Kenji Morrow as its new president, all but ensuring he will become the country's next prime minister.",
		"The party's lawmakers and members chose him in a runoff after a campaign dominated by rising prices and the weak currency.",
	})
	sato := article(t, "sato.txt", "Tarsa's ruling party picks Aiko Sato as leader", "", []string{
		"TARSA -- Tarsa's ruling Unity Party elected conservative Aiko Sato as its president on Saturday, putting her on course to become the country's first female prime minister.",
		"Lawmakers and party members chose her in a runoff, and the currency fell as investors weighed her plans on prices.",
	})
	again := article(t, "sato-again.txt", "Sato wins Unity Party race, set to lead Tarsa", "", []string{
		"Aiko Sato, a conservative, won the presidency of Tarsa's ruling Unity Party on Saturday, setting her on track to become the nation's first female prime minister.",
		"She won a runoff of lawmakers and members, and the currency weakened on her plans.",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{morrow, sato, again}}
	cmp := New(c, find.Actors(c))
	if r := cmp.Compare(morrow, sato); r.Relation != SameTopic {
		t.Errorf("Compare(morrow, sato).Relation = %q, want %q (%+v)", r.Relation, SameTopic, r.RelationEvidence)
	}
	if r := cmp.Compare(sato, again); r.Relation != SameEvent && r.Relation != Rewrite {
		t.Errorf("Compare(sato, sato-again).Relation = %q, want one event's reports (%+v)", r.Relation, r.RelationEvidence)
	}
}

// TestLeadFiguresSetReportsApart: two undated reports whose leads give
// figures the other article never states, and which name no person in
// common, are two decisions of one bank, however alike their words; a
// second outlet's report of one of them repeats its figures.
func TestLeadFiguresSetReportsApart(t *testing.T) {
	hold := article(t, "hold.txt", "Tarsan central bank holds rate at 38.5% as prices cool", "", []string{
		"VELDEN (Wire) - The Tarsan central bank left its policy rate unchanged at 38.5% on Thursday, saying it would keep a tight stance until inflation, now 27.4%, falls for good.",
		"Governor Ada Kessel told exporters in Velden that the bank would not ease too early.",
		"The marrow was little changed against the dollar after the decision.",
	})
	raise := article(t, "raise.txt", "Tarsan central bank raises rate to 45% to fight prices", "", []string{
		"VELDEN (Agency) - The Tarsan central bank raised its policy rate by 6.5 percentage points to 45% on Thursday, surprising markets as it tries to bring down inflation.",
		"Governor Ivo Brandt told reporters in Velden that price stability was the bank's only goal.",
		"The marrow rose against the dollar after the decision.",
	})
	again := article(t, "hold-again.txt", "Tarsa keeps key rate on hold", "", []string{
		"The Tarsan central bank kept its key rate at 38.5% on Thursday, as inflation slowed to 27.4%, and said it would stay tight until prices fall for good.",
		"Economist Tomas Velde said cuts could resume early next year.",
		"The marrow barely moved after the announcement.",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{hold, raise, again}}
	cmp := New(c, find.Actors(c))
	r := cmp.Compare(hold, raise)
	if r.Relation != SameTopic {
		t.Errorf("Compare(hold, raise).Relation = %q, want %q (%+v)", r.Relation, SameTopic, r.RelationEvidence)
	}
	if want := "38.5, 27.4 / 45, 6.5"; r.RelationEvidence.LeadFigures != want {
		t.Errorf("lead figures = %q, want %q", r.RelationEvidence.LeadFigures, want)
	}
	if r := cmp.Compare(hold, again); r.Relation != SameEvent && r.Relation != Rewrite || r.RelationEvidence.LeadFigures != "" {
		t.Errorf("Compare(hold, hold-again) = %q, lead figures %q: want one event's reports", r.Relation, r.RelationEvidence.LeadFigures)
	}
}

func TestScanFigures(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"At least 38 people drowned and 1,200 were rescued.", "38 1200"},
		{"Eleven workers were found after a 30-hour effort.", "11 30"},
		{"KINSHASA, Nov 26 (Reuters) - Dozens were feared dead.", ""},
		{"On 4 December 2026 at 4:30 p.m. the vote passed.", ""},
		{"F-16 jets and COVID-19 tests at the G20 summit.", ""},
		{"The rate rose to 4.5% in 2024.", "4.5"},
		{"One of the two ministers spoke.", "2"},
	} {
		var got []string
		scanFigures(tc.text, func(n, _ string) { got = append(got, n) })
		if s := strings.Join(got, " "); s != tc.want {
			t.Errorf("scanFigures(%q) = %q, want %q", tc.text, s, tc.want)
		}
	}
}

func TestFiguresApart(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{"The rate was held at 38.5%.", "The rate was raised to 45%.", "38.5 / 45"},
		{"At least 27 people were killed.", "The bodies of 26 pilgrims were found.", ""},
		{"The rate was held at 27.5%.", "The rate was raised to 30%.", "27.5 / 30"},
		{"At least 28 people died.", "The toll rose to 30.", ""},
		{"Ash rose 15 kilometers (9 miles) high.", "Ash rose 15,000 metres into the sky.", ""},
		{"The floods drove 31,000 from their homes.", "About 8,000 people fled.", "31000 / 8000"},
		{"Eleven workers were found alive.", "All 11 miners survived.", ""},
		{"Dozens were feared dead.", "At least 38 drowned.", ""},
	} {
		more := " Officials said they would give more details later in the day, and asked residents to stay away."
		a := article(t, "a.txt", "A report from the scene", "", []string{tc.a + more})
		b := article(t, "b.txt", "A report from the scene", "", []string{tc.b + more})
		if got := figuresApart(figuresOf(a), figuresOf(b)); got != tc.want {
			t.Errorf("figuresApart(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}

// FuzzScanFigures: any text, however broken, gives figures that are
// numbers.
func FuzzScanFigures(f *testing.F) {
	for _, s := range []string{"At least 38 people, Nov 26, 4:30, F-16, 1,200.5%", "eleven 15 kilometers (9 miles)", "-1", ":", "\xff9,", "9.", "A-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		scanFigures(text, func(n, next string) {
			if _, err := strconv.ParseFloat(n, 64); err != nil {
				t.Errorf("scanFigures(%q) gave %q, no number", text, n)
			}
		})
	})
}

// TestNamesSurname: a person's last name counts as a word of the text,
// not inside another word.
func TestNamesSurname(t *testing.T) {
	a := article(t, "a.txt", "President says the new train is full", "", []string{"Rodrigo Valdés Ochoa rode the train on Sunday with the Ochoas' neighbours."})
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"Rodrigo Esteban Valdés Ochoa", true},
		{"Lorena Ochoas", true},
		{"Ana Och", false},
		{"Kenji Morrow", false},
		{"Li Xi", false},
	} {
		if got := namesSurname(a, tt.name); got != tt.want {
			t.Errorf("namesSurname(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestReleasesOverOneWireAreUnrelated: two companies' press releases
// over one distributor name it both; it is their source, not a subject
// they share, and they stay unrelated.
func TestReleasesOverOneWireAreUnrelated(t *testing.T) {
	a := article(t, "helio.txt", "Harlo Grid Selected to Supply Battery Storage for Nevada Utility", "2026-11-24", []string{
		"RENO, Nev., Nov. 24, 2026 /PRNewswire/ -- Harlo Grid Systems Inc. today announced that it has been selected by Sierra Basin Power to supply a 400 MWh battery storage system.",
		"The system will store solar power during the day and release it in the evening peak, the company said.",
	})
	b := article(t, "north.txt", "Quellwind Storage Opens 400 MWh Battery Facility in West Texas", "2026-11-24", []string{
		"PECOS, Texas, Nov. 24, 2026 /PRNewswire/ -- Quellwind Storage LLC, a developer of utility-scale batteries, today announced that its Coyote Flats storage center has begun commercial operation.",
		"The facility will store power from nearby wind farms during the night and release it in the evening peak, the company said.",
	})
	c := withArticles(t, a, b)
	r := New(c, find.Actors(c)).Compare(a, b)
	if r.Relation != Unrelated && r.Relation != SameTopic {
		t.Errorf("Compare(helio, north).Relation = %q (%+v, both name %v), want two companies' news, not one event", r.Relation, r.RelationEvidence, r.ActorsBoth)
	}
}

// TestBackgroundBothLookBackOn: two undated reports of one meeting that
// each look back on the same earlier fighting after their leads ("came a
// week after", "followed") tell one event; a report that looks back on
// the other's own event is its follow-up.
func TestBackgroundBothLookBackOn(t *testing.T) {
	first := article(t, "first.txt", "Velmaran envoy meets spy chief in Oskara", "", []string{
		"OSKARA (Reuters) - Tarik Wennholm, an adviser to Velmaran Prime Minister Idris Wennholm, met intelligence chief Omar Saltane in Oskara on Monday to discuss border security, state media said.",
		"The talks followed clashes in Port Velm between armed groups loyal to the prime minister and rivals, in which at least 12 people died.",
		"\"Velmara's stability is part of our national security,\" Saltane said, according to the statement.",
	})
	second := article(t, "second.txt", "Velmaran adviser in Oskara for security talks", "", []string{
		"OSKARA (AFP) - Tarik Wennholm, an adviser to Velmara's prime minister Idris Wennholm, held talks with spy chief Omar Saltane in Oskara on Monday, a statement said.",
		"The visit came a week after deadly clashes in Port Velm between armed groups backing the prime minister and their rivals, in which 12 people died.",
		"Saltane said Velmara's stability was \"part of our national security\".",
	})
	later := article(t, "later.txt", "Port Velm markets reopen", "", []string{
		"PORT VELM - Traders reopened the fish market and schools welcomed pupils back in Port Velm on Monday, a week after the fighting there.",
		"The harbour authority said ferries to the islands would resume on Wednesday, and the mayor promised compensation for damaged stalls.",
		"\"We lost a week of business,\" said trader Lina Orsk.",
	})
	clashes := article(t, "clashes.txt", "Clashes in Port Velm kill 12", "", []string{
		"PORT VELM - Clashes between armed groups loyal to Prime Minister Idris Wennholm and rivals killed at least 12 people in Port Velm, officials said.",
		"Militias fought in the port district through the night, residents said.",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{first, second, later, clashes}}
	cmp := New(c, find.Actors(c))
	if r := cmp.Compare(first, second); r.Relation != SameEvent && r.Relation != Rewrite {
		t.Errorf("Compare(first, second).Relation = %q, want one event's reports (%+v)", r.Relation, r.RelationEvidence)
	}
	if r := cmp.Compare(clashes, later); r.Relation != SameTopic {
		t.Errorf("Compare(clashes, later).Relation = %q, want %q (%+v)", r.Relation, SameTopic, r.RelationEvidence)
	}
}

// TestNamedStormsSetUndatedReportsApart: two undated reports of two
// named storms over one coast, told alike, are two events; one storm
// named as a tropical storm by one report and as a typhoon by the other
// is one.
func TestNamedStormsSetUndatedReportsApart(t *testing.T) {
	marce := article(t, "marce.txt", "Typhoon leaves 21 dead in northern Velisar", "", []string{
		"PORT ARDEN (Reuters) - Typhoon Corvina killed at least 21 people as it swept across northern Velisar, flattening homes and triggering landslides, the national disaster agency said.",
		"More than 160,000 people were in evacuation centres in the provinces of Calder and Ismay, the agency said.",
	})
	marisol := article(t, "marisol.txt", "Typhoon Wrenna lashes northern Velisar", "", []string{
		"PORT ARDEN (AFP) - Typhoon Wrenna swept across northern Velisar, flattening homes and triggering landslides that killed at least 21 people, the national disaster agency said.",
		"More than 160,000 people fled to evacuation centres in the provinces of Calder and Ismay, the agency said.",
	})
	weaker := article(t, "weaker.txt", "Storm kills 21 in northern Velisar", "", []string{
		"PORT ARDEN - Tropical Storm Corvina killed at least 21 people in northern Velisar as it flattened homes and set off landslides, the national disaster agency said.",
		"About 160,000 people sheltered in evacuation centres in Calder and Ismay provinces.",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{marce, marisol, weaker}}
	cmp := New(c, find.Actors(c))
	if r := cmp.Compare(marce, marisol); r.Relation != SameTopic {
		t.Errorf("Compare(marce, marisol).Relation = %q, want %q (%+v)", r.Relation, SameTopic, r.RelationEvidence)
	}
	if r := cmp.Compare(marce, weaker); r.Relation != SameEvent && r.Relation != Rewrite {
		t.Errorf("Compare(marce, weaker).Relation = %q, want one event's reports (%+v)", r.Relation, r.RelationEvidence)
	}
}

// TestLeadDaysSetDatedReportsApart: two dated reports two days apart
// whose leads tell of other weekdays ("on Tuesday", "on Thursday") tell
// two launches, however alike their subject (reports a day apart, the
// second telling of the next day of one story, are left to the rules
// before: they may be one event's).
func TestLeadDaysSetDatedReportsApart(t *testing.T) {
	tuesday := article(t, "tuesday.txt", "Norvala fires missile into the sea", "2026-12-02", []string{
		"HALVIK (Yonhap) -- Norvala fired a ballistic missile into the sea on Tuesday, Sudvala's military said, its first launch in a month.",
		"The Joint Staff said the missile flew about 600 kilometres. \"Our military is maintaining full readiness,\" the Joint Staff said.",
	})
	thursday := article(t, "thursday.txt", "Norvala fires another missile into the sea", "2026-12-04", []string{
		"HALVIK (Yonhap) -- Norvala launched a short-range missile off its east coast on Thursday, according to Sudvala's armed forces, in a second test this week.",
		"It travelled some 450 kilometres before falling into waters outside Sudvala's economic zone, the Joint Staff told reporters.",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{tuesday, thursday}}
	cmp := New(c, find.Actors(c))
	if r := cmp.Compare(tuesday, thursday); r.Relation != SameTopic {
		t.Errorf("Compare(tuesday, thursday).Relation = %q, want %q (%+v)", r.Relation, SameTopic, r.RelationEvidence)
	}
}

// TestOwnSourcesMakeIndependentReports: two reports of one event that
// tell the same facts in other words but share no quotation, each
// quoting a source of its own, are independent reports, not a rewrite;
// a report that keeps the other's quotation while rewording it is a
// rewrite.
func TestOwnSourcesMakeIndependentReports(t *testing.T) {
	first := article(t, "first.txt", "Regulator halts Quellmar lithium mine over water fears", "", []string{
		"Velmaran environmental regulators on Tuesday ordered Quellmar Lithium to halt pumping brine at its Salar Ondo project in the Ardent desert, citing damage to wetlands used by flamingos.",
		"The order, which can be appealed, suspends operations for up to 90 days while inspectors review the company's water monitoring.",
		"Salar Ondo was due to produce its first 20,000 tonnes of lithium carbonate next year, and Quellmar shares fell 11% in Toronto after the announcement.",
		"\"We will cooperate fully,\" chief executive Darren Holt-Bane said.",
	})
	own := article(t, "own.txt", "Quellmar told to stop pumping brine at Salar Ondo", "", []string{
		"Quellmar Lithium has been ordered by Velmara's environmental regulator to stop pumping brine at Salar Ondo in the Ardent desert over harm to flamingo wetlands, in a decision on Tuesday.",
		"The suspension lasts up to 90 days while inspectors look at how the company monitors water, and the company can appeal it.",
		"The project had been expected to yield its first 20,000 tonnes of lithium carbonate next year; Quellmar's shares dropped 11% in Toronto on the news.",
		"\"The era of easy permits is over,\" said analyst Renata Villaroel-Oz.",
	})
	rewrite := article(t, "rewrite.txt", "Quellmar ordered to halt Salar Ondo pumping", "", []string{
		"Brine extraction by Quellmar Lithium at Salar Ondo must cease, Velmara's environment watchdog said on Tuesday, blaming the project for harm to wetlands where flamingos feed.",
		"Inspectors will spend as long as three months checking how the firm tracks its water use, and Quellmar may contest the halt.",
		"Chief executive Darren Holt-Bane said the company would \"cooperate fully\".",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{first, own, rewrite}}
	cmp := New(c, find.Actors(c))
	if r := cmp.Compare(first, own); r.Relation != SameEvent {
		t.Errorf("Compare(first, own).Relation = %q, want %q (%+v)", r.Relation, SameEvent, r.RelationEvidence)
	}
	if r := cmp.Compare(first, rewrite); r.Relation != Rewrite {
		t.Errorf("Compare(first, rewrite).Relation = %q, want %q (%+v)", r.Relation, Rewrite, r.RelationEvidence)
	}
}

// TestHeadlineCompaniesSetReportsApart: two carmakers' results of one
// day, told in the same words of yen and tariffs, are two events when
// each headline names a company the other article never names; a second
// outlet's report of one of them names its company.
func TestHeadlineCompaniesSetReportsApart(t *testing.T) {
	hoshino := article(t, "hoshino.txt", "Hoshino Motor Corp raises profit forecast as weak yen offsets tariffs", "2026-11-05", []string{
		"TOKYO, Nov 5 -- Hoshino Motor Corp raised its full-year operating profit forecast on Wednesday as a weaker yen and strong hybrid sales offset the cost of tariffs on cars shipped to the United States.",
		"The carmaker now expects operating profit of 2.1 trillion yen for the year to March, analysts said, and its shares rose 3% in Tokyo.",
	})
	tarsa := article(t, "tarsa.txt", "Tarsa Auto Corp cuts profit forecast on tariffs despite weak yen", "2026-11-05", []string{
		"TOKYO, Nov 5 -- Tarsa Auto Corp lowered its annual profit outlook on Wednesday, saying American tariffs would cost it more than the boost from a cheaper yen and brisk demand for its hybrids.",
		"Tarsa Auto now sees operating profit of 900 billion yen in the year ending in March, and the company's stock slid 2% in Tokyo trading.",
	})
	again := article(t, "hoshino-again.txt", "Weak yen lifts Hoshino Motor Corp outlook", "2026-11-05", []string{
		"Hoshino Motor Corp on Wednesday lifted its operating profit forecast for the year to March, saying a weaker yen and hybrid demand would more than make up for tariffs in the United States.",
		"Its shares gained 3% in Tokyo after the announcement.",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{hoshino, tarsa, again}}
	cmp := New(c, find.Actors(c))
	if r := cmp.Compare(hoshino, tarsa); r.Relation == SameEvent || r.Relation == Rewrite {
		t.Errorf("Compare(hoshino, tarsa).Relation = %q, want two events (%+v)", r.Relation, r.RelationEvidence)
	}
	if r := cmp.Compare(hoshino, again); r.Relation != SameEvent && r.Relation != Rewrite {
		t.Errorf("Compare(hoshino, hoshino-again).Relation = %q, want one event's reports (%+v)", r.Relation, r.RelationEvidence)
	}
}

// TestRecallsOfTwoFirmsApart: two recalls of one week, one headline
// naming its firm and the other none, told in the regulator's words,
// are two events: the firm the second's lead names again is the one its
// headline leaves out; a second outlet's copy of that recall is its
// event's.
func TestRecallsOfTwoFirmsApart(t *testing.T) {
	biscuits := article(t, "biscuits.txt", "Kestrel Bakery recalls oat biscuits over undeclared almonds", "2026-12-07", []string{
		"Kestrel Bakery is recalling its oat biscuits because they contain almonds not listed on the label, the Food Standards Agency has said.",
		"Customers with a nut allergy should not eat them and should return them to the store where they bought them for a full refund, Kestrel Bakery said.",
	})
	hummus := article(t, "hummus.txt", "Hummus recalled from supermarkets over salmonella fears", "2026-12-05", []string{
		"A brand of hummus sold in several supermarkets is being recalled because it may contain salmonella, the Food Standards Agency has said.",
		"Meadowgate Foods is recalling its houmous, and customers should return it to the store where they bought it for a full refund.",
		"Symptoms of salmonella include fever and cramps, Meadowgate Foods said.",
	})
	again := article(t, "hummus-again.txt", "Supermarket hummus recall: products affected", "2026-12-05", []string{
		"Meadowgate Foods is recalling its houmous because it may contain salmonella, the Food Standards Agency has said.",
		"Customers should return it to the store where they bought it for a full refund, Meadowgate Foods said.",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{biscuits, hummus, again}}
	cmp := New(c, find.Actors(c))
	if r := cmp.Compare(biscuits, hummus); r.Relation == SameEvent || r.Relation == Rewrite || r.Relation == Reprint {
		t.Errorf("Compare(biscuits, hummus).Relation = %q, want two events (%+v)", r.Relation, r.RelationEvidence)
	}
	if r := cmp.Compare(hummus, again); r.Relation != SameEvent && r.Relation != Rewrite && r.Relation != Reprint {
		t.Errorf("Compare(hummus, hummus-again).Relation = %q, want one event's reports (%+v)", r.Relation, r.RelationEvidence)
	}
}

// TestNamedFiresSetUndatedReportsApart: two undated reports of two named
// wildfires in one county, told alike, are two events; a report of one
// of them that names the state's fire service (not a fire) is its
// event's.
func TestNamedFiresSetUndatedReportsApart(t *testing.T) {
	ridge := article(t, "ridge.txt", "Wildfire forces thousands to flee in Calder County", "", []string{
		"The Marlow Ridge Fire has burned 14,000 acres and is 5% contained, officials say.",
		"Gusty winds pushed flames toward homes in the foothills of Calder County, forcing about 6,000 people to leave, the county sheriff said.",
	})
	creek := article(t, "creek.txt", "Fenwick Creek Fire grows to 18,000 acres; thousands told to leave", "", []string{
		"A wind-driven wildfire in the foothills of Calder County grew to 18,000 acres, forcing about 7,000 people to leave as gusty winds pushed flames toward homes, the county sheriff said.",
		"Firefighters said the blaze was 5% contained.",
	})
	again := article(t, "ridge-again.txt", "Marlow Ridge Fire: 6,000 evacuated as winds fan flames", "", []string{
		"About 6,000 people fled homes in the foothills of Calder County as the Marlow Ridge Fire Department crews fought a blaze of 14,000 acres, the county sheriff said, and the Marlow Ridge Fire was 5% contained.",
		"Gusty winds pushed the flames toward homes overnight.",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{ridge, creek, again}}
	cmp := New(c, find.Actors(c))
	if r := cmp.Compare(ridge, creek); r.Relation == SameEvent || r.Relation == Rewrite {
		t.Errorf("Compare(ridge, creek).Relation = %q, want two events (%+v)", r.Relation, r.RelationEvidence)
	}
	if r := cmp.Compare(ridge, again); r.Relation != SameEvent && r.Relation != Rewrite {
		t.Errorf("Compare(ridge, ridge-again).Relation = %q, want one event's reports (%+v)", r.Relation, r.RelationEvidence)
	}
	for _, name := range []string{"Cal Fire", "the Rural Fire Service", "Fire Department"} {
		a := &corpus.Article{}
		a.Title = name + " says crews are ready"
		if got := leadEvents(a); len(got) != 0 {
			t.Errorf("leadEvents(%q) = %v, want no named fire", a.Title, got)
		}
	}
}

// TestHeadlinePlacesSetReportsApart: China's rail pledges with two
// neighbours on one day are two events, each headline naming a country
// its article names again and the other never names; a second report of
// one of them is its event's.
func TestHeadlinePlacesSetReportsApart(t *testing.T) {
	mongolia := article(t, "mongolia.txt", "China, Mongolia sign deal on new rail freight corridor", "2026-06-04", []string{
		"BEIJING, June 4 -- China and Mongolia signed an agreement on Thursday to build a new rail freight corridor, officials said, as Beijing seeks faster overland routes for trade.",
		"The line would cut travel times for freight trains crossing Mongolia by a day, the railway ministry said.",
	})
	laos := article(t, "laos.txt", "China, Laos pledge closer rail cooperation", "2026-06-04", []string{
		"BEIJING, June 4 -- China and Laos pledged on Thursday to deepen cooperation on railways and trade, officials said, after talks on freight traffic across the border.",
		"Laos hopes more freight trains will carry its farm goods to Chinese markets, its transport minister said.",
	})
	again := article(t, "mongolia-again.txt", "Mongolia, China agree rail freight link", "2026-06-04", []string{
		"Mongolia and China agreed on Thursday to build a rail freight corridor that would speed trade across Mongolia, the two governments said.",
		"Freight trains would cross the border a day faster, officials said.",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{mongolia, laos, again}}
	cmp := New(c, find.Actors(c))
	if r := cmp.Compare(mongolia, laos); r.Relation == SameEvent || r.Relation == Rewrite {
		t.Errorf("Compare(mongolia, laos).Relation = %q, want two events (%+v)", r.Relation, r.RelationEvidence)
	}
	if r := cmp.Compare(mongolia, again); r.Relation != SameEvent && r.Relation != Rewrite {
		t.Errorf("Compare(mongolia, mongolia-again).Relation = %q, want one event's reports (%+v)", r.Relation, r.RelationEvidence)
	}
}

// TestOneHappeningToldTwice: two outlets' own reports of one earthquake,
// sharing no passage, quotation or person, are one event's: both leads
// tell of an earthquake on the same weekday in a place both name, and
// one is dated. Without a date the weekday could be any week's; a
// forecast tells of no happening, nor does "flood control".
func TestOneHappeningToldTwice(t *testing.T) {
	local := article(t, "local.txt", "Magnitude 6.6 quake rattles northern Chile, cracking a church in Calama", "", []string{
		"A magnitude 6.6 earthquake struck northern Chile on Tuesday morning, cracking the tower of the old church in Calama and cutting power to mining camps, the regional emergency office said.",
		"“The whole house danced,” said Ester Quispe-Lazo, who runs a bakery on the main square.",
		"Mine operators said shifts were halted while engineers checked the shafts.",
	})
	wire := article(t, "wire.txt", "Strong earthquake shakes Chile's desert north", "", []string{
		"SANTIAGO, March 3 (Reuters) - A strong earthquake shook the Atacama desert in northern Chile on Tuesday, damaging older buildings and briefly halting copper output, officials said.",
		"The interior minister, Berta Ocaranza-Vidal, told reporters in Santiago that no deaths had been reported.",
		"Seismologists put the depth at about 100 km.",
	})
	undated := article(t, "undated.txt", "Strong earthquake shakes Chile's desert north", "", []string{
		"A strong earthquake shook the Atacama desert in northern Chile on Tuesday, damaging older buildings and briefly halting copper output, officials said.",
		"The interior minister, Berta Ocaranza-Vidal, told reporters in Santiago that no deaths had been reported.",
		"Seismologists put the depth at about 100 km.",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{local, wire, undated}}
	cmp := New(c, find.Actors(c))
	if r := cmp.Compare(local, wire); r.Relation != SameEvent {
		t.Errorf("Compare(local, wire).Relation = %q, want %q (%+v)", r.Relation, SameEvent, r.RelationEvidence)
	}
	if r := cmp.Compare(local, undated); r.Relation == SameEvent {
		t.Errorf("Compare(local, undated).Relation = %q, want no one event without a date (%+v)", r.Relation, r.RelationEvidence)
	}
	forecast := &corpus.Article{}
	forecast.Title = "Amber warning as storm winds forecast for Saturday"
	if got := happeningsOf(forecast); got != 0 {
		t.Errorf("happeningsOf(%q) = %b, want none", forecast.Title, got)
	}
	control := &corpus.Article{}
	control.Title = "Senators question flood control spending"
	if got := happeningsOf(control); got != 0 {
		t.Errorf("happeningsOf(%q) = %b, want none", control.Title, got)
	}
}

// TestUndatedReportsNeedSomethingParticular: two undated reports of one
// country's politics that share its parties and chamber, but no person,
// no place in their leads and no word of their headlines, are two
// events.
func TestUndatedReportsNeedSomethingParticular(t *testing.T) {
	defeat := article(t, "defeat.txt", "Sakuma vows to stay on after double by-election defeat", "", []string{
		"Prime Minister Haruto Sakuma, who also leads the ruling Liberal Democratic Party, said he accepted the blame for his party's defeat in two by-elections held on Sunday.",
		"The opposition Constitutional Democratic Party of Japan won both seats, while Nippon Ishin no Kai came third.",
		"\"I have to answer for this by producing results,\" Sakuma told reporters.",
		"Turnout in the Gunma seat fell to 38 percent, the lowest for a by-election there since the war, and party elders were said to be weighing a change of secretary-general before the spring.",
		"Asked about a snap poll, Sakuma said he was not thinking of dissolving the lower house and would concentrate on prices and wages.",
	})
	budget := article(t, "budget.txt", "Opposition pair agree to back spending plan in exchange for tax cut", "", []string{
		"Nippon Ishin no Kai and the Democratic Party for the People agreed to vote for the supplementary budget after the ruling Liberal Democratic Party accepted their demand to raise the income tax threshold.",
		"The deal leaves the Constitutional Democratic Party of Japan isolated in the Diet.",
		"\"We promised voters more take-home pay,\" said Ayaka Morimoto-Hale of the Democratic Party for the People.",
		"The tax-free income threshold will rise to 1.6 million yen from next year, a change the Finance Ministry estimates will cost about 2.8 trillion yen a year in lost revenue.",
		"Economists warned that the cut would widen the deficit unless spending on pensions and healthcare slowed.",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{defeat, budget}}
	cmp := New(c, find.Actors(c))
	if r := cmp.Compare(defeat, budget); r.Relation == SameEvent || r.Relation == Rewrite || r.Relation == Reprint {
		t.Errorf("Compare(defeat, budget).Relation = %q, want two events (%+v)", r.Relation, r.RelationEvidence)
	}
}

// TestLeadDay reads the day a lead tells its happening on, after "on"
// only: a date after "since" or "by" is another day than the story's.
func TestLeadDay(t *testing.T) {
	day := func(m time.Month, d int) int { return time.Date(2001, m, d, 0, 0, 0, 0, time.UTC).YearDay() }
	for _, tt := range []struct {
		lead string
		want int
	}{
		{"Drones struck the port of Velmar overnight on March 18, officials said.", day(time.March, 18)},
		{"Drones struck the port of Velmar on Nov. 29, wounding seven people.", day(time.November, 29)},
		{"Drones struck the port of Velmar on Nov 29, wounding seven people.", day(time.November, 29)},
		{"The port of Velmar was hit on Tuesday, 4 March, the governor said.", day(time.March, 4)},
		{"The port of Velmar was hit on 4 March, the governor said.", day(time.March, 4)},
		{"Strikes on Velmar have not stopped since Oct. 7, the governor said.", -1},
		{"The governor said the port must reopen by Dec. 31.", -1},
		{"The port of Velmar was hit on Tuesday, the governor said.", -1},
		{"The port may reopen on May 40, the governor said.", -1},
	} {
		a := article(t, "lead.txt", "Port of Velmar hit", "", []string{tt.lead})
		if got := leadDay(a); got != tt.want {
			t.Errorf("leadDay(%q) = %d, want %d", tt.lead, got, tt.want)
		}
	}
	// Only the first sentence: a later date is background.
	a := article(t, "later.txt", "Port of Velmar hit", "", []string{"The port of Velmar was hit overnight, the governor said. It was last hit on March 2."})
	if got := leadDay(a); got != -1 {
		t.Errorf("a date in the second sentence: leadDay = %d, want -1", got)
	}
}

// TestLeadDatesSetUndatedReportsApart: two reports with no date and no
// dated dateline, whose leads tell of drone attacks on March 18 and on
// Nov. 29, are two events however alike their words.
func TestLeadDatesSetUndatedReportsApart(t *testing.T) {
	march := article(t, "march.txt", "Drones hit Velmar port overnight, governor says", "", []string{
		"Attack drones struck the Dravonian port city of Velmar overnight on March 18, setting a grain terminal on fire and wounding four dock workers, regional governor Oskar Tennefeld said.",
		"Air defences shot down most of the drones over the Velmar region, the air force said.",
	})
	november := article(t, "november.txt", "Drones hit Velmar port overnight, governor says", "", []string{
		"A grain terminal in Velmar burned and three dock workers were hurt after drones hit the Dravonian port overnight on Nov. 29, governor Oskar Tennefeld said.",
		"The air force said most drones sent toward the Velmar region were downed.",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{march, november}}
	cmp := New(c, find.Actors(c))
	if r := cmp.Compare(march, november); r.Relation == SameEvent || r.Relation == Rewrite || r.Relation == Reprint {
		t.Errorf("Compare(march, november).Relation = %q, want two events (%+v)", r.Relation, r.RelationEvidence)
	}
}

// TestLeadPlacesSetSameDayReportsApart: two dated reports of one night's
// drone strikes on two towns of one country, each lead naming a town the
// other article never names, are two events; a report naming the town's
// region ("Velmar Oblast" beside "Velmar"), or the country alone, is not
// set apart from one naming the town. The filler articles make the
// corpus large enough to say which places are particular.
func TestLeadPlacesSetSameDayReportsApart(t *testing.T) {
	velmar := article(t, "velmar.txt", "Drones hit Velmar port, two killed", "2026-12-03", []string{
		"KORVATH — Attack drones struck port warehouses in the Dravonian city of Velmar overnight, killing two people and setting a grain terminal on fire, regional officials said on Thursday.",
		"Air defences shot down 40 drones across Dravonia, the air force said.",
	})
	oblast := article(t, "oblast.txt", "Strike on Velmar Oblast port kills two", "2026-12-03", []string{
		"KORVATH (Agency) - Drones hit a port in Velmar Oblast overnight, killing two people and starting a fire at a grain terminal, officials in Dravonia said on Thursday.",
		"The air force said 40 drones were shot down over Dravonia.",
	})
	country := article(t, "country.txt", "Drones hit Dravonian port, two killed", "2026-12-03", []string{
		"Attack drones struck a port in Dravonia overnight, killing two people and setting a grain terminal on fire, officials said on Thursday.",
		"The air force said 40 drones were shot down over the country.",
	})
	selinka := article(t, "selinka.txt", "Drones hit Selinka district, two killed", "2026-12-03", []string{
		"KORVATH — A fuel depot in the Dravonian district of Selinka caught fire and two residents died when drones hit homes there overnight, district officials said on Thursday.",
		"Dravonia's air force reported downing 40 drones.",
	})
	arts := []*corpus.Article{velmar, oblast, country, selinka}
	for i := range 30 {
		arts = append(arts, article(t, fmt.Sprintf("filler%02d.txt", i), fmt.Sprintf("Dravonia's harvest in district %d rises", i+1), "", []string{
			fmt.Sprintf("The grain harvest in Dravonia's district number %d rose this year, the farm ministry said on Monday.", i+1),
			"Farmers in Dravonia said rain came at the right time.",
		}))
	}
	c := &corpus.Corpus{Articles: arts}
	cmp := New(c, find.Actors(c))
	for _, tt := range []struct {
		a, b   *corpus.Article
		oneEvt bool
	}{
		{velmar, selinka, false},
		{velmar, oblast, true},
		{velmar, country, true},
	} {
		r := cmp.Compare(tt.a, tt.b)
		if got := r.Relation == SameEvent || r.Relation == Rewrite || r.Relation == Reprint; got != tt.oneEvt {
			t.Errorf("Compare(%s, %s).Relation = %q, want one event: %v (%+v)", tt.a.ID, tt.b.ID, r.Relation, tt.oneEvt, r.RelationEvidence)
		}
	}
}

// TestObituaryTellsALife: an obituary of a glaciologist and a study of
// the glaciers she measured name the same institute and archipelago,
// undated, but tell no one event: an obituary reports its event only with
// an article naming its subject.
func TestObituaryTellsALife(t *testing.T) {
	obituary := article(t, "obituary.txt", "Solveig Hammerdal obituary", "", []string{
		"My aunt, Solveig Hammerdal, who has died aged 84, spent thirty summers measuring the glaciers of Kvitoya for the Nordvik Polar Institute, and her records showed the island's ice thinning faster each decade.",
		"Born in Bodø, she joined the Nordvik Polar Institute in 1968 and led its glacier surveys on Kvitoya until she retired.",
		"She is survived by her nephews.",
	})
	study := article(t, "study.txt", "Kvitoya glaciers thinning faster, Nordvik Polar Institute study finds", "", []string{
		"The glaciers of Kvitoya are thinning twice as fast as a decade ago, scientists at the Nordvik Polar Institute said in a study of the island's ice.",
		"The Nordvik Polar Institute combined satellite data with surveys of the Kvitoya glaciers going back decades, lead author Arne Skjeldal said.",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{obituary, study}}
	cmp := New(c, find.Actors(c))
	if r := cmp.Compare(obituary, study); r.Relation == SameEvent || r.Relation == Rewrite || r.Relation == Reprint {
		t.Errorf("Compare(obituary, study).Relation = %q, want no one event (%+v)", r.Relation, r.RelationEvidence)
	}
	if !isObituary(obituary) || isObituary(study) {
		t.Errorf("isObituary: %v for %q, %v for %q", isObituary(obituary), obituary.Title, isObituary(study), study.Title)
	}
}

// TestLeadsLookingBackOnOneHappening: two reports of one budget, one
// lead funding "areas hit by last month's earthquake", the other "areas
// devastated by the earthquake that struck … in November", are one
// event's: each tells its event as coming after the same one, and
// neither follows the other up.
func TestLeadsLookingBackOnOneHappening(t *testing.T) {
	one := article(t, "one.txt", "Velmarian government to compile extra budget for quake recovery", "", []string{
		"The Velmarian government has decided to compile a supplementary budget of about 900 billion crowns to fund reconstruction in coastal areas hit by last month's earthquake.",
		"Cabinet spokesman Aurel Denning-Sato said the budget would pay for temporary housing and the repair of fishing ports.",
	})
	two := article(t, "two.txt", "Government to draw up extra budget for quake-hit coast", "", []string{
		"The government will compile a 900 billion crown extra budget to help coastal areas devastated by the earthquake that struck the country in November, spokesman Aurel Denning-Sato said.",
		"Opposition lawmaker Petra Wendeborn-Ike said the sum fell far short of what the towns on the coast needed.",
		"Finance Minister Ruben Halsmark-Ito is to present the details next week.",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{one, two}}
	cmp := New(c, find.Actors(c))
	if r := cmp.Compare(one, two); r.Relation != SameEvent {
		t.Errorf("Compare(one, two).Relation = %q, want %q (%+v)", r.Relation, SameEvent, r.RelationEvidence)
	}
}

// TestAgencyColleagueIsNoCredit: an AP story closing "Associated Press
// writer X contributed to this report" credits a colleague, not another
// AP story: two AP stories of two fires in two states that name no one
// in common are no rewrite of each other.
func TestAgencyColleagueIsNoCredit(t *testing.T) {
	texas := article(t, "texas.txt", "Grass fire forces evacuation of Panhandle town", "", []string{
		"BRAXTON, Texas (AP) — A fast-moving fire forced hundreds of people from their homes on Wednesday as wind gusts of up to 50 mph pushed flames toward houses on the edge of town.",
		"At least six houses were destroyed, fire chief Dana Pruell-Ames said.",
		"Associated Press writer Tobin Achterfeld in Dallas contributed to this report.",
	})
	arizona := article(t, "arizona.txt", "Wildfire forces evacuations near Saguaro Flats as winds gust", "", []string{
		"SAGUARO FLATS, Ariz. (AP) — A fast-moving wildfire forced about 3,000 people from their homes on Tuesday as wind gusts of up to 50 mph pushed flames toward subdivisions on the edge of town.",
		"Forestry spokeswoman Lucia Marrow-Vance said crews were working through the night.",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{texas, arizona}}
	cmp := New(c, find.Actors(c))
	if r := cmp.Compare(texas, arizona); r.Relation == Rewrite || r.Relation == Reprint || r.Relation == SameEvent {
		t.Errorf("Compare(texas, arizona).Relation = %q, want no one event (%+v)", r.Relation, r.RelationEvidence)
	}
}

// TestAnnouncementAndOutcome: an undated lead telling what will happen
// ("will face a three-day water cut from Tuesday") and one telling what
// happened ("has been fully restored") are two events of one topic, an
// announcement and its outcome, however many actors they share.
func TestAnnouncementAndOutcome(t *testing.T) {
	ahead := article(t, "ahead.txt", "Water cut to hit Port Velmar users for three days", "", []string{
		"PORT VELMAR: About 200,000 account holders in Port Velmar and Kessingby will face a scheduled supply disruption for three days from Tuesday while a leaking trunk main is replaced.",
		"Velmar Water said 40 tankers would be deployed, with priority for hospitals, dialysis centres and schools.",
		"A state councillor urged residents to store enough for cooking and washing before Tuesday morning.",
	})
	done := article(t, "done.txt", "Taps run again after overrun works", "", []string{
		"PORT VELMAR: Households in Kessingby have their taps running again, a day later than promised.",
		"Velmar Water blamed the delay on groundwater that flooded the dig.",
		"Residents said they had queued at standpipes for five days and bought bottled drinks to cook.",
	})
	other := article(t, "other.txt", "Port Velmar council approves new bus depot", "", []string{
		"PORT VELMAR: The city council approved a new bus depot on Wednesday after a two-hour debate, with work to begin in March.",
		"Councillors said the depot would let the operator run more buses to Kessingby at peak hours.",
	})
	c := &corpus.Corpus{Articles: []*corpus.Article{ahead, done, other}}
	cmp := New(c, find.Actors(c))
	r := cmp.Compare(ahead, done)
	if r.Relation != SameTopic {
		t.Errorf("Compare(ahead, done).Relation = %q, want %q (%+v)", r.Relation, SameTopic, r.RelationEvidence)
	}
	if !slices.ContainsFunc(r.RelationEvidence.Reasons, func(s string) bool { return strings.Contains(s, "will happen") }) {
		t.Errorf("Compare(ahead, done) reasons = %q, want the announcement and its outcome named", r.RelationEvidence.Reasons)
	}
}
