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

// datedKey is a timeline entry while a ShardBuilder runs: what orders
// it, and where its encoding (as the timeline files hold it) is in the
// builder's arena. Entries are kept encoded, not as Dated values: at
// 100,000 articles there are about a million, each with its sentence.
type datedKey struct {
	from, to, published int32 // yyyymmdd, which orders as the dates do
	event               bool
	article             int32 // its article's place in b.datedIDs
	n, at               int32
	off, end            int
}

// AddDated adds the timeline entries of one article; call it once per
// article, after adding the article.
func (b *ShardBuilder) AddDated(entries []Dated) {
	if len(entries) == 0 {
		return
	}
	article := int32(len(b.datedIDs))
	b.datedIDs = append(b.datedIDs, strings.Clone(entries[0].Article))
	for _, d := range entries {
		off := len(b.datedArena.B)
		if d.Event() {
			d.Title = "" // a phrase shows its outlet and date, not the title
		}
		writeDated(&b.datedArena, d)
		b.dated = append(b.dated, datedKey{
			from: dayNumber(d.From), to: dayNumber(d.To), published: dayNumber(d.Published),
			event: d.Event(), article: article, n: int32(d.N), at: int32(d.At),
			off: off, end: len(b.datedArena.B),
		})
	}
}

// dayNumber turns "2006-01-02" into 20060102, 0 for anything else.
func dayNumber(date string) int32 {
	if len(date) != len("2006-01-02") || date[4] != '-' || date[7] != '-' {
		return 0
	}
	n := int32(0)
	for _, c := range date[:4] + date[5:7] + date[8:] {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + c - '0'
	}
	return n
}

// writeDated encodes a timeline entry as the timeline files hold it.
func writeDated(w *record.Writer, d Dated) {
	w.Str(d.From)
	w.Str(d.To)
	w.Num(d.Precision)
	w.Num(boolNum(d.Relative))
	for _, s := range []string{d.Article, d.Title, d.Outlet, d.Published, d.Passage, d.Sentence} {
		w.Str(s)
	}
	w.Num(d.Start)
	w.Num(d.End)
	w.Num(d.N)
}

// compareDated orders the timeline as the page's chronology groups it:
// by first day, the longer span first; in a span publications first, in
// the order their articles came, then phrases by their article's date,
// its id, the passage and the place in it.
func (b *ShardBuilder) compareDated(x, y datedKey) int {
	if c := cmp.Compare(x.from, y.from); c != 0 {
		return c
	}
	if c := cmp.Compare(y.to, x.to); c != 0 {
		return c
	}
	if x.event != y.event {
		if x.event {
			return 1
		}
		return -1
	}
	if !x.event {
		return cmp.Compare(x.article, y.article)
	}
	return cmp.Or(cmp.Compare(x.published, y.published), cmp.Compare(b.datedIDs[x.article], b.datedIDs[y.article]), cmp.Compare(x.n, y.n), cmp.Compare(x.at, y.at))
}

// writeTimeline writes the timeline's pages and returns how many, and
// the number of events and of articles they are in.
func (b *ShardBuilder) writeTimeline() (pages, events, articles int, err error) {
	slices.SortStableFunc(b.dated, b.compareDated)
	seen := map[int32]bool{}
	for _, d := range b.dated {
		if d.event {
			events++
			seen[d.article] = true
		}
	}
	for start := 0; start < len(b.dated); start += timelinePage {
		page := b.dated[start:min(start+timelinePage, len(b.dated))]
		w := record.Writer{}
		w.Num(len(page))
		for _, d := range page {
			w.B = append(w.B, b.datedArena.B[d.off:d.end]...)
		}
		if err := b.write(timelineFile(pages), w.B); err != nil {
			return 0, 0, 0, err
		}
		pages++
	}
	b.dated, b.datedArena.B, b.datedIDs = nil, nil, nil
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
