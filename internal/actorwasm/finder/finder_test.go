package finder

import (
	"reflect"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/corpus"
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
