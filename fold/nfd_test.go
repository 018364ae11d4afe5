//go:build !js

package fold

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TestRuneMatchesNFD checks every rune against folding by x/text's NFD,
// which the table of decomposed.go was generated from: an out-of-date
// table, or a wrong lookup, fails here. Run go generate ./fold to rebuild
// the table.
func TestRuneMatchesNFD(t *testing.T) {
	reference := func(r rune) string {
		var b strings.Builder
		for _, c := range norm.NFD.String(string(r)) {
			if !unicode.Is(unicode.Mn, c) {
				b.WriteRune(unicode.ToLower(c))
			}
		}
		return b.String()
	}
	bad := 0
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) || special(r) != "" || unicode.Is(unicode.Mn, r) || strings.ContainsRune("‘’‛ʼ′“”„‟″«»‐‑‒–—―", r) {
			continue
		}
		if got, want := Rune(r), reference(r); got != want {
			if bad++; bad <= 10 {
				t.Errorf("Rune(%U %q) = %q, NFD gives %q", r, r, got, want)
			}
		}
	}
	if bad > 10 {
		t.Errorf("and %d more runes differ", bad-10)
	}
}
