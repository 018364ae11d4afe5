// Package e2e drives the built static site in headless Chromium, as a user
// would: served from a sub-path by a plain file server, with nothing fetched
// from any other origin.
package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/parallax-news/parallax/internal/testkit/headless"
	"github.com/parallax-news/parallax/internal/testkit/synth"
	"github.com/parallax-news/parallax/internal/wasmbuild"
)

const base = "/parallax/"

// built is what TestMain built for the tests: the static site of two
// deploys (the second with another version), and the single-file build.
var built struct {
	dist, dist2 string // sites for base, versions e2e-one and e2e-two
	single      string // explorer.html of version e2e-one
	// own and ownSingle are the site and single file of testdata/own;
	// ownReport is what the build printed about its bad files.
	own, ownSingle, ownReport string
	// hostile and hostileSingle are the site and single file of
	// testdata/hostile, articles with script planted in them.
	hostile, hostileSingle string
	// genMemory and genShards are the sites of the same generated
	// corpus, genCorpus, in the in-memory and the sharded form.
	genMemory, genShards string
	err                  error
}

// genArticles is the size of the generated corpus built in both forms:
// enough that frequent words have more passages than a postings head.
const genArticles = 300

func TestMain(m *testing.M) {
	if os.Getenv("PARALLAX_E2E") != "" {
		tmp, err := os.MkdirTemp("", "parallax-e2e-")
		if err != nil {
			panic(err)
		}
		built.err = buildSites(tmp)
		code := m.Run()
		os.RemoveAll(tmp)
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// buildSites builds app.wasm and two parallax binaries (versions e2e-one
// and e2e-two), then with them the static site for base, twice, and the
// single file, all under tmp.
func buildSites(tmp string) error {
	repo, err := filepath.Abs("..")
	if err != nil {
		return err
	}
	web := filepath.Join(tmp, "web")
	if err := os.CopyFS(web, os.DirFS(filepath.Join(repo, "web"))); err != nil {
		return fmt.Errorf("copying web/: %v", err)
	}
	for _, f := range []string{"app.wasm", "app.wasm.br", "app.wasm.gz", "wasm_exec.js"} {
		os.Remove(filepath.Join(web, f))
	}
	bin := func(v string) string { return filepath.Join(tmp, "parallax-"+v) }
	built.dist = filepath.Join(tmp, "dist")
	built.dist2 = filepath.Join(tmp, "dist2")
	built.single = filepath.Join(tmp, "single", "explorer.html")
	built.own = filepath.Join(tmp, "own")
	built.ownSingle = filepath.Join(tmp, "own-single", "explorer.html")
	ownCorpus := filepath.Join(repo, "e2e", "testdata", "own")
	built.hostile = filepath.Join(tmp, "hostile")
	built.hostileSingle = filepath.Join(tmp, "hostile-single", "explorer.html")
	hostileCorpus := filepath.Join(repo, "e2e", "testdata", "hostile")
	genCorpus := filepath.Join(tmp, "generated")
	if err := writeGenerated(genCorpus); err != nil {
		return err
	}
	built.genMemory = filepath.Join(tmp, "gen-memory")
	built.genShards = filepath.Join(tmp, "gen-shards")
	// wasmBuild builds a browser binary as make wasm does (GOOS=js is
	// added below).
	wasmBuild := func(out, pkg string) []string {
		return slices.Concat([]string{"go", "build"}, wasmbuild.Flags(), []string{"-o", out, pkg})
	}
	steps := [][]string{
		wasmBuild(filepath.Join(web, "app.wasm"), "./wasm"),
		wasmBuild(filepath.Join(web, "app-sharded.wasm"), "./wasm/sharded"),
		wasmBuild(filepath.Join(web, "finder.wasm"), "./wasm/finder"),
		{"cp", filepath.Join(runtime.GOROOT(), "lib", "wasm", "wasm_exec.js"), filepath.Join(web, "wasm_exec.js")},
		{"go", "build", "-ldflags", "-X main.version=e2e-one", "-o", bin("one"), "."},
		{"go", "build", "-ldflags", "-X main.version=e2e-two", "-o", bin("two"), "."},
		{bin("one"), "build", "-root", tmp, "-out", built.dist, "-base", base, "-brotli", "5"},
		{bin("two"), "build", "-root", tmp, "-out", built.dist2, "-base", base, "-brotli", "5"},
		{bin("one"), "build", "-root", tmp, "-single-file", built.single},
		{bin("one"), "build", "-root", tmp, "-out", built.own, "-base", base, "-brotli", "1", "-corpus", ownCorpus},
		{bin("one"), "build", "-root", tmp, "-single-file", built.ownSingle, "-corpus", ownCorpus},
		{bin("one"), "build", "-root", tmp, "-out", built.hostile, "-base", base, "-brotli", "1", "-corpus", hostileCorpus},
		{bin("one"), "build", "-root", tmp, "-single-file", built.hostileSingle, "-corpus", hostileCorpus},
		{bin("one"), "build", "-root", tmp, "-out", built.genMemory, "-base", base, "-brotli", "1", "-corpus", genCorpus, "-no-shards"},
		{bin("one"), "build", "-root", tmp, "-out", built.genShards, "-base", base, "-brotli", "1", "-corpus", genCorpus, "-shards"},
	}
	for i, s := range steps {
		cmd := exec.Command(s[0], s[1:]...)
		cmd.Dir = repo
		cmd.Env = os.Environ()
		if i < 3 {
			cmd.Env = append(cmd.Env, "GOOS=js", "GOARCH=wasm")
		}
		out, err := cmd.CombinedOutput()
		if err != nil {
			return fmt.Errorf("%s: %v\n%s", strings.Join(s, " "), err, out)
		}
		if slices.Contains(s, built.own) {
			built.ownReport = string(out)
		}
	}
	return nil
}

// writeGenerated writes the files of genArticles generated articles in
// dir.
func writeGenerated(dir string) error {
	c, err := synth.Corpus(genArticles, 3)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, a := range c.Articles {
		if err := os.WriteFile(filepath.Join(dir, a.File), []byte(a.Raw), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// site returns the built site, skipping the test unless PARALLAX_E2E is set.
func site(t *testing.T) string {
	t.Helper()
	if os.Getenv("PARALLAX_E2E") == "" {
		t.Skip("set PARALLAX_E2E=1 (make test-e2e) to build the site and drive Chromium")
	}
	if built.err != nil {
		t.Fatalf("building the site: %v", built.err)
	}
	return built.dist
}

// staticHost serves a folder under base the way a plain static host does,
// with 404.html for a missing file.
func staticHost(dir string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.StripPrefix(strings.TrimSuffix(base, "/"), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(path.Clean("/"+r.URL.Path)))); err != nil {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusNotFound)
			page, _ := os.ReadFile(filepath.Join(dir, "404.html"))
			w.Write(page)
			return
		}
		files.ServeHTTP(w, r)
	}))
}

// serve starts an HTTP server for h under base.
func serve(t *testing.T, h http.Handler) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle(base, h)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// browser starts headless Chromium and returns its context.
//
// Each step waits with a timeout of its own, which names the step that
// failed; the browser's budget is a ceiling for a test that would
// otherwise never end. Some tests take dozens of page loads, each a
// second or two here and several times that on a busy shared machine:
// a budget of 90 s for the whole test failed them on slow runs of CI
// although no step was stuck.
func browser(t *testing.T) context.Context {
	return headless.Start(t, browserBudget)
}

// browserBudget is the ceiling of one test's browser.
const browserBudget = 5 * time.Minute

// waitForApp waits until the wasm has mounted the page, which then marks
// its root element data-ready.
func waitForApp(ctx context.Context) chromedp.Action {
	// Ready, and settled: the actors, found just after the first results,
	// are drawn, so the layout no longer moves under a click.
	return chromedp.Poll(`document.documentElement.dataset.ready === "true" && document.querySelector('[aria-busy="true"]') === null`, nil, chromedp.WithPollingTimeout(60*time.Second))
}

func TestSearchOnStaticSite(t *testing.T) {
	srv := serve(t, staticHost(site(t)))

	ctx := browser(t)
	requests := recordRequests(ctx)

	var status, search string
	var titles, marks []string
	err := chromedp.Run(ctx,
		network.Enable(),
		chromedp.Navigate(srv.URL+base),
		waitForApp(ctx),
		chromedp.SendKeys("#q", "Shoigu", chromedp.ByQuery),
		// "Shoig" finds the same passages: wait for the last keystroke's
		// screen before reading it.
		chromedp.Poll(`document.querySelector(".search-pane").dataset.resultsFor === "Shoigu" && document.querySelector(".status").textContent === "7 passages in 2 articles"`, nil, chromedp.WithPollingTimeout(20*time.Second)),
		chromedp.Text(".status", &status, chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll(".result-group .result-title")].map(e => e.textContent)`, &titles),
		chromedp.Evaluate(`[...document.querySelectorAll("mark")].map(e => e.textContent)`, &marks),
		// The address follows once typing pauses.
		chromedp.Poll(`location.search === "?q=Shoigu"`, nil, chromedp.WithPollingTimeout(5*time.Second)),
		chromedp.Evaluate(`location.search`, &search),
	)
	if err != nil {
		t.Fatalf("typing Shoigu: %v (status %q, address %q)", err, status, search)
	}
	want := []string{"North Korea and Russia plan closer cooperation", "North Korea and Russia vow to strengthen bonds amid isolation"}
	if len(titles) != 2 || titles[0] != want[0] || titles[1] != want[1] {
		t.Errorf("result articles = %q, want %q", titles, want)
	}
	if len(marks) == 0 {
		t.Error("no highlighted text in the results")
	}
	for _, m := range marks {
		if m != "Shoigu" {
			t.Errorf("highlighted %q, want Shoigu", m)
		}
	}
	if search != "?q=Shoigu" {
		t.Errorf("location.search = %q, want ?q=Shoigu", search)
	}

	// The site's actors come stored with it: the facet fills without the
	// actor finder, which a visit like this one never runs.
	var finder string
	err = chromedp.Run(ctx,
		chromedp.Poll(`document.querySelectorAll(".chip-name").length > 0`, nil, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Evaluate(`typeof globalThis.parallaxFindActors`, &finder),
	)
	if err != nil || finder != "undefined" {
		t.Errorf("after the facet filled (%v), the actor finder is %q, want never loaded", err, finder)
	}

	// Opening a passage shows it in the reader, and the link keeps the
	// sub-path.
	var target, path string
	err = chromedp.Run(ctx,
		chromedp.Click(".passage-link", chromedp.ByQuery),
		chromedp.WaitVisible(".para.target", chromedp.ByQuery),
		chromedp.Text(".para.target", &target, chromedp.ByQuery),
		chromedp.Evaluate(`location.pathname`, &path),
	)
	if err != nil {
		t.Fatalf("opening a passage: %v", err)
	}
	if !strings.Contains(target, "Shoigu") || path != base {
		t.Errorf("reader target = %q at %q, want a Shoigu passage at %s", target, path, base)
	}

	// A shared link reproduces the view after a fresh load.
	var reloaded string
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+base+"?q=sanctons"),
		waitForApp(ctx),
		chromedp.Poll(`document.querySelectorAll("mark").length > 0`, nil, chromedp.WithPollingTimeout(20*time.Second)),
		chromedp.Text("mark", &reloaded, chromedp.ByQuery),
	)
	if err != nil || reloaded != "sanctions" {
		t.Errorf("shared link ?q=sanctons: first mark %q, err %v; want sanctions", reloaded, err)
	}

	// The other two views: an actor chip narrows the results, and the
	// overview's cells open a comparison, all under the sub-path.
	var chip, verdict, comparePath, readyFor string
	err = chromedp.Run(ctx,
		// Ready means the URL's view is drawn: a click at that moment must
		// act on it, not on a first render still waiting for OnNav. The
		// observer records what the page shows when data-ready appears.
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(readyWitness).Do(ctx)
			return err
		}),
		chromedp.Navigate(srv.URL+base+"?q=weapons"),
		waitForApp(ctx),
		chromedp.Evaluate(`window.resultsWhenReady`, &readyFor),
		chromedp.Click(`.chip[data-actor="sergei-shoigu"]`, chromedp.ByQuery),
		chromedp.Poll(`document.querySelector(".status").textContent === "1 passage in 1 article"`, nil, chromedp.WithPollingTimeout(20*time.Second)),
		chromedp.Text(".chip.on .chip-name", &chip, chromedp.ByQuery),
		chromedp.Navigate(srv.URL+base+"?compare=all"),
		waitForApp(ctx),
		chromedp.Click(".matrix td a", chromedp.ByQuery),
		chromedp.WaitVisible(".verdict", chromedp.ByQuery),
		chromedp.Text(".verdict strong", &verdict, chromedp.ByQuery),
		chromedp.Evaluate(`location.pathname`, &comparePath),
	)
	if readyFor != "weapons" {
		t.Errorf("when the page was marked ready it showed results for %q, want weapons", readyFor)
	}
	if err != nil || chip != "Sergei Shoigu" || verdict == "" || comparePath != base {
		t.Errorf("actor filter and comparison: chip %q, verdict %q, path %q, err %v", chip, verdict, comparePath, err)
	}

	checkOrigin(t, requests(), srv.URL+"/")
}

// readyWitness, run before any page script, stores in resultsWhenReady the
// query whose results the page shows when it is marked ready.
const readyWitness = `new MutationObserver((_, obs) => {
	if (document.documentElement.dataset.ready !== "true") return;
	const pane = document.querySelector(".search-pane");
	window.resultsWhenReady = pane ? pane.dataset.resultsFor : "(no search pane)";
	obs.disconnect();
}).observe(document, {subtree: true, attributes: true, attributeFilter: ["data-ready"]});`

// recordRequests records the URL of every request the page makes, and
// returns a function giving those seen so far.
func recordRequests(ctx context.Context) func() []string {
	var mu sync.Mutex
	var urls []string
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			mu.Lock()
			urls = append(urls, e.Request.URL)
			mu.Unlock()
		}
	})
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), urls...)
	}
}

// checkOrigin fails the test for any request outside origin, but for data:
// and blob: URLs, which the page makes itself.
func checkOrigin(t *testing.T, requests []string, origin string) {
	t.Helper()
	if len(requests) == 0 {
		t.Fatal("saw no requests: the listener is broken")
	}
	for _, u := range requests {
		if !strings.HasPrefix(u, origin) && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") {
			t.Errorf("the page requested %s, outside %s", u, origin)
		}
	}
}
