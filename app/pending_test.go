//go:build js && wasm

package app

import (
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/actors"
)

// pendingEnv swaps in an Env whose actors are still to be found, as the
// browser's start-up leaves it, for the rest of the test.
func pendingEnv(t *testing.T) {
	saved := testSession.env
	e := NewEnv(saved.Corpus)
	e.Actors, e.actorsPending = &actors.Set{}, true
	testSession.env = e
	t.Cleanup(func() { testSession.env = saved })
}

// TestActorsAfterFirstResults: on a start that put off the actors, the
// first results show at once with a placeholder where the facet goes, and
// the facet follows without a navigation.
func TestActorsAfterFirstResults(t *testing.T) {
	pendingEnv(t)
	// OnInit reads the window's address: from "/" the navigation to the
	// query is a new view, whose results are drawn before the actors are
	// found. (The go-app tester's Consume would wait for the actors on the
	// start's own path, where the view is already drawn: see
	// TestFirstNavigationKeepsView.)
	setWindowPath("/")
	e, d := mount(t, "/?q=Shoigu")
	root := e.JSValue()
	if got := texts(root, ".passage"); len(got) == 0 {
		t.Fatal("no results before the actors are found")
	}
	if got := texts(root, ".facet-pending"); len(got) != 1 {
		t.Errorf("placeholder while the actors are found: %q, want one", got)
	}
	deadline := time.Now().Add(5 * time.Second)
	for testSession.env.ActorsPending() && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		d.Consume()
	}
	d.Consume()
	if testSession.env.ActorsPending() {
		t.Fatal("the actors were never found after the first results")
	}
	if got := texts(root, ".facet-pending"); len(got) != 0 {
		t.Errorf("placeholder still shown after the actors were found")
	}
	if got := texts(root, ".chip-name"); len(got) == 0 {
		t.Error("no facet chips after the actors were found")
	}
}

// TestActorsAtOnceWhenNeeded: a view that filters by actor finds them
// before its first render.
func TestActorsAtOnceWhenNeeded(t *testing.T) {
	pendingEnv(t)
	e, _ := mount(t, "/?q=weapons&actor=sergei-shoigu")
	if got := texts(e.JSValue(), ".chip.on .chip-name"); len(got) != 1 || got[0] != "Sergei Shoigu" {
		t.Errorf("chosen chip = %q, want Sergei Shoigu on the first render", got)
	}
}

// TestFirstNavigationKeepsView: at start, the first navigation is to the
// view OnInit drew from the window's address; the explorer keeps it (no
// second search) and then finds the actors.
func TestFirstNavigationKeepsView(t *testing.T) {
	pendingEnv(t)
	setWindowPath("/?q=Shoigu")
	e, _ := mount(t, "/?q=Shoigu")
	root := e.JSValue()
	if !e.navigated || e.shown.Query != "Shoigu" {
		t.Fatalf("after the first navigation: navigated %v, view %+v", e.navigated, e.shown)
	}
	if got := texts(root, ".passage"); len(got) == 0 {
		t.Error("no results")
	}
	if testSession.env.ActorsPending() || len(texts(root, ".chip-name")) == 0 {
		t.Error("the actors were not found after the first navigation")
	}
}

// setWindowPath sets the test page's address, which OnInit reads.
func setWindowPath(path string) {
	app.Window().Get("history").Call("replaceState", nil, "", path)
}
