//go:build js && wasm

package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/dates"
	"github.com/parallax-news/parallax/internal/actorwasm"
	"github.com/parallax-news/parallax/search"
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
func findActors(c *corpus.Corpus) (*actors.Set, string, error) {
	find, err := actorFinder(actorwasm.Global)
	if err != nil {
		return nil, "", err
	}
	snapshot, err := corpus.MarshalSnapshot(c, corpus.Derived{})
	if err != nil {
		return nil, "", err
	}
	arr := app.Window().Get("Uint8Array").New(len(snapshot))
	app.CopyBytesToJS(arr, snapshot)
	answer := find.Invoke(app.JSValue(arr))
	if msg := answer.Get("error"); msg.Truthy() {
		return nil, "", errors.New(msg.String())
	}
	stored := string(goBytes(answer))
	set, err := actors.ReadSet(c, stored)
	if err != nil {
		return nil, "", fmt.Errorf("the actor finder's answer does not read: %w", err)
	}
	return set, stored, nil
}

// goBytes copies a Uint8Array into Go.
func goBytes(arr app.Value) []byte {
	b := make([]byte, arr.Get("length").Int())
	app.CopyBytesToGo(b, arr)
	return b
}

// actorFinder returns the actor finder's function of that name
// (actorwasm.Global or actorwasm.Compare), loading the finder first if
// need be.
func actorFinder(name string) (app.Value, error) {
	win := app.Window()
	if f := win.Get(name); f.Type() == app.TypeFunction {
		return f, nil
	}
	load := win.Get(finderLoader)
	if load.Type() != app.TypeFunction {
		return nil, errors.New("this page cannot load the actor finder: build the site again with `parallax build`")
	}
	if _, err := await(load.Invoke()); err != nil {
		return nil, fmt.Errorf("the actor finder did not load (%v): reload the page, online, to try again", err)
	}
	f := win.Get(name)
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

// finderComparisons asks the actor finder's wasm for the comparisons of
// some articles, their dated events and their index: that code is there,
// not in app.wasm, so a visit that only searches the site's articles never
// downloads it.
type finderComparisons struct {
	c *corpus.Corpus
	// actors gives the articles' actors as stored (actors.MarshalSet),
	// "" while there are none.
	actors func() string
}

func newComparisons(e *Env) comparisons {
	return &finderComparisons{c: e.Corpus, actors: func() string { return e.actorsStored }}
}

// newIndex indexes c with the actor finder's wasm.
func newIndex(c *corpus.Corpus) (*search.Index, error) {
	f := &finderComparisons{c: c, actors: func() string { return "" }}
	var stored []byte
	if err := f.ask(&stored, actorwasm.AskIndex); err != nil {
		return nil, err
	}
	return search.ReadIndex(c, string(stored))
}

// parseFile reads a file a reader adds in the page with the actor
// finder's wasm, which holds the cleaner.
func parseFile(name string, data []byte) (*corpus.Article, error) {
	fn, err := actorFinder(actorwasm.Parse)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	arr := app.Window().Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(arr, data)
	answer := fn.Invoke(name, app.JSValue(arr))
	if msg := answer.Get("error"); msg.Truthy() {
		return nil, errors.New(msg.String())
	}
	var p actorwasm.Parsed
	if err := json.Unmarshal(goBytes(answer), &p); err != nil {
		return nil, fmt.Errorf("%s: the file reader's answer does not read (%v): reload the page", name, err)
	}
	c, _, err := corpus.ReadSnapshot(p.Snapshot)
	if err != nil || len(c.Articles) != 1 {
		return nil, fmt.Errorf("%s: the file reader's answer does not read (%v): reload the page", name, err)
	}
	a := c.Articles[0]
	a.Warnings = p.Warnings
	return a, nil
}

// key names the articles and their actors for the finder.
func (f *finderComparisons) key() string {
	h := fnv.New64a()
	io.WriteString(h, f.actors())
	return actorwasm.Key(f.c) + "-" + strconv.FormatUint(h.Sum64(), 16)
}

func (f *finderComparisons) Pair(a, b string) (r compare.Result, err error) {
	err = f.ask(&r, actorwasm.AskPair, a, b)
	return r, err
}

func (f *finderComparisons) Overview(maxRelated int) (o actorwasm.Overview, err error) {
	err = f.ask(&o, actorwasm.AskOverview, strconv.Itoa(maxRelated))
	return o, err
}

func (f *finderComparisons) Sources() (s []compare.Sourcing, err error) {
	err = f.ask(&s, actorwasm.AskSources)
	return s, err
}

func (f *finderComparisons) Events() ([]dates.Event, error) {
	var stored []byte
	if err := f.ask(&stored, actorwasm.AskEvents); err != nil {
		return nil, err
	}
	return dates.ReadEvents(f.c, string(stored))
}

// ask puts a question to the finder and reads its answer into v. The
// finder keeps the last corpus it was sent: the articles go with the
// question only when it holds others.
func (f *finderComparisons) ask(v any, question string, args ...string) error {
	fn, err := actorFinder(actorwasm.Compare)
	if err != nil {
		return err
	}
	key := f.key()
	call := func(snapshot any) app.Value {
		in := []any{key, snapshot, question}
		for _, a := range args {
			in = append(in, a)
		}
		return fn.Invoke(in...)
	}
	answer := call(nil)
	if answer.Get("stale").Truthy() {
		data, err := corpus.MarshalSnapshot(f.c, corpus.Derived{Actors: f.actors()})
		if err != nil {
			return err
		}
		arr := app.Window().Get("Uint8Array").New(len(data))
		app.CopyBytesToJS(arr, data)
		answer = call(app.JSValue(arr))
	}
	if msg := answer.Get("error"); msg.Truthy() {
		return errors.New(msg.String())
	}
	if err := json.Unmarshal(goBytes(answer), v); err != nil {
		return fmt.Errorf("the comparison's answer does not read (%v): reload the page", err)
	}
	return nil
}
