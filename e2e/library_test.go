package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/testkit/synth"
)

// TestAddArticles: files picked or dropped into the page are read in the
// browser; good ones are searched and compared with the built-in articles
// and kept across reloads, bad ones get a message each, and removing one
// forgets it for good.
func TestAddArticles(t *testing.T) {
	srv := serve(t, staticHost(site(t)))
	own, err := filepath.Abs("testdata/own")
	if err != nil {
		t.Fatal(err)
	}
	// A 50 MB file, refused before it is read.
	huge := filepath.Join(t.TempDir(), "huge.txt")
	hugeText := strings.Repeat("The river rose again.\n", 50<<20/22)
	if err := os.WriteFile(huge, []byte(hugeText), 0o644); err != nil {
		t.Fatal(err)
	}
	files := []string{huge}
	for _, f := range []string{"flood-reuters.md", "empty.txt", "photo.txt", "latin1.txt", "bad-front.md", "bad-date.md"} {
		files = append(files, filepath.Join(own, f))
	}
	page, _ := filepath.Abs("../extract/testdata/pages/yahoo-2022-08-15.html")
	files = append(files, page)

	ctx := browser(t)
	var reports []string
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+base),
		waitForApp(ctx),
		chromedp.SetUploadFiles("#add-files", files, chromedp.ByQuery),
		chromedp.Poll(`document.querySelectorAll(".file-reports li").length === 8`, nil, chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Evaluate(`[...document.querySelectorAll(".file-reports li")].map(e => e.textContent)`, &reports),
	)
	if err != nil {
		t.Fatalf("adding files: %v (reports %q)", err, reports)
	}
	want := map[string]string{
		"huge.txt":              "not added. " + strconv.Itoa(len(hugeText)) + " bytes is larger than",
		"flood-reuters.md":      "added.",
		"empty.txt":             "not added. the file is empty",
		"photo.txt":             "not added. the file is binary",
		"latin1.txt":            "not added. the file is not UTF-8",
		"bad-front.md":          "not added. front matter opened",
		"bad-date.md":           `not added. front matter: date "next Tuesday-ish"`,
		"yahoo-2022-08-15.html": "not added. web pages are read when the site is built",
	}
	for _, r := range reports {
		name, rest, _ := strings.Cut(r, ": ")
		if w, ok := want[name]; !ok || !strings.HasPrefix(rest, w) {
			t.Errorf("report %q, want it to start %q", r, name+": "+w)
		}
		delete(want, name)
	}
	for name := range want {
		t.Errorf("no report for %s", name)
	}

	// The added article is searched with the others, and survives a reload.
	titlesFor := func(q string) []string {
		var titles []string
		err := chromedp.Run(ctx,
			chromedp.Navigate(srv.URL+base+"?q="+q),
			waitForApp(ctx),
			chromedp.Evaluate(`[...document.querySelectorAll(".result-group .result-title")].map(e => e.textContent)`, &titles),
		)
		if err != nil {
			t.Fatalf("searching %s: %v", q, err)
		}
		return titles
	}
	if got := titlesFor("Danube"); len(got) != 1 || got[0] != "Danube floods force evacuations in three countries" {
		t.Errorf("after a reload, Danube finds %q, want the added article", got)
	}
	// Its actors are found in the page, by the actor finder the page
	// loads for the reader's own articles.
	var facet string
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+base+"?q=Orban"),
		waitForApp(ctx),
		chromedp.Poll(`[...document.querySelectorAll(".chip-name")].some(e => e.textContent === "Viktor Orban")`, nil, chromedp.WithPollingTimeout(30*time.Second)),
	)
	if err != nil {
		chromedp.Run(ctx, chromedp.Evaluate(`(document.querySelector(".facet") || {}).textContent || "no facet"`, &facet))
		t.Errorf("the added article's speaker is not among the actors (%v); the facet says %q", err, facet)
	}

	// Dropping a file adds it too; the same file again is refused.
	var dropped []string
	var rows int
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+base),
		waitForApp(ctx),
		chromedp.Evaluate(dropScript("flood-local.md", mustRead(t, filepath.Join(own, "flood-local.txt")))+dropScript("flood-reuters.md", mustRead(t, filepath.Join(own, "flood-reuters.md"))), nil),
		chromedp.Poll(`document.querySelectorAll(".added li").length === 2 && document.querySelectorAll(".file-reports li").length === 2 && document.querySelector(".search-pane").dataset.library === "idle"`, nil, chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Evaluate(`[...document.querySelectorAll(".file-reports li, .added li")].map(e => e.textContent)`, &dropped),
		// The comparison overview covers the added articles.
		chromedp.Navigate(srv.URL+base+"?compare=all"),
		waitForApp(ctx),
		chromedp.Evaluate(`document.querySelectorAll(".matrix tbody tr").length`, &rows),
	)
	if err != nil {
		t.Fatalf("dropping files: %v (%q)", err, dropped)
	}
	// The two drops may end in either order; the panel reports both.
	reportsSay := strings.Join(dropped[:min(2, len(dropped))], "\n")
	if len(dropped) != 4 || !strings.Contains(reportsSay, "flood-reuters.md: not added. a file of this name is already added") || !strings.Contains(reportsSay, "flood-local.md: added.") {
		t.Errorf("after two drops the panel says %q, want both drops reported, the repeat refused, and two articles listed", dropped)
	}
	if rows != 7 {
		t.Errorf("the comparison matrix has %d rows, want 7 (5 built in, 2 added)", rows)
	}

	// Removing forgets the article, across reloads too.
	var left int
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+base),
		waitForApp(ctx),
		chromedp.Click(`.remove-button[aria-label="Remove Danube floods force evacuations in three countries"]`, chromedp.ByQuery),
		chromedp.Poll(`document.querySelectorAll(".added li").length === 1`, nil, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Reload(),
		waitForApp(ctx),
		chromedp.Evaluate(`document.querySelectorAll(".added li").length`, &left),
	)
	if err != nil || left != 1 {
		t.Errorf("after removing one and reloading, %d added articles listed (err %v), want 1", left, err)
	}
	if got := titlesFor("evacuations"); len(got) != 0 {
		t.Errorf("the removed article is still found: %q", got)
	}
}

// dropScript drops a text file named name onto the page's drop zone, the
// way the browser does for a file dragged in from the desktop.
func dropScript(name, text string) string {
	return `{const dt = new DataTransfer();
dt.items.add(new File([` + jsString(text) + `], ` + jsString(name) + `, {type: "text/plain"}));
document.querySelector(".dropzone").dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));}
`
}

func mustRead(t *testing.T, name string) string {
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestAddingManyFilesStaysResponsive: dropping 200 generated articles
// shows that they are being indexed, and the page keeps answering while it
// indexes: a timer the page runs every millisecond gets its turn, and a
// key typed into the search box lands, before the indexing is done. The
// rebuild ran on the page's one thread in a single piece before.
func TestAddingManyFilesStaysResponsive(t *testing.T) {
	c, err := synth.Corpus(200, 7)
	if err != nil {
		t.Fatal(err)
	}
	var drop strings.Builder
	drop.WriteString("{const dt = new DataTransfer();\n")
	for i, a := range c.Articles {
		text := a.Title + "\n\n" + strings.Join(paragraphTexts(a), "\n\n") + "\n"
		fmt.Fprintf(&drop, "dt.items.add(new File([%s], %s, {type: \"text/plain\"}));\n", jsString(text), jsString(fmt.Sprintf("generated-%03d.txt", i)))
	}
	drop.WriteString(`window.parallaxTicks = {indexing: 0, answered: false};
const pane = document.querySelector(".search-pane");
const q = document.querySelector("#q");
const timer = setInterval(() => {
  if (pane.dataset.library !== "indexing") return;
  window.parallaxTicks.indexing++;
  if (q.value === "" && !window.parallaxTicks.answered) {
    q.value = "the";
    q.dispatchEvent(new Event("input", {bubbles: true}));
  } else if (pane.dataset.resultsFor === "the") {
    // The explorer searched the key typed while it indexed.
    window.parallaxTicks.answered = true;
    q.value = "";
    q.dispatchEvent(new Event("input", {bubbles: true}));
  }
}, 1);
window.parallaxStopTicks = () => clearInterval(timer);
document.querySelector(".dropzone").dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));}
`)
	srv := serve(t, staticHost(site(t)))
	ctx := browser(t)
	var ticks struct {
		Indexing int  `json:"indexing"`
		Answered bool `json:"answered"`
	}
	var added int
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+base),
		waitForApp(ctx),
		chromedp.Evaluate(drop.String(), nil),
		chromedp.Poll(`document.querySelector(".search-pane").dataset.library === "idle" && document.querySelectorAll(".added li").length > 0`, nil, chromedp.WithPollingTimeout(60*time.Second)),
		chromedp.Evaluate(`window.parallaxStopTicks(); window.parallaxTicks`, &ticks),
		chromedp.Evaluate(`document.querySelectorAll(".added li").length`, &added),
	)
	if err != nil {
		var state []string
		chromedp.Run(ctx, chromedp.Evaluate(`[String(document.querySelectorAll(".added li").length), String(!!document.querySelector(".dropzone")), JSON.stringify(window.parallaxTicks), document.querySelector(".library") ? document.querySelector(".library").textContent.slice(0, 300) : "no library", (document.querySelector(".library-status")||{}).textContent || "", [...document.querySelectorAll(".file-reports li")].slice(0,3).map(e=>e.textContent).join(" | ")]`, &state))
		t.Fatalf("adding 200 files: %v (added, status, reports: %q)", err, state)
	}
	if ticks.Indexing == 0 || !ticks.Answered {
		t.Errorf("while indexing 200 files the page ran its timer %d times and answered a search typed then: %v; want it to keep answering", ticks.Indexing, ticks.Answered)
	}
	if added != 200 {
		t.Errorf("%d files listed as added, want 200", added)
	}
}

func paragraphTexts(a *corpus.Article) []string {
	var out []string
	for _, p := range a.Paragraphs {
		out = append(out, p.Text)
	}
	return out
}
