package fold

import (
	"reflect"
	"testing"
)

func terms(s string) []string {
	var out []string
	for _, t := range Tokens(s) {
		out = append(out, t.Term)
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Kim Jong-un", []string{"kim", "jong", "un"}}, // hyphen splits
		{"Russia’s war", []string{"russia", "war"}},    // possessive dropped
		{"Russia's war", []string{"russia", "war"}},    // straight or curly
		{"don't", []string{"dont"}},                    // inner apostrophe dropped
		{"the U.N. Security Council", []string{"the", "un", "security", "council"}},
		{"U.S.-led coalitions", []string{"us", "led", "coalitions"}},
		{"Ramón Pacheco", []string{"ramon", "pacheco"}},         // accents folded
		{"Łódź and Straße", []string{"lodz", "and", "strasse"}}, // letters NFD leaves
		{"4.8 million", []string{"4", "8", "million"}},
		{"“Quoted”", []string{"quoted"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := terms(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q) terms = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenOffsets(t *testing.T) {
	s := "Ramón met the U.N. envoy in Russia’s capital."
	for _, tok := range Tokens(s) {
		if got := String(s[tok.Start:tok.End]); got != tok.Term && got != tok.Term+"." && removeDots(got) != tok.Term {
			t.Errorf("token %q spans %q", tok.Term, s[tok.Start:tok.End])
		}
	}
}

func removeDots(s string) string {
	out := []byte{}
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			out = append(out, s[i])
		}
	}
	return string(out)
}

func TestMap(t *testing.T) {
	orig := "Ramón"
	m := Map(orig)
	folded := String(orig)
	if len(m) != len(folded)+1 {
		t.Fatalf("Map(%q) has %d entries, want %d", orig, len(m), len(folded)+1)
	}
	// The "o" of the folded form (byte 3) comes from "ó" at byte 3.
	if m[3] != 3 || m[4] != 5 || m[5] != len(orig) {
		t.Errorf("Map(%q) = %v, want o→3, n→5, end→%d", orig, m, len(orig))
	}
}

func FuzzTokens(f *testing.F) {
	f.Add("U.S.-led Russia’s Kim Jong-un 4.8")
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range Tokens(s) {
			if tok.Start < 0 || tok.End > len(s) || tok.Start >= tok.End {
				t.Fatalf("Tokens(%q) gave bad span [%d,%d)", s, tok.Start, tok.End)
			}
		}
	})
}
