package app

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// notFound is shown for any path the explorer does not serve.
type notFound struct {
	app.Compo
	// header draws the page's header: the explorer's, of whichever form.
	header func() app.UI
}

func (n *notFound) Render() app.UI {
	return app.Elem("div").Class("page").Body(
		n.header(),
		app.Elem("main").Class("not-found").Body(
			app.Elem("h2").Text("This page does not exist"),
			app.Elem("p").Text("Parallax has one page: the explorer. Its searches and articles live in the link's ?q= and ?article= parameters."),
			app.Elem("a").Attr("href", rootURL()).Text("Open the explorer"),
		),
		renderFooter(),
	)
}

// OnMount marks the page ready.
func (n *notFound) OnMount(ctx app.Context) { markReady() }
