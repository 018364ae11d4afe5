// Package snapshot writes the snapshot of a corpus that the browser reads
// (corpus.MarshalSnapshot) with everything the build derives from it for
// the page: the search index and the actors. The static build and the
// embedded default corpus (corpus/gen.go) both write it here, so the two
// cannot drift apart.
package snapshot

import (
	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/search"
)

// Of returns the snapshot of c with its search index and actors.
func Of(c *corpus.Corpus) ([]byte, error) {
	found, err := actors.MarshalSet(actors.Extract(c), c)
	if err != nil {
		return nil, err
	}
	return corpus.MarshalSnapshot(c, corpus.Derived{
		Index:  string(search.MarshalIndex(search.NewIndex(c))),
		Actors: string(found),
	})
}
