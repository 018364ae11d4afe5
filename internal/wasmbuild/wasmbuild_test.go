package wasmbuild

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestMakefileBuildsWithFlags checks that make wasm, which builds the files
// a user ships, uses the flags the tests and benchmarks build with.
func TestMakefileBuildsWithFlags(t *testing.T) {
	b, err := os.ReadFile("../../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	var line string
	for l := range strings.Lines(string(b)) {
		if name, value, ok := strings.Cut(l, ":="); ok && strings.TrimSpace(name) == "WASM_FLAGS" {
			line = strings.TrimSpace(value)
		}
	}
	if line == "" {
		t.Fatal("the Makefile has no WASM_FLAGS := line")
	}
	if got := shellWords(line); !slices.Equal(got, Flags()) {
		t.Errorf("Makefile WASM_FLAGS = %q,\nwasmbuild.Flags() = %q:\nchange both together", got, Flags())
	}
}

// shellWords splits s as a shell would split simple words and
// double-quoted strings.
func shellWords(s string) []string {
	var words []string
	var w strings.Builder
	in, quoted := false, false
	for _, r := range s {
		switch {
		case r == '"':
			quoted = !quoted
			in = true
		case (r == ' ' || r == '\t') && !quoted:
			if in {
				words = append(words, w.String())
				w.Reset()
				in = false
			}
		default:
			w.WriteRune(r)
			in = true
		}
	}
	if in {
		words = append(words, w.String())
	}
	return words
}

func TestShellWords(t *testing.T) {
	got := shellWords(`-trimpath  -ldflags "-s -w" -gcflags a/b=-l`)
	want := []string{"-trimpath", "-ldflags", "-s -w", "-gcflags", "a/b=-l"}
	if !slices.Equal(got, want) {
		t.Errorf("shellWords = %q, want %q", got, want)
	}
}
