package dates

import (
	"sort"
	"time"

	"github.com/parallax-news/parallax/corpus"
)

// Event is a dated phrase in one passage of an article.
type Event struct {
	Mention
	Article *corpus.Article
	Passage *corpus.Paragraph
}

// Events returns the dated phrases of every passage of c, earliest first;
// phrases of one span are ordered by article date, then article, then
// place in the article.
func Events(c *corpus.Corpus) []Event {
	var out []Event
	for _, a := range c.Articles {
		pub, _ := time.Parse(time.DateOnly, a.Published)
		for _, p := range a.Paragraphs {
			for _, m := range Find(p.Text, pub) {
				out = append(out, Event{Mention: m, Article: a, Passage: p})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		x, y := out[i], out[j]
		switch {
		case !x.From.Equal(y.From):
			return x.From.Before(y.From)
		case !x.To.Equal(y.To):
			return x.To.Before(y.To)
		case x.Article.Published != y.Article.Published:
			return x.Article.Published < y.Article.Published
		case x.Article.ID != y.Article.ID:
			return x.Article.ID < y.Article.ID
		case x.Passage.N != y.Passage.N:
			return x.Passage.N < y.Passage.N
		}
		return x.Start < y.Start
	})
	return out
}
