//go:build js && wasm

// Command engine exposes Parallax's search to the browser benchmark, over
// the default corpus or a generated one, so it runs in the same browser as
// its JavaScript peers:
//
//	engine.load(n)        index the default corpus (0) or n generated articles; ms taken
//	engine.search(q)      the hits as JSON: [{"passage", "text"}]
//	engine.reset(limit)   a new search box, showing at most limit hits
//	engine.key(q)         the search of one keystroke, through a search.Typist; the hit count
//	engine.remote(url)    open the sharded index at url (a search.Remote); a promise of its stats
//	engine.rkey(q)        the search of one keystroke through it, limit hits; a promise of
//	                      {hits, total, requests, rounds, bytes}, the last three since it opened
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"syscall/js"
	"time"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/testkit/synth"
	"github.com/parallax-news/parallax/search"
)

var ix *search.Index

func main() {
	engine := js.Global().Get("Object").New()
	engine.Set("load", js.FuncOf(load))
	engine.Set("search", js.FuncOf(find))
	engine.Set("reset", js.FuncOf(reset))
	engine.Set("key", js.FuncOf(key))
	engine.Set("remote", js.FuncOf(openRemote))
	engine.Set("rkey", js.FuncOf(remoteKey))
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

var (
	remote      *search.Remote
	remoteLimit = 50
)

func openRemote(this js.Value, args []js.Value) any {
	base := args[0].String()
	return promise(func() (any, error) {
		r, err := search.OpenRemote(func(name string) ([]byte, error) { return fetch(base + name) })
		if err != nil {
			return nil, err
		}
		remote = r
		return stats(r.Stats()), nil
	})
}

func remoteKey(this js.Value, args []js.Value) any {
	q := args[0].String()
	return promise(func() (any, error) {
		res, err := remote.Search(q, remoteLimit)
		if err != nil {
			return nil, err
		}
		out := stats(remote.Stats())
		out["hits"], out["total"] = len(res.Hits), res.Total
		return out, nil
	})
}

func stats(s search.RemoteStats) map[string]any {
	return map[string]any{"requests": s.Requests, "rounds": s.Rounds, "bytes": s.Bytes}
}

// promise runs f in a goroutine, which may block on fetches, and returns
// a JavaScript promise of its result.
func promise(f func() (any, error)) js.Value {
	var executor js.Func
	executor = js.FuncOf(func(this js.Value, args []js.Value) any {
		resolve, reject := args[0], args[1]
		go func() {
			defer executor.Release()
			v, err := f()
			if err != nil {
				reject.Invoke(err.Error())
				return
			}
			resolve.Invoke(js.ValueOf(v))
		}()
		return nil
	})
	return js.Global().Get("Promise").New(executor)
}

// fetch gets url with the browser's fetch and returns its body.
func fetch(url string) ([]byte, error) {
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	var onBody, onResponse, onError js.Func
	onError = js.FuncOf(func(this js.Value, args []js.Value) any {
		done <- result{err: errors.New(args[0].Call("toString").String())}
		return nil
	})
	onBody = js.FuncOf(func(this js.Value, args []js.Value) any {
		b := js.Global().Get("Uint8Array").New(args[0])
		data := make([]byte, b.Length())
		js.CopyBytesToGo(data, b)
		done <- result{data: data}
		return nil
	})
	onResponse = js.FuncOf(func(this js.Value, args []js.Value) any {
		resp := args[0]
		if !resp.Get("ok").Bool() {
			done <- result{err: fmt.Errorf("%s: HTTP %d", url, resp.Get("status").Int())}
			return nil
		}
		resp.Call("arrayBuffer").Call("then", onBody).Call("catch", onError)
		return nil
	})
	js.Global().Call("fetch", url).Call("then", onResponse).Call("catch", onError)
	r := <-done
	onBody.Release()
	onResponse.Release()
	onError.Release()
	return r.data, r.err
}
