//go:build js && wasm

// Command sharded is the Parallax explorer of a large corpus as it runs
// in the browser: the sharded index the site ships, fetched a file at a
// time (docs/large-corpora.md), and the go-app components of package app.
// `parallax build` ships it as the site's app.wasm when it writes the
// sharded form; the explorer of a corpus held whole is package wasm.
// Each carries only its own form's code, which keeps both smaller.
package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	pxapp "github.com/parallax-news/parallax/app"
)

func main() {
	// The marks time start-up in the browser's performance timeline.
	app.Window().Get("performance").Call("mark", "parallax-main")
	body := app.Window().Get("document").Get("body")
	if !pxapp.Sharded() {
		body.Set("textContent", "Parallax could not read its articles: this page ships a whole corpus, and its app.wasm is the one for a sharded site. Build the site again with `parallax build`.")
		return
	}
	e, err := pxapp.OpenShards()
	if err != nil {
		body.Set("textContent", "Parallax could not open its articles: "+err.Error())
		return
	}
	pxapp.RegisterSharded(e)
	app.RunWhenOnBrowser()
}
