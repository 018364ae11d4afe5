package app

import (
	"encoding/base64"
	"errors"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/corpus"
)

// LoadCorpus returns, in the browser, the articles the site was built with
// and what the build derived from them (for NewBrowserEnv): a snapshot
// inline in the single file, a snapshot beside app.wasm, or the embedded
// default. It waits for the download, so call it before the app
// runs (from the wasm main), not from an event handler.
func LoadCorpus() (*corpus.Corpus, corpus.Derived, error) {
	if el := app.Window().GetElementByID(CorpusElement); el.Truthy() {
		data, err := base64.StdEncoding.DecodeString(strings.TrimSpace(el.Get("textContent").String()))
		if err != nil {
			return nil, corpus.Derived{}, errors.New("the articles inside this page are damaged (" + err.Error() + "): build the single file again with `parallax build -single-file`")
		}
		return corpus.ReadSnapshot(data)
	}
	if u := app.Getenv(CorpusEnv); u != "" {
		data, err := fetchBytes(u)
		if err != nil {
			return nil, corpus.Derived{}, errors.New("downloading the articles failed (" + err.Error() + "): check the connection and reload")
		}
		return corpus.ReadSnapshot(data)
	}
	c, err := corpus.Default()
	return c, corpus.DefaultDerived(), err
}

// fetchBytes downloads a file of the site.
func fetchBytes(u string) ([]byte, error) {
	resp, err := await(app.Window().Call("fetch", u))
	if err != nil {
		return nil, err
	}
	if !resp.Get("ok").Bool() {
		return nil, errors.New(u + ": HTTP " + strconv.Itoa(resp.Get("status").Int()) + " " + resp.Get("statusText").String())
	}
	buf, err := await(resp.Call("arrayBuffer"))
	if err != nil {
		return nil, err
	}
	return bytesOf(buf), nil
}

// bytesOf copies a JavaScript ArrayBuffer into Go.
func bytesOf(buf app.Value) []byte {
	arr := app.Window().Get("Uint8Array").New(buf)
	data := make([]byte, arr.Get("length").Int())
	app.CopyBytesToGo(data, arr)
	return data
}
