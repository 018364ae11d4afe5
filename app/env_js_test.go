//go:build js && wasm

package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// go-app's generated app.js defines goappGetenv for the page; the test
// runner's page has no app.js, so give it the empty environment of a site
// served at the root of its host.
func init() {
	app.Window().Set("goappGetenv", app.FuncOf(func(this app.Value, args []app.Value) any { return "" }))
}
