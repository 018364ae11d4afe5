//go:build js && wasm

package app

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/internal/actorwasm/finder"
)

// go-app's generated app.js defines goappGetenv for the page; the test
// runner's page has no app.js, so give it the empty environment of a site
// served at the root of its host.
//
// The actor finder is a wasm of its own in a page; the tests register its
// function from their own binary, so the explorer reaches it as in a page.
func init() {
	finder.Register()
	app.Window().Set("goappGetenv", app.FuncOf(func(this app.Value, args []app.Value) any { return "" }))
}
