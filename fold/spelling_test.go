package fold

import "testing"

// TestSpellingVariant checks which pairs of folded names count as one
// name spelled by two outlets.
func TestSpellingVariant(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"tayeb", "tayib", true},        // one vowel for another
		{"nourein", "noureen", true},    // idem
		{"zelensky", "zelenskyy", true}, // a letter doubled
		{"gaddafi", "qaddafi", false},   // the first letter: too likely another name
		{"kasemi", "kasemy", true},      // i and y
		{"lines", "lanes", true},        // the rule alone allows it: isName keeps it to names
		{"tayeb", "tayeb", false},       // the same word
		{"abdi", "abdu", false},         // too short
		{"mutua", "mutual", false},      // a consonant added
		{"salem", "salim", true},
		{"berg", "borg", false}, // too short
	}
	for _, tt := range tests {
		if got := SpellingVariant(tt.a, tt.b); got != tt.want {
			t.Errorf("SpellingVariant(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
