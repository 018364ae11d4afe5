package corpus

import "testing"

// TestHeaderDate: a plain-text file without a date in its front matter
// takes its publication date from a line above its first paragraph, one
// saying "published" first; a date in the text, a date without a year or
// an impossible one gives none, and front matter wins.
func TestHeaderDate(t *testing.T) {
	const body = "\n\nChildren delivered by planned caesarean section had a higher risk of asthma than others, the study found.\n"
	tests := []struct {
		name, text, want string
	}{
		{"a dateline with a place", "Study finds link\n\nOdense, 26 November 2026" + body, "2026-11-26"},
		{"published, then updated", "Study finds link\n\nBy Jane Roe\nUpdated: Nov. 28, 2026\nPublished: Nov. 26, 2026 10:32 AM" + body, "2026-11-26"},
		{"a byline with an ISO date", "Study finds link\n\nBy Jane Roe | 2026-11-24" + body, "2026-11-24"},
		{"an ordinal", "Study finds link\n\nThursday 3rd December 2026" + body, "2026-12-03"},
		{"no year", "Study finds link\n\nNov. 26" + body, ""},
		{"no such day", "Study finds link\n\n31 November 2026" + body, ""},
		{"a date inside the text only", "Study finds link\n\nChildren born after 12 March 2025 had a higher risk of asthma than others, the study found.\n", ""},
		{"a wire's stamp in a line of furniture", "Study finds link\n\nSource: Wirenews| 2026-11-22 14:13:16|Editor: jroe" + body, "2026-11-22"},
		{"front matter first", "---\ndate: 2026-11-20\n---\nStudy finds link\n\n26 November 2026" + body, "2026-11-20"},
		{"a photo's caption above the headline, the date alone below it (no subhead)", "Photo: Nurses at a clinic in Leeds on Monday. (Reuters)\n\nStudy finds link\n\nNovember 25, 2026" + body, "2026-11-25"},
		{"a reading time beside the date", "Study finds link\n\nNovember 24, 2026 | 3 min read" + body, "2026-11-24"},
	}
	for _, tc := range tests {
		a, err := Parse("x.txt", []byte(tc.text), Meta{})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if a.Published != tc.want {
			t.Errorf("%s: published %q (%s), want %q", tc.name, a.Published, a.DateEvidence, tc.want)
		}
		if tc.want != "" && a.DateEvidence == "" && tc.name != "front matter first" {
			t.Errorf("%s: no date evidence", tc.name)
		}
	}
}
