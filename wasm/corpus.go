//go:build js && wasm

package main

import (
	"errors"
	"strconv"
	"syscall/js"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	pxapp "github.com/parallax-news/parallax/app"
	"github.com/parallax-news/parallax/corpus"
)

// loadCorpus returns the articles the site was built with: a snapshot inline
// in the single file, a snapshot beside app.wasm, or the embedded default.
func loadCorpus() (*corpus.Corpus, error) {
	if el := js.Global().Get("document").Call("getElementById", pxapp.CorpusElement); el.Truthy() {
		return corpus.ReadSnapshot([]byte(el.Get("textContent").String()))
	}
	if u := app.Getenv(pxapp.CorpusEnv); u != "" {
		data, err := fetchBytes(u)
		if err != nil {
			return nil, err
		}
		return corpus.ReadSnapshot(data)
	}
	return corpus.Default()
}

// fetchBytes downloads a file of the site, waiting for the browser's fetch.
func fetchBytes(u string) ([]byte, error) {
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	onResponse := js.FuncOf(func(this js.Value, args []js.Value) any {
		r := args[0]
		if !r.Get("ok").Bool() {
			msg := u + ": HTTP " + strconv.Itoa(r.Get("status").Int()) + " " + r.Get("statusText").String()
			return js.Global().Get("Promise").Call("reject", js.Global().Get("Error").New(msg))
		}
		return r.Call("arrayBuffer")
	})
	onBytes := js.FuncOf(func(this js.Value, args []js.Value) any {
		buf := js.Global().Get("Uint8Array").New(args[0])
		data := make([]byte, buf.Get("length").Int())
		js.CopyBytesToGo(data, buf)
		done <- result{data: data}
		return nil
	})
	onError := js.FuncOf(func(this js.Value, args []js.Value) any {
		done <- result{err: errors.New(args[0].Call("toString").String())}
		return nil
	})
	defer onResponse.Release()
	defer onBytes.Release()
	defer onError.Release()
	js.Global().Call("fetch", u).Call("then", onResponse).Call("then", onBytes).Call("catch", onError)
	r := <-done
	if r.err != nil {
		return nil, errors.New("downloading the articles failed (" + r.err.Error() + "): check the connection and reload")
	}
	return r.data, nil
}
