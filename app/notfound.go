package app

import (
	"sync"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// notFound is shown for any path the explorer does not serve.
type notFound struct {
	app.Compo
}

func (n *notFound) Render() app.UI {
	return app.Div().Class("page").Body(
		renderHeader(env.Corpus),
		app.Main().Class("not-found").Body(
			app.H2().Text("This page does not exist"),
			app.P().Text("Parallax has one page: the explorer. Its searches and articles live in the link's ?q= and ?article= parameters."),
			app.A().Href(rootURL()).Text("Open the explorer"),
		),
	)
}

// rootURL is the explorer's address under the site's base path, set by the
// handler in GOAPP_ROOT_PREFIX ("" at the root of a host).
func rootURL() string {
	rootOnce.Do(func() { root = app.Getenv("GOAPP_ROOT_PREFIX") + "/" })
	return root
}

var (
	rootOnce sync.Once
	root     string
)
