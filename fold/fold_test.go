package fold

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
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
	f.Add("Médecins Sans Frontières don't ZÜRICH-based ŁÓDŹ")
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range Tokens(s) {
			if tok.Start < 0 || tok.End > len(s) || tok.Start >= tok.End {
				t.Fatalf("Tokens(%q) gave bad span [%d,%d)", s, tok.Start, tok.End)
			}
			// A term is its span folded, without apostrophes or an
			// acronym's periods.
			if want := strings.NewReplacer("'", "", ".", "").Replace(String(s[tok.Start:tok.End])); tok.Term != want {
				t.Fatalf("Tokens(%q): term %q of span %q, want %q", s, tok.Term, s[tok.Start:tok.End], want)
			}
		}
	})
}

// BenchmarkTokens cuts a paragraph of news prose into tokens.
func BenchmarkTokens(b *testing.B) {
	const text = "KYIV, Ukraine (AP) — Russia's defense ministry said on Tuesday that its forces had taken the village of Novomykhailivka, a claim Ukraine's General Staff denied. “We are holding the line,” said Col. Oleksandr Shtupun, a spokesman, adding that 1,200 shells had hit the area in 24 hours. The U.N. said Zürich-based Médecins Sans Frontières had pulled out."
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Tokens(text)
	}
}

// TestRuneASCII: every ASCII rune folds to itself in lower case.
func TestRuneASCII(t *testing.T) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		if got, want := Rune(r), strings.ToLower(string(r)); got != want {
			t.Errorf("Rune(%q) = %q, want %q", r, got, want)
		}
	}
}
