package finder

import (
	"fmt"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/dates"
	"github.com/parallax-news/parallax/internal/actorwasm"
	"github.com/parallax-news/parallax/search"
)

// Comparisons works out what the comparison views show for one corpus and
// its actors: the explorer calls it directly where it runs natively, and
// through the finder's wasm in the browser (Register).
type Comparisons struct {
	c   *corpus.Corpus
	set *actors.Set
	cmp *compare.Comparer
	// Key is what the explorer's calls name the corpus and its actors by:
	// actorwasm.Key and a name for the actors.
	Key string
}

// NewComparisons prepares the comparisons of c, whose actors are set; the
// comparer itself is made on first use.
func NewComparisons(c *corpus.Corpus, set *actors.Set) *Comparisons {
	return &Comparisons{c: c, set: set, Key: actorwasm.Key(c)}
}

// comparer returns the comparer of the articles, made on first use: the
// dated events do not need it.
func (cs *Comparisons) comparer() *compare.Comparer {
	if cs.cmp == nil {
		cs.cmp = compare.New(cs.c, cs.set)
	}
	return cs.cmp
}

// LoadComparisons reads a corpus snapshot whose derived actors are set
// (corpus.Derived.Actors) and prepares its comparisons.
func LoadComparisons(data []byte) (cs *Comparisons, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the comparison failed: %v", r)
		}
	}()
	c, d, err := corpus.ReadSnapshot(data)
	if err != nil {
		return nil, fmt.Errorf("the comparison could not read the articles: %w", err)
	}
	set := &actors.Set{}
	if d.Actors != "" {
		if set, err = actors.ReadSet(c, d.Actors); err != nil {
			return nil, fmt.Errorf("the comparison could not read the actors: %w", err)
		}
	}
	return NewComparisons(c, set), nil
}

// Pair compares the articles with ids a and b.
func (cs *Comparisons) Pair(a, b string) (r compare.Result, err error) {
	defer recoverAs(&err)
	x, y := cs.c.Article(a), cs.c.Article(b)
	if x == nil || y == nil {
		return compare.Result{}, fmt.Errorf("the comparison has no article %q or %q: reload the page", a, b)
	}
	return cs.comparer().Compare(x, y), nil
}

// Overview gives the overlap of every pair, the stories several outlets
// told, the events and, when the corpus has at most maxRelated articles,
// the relation of every pair.
func (cs *Comparisons) Overview(maxRelated int) (o actorwasm.Overview, err error) {
	defer recoverAs(&err)
	cmp := cs.comparer()
	o.Matrix = cmp.Matrix()
	o.Stories = cmp.Stories()
	o.Events = cmp.Events()
	arts := cs.c.Articles
	if len(arts) <= maxRelated {
		for i, a := range arts {
			for _, b := range arts[i+1:] {
				o.Relations = append(o.Relations, actorwasm.Relation{A: a.ID, B: b.ID, Relation: cmp.Compare(a, b).Relation})
			}
		}
	}
	return o, nil
}

// Sources gives, outlet by outlet, whose words each carries.
func (cs *Comparisons) Sources() (s []compare.Sourcing, err error) {
	defer recoverAs(&err)
	return compare.Sources(cs.c, cs.set), nil
}

// Events gives the dated events the articles report.
func (cs *Comparisons) Events() (events []dates.Event, err error) {
	defer recoverAs(&err)
	return dates.Events(cs.c), nil
}

// StoredEvents gives the dated events the articles report, stored
// (dates.MarshalEvents), as the explorer reads them from a build.
func (cs *Comparisons) StoredEvents() (stored []byte, err error) {
	defer recoverAs(&err)
	return dates.MarshalEvents(dates.Events(cs.c), cs.c)
}

// StoredIndex gives the search index of the articles, stored
// (search.MarshalIndex), as the explorer reads it from a build.
func (cs *Comparisons) StoredIndex() (stored []byte, err error) {
	defer recoverAs(&err)
	return search.MarshalIndex(search.NewIndex(cs.c)), nil
}

// ParseFile reads a file a reader adds in the page, as corpus.Parse does,
// and returns the article as the snapshot of a corpus of one.
func ParseFile(name string, data []byte) (p actorwasm.Parsed, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: the file could not be read: %v", name, r)
		}
	}()
	a, err := corpus.Parse(name, data, corpus.Meta{})
	if err != nil {
		return p, err
	}
	p.Snapshot, err = corpus.MarshalSnapshot(&corpus.Corpus{Name: name, Articles: []*corpus.Article{a}}, corpus.Derived{})
	p.Warnings = a.Warnings
	return p, err
}

// recoverAs turns a panic of the comparison into *err: a failure of the
// comparison is said on the page, never a crash of it.
func recoverAs(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("the comparison failed: %v", r)
	}
}

// errUnknownQuestion says the explorer asked what the finder does not
// answer: an explorer and a finder of different versions.
func errUnknownQuestion(q string) error {
	return fmt.Errorf("the comparison does not answer %q: reload the page to load the finder of this version", q)
}
