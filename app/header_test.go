//go:build !js

package app

import (
	"sync"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/internal/testkit/synth"
)

// BenchmarkHeader draws the header as a keystroke's results do, over a
// corpus of 4,000 generated articles (just under the size at which the
// build shards the index): the counts it shows are worked out once per
// corpus, not on every draw.
func BenchmarkHeader(b *testing.B) {
	c, err := synth.Corpus(4000, 1)
	if err != nil {
		b.Fatal(err)
	}
	e := &Env{Corpus: c}
	b.ResetTimer()
	for range b.N {
		app.HTMLString(renderHeader(e))
	}
}

// BenchmarkExplorerRender draws the explorer's results for a query, as
// every keystroke does, over 500 generated articles with their actors:
// what the draw costs beyond the search.
func BenchmarkExplorerRender(b *testing.B) {
	e := renderBench(b)
	b.ResetTimer()
	for range b.N {
		e.Render()
	}
}

// renderBenchEnv is the explorer BenchmarkExplorerRender draws, made
// once: finding the actors of its articles takes seconds, and a benchmark
// function runs several times.
var renderBenchEnv = sync.OnceValues(func() (*explorer, error) {
	c, err := synth.Corpus(500, 1)
	if err != nil {
		return nil, err
	}
	ix, _ := newIndex(c)
	set, _, _ := findActors(c)
	e := newExplorer(&session{env: &Env{Corpus: c, Index: ix, Actors: set}})
	e.shown.Query = "Shoigu"
	e.runSearch()
	return e, nil
})

func renderBench(b *testing.B) *explorer {
	e, err := renderBenchEnv()
	if err != nil {
		b.Fatal(err)
	}
	return e
}
