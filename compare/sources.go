package compare

import (
	"sort"
	"strings"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/fold"
)

// Sourcing is, for one outlet, whose words it carries and which of the
// quotations other outlets carry it leaves out. Its JSON form is
// `parallax sources --json`: add fields, never rename them.
type Sourcing struct {
	Outlet   string         `json:"outlet"`
	Articles []string       `json:"articles"`
	Speakers []SpeakerCount `json:"speakers"`
	Missing  []MissingQuote `json:"missing"`
}

// SpeakerCount is how many quotations an outlet gives one actor.
type SpeakerCount struct {
	Actor  string `json:"actor"`
	Name   string `json:"name"`
	Quotes int    `json:"quotes"`
}

// MissingQuote is a quotation other outlets carry and this one leaves out,
// though it names the speaker.
type MissingQuote struct {
	Actor     string   `json:"actor"`
	Name      string   `json:"name"`
	Quote     string   `json:"quote"`
	CarriedBy []string `json:"carried_by"`
}

// Sources reports, outlet by outlet, the actors each quotes and how often,
// and the quotations of actors it names that only other outlets carry.
// Quotations are one when they share at least quoteOverlap of their words
// (a reworded or cut quotation is the same quotation). An article without
// an outlet counts as an outlet of its own, named by its id.
func Sources(c *corpus.Corpus, set *actors.Set) []Sourcing {
	outletOf := map[string]string{}
	byOutlet := map[string]*Sourcing{}
	var order []string
	for _, a := range c.Articles {
		o := a.Outlet
		if o == "" {
			o = a.ID
		}
		outletOf[a.ID] = o
		if byOutlet[o] == nil {
			byOutlet[o] = &Sourcing{Outlet: o, Speakers: []SpeakerCount{}, Missing: []MissingQuote{}}
			order = append(order, o)
		}
		byOutlet[o].Articles = append(byOutlet[o].Articles, a.ID)
	}
	// Each actor's quotations, grouped into the same words told by
	// several outlets.
	type group struct {
		text    string
		words   []string
		outlets map[string]bool
	}
	for _, act := range set.Actors {
		var groups []*group
		counts := map[string]int{}
		for _, q := range act.Quotes {
			o := outletOf[q.Article]
			if o == "" {
				continue
			}
			counts[o]++
			words := quoteWords(q.Text)
			if len(words) < minQuoteWords {
				continue // a word or two in quotation marks is not a quotation to miss
			}
			var g *group
			for _, h := range groups {
				if overlap(words, h.words) >= quoteOverlap {
					g = h
					break
				}
			}
			if g == nil {
				g = &group{text: strings.TrimRight(q.Text, ",;: "), words: words, outlets: map[string]bool{}}
				groups = append(groups, g)
			}
			g.outlets[o] = true
		}
		for o, n := range counts {
			byOutlet[o].Speakers = append(byOutlet[o].Speakers, SpeakerCount{act.ID, act.Name, n})
		}
		names := map[string]bool{}
		for art := range act.Mentions {
			names[outletOf[art]] = true
		}
		for _, g := range groups {
			carried := sortedOutlets(g.outlets)
			for o := range names {
				if s := byOutlet[o]; s != nil && !g.outlets[o] {
					s.Missing = append(s.Missing, MissingQuote{act.ID, act.Name, g.text, carried})
				}
			}
		}
	}
	out := make([]Sourcing, 0, len(order))
	for _, o := range order {
		s := byOutlet[o]
		sort.Slice(s.Speakers, func(i, j int) bool {
			if s.Speakers[i].Quotes != s.Speakers[j].Quotes {
				return s.Speakers[i].Quotes > s.Speakers[j].Quotes
			}
			return s.Speakers[i].Name < s.Speakers[j].Name
		})
		sort.SliceStable(s.Missing, func(i, j int) bool {
			if len(s.Missing[i].CarriedBy) != len(s.Missing[j].CarriedBy) {
				return len(s.Missing[i].CarriedBy) > len(s.Missing[j].CarriedBy)
			}
			return s.Missing[i].Name < s.Missing[j].Name
		})
		out = append(out, *s)
	}
	return out
}

// minQuoteWords is the shortest quotation an outlet can be said to leave
// out: shorter ones are a word in quotation marks ("expand").
const minQuoteWords = 4

func quoteWords(text string) []string {
	var words []string
	for _, t := range fold.Tokens(text) {
		words = append(words, t.Term)
	}
	return words
}

func sortedOutlets(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for o := range set {
		out = append(out, o)
	}
	sort.Strings(out)
	return out
}
