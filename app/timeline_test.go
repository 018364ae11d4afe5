//go:build js && wasm

package app

import (
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/corpus"
)

// timelineEvent is what an event line of the timeline shows and opens.
type timelineEvent struct {
	date, phrase, article, passage string
}

// timelineEvents reads the event lines of a mounted timeline.
func timelineEvents(t *testing.T, root app.Value) []timelineEvent {
	t.Helper()
	var out []timelineEvent
	groups := root.Call("querySelectorAll", ".chrono-group")
	for i := 0; i < groups.Length(); i++ {
		g := groups.Index(i)
		date := g.Call("querySelector", ".chrono-date").Get("textContent").String()
		links := g.Call("querySelectorAll", ".chrono-event a")
		for j := 0; j < links.Length(); j++ {
			a := links.Index(j)
			u, err := url.Parse(a.Call("getAttribute", "href").String())
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, timelineEvent{
				date:    date,
				phrase:  a.Call("querySelector", "mark").Get("textContent").String(),
				article: u.Query().Get("article"),
				passage: u.Query().Get("passage"),
			})
		}
	}
	return out
}

// TestTimelineView: the timeline lists the publication dates and the dated
// events in date order, each event marking its phrase and linking to its
// passage; an actor narrows it to the passages naming them.
func TestTimelineView(t *testing.T) {
	e, _ := mount(t, "/?timeline=1")
	root := e.JSValue()
	if got := texts(root, ".chrono-published"); len(got) != 5 {
		t.Errorf("timeline shows %d publications, want the 5 articles", len(got))
	}
	events := timelineEvents(t, root)
	var labels []string
	for _, ev := range events {
		labels = append(labels, ev.date)
		a := testSession.env.Corpus.Article(ev.article)
		if a == nil || a.Paragraph(ev.passage) == nil {
			t.Errorf("event %q links to article %q passage %q, which do not exist", ev.phrase, ev.article, ev.passage)
			continue
		}
		if !strings.Contains(a.Paragraph(ev.passage).Text, ev.phrase) {
			t.Errorf("event %q is not in the passage it links to", ev.phrase)
		}
	}
	want := timelineEvent{"24 February 2022", "on February 24", "nowreading-2022-08-16", "nowreading-2022-08-16/p5"}
	if !slices.Contains(events, want) {
		t.Errorf("timeline lacks %+v; it has %+v", want, events)
	}
	// Known dates, in order: the invasion, the 2022 letters, the 2024 pact.
	order := []string{"24 February 2022", "15 August 2022", "19 June 2024"}
	last := -1
	for _, d := range order {
		i := slices.Index(labels, d)
		if i <= last {
			t.Errorf("%s is at event %d, want it after %d (labels %q)", d, i, last, labels)
		}
		last = i
	}
	days := texts(root, ".chrono-group")
	for _, g := range days {
		if strings.HasPrefix(g, "15 August 2022") && (!strings.Contains(g, "Published") || strings.Count(g, "Monday") != 2) {
			t.Errorf("15 August 2022 should hold the Yahoo article's publication and both outlets' “on Monday”: %q", g)
		}
	}

	// An event opens its passage beside the timeline, the phrase marked.
	e, _ = mount(t, "/?timeline=1&article=nowreading-2022-08-16&passage=nowreading-2022-08-16/p5")
	root = e.JSValue()
	if n := len(texts(root, ".timeline-view")); n != 1 {
		t.Errorf("with an article open, %d timelines show, want it beside the reader", n)
	}
	if got := texts(root, ".reader .target mark"); !slices.Contains(got, "on February 24") {
		t.Errorf("reader marks %q in the target passage, want “on February 24”", got)
	}
	if close := root.Call("querySelector", ".reader .close").Call("getAttribute", "href").String(); close != "?timeline=1" {
		t.Errorf("closing the reader leads to %q, want back to the timeline", close)
	}

	e, _ = mount(t, "/?timeline=1&actor=sergei-shoigu")
	root = e.JSValue()
	shoigu := timelineEvents(t, root)
	if len(shoigu) == 0 || len(shoigu) >= len(events) {
		t.Fatalf("narrowed to Shoigu, the timeline has %d of %d events", len(shoigu), len(events))
	}
	for _, ev := range shoigu {
		if !slices.Contains(testSession.env.Actors.InPassage(ev.passage), "sergei-shoigu") {
			t.Errorf("narrowed to Shoigu, the timeline keeps %s, which does not name him", ev.passage)
		}
	}
	if n := len(texts(root, ".chrono-published")); n != 0 {
		t.Errorf("narrowed to an actor, the timeline still shows %d publications", n)
	}

	e, _ = mount(t, "/?timeline=1&actor=nobody")
	if got := texts(e.JSValue(), ".timeline-view .notice"); len(got) != 1 || !strings.Contains(got[0], "nobody") {
		t.Errorf("unknown actor notice = %q", got)
	}
}

// TestTimelineEmpty: a corpus with nothing dated says so instead of showing
// an empty list.
func TestTimelineEmpty(t *testing.T) {
	c, err := corpus.Parse("undated.txt", []byte("Officials in the capital said the talks between the two delegations had made progress on trade and shipping.\n\nNeither side gave details of the agreement, and both said further meetings would follow in the coming weeks.\n"), corpus.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	saved := testSession.env
	testSession.env = NewEnv(&corpus.Corpus{Name: "Undated", Articles: []*corpus.Article{c}})
	t.Cleanup(func() { testSession.env = saved })
	e, _ := mount(t, "/?timeline=1")
	if got := texts(e.JSValue(), ".timeline-view .empty"); len(got) != 1 || !strings.Contains(got[0], "No dated event") {
		t.Errorf("empty timeline says %q, want the empty state", got)
	}
}
