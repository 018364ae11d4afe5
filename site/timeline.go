package site

import (
	"time"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/dates"
	"github.com/parallax-news/parallax/search"
)

// datedOf returns the timeline entries of an article for a sharded index:
// its publication, if dated, and each dated phrase of its paragraphs with
// the sentence that holds it, as the page's timeline shows them.
func datedOf(a *corpus.Article) []search.Dated {
	pub, err := time.Parse(time.DateOnly, a.Published)
	if err != nil {
		pub = time.Time{}
	}
	var out []search.Dated
	base := search.Dated{Article: a.ID, Title: a.Title, Outlet: a.Outlet, Published: a.Published}
	if err == nil {
		d := base
		d.From, d.To, d.Precision = a.Published, pub.AddDate(0, 0, 1).Format(time.DateOnly), int(dates.Day)
		out = append(out, d)
	}
	for _, p := range a.Paragraphs {
		for _, m := range dates.Find(p.Text, pub) {
			d := base
			d.From, d.To = m.From.Format(time.DateOnly), m.To.Format(time.DateOnly)
			d.Precision, d.Relative = int(m.Precision), m.Relative
			d.Passage, d.N, d.At = p.ID, p.N, m.Start
			d.Sentence, d.Start, d.End = sentenceOf(p, m.Start, m.End)
			out = append(out, d)
		}
	}
	return out
}

// sentenceOf returns the sentence of p that holds the bytes [start, end)
// of its text, and their offsets in it; the whole text when no sentence
// does.
func sentenceOf(p *corpus.Paragraph, start, end int) (string, int, int) {
	for _, s := range p.Sentences {
		from, to := s.Start-p.Start, s.End-p.Start
		if from <= start && end <= to && to <= len(p.Text) {
			return p.Text[from:to], start - from, end - from
		}
	}
	return p.Text, start, end
}
