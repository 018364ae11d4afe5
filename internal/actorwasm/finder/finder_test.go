package finder

import (
	"reflect"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/search"
)

// TestFindMatchesExtract: the finder's answer, read back against the
// corpus the explorer holds, is the set Extract finds there.
func TestFindMatchesExtract(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	snapshot, err := corpus.MarshalSnapshot(c, corpus.Derived{})
	if err != nil {
		t.Fatal(err)
	}
	stored, err := Find(snapshot)
	if err != nil {
		t.Fatal(err)
	}
	got, err := actors.ReadSet(c, stored)
	if err != nil {
		t.Fatalf("the finder's answer does not read: %v", err)
	}
	if want := find.Actors(c); !reflect.DeepEqual(got, want) {
		t.Errorf("the finder found %d actors, Extract %d, or others", len(got.Actors), len(want.Actors))
	}
}

// TestFindRefusesDamage: what is not a snapshot is an error naming the
// finder, not a crash.
func TestFindRefusesDamage(t *testing.T) {
	for _, data := range [][]byte{nil, []byte("parallax-corpus/9\n"), []byte("\xff\xfe garbage")} {
		if _, err := Find(data); err == nil || !strings.Contains(err.Error(), "actor finder") {
			t.Errorf("Find(%q) = %v, want an error naming the actor finder", data, err)
		}
	}
}

// TestParseFileMatchesParse: a file read by the finder, as the explorer
// reads its answer back, is the article corpus.Parse reads, warnings
// included; a file that does not parse is corpus.Parse's error.
func TestParseFileMatchesParse(t *testing.T) {
	const name = "ryland-mill.md"
	data := []byte("---\ntitle: Mill reopens in Ryland\noutlet: Ryland Courier\nurl: javascript:alert(1)\n---\n\nThe Ryland paper mill reopened on Monday after a two-year closure, its owners said.\n\nAbout 140 workers returned to the site, the town's mayor said.\n")
	want, err := corpus.Parse(name, data, corpus.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Warnings) == 0 {
		t.Fatal("the test file gives no warning: the test needs one")
	}
	parsed, err := ParseFile(name, data)
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := corpus.ReadSnapshot(parsed.Snapshot)
	if err != nil || len(c.Articles) != 1 {
		t.Fatalf("the answer does not read back: %v", err)
	}
	got := c.Articles[0]
	if got.ID != want.ID || got.Title != want.Title || got.Outlet != want.Outlet || got.Text != want.Text || !reflect.DeepEqual(got.Paragraphs, want.Paragraphs) || !reflect.DeepEqual(parsed.Warnings, want.Warnings) {
		t.Errorf("the finder read %q (%q, %q) with warnings %q;\ncorpus.Parse %q (%q, %q) with %q", got.Title, got.Outlet, got.Text, parsed.Warnings, want.Title, want.Outlet, want.Text, want.Warnings)
	}
	_, wantErr := corpus.Parse("empty.txt", nil, corpus.Meta{})
	if _, err := ParseFile("empty.txt", nil); err == nil || wantErr == nil || err.Error() != wantErr.Error() {
		t.Errorf("an empty file: %v, want corpus.Parse's error %v", err, wantErr)
	}
}

// TestStoredIndexReadsBack: the index the finder stores reads back as the
// index search.NewIndex builds.
func TestStoredIndexReadsBack(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	stored, err := NewComparisons(c, &actors.Set{}).StoredIndex()
	if err != nil {
		t.Fatal(err)
	}
	got, err := search.ReadIndex(c, string(stored))
	if err != nil {
		t.Fatal(err)
	}
	if want := search.NewIndex(c); !reflect.DeepEqual(got, want) {
		t.Error("the finder's index reads back as another index than NewIndex's")
	}
}
