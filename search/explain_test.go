package search

import (
	"reflect"
	"strings"
	"testing"
)

func TestExplain(t *testing.T) {
	ix := defaultIndex(t)
	got := ix.Explain("Guterres Shoigu")
	if len(got) != 2 || got[0].Passages != 1 || got[1].Passages != 7 {
		t.Errorf("Explain(Guterres Shoigu) = %+v, want Guterres in 1 passage, Shoigu in 7", got)
	}
	got = ix.Explain("xqzvw")
	if len(got) != 1 || got[0].Passages != 0 {
		t.Errorf("Explain(xqzvw) = %+v, want one term in no passage", got)
	}
}

func TestSuggest(t *testing.T) {
	ix := defaultIndex(t)
	tests := []struct {
		word string
		want []string
	}{
		{"shoiguu", []string{"shoigu"}},      // the nearest word first
		{"pyongyagn", []string{"pyongyang"}}, // a transposition and more
		{"zzzzzzzz", nil},                    // nothing near
	}
	for _, tt := range tests {
		got := ix.Suggest(tt.word, 1)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Suggest(%q, 1) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestSnippet(t *testing.T) {
	text := strings.Repeat("alpha beta ", 30) + "TARGET " + strings.Repeat("gamma delta ", 30)
	i := strings.Index(text, "TARGET")
	snip, marks, lead, trail := Snippet(text, [][2]int{{i, i + 6}}, 120)
	if len(snip) > 120 || !lead || !trail {
		t.Errorf("Snippet length %d, lead %v, trail %v; want at most 120 bytes cut on both sides", len(snip), lead, trail)
	}
	if len(marks) != 1 || snip[marks[0][0]:marks[0][1]] != "TARGET" {
		t.Errorf("Snippet marks %v do not point at TARGET in %q", marks, snip)
	}
	if snip[0] == ' ' || snip[len(snip)-1] == ' ' || strings.HasPrefix(snip, "lpha") {
		t.Errorf("Snippet %q is not cut at word boundaries", snip)
	}
	short := "short text"
	if s, m, l, tr := Snippet(short, [][2]int{{0, 5}}, 120); s != short || len(m) != 1 || l || tr {
		t.Errorf("Snippet of a short text changed it: %q %v %v %v", s, m, l, tr)
	}
}
