// Package snapshot writes the snapshot of a corpus that the browser reads
// (corpus.MarshalSnapshot) with everything the build derives from it for
// the page: the search index and the actors. The static build and the
// embedded default corpus (corpus/gen.go) both write it here, so the two
// cannot drift apart.
package snapshot

import (
	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/search"
)

// Of returns the snapshot of c with its search index and actors.
func Of(c *corpus.Corpus) ([]byte, error) {
	return With(c, search.NewIndex(c), find.Actors(c))
}

// With returns the snapshot of c with the search index and actors made
// from it already, which a server has for its pages.
func With(c *corpus.Corpus, ix *search.Index, set *actors.Set) ([]byte, error) {
	found, err := actors.MarshalSet(set, c)
	if err != nil {
		return nil, err
	}
	return corpus.MarshalSnapshot(c, corpus.Derived{
		Index:  string(search.MarshalIndex(ix)),
		Actors: string(found),
	})
}
