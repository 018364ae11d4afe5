package compare

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/corpus"
)

// Event is a group of articles that report one event: linked by pairs
// whose relation is reprint, rewrite or same-event. Its JSON form is part
// of `parallax compare --json` (no pair): add fields, never rename them.
type Event struct {
	// Label is made of words from the articles: the actors they name most,
	// the place, and the earliest date ("Vladimir Putin–Kim Jong Un ·
	// Pyongyang · 15 Aug 2022").
	Label    string   `json:"label"`
	Articles []string `json:"articles"`
	// First is the article published first: among those of the earliest
	// date, the one another copies (its dateline credits First's
	// outlet), else the first in corpus order.
	First  string `json:"first"`
	Copies []Copy `json:"copies"`
	// firstPublished is First's date, for MergeEvents.
	firstPublished string
}

// Copy says that an article reprints or rewrites another, the earlier.
type Copy struct {
	Article  string `json:"article"`
	Of       string `json:"of"`
	Relation string `json:"relation"`
}

// eventOverlap is the least share of an article told in passages another
// also tells for the two to be compared in full as one event's reports,
// unless the articles are as similar as two same-day reports of one event
// (sameDayCosine).
const eventOverlap = 0.2

// Events groups the articles that report the same event. Only the pairs
// among the candidates of Matrix (found through an inverted index) that
// tell at least eventOverlap of one article alike, or are similar, are
// compared in full, so it stays far from quadratic on a large corpus.
func (cmp *Comparer) Events() []Event {
	events, _ := cmp.events(func(yield func(a, b *corpus.Article)) {
		arts := cmp.c.Articles
		index := map[string]int{}
		for i, a := range arts {
			index[a.ID] = i
		}
		seen := map[[2]int]bool{}
		for _, cell := range cmp.Matrix() {
			a, b := arts[index[cell.A]], arts[index[cell.B]]
			seen[[2]int{index[cell.A], index[cell.B]}] = true
			if cell.Overlap < eventOverlap && cosine(cmp.vecs[a.ID], cmp.vecs[b.ID]) < sameDayCosine {
				continue // too little told alike, and too unlike, to be one event
			}
			yield(a, b)
		}
		for _, p := range cmp.actorPairs(index, seen) {
			a, b := arts[p[0]], arts[p[1]]
			if cosine(cmp.vecs[a.ID], cmp.vecs[b.ID]) >= sameEventCosine {
				yield(a, b)
			}
		}
	})
	return events
}

// Two reports of one event in their own words tell no passage alike,
// so the Matrix never pairs them: they are found by the actors they
// name instead.
const (
	// pairActors is how many actors two articles must name in common,
	// each of them named by at most pairActorArticles articles of the
	// corpus, to be compared for an event though no passage is alike.
	pairActors = 2
	// particularArticles bounds the articles an actor may be named by to
	// pair them: a country or a capital names too many to say anything,
	// and each actor pairs at most pairActorArticles² / 2 articles.
	pairActorArticles = 24
)

// actorPairs returns the pairs of articles (by index, the earlier first)
// not in seen that name at least pairActors particular actors in common.
func (cmp *Comparer) actorPairs(index map[string]int, seen map[[2]int]bool) [][2]int {
	if cmp.actors == nil {
		return nil
	}
	shared := map[[2]int]int{}
	var order [][2]int
	for _, act := range cmp.actors.Actors {
		n := cmp.actorArticles(act.ID)
		if n < 2 || n > pairActorArticles || len(act.Mentions) < 2 {
			continue
		}
		var in []int
		for id := range act.Mentions {
			if i, ok := index[id]; ok {
				in = append(in, i)
			}
		}
		slices.Sort(in)
		for x := range in {
			for _, y := range in[x+1:] {
				k := [2]int{in[x], y}
				if seen[k] {
					continue
				}
				if shared[k]++; shared[k] == pairActors {
					order = append(order, k)
				}
			}
		}
	}
	slices.SortFunc(order, func(a, b [2]int) int { return slices.Compare(a[:], b[:]) })
	return order
}

// EventsAmong returns the Events that the given pairs of articles of
// the corpus (ids, each pair compared in full) join, and the comparisons
// of the pairs that joined them (reprints, rewrites and reports of one
// event), for a pair view that cannot compare them itself. A pair naming
// an article outside the corpus is skipped.
func (cmp *Comparer) EventsAmong(pairs [][2]string) ([]Event, []Result) {
	return cmp.events(func(yield func(a, b *corpus.Article)) {
		for _, p := range pairs {
			if a, b := cmp.c.Article(p[0]), cmp.c.Article(p[1]); a != nil && b != nil && a != b {
				yield(a, b)
			}
		}
	})
}

// events joins the pairs that candidates gives into events.
func (cmp *Comparer) events(candidates func(yield func(a, b *corpus.Article))) ([]Event, []Result) {
	var results []Result
	arts := cmp.c.Articles
	index := map[string]int{}
	for i, a := range arts {
		index[a.ID] = i
	}
	var links []eventLink
	var copies []Copy
	// An article meets many candidates: its words are read once. The
	// streams are dropped with the call, so a comparer kept open (the
	// page's) holds none.
	streams := map[*corpus.Article]stream{}
	streamOf := func(a *corpus.Article) stream {
		s, ok := streams[a]
		if !ok {
			s = newStream(a)
			streams[a] = s
		}
		return s
	}
	candidates(func(a, b *corpus.Article) {
		res := cmp.compareStreams(a, b, streamOf(a), streamOf(b))
		rel := res.Relation
		if rel != Reprint && rel != Rewrite && rel != SameEvent {
			return
		}
		results = append(results, res)
		links = append(links, eventLink{index[a.ID], index[b.ID], rel, res.Similarity})
		if rel != SameEvent {
			// The later one copies the earlier; on the same day, the one
			// whose dateline credits the other's outlet ("(RTTNews) -"
			// in another site's copy of RTTNews's story), else the one
			// later in the corpus.
			orig, cp := a, b
			if b.Published != "" && a.Published != "" && b.Published < a.Published {
				orig, cp = b, a
			} else if (b.Published == a.Published || b.Published == "" || a.Published == "") && creditsOutlet(a, b) && !creditsOutlet(b, a) {
				orig, cp = b, a
			}
			copies = append(copies, Copy{Article: cp.ID, Of: orig.ID, Relation: rel})
		}
	})
	joined := linkEvents(links)
	var out []Event
	for _, g := range joined.groups(len(arts)) {
		if len(g) < 2 {
			continue
		}
		ev := Event{Copies: []Copy{}}
		in := map[string]bool{}
		first := g[0]
		for _, i := range g {
			ev.Articles = append(ev.Articles, arts[i].ID)
			in[arts[i].ID] = true
			if p := arts[i].Published; p != "" && (arts[first].Published == "" || p < arts[first].Published) {
				first = i
			}
		}
		ev.First, ev.firstPublished = arts[first].ID, arts[first].Published
		for _, c := range copies {
			if in[c.Article] && in[c.Of] {
				ev.Copies = append(ev.Copies, c)
			}
		}
		// Of two stories of the same day, the one the other copies
		// came first.
		for _, c := range ev.Copies {
			if c.Article == ev.First && arts[index[c.Of]].Published == ev.firstPublished {
				ev.First = c.Of
			}
		}
		ev.Label = cmp.eventLabel(ev.Articles, arts[first].Published)
		out = append(out, ev)
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Articles) > len(out[j].Articles) })
	return out, results
}

// eventLink is a pair of articles (by index) that one event joins, by
// the relation compared and the articles' similarity.
type eventLink struct {
	a, b       int
	relation   string
	similarity float64
}

// eventLinkage is the least share of the pairs between two groups of
// articles that must be linked for the groups to be one event. Two
// reports of one event each resemble a third report of another (two
// nights' strikes on one city, told alike): joined pair by pair, every
// strike of a war becomes one event; most of the pairs across two
// groups of one event are links.
const eventLinkage = 0.67

// linkEvents joins the linked articles into events, the closest links
// first (reprints, rewrites, then reports of one event by similarity):
// a link joins its articles' groups when at least eventLinkage of the
// pairs across them are links. Each join counts the links of the smaller
// group's articles, so it stays near linear in the links.
func linkEvents(links []eventLink) *unionFind {
	rank := map[string]int{Reprint: 0, Rewrite: 1, SameEvent: 2}
	sort.SliceStable(links, func(i, j int) bool {
		x, y := links[i], links[j]
		if rank[x.relation] != rank[y.relation] {
			return rank[x.relation] < rank[y.relation]
		}
		return x.similarity > y.similarity
	})
	near := map[int][]int{}
	for _, l := range links {
		near[l.a] = append(near[l.a], l.b)
		near[l.b] = append(near[l.b], l.a)
	}
	var joined unionFind
	members := map[int][]int{} // by a group's representative
	group := func(i int) []int {
		if m, ok := members[joined.find(i)]; ok {
			return m
		}
		return []int{i}
	}
	for _, l := range links {
		ra, rb := joined.find(l.a), joined.find(l.b)
		if ra == rb {
			continue
		}
		ga, gb := group(l.a), group(l.b)
		if len(ga) > len(gb) {
			ga, gb, rb = gb, ga, ra
		}
		across := 0
		for _, x := range ga {
			for _, y := range near[x] {
				if joined.find(y) == rb {
					across++
				}
			}
		}
		if float64(across) < eventLinkage*float64(len(ga)*len(gb)) {
			continue
		}
		joined.union(l.a, l.b)
		delete(members, ra)
		delete(members, rb)
		members[joined.find(l.a)] = append(ga, gb...)
	}
	return &joined
}

// eventLabel names an event by the people and organisations its articles
// name most, its most named place, and its earliest date.
func (cmp *Comparer) eventLabel(ids []string, date string) string {
	var parts []string
	if cmp.actors != nil {
		type scored struct {
			a *actors.Actor
			n int
		}
		var who, where []scored
		for _, a := range cmp.actors.Actors {
			n, arts := 0, 0
			for _, id := range ids {
				if m := a.Mentions[id]; m > 0 {
					n += m
					arts++
				}
			}
			if arts < 2 {
				continue // named by one article only: not what they share
			}
			if a.Kind == actors.Place {
				where = append(where, scored{a, n})
			} else {
				who = append(who, scored{a, n})
			}
		}
		byCount := func(s []scored) {
			sort.SliceStable(s, func(i, j int) bool { return s[i].n > s[j].n })
		}
		byCount(who)
		byCount(where)
		var names []string
		for _, s := range who {
			if len(names) == 2 {
				break
			}
			names = append(names, s.a.Name)
		}
		if len(names) > 0 {
			parts = append(parts, strings.Join(names, "–"))
		}
		if len(where) > 0 {
			parts = append(parts, where[0].a.Name)
		}
	}
	if d, err := time.Parse(time.DateOnly, date); err == nil {
		parts = append(parts, d.Format("2 Jan 2006"))
	}
	if len(parts) == 0 {
		return strings.Join(ids, ", ")
	}
	return strings.Join(parts, " · ")
}

// creditsOutlet reports whether a's dateline credits b's outlet as its
// agency: a's story is b's.
func creditsOutlet(a, b *corpus.Article) bool {
	ag := wireAgency(a)
	if ag == "" || b.Outlet == "" {
		return false
	}
	return agencyKey(ag) == agencyKey(strings.ToLower(b.Outlet)) || strings.EqualFold(ag, b.Outlet)
}
