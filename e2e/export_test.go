package e2e

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/search"
)

// TestExportAndCite: the results download as CSV with one row per passage
// found (all of them, not the page shown), and a passage copies with its
// citation.
func TestExportAndCite(t *testing.T) {
	srv := serve(t, staticHost(site(t)))
	ctx := browser(t)
	dir := t.TempDir()
	var copied, label string
	err := chromedp.Run(ctx,
		cdpbrowser.SetDownloadBehavior(cdpbrowser.SetDownloadBehaviorBehaviorAllow).WithDownloadPath(dir),
		chromedp.ActionFunc(func(ctx context.Context) error {
			// Record what the page copies instead of touching the
			// machine's clipboard.
			_, err := page.AddScriptToEvaluateOnNewDocument(`Object.defineProperty(navigator, "clipboard", {value: {writeText: t => { window.copied = t; return Promise.resolve(); }}});`).Do(ctx)
			return err
		}),
		chromedp.Navigate(srv.URL+base+"?q=Kim"),
		waitForApp(ctx),
		chromedp.Click(`.export-button[aria-label="Download these results as CSV"]`, chromedp.ByQuery),
		chromedp.Click(".passage-link", chromedp.ByQuery),
		chromedp.WaitVisible(".para.target .copy-cite", chromedp.ByQuery),
		chromedp.Click(".para.target .copy-cite", chromedp.ByQuery),
		chromedp.Poll(`window.copied !== undefined`, nil, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Evaluate(`window.copied`, &copied),
		chromedp.Text(".para.target .copy-cite", &label, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatalf("exporting and copying: %v", err)
	}
	if !strings.HasPrefix(copied, "“") || !strings.Contains(copied, "” — ") || !strings.Contains(copied, "20") || label != "Copied" {
		t.Errorf("copied %q (button %q), want the passage quoted with outlet, title and date", copied, label)
	}

	var rows [][]string
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		data, err := os.ReadFile(filepath.Join(dir, "parallax-results.csv"))
		if err == nil && len(data) > 0 {
			rows, err = csv.NewReader(strings.NewReader(string(data))).ReadAll()
			if err != nil {
				t.Fatalf("the downloaded CSV does not parse: %v", err)
			}
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if len(rows) == 0 {
		t.Fatal("no parallax-results.csv was downloaded")
	}
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	out := search.NewIndex(c).Search("Kim", search.Options{}).Total
	if len(rows)-1 != out || rows[0][0] != "rank" {
		t.Errorf("the CSV has %d passages (header %q), want %d as parallax search finds", len(rows)-1, rows[0], out)
	}
}
