package compare

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/fold"
	"github.com/parallax-news/parallax/internal/lazyregexp"
)

// Thresholds of the algorithm (see the package comment).
const (
	seedWords        = 4
	minSpanWords     = 6
	verbatimShare    = 0.5
	paraphraseCosine = 0.25
	reprintShare     = 0.5
	// creditedReprintShare is the word-for-word share that makes a story
	// crediting the other's agency ("With inputs from PTI") a reprint
	// rather than a rewrite.
	creditedReprintShare = 0.8
	rewriteShare         = 0.5
	quoteOverlap         = 0.5
	// factCosine and factActors: passages at least this similar that name
	// at least this many actors in common report the same fact reworded.
	factCosine = 0.18
	factActors = 3
)

// Span is a run of words both articles carry verbatim. Offsets are bytes
// in each passage's text.
type Span struct {
	APassage string `json:"a_passage"`
	BPassage string `json:"b_passage"`
	AStart   int    `json:"a_start"`
	AEnd     int    `json:"a_end"`
	BStart   int    `json:"b_start"`
	BEnd     int    `json:"b_end"`
	Words    int    `json:"words"`
}

// Pair is two passages telling the same thing.
type Pair struct {
	APassage string  `json:"a_passage"`
	BPassage string  `json:"b_passage"`
	AText    string  `json:"a_text"`
	BText    string  `json:"b_text"`
	Kind     string  `json:"kind"` // "verbatim" or "paraphrase"
	Score    float64 `json:"score"`
	// ADiffers and BDiffers are, for a reworded pair, the byte ranges of
	// the content words one passage has and the other does not.
	ADiffers [][2]int `json:"a_differs,omitempty"`
	BDiffers [][2]int `json:"b_differs,omitempty"`
}

// QuoteMatch is a quotation both articles carry.
type QuoteMatch struct {
	APassage string `json:"a_passage"`
	BPassage string `json:"b_passage"`
	AText    string `json:"a_text"`
	BText    string `json:"b_text"`
	Kind     string `json:"kind"` // "verbatim" or "altered"
	// Diff lists the word-level changes from A's wording to B's.
	Diff []Edit `json:"diff,omitempty"`
	// Reordered is set when both use the same words in another order.
	Reordered bool `json:"reordered,omitempty"`
}

// Result is the comparison of two articles. Its JSON form is a public
// interface (parallax compare --json): add fields, never rename them.
type Result struct {
	A          string       `json:"a"`
	B          string       `json:"b"`
	Similarity float64      `json:"similarity"`
	Shared     []Pair       `json:"shared"`
	OnlyA      []string     `json:"only_a"`
	OnlyB      []string     `json:"only_b"`
	Quotes     []QuoteMatch `json:"shared_quotes"`
	Spans      []Span       `json:"spans"`
	// ShareA is the share of A's words in passages B also tells; ShareB
	// likewise.
	ShareA float64 `json:"share_a"`
	ShareB float64 `json:"share_b"`
	// VerbatimA is the share of A's words inside verbatim spans.
	VerbatimA float64 `json:"verbatim_a"`
	VerbatimB float64 `json:"verbatim_b"`
	// Verdict is "reprint", "rewrite", "same story" or "different
	// stories"; Evidence says why.
	Verdict  string   `json:"verdict"`
	Evidence []string `json:"evidence"`
	// ActorsBoth, ActorsOnlyA and ActorsOnlyB are actor ids.
	ActorsBoth  []string `json:"actors_both"`
	ActorsOnlyA []string `json:"actors_only_a"`
	ActorsOnlyB []string `json:"actors_only_b"`
	// Relation is one of reprint, rewrite, same-event, same-topic and
	// unrelated; RelationEvidence has the figures that decided it.
	Relation         string           `json:"relation"`
	RelationEvidence RelationEvidence `json:"relation_evidence"`
	// leads are the actors either article names in its headline or its
	// first paragraph (what it is about), by id, with their names.
	leads map[string]string
	// particular is the share of the actors both name, weighed by how
	// few articles of the corpus name them (Comparer.actorWeight), -1
	// in a corpus too small to weigh them; personsBoth how many of them
	// are people.
	particular  float64
	personsBoth int
	// leadPeopleApart: see leadPeopleApart.
	leadPeopleApart bool
	// leadPlaceBoth: a place both articles name in their headlines or
	// first paragraphs.
	leadPlaceBoth bool
	// headSubjectsApart: each headline names an organisation or a main
	// place the other article never names (Comparer.headSubjectsOf, namesOneApart).
	headSubjectsApart bool
	// leadPlacesApart: see leadPlacesApart.
	leadPlacesApart bool
	// quotedA and quotedB count the quotations of three words or more
	// each article carries, shared or not.
	quotedA, quotedB int
}

// Comparer compares articles of one corpus. Build it once: it holds the
// corpus's word statistics.
type Comparer struct {
	c        *corpus.Corpus
	actors   *actors.Set
	idf      map[string]float64
	vecs     map[string]vector         // article id → TF-IDF vector
	passages map[string][]passageStats // article id → its passages

	pairsOnce sync.Once
	pairs     []passagePair

	// actorArticles counts the articles naming each actor, by id, of
	// articles in all: from the Stats of the whole corpus when it has
	// them, else from the actors' mentions.
	actorArticles func(id string) int
	articles      int

	// cues and quotes cache cuesOf and quotesOf by article: an article
	// meets many others.
	cues   sync.Map // *corpus.Article → articleCues
	quotes sync.Map // *corpus.Article → []quote
}

// quotesOf returns quotesOf(a), found once per article.
func (cmp *Comparer) quotesOf(a *corpus.Article) []quote {
	if v, ok := cmp.quotes.Load(a); ok {
		return v.([]quote)
	}
	q := quotesOf(a)
	cmp.quotes.Store(a, q)
	return q
}

// cuesOf returns cuesOf(a), found once per article.
func (cmp *Comparer) cuesOf(a *corpus.Article) articleCues {
	if v, ok := cmp.cues.Load(a); ok {
		return v.(articleCues)
	}
	c := cuesOf(a)
	if cmp.actors != nil {
		c.leadPeople = cmp.leadPeopleOf(a)
		c.headSubjects = cmp.headSubjectsOf(a)
		c.leadPlaces = cmp.leadPlacesOf(a)
		c.placeNames = cmp.placeNamesOf(a)
	}
	cmp.cues.Store(a, c)
	return c
}

// passageStats are what alignment needs of a passage.
type passageStats struct {
	vec   vector
	words int
}

// New prepares comparisons over c. set may be nil (no actors compared).
func New(c *corpus.Corpus, set *actors.Set) *Comparer { return NewWithStats(c, set, nil) }

// NewWithStats prepares comparisons over c, a part of a larger corpus,
// weighing words by how rare they are in the whole (st, from a Finder),
// so that two articles compare as they would among all the others. A
// word st never saw is weighed as in c alone; st may be nil.
func NewWithStats(c *corpus.Corpus, set *actors.Set, st *Stats) *Comparer {
	cmp := &Comparer{c: c, actors: set, idf: map[string]float64{}, vecs: map[string]vector{}, passages: map[string][]passageStats{}}
	cmp.articles = len(c.Articles)
	cmp.actorArticles = func(id string) int {
		if act := set.Actor(id); act != nil {
			return len(act.Mentions)
		}
		return 0
	}
	if st != nil && st.actorArticles != nil && st.articles >= len(c.Articles) {
		cmp.articles = st.articles
		cmp.actorArticles = func(id string) int { return int(st.actorArticles[id]) }
	}
	// Tokenise every passage once: its content words feed both the IDF and
	// the vectors.
	content := map[*corpus.Paragraph][]string{}
	total := map[*corpus.Paragraph]int{}
	df := map[string]int{}
	n := 0
	for _, a := range c.Articles {
		for _, p := range a.Paragraphs {
			n++
			content[p], total[p] = contentWords(p)
			seen := map[string]bool{}
			for _, t := range content[p] {
				if !seen[t] {
					seen[t] = true
					df[t]++
				}
			}
		}
	}
	// Passages weigh words by the corpus's counts, articles by those
	// and ordinary English's (smoothedIDF): a passage is matched with
	// its likes among the corpus's passages, an article compared with
	// another as a reader of news would.
	articleIDF := make(map[string]float64, len(df))
	for t, d := range df {
		if st != nil && st.passages >= n {
			if all := st.docFreq(t); all >= d {
				cmp.idf[t] = math.Log(1 + float64(st.passages)/float64(all))
				articleIDF[t] = cmp.idf[t]
				continue
			}
		}
		cmp.idf[t] = math.Log(1 + float64(n)/float64(d))
		articleIDF[t] = smoothedIDF(t, d, n)
	}
	for _, a := range c.Articles {
		var all []string
		for _, p := range a.Paragraphs {
			all = append(all, content[p]...)
			cmp.passages[a.ID] = append(cmp.passages[a.ID], passageStats{cmp.vector(content[p]), total[p]})
		}
		cmp.vecs[a.ID] = weigh(all, articleIDF)
	}
	return cmp
}

// vectorsOf returns the passage vectors of an article of the corpus, or
// computes them for one from elsewhere.
func (cmp *Comparer) vectorsOf(a *corpus.Article) []vector {
	ps, ok := cmp.passages[a.ID]
	out := make([]vector, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		if ok && i < len(ps) {
			out[i] = ps[i].vec
		} else {
			words, _ := contentWords(p)
			out[i] = cmp.vector(words)
		}
	}
	return out
}

// contentWords returns the stemmed content words of a passage and how many
// words it has in all.
func contentWords(p *corpus.Paragraph) ([]string, int) {
	toks := fold.Tokens(p.Text)
	var out []string
	for _, t := range toks {
		if !stopWords[t.Term] {
			out = append(out, stem(t.Term))
		}
	}
	return out, len(toks)
}

// Compare compares articles a and b.
func (cmp *Comparer) Compare(a, b *corpus.Article) Result {
	return cmp.compareStreams(a, b, newStream(a), newStream(b))
}

// compareStreams compares a and b, given their word streams (newStream),
// which a caller comparing many pairs tokenises once per article.
func (cmp *Comparer) compareStreams(a, b *corpus.Article, sa, sb stream) Result {
	res := Result{A: a.ID, B: b.ID, Shared: []Pair{}, OnlyA: []string{}, OnlyB: []string{}, Quotes: []QuoteMatch{}, Spans: []Span{}, Evidence: []string{}}
	res.Similarity = round(cosine(cmp.vecs[a.ID], cmp.vecs[b.ID]))
	spans := verbatimSpans(sa, sb)
	// Verbatim words per passage pair, and per article.
	shared := map[[2]int]int{}
	inSpanA := make([]bool, len(sa.toks))
	inSpanB := make([]bool, len(sb.toks))
	for _, s := range spans {
		shared[[2]int{sa.toks[s.i].passage, sb.toks[s.j].passage}] += s.n
		for k := 0; k < s.n; k++ {
			inSpanA[s.i+k], inSpanB[s.j+k] = true, true
		}
		res.Spans = append(res.Spans, Span{
			APassage: a.Paragraphs[sa.toks[s.i].passage].ID, BPassage: b.Paragraphs[sb.toks[s.j].passage].ID,
			AStart: sa.toks[s.i].start, AEnd: sa.toks[s.i+s.n-1].end,
			BStart: sb.toks[s.j].start, BEnd: sb.toks[s.j+s.n-1].end, Words: s.n,
		})
	}
	res.VerbatimA, res.VerbatimB = round(share(inSpanA)), round(share(inSpanB))

	// Score every passage pair and align greedily.
	va, vb := cmp.vectorsOf(a), cmp.vectorsOf(b)
	type cand struct {
		i, j  int
		kind  string
		score float64
	}
	var cands []cand
	for i := range a.Paragraphs {
		for j := range b.Paragraphs {
			shorter := min(sa.count[i], sb.count[j])
			if shorter == 0 {
				continue
			}
			if v := float64(shared[[2]int{i, j}]) / float64(shorter); v >= verbatimShare {
				cands = append(cands, cand{i, j, "verbatim", 1 + v})
				continue
			}
			c := cosine(va[i], vb[j])
			// The same fact in other words: similar enough alone, or a
			// little similar and naming the same actors.
			if c >= paraphraseCosine || c >= factCosine && cmp.sharedActors(a.Paragraphs[i].ID, b.Paragraphs[j].ID) >= factActors {
				cands = append(cands, cand{i, j, "paraphrase", c})
			}
		}
	}
	sort.Slice(cands, func(x, y int) bool {
		if cands[x].score != cands[y].score {
			return cands[x].score > cands[y].score
		}
		if cands[x].i != cands[y].i {
			return cands[x].i < cands[y].i
		}
		return cands[x].j < cands[y].j
	})
	usedA := make([]bool, len(a.Paragraphs))
	usedB := make([]bool, len(b.Paragraphs))
	for _, c := range cands {
		if usedA[c.i] || usedB[c.j] {
			continue
		}
		usedA[c.i], usedB[c.j] = true, true
		pair := Pair{
			APassage: a.Paragraphs[c.i].ID, BPassage: b.Paragraphs[c.j].ID,
			AText: a.Paragraphs[c.i].Text, BText: b.Paragraphs[c.j].Text,
			Kind: c.kind, Score: round(math.Min(c.score, 1)),
		}
		if c.kind == "paraphrase" {
			pair.ADiffers, pair.BDiffers = differingWords(pair.AText, pair.BText)
		}
		res.Shared = append(res.Shared, pair)
	}
	sort.SliceStable(res.Shared, func(x, y int) bool {
		return a.Paragraph(res.Shared[x].APassage).N < a.Paragraph(res.Shared[y].APassage).N
	})
	wordsA, wordsB := 0, 0
	for i, p := range a.Paragraphs {
		if usedA[i] {
			wordsA += sa.count[i]
		} else {
			res.OnlyA = append(res.OnlyA, p.ID)
		}
	}
	for j, p := range b.Paragraphs {
		if usedB[j] {
			wordsB += sb.count[j]
		} else {
			res.OnlyB = append(res.OnlyB, p.ID)
		}
	}
	res.ShareA = round(float64(wordsA) / float64(max(1, len(sa.toks))))
	res.ShareB = round(float64(wordsB) / float64(max(1, len(sb.toks))))
	res.Quotes = matchQuotes(cmp.quotesOf(a), cmp.quotesOf(b))
	res.quotedA, res.quotedB = quotationsOf(cmp.quotesOf(a)), quotationsOf(cmp.quotesOf(b))
	cmp.compareActors(&res, a, b)
	res.Relation, res.RelationEvidence = relation(&res, a, b, len(sa.toks) < len(sb.toks), cmp.cuesOf(a), cmp.cuesOf(b))
	verdict(&res, a, b, sa, sb, spans)
	return res
}

// verdict decides whether one article reprints or rewrites the other.
func verdict(res *Result, a, b *corpus.Article, sa, sb stream, spans []run) {
	// The shorter article is the one that may copy the other.
	short, verb, sh := "B", res.VerbatimB, res.ShareB
	if len(sa.toks) < len(sb.toks) {
		short, verb, sh = "A", res.VerbatimA, res.ShareA
	}
	name := map[string]*corpus.Article{"A": a, "B": b}
	other := map[string]string{"A": "B", "B": "A"}[short]
	pct := func(f float64) string { return fmt.Sprintf("%.0f%%", f*100) }
	switch {
	case verb >= reprintShare:
		res.Verdict = "reprint"
		res.Evidence = append(res.Evidence, fmt.Sprintf("%s of %s's words appear word for word in %s, in %d runs", pct(verb), who(name[short]), who(name[other]), len(spans)))
	case sh >= rewriteShare:
		res.Verdict = "rewrite"
		res.Evidence = append(res.Evidence, fmt.Sprintf("%s of %s's words are in passages that %s also tells, mostly reworded (%s word for word)", pct(sh), who(name[short]), who(name[other]), pct(verb)))
	case res.Relation == SameEvent || res.Relation == Rewrite || res.Relation == Reprint:
		// A story is an event: two reports of one event tell the same
		// story; a follow-up, or another event on the same subject, a
		// different one (Relation says which).
		res.Verdict = "same story"
		res.Evidence = append(res.Evidence, fmt.Sprintf("the articles tell the same event (similarity %.2f) but %s of %s's words are in passages %s also tells", res.Similarity, pct(sh), who(name[short]), who(name[other])))
	case res.Relation == SameTopic:
		res.Verdict = "different stories"
		res.Evidence = append(res.Evidence, fmt.Sprintf("the same subject (similarity %.2f) but not the same event: %s of %s's words in shared passages", res.Similarity, pct(sh), who(name[short])))
	default:
		res.Verdict = "different stories"
		res.Evidence = append(res.Evidence, fmt.Sprintf("little in common: similarity %.2f, %s of %s's words in shared passages", res.Similarity, pct(sh), who(name[short])))
	}
	if len(spans) > 0 {
		longest := spans[0]
		for _, s := range spans {
			if s.n > longest.n {
				longest = s
			}
		}
		p := a.Paragraphs[sa.toks[longest.i].passage]
		res.Evidence = append(res.Evidence, fmt.Sprintf("longest shared run, %d words: “%s”", longest.n, p.Text[sa.toks[longest.i].start:sa.toks[longest.i+longest.n-1].end]))
	}
	if a.Published != "" && b.Published != "" && a.Published != b.Published && res.Verdict != "different stories" {
		first, second := a, b
		if b.Published < a.Published {
			first, second = b, a
		}
		res.Evidence = append(res.Evidence, fmt.Sprintf("%s (%s) is dated before %s (%s)", who(first), first.Published, who(second), second.Published))
	}
	if a.OriginalSource != "" && a.OriginalSource == b.OriginalSource {
		res.Evidence = append(res.Evidence, "both credit the same original source: "+a.OriginalSource)
	}
}

func (cmp *Comparer) compareActors(res *Result, a, b *corpus.Article) {
	res.ActorsBoth, res.ActorsOnlyA, res.ActorsOnlyB = []string{}, []string{}, []string{}
	if cmp.actors == nil {
		return
	}
	res.leads = map[string]string{}
	for _, art := range []*corpus.Article{a, b} {
		for _, p := range leadPassages(art) {
			for _, id := range cmp.actors.InPassage(p) {
				if act := cmp.actors.Actor(id); act != nil {
					res.leads[id] = act.Name
				}
			}
		}
	}
	res.leadPeopleApart = leadPeopleApart(a, b, cmp.cuesOf(a).leadPeople, cmp.cuesOf(b).leadPeople)
	res.leadPlaceBoth = cmp.leadPlaceBoth(a, b)
	res.headSubjectsApart = namesOneApart(b, cmp.cuesOf(a).headSubjects) && namesOneApart(a, cmp.cuesOf(b).headSubjects)
	ca, cb := cmp.cuesOf(a), cmp.cuesOf(b)
	res.leadPlacesApart = leadPlacesApart(a, b, ca.leadPlaces, cb.leadPlaces, ca.placeNames, cb.placeNames)
	var both, onlyA, onlyB float64
	for _, act := range cmp.actors.Actors {
		inA, inB := act.Mentions[res.A] > 0, act.Mentions[res.B] > 0
		switch {
		case inA && inB:
			res.ActorsBoth = append(res.ActorsBoth, act.ID)
			both += cmp.actorWeight(act.ID)
			if act.Kind == actors.Person {
				res.personsBoth++
			}
		case inA:
			res.ActorsOnlyA = append(res.ActorsOnlyA, act.ID)
			onlyA += cmp.actorWeight(act.ID)
		case inB:
			res.ActorsOnlyB = append(res.ActorsOnlyB, act.ID)
			onlyB += cmp.actorWeight(act.ID)
		}
	}
	switch fewer := both + min(onlyA, onlyB); {
	case cmp.articles < particularArticles:
		res.particular = -1
	case fewer > 0:
		res.particular = both / fewer
	}
}

// leadPlaceBoth reports whether a place is named in the headline or the
// first paragraph of both a and b.
func (cmp *Comparer) leadPlaceBoth(a, b *corpus.Article) bool {
	inA := map[string]bool{}
	for _, p := range leadPassages(a) {
		for _, id := range cmp.actors.InPassage(p) {
			inA[id] = true
		}
	}
	for _, p := range leadPassages(b) {
		for _, id := range cmp.actors.InPassage(p) {
			if act := cmp.actors.Actor(id); inA[id] && act != nil && act.Kind == actors.Place {
				return true
			}
		}
	}
	return false
}

// leadPassages are the ids of an article's headline and first paragraph.
func leadPassages(art *corpus.Article) []string {
	passages := []string{art.ID + corpus.TitleSuffix}
	for _, p := range art.Paragraphs {
		if p.Kind == corpus.Body {
			return append(passages, p.ID)
		}
	}
	return passages
}

// leadPeopleOf returns the people a's headline and first paragraph name.
func (cmp *Comparer) leadPeopleOf(a *corpus.Article) []*actors.Actor {
	var out []*actors.Actor
	for _, pid := range leadPassages(a) {
		for _, id := range cmp.actors.InPassage(pid) {
			if act := cmp.actors.Actor(id); act != nil && act.Kind == actors.Person {
				out = append(out, act)
			}
		}
	}
	return out
}

// leadPlacesOf returns the places particular to few articles of the
// corpus (particularPlace) that a's headline and first paragraph name,
// past the dateline: "KYIV —" says where the reporter filed, not where
// the happening was.
func (cmp *Comparer) leadPlacesOf(a *corpus.Article) []*actors.Actor {
	var out []*actors.Actor
	for _, pid := range leadPassages(a) {
		text := a.Title
		if pid != a.ID+corpus.TitleSuffix {
			for _, p := range a.Paragraphs {
				if p.ID == pid {
					text = p.Text[datelineEnd(p.Text):]
				}
			}
		}
		for _, id := range cmp.actors.InPassage(pid) {
			act := cmp.actors.Actor(id)
			if act == nil || act.Kind != actors.Place || slices.Contains(out, act) || !cmp.particularPlace(act) {
				continue
			}
			if strings.Contains(text, act.Name) || slices.ContainsFunc(act.Aliases, func(n string) bool { return n != "" && strings.Contains(text, n) }) {
				out = append(out, act)
			}
		}
	}
	return out
}

// particularPlace reports whether few enough of a corpus's articles name
// a place for two leads naming two such places to tell two happenings:
// a town, a district, not the country a war is in. A corpus too small to
// say (particularArticles) has none.
//
// Nor is a place whose people have a name among its aliases ("Chile",
// "Chilean"): a country or a large region, which one report names where
// another names the town.
func (cmp *Comparer) particularPlace(act *actors.Actor) bool {
	return cmp.articles >= particularArticles && cmp.actorArticles(act.ID) <= max(particularPlaceFew, cmp.articles/particularPlaceShare) && !slices.ContainsFunc(act.Aliases, func(n string) bool { return isDemonym(n, act.Name) })
}

// isDemonym reports whether word names the people of the place name: one
// word beginning as the name does and ending as a demonym ("Chilean",
// "Ukrainians", "Chinese", "Azeri", "Scottish").
func isDemonym(word, name string) bool {
	if strings.ContainsRune(word, ' ') || len(word) < 5 || len(name) < 4 || !strings.HasPrefix(word, name[:4]) {
		return false
	}
	for _, end := range []string{"an", "ans", "ese", "ish", "i", "is"} {
		if strings.HasSuffix(word, end) {
			return true
		}
	}
	return false
}

// A place named by more than particularPlaceFew articles and more than
// one in particularPlaceShare is too common to tell two happenings apart.
const (
	particularPlaceFew   = 3
	particularPlaceShare = 50
)

// placeNamesOf returns every name and alias of the places a names.
func (cmp *Comparer) placeNamesOf(a *corpus.Article) map[string]bool {
	names := map[string]bool{}
	for _, pid := range append([]string{a.ID + corpus.TitleSuffix}, paragraphIDs(a)...) {
		for _, id := range cmp.actors.InPassage(pid) {
			if act := cmp.actors.Actor(id); act != nil && act.Kind == actors.Place {
				names[act.Name] = true
				for _, n := range act.Aliases {
					names[n] = true
				}
			}
		}
	}
	return names
}

// paragraphIDs returns the passage ids of a's paragraphs.
func paragraphIDs(a *corpus.Article) []string {
	ids := make([]string, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		ids[i] = p.ID
	}
	return ids
}

// leadPlacesApart reports whether the leads of a and b each name a
// particular place (pa and pb, leadPlacesOf) and neither article names
// any of the other's, by any name the actors know, or by a name one
// holds whole ("Kharkiv" and "Kharkiv Oblast"): two night strikes on
// two towns of one war, not two reports of one strike.
func leadPlacesApart(a, b *corpus.Article, pa, pb []*actors.Actor, namesA, namesB map[string]bool) bool {
	if len(pa) == 0 || len(pb) == 0 {
		return false
	}
	for _, act := range pa {
		if namesPlace(b, act, namesB) {
			return false
		}
	}
	for _, act := range pb {
		if namesPlace(a, act, namesA) {
			return false
		}
	}
	return true
}

// namesPlace reports whether b names the place act: among its mentions,
// in its text, or by a place name of b's (names) that holds act's name
// or that act's name begins with.
func namesPlace(b *corpus.Article, act *actors.Actor, names map[string]bool) bool {
	if act.Mentions[b.ID] > 0 || strings.Contains(b.Text, act.Name) {
		return true
	}
	for n := range names {
		if strings.HasPrefix(act.Name, n+" ") || strings.HasPrefix(n, act.Name+" ") {
			return true
		}
	}
	return false
}

// datelineAt is a dateline opening a paragraph, up to the dash after it:
// "KYIV —", "KYIV, Dec 3 (Reuters) -", "BEIJING, Aug. 19 (Xinhua) --".
var datelineAt = &lazyregexp.Regexp{Expr: `^\p{Lu}{2}[\p{L} .,'’0-9-]{0,60}?(?:\([\p{L} .&-]{2,40}\)\s*)?(?:—|–|--| -)\s`}

// datelineEnd returns the byte offset where the prose of a paragraph
// starts after its dateline, 0 without one.
func datelineEnd(text string) int {
	if loc := datelineAt.FindStringIndex(text); loc != nil {
		return loc[1]
	}
	return 0
}

// headSubjectsOf returns the organisations a's headline names, agencies
// aside, and the places it names that a names again: its main places
// ("China, Mongolia sign rail deal"). A place named once is left out: one
// report's "Atacama" is another's "Chile", and the comparer does not know
// which holds which.
//
// A headline that names no actor at all ("Hummus recalled from supermarkets over
// salmonella fears") gives way to the organisations the first two
// paragraphs name that the article names again: the firm a recall is
// of, not the agency its lead cites once.
func (cmp *Comparer) headSubjectsOf(a *corpus.Article) []*actors.Actor {
	var out []*actors.Actor
	for _, id := range cmp.actors.InPassage(a.ID + corpus.TitleSuffix) {
		if act := cmp.actors.Actor(id); act != nil && (act.Kind == actors.Organization || act.Kind == actors.Place && act.Mentions[a.ID] >= 2) && !isAgency(id) {
			out = append(out, act)
		}
	}
	if len(out) > 0 || len(cmp.actors.InPassage(a.ID+corpus.TitleSuffix)) > 0 {
		return out
	}
	body := 0
	for _, p := range a.Paragraphs {
		if p.Kind != corpus.Body {
			continue
		}
		if body++; body > 2 {
			break
		}
		for _, id := range cmp.actors.InPassage(p.ID) {
			if act := cmp.actors.Actor(id); act != nil && act.Kind == actors.Organization && act.Mentions[a.ID] >= 2 && !isAgency(id) && !slices.Contains(out, act) {
				out = append(out, act)
			}
		}
	}
	return out
}

// namesOneApart reports whether one of acts goes unnamed in b, by any
// name the actors know or by its own: two carmakers' results of one day,
// two ministries' plans, are two events however alike their words.
func namesOneApart(b *corpus.Article, acts []*actors.Actor) bool {
	for _, act := range acts {
		if act.Mentions[b.ID] == 0 && !strings.Contains(b.Text, act.Name) {
			return true
		}
	}
	return false
}

// leadPeopleApart reports whether the headlines and first paragraphs
// of a and b each name a person (pa and pb, leadPeopleOf), and neither
// article names anywhere a person of the other's: two meetings of one
// minister's with two guests, two courts' sentences, not two reports of
// one event, which name its people in their leads, the same.
func leadPeopleApart(a, b *corpus.Article, pa, pb []*actors.Actor) bool {
	if len(pa) == 0 || len(pb) == 0 {
		return false
	}
	for _, act := range pa {
		if act.Mentions[b.ID] > 0 || namesSurname(b, act.Name) {
			return false
		}
	}
	for _, act := range pb {
		if act.Mentions[a.ID] > 0 || namesSurname(a, act.Name) {
			return false
		}
	}
	return true
}

// namesSurname reports whether a's text holds the last word of a
// person's name as a word: "Rodrigo Esteban Valdés Ochoa" in one article
// and "Rodrigo Valdés Ochoa" in another, which the actors may not have
// joined, are one person for telling events apart.
func namesSurname(a *corpus.Article, name string) bool {
	surname := name[strings.LastIndexByte(name, ' ')+1:]
	if utf8.RuneCountInString(surname) < 3 {
		return false
	}
	for i := 0; ; {
		k := strings.Index(a.Text[i:], surname)
		if k < 0 {
			return false
		}
		if wordAt(a.Text, i+k, len(surname)) {
			return true
		}
		i += k + len(surname)
	}
}

// particularArticles is the fewest articles a corpus needs for how
// many of them name an actor to say how particular it is: in a folder of
// a few reports of one story, the town of the crash is in all of them.
const particularArticles = 20

// actorWeight is how particular an actor is to the articles naming it:
// the country every report of a war names weighs little, the official
// two reports of one shelling quote a lot.
func (cmp *Comparer) actorWeight(id string) float64 {
	n := max(1, cmp.actorArticles(id))
	return math.Log(1 + float64(max(cmp.articles, n))/float64(n))
}

// run is a verbatim span: n words from position i of A and j of B.
type run struct{ i, j, n int }

// verbatimSpans finds the maximal runs of at least minSpanWords words that
// A and B share, within passages, in A's order.
func verbatimSpans(sa, sb stream) []run {
	if len(sa.toks) < seedWords || len(sb.toks) < seedWords {
		return nil
	}
	seeds := map[uint64][]int{}
	for j := 0; j+seedWords <= len(sb.toks); j++ {
		if sb.toks[j].passage == sb.toks[j+seedWords-1].passage {
			k := seedKey(sb.toks[j : j+seedWords])
			seeds[k] = append(seeds[k], j)
		}
	}
	covered := map[int]int{} // diagonal i-j → A position covered up to
	var out []run
	for i := 0; i+seedWords <= len(sa.toks); i++ {
		if sa.toks[i].passage != sa.toks[i+seedWords-1].passage {
			continue
		}
		for _, j := range seeds[seedKey(sa.toks[i:i+seedWords])] {
			if end, ok := covered[i-j]; ok && i < end || !sameSeed(sa.toks[i:i+seedWords], sb.toks[j:j+seedWords]) {
				continue
			}
			s, t := i, j
			for s > 0 && t > 0 && same(sa, sb, s-1, t-1, s, t) {
				s, t = s-1, t-1
			}
			e, f := i+seedWords, j+seedWords
			for e < len(sa.toks) && f < len(sb.toks) && same(sa, sb, e, f, e-1, f-1) {
				e, f = e+1, f+1
			}
			covered[i-j] = e
			// "15.2 against the dollar" and "2% against the dollar": a
			// run neither starts nor ends inside a number either side
			// writes with a decimal point or a thousands comma.
			for s < e && (sa.numberTail(s) || sb.numberTail(t)) {
				s, t = s+1, t+1
			}
			for e > s && (sa.numberHead(e-1) || sb.numberHead(f-1)) {
				e, f = e-1, f-1
			}
			if e-s >= minSpanWords {
				out = append(out, run{s, t, e - s})
			}
		}
	}
	sort.Slice(out, func(x, y int) bool { return out[x].i < out[y].i || out[x].i == out[y].i && out[x].j < out[y].j })
	return out
}

// same reports whether word x of A and y of B agree and stay in the
// passages of the words px, py next to them.
func same(sa, sb stream, x, y, px, py int) bool {
	return sa.toks[x].term == sb.toks[y].term && sa.toks[x].passage == sa.toks[px].passage && sb.toks[y].passage == sb.toks[py].passage
}

// seedKey combines the hashes of a seed's words, in order.
func seedKey(ts []tok) uint64 {
	k := uint64(0)
	for _, t := range ts {
		k = (k^t.hash)*0x9e3779b97f4a7c15 + 1
	}
	return k
}

// sameSeed reports whether two seeds have the same words: two keys can
// collide.
func sameSeed(a, b []tok) bool {
	for i := range a {
		if a[i].term != b[i].term {
			return false
		}
	}
	return true
}

func share(in []bool) float64 {
	if len(in) == 0 {
		return 0
	}
	n := 0
	for _, b := range in {
		if b {
			n++
		}
	}
	return float64(n) / float64(len(in))
}

func round(f float64) float64 { return math.Round(f*1000) / 1000 }

// vector is a sparse TF-IDF vector.
type vector map[string]float64

func (cmp *Comparer) vector(words []string) vector { return weigh(words, cmp.idf) }

// weigh makes the vector of words, each weighed by idf.
func weigh(words []string, idf map[string]float64) vector {
	v := vector{}
	for _, w := range words {
		v[w] += idf[w]
	}
	return v
}

func cosine(a, b vector) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	var dot, na, nb float64
	for k, x := range a {
		dot += x * b[k]
		na += x * x
	}
	for _, y := range b {
		nb += y * y
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// sharedActors counts the actors two passages both name.
func (cmp *Comparer) sharedActors(pa, pb string) int {
	if cmp.actors == nil {
		return 0
	}
	n := 0
	for _, id := range cmp.actors.InPassage(pa) {
		if cmp.actors.Names(pb, id) {
			n++
		}
	}
	return n
}

// differingWords returns the byte ranges of the content words of a that b
// lacks, and of b that a lacks, compared by stem: what a rewording
// changed.
func differingWords(a, b string) (inA, inB [][2]int) {
	stems := func(text string) map[string]bool {
		set := map[string]bool{}
		for _, t := range fold.Tokens(text) {
			set[stem(t.Term)] = true
		}
		return set
	}
	only := func(text string, other map[string]bool) [][2]int {
		var out [][2]int
		for _, t := range fold.Tokens(text) {
			if !stopWords[t.Term] && !other[stem(t.Term)] {
				out = append(out, [2]int{t.Start, t.End})
			}
		}
		return out
	}
	return only(a, stems(b)), only(b, stems(a))
}

// who names an article in evidence: its outlet, or its id when the file
// gave none.
func who(a *corpus.Article) string {
	if a.Outlet != "" {
		return a.Outlet
	}
	return a.ID
}
