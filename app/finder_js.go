//go:build js && wasm

package app

import (
	"errors"
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/actorwasm"
)

// finderLoader is the page script's function that loads the actor finder
// (web/finder.wasm, or the copy inside the single file) and returns a
// promise settled once its function is on the page.
const finderLoader = "parallaxLoadFinder"

// findActors finds the actors of c with the actor finder, a wasm of its
// own (wasm/finder): the extractor is the largest part of Parallax, and
// a visit that only reads the site's own articles, whose actors the
// build stored, never needs it. It runs on the page's one thread, as the
// extractor did inside app.wasm; only its download waits, and for that
// the browser is free.
func findActors(c *corpus.Corpus) (*actors.Set, error) {
	find, err := actorFinder()
	if err != nil {
		return nil, err
	}
	snapshot, err := corpus.MarshalSnapshot(c, corpus.Derived{})
	if err != nil {
		return nil, err
	}
	arr := app.Window().Get("Uint8Array").New(len(snapshot))
	app.CopyBytesToJS(arr, snapshot)
	answer := find.Invoke(app.JSValue(arr))
	if msg := answer.Get("error"); msg.Truthy() {
		return nil, errors.New(msg.String())
	}
	stored := make([]byte, answer.Get("length").Int())
	app.CopyBytesToGo(stored, answer)
	set, err := actors.ReadSet(c, string(stored))
	if err != nil {
		return nil, fmt.Errorf("the actor finder's answer does not read: %w", err)
	}
	return set, nil
}

// actorFinder returns the actor finder's function, loading it first if
// need be.
func actorFinder() (app.Value, error) {
	win := app.Window()
	if f := win.Get(actorwasm.Global); f.Type() == app.TypeFunction {
		return f, nil
	}
	load := win.Get(finderLoader)
	if load.Type() != app.TypeFunction {
		return nil, errors.New("this page cannot load the actor finder: build the site again with `parallax build`")
	}
	if _, err := await(load.Invoke()); err != nil {
		return nil, fmt.Errorf("the actor finder did not load (%v): reload the page, online, to try again", err)
	}
	f := win.Get(actorwasm.Global)
	if f.Type() != app.TypeFunction {
		return nil, errors.New("the actor finder loaded but did not start: reload the page to try again")
	}
	return f, nil
}

// prepareActorFinder starts loading the actor finder, for a page that
// will need it: the page script keeps one load, which actorFinder then
// waits for.
func prepareActorFinder() {
	if load := app.Window().Get(finderLoader); load.Type() == app.TypeFunction {
		load.Invoke()
	}
}
