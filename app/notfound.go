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
	return elemClassBody("div", "page",
		n.header(),
		elemClassBody("main", "not-found",
			elemText("h2", "This page does not exist"),
			elemText("p", "Parallax has one page: the explorer. Its searches and articles live in the link's ?q= and ?article= parameters."),
			linkText(rootURL(), "Open the explorer"),
		),
		renderFooter(),
	)
}

// OnMount marks the page ready.
func (n *notFound) OnMount(ctx app.Context) { markReady() }
