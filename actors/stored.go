package actors

import (
	"errors"
	"fmt"
	"strings"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/record"
)

// SetFormat names the layout of stored actors; ReadSet refuses others.
const SetFormat = "parallax-actors/2"

// Stored actors are what Extract finds, written once by the build so that
// the browser has them without running the extractor, whose regular
// expressions and lexicon take a quarter of a second there the first time
// (see corpus.MarshalSnapshot, which carries them). The fields, numbers as
// in package record, passages by their place in the corpus (each
// article's headline, then its paragraphs):
//
//	"parallax-actors/2\n"
//	fingerprint of the passages (8 bytes, little endian), passage count
//	actor count, then per actor: id, name, kind (see storedKinds),
//	  aliases (count, texts), roles (count, texts),
//	  mentions (count; each: passage, start, length, text or "" for the
//	    passage's text there, order through the corpus),
//	  quotes (count, each as below)
//	unattributed quotes (count; each: passage, start, length, text or ""
//	  for the quotation without its marks, speaker id, how it was found)
//	passages naming actors (count; each: passage, actor count, the
//	  actors by their place in the list above)

// storedKinds are the kinds in stored order: append only.
var storedKinds = []Kind{Person, Organization, Place}

// quoteMarks are trimmed from a quotation to give its text.
const quoteMarks = `“”"`

// quoteText is the text of a quotation spanning span, as Extract gives it.
func quoteText(span string) string { return strings.Trim(span, quoteMarks) }

// mentionText is the text of a mention spanning span, as Extract mostly
// gives it.
func mentionText(span string) string { return span }

// MarshalSet encodes the actors Extract found in c for ReadSet. It is a
// function rather than a method so that app.wasm, which only reads them,
// leaves it out.
func MarshalSet(s *Set, c *corpus.Corpus) ([]byte, error) {
	passages := passageList(c)
	at := make(map[string]int, len(passages))
	for i, p := range passages {
		at[p.ID] = i
	}
	var w record.Writer
	w.Header(SetFormat, c.Fingerprint())
	w.Num(len(passages))
	// span writes a span of a passage, which must hold it, and its text,
	// "" when it is what implied(passage text there) gives.
	span := func(passage string, start, end int, text string, implied func(string) string) error {
		i, ok := at[passage]
		if !ok || start < 0 || start > end || end > len(passages[i].Text) {
			return fmt.Errorf("storing the actors: %q [%d, %d) is not a span of the corpus's passages; store the actors found in this corpus", passage, start, end)
		}
		if text == implied(passages[i].Text[start:end]) {
			text = ""
		}
		w.Num(i)
		w.Num(start)
		w.Num(end - start)
		w.Str(text)
		return nil
	}
	quote := func(q Quote) error {
		if err := span(q.Passage, q.Start, q.End, q.Text, quoteText); err != nil {
			return err
		}
		w.Str(q.Speaker)
		w.Str(q.Via)
		return nil
	}
	index := make(map[string]int, len(s.Actors))
	w.Num(len(s.Actors))
	for ai, a := range s.Actors {
		index[a.ID] = ai
		kind := -1
		for k, want := range storedKinds {
			if a.Kind == want {
				kind = k
			}
		}
		if kind < 0 {
			return nil, fmt.Errorf("storing the actors: %s has the unknown kind %q", a.ID, a.Kind)
		}
		w.Str(a.ID)
		w.Str(a.Name)
		w.Num(kind)
		for _, texts := range [][]string{a.Aliases, a.Roles} {
			w.Num(len(texts))
			for _, t := range texts {
				w.Str(t)
			}
		}
		w.Num(len(a.Where))
		for _, m := range a.Where {
			if err := span(m.Passage, m.Start, m.End, m.Text, mentionText); err != nil {
				return nil, err
			}
			w.Num(m.Seq)
		}
		w.Num(len(a.Quotes))
		for _, q := range a.Quotes {
			if err := quote(q); err != nil {
				return nil, err
			}
		}
	}
	w.Num(len(s.Unattributed))
	for _, q := range s.Unattributed {
		if err := quote(q); err != nil {
			return nil, err
		}
	}
	var naming []int
	for i, p := range passages {
		if len(s.byPassage[p.ID]) > 0 {
			naming = append(naming, i)
		}
	}
	w.Num(len(naming))
	for _, i := range naming {
		ids := s.byPassage[passages[i].ID]
		w.Num(i)
		w.Num(len(ids))
		for _, id := range ids {
			ai, ok := index[id]
			if !ok {
				return nil, fmt.Errorf("storing the actors: passage %s names the unknown actor %q", passages[i].ID, id)
			}
			w.Num(ai)
		}
	}
	return w.B, nil
}

// storedPassage is a passage with its article's id.
type storedPassage struct {
	*corpus.Paragraph
	article string
}

// passageList lists the passages of c that actors are named in: each
// article's headline, then its paragraphs.
func passageList(c *corpus.Corpus) []storedPassage {
	var ps []storedPassage
	for _, a := range c.Articles {
		if tp := a.TitlePassage(); tp != nil {
			ps = append(ps, storedPassage{tp, a.ID})
		}
		for _, p := range a.Paragraphs {
			ps = append(ps, storedPassage{p, a.ID})
		}
	}
	return ps
}

// ReadSet reads the actors of c that MarshalSet stored. Data that is not
// stored actors, is damaged, or was made from other passages than c's is
// an error; the caller can run Extract instead.
func ReadSet(c *corpus.Corpus, data string) (*Set, error) {
	body, err := record.ReadHeader(data, SetFormat, c.Fingerprint(), "the stored actors")
	if err != nil {
		return nil, err
	}
	sr := setReader{r: record.Reader{S: body}, passages: passageList(c)}
	if n := sr.r.Num(); sr.r.Err == nil && n != len(sr.passages) {
		return nil, fmt.Errorf("the stored actors are of %d passages, the articles have %d", n, len(sr.passages))
	}
	set := &Set{byID: map[string]*Actor{}, byPassage: map[string][]string{}}
	set.Actors = make([]*Actor, sr.r.Count(4)) // an actor takes at least 4 bytes
	for i := range set.Actors {
		a := sr.actor(set)
		if sr.r.Err != nil {
			break
		}
		set.Actors[i] = a
		set.byID[a.ID] = a
	}
	if n := sr.r.Count(6); n > 0 {
		set.Unattributed = make([]Quote, n)
		for i := range set.Unattributed {
			set.Unattributed[i] = sr.quote()
		}
	}
	sr.byPassage(set)
	sr.check(set)
	if sr.r.Err != nil {
		return nil, fmt.Errorf("the stored actors are damaged (%v)", sr.r.Err)
	}
	return set, nil
}

// setReader reads the body of stored actors: after the first error every
// read returns zero values and r.Err says what was wrong.
type setReader struct {
	r        record.Reader
	passages []storedPassage
}

// span reads a passage, a start and a length, and returns the passage and
// the end, or fails.
func (sr *setReader) span() (p storedPassage, start, end int) {
	i, start, n := sr.r.Num(), sr.r.Num(), sr.r.Num()
	if sr.r.Err != nil {
		return storedPassage{}, 0, 0
	}
	if i >= len(sr.passages) || start+n > len(sr.passages[i].Text) {
		sr.r.Fail(errors.New("a span outside the passages"))
		return storedPassage{}, 0, 0
	}
	return sr.passages[i], start, start + n
}

// actor reads one actor of set (which it checks the id against).
func (sr *setReader) actor(set *Set) *Actor {
	r := &sr.r
	a := &Actor{ID: r.Str(), Name: r.Str(), Mentions: map[string]int{}}
	if kind := r.Num(); kind < len(storedKinds) {
		a.Kind = storedKinds[kind]
	} else {
		r.Fail(fmt.Errorf("an actor of unknown kind %d", kind))
	}
	if r.Err == nil && (a.ID == "" || set.byID[a.ID] != nil) {
		r.Fail(fmt.Errorf("a missing or repeated actor id %q", a.ID))
	}
	for _, texts := range []*[]string{&a.Aliases, &a.Roles} {
		*texts = make([]string, r.Count(1))
		for i := range *texts {
			(*texts)[i] = r.Str()
		}
	}
	a.Where = make([]Mention, r.Count(5))
	for i := range a.Where {
		a.Where[i] = sr.mention()
		if r.Err != nil {
			return a
		}
		a.Mentions[a.Where[i].Article]++
	}
	a.Quotes = make([]Quote, r.Count(6))
	for i := range a.Quotes {
		a.Quotes[i] = sr.quote()
	}
	return a
}

// mention reads one mention.
func (sr *setReader) mention() Mention {
	p, start, end := sr.span()
	m := Mention{Article: p.article, Start: start, End: end, Text: sr.r.Str(), Seq: sr.r.Num()}
	if sr.r.Err != nil {
		return Mention{}
	}
	m.Passage = p.ID
	if m.Text == "" {
		m.Text = mentionText(p.Text[start:end])
	}
	return m
}

// quote reads one quotation.
func (sr *setReader) quote() Quote {
	p, start, end := sr.span()
	q := Quote{Article: p.article, Start: start, End: end, Text: sr.r.Str(), Speaker: sr.r.Str(), Via: sr.r.Str()}
	if sr.r.Err != nil {
		return Quote{}
	}
	q.Passage = p.ID
	if q.Text == "" {
		q.Text = quoteText(p.Text[start:end])
	}
	return q
}

// byPassage reads which actors each passage names.
func (sr *setReader) byPassage(set *Set) {
	r := &sr.r
	for range r.Count(2) {
		i, n := r.Num(), r.Count(1)
		if r.Err == nil && i >= len(sr.passages) {
			r.Fail(errors.New("actors named in a passage outside the articles"))
		}
		if r.Err != nil {
			return
		}
		ids := make([]string, n)
		for j := range ids {
			if ai := r.Num(); r.Err == nil && ai < len(set.Actors) {
				ids[j] = set.Actors[ai].ID
			} else {
				r.Fail(errors.New("a passage names an actor that is not listed"))
			}
		}
		set.byPassage[sr.passages[i].ID] = ids
	}
}

// check fails on bytes left over and on quotations of unknown speakers.
func (sr *setReader) check(set *Set) {
	if sr.r.Err == nil && sr.r.S != "" {
		sr.r.Fail(errors.New("bytes after the last passage"))
	}
	if sr.r.Err != nil {
		return
	}
	for _, q := range allQuotes(set) {
		if q.Speaker != "" && set.byID[q.Speaker] == nil {
			sr.r.Fail(fmt.Errorf("a quotation of the unknown speaker %q", q.Speaker))
			return
		}
	}
}

// allQuotes lists the quotations of every actor, then the unattributed.
func allQuotes(s *Set) []Quote {
	var qs []Quote
	for _, a := range s.Actors {
		qs = append(qs, a.Quotes...)
	}
	return append(qs, s.Unattributed...)
}
