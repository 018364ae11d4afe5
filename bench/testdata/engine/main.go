//go:build js && wasm

// Command engine exposes Parallax's search to the browser benchmark, over
// the default corpus or a generated one, so it runs in the same browser as
// its JavaScript peers:
//
//	engine.load(n)        index the default corpus (0) or n generated articles; ms taken
//	engine.search(q)      the hits as JSON: [{"passage", "text"}]
//	engine.type(json)     type each query of a JSON list key by key; ms per keystroke
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
	engine.Set("type", js.FuncOf(typeQueries))
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

// typeQueries searches every prefix of every query, as a user typing
// them, through a Typist that refines as the query grows.
func typeQueries(this js.Value, args []js.Value) any {
	var queries []string
	json.Unmarshal([]byte(args[0].String()), &queries)
	var ms []float64
	for _, q := range queries {
		t := ix.NewTypist(search.Options{Limit: 50})
		for i := 1; i <= len(q); i++ {
			start := time.Now()
			t.Search(q[:i])
			ms = append(ms, float64(time.Since(start).Microseconds())/1000)
		}
	}
	b, _ := json.Marshal(ms)
	return string(b)
}
