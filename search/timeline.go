package search

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/parallax-news/parallax/internal/record"
)

// Dated is one entry of a sharded index's timeline: an article's
// publication (Phrase empty), or a dated phrase of one of its passages.
// The page draws the chronology from them a page at a time, since at
// this size it holds neither the articles nor their events.
type Dated struct {
	// From is the first day covered, To the day after the last, both
	// "2006-01-02"; Precision is a dates.Precision.
	From, To  string
	Precision int
	Relative  bool
	// Article is the article's id, with its title, outlet and date.
	Article, Title, Outlet, Published string
	// Passage, Sentence, Start and End place a phrase: its passage's id,
	// the sentence that holds it, its byte offsets in the sentence.
	Passage, Sentence string
	Start, End        int
	// N is the passage's place in its article, and At the phrase's byte
	// offset in the passage: they order the phrases of an article (At is
	// not stored).
	N, At int
}

// Event says whether d is a dated phrase rather than a publication.
func (d Dated) Event() bool { return d.Passage != "" }

// timelinePage is how many entries a timeline/ file holds.
const timelinePage = 200

// dated is an entry with the order its article was added in.
type dated struct {
	Dated
	seq int
}

// AddDated adds the timeline entries of the article added last.
func (b *ShardBuilder) AddDated(entries []Dated) {
	for _, d := range entries {
		b.dated = append(b.dated, dated{cloneDated(d), len(b.articles)})
	}
}

// cloneDated copies the strings of d, which may be pieces of an
// article's text, so the text can go.
func cloneDated(d Dated) Dated {
	for _, s := range []*string{&d.From, &d.To, &d.Article, &d.Title, &d.Outlet, &d.Published, &d.Passage, &d.Sentence} {
		*s = strings.Clone(*s)
	}
	return d
}

// compareDated orders the timeline as the page's chronology groups it:
// by first day, the longer span first; in a span publications first, in
// the order their articles came, then phrases by their article's date,
// its id, the passage and the place in it.
func compareDated(x, y dated) int {
	if c := cmp.Compare(x.From, y.From); c != 0 {
		return c
	}
	if c := cmp.Compare(y.To, x.To); c != 0 {
		return c
	}
	if x.Event() != y.Event() {
		if x.Event() {
			return 1
		}
		return -1
	}
	if !x.Event() {
		return cmp.Compare(x.seq, y.seq)
	}
	return cmp.Or(cmp.Compare(x.Published, y.Published), cmp.Compare(x.Article, y.Article), cmp.Compare(x.N, y.N), cmp.Compare(x.At, y.At))
}

// writeTimeline writes the timeline's pages and returns how many, and
// the number of events and of articles they are in.
func (b *ShardBuilder) writeTimeline() (pages, events, articles int, err error) {
	slices.SortStableFunc(b.dated, compareDated)
	seen := map[string]bool{}
	for _, d := range b.dated {
		if d.Event() {
			events++
			seen[d.Article] = true
		}
	}
	for start := 0; start < len(b.dated); start += timelinePage {
		page := b.dated[start:min(start+timelinePage, len(b.dated))]
		w := record.Writer{}
		w.Num(len(page))
		for _, d := range page {
			for _, s := range []string{d.From, d.To} {
				w.Str(s)
			}
			w.Num(d.Precision)
			w.Num(boolNum(d.Relative))
			for _, s := range []string{d.Article, d.Title, d.Outlet, d.Published, d.Passage, d.Sentence} {
				w.Str(s)
			}
			w.Num(d.Start)
			w.Num(d.End)
			w.Num(d.N)
		}
		if err := b.write(timelineFile(pages), w.B); err != nil {
			return 0, 0, 0, err
		}
		pages++
	}
	b.dated = nil
	return pages, events, len(seen), nil
}

// timelineFile names page n of the timeline.
func timelineFile(n int) string { return fmt.Sprintf("timeline/%d.bin", n) }

// TimelinePages returns how many pages the index's timeline has.
func (r *Remote) TimelinePages() int { return r.timelinePages }

// TimelineCounts returns the number of dated phrases the timeline holds
// and of the articles they are in.
func (r *Remote) TimelineCounts() (events, articles int) {
	return r.timelineEvents, r.timelineArticles
}

// Timeline fetches page n of the timeline (0 first), in the order of the
// page's chronology; a page past the last is empty.
func (r *Remote) Timeline(n int) ([]Dated, error) {
	if n < 0 || n >= r.timelinePages {
		return nil, nil
	}
	r.err = nil
	if r.load([]string{timelineFile(n)}, r.installTimeline); r.err != nil {
		return nil, r.err
	}
	return r.timeline[n], nil
}

// installTimeline reads a timeline page.
func (r *Remote) installTimeline(name string, rd *record.Reader) {
	n, ok := fileNumber(name, "timeline/")
	if !ok || n >= r.timelinePages {
		rd.Fail(errors.New("no such timeline page"))
		return
	}
	page := make([]Dated, rd.Count(13))
	for i := range page {
		d := &page[i]
		d.From, d.To = rd.Str(), rd.Str()
		d.Precision, d.Relative = rd.Num(), rd.Num() == 1
		d.Article, d.Title, d.Outlet, d.Published, d.Passage, d.Sentence = rd.Str(), rd.Str(), rd.Str(), rd.Str(), rd.Str(), rd.Str()
		d.Start, d.End, d.N = rd.Num(), rd.Num(), rd.Num()
		if rd.Err == nil && (d.Start > d.End || d.End > len(d.Sentence)) {
			rd.Fail(errors.New("a phrase out of its sentence"))
		}
	}
	if rd.Err == nil {
		r.timeline[n] = page
	}
}
