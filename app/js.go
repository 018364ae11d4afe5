package app

import (
	"errors"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// await waits for a JavaScript promise. Call it off the UI goroutine
// (ctx.Async): the browser settles the promise while Go waits.
func await(promise app.Value) (app.Value, error) {
	type settled struct {
		v   app.Value
		err error
	}
	done := make(chan settled, 1)
	then := app.FuncOf(func(this app.Value, args []app.Value) any {
		done <- settled{v: args[0]}
		return nil
	})
	catch := app.FuncOf(func(this app.Value, args []app.Value) any {
		done <- settled{err: errors.New(args[0].Call("toString").String())}
		return nil
	})
	defer then.Release()
	defer catch.Release()
	promise.Call("then", then, catch)
	s := <-done
	return s.v, s.err
}

// markReady sets data-ready on the page's root element once a page is live
// in the browser: until then, what shows is the pre-rendered HTML, whose
// links reload the page. Tests and styles can wait for it, and the
// benchmark reads the performance mark parallax-ready. Only the first call
// counts; later navigations leave both alone.
func markReady() {
	if app.IsServer {
		return
	}
	dataset := app.Window().Get("document").Get("documentElement").Get("dataset")
	if dataset.Get("ready").Truthy() {
		return
	}
	dataset.Set("ready", "true")
	app.Window().Get("performance").Call("mark", "parallax-ready")
}

// rootURL is the explorer's address under the site's base path, set by the
// handler in GOAPP_ROOT_PREFIX ("" at the root of a host). In the single
// file the explorer is the file itself, so the root is its empty query.
func rootURL() string {
	if SingleFile() {
		return "?"
	}
	return app.Getenv("GOAPP_ROOT_PREFIX") + "/"
}

// setSearchBox puts q in the search box when it holds something else, on
// navigation. The box's value attribute is the query of the last
// navigation, not of the last keystroke: a render for one keystroke that
// set it could erase keys typed since, which the page had not read yet.
func setSearchBox(q string) {
	if app.IsServer {
		return
	}
	el := app.Window().GetElementByID("q")
	if el.Truthy() && el.Get("value").String() != q {
		el.Set("value", q)
	}
}
