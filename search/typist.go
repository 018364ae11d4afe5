package search

import "strings"

// Typist searches a query as it is typed, keystroke by keystroke. It keeps
// what each query word found (its vocabulary matches and the passages
// they occur in), so a keystroke only works out the word being typed; the
// words already typed, and words typed before and brought back by
// backspacing, cost nothing. Results equal Index.Search's.
//
// A Typist is not safe for concurrent use: give each search box its own.
type Typist struct {
	ix    *Index
	opt   Options
	cache termCache
}

// NewTypist returns a Typist over ix searching with opt.
func (ix *Index) NewTypist(opt Options) *Typist {
	return &Typist{ix: ix, opt: opt, cache: termCache{terms: map[string]termHits{}}}
}

// Search returns the result of query, as Index.Search would.
func (t *Typist) Search(query string) Result {
	return t.ix.search(query, t.opt, &t.cache)
}

// maxCachedTerms bounds a Typist's memory: past it the cache starts over.
const maxCachedTerms = 256

// termCache holds the passages each term matched, read-only once stored.
// A nil *termCache computes every term.
type termCache struct {
	terms map[string]termHits
}

func (c *termCache) evalTerm(src source, t Term, negated bool) termHits {
	if c == nil {
		return evalTerm(src, t, negated)
	}
	key := termKey(t, negated)
	if hits, ok := c.terms[key]; ok {
		return hits
	}
	hits := evalTerm(src, t, negated)
	if len(c.terms) >= maxCachedTerms || c.terms == nil {
		c.terms = map[string]termHits{}
	}
	c.terms[key] = hits
	return hits
}

// forget drops the term results of t, for a Remote whose fetch failed
// while working them out.
func (c *termCache) forget(t Term, negated bool) {
	delete(c.terms, termKey(t, negated))
}

// termKey identifies a term and how it is used.
func termKey(t Term, negated bool) string {
	var b strings.Builder
	if negated {
		b.WriteByte('-')
	}
	if t.Phrase {
		b.WriteByte('"')
	}
	if t.Joined {
		b.WriteByte('~')
	}
	if t.Closed {
		b.WriteByte(' ')
	}
	b.WriteString(strings.Join(t.Words, "\x00"))
	return b.String()
}
