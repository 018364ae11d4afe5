package app

import (
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/dates"
	"github.com/parallax-news/parallax/internal/actorwasm"
)

// comparisons work out what the comparison views show for one Env's
// articles, and the dated events when the build did not store them:
// natively package compare itself (finder.go), in the browser
// the actor finder's wasm, which holds the comparison's code so that
// app.wasm does not (finder_js.go).
type comparisons interface {
	// Pair compares the articles with ids a and b.
	Pair(a, b string) (compare.Result, error)
	// Overview gives the overview; every pair's relation only for at
	// most maxRelated articles.
	Overview(maxRelated int) (actorwasm.Overview, error)
	// Sources gives, outlet by outlet, whose words each carries.
	Sources() ([]compare.Sourcing, error)
	// Events gives the dated events the articles report (dates.Events).
	Events() ([]dates.Event, error)
}
