package e2e

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// searchShoigu types Shoigu and waits for its known result count, on
// the last keystroke's screen ("Shoig" finds the same passages).
func searchShoigu() chromedp.Action {
	return chromedp.Tasks{
		chromedp.SendKeys("#q", "Shoigu", chromedp.ByQuery),
		chromedp.Poll(`(document.querySelector(".search-pane") || {dataset: {}}).dataset.resultsFor === "Shoigu"`, nil, chromedp.WithPollingTimeout(20*time.Second)),
		waitStatus("7 passages in 2 articles"),
	}
}

// waitStatus waits until the result count reads want.
func waitStatus(want string) chromedp.Action {
	return chromedp.Poll(`(document.querySelector(".status") || {}).textContent === `+jsString(want), nil, chromedp.WithPollingTimeout(20*time.Second))
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestWrongContentType: a host that serves .wasm as octet-stream, which
// WebAssembly.instantiateStreaming refuses, still gets a working explorer.
func TestWrongContentType(t *testing.T) {
	host := staticHost(site(t))
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, ".wasm") {
			w.Header().Set("Content-Type", "application/octet-stream")
		}
		host.ServeHTTP(w, r)
	}))
	ctx := browser(t)
	if err := chromedp.Run(ctx, chromedp.Navigate(srv.URL+base), waitForApp(ctx), searchShoigu()); err != nil {
		t.Fatalf("with app.wasm served as application/octet-stream: %v", err)
	}
}

// TestPrecompressed: a host that serves the precompressed app.wasm.br or
// .gz (so Content-Length is the compressed size) starts the explorer, and
// the progress bar ends at exactly 100%.
func TestPrecompressed(t *testing.T) {
	dist := site(t)
	host := staticHost(dist)
	var served atomic.Value
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/app.wasm") {
			accept := r.Header.Get("Accept-Encoding")
			for _, enc := range []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
				if !strings.Contains(accept, enc.name) {
					continue
				}
				body, err := os.ReadFile(filepath.Join(dist, "web", "app.wasm"+enc.ext))
				if err != nil {
					http.Error(w, err.Error(), 500)
					return
				}
				served.Store(enc.name)
				w.Header().Set("Content-Type", "application/wasm")
				w.Header().Set("Content-Encoding", enc.name)
				w.Write(body)
				return
			}
		}
		host.ServeHTTP(w, r)
	}))
	ctx := browser(t)
	var highest float64
	var downloads int
	var fromCache bool
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+base),
		waitForApp(ctx),
		searchShoigu(),
		chromedp.Evaluate(`parallaxLoader.highest`, &highest),
		// The <head> preloads app.wasm; the page script's fetch must take
		// that download, not start a second one.
		chromedp.Evaluate(`performance.getEntriesByType("resource").filter((e) => e.name.includes("/app.wasm")).length`, &downloads),
		chromedp.Evaluate(`parallaxLoader.fromCache`, &fromCache),
	)
	if err != nil {
		t.Fatalf("with a precompressed app.wasm: %v", err)
	}
	if served.Load() == nil {
		t.Fatal("the browser took no compressed app.wasm: the test checks nothing")
	}
	if highest < 0.999 || highest > 1.001 {
		t.Errorf("progress ended at %.3f with %s encoding, want 1.0", highest, served.Load())
	}
	if fromCache {
		t.Error("a first visit took app.wasm as cached: its download showed no progress")
	}
	if downloads != 1 {
		t.Errorf("the page downloaded app.wasm %d times, want once (the preload's request unused?)", downloads)
	}
}

// switchable serves one of several folders, or cuts the connection, as
// the test says.
type switchable struct {
	mu      sync.Mutex
	host    http.Handler
	offline bool
}

func (s *switchable) set(dir string, offline bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.host, s.offline = staticHost(dir), offline
}

func (s *switchable) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	host, offline := s.host, s.offline
	s.mu.Unlock()
	if offline {
		// Drop the connection without an answer: a network failure.
		if conn, _, err := w.(http.Hijacker).Hijack(); err == nil {
			conn.Close()
		}
		return
	}
	host.ServeHTTP(w, r)
}

// waitForWorker waits until the service worker controls the page, which
// it does once it has cached everything.
func waitForWorker() chromedp.Action {
	return chromedp.Poll(`navigator.serviceWorker.controller !== null`, nil, chromedp.WithPollingTimeout(30*time.Second))
}

// TestOffline: after one visit, the explorer reloads and searches with the
// network cut, and so do shared links with a query string.
func TestOffline(t *testing.T) {
	s := &switchable{}
	s.set(site(t), false)
	srv := serve(t, s)
	ctx := browser(t)
	if err := chromedp.Run(ctx, chromedp.Navigate(srv.URL+base), waitForApp(ctx), waitForWorker()); err != nil {
		t.Fatalf("first visit: %v", err)
	}
	s.set(built.dist, true)
	var chip string
	var fromCache bool
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+base),
		waitForApp(ctx),
		// From the worker's cache, app.wasm goes to the compiler as it is.
		chromedp.Evaluate(`parallaxLoader.fromCache`, &fromCache),
		searchShoigu(),
		chromedp.Navigate(srv.URL+base+"?q=weapons&actor=sergei-shoigu"),
		waitForApp(ctx),
		waitStatus("1 passage in 1 article"),
		chromedp.Text(".chip.on .chip-name", &chip, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatalf("offline: %v", err)
	}
	if chip != "Sergei Shoigu" {
		t.Errorf("offline shared link: selected actor %q, want Sergei Shoigu", chip)
	}
	if !fromCache {
		t.Errorf("the repeat visit counted app.wasm's bytes instead of compiling the cached response as it is")
	}
}

// TestNewDeploy: a visit after a new deploy runs the new version, and the
// old version's cache is dropped.
func TestNewDeploy(t *testing.T) {
	s := &switchable{}
	s.set(site(t), false)
	srv := serve(t, s)
	ctx := browser(t)
	var before, after string
	var caches []string
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+base),
		waitForApp(ctx),
		waitForWorker(),
		chromedp.Text(".bottom .version", &before, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatalf("first deploy: %v", err)
	}
	s.set(built.dist2, false)
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+base),
		waitForApp(ctx),
		searchShoigu(),
		chromedp.Text(".bottom .version", &after, chromedp.ByQuery),
		// caches.keys() is a promise: each poll starts one and checks
		// what the previous one found.
		chromedp.Poll(`(caches.keys().then(k => window.cacheNames = k), JSON.stringify(window.cacheNames) === '["parallax-e2e-two"]')`, nil,
			chromedp.WithPollingTimeout(30*time.Second), chromedp.WithPollingInterval(200*time.Millisecond)),
		chromedp.Evaluate(`caches.keys()`, &caches, awaitPromise),
	)
	if err != nil {
		t.Fatalf("second deploy: %v (caches %q)", err, caches)
	}
	if before != "e2e-one" || after != "e2e-two" {
		t.Errorf("version before and after the deploy = %q, %q; want e2e-one, e2e-two", before, after)
	}
}

func awaitPromise(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }

// TestSingleFile: the one-file build opened from disk searches, opens a
// passage and requests nothing but itself.
func TestSingleFile(t *testing.T) {
	site(t)
	ctx := browser(t)
	requests := recordRequests(ctx)
	url := "file://" + built.single
	var target string
	for _, step := range []struct {
		name    string
		actions chromedp.Action
	}{
		{"loading", chromedp.Tasks{network.Enable(), chromedp.Navigate(url), waitForApp(ctx)}},
		{"searching", searchShoigu()},
		{"opening a passage", chromedp.Tasks{
			chromedp.Click(".passage-link", chromedp.ByQuery),
			chromedp.Poll(`document.querySelector(".para.target") !== null`, nil, chromedp.WithPollingTimeout(30*time.Second)),
			chromedp.Text(".para.target", &target, chromedp.ByQuery),
		}},
	} {
		if err := chromedp.Run(ctx, step.actions); err != nil {
			var state string
			chromedp.Run(ctx, chromedp.Evaluate(`JSON.stringify({url: location.href, ready: document.documentElement.dataset.ready, status: document.querySelector(".status")?.textContent, busy: document.querySelectorAll('[aria-busy="true"]').length, loader: document.getElementById("app-wasm-loader-label")?.textContent})`, &state))
			t.Fatalf("%s %s: %v (page: %s)", step.name, url, err, state)
		}
	}
	if !strings.Contains(target, "Shoigu") {
		t.Errorf("reader target = %q, want a Shoigu passage", target)
	}
	// The actor finder, for articles a reader adds, is inside the file
	// too, and starts from there.
	var finder string
	fctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	err := chromedp.Run(fctx, chromedp.Evaluate(`parallaxLoadFinder().then(() => typeof parallaxFindActors)`, &finder, awaitPromise))
	if err != nil || finder != "function" {
		t.Errorf("loading the actor finder in the single file: %q (%v), want its function on the page", finder, err)
	}
	checkOrigin(t, requests(), url)
}

// TestNotFound: a missing path on a static host shows the not-found page,
// whose link leads back to the explorer.
func TestNotFound(t *testing.T) {
	srv := serve(t, staticHost(site(t)))
	ctx := browser(t)
	var heading, path string
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+base+"no/such/page"),
		waitForApp(ctx),
		chromedp.Text(".not-found h2", &heading, chromedp.ByQuery),
		chromedp.Click(".not-found a", chromedp.ByQuery),
		chromedp.WaitVisible("#q", chromedp.ByQuery),
		chromedp.Evaluate(`location.pathname`, &path),
	)
	if err != nil {
		t.Fatalf("unknown path: %v", err)
	}
	if heading != "This page does not exist" || path != base {
		t.Errorf("not-found page: heading %q, link led to %q; want the explorer at %s", heading, path, base)
	}
}

// TestNoWebAssembly: a browser without WebAssembly keeps the pre-rendered
// page and says what is off.
func TestNoWebAssembly(t *testing.T) {
	srv := serve(t, staticHost(site(t)))
	ctx := browser(t)
	var cards, finding int
	err := chromedp.Run(ctx,
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(`delete window.WebAssembly`).Do(ctx)
			return err
		}),
		chromedp.Navigate(srv.URL+base),
		chromedp.Poll(`(document.getElementById("app-wasm-loader-label") || {}).textContent.includes("cannot run WebAssembly")`, nil,
			chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Evaluate(`document.querySelectorAll(".article-card").length`, &cards),
		// The pre-rendered "finding the actors" placeholders go: they never will be.
		chromedp.Evaluate(`[...document.querySelectorAll('[aria-busy="true"]')].filter((el) => el.offsetParent !== null).length`, &finding),
	)
	if err != nil {
		t.Fatalf("without WebAssembly: %v", err)
	}
	if cards != 5 {
		t.Errorf("without WebAssembly the page lists %d articles, want the 5 pre-rendered", cards)
	}
	if finding != 0 {
		t.Errorf("without WebAssembly %d placeholders still say the actors are being found", finding)
	}
}
