package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
	"github.com/parallax-news/parallax/internal/testkit/headless"
	"github.com/parallax-news/parallax/internal/testkit/synth"
)

// Throttling of the large-corpus benchmark (issue 22): a cold visit over
// 20 Mbit/s down, 5 up, 40 ms of latency.
const (
	throttleDown    = 20e6 / 8
	throttleUp      = 5e6 / 8
	throttleLatency = 40
	largeRuns       = 3       // cold loads per figure
	pagefindVersion = "1.6.0" // from the npm registry
)

// largeQueries are typed into the sharded explorer: one to three words,
// a typo, names.
var largeQueries = []string{"Shoigu", "sanctons", "Pyongyang", "artillery shells", "Kim Jong Un"}

// queriesToType are largeQueries, or those PARALLAX_LARGE_QUERIES names
// ("Kim Jong Un,Shoigu").
func queriesToType() []string {
	if spec := os.Getenv("PARALLAX_LARGE_QUERIES"); spec != "" {
		return strings.Split(spec, ",")
	}
	return largeQueries
}

// largeSizes are the corpus sizes of make bench-large; PARALLAX_LARGE
// gives others ("10000,100000").
func largeSizes(t *testing.T) []int {
	spec := os.Getenv("PARALLAX_LARGE")
	if spec == "" || spec == "1" {
		return []int{10000, 100000}
	}
	var out []int
	for _, f := range strings.Split(spec, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			t.Fatalf("PARALLAX_LARGE=%q: want sizes like 10000,100000", spec)
		}
		out = append(out, n)
	}
	return out
}

// TestLargeSite (make bench-large) builds the site of generated corpora
// of 10,000 and 100,000 articles with parallax build, which chooses the
// sharded form at that size, and prints: the build's time and peak
// memory, the site's files and bytes, and in headless Chromium, throttled
// and with a cold cache, the time to the page's first usable search
// beside the go-app hello world's, and for each typed query the time to
// its first results, the bytes it fetched, opening an article and the
// warm keystrokes' latency.
func TestLargeSite(t *testing.T) {
	if os.Getenv("PARALLAX_LARGE") == "" {
		t.Skip("set PARALLAX_LARGE=1 (make bench-large) to build sites of 10,000 and 100,000 generated articles and measure them throttled in Chromium")
	}
	root := t.TempDir()
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(repo, "parallax")
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("%s is missing: make bench-large runs make build first", bin)
	}
	hello := filepath.Join(root, "hello")
	for _, s := range [][]string{
		{"GOOS=js", "GOARCH=wasm", "go", "build", "-trimpath", "-ldflags", "-s -w", "-o", filepath.Join(hello, "web", "app.wasm"), "./bench/testdata/hello"},
		{"go", "run", "./bench/testdata/hello", hello, "/hello"},
		{"cp", filepath.Join(goroot(t), "lib", "wasm", "wasm_exec.js"), filepath.Join(hello, "wasm_exec.js")},
	} {
		run(t, repo, s)
	}
	out := os.Stdout
	fmt.Fprintf(out, "Large corpora: sites built by parallax build, measured in Chromium %s, throttled to %.0f Mbit/s down, %.0f ms latency, cold cache, medians of %d loads\n", headless.Version(), throttleDown*8/1e6, float64(throttleLatency), largeRuns)
	// The test certificate of the HTTP/2 server below: Chromium speaks
	// HTTP/2 only over TLS.
	ctx := headless.Start(t, 60*time.Minute, chromedp.Flag("ignore-certificate-errors", true))
	if err := chromedp.Run(ctx, network.Enable(), network.SetBypassServiceWorker(true),
		network.EmulateNetworkConditions(false, throttleLatency, throttleDown, throttleUp)); err != nil {
		t.Fatal(err)
	}
	if site := os.Getenv("PARALLAX_LARGE_SITE"); site != "" {
		measureBuiltSite(t, ctx, out, hello, site)
		return
	}
	for _, n := range largeSizes(t) {
		corpusDir := filepath.Join(root, fmt.Sprintf("corpus-%d", n))
		site := filepath.Join(root, fmt.Sprintf("site-%d", n))
		pages := filepath.Join(root, fmt.Sprintf("pages-%d", n))
		start := time.Now()
		writeCorpus(t, corpusDir, pages, n)
		t.Logf("generated %d articles in %.0f s", n, time.Since(start).Seconds())
		fmt.Fprintf(out, "\n## %d generated articles\n\n", n)
		buildLarge(t, out, bin, corpusDir, site)
		os.RemoveAll(corpusDir)
		buildPagefind(t, out, root, pages)

		mux := http.NewServeMux()
		mux.Handle("/hello/", http.StripPrefix("/hello", http.FileServer(http.Dir(hello))))
		mux.Handle("/pf/", http.StripPrefix("/pf", http.FileServer(http.Dir(pages))))
		mux.Handle("/", http.FileServer(http.Dir(site)))
		count := &served{}
		srv := httptest.NewServer(count.wrap(mux))
		helloReady := coldReady(t, ctx, srv.URL+"/hello/", "bench-ready")
		ready := coldReady(t, ctx, srv.URL+"/", "parallax-ready")
		fmt.Fprintf(out, "\n| page | ready, cold (ms) | × hello world |\n| --- | ---: | ---: |\n")
		fmt.Fprintf(out, "| go-app hello world | %.0f | 1.00 |\n| Parallax, sharded | %.0f | %.2f |\n", helloReady, ready, ready/helloReady)
		typeLarge(t, ctx, out, srv.URL+"/", count)
		searchPagefind(t, ctx, out, srv.URL+"/pf/search.html", count)
		srv.Close()
		// The same site over HTTP/2, as CDNs serve static files: the
		// browser sends a round's requests at once, where over HTTP/1.1
		// it sends six at a time (the page's search counts a request's
		// cost as over HTTP/1.1 for every host: app.browserRequestBytes).
		h2 := httptest.NewUnstartedServer(count.wrap(mux))
		h2.EnableHTTP2 = true
		h2.StartTLS()
		fmt.Fprintf(out, "\nServed over HTTP/2 (TLS with a test certificate), as CDNs serve static files; the same throttling:\n")
		typeLarge(t, ctx, out, h2.URL+"/", count)
		h2.Close()
		os.RemoveAll(site)
		os.RemoveAll(pages)
	}
}

// measureBuiltSite measures, over HTTP/1.1, a site parallax build wrote
// before (PARALLAX_LARGE_SITE): its start beside the hello world's and
// the typed queries, without generating or building anything.
func measureBuiltSite(t *testing.T, ctx context.Context, out io.Writer, hello, site string) {
	fmt.Fprintf(out, "\n## The site in %s\n", site)
	mux := http.NewServeMux()
	mux.Handle("/hello/", http.StripPrefix("/hello", http.FileServer(http.Dir(hello))))
	mux.Handle("/", http.FileServer(http.Dir(site)))
	count := &served{}
	srv := httptest.NewServer(count.wrap(mux))
	defer srv.Close()
	helloReady := coldReady(t, ctx, srv.URL+"/hello/", "bench-ready")
	ready := coldReady(t, ctx, srv.URL+"/", "parallax-ready")
	fmt.Fprintf(out, "\n| page | ready, cold (ms) | × hello world |\n| --- | ---: | ---: |\n")
	fmt.Fprintf(out, "| go-app hello world | %.0f | 1.00 |\n| Parallax, sharded | %.0f | %.2f |\n", helloReady, ready, ready/helloReady)
	typeLarge(t, ctx, out, srv.URL+"/", count)
}

// writeCorpus writes n generated articles as files in dir, and as HTML
// pages in pages, for Pagefind.
func writeCorpus(t *testing.T, dir, pages string, n int) {
	t.Helper()
	c, err := synth.Corpus(n, 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(pages, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, a := range c.Articles {
		if err := os.WriteFile(filepath.Join(dir, a.File), []byte(a.Raw), 0o644); err != nil {
			t.Fatal(err)
		}
		var page strings.Builder
		page.WriteString("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + html.EscapeString(a.Title) + "</title></head><body><main><h1>" + html.EscapeString(a.Title) + "</h1>")
		for _, p := range a.Paragraphs {
			page.WriteString("<p>" + html.EscapeString(p.Text) + "</p>")
		}
		page.WriteString("</main></body></html>\n")
		if err := os.WriteFile(filepath.Join(pages, a.ID+".html"), []byte(page.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// buildLarge runs parallax build over dir and prints its time, its peak
// memory and the site's files.
func buildLarge(t *testing.T, out io.Writer, bin, dir, site string) {
	t.Helper()
	cmd := exec.Command(bin, "build", "-corpus", dir, "-out", site, "-brotli", "5")
	var stderr strings.Builder
	cmd.Stdout, cmd.Stderr = io.Discard, &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatalf("parallax build: %v", err)
	}
	// The peak is read from /proc while the build runs: the rusage of a
	// child counts the parent's peak too, since Go starts it sharing the
	// parent's memory until it execs (and this test holds a corpus).
	var peak atomic.Int64
	stop := make(chan struct{})
	polled := make(chan struct{})
	go func() {
		defer close(polled)
		status := fmt.Sprintf("/proc/%d/status", cmd.Process.Pid)
		for {
			if data, err := os.ReadFile(status); err == nil {
				for _, line := range strings.Split(string(data), "\n") {
					if kb, ok := strings.CutPrefix(line, "VmHWM:"); ok {
						n, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(kb), "kB")))
						peak.Store(max(peak.Load(), int64(n)*1024))
					}
				}
			}
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
			}
		}
	}()
	err := cmd.Wait()
	close(stop)
	<-polled
	if err != nil {
		t.Fatalf("parallax build: %v\n%s", err, stderr.String())
	}
	took := time.Since(start)
	files, bytes := 0, int64(0)
	shardFiles := 0
	filepath.WalkDir(site, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		files++
		bytes += info.Size()
		if strings.Contains(p, string(filepath.Separator)+"shards"+string(filepath.Separator)) {
			shardFiles++
		}
		return nil
	})
	fmt.Fprintf(out, "| build | time | peak memory | site files | of them shards | site size |\n| --- | ---: | ---: | ---: | ---: | ---: |\n")
	fmt.Fprintf(out, "| parallax build (sharded form, chosen by size) | %.0f s | %.2f GB | %d | %d | %s |\n", took.Seconds(), float64(peak.Load())/1e9, files, shardFiles, mb(int(bytes)))
}

// coldReady loads url largeRuns times with the cache and storage cleared
// and returns the median time of its ready mark from navigation.
func coldReady(t *testing.T, ctx context.Context, url, mark string) float64 {
	t.Helper()
	var times []float64
	for range largeRuns {
		clearCold(t, ctx, url)
		var at float64
		err := chromedp.Run(ctx,
			chromedp.Navigate(url),
			chromedp.Poll(`performance.getEntriesByName(`+jsString(mark)+`).length > 0`, nil, chromedp.WithPollingTimeout(120*time.Second)),
			chromedp.Evaluate(`performance.getEntriesByName(`+jsString(mark)+`)[0].startTime`, &at),
		)
		if err != nil {
			t.Fatalf("loading %s: %v", url, err)
		}
		times = append(times, at)
	}
	return percentile(times, 50)
}

// clearCold empties the browser's cache and the origin's storage.
func clearCold(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	origin := strings.Join(strings.SplitN(url, "/", 4)[:3], "/")
	if err := chromedp.Run(ctx, network.ClearBrowserCache(), storage.ClearDataForOrigin(origin, "all")); err != nil {
		t.Fatal(err)
	}
}

// typedFigures are what typing one query into a cold page measured.
type typedFigures struct {
	Query    string    `json:"query"`
	First    float64   `json:"first"`    // ms from the last key to the results
	Total    float64   `json:"total"`    // ms from the first key to the results
	Bytes    float64   `json:"bytes"`    // the index's files transferred while typing
	Requests int       `json:"requests"` // the index's files fetched while typing
	Other    float64   `json:"other"`    // other files transferred while typing
	Status   string    `json:"status"`
	Open     float64   `json:"open"`  // ms to open the first result's article
	Actor    float64   `json:"actor"` // ms to filter the results by the first actor of the facet
	Warm     []float64 `json:"warm"`  // ms per keystroke, typed again
	// Again is ms per keystroke typed a third time, when every prefix of
	// the query has been searched before (Warm's first retyping fetches
	// what the fast cold typing skipped: search.ShortPrefix).
	Again []float64 `json:"again"`
}

// pageHelpers are the explorer page's handles for a script that types
// into it: the box, type(text) as a keystroke does, and settled(text),
// which waits until the results of text are drawn.
const pageHelpers = `
			const box = document.querySelector("#q");
			const pane = document.querySelector(".search-pane");
			const sleep = (ms) => new Promise(r => setTimeout(r, ms));
			const settled = async (text) => {
				while (pane.dataset.resultsFor !== text || document.querySelector('[aria-busy="true"]')) await sleep(2);
			};
			const type = (text) => { box.value = text; box.dispatchEvent(new Event("input", {bubbles: true})); };`

// typeLarge types each query into a cold page of the sharded explorer,
// a key every 120 ms, and prints what each cost: its first results, the
// bytes fetched, opening the first result's article, the keystrokes typed
// again warm, and filtering its results by the facet's first actor.
func typeLarge(t *testing.T, ctx context.Context, out io.Writer, url string, count *served) {
	t.Helper()
	fmt.Fprintf(out, "\nTyping into the sharded explorer, cold (the page ready and its service worker installed; a key every 120 ms, then the results of the whole query), then opening the first result's article, then typed again twice, a key at a time, each key's results awaited (the first retyping fetches the short prefixes the cold typing skipped; the second finds every prefix searched before):\n\n")
	fmt.Fprintln(out, "| query | results | first results after the last key (ms) | from the first key (ms) | fetched (the index) | requests | other files | open an article (ms) | retyped: keystroke p50 / p95 (ms) | retyped again, every prefix searched before: p50 / p95 (ms) | filter by the facet's first actor (ms) |")
	fmt.Fprintln(out, "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
	var warm, again []float64
	for _, q := range queriesToType() {
		clearCold(t, ctx, url)
		var raw string
		err := chromedp.Run(ctx,
			chromedp.Navigate(url),
			chromedp.Poll(`document.documentElement.dataset.ready === "true"`, nil, chromedp.WithPollingTimeout(120*time.Second)),
		)
		if err != nil {
			t.Fatalf("opening %s: %v", url, err)
		}
		settle(t, ctx, count)
		requests, bytes, all := count.shardRequests.Load(), count.shardBytes.Load(), count.bytes.Load()
		evaluate(t, ctx, fmt.Sprintf(`(async () => {
			const q = %s;
			`+pageHelpers+`
			const t0 = performance.now();
			let last = t0;
			for (let i = 1; i <= q.length; i++) {
				type(q.slice(0, i));
				last = performance.now();
				if (i < q.length) await sleep(120);
			}
			await settled(q);
			const done = performance.now();
			const status = document.querySelector('.status[aria-live]')?.textContent ?? "";
			return JSON.stringify({query: q, first: done - last, total: done - t0, status});
		})()`, jsString(q)), &raw)
		var f typedFigures
		if err := json.Unmarshal([]byte(raw), &f); err != nil {
			t.Fatal(err)
		}
		f.Requests, f.Bytes = int(count.shardRequests.Load()-requests), float64(count.shardBytes.Load()-bytes)
		f.Other = float64(count.bytes.Load()-all) - f.Bytes
		evaluate(t, ctx, fmt.Sprintf(`(async () => {
			const q = %s;
			`+pageHelpers+`
			const link = document.querySelector(".result-title a");
			let open = -1;
			if (link) {
				const o0 = performance.now();
				link.click();
				while (!document.querySelector(".reader-title")) await sleep(2);
				open = performance.now() - o0;
			}
			const retype = async () => {
				type("");
				await settled("");
				const ms = [];
				for (let i = 1; i <= q.length; i++) {
					if (q[i-1] === " ") continue;
					const k0 = performance.now();
					type(q.slice(0, i));
					await settled(q.slice(0, i));
					ms.push(performance.now() - k0);
				}
				return ms;
			};
			const warm = await retype();
			const again = await retype();
			let actor = -1;
			type(q);
			await settled(q);
			const chip = document.querySelector(".facet a.chip:not(.on)");
			if (chip) {
				const id = chip.dataset.actor;
				const a0 = performance.now();
				chip.click();
				while (pane.dataset.actorsFor !== id || document.querySelector('[aria-busy="true"]')) await sleep(2);
				actor = performance.now() - a0;
			}
			return JSON.stringify({actor, open, warm, again});
		})()`, jsString(q)), &raw)
		if err := json.Unmarshal([]byte(raw), &f); err != nil {
			t.Fatal(err)
		}
		warm, again = append(warm, f.Warm...), append(again, f.Again...)
		fmt.Fprintf(out, "| %s | %s | %.0f | %.0f | %s | %d | %s | %.0f | %.0f / %.0f | %.0f / %.0f | %.0f |\n", f.Query, f.Status, f.First, f.Total, kb(int(f.Bytes)), f.Requests, kb(int(f.Other)), f.Open, percentile(f.Warm, 50), percentile(f.Warm, 95), percentile(f.Again, 50), percentile(f.Again, 95), f.Actor)
	}
	fmt.Fprintf(out, "| every keystroke | | | | | | | | %.0f / %.0f | %.0f / %.0f | |\n", percentile(warm, 50), percentile(warm, 95), percentile(again, 50), percentile(again, 95))
	fmt.Fprintln(out, "\nThe build finds the events and copies (timed with it above); the comparison's pages and the sharded timeline (a page of 200 entries a file) are not timed here.")
}

// run runs the command s in dir, its leading NAME=value words set in its
// environment, and fails the test with its output if it fails.
func run(t *testing.T, dir string, s []string) {
	t.Helper()
	var env []string
	for len(s) > 0 && strings.Contains(s[0], "=") {
		env, s = append(env, s[0]), s[1:]
	}
	cmd := exec.Command(s[0], s[1:]...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(s, " "), err, out)
	}
}

func goroot(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(out))
}

// buildPagefind indexes the HTML pages with Pagefind (from npm), prints
// its time and files, and writes the page the benchmark searches from.
func buildPagefind(t *testing.T, out io.Writer, root, pages string) {
	t.Helper()
	npm := filepath.Join(root, "npm")
	if _, err := os.Stat(filepath.Join(npm, "node_modules", ".bin", "pagefind")); err != nil {
		run(t, root, []string{"npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", npm, "pagefind@" + pagefindVersion})
	}
	start := time.Now()
	run(t, root, []string{filepath.Join(npm, "node_modules", ".bin", "pagefind"), "--site", pages, "--output-subdir", "pagefind"})
	took := time.Since(start)
	files, bytes := 0, int64(0)
	filepath.WalkDir(filepath.Join(pages, "pagefind"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				files++
				bytes += info.Size()
			}
		}
		return err
	})
	fmt.Fprintf(out, "| Pagefind %s over the same articles as HTML pages | %.0f s | | %d (its index) | | %s |\n", pagefindVersion, took.Seconds(), files, mb(int(bytes)))
	page := `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind</title></head><body>
<script type="module">
const pagefind = await import("./pagefind/pagefind.js");
await pagefind.init();
window.pagefindSearch = async (q) => {
  const t0 = performance.now();
  const search = await pagefind.search(q);
  const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  const ms = performance.now() - t0;
  return JSON.stringify({results: search.results.length, shown: data.length, ms});
};
performance.mark("bench-ready");
</script></body></html>
`
	if err := os.WriteFile(filepath.Join(pages, "search.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
}

// searchPagefind runs each query through Pagefind's JavaScript API on a
// cold page, as the whole query at once (Pagefind's UI searches after a
// pause in typing), with the data of its first 20 results, and prints
// the time and bytes beside the page's start.
func searchPagefind(t *testing.T, ctx context.Context, out io.Writer, url string, count *served) {
	t.Helper()
	ready := coldReady(t, ctx, url, "bench-ready")
	fmt.Fprintf(out, "\nPagefind %s, the same articles as HTML pages, same throttling: page and index ready, cold, %.0f ms; then each query searched whole on a cold page, with the data of its first 20 results. Pagefind forgives no typos and matches words as typed.\n\n", pagefindVersion, ready)
	fmt.Fprintln(out, "| query | results | search and 20 results' data (ms) | fetched | requests |")
	fmt.Fprintln(out, "| --- | ---: | ---: | ---: | ---: |")
	for _, q := range largeQueries {
		clearCold(t, ctx, url)
		var raw string
		err := chromedp.Run(ctx, chromedp.Navigate(url),
			chromedp.Poll(`typeof window.pagefindSearch === "function"`, nil, chromedp.WithPollingTimeout(120*time.Second)))
		if err != nil {
			t.Fatalf("opening %s: %v", url, err)
		}
		requests, bytes := count.requests.Load(), count.bytes.Load()
		evaluate(t, ctx, `window.pagefindSearch(`+jsString(q)+`)`, &raw)
		var f struct {
			Results, Shown, Requests int
			Ms, Bytes                float64
		}
		if err := json.Unmarshal([]byte(raw), &f); err != nil {
			t.Fatal(err)
		}
		f.Requests, f.Bytes = int(count.requests.Load()-requests), float64(count.bytes.Load()-bytes)
		fmt.Fprintf(out, "| %s | %d | %.0f | %s | %d |\n", q, f.Results, f.Ms, kb(int(f.Bytes)), f.Requests)
	}
}

// served counts what the benchmark's server sent, requests and body
// bytes, whoever asked: the page, or a worker of its (Pagefind searches
// in one, which the page's Resource Timing does not see). The files of
// the sharded index (under /shards/) are counted apart as well: they are
// what a query reads, where the rest is the app shell the service worker
// caches when it installs.
type served struct {
	requests, bytes           atomic.Int64
	shardRequests, shardBytes atomic.Int64
}

func (s *served) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		shard := strings.Contains(r.URL.Path, "/"+shardsDir+"/")
		s.requests.Add(1)
		if shard {
			s.shardRequests.Add(1)
		}
		h.ServeHTTP(countingWriter{w, s, shard}, r)
	})
}

// countingWriter adds what it writes to its served.
type countingWriter struct {
	http.ResponseWriter
	s     *served
	shard bool
}

func (w countingWriter) Write(b []byte) (int, error) {
	n, err := w.ResponseWriter.Write(b)
	w.s.bytes.Add(int64(n))
	if w.shard {
		w.s.shardBytes.Add(int64(n))
	}
	return n, err
}

// settle waits until the page's service worker is active (it caches the
// app shell when it installs, which a cold visit repeats) and the server
// has had no request for half a second, at most 60 s: the queries typed
// after it are measured alone.
func settle(t *testing.T, ctx context.Context, count *served) {
	t.Helper()
	var state string
	evaluate(t, ctx, `(async () => {
		if (!navigator.serviceWorker) return "no service worker";
		return await Promise.race([
			navigator.serviceWorker.ready.then(() => "active"),
			new Promise((r) => setTimeout(() => r("not active after 60 s"), 60000)),
		]);
	})()`, &state)
	if state != "active" {
		t.Logf("service worker: %s", state)
	}
	last, quiet := count.requests.Load(), time.Now()
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if n := count.requests.Load(); n != last {
			last, quiet = n, time.Now()
		} else if time.Since(quiet) >= 500*time.Millisecond {
			return
		}
	}
}
