package dates

import (
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzFind: any text and publication date give mentions whose offsets cut
// the phrase out of the text, with From before To.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"on Monday", "in April 2019", "Aug. 15, 2023", "three days ago", "over the weekend", "2024-02-30", "\xff June 19"} {
		f.Add(s, int64(1718755200))
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		pub := time.Unix(unix%(1<<40), 0).UTC()
		for _, m := range Find(text, pub) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Phrase {
				t.Fatalf("mention %q at %d:%d does not cut the text", m.Phrase, m.Start, m.End)
			}
			if !m.To.After(m.From) {
				t.Fatalf("mention %q spans %v to %v", m.Phrase, m.From, m.To)
			}
			if utf8.ValidString(text) && !utf8.ValidString(m.Phrase) {
				t.Fatalf("mention %q cuts a character", m.Phrase)
			}
		}
	})
}
