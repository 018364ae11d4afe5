package corpus

import (
	"reflect"
	"testing"
)

func sentences(s string) []string {
	var out []string
	for _, r := range splitSentences(s) {
		out = append(out, s[r[0]:r[1]])
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		// Titles and initials never end a sentence.
		{"Mr. Putin wrote. Mr. Kim replied.", []string{"Mr. Putin wrote.", "Mr. Kim replied."}},
		{"Three fishermen from Brgy. Lawaan and two climbers on Mt. Apo were missing. Rescuers went out.", []string{"Three fishermen from Brgy. Lawaan and two climbers on Mt. Apo were missing.", "Rescuers went out."}},
		{"said Lami Kim of the Daniel K. Inouye Center. She added more.", []string{"said Lami Kim of the Daniel K. Inouye Center.", "She added more."}},
		// The Philippines' "Ma." for Maria, before the rest of a name; a
		// Chinese surname Ma ending a sentence still ends it.
		{"Sen. Ma. Teresa Villaroman-Abad spoke. She left.", []string{"Sen. Ma. Teresa Villaroman-Abad spoke.", "She left."}},
		// South Asian initials of two letters: "Ch.", "Md.".
		{"\"We wait,\" said Ch. Venkat Reddy, a farmer. Md. Alam agreed.", []string{"\"We wait,\" said Ch. Venkat Reddy, a farmer.", "Md. Alam agreed."}},
		{"The remarks came from spokesman Ma. The talks failed.", []string{"The remarks came from spokesman Ma.", "The talks failed."}},
		// X, the platform, ends a sentence after "on" or "to".
		{"He welcomed the decision on X. Rival firms did not.", []string{"He welcomed the decision on X.", "Rival firms did not."}},
		// Dotted acronyms go on unless a sentence starter follows.
		{"banned under U.N. Security Council resolutions. Shoigu said so.", []string{"banned under U.N. Security Council resolutions.", "Shoigu said so."}},
		{"It was led by the U.S. The talks failed.", []string{"It was led by the U.S.", "The talks failed."}},
		{"global coalitions led by the U.S.-led order.", []string{"global coalitions led by the U.S.-led order."}},
		// Decimals and thousands separators.
		{"as many as 4.8 million shells. Another 10,000 left.", []string{"as many as 4.8 million shells.", "Another 10,000 left."}},
		// Quotes that end a sentence stay with it, straight or curly.
		{"He said “no.” Then he left.", []string{"He said “no.”", "Then he left."}},
		{`He said "no." Then he left.`, []string{`He said "no."`, "Then he left."}},
		{"“Who knows?” she asked. Nobody did!", []string{"“Who knows?” she asked.", "Nobody did!"}},
		// An ellipsis before a lower-case word does not end the sentence.
		{"a minor boom … and the shortage is significant.", []string{"a minor boom … and the shortage is significant."}},
		// A caption's credit stays with the caption.
		{"Leaders met on June 19. (Video: The Washington Post)", []string{"Leaders met on June 19. (Video: The Washington Post)"}},
		// No terminal punctuation: one sentence.
		{"Shoigu lays flowers", []string{"Shoigu lays flowers"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := sentences(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitSentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
