//go:build js && wasm

package app

import (
	"reflect"
	"testing"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/search"
)

// TestBrowserEnvReadsStoredIndex: the page takes the index stored with the
// default corpus, which is the index NewIndex would build, and builds one
// itself when the stored one does not read.
func TestBrowserEnvReadsStoredIndex(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	want := search.NewIndex(c)
	if got := indexOf(c, corpus.DefaultDerived().Index); !reflect.DeepEqual(got, want) {
		t.Error("the stored default index differs from the one NewIndex builds")
	}
	if got := indexOf(c, "parallax-index/1\ndamaged"); !reflect.DeepEqual(got, want) {
		t.Error("with a damaged stored index, the page did not build its own")
	}
	if got := indexOf(c, ""); !reflect.DeepEqual(got, want) {
		t.Error("without a stored index, the page did not build its own")
	}
}

// TestBrowserEnvReadsStoredActors: the page takes the actors stored with
// the default corpus, which are those Extract finds, and finds them itself
// when the stored ones do not read.
func TestBrowserEnvReadsStoredActors(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	want := actors.Extract(c)
	if got := actorsOf(c, corpus.DefaultDerived().Actors); !reflect.DeepEqual(got, want) {
		t.Error("the stored default actors differ from those Extract finds")
	}
	if got := actorsOf(c, "parallax-actors/2\ndamaged"); !reflect.DeepEqual(got, want) {
		t.Error("with damaged stored actors, the page did not find its own")
	}
	if got := actorsOf(c, ""); !reflect.DeepEqual(got, want) {
		t.Error("without stored actors, the page did not find its own")
	}
	e := NewBrowserEnv(c, corpus.DefaultDerived())
	if !e.ActorsPending() || !e.FindActors() || !reflect.DeepEqual(e.Actors, want) {
		t.Error("the browser's environment did not put off reading the stored actors, or read others")
	}
}
