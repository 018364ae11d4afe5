package app

import (
	"os"
	"testing"

	"github.com/parallax-news/parallax/corpus"
)

// testSession is the session the tests' explorers show: the default
// corpus, which a test may swap for its own Env.
var testSession *session

// TestMain registers the default corpus, as the wasm main does.
func TestMain(m *testing.M) {
	c, err := corpus.Default()
	if err != nil {
		panic(err)
	}
	e := NewEnv(c)
	Register(e)
	testSession = &session{env: e, yield: yieldToBrowser}
	os.Exit(m.Run())
}
