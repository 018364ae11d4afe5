package dates

import (
	"fmt"
	"time"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/record"
)

// EventsFormat names the layout of stored events; ReadEvents refuses
// others.
const EventsFormat = "parallax-events/1"

// Stored events are Events of a corpus in a form the browser reads
// without the scanner (see package record): the build stores them with
// the site's articles, and the actor finder's wasm for articles a reader
// adds, so the explorer's app.wasm carries only the reader. The layout is
// the header (format and the passages' fingerprint), the event count,
// then per event: the article's place in the corpus, the passage's in the
// article, the phrase's start and length, its first day (days after
// epochDay), the days it covers, its precision, and 1 when relative.

// epochDay is the day numbered 0 in stored events: dates back to about
// 750 BC are stored, and no scanned phrase goes earlier.
const epochDay = 1 << 20

// MarshalEvents stores events found in c (Events) for ReadEvents.
func MarshalEvents(events []Event, c *corpus.Corpus) ([]byte, error) {
	articleAt := map[*corpus.Article]int{}
	passageAt := map[*corpus.Paragraph]int{}
	for i, a := range c.Articles {
		articleAt[a] = i
		for j, p := range a.Paragraphs {
			passageAt[p] = j
		}
	}
	var w record.Writer
	w.Header(EventsFormat, c.Fingerprint())
	w.Num(len(events))
	for _, ev := range events {
		ai, ok1 := articleAt[ev.Article]
		pi, ok2 := passageAt[ev.Passage]
		if !ok1 || !ok2 || ev.Start < 0 || ev.End < ev.Start || ev.End > len(ev.Passage.Text) || ev.Passage.Text[ev.Start:ev.End] != ev.Phrase {
			return nil, fmt.Errorf("storing the events: %q is not a phrase of the corpus's passages; store the events found in this corpus", ev.Phrase)
		}
		from, to := storedDay(ev.From), storedDay(ev.To)
		if from < 0 || to < from {
			return nil, fmt.Errorf("storing the events: %q spans %s to %s, which the stored form cannot hold", ev.Phrase, ev.From.Format(time.DateOnly), ev.To.Format(time.DateOnly))
		}
		w.Num(ai)
		w.Num(pi)
		w.Num(ev.Start)
		w.Num(ev.End - ev.Start)
		w.Num(from)
		w.Num(to - from)
		w.Num(int(ev.Precision))
		relative := 0
		if ev.Relative {
			relative = 1
		}
		w.Num(relative)
	}
	return w.B, nil
}

// ReadEvents reads events MarshalEvents stored from the passages of c.
// Data stored from other passages, or damaged, is an error.
func ReadEvents(c *corpus.Corpus, data string) ([]Event, error) {
	body, err := record.ReadHeader(data, EventsFormat, c.Fingerprint(), "the stored events")
	if err != nil {
		return nil, err
	}
	r := record.Reader{S: body}
	events := make([]Event, r.Count(8)) // an event takes at least 8 bytes
	for i := range events {
		ai, pi, start, n := r.Num(), r.Num(), r.Num(), r.Num()
		from, days, precision, relative := r.Num(), r.Num(), r.Num(), r.Num()
		if r.Err != nil {
			break
		}
		if ai >= len(c.Articles) || pi >= len(c.Articles[ai].Paragraphs) || start+n > len(c.Articles[ai].Paragraphs[pi].Text) || precision > int(Year) || relative > 1 {
			r.Fail(fmt.Errorf("event %d is not of these passages", i+1))
			break
		}
		a := c.Articles[ai]
		p := a.Paragraphs[pi]
		events[i] = Event{
			Mention: Mention{Phrase: p.Text[start : start+n], Start: start, End: start + n, From: storedTime(from), To: storedTime(from + days), Precision: Precision(precision), Relative: relative == 1},
			Article: a,
			Passage: p,
		}
	}
	if r.Err == nil && r.S != "" {
		r.Fail(fmt.Errorf("%d bytes follow the last event", len(r.S)))
	}
	if r.Err != nil {
		return nil, fmt.Errorf("the stored events are damaged (%v)", r.Err)
	}
	return events, nil
}

// storedDay is t's day in stored events.
func storedDay(t time.Time) int { return int(t.Unix()/86400) + epochDay }

// storedTime is the day numbered n in stored events, at midnight UTC.
func storedTime(n int) time.Time { return time.Unix(int64(n-epochDay)*86400, 0).UTC() }
