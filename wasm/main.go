//go:build js && wasm

// Command wasm is the Parallax explorer as it runs in the browser: the
// default corpus embedded, indexed at start, and the go-app components of
// package app. Nothing server-side (go-app's Handler, the static builder,
// net/http) is reachable from here, which keeps app.wasm small.
package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	pxapp "github.com/parallax-news/parallax/app"
	"github.com/parallax-news/parallax/corpus"
)

func main() {
	// The marks time start-up in the browser's performance timeline.
	perf := app.Window().Get("performance")
	perf.Call("mark", "parallax-main")
	c, err := corpus.Default()
	if err != nil {
		// The embedded corpus is part of the build: say so rather than
		// show a blank page.
		app.Window().Get("document").Get("body").Set("textContent", "Parallax could not read its embedded articles: "+err.Error())
		return
	}
	perf.Call("mark", "parallax-parsed")
	e := pxapp.NewEnv(c)
	perf.Call("mark", "parallax-indexed")
	pxapp.Register(e)
	app.RunWhenOnBrowser()
}
