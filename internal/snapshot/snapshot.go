// Package snapshot writes the snapshot of a corpus that the browser reads
// (corpus.MarshalSnapshot) with everything the build derives from it for
// the page: the search index, the actors and the dated events. The static build and the
// embedded default corpus (corpus/gen.go) both write it here, so the two
// cannot drift apart.
package snapshot

import (
	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/dates"
	"github.com/parallax-news/parallax/search"
)

// Of returns the snapshot of c with its search index, actors and events.
func Of(c *corpus.Corpus) ([]byte, error) {
	return With(c, search.NewIndex(c), find.Actors(c))
}

// With returns the snapshot of c with the search index and actors made
// from it already, which a server has for its pages, and its events.
func With(c *corpus.Corpus, ix *search.Index, set *actors.Set) ([]byte, error) {
	found, err := actors.MarshalSet(set, c)
	if err != nil {
		return nil, err
	}
	events, err := dates.MarshalEvents(dates.Events(c), c)
	if err != nil {
		return nil, err
	}
	return corpus.MarshalSnapshot(c, corpus.Derived{
		Index:  string(search.MarshalIndex(ix)),
		Actors: string(found),
		Events: string(events),
	})
}
