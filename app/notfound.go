package app

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// notFound is shown for any path the explorer does not serve.
type notFound struct {
	app.Compo
}

func (n *notFound) Render() app.UI {
	return app.Div().Class("page").Body(
		renderHeader(env.Corpus),
		app.Elem("main").Class("not-found").Body(
			app.Elem("h2").Text("This page does not exist"),
			app.P().Text("Parallax has one page: the explorer. Its searches and articles live in the link's ?q= and ?article= parameters."),
			app.Elem("a").Attr("href", rootURL()).Text("Open the explorer"),
		),
		renderFooter(),
	)
}

// OnMount marks the page ready.
func (n *notFound) OnMount(ctx app.Context) { markReady() }

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
