package corpus

import (
	"reflect"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/record"
)

func TestSnapshotRoundTrip(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	derived := Derived{Index: "any bytes \x00\xff, which corpus does not read", Actors: "other bytes \xfe", Events: "\x01events"}
	data, err := MarshalSnapshot(c, derived)
	if err != nil {
		t.Fatal(err)
	}
	got, gotDerived, err := ReadSnapshot(data)
	if err != nil {
		t.Fatal(err)
	}
	if gotDerived != derived {
		t.Errorf("what was derived is %q after the round trip, want %q", gotDerived, derived)
	}
	if got.Name != c.Name || got.Description != c.Description || len(got.Articles) != len(c.Articles) {
		t.Fatalf("corpus %q with %d articles, want %q with %d", got.Name, len(got.Articles), c.Name, len(c.Articles))
	}
	for i, want := range c.Articles {
		a := got.Articles[i]
		if a.Meta != want.Meta || a.File != want.File || a.Text != want.Text {
			t.Errorf("article %s: meta, file or text differ after the round trip", want.ID)
		}
		if !reflect.DeepEqual(a.Paragraphs, want.Paragraphs) || !reflect.DeepEqual(a.Lines, want.Lines) {
			t.Errorf("article %s: passages or lines differ after the round trip", want.ID)
		}
	}
}

// snap writes a snapshot of one corpus named "x" from raw fields: each
// article is its id and lines, a line its number, class index and text.
type snapArticle struct {
	id    string
	lines []snapLine
}

type snapLine struct {
	n, class int
	text     string
}

// The snapshot ends with an empty search index and no actors.
func snap(format string, articles ...snapArticle) string {
	w := record.Writer{B: []byte(format + "\n")}
	w.Str("x")
	w.Str("")
	w.Num(len(articles))
	for _, a := range articles {
		w.Str(a.id)
		for range 7 {
			w.Str("")
		}
		w.Str(a.id + ".txt")
		w.Num(len(a.lines))
		for _, l := range a.lines {
			w.Num(l.n)
			w.Num(l.class)
			w.Str(l.text)
		}
	}
	w.Num(0) // no search index,
	w.Num(0) // no actors,
	w.Num(0) // no events
	return string(w.B)
}

func TestReadSnapshotErrors(t *testing.T) {
	line := snapLine{1, 0, "Russia and North Korea signed a pact on Wednesday."}
	a := snapArticle{"a", []snapLine{line}}
	ok := snap(SnapshotFormat, a)
	if c, derived, err := ReadSnapshot([]byte(ok)); err != nil || len(c.Articles) != 1 || c.Articles[0].Paragraphs[0].Text != line.text || derived != (Derived{}) {
		t.Fatalf("a valid snapshot: %v", err)
	}
	for _, tc := range []struct{ name, data, want string }{
		{"empty", ``, "not a Parallax corpus snapshot"},
		{"binary", "\x00\xff\n", "not a Parallax corpus snapshot"},
		{"the JSON of version 1", `{"format":"parallax-corpus/1","articles":[]}`, "not a Parallax corpus snapshot"},
		{"other format", snap("parallax-corpus/9", a), `format "parallax-corpus/9"`},
		{"no articles", snap(SnapshotFormat), "holds no articles"},
		{"bad id", snap(SnapshotFormat, snapArticle{"a b", a.lines}), "invalid or repeated id"},
		{"repeated id", snap(SnapshotFormat, a, a), "repeated id"},
		{"unknown class", snap(SnapshotFormat, snapArticle{"a", []snapLine{{1, 99, line.text}}}), "malformed line"},
		{"line number", snap(SnapshotFormat, snapArticle{"a", []snapLine{{0, 0, line.text}}}), "malformed line"},
		{"not UTF-8", snap(SnapshotFormat, snapArticle{"a", []snapLine{{1, 0, "Pyongyang \xff"}}}), "not UTF-8"},
		{"no passages", snap(SnapshotFormat, snapArticle{"a", []snapLine{{1, classIndex(DroppedChrome), line.text}}}), "no passages"},
		{"bytes after", ok + "x", "bytes after the actors"},
		{"actors cut short", ok[:len(ok)-1] + "\x05abc", "middle of a text"},
		{"the layout of version 3", strings.Replace(ok[:len(ok)-1], SnapshotFormat, "parallax-corpus/3", 1), `format "parallax-corpus/3"`},
		{"too many articles", strings.Replace(ok, "\x01\x01a", "\xff\x01a", 1), "announces"},
	} {
		_, _, err := ReadSnapshot([]byte(tc.data))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
	// Every cut short snapshot is an error, not a panic or a smaller corpus.
	for n := range len(ok) {
		if _, _, err := ReadSnapshot([]byte(ok[:n])); err == nil {
			t.Errorf("the first %d of %d bytes read without an error", n, len(ok))
		}
	}
}

func FuzzReadSnapshot(f *testing.F) {
	f.Add([]byte(defaultSnapshot))
	f.Add([]byte(snap(SnapshotFormat, snapArticle{"a", []snapLine{{1, 0, "x"}}})))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, _, err := ReadSnapshot(data)
		if err != nil {
			return
		}
		for _, a := range c.Articles {
			for _, p := range a.Paragraphs {
				if a.Text[p.Start:p.End] != p.Text {
					t.Fatalf("passage %s does not point at its text", p.ID)
				}
			}
		}
	})
}

// TestSnapshotKeepsEveryClass: an article with a line of each class the
// cleaner gives (a byline among them) goes through a snapshot. A class
// missing from snapshotClasses made `parallax build -corpus` fail on the
// first article with a byline.
func TestSnapshotKeepsEveryClass(t *testing.T) {
	text := "Bridge opening delayed again\n\nBy Jane Roe\n\nAdvertisement\n\nOfficials said on Monday that the new bridge across the river would open to traffic next spring after two years of delays.\n\nCall +44 20 7946 0958 for details\n"
	a, err := Parse("bridge.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[LineClass]bool{}
	for _, l := range a.Lines {
		seen[l.Class] = true
	}
	if !seen[DroppedByline] {
		t.Fatalf("the test article has no byline line: %+v", a.Lines)
	}
	data, err := MarshalSnapshot(&Corpus{Name: "x", Articles: []*Article{a}}, Derived{})
	if err != nil {
		t.Fatalf("MarshalSnapshot: %v", err)
	}
	c, _, err := ReadSnapshot(data)
	if err != nil || c.Articles[0].Text != a.Text || c.Articles[0].Title != a.Title {
		t.Errorf("ReadSnapshot(MarshalSnapshot) = %v; the article does not come back", err)
	}
}
