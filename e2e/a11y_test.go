package e2e

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// axeVersion is the axe-core release the audit runs, from the npm registry.
const axeVersion = "4.14.1"

// axeScript installs axe-core with npm into a temporary folder and returns
// its browser script.
func axeScript(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	cmd := exec.Command("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", dir, "axe-core@"+axeVersion)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("installing axe-core from npm: %v\n%s", err, out)
	}
	b, err := os.ReadFile(filepath.Join(dir, "node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestAccessibility runs axe-core on every view of the explorer, in light
// and dark themes and at phone and desktop widths, and fails on any
// serious or critical violation.
func TestAccessibility(t *testing.T) {
	srv := serve(t, staticHost(site(t)))
	axe := axeScript(t)
	views := []string{
		"",
		"?q=Shoigu",
		"?q=xqzvw",
		"?q=Kim+Pyongyang&actor=kim-jong-un",
		"?article=capitalpost-2024-06-19&passage=capitalpost-2024-06-19/p3",
		"?who=sergei-shoigu",
		"?compare=yahoo-2022-08-15,nowreading-2022-08-16",
		"?compare=all",
		"?timeline=1",
		"?sources=1",
		"?timeline=1&actor=sergei-shoigu&article=stockmarkets-2023-08-16&passage=stockmarkets-2023-08-16/p5",
		"no/such/page",
	}
	// The sharded form's own views, over the generated corpus.
	sharded := serve(t, staticHost(built.genShards))
	shardedViews := []string{"", "?q=Shoigu", "?compare=all", "?timeline=1", "?sources=1", "?who=sergei-shoigu"}
	for _, scheme := range []string{"light", "dark"} {
		for _, width := range []int64{360, 1280} {
			ctx := browser(t)
			err := chromedp.Run(ctx, chromedp.EmulateViewport(width, 800), emulateScheme(scheme))
			if err != nil {
				t.Fatal(err)
			}
			pages := make([]string, 0, len(views)+len(shardedViews))
			for _, v := range views {
				pages = append(pages, srv.URL+base+v)
			}
			for _, v := range shardedViews {
				pages = append(pages, sharded.URL+base+v)
			}
			for _, page := range pages {
				v := strings.TrimPrefix(page, "http://")
				var raw string
				err := chromedp.Run(ctx,
					chromedp.Navigate(page),
					waitForApp(ctx),
					chromedp.Poll(`document.querySelector('[aria-busy="true"]') === null`, nil, chromedp.WithPollingTimeout(30*time.Second)),
					chromedp.Evaluate(axe, nil),
					chromedp.Evaluate(`axe.run(document, { resultTypes: ["violations"] }).then(r => JSON.stringify(r.violations.filter(v => v.impact === "serious" || v.impact === "critical").map(v => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(" ")) }))))`,
						&raw, awaitPromise),
				)
				if err != nil {
					t.Fatalf("auditing %s: %v", v, err)
				}
				var violations []struct {
					ID, Help string
					Nodes    []string
				}
				if err := json.Unmarshal([]byte(raw), &violations); err != nil {
					t.Fatal(err)
				}
				for _, x := range violations {
					t.Errorf("%s theme, %d px, %q: %s (%s) at %s", scheme, width, v, x.ID, x.Help, strings.Join(x.Nodes, "; "))
				}
			}
		}
	}
}

// emulateScheme makes the page see the system theme scheme ("light" or
// "dark").
func emulateScheme(scheme string) chromedp.Action {
	return emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}})
}

// TestKeyboardOnly: search, pick a result, read it and come back without a
// mouse.
func TestKeyboardOnly(t *testing.T) {
	srv := serve(t, staticHost(site(t)))
	ctx := browser(t)
	var focused, target, back string
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+base),
		waitForApp(ctx),
		chromedp.Evaluate(`document.activeElement.blur()`, nil),
		chromedp.KeyEvent("/"),
		chromedp.Evaluate(`document.activeElement.id`, &focused),
		chromedp.KeyEvent("Shoigu"),
		waitStatus("7 passages in 2 articles"),
		chromedp.KeyEvent(kb.ArrowDown),
		chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(".para.target", chromedp.ByQuery),
		chromedp.Text(".para.target", &target, chromedp.ByQuery),
		chromedp.KeyEvent(kb.Escape),
		chromedp.Evaluate(`document.activeElement.id`, &back),
	)
	if err != nil {
		t.Fatalf("keyboard only: %v", err)
	}
	if focused != "q" || !strings.Contains(target, "Shoigu") || back != "q" {
		t.Errorf("/ focused %q, Enter opened %q, Escape went back to %q; want q, a Shoigu passage, q", focused, target, back)
	}
}

// TestPhoneFacet: on a 360 px phone the actor facet is folded, so the
// first result shows without scrolling; its toggle unfolds it.
func TestPhoneFacet(t *testing.T) {
	srv := serve(t, staticHost(site(t)))
	ctx := browser(t)
	var firstTop, viewport float64
	var foldedShown, unfoldedShown bool
	err := chromedp.Run(ctx,
		chromedp.EmulateViewport(360, 740),
		chromedp.Navigate(srv.URL+base+"?q=Kim"),
		waitForApp(ctx),
		chromedp.WaitVisible(".passage", chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelector(".passage").getBoundingClientRect().top`, &firstTop),
		chromedp.Evaluate(`window.innerHeight`, &viewport),
		chromedp.Evaluate(`document.querySelector(".facet-groups").checkVisibility()`, &foldedShown),
		chromedp.Click(".facet-toggle", chromedp.ByQuery),
		chromedp.Poll(`document.querySelector(".facet-groups").checkVisibility()`, &unfoldedShown, chromedp.WithPollingTimeout(5*time.Second)),
	)
	if err != nil {
		t.Fatalf("phone facet: %v", err)
	}
	if foldedShown || firstTop > viewport-80 {
		t.Errorf("at 360 px: facet lists shown %v, first result at %.0f px of %.0f; want the lists folded and the result in view", foldedShown, firstTop, viewport)
	}
	if !unfoldedShown {
		t.Error("the facet toggle did not unfold the lists")
	}
}

// TestTimelineByKeyboard: an event of the timeline opens its passage beside
// it from the keyboard, and the reader's close leads back.
func TestTimelineByKeyboard(t *testing.T) {
	srv := serve(t, staticHost(site(t)))
	ctx := browser(t)
	var target, search string
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+base+"?timeline=1"),
		waitForApp(ctx),
		chromedp.WaitVisible(".chrono-event a", chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll(".chrono-event a")].find(a => a.textContent.includes("on February 24")).focus()`, nil),
		chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(".para.target", chromedp.ByQuery),
		chromedp.Text(".para.target", &target, chromedp.ByQuery),
		chromedp.Evaluate(`location.search`, &search),
	)
	if err != nil {
		t.Fatalf("timeline by keyboard: %v", err)
	}
	if !strings.Contains(target, "February 24") || !strings.Contains(search, "timeline=1") {
		t.Errorf("Enter on the event opened %q at %q; want its passage beside the timeline", target, search)
	}
}
