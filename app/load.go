package app

import (
	"encoding/base64"
	"errors"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/search"
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

// fetchRange downloads bytes [from, to) of a file of the site with a
// range request. A host that answers with the whole file (200, not 206,
// as Python's http.server does) is cut off at once and the answer is
// search.ErrNoRanges, so that the index reads whole files instead.
func fetchRange(u string, from, to int64) ([]byte, error) {
	win := app.Window()
	ctrl := win.Get("AbortController").New()
	headers := win.Get("Object").New()
	headers.Set("Range", "bytes="+strconv.FormatInt(from, 10)+"-"+strconv.FormatInt(to-1, 10))
	opts := win.Get("Object").New()
	opts.Set("headers", headers)
	opts.Set("signal", ctrl.Get("signal"))
	resp, err := await(win.Call("fetch", u, opts))
	if err != nil {
		return nil, err
	}
	switch status := resp.Get("status").Int(); {
	case status == 206:
	case resp.Get("ok").Bool():
		ctrl.Call("abort")
		return nil, search.ErrNoRanges
	default:
		return nil, errors.New(u + ": HTTP " + strconv.Itoa(status) + " " + resp.Get("statusText").String())
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
