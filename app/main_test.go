package app

import (
	"os"
	"testing"

	"github.com/parallax-news/parallax/corpus"
)

// TestMain registers the default corpus, as the wasm main does.
func TestMain(m *testing.M) {
	c, err := corpus.Default()
	if err != nil {
		panic(err)
	}
	Register(NewEnv(c))
	os.Exit(m.Run())
}
