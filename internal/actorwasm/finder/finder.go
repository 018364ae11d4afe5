// Package finder is the actor finder's side of package actorwasm: the
// function the finder's wasm puts on the page (Register, in the browser)
// and what it does (Find). The explorer's app.wasm must not import it.
package finder

import (
	"fmt"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/corpus"
)

// Find finds the actors of the corpus snapshot data and returns them
// stored. A snapshot that does not read, or an extractor that fails, is
// an error, never a crash of the page's finder.
func Find(data []byte) (stored string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the actor finder failed: %v", r)
		}
	}()
	c, _, err := corpus.ReadSnapshot(data)
	if err != nil {
		return "", fmt.Errorf("the actor finder could not read the articles: %w", err)
	}
	b, err := actors.MarshalSet(find.Actors(c), c)
	if err != nil {
		return "", err
	}
	return string(b), nil
}
