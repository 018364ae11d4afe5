package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// TestOwnCorpus: a site and a single file built from a folder of one's own
// articles show those articles, not the default ones, and the build names
// each bad file of the folder and why it was left out, and each file kept
// that has another's text.
func TestOwnCorpus(t *testing.T) {
	site(t)
	for file, why := range map[string]string{
		"empty.txt":    "empty",
		"photo.txt":    "binary",
		"latin1.txt":   "not UTF-8",
		"bad-front.md": "never closed",
		"bad-date.md":  "not a date",
	} {
		if !strings.Contains(built.ownReport, "skipped "+file+": ") || !strings.Contains(built.ownReport, why) {
			t.Errorf("the build's report does not say %s was skipped (%s):\n%s", file, why, built.ownReport)
		}
	}
	// Two files with one text are both kept, and the build says so.
	if !strings.Contains(built.ownReport, "kept flood-reuters.md: the same article text as flood-copy.md") {
		t.Errorf("the build's report does not say flood-reuters.md was kept beside flood-copy.md:\n%s", built.ownReport)
	}
	own := serve(t, staticHost(built.own))
	for _, url := range []string{own.URL + base, "file://" + built.ownSingle} {
		ctx := browser(t)
		requests := recordRequests(ctx)
		var titles []string
		var heading string
		err := chromedp.Run(ctx,
			network.Enable(),
			chromedp.Navigate(url),
			waitForApp(ctx),
			chromedp.SendKeys("#q", "Orban", chromedp.ByQuery),
			chromedp.Poll(`document.querySelector(".search-pane").dataset.resultsFor === "Orban"`, nil),
			chromedp.Evaluate(`[...document.querySelectorAll(".result-group .result-title")].map(e => e.textContent).sort()`, &titles),
			chromedp.Evaluate(`document.title`, &heading),
		)
		if err != nil {
			t.Fatalf("%s: %v", url, err)
		}
		want := []string{"Budapest braces for the Danube crest", "Danube floods force evacuations in three countries", "Danube floods force evacuations in three countries"}
		if strings.Join(titles, "|") != strings.Join(want, "|") {
			t.Errorf("%s: results %q, want %q", url, titles, want)
		}
		if !strings.Contains(heading, "own") {
			t.Errorf("%s: title %q does not name the corpus folder", url, heading)
		}
		checkOrigin(t, requests(), strings.TrimSuffix(url, "explorer.html"))
	}
}
