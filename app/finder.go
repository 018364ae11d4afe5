//go:build !js

package app

import (
	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/actorwasm/finder"
	"github.com/parallax-news/parallax/search"
)

// findActors finds the actors of c. Natively (the server, the static
// build, the tests) the extractor is part of the program; in the browser
// it is a wasm of its own (finder_js.go). Natively the set is not stored.
func findActors(c *corpus.Corpus) (*actors.Set, string, error) { return find.Actors(c), "", nil }

// prepareActorFinder starts loading the actor finder where it is not part
// of the program: natively it is.
func prepareActorFinder() {}

// parseFile reads a file a reader adds in the page: natively with
// package corpus, in the browser with the actor finder's wasm.
func parseFile(name string, data []byte) (*corpus.Article, error) {
	return corpus.Parse(name, data, corpus.Meta{})
}

// newIndex indexes c: natively with package search, in the browser with
// the actor finder's wasm.
func newIndex(c *corpus.Corpus) (*search.Index, error) { return search.NewIndex(c), nil }

// newComparisons works out the comparisons of e's articles in the
// program, as the finder's wasm does in the browser.
func newComparisons(e *Env) comparisons { return finder.NewComparisons(e.Corpus, e.Actors) }
