package dates_test

import (
	"fmt"
	"time"

	"github.com/parallax-news/parallax/dates"
)

// Find places the dated phrases of a text on the calendar, reading the
// relative ones against the publication date.
func ExampleFind() {
	published := time.Date(2023, time.August, 16, 0, 0, 0, 0, time.UTC) // a Wednesday
	text := "The minister arrived on Tuesday, a month after the talks in July, and will leave on Friday."
	for _, m := range dates.Find(text, published) {
		fmt.Printf("%q → %s\n", m.Phrase, m.Label())
	}
	// Output:
	// "on Tuesday" → 15 August 2023
	// "in July" → July 2023
	// "on Friday" → 18 August 2023
}
