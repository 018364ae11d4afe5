package export

import (
	"io"
	"strconv"
	"time"

	"github.com/parallax-news/parallax/dates"
)

// Event is one dated phrase an article reports; its JSON is the format of
// `parallax timeline --json`. Dates are YYYY-MM-DD; To is the day after
// the span, so a day's event runs from its date to the next.
type Event struct {
	From      string `json:"from"`
	To        string `json:"to"`
	Precision string `json:"precision"`
	Label     string `json:"label"`
	Phrase    string `json:"phrase"`
	Relative  bool   `json:"relative"`
	Article   string `json:"article"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Passage   string `json:"passage"`
	// Start and End are byte offsets of the phrase in the passage's text.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Events returns the rows of the timeline, in its order.
func Events(events []dates.Event) []Event {
	items := []Event{}
	for _, e := range events {
		items = append(items, Event{
			From: e.From.Format(time.DateOnly), To: e.To.Format(time.DateOnly),
			Precision: e.Precision.String(), Label: e.Label(), Phrase: e.Phrase, Relative: e.Relative,
			Article: e.Article.ID, Outlet: e.Article.Outlet, Published: e.Article.Published,
			Passage: e.Passage.ID, Start: e.Start, End: e.End, Text: e.Passage.Text,
		})
	}
	return items
}

// EventsCSV writes the timeline, one row per dated phrase.
func EventsCSV(w io.Writer, items []Event) error {
	rows := [][]string{{"from", "to", "precision", "label", "phrase", "relative", "article", "outlet", "published", "passage", "text"}}
	for _, e := range items {
		rows = append(rows, []string{e.From, e.To, e.Precision, e.Label, e.Phrase, strconv.FormatBool(e.Relative),
			e.Article, e.Outlet, e.Published, e.Passage, e.Text})
	}
	return writeCSV(w, rows)
}
