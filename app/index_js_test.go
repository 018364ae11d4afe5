//go:build js && wasm

package app

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/dates"
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
	if got, err := indexOf(c, corpus.DefaultDerived().Index); err != nil || !reflect.DeepEqual(got, want) {
		t.Error("the stored default index differs from the one NewIndex builds")
	}
	if got, err := indexOf(c, "parallax-index/1\ndamaged"); err != nil || !reflect.DeepEqual(got, want) {
		t.Error("with a damaged stored index, the page did not build its own")
	}
	if got, err := indexOf(c, ""); err != nil || !reflect.DeepEqual(got, want) {
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
	if got, kept, why := actorsOf(c, corpus.DefaultDerived().Actors); !reflect.DeepEqual(got, want) || kept != corpus.DefaultDerived().Actors || why != "" {
		t.Errorf("the stored default actors differ from those Extract finds (%q)", why)
	}
	if got, kept, why := actorsOf(c, "parallax-actors/2\ndamaged"); !reflect.DeepEqual(got, want) || kept == "" || why != "" {
		t.Errorf("with damaged stored actors, the page did not find its own (%q)", why)
	}
	if got, kept, why := actorsOf(c, ""); !reflect.DeepEqual(got, want) || kept == "" || why != "" {
		t.Errorf("without stored actors, the page did not find its own (%q)", why)
	}
	e := mustBrowserEnv(t, c, corpus.DefaultDerived())
	if !e.ActorsPending() || !e.FindActors() || !reflect.DeepEqual(e.Actors, want) {
		t.Error("the browser's environment did not put off reading the stored actors, or read others")
	}
}

// TestNoActorFinder: a page whose actor finder is missing says so where
// the actors would be, with an empty set, rather than failing.
func TestNoActorFinder(t *testing.T) {
	c := withoutFinder(t, actorwasm.Global)
	set, _, why := actorsOf(c, "")
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

// TestComparisonsThroughFinder: in the browser the comparison views ask
// the finder's wasm, which answers as package compare does natively, and
// keeps answering right when the page's articles change (a reader adds
// files) and change back.
func TestComparisonsThroughFinder(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	fewer := &corpus.Corpus{Name: c.Name, Articles: c.Articles[:3]}
	for _, round := range []*corpus.Corpus{c, fewer, c} {
		e := mustBrowserEnv(t, round, corpus.Derived{})
		native := finder.NewComparisons(round, find.Actors(round))
		a, b := round.Articles[0].ID, round.Articles[1].ID
		got, err := e.Pair(a, b)
		nativePair, _ := native.Pair(a, b)
		want := asJSON(t, nativePair)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("%d articles: the finder's comparison of %s and %s differs from compare's (%v)", len(round.Articles), a, b, err)
		}
		ov, err := e.Overview()
		nativeOv, _ := native.Overview(maxRelationArticles)
		wantOv := asJSON(t, nativeOv)
		if err != nil || round == c && len(ov.Matrix) == 0 || !reflect.DeepEqual(ov, wantOv) || len(ov.Relations) != len(round.Articles)*(len(round.Articles)-1)/2 {
			t.Errorf("%d articles: the finder's overview differs from compare's, or lacks a pair's relation (%v)", len(round.Articles), err)
		}
		events := e.Events()
		if wantEvents := dates.Events(round); e.EventsErr != "" || len(events) == 0 || !reflect.DeepEqual(events, wantEvents) {
			t.Errorf("%d articles: the finder found %d dated events, dates.Events %d, or others (%s)", len(round.Articles), len(events), len(wantEvents), e.EventsErr)
		}
		src, err := e.Sources()
		nativeSrc, _ := native.Sources()
		wantSrc := asJSON(t, nativeSrc)
		if err != nil || !reflect.DeepEqual(src, wantSrc) {
			t.Errorf("%d articles: the finder's sourcing differs from compare's (%v)", len(round.Articles), err)
		}
	}
}

// TestBrowserEnvReadsStoredEvents: the page takes the dated events stored
// with the default corpus, which are those dates.Events finds, and asks
// the finder when the stored ones do not read.
func TestBrowserEnvReadsStoredEvents(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	want := dates.Events(c)
	derived := corpus.DefaultDerived()
	if derived.Events == "" {
		t.Fatal("the default corpus stores no dated events: go generate ./corpus")
	}
	for _, stored := range []string{derived.Events, "parallax-events/1\ndamaged", ""} {
		derived.Events = stored
		e := mustBrowserEnv(t, c, derived)
		if got := e.Events(); !reflect.DeepEqual(got, want) || e.EventsErr != "" {
			t.Errorf("stored events %.20q: %d events, want %d (%s)", stored, len(got), len(want), e.EventsErr)
		}
	}
}

// TestTimelineWithoutFinder: a timeline whose events were not stored and
// cannot be found (no finder) says why, rather than "no dated event".
func TestTimelineWithoutFinder(t *testing.T) {
	c := withoutFinder(t, actorwasm.Compare)
	derived := corpus.DefaultDerived()
	derived.Events = ""
	e := mustBrowserEnv(t, c, derived)
	defer func(saved *Env) { testSession.env = saved }(testSession.env)
	testSession.env = e
	view, _ := mount(t, "/?timeline=1")
	if got := texts(view.JSValue(), ".events-failed"); len(got) != 1 || !strings.Contains(got[0], "actor finder") {
		t.Errorf("the timeline says %q, want why its events are missing", got)
	}
	if got := texts(view.JSValue(), ".timeline-view .empty"); len(got) != 0 {
		t.Errorf("the timeline also says %q", got)
	}
}

// TestComparisonWithoutFinder: a page whose finder is missing says so in
// the comparison, rather than failing.
func TestComparisonWithoutFinder(t *testing.T) {
	c := withoutFinder(t, actorwasm.Compare)
	e := mustBrowserEnv(t, c, corpus.DefaultDerived())
	defer func(saved *Env) { testSession.env = saved }(testSession.env)
	testSession.env = e
	view, _ := mount(t, "/?compare=all")
	if got := texts(view.JSValue(), ".compare .notice"); len(got) != 1 || !strings.Contains(got[0], "actor finder") {
		t.Errorf("the comparison says %q, want why it could not be made", got)
	}
}

// asJSON is v as JSON carries it to the page: unexported fields left
// behind.
func asJSON[T any](t *testing.T, v T) T {
	t.Helper()
	var out T
	b, err := json.Marshal(v)
	if err == nil {
		err = json.Unmarshal(b, &out)
	}
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// mustBrowserEnv is NewBrowserEnv, failing the test on an error.
func mustBrowserEnv(t *testing.T, c *corpus.Corpus, derived corpus.Derived) *Env {
	t.Helper()
	e, err := NewBrowserEnv(c, derived)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// withoutFinder takes the finder's function of that name off the page
// for the test, as a page whose finder did not load has none, and puts
// it back after; it returns the default corpus.
func withoutFinder(t *testing.T, name string) *corpus.Corpus {
	t.Helper()
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	app.Window().Set(name, app.Undefined())
	t.Cleanup(finder.Register)
	return c
}
