package corpus

import (
	"reflect"
	"strings"
	"testing"
)

func TestSnapshotRoundTrip(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	data, err := MarshalSnapshot(c)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ReadSnapshot(data)
	if err != nil {
		t.Fatal(err)
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

func TestReadSnapshotErrors(t *testing.T) {
	const ok = `{"format":"parallax-corpus/1","name":"x","articles":[{"id":"a","file":"a.txt","lines":[[1,"body","Russia and North Korea signed a pact on Wednesday."]]}]}`
	if _, err := ReadSnapshot([]byte(ok)); err != nil {
		t.Fatalf("a valid snapshot: %v", err)
	}
	for _, tc := range []struct{ name, data, want string }{
		{"empty", ``, "reading the corpus snapshot"},
		{"not JSON", "\x00\xff", "reading the corpus snapshot"},
		{"other format", `{"format":"v0","articles":[]}`, `format "v0"`},
		{"no articles", `{"format":"parallax-corpus/1","articles":[]}`, "holds no articles"},
		{"bad id", strings.Replace(ok, `"id":"a"`, `"id":"a b"`, 1), "invalid or repeated id"},
		{"repeated id", strings.Replace(ok, `]]}]}`, `]]},{"id":"a","lines":[[1,"body","Again."]]}]}`, 1), "repeated id"},
		{"unknown class", strings.Replace(ok, `"body"`, `"prose"`, 1), "malformed line"},
		{"line number", strings.Replace(ok, `[1,`, `[0.5,`, 1), "malformed line"},
		{"short line", strings.Replace(ok, `[1,"body",`, `[1,`, 1), "malformed line"},
		{"no passages", strings.Replace(ok, `"body"`, `"chrome"`, 1), "no passages"},
	} {
		_, err := ReadSnapshot([]byte(tc.data))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

func FuzzReadSnapshot(f *testing.F) {
	c, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	data, _ := MarshalSnapshot(c)
	f.Add(data)
	f.Add([]byte(`{"format":"parallax-corpus/1","articles":[{"id":"a","lines":[[1,"body","x"]]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ReadSnapshot(data)
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
