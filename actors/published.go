package actors

import (
	"hash/fnv"
	"io"
)

// PublishedQuote is a quotation as the sharded form of a site publishes
// it, with what the actor view shows of its article. Its JSON form is
// read by the page: add fields, never rename them.
type PublishedQuote struct {
	Article string `json:"article"`
	Outlet  string `json:"outlet,omitempty"`
	Passage string `json:"passage"`
	Text    string `json:"text"`
}

// QuoteFile is one file of the quotations a sharded site publishes: those
// of the actors whose QuoteBucket is its number, by actor id.
type QuoteFile struct {
	Quotes map[string][]PublishedQuote `json:"quotes"`
}

// QuoteIndex says how many quote files a sharded site has.
type QuoteIndex struct {
	Buckets int `json:"buckets"`
}

// QuoteBucket is the number of the quote file holding actor id's
// quotations, of buckets in all.
func QuoteBucket(id string, buckets int) int {
	if buckets <= 0 {
		return 0
	}
	h := fnv.New32a()
	io.WriteString(h, id)
	return int(h.Sum32() % uint32(buckets))
}

// Published returns the quotations of set's actors as a sharded site
// publishes them, by actor id, outlet taking an article's outlet.
func (s *Set) Published(outlet func(article string) string) map[string][]PublishedQuote {
	out := map[string][]PublishedQuote{}
	for _, a := range s.Actors {
		for _, q := range a.Quotes {
			out[a.ID] = append(out[a.ID], PublishedQuote{Article: q.Article, Outlet: outlet(q.Article), Passage: q.Passage, Text: q.Text})
		}
	}
	return out
}
