package snapshot

import (
	"reflect"
	"testing"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/testkit/synth"
	"github.com/parallax-news/parallax/search"
)

// TestOf: the snapshot reads back as the corpus, with the index and the
// actors the build would find.
func TestOf(t *testing.T) {
	c, err := synth.Corpus(5, 3)
	if err != nil {
		t.Fatal(err)
	}
	data, err := Of(c)
	if err != nil {
		t.Fatal(err)
	}
	got, derived, err := corpus.ReadSnapshot(data)
	if err != nil || len(got.Articles) != len(c.Articles) {
		t.Fatalf("the snapshot reads as %d articles, error %v; want %d", len(got.Articles), err, len(c.Articles))
	}
	ix, err := search.ReadIndex(got, derived.Index)
	if err != nil {
		t.Fatalf("its index: %v", err)
	}
	if want := search.NewIndex(got); !reflect.DeepEqual(ix.Search("Moscow", search.Options{}), want.Search("Moscow", search.Options{})) {
		t.Error("its index searches differently from a fresh one")
	}
	set, err := actors.ReadSet(got, derived.Actors)
	if err != nil {
		t.Fatalf("its actors: %v", err)
	}
	if want := find.Actors(got); !reflect.DeepEqual(set, want) {
		t.Error("its actors differ from those Extract finds")
	}
}

// TestWithIsOf: a snapshot made from an index and actors already found is
// the one Of makes.
func TestWithIsOf(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	of, err := Of(c)
	if err != nil {
		t.Fatal(err)
	}
	with, err := With(c, search.NewIndex(c), find.Actors(c))
	if err != nil || string(with) != string(of) {
		t.Errorf("With gave %d bytes (%v), Of %d", len(with), err, len(of))
	}
}
