//go:build js && wasm

// Command wasm is the Parallax explorer as it runs in the browser: the
// corpus the site was built with (the embedded default unless the site
// ships a snapshot), indexed at start, or for a large corpus the sharded
// index the site ships, fetched a file at a time; and the go-app
// components of package app. Nothing server-side (go-app's Handler, the static builder,
// net/http) is reachable from here, which keeps app.wasm small.
package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	pxapp "github.com/parallax-news/parallax/app"
)

func main() {
	// The marks time start-up in the browser's performance timeline.
	perf := app.Window().Get("performance")
	perf.Call("mark", "parallax-main")
	if pxapp.Sharded() {
		// A large corpus: the page fetches only what each search needs.
		e, err := pxapp.OpenShards()
		if err != nil {
			app.Window().Get("document").Get("body").Set("textContent", "Parallax could not open its articles: "+err.Error())
			return
		}
		pxapp.RegisterSharded(e)
		app.RunWhenOnBrowser()
		return
	}
	c, derived, err := pxapp.LoadCorpus()
	if err != nil {
		// Say what failed rather than leave a blank page.
		app.Window().Get("document").Get("body").Set("textContent", "Parallax could not read its articles: "+err.Error())
		return
	}
	perf.Call("mark", "parallax-parsed")
	e := pxapp.NewBrowserEnv(c, derived)
	perf.Call("mark", "parallax-indexed")
	pxapp.Register(e)
	app.RunWhenOnBrowser()
}
