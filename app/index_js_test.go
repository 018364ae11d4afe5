//go:build js && wasm

package app

import (
	"reflect"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/actorwasm"
	"github.com/parallax-news/parallax/internal/actorwasm/finder"
	"github.com/parallax-news/parallax/search"
)

// TestBrowserEnvReadsStoredIndex: the page takes the index stored with the
// default corpus, which is the index NewIndex would build, and builds one
// itself when the stored one does not read.
func TestBrowserEnvReadsStoredIndex(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	want := search.NewIndex(c)
	if got := indexOf(c, corpus.DefaultDerived().Index); !reflect.DeepEqual(got, want) {
		t.Error("the stored default index differs from the one NewIndex builds")
	}
	if got := indexOf(c, "parallax-index/1\ndamaged"); !reflect.DeepEqual(got, want) {
		t.Error("with a damaged stored index, the page did not build its own")
	}
	if got := indexOf(c, ""); !reflect.DeepEqual(got, want) {
		t.Error("without a stored index, the page did not build its own")
	}
}

// TestBrowserEnvReadsStoredActors: the page takes the actors stored with
// the default corpus, which are those Extract finds, and finds them with
// the actor finder (registered for the tests by env_js_test.go, as the
// finder's wasm registers it in a page) when the stored ones do not read.
func TestBrowserEnvReadsStoredActors(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	want := find.Actors(c)
	if got, why := actorsOf(c, corpus.DefaultDerived().Actors); !reflect.DeepEqual(got, want) || why != "" {
		t.Errorf("the stored default actors differ from those Extract finds (%q)", why)
	}
	if got, why := actorsOf(c, "parallax-actors/2\ndamaged"); !reflect.DeepEqual(got, want) || why != "" {
		t.Errorf("with damaged stored actors, the page did not find its own (%q)", why)
	}
	if got, why := actorsOf(c, ""); !reflect.DeepEqual(got, want) || why != "" {
		t.Errorf("without stored actors, the page did not find its own (%q)", why)
	}
	e := NewBrowserEnv(c, corpus.DefaultDerived())
	if !e.ActorsPending() || !e.FindActors() || !reflect.DeepEqual(e.Actors, want) {
		t.Error("the browser's environment did not put off reading the stored actors, or read others")
	}
}

// TestNoActorFinder: a page whose actor finder is missing says so where
// the actors would be, with an empty set, rather than failing.
func TestNoActorFinder(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	win := app.Window()
	win.Set(actorwasm.Global, app.Undefined())
	defer finder.Register()
	set, why := actorsOf(c, "")
	if len(set.Actors) != 0 || !strings.Contains(why, "actor finder") {
		t.Errorf("without a finder: %d actors, message %q; want none and a message naming the finder", len(set.Actors), why)
	}
	e := NewEnv(c)
	defer func(saved *Env) { testSession.env = saved }(testSession.env)
	testSession.env = e
	view, _ := mount(t, "/?q=Shoigu")
	if got := texts(view.JSValue(), ".facet-failed"); len(got) != 1 || !strings.Contains(got[0], "actor finder") {
		t.Errorf("the facet says %q, want why the actors are missing", got)
	}
}
