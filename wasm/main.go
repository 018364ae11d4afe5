//go:build js && wasm

// Command wasm is the Parallax explorer as it runs in the browser: the
// corpus the site was built with (the embedded default unless the site
// ships a snapshot), indexed at start, and the go-app components of
// package app. A large corpus's sharded site ships package wasm/sharded
// as its app.wasm instead: neither carries the other's code. Nothing
// server-side (go-app's Handler, the static builder, net/http) is
// reachable from here, which keeps app.wasm small.
package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	pxapp "github.com/parallax-news/parallax/app"
)

func main() {
	// The marks time start-up in the browser's performance timeline.
	perf := app.Window().Get("performance")
	perf.Call("mark", "parallax-main")
	body := app.Window().Get("document").Get("body")
	if pxapp.Sharded() {
		body.Set("textContent", "Parallax could not read its articles: this page ships a sharded index, and its app.wasm is the one for a corpus held whole. Build the site again with `parallax build`.")
		return
	}
	c, derived, err := pxapp.LoadCorpus()
	if err != nil {
		// Say what failed rather than leave a blank page.
		body.Set("textContent", "Parallax could not read its articles: "+err.Error())
		return
	}
	perf.Call("mark", "parallax-parsed")
	e, err := pxapp.NewBrowserEnv(c, derived)
	if err != nil {
		body.Set("textContent", "Parallax could not read its articles: "+err.Error())
		return
	}
	perf.Call("mark", "parallax-indexed")
	pxapp.Register(e)
	app.RunWhenOnBrowser()
}
