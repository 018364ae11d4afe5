//go:build js && wasm

package app

import (
	"net/url"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// mount mounts a fresh explorer at the given URL (path and query) in the
// browser's DOM and returns it with its dispatcher.
func mount(t *testing.T, rawURL string) (*explorer, app.ClientDispatcher) {
	t.Helper()
	e := newExplorer(testSession)
	d := app.NewClientTester(e)
	u, err := url.Parse("https://test.go-app.dev" + rawURL)
	if err != nil {
		t.Fatal(err)
	}
	d.Nav(u)
	d.Consume()
	t.Cleanup(d.Close)
	return e, d
}

// typeQuery puts q in the explorer's search box as typing does, with an
// input event.
func typeQuery(t *testing.T, root app.Value, q string) {
	t.Helper()
	input := root.Call("querySelector", "input#q")
	if !input.Truthy() {
		t.Fatal("the explorer has no input#q")
	}
	input.Set("value", q)
	input.Call("dispatchEvent", app.Window().Get("Event").New("input"))
}

// texts returns the text content of the elements matching selector.
func texts(root app.Value, selector string) []string {
	nodes := root.Call("querySelectorAll", selector)
	out := make([]string, nodes.Length())
	for i := range out {
		out[i] = nodes.Index(i).Get("textContent").String()
	}
	return out
}

// TestTypingSearches types into the real input element and checks the
// results the DOM shows.
func TestTypingSearches(t *testing.T) {
	e, d := mount(t, "/")
	root := e.JSValue()
	typeQuery(t, root, "Shoigu")
	d.Consume()

	if got := texts(root, ".status"); len(got) != 1 || got[0] != "7 passages in 2 articles" {
		t.Errorf("status after typing Shoigu = %q, want [7 passages in 2 articles]", got)
	}
	titles := texts(root, ".result-group .result-title")
	want := []string{"North Korea and Russia plan closer cooperation", "North Korea and Russia vow to strengthen bonds amid isolation"}
	if len(titles) != len(want) || titles[0] != want[0] || titles[1] != want[1] {
		t.Errorf("result articles = %q, want %q", titles, want)
	}
	marks := texts(root, "mark")
	if len(marks) == 0 {
		t.Fatal("no <mark> in the results")
	}
	for _, m := range marks {
		if m != "Shoigu" {
			t.Errorf("highlighted %q, want only Shoigu", m)
		}
	}
	if got := app.Window().Get("location").Get("search").String(); got != "?q=Shoigu" {
		t.Errorf("location.search after typing = %q, want ?q=Shoigu", got)
	}
}

// TestSpreadSaysSo: words no passage holds together are found across an
// article's passages, and the status line says so.
func TestSpreadSaysSo(t *testing.T) {
	e, d := mount(t, "/")
	root := e.JSValue()
	typeQuery(t, root, "Shoigu letter")
	d.Consume()
	got := texts(root, ".status")
	if len(got) != 1 || !strings.HasPrefix(got[0], "5 passages in 1 article") || !strings.Contains(got[0], "No passage holds every word") {
		t.Errorf("status after typing Shoigu letter = %q, want 5 passages in 1 article and that no passage holds every word", got)
	}
	if marks := texts(root, ".results mark"); len(marks) == 0 {
		t.Error("the spread hits mark no word")
	}
}

// TestURLRestoresView checks that a shared link shows the same view.
func TestURLRestoresView(t *testing.T) {
	e, _ := mount(t, "/?q=sanctons&article=capitalpost-2024-06-19&passage=capitalpost-2024-06-19/p9")
	root := e.JSValue()
	if got := root.Call("querySelector", "input#q").Get("value").String(); got != "sanctons" {
		t.Errorf("input value = %q, want the query from the URL", got)
	}
	if got := texts(root, ".reader-title"); len(got) != 1 || got[0] == "" {
		t.Errorf("reader title = %q, want the article's title", got)
	}
	target := texts(root, ".para.target")
	if len(target) != 1 || target[0] == "" {
		t.Errorf("target passages = %q, want the one named in the URL", target)
	}
	// Typo-tolerant: "sanctons" highlights "sanctions", in the results and
	// in the reader's copy of the passage.
	if marks := texts(root, ".results mark"); len(marks) == 0 || marks[0] != "sanctions" {
		t.Errorf("result marks = %q, want sanctions", marks)
	}
	if marks := texts(root, ".para.target mark"); len(marks) == 0 || marks[0] != "sanctions" {
		t.Errorf("reader marks in the target passage = %q, want sanctions", marks)
	}
}

// TestEmptyAndBadStates checks the empty state and an unknown article.
func TestEmptyAndBadStates(t *testing.T) {
	e, _ := mount(t, "/?q=xqzvw&article=no-such-article")
	root := e.JSValue()
	status := texts(root, ".status")
	if len(status) != 1 || status[0] != "Nothing in the corpus matches “xqzvw”." {
		t.Errorf("status = %q, want the empty-state message", status)
	}
	if got := texts(root, ".reader h2"); len(got) != 1 || got[0] != "No such article" {
		t.Errorf("reader heading = %q, want No such article", got)
	}

	e, _ = mount(t, "/")
	if got := texts(e.JSValue(), ".article-card"); len(got) != 5 {
		t.Errorf("article list has %d cards, want 5", len(got))
	}
	if err := app.TestMatch(e, app.TestUIDescriptor{
		Path:     app.TestPath(0, 0, 1, 0, 0),
		Expected: app.Text("Russia and North Korea, 2022–2024"),
	}); err != nil {
		t.Errorf("corpus name text node: %v", err)
	}
}

// TestEmptyStateExplains checks the two ways a query finds nothing.
func TestEmptyStateExplains(t *testing.T) {
	e, _ := mount(t, "/?q=Shoiguuxx")
	root := e.JSValue()
	sugg := root.Call("querySelector", ".suggestion")
	if !sugg.Truthy() || sugg.Get("textContent").String() != "shoigu" || sugg.Call("getAttribute", "href").String() != "?q=shoigu" {
		t.Errorf("no suggestion linking to ?q=shoigu in %q", texts(root, ".status"))
	}

	e, _ = mount(t, "/?q=Guterres+Shoigu")
	status := texts(e.JSValue(), ".status")
	if len(status) != 1 || !strings.Contains(status[0], "“guterres” is in 1 passage, “shoigu” is in 7 passages, but no passage has them all.") {
		t.Errorf("status = %q, want the per-word counts", status)
	}
	if got := texts(e.JSValue(), ".suggestion"); len(got) != 1 || got[0] != "guterres OR shoigu" {
		t.Errorf("suggestion = %q, want guterres OR shoigu", got)
	}
}

// keydown sends a key press to the window.
func keydown(key string) {
	init := app.Window().Get("Object").New()
	init.Set("key", key)
	init.Set("bubbles", true)
	app.Window().Call("dispatchEvent", app.Window().Get("KeyboardEvent").New("keydown", init))
}

// TestKeyboard checks / and the arrow keys on the page in the document.
func TestKeyboard(t *testing.T) {
	e, _ := mount(t, "/?q=Shoigu")
	body := app.Window().Get("document").Get("body")
	body.Call("appendChild", e.JSValue())
	defer body.Call("removeChild", e.JSValue())
	doc := app.Window().Get("document")
	doc.Call("querySelector", "h1").Call("focus")

	keydown("/")
	if id := doc.Get("activeElement").Get("id").String(); id != "q" {
		t.Fatalf("after /, focus is on #%q, want the search box", id)
	}
	keydown("ArrowDown")
	first := doc.Call("querySelector", ".passage-link")
	if !doc.Get("activeElement").Equal(first) {
		t.Errorf("after ↓ from the box, focus is not on the first result")
	}
	keydown("ArrowDown")
	second := doc.Call("querySelectorAll", ".passage-link").Index(1)
	if !doc.Get("activeElement").Equal(second) {
		t.Errorf("after ↓↓, focus is not on the second result")
	}
	keydown("ArrowUp")
	keydown("ArrowUp")
	if id := doc.Get("activeElement").Get("id").String(); id != "q" {
		t.Errorf("after ↑↑, focus is on #%q, want the search box", id)
	}
}

// TestActorFacet checks that choosing actors narrows the results and the
// article list, and that the counts follow the query.
func TestActorFacet(t *testing.T) {
	e, _ := mount(t, "/?q=weapons")
	root := e.JSValue()
	all := len(texts(root, ".passage"))
	e, _ = mount(t, "/?q=weapons&actor=sergei-shoigu")
	root = e.JSValue()
	narrowed := texts(root, ".passage")
	if len(narrowed) == 0 || len(narrowed) >= all {
		t.Fatalf("weapons: %d passages, %d with Shoigu; want fewer but some", all, len(narrowed))
	}
	if got := texts(root, ".chip.on .chip-name"); len(got) != 1 || got[0] != "Sergei Shoigu" {
		t.Errorf("selected chips = %q, want Sergei Shoigu", got)
	}
	if got := texts(root, ".chip.on .chip-count"); len(got) != 1 || got[0] != "1 passage" {
		t.Errorf("Shoigu's count with the query = %q, want 1 passage (the passages shown)", got)
	}
	if got := texts(root, ".facet-note"); len(got) != 1 || !strings.Contains(got[0], "passages naming each actor") {
		t.Errorf("facet note = %q, want it to say the numbers count passages", got)
	}

	// No query: the article list keeps the articles naming every chosen actor.
	e, _ = mount(t, "/?actor=sergei-shoigu,kim-jong-un")
	if got := texts(e.JSValue(), ".article-card .result-title"); len(got) != 2 {
		t.Errorf("articles naming Shoigu and Kim Jong Un = %q, want 2", got)
	}
	e, _ = mount(t, "/?actor=lami-kim,yoon-suk-yeol")
	if got := texts(e.JSValue(), ".status.empty"); len(got) != 1 {
		t.Errorf("no article names both: status = %q, want an empty state", got)
	}
	// Unknown ids are reported, not fatal.
	e, _ = mount(t, "/?actor=nobody-at-all")
	if got := texts(e.JSValue(), ".status"); len(got) == 0 || !strings.Contains(got[0], "nobody-at-all") {
		t.Errorf("status for an unknown actor = %q, want it named", got)
	}
}

// TestFacetToggle: the facet's toggle (shown on narrow screens) names the
// chosen actors, and folds and unfolds the lists it controls.
func TestFacetToggle(t *testing.T) {
	e, d := mount(t, "/?q=weapons&actor=sergei-shoigu")
	root := e.JSValue()
	toggle := root.Call("querySelector", ".facet-toggle")
	state := func() string {
		return root.Call("querySelector", ".facet").Get("dataset").Get("open").String() + "/" + toggle.Call("getAttribute", "aria-expanded").String()
	}
	if got := toggle.Get("textContent").String(); got != "Filter by actor: Sergei Shoigu" {
		t.Errorf("toggle says %q, want the chosen actor named", got)
	}
	if controls := toggle.Call("getAttribute", "aria-controls").String(); root.Call("querySelector", "#"+controls).IsNull() {
		t.Errorf("toggle controls #%s, which is not in the page", controls)
	}
	if got := state(); got != "false/false" {
		t.Errorf("facet starts %s, want folded (false/false)", got)
	}
	toggle.Call("click")
	d.Consume()
	if got := state(); got != "true/true" {
		t.Errorf("after a click the facet is %s, want unfolded (true/true)", got)
	}
	toggle.Call("click")
	d.Consume()
	if got := state(); got != "false/false" {
		t.Errorf("after a second click the facet is %s, want folded again", got)
	}
}

// TestActorView checks the actor view: merged names, mentions in context
// and quotes by outlet.
func TestActorView(t *testing.T) {
	e, _ := mount(t, "/?who=vladimir-putin")
	root := e.JSValue()
	if got := texts(root, ".actor-view .reader-title"); len(got) != 1 || got[0] != "Vladimir Putin" {
		t.Fatalf("actor view title = %q, want Vladimir Putin", got)
	}
	meta := strings.Join(texts(root, ".actor-view .meta dd"), " | ")
	for _, want := range []string{"Mr. Putin", "the Russian president", "Russian President"} {
		if !strings.Contains(meta, want) {
			t.Errorf("actor view meta %q lacks %q", meta, want)
		}
	}
	marks := texts(root, ".kwic mark")
	if len(marks) < 30 {
		t.Errorf("actor view shows %d mentions, want every one (37)", len(marks))
	}
	if got := texts(root, ".quote-group h4"); len(got) < 3 {
		t.Errorf("quote groups = %q, want one per outlet quoting Putin", got)
	}
	e, _ = mount(t, "/?who=nobody")
	if got := texts(e.JSValue(), ".reader h2"); len(got) != 1 || got[0] != "No such actor" {
		t.Errorf("unknown actor view = %q, want No such actor", got)
	}
}

// TestCompareView checks the side-by-side view and the overview.
func TestCompareView(t *testing.T) {
	e, _ := mount(t, "/?compare=yahoo-2022-08-15,nowreading-2022-08-16")
	root := e.JSValue()
	// The relation the matrix colours the pair by opens the summary,
	// with its reasons; the shared text's own verdict ("same story")
	// agrees, so it is not repeated.
	if got := texts(root, ".verdict strong"); len(got) != 1 || got[0] != "Same event. " {
		t.Errorf("verdict = %q, want Same event.", got)
	}
	if got := texts(root, ".summary .verdict"); len(got) != 1 || !strings.Contains(got[0], "Why: similar subject") || strings.Contains(got[0], "By the text they share alone") {
		t.Errorf("verdict = %q, want why the articles tell the same event, and no other verdict", got)
	}
	rows := texts(root, ".row.paraphrase .cell p")
	if len(rows) != 6 || !strings.Contains(rows[0], "comprehensive and") || !strings.Contains(rows[1], "constructive and comprehensive") {
		t.Errorf("reworded rows = %q, want the two letter passages side by side first, of three pairs", rows)
	}
	// Every passage of both articles appears once.
	if got := len(texts(root, ".row:not(.row-head) .cell:not(.empty)")); got != 15+7 {
		t.Errorf("side-by-side shows %d passages, want 22 (15 + 7)", got)
	}
	if got := texts(root, ".diff ins"); len(got) == 0 {
		t.Errorf("no word diff for the reordered quote")
	}

	e, _ = mount(t, "/?compare=all")
	if got := len(texts(e.JSValue(), ".matrix td a")); got != 20 {
		t.Errorf("overview matrix has %d cells, want 20 (5 × 4)", got)
	}
	e, _ = mount(t, "/?compare=yahoo-2022-08-15,missing")
	if got := texts(e.JSValue(), ".compare h2"); len(got) != 1 || got[0] != "Nothing to compare" {
		t.Errorf("compare with a missing article = %q, want Nothing to compare", got)
	}
}

// TestFirstScreen: with no query, a newcomer sees what the corpus holds,
// the articles on a time axis in date order, and searches to try; with a
// query, the overview gives way to the results.
func TestFirstScreen(t *testing.T) {
	e, _ := mount(t, "/")
	root := e.JSValue()
	overview := texts(root, ".overview p")
	if len(overview) == 0 || overview[0] != "5 articles from 5 outlets, published 15 August 2022 to 19 June 2024." {
		t.Errorf("overview = %q, want it to start with the corpus's articles, outlets and dates", overview)
	}
	dates := texts(root, ".timeline time")
	want := []string{"Aug 2022", "Aug 2022", "Jul 2023", "Aug 2023", "Jun 2024"}
	if strings.Join(dates, ",") != strings.Join(want, ",") {
		t.Errorf("timeline dates = %q, want %q", dates, want)
	}
	if tries := texts(root, ".overview-try a"); len(tries) < 3 || tries[0] != "Kim Jong Un" {
		t.Errorf("example queries = %q, want the most named person first, then a typo and a phrase", tries)
	}
	if p := texts(root, ".overview-actors"); len(p) == 0 || !strings.HasPrefix(p[0], "Most named (times named): ") {
		t.Errorf("most named = %q, want it to say it counts times named", p)
	}
	// North Korea (with "the North") and Russia are named 121 times each.
	if top := texts(root, ".overview-actors a"); len(top) != 3*topPerKind || top[0] != "Kim Jong Un" || top[2*topPerKind] != "Russia" && top[2*topPerKind] != "North Korea" {
		t.Errorf("most named actors = %q, want %d per kind, people (Kim Jong Un first) before places (North Korea or Russia first)", top, topPerKind)
	}
	e2, _ := mount(t, "/?q=Shoigu")
	if n := e2.JSValue().Call("querySelectorAll", ".overview").Length(); n != 0 {
		t.Errorf("with a query the overview still shows")
	}
}

// TestTypingDrawsBestFirst: a keystroke whose query matches more passages
// than typedHitsFirst draws those first, and the rest and the query in the
// address once typing pauses.
func TestTypingDrawsBestFirst(t *testing.T) {
	e, d := mount(t, "/")
	root := e.JSValue()
	typeQuery(t, root, "Russia")
	d.Consume() // waits for the search and for the pause
	hits := len(e.result.Hits)
	if hits <= typedHitsFirst {
		t.Fatalf("Russia matched %d passages: the test needs more than %d", hits, typedHitsFirst)
	}
	if got := len(texts(root, ".passage")); got != hits || e.typing {
		t.Errorf("after the pause %d of %d passages are drawn (typing %v), want all", got, hits, e.typing)
	}
	if got := app.Window().Get("location").Get("search").String(); got != "?q=Russia" {
		t.Errorf("address after the pause: %q, want ?q=Russia", got)
	}
	e.typing = true
	first := e.drawnResult()
	if len(first.Hits) != typedHitsFirst || first.Hits[0].Passage != e.result.Hits[0].Passage || first.Total != e.result.Total {
		t.Errorf("while typing: %d hits drawn, first %q, total %d; want the best %d of %d", len(first.Hits), first.Hits[0].Passage, first.Total, typedHitsFirst, e.result.Total)
	}
}

// TestSourcesView: ?sources=1 shows a card per outlet with whom it quotes.
func TestSourcesView(t *testing.T) {
	e, _ := mount(t, "/?sources=1")
	root := e.JSValue()
	cards := texts(root, ".source-card h3")
	if len(cards) != 5 {
		t.Fatalf("source cards = %q, want one per outlet (5)", cards)
	}
	if got := texts(root, ".speakers li"); len(got) == 0 {
		t.Errorf("no outlet quotes anyone: %q", got)
	}
	if got := texts(root, ".missing li"); len(got) == 0 {
		t.Errorf("no outlet leaves out a quotation: %q", got)
	}
}

// TestMatrixRelations: the overview's cells say how each pair relates,
// with a legend: on the default corpus, the August 2022 letter pair is the
// one same-event pair.
func TestMatrixRelations(t *testing.T) {
	e, _ := mount(t, "/?compare=all")
	root := e.JSValue()
	if got := texts(root, ".relation-legend li"); len(got) != 5 {
		t.Errorf("legend = %q, want the five relations", got)
	}
	if got := root.Call("querySelectorAll", "td.rel-same-event").Length(); got != 2 {
		t.Errorf("%d same-event cells, want 2 (the letter pair, both ways)", got)
	}
	if got := texts(root, "td.rel-same-topic .rel-mark"); len(got) == 0 || got[0] != " same topic" {
		t.Errorf("same-topic cells read %q", got)
	}
}

// TestPairViewMarksRewording: the letter pair's side-by-side view shows
// its reworded passages with the words that differ marked.
func TestPairViewMarksRewording(t *testing.T) {
	e, _ := mount(t, "/?compare=yahoo-2022-08-15,nowreading-2022-08-16")
	root := e.JSValue()
	if n := root.Call("querySelectorAll", ".row.paraphrase").Length(); n != 3 {
		t.Errorf("%d reworded rows, want 3", n)
	}
	if n := root.Call("querySelectorAll", ".row.paraphrase em.differs").Length(); n == 0 {
		t.Errorf("no differing word marked in the reworded rows")
	}
}

// TestEventGroups: the overview lists the letter pair as one event, with
// real words in its label.
func TestEventGroups(t *testing.T) {
	e, _ := mount(t, "/?compare=all")
	got := texts(e.JSValue(), ".event-groups > ul > li > p strong")
	if len(got) != 1 || !strings.Contains(got[0], "15 Aug 2022") || !strings.Contains(got[0], "Putin") {
		t.Errorf("events = %q, want the letter exchange of 15 Aug 2022", got)
	}
}

// TestClickWhileTyping: a result opened within the typing pause opens, and
// the pause's address update, due after the click, does not take the
// reader back to an empty search. go-app navigates by mounting a fresh
// explorer on the one shown, pushing
// the address and then dispatching the navigation; the pause can end
// between the mount and the navigation, as here. (The mount zeroed the
// explorer's view then; TestMountChangesNothing keeps it.)
func TestClickWhileTyping(t *testing.T) {
	e, d := mount(t, "/")
	root := e.JSValue()
	typeQuery(t, root, "Shoigu")
	d.ConsumeNext() // the keystroke; its search runs on
	const link = "/?q=Shoigu&article=capitalpost-2024-06-19&passage=capitalpost-2024-06-19/p9"
	app.Window().Get("history").Call("pushState", nil, "", link)
	u, _ := url.Parse("https://test.go-app.dev" + link)
	d.Mount(newExplorer(testSession))
	d.Consume() // the search and the pause
	d.Nav(u)
	d.Consume()
	if got := app.Window().Get("location").Get("search").String(); !strings.Contains(got, "passage=") {
		t.Errorf("address after the click and the pause: %q, want the passage opened", got)
	}
	if target := texts(root, ".para.target"); len(target) != 1 {
		t.Errorf("after the click %d target passages are shown, want the one opened", len(target))
	}
}

// TestMountChangesNothing: go-app mounts a fresh explorer on the one shown
// at every navigation, before OnNav. That mount leaves the page as it is:
// before, it emptied the view and the results and drew the empty page,
// which OnNav then drew whole again.
func TestMountChangesNothing(t *testing.T) {
	e, d := mount(t, "/?q=Shoigu")
	root := e.JSValue()
	first := root.Call("querySelector", ".passage")
	if !first.Truthy() {
		t.Fatal("no result for Shoigu")
	}
	d.Mount(newExplorer(testSession))
	d.Consume()
	if e.shown.Query != "Shoigu" || len(e.result.Hits) == 0 {
		t.Errorf("after the mount the explorer shows %q with %d hits, want Shoigu's", e.shown.Query, len(e.result.Hits))
	}
	if !root.Call("querySelector", ".passage").Equal(first) {
		t.Error("the mount drew the results again: the first result is another element")
	}
}
