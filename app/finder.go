//go:build !js

package app

import (
	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/actorwasm/finder"
)

// findActors finds the actors of c. Natively (the server, the static
// build, the tests) the extractor is part of the program; in the browser
// it is a wasm of its own (finder_js.go). Natively the set is not stored.
func findActors(c *corpus.Corpus) (*actors.Set, string, error) { return find.Actors(c), "", nil }

// prepareActorFinder starts loading the actor finder where it is not part
// of the program: natively it is.
func prepareActorFinder() {}

// newComparisons works out the comparisons of e's articles in the
// program, as the finder's wasm does in the browser.
func newComparisons(e *Env) comparisons { return finder.NewComparisons(e.Corpus, e.Actors) }
