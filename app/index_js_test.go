//go:build js && wasm

package app

import (
	"reflect"
	"testing"

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
	if got := indexOf(c, corpus.DefaultIndex()); !reflect.DeepEqual(got, want) {
		t.Error("the stored default index differs from the one NewIndex builds")
	}
	if got := indexOf(c, "parallax-index/1\ndamaged"); !reflect.DeepEqual(got, want) {
		t.Error("with a damaged stored index, the page did not build its own")
	}
	if got := indexOf(c, ""); !reflect.DeepEqual(got, want) {
		t.Error("without a stored index, the page did not build its own")
	}
}
