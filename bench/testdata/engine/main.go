//go:build js && wasm

// Command engine exposes Parallax's search to the browser benchmark, over
// the default corpus or a generated one, so it runs in the same browser as
// its JavaScript peers:
//
//	engine.load(n)        index the default corpus (0) or n generated articles; ms taken
//	engine.search(q)      the hits as JSON: [{"passage", "text"}]
//	engine.reset(limit)   a new search box, showing at most limit hits
//	engine.key(q)         the search of one keystroke, through a search.Typist; the hit count
package main

import (
	"encoding/json"
	"syscall/js"
	"time"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/synth"
	"github.com/parallax-news/parallax/search"
)

var ix *search.Index

func main() {
	engine := js.Global().Get("Object").New()
	engine.Set("load", js.FuncOf(load))
	engine.Set("search", js.FuncOf(find))
	engine.Set("reset", js.FuncOf(reset))
	engine.Set("key", js.FuncOf(key))
	js.Global().Set("engine", engine)
	js.Global().Get("document").Get("documentElement").Get("dataset").Set("ready", "true")
	select {}
}

func load(this js.Value, args []js.Value) any {
	start := time.Now()
	var c *corpus.Corpus
	var err error
	if n := args[0].Int(); n == 0 {
		c, err = corpus.Default()
	} else {
		c, err = synth.Corpus(n, 1)
	}
	if err != nil {
		return err.Error()
	}
	ix = search.NewIndex(c)
	return float64(time.Since(start).Microseconds()) / 1000
}

type hit struct {
	Passage string `json:"passage"`
	Text    string `json:"text"`
}

func find(this js.Value, args []js.Value) any {
	r := ix.Search(args[0].String(), search.Options{})
	hits := make([]hit, len(r.Hits))
	for i, h := range r.Hits {
		hits[i] = hit{h.Passage, h.Text}
	}
	b, _ := json.Marshal(hits)
	return string(b)
}

var typist *search.Typist

func reset(this js.Value, args []js.Value) any {
	typist = ix.NewTypist(search.Options{Limit: args[0].Int()})
	return nil
}

func key(this js.Value, args []js.Value) any {
	return len(typist.Search(args[0].String()).Hits)
}
