// Package bench measures Parallax in headless Chromium beside its
// references, in one run, and prints one table (make bench):
//
//   - wasm bytes raw, gzip and brotli;
//   - time to the first usable search, cold and warm cache;
//   - memory after load (JS heap, wasm linear memory);
//   - search quality on the judged query set (precision@5, recall);
//   - per-keystroke latency p50/p95 over the default corpus and generated
//     corpora of 1,000 and 10,000 articles;
//
// for Parallax (the explorer, and its search engine alone) and three
// references built in the same run: a bare syscall/js wasm, a go-app hello
// world, and Fuse.js over the same passages. Figures are medians of
// repeated runs. The programs are in testdata/.
//
// Last, past what one tab can embed, it writes the sharded index of
// 100,000 generated articles and types into it from the page through a
// search.Remote: the files and bytes each query fetches and its
// keystrokes' latency, cold and warm (shards_test.go).
package bench

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/chromedp/cdproto/network"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/testkit/headless"
	"github.com/parallax-news/parallax/internal/testkit/judged"
	"github.com/parallax-news/parallax/internal/testkit/synth"
	"github.com/parallax-news/parallax/internal/wasmbuild"
)

// Settings of the run.
const (
	runs        = 9       // page loads per figure, cold and warm: cold loads on a 2-core machine vary by a fifth
	fuseVersion = "7.1.0" // from the npm registry
	resultLimit = 50      // hits a keystroke's search returns, for every engine
)

// typingQueries are typed key by key: names, a typo, several words, a
// variant spelling.
var typingQueries = []string{"Shoigu", "sanctons", "Kim Jong Un", "Pyongyang", "denuclearisation", "artillery shells", "Guterres"}

// corpora are the sizes keystrokes are measured at: 0 is the default corpus.
var corpora = []int{0, 1000, 10000}

// fuseConfigs are the Fuse.js options measured: its defaults (with
// ignoreLocation, without which a match past the 60th character of a
// passage is hardly found), and a stricter threshold.
var fuseConfigs = []struct {
	name    string
	options string
}{
	{"Fuse.js (defaults, ignoreLocation)", `{"ignoreLocation": true}`},
	{"Fuse.js (threshold 0.3, ignoreLocation)", `{"ignoreLocation": true, "threshold": 0.3}`},
}

func TestBrowserBench(t *testing.T) {
	if os.Getenv("PARALLAX_BENCH") == "" {
		t.Skip("set PARALLAX_BENCH=1 (make bench) to build the pages and measure them in Chromium; PARALLAX_BENCH=load stops after the sizes and load times, PARALLAX_BENCH=shards measures only the sharded index")
	}
	root := t.TempDir()
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	t.Log("building the pages")
	build(t, repo, root)
	srv := httptest.NewServer(noStore(http.FileServer(http.Dir(root))))
	defer srv.Close()

	// The table is printed as it is measured.
	out := os.Stdout
	fmt.Fprintf(out, "Browser benchmark: %s, Chromium %s, Fuse.js %s, medians of %d runs\n\n", runtime.Version(), headless.Version(), fuseVersion, runs)

	// Sizes.
	fmt.Fprintln(out, "| payload | raw | gzip | brotli | × go-app hello (brotli) |")
	fmt.Fprintln(out, "| --- | ---: | ---: | ---: | ---: |")
	_, _, helloBr := sizes(t, filepath.Join(root, "hello", "web", "app.wasm"))
	for _, p := range []struct{ name, path string }{
		{"Parallax app.wasm (default corpus)", "app/web/app.wasm"},
		{"Parallax app.wasm after wasm-opt -Oz", "app-opt.wasm"},
		{"go-app hello world app.wasm", "hello/web/app.wasm"},
		{"bare syscall/js wasm", "bare/app.wasm"},
		{"Fuse.js (fuse.min.js)", "fuse/fuse.min.js"},
		{"Fuse.js passages (default corpus JSON)", "fuse/passages-default.json"},
	} {
		path := filepath.Join(root, p.path)
		if _, err := os.Stat(path); err != nil {
			fmt.Fprintf(out, "| %s | not measured: %v | | | |\n", p.name, err)
			continue
		}
		raw, gz, br := sizes(t, path)
		fmt.Fprintf(out, "| %s | %s | %s | %s | %.2f |\n", p.name, mb(raw), mb(gz), mb(br), float64(br)/float64(helloBr))
	}

	ctx := browser(t)
	if os.Getenv("PARALLAX_BENCH") == "shards" {
		benchShards(t, ctx, out, root, srv.URL)
		return
	}

	// Loading: time to the first usable search, and memory.
	fmt.Fprintln(out, "\n| page | ready, cold (ms) | ready, warm (ms) | JS heap (MB) | wasm memory (MB) |")
	fmt.Fprintln(out, "| --- | ---: | ---: | ---: | ---: |")
	pages := []loadPage{
		{"go-app hello world (first render)", "/hello/", "bench-ready", "", nil},
		{"bare syscall/js wasm", "/bare/", "bench-ready", "benchInstance.exports.mem.buffer.byteLength", nil},
		{"Parallax explorer, ?q=Shoigu", "/app/?q=Shoigu", "parallax-ready", "parallaxLoader.instance.exports.mem.buffer.byteLength", append(startPhases, afterReady...)},
		{"Fuse.js page, first search", "/fuse/", "bench-ready", "", nil},
	}
	loads := loadAll(t, ctx, srv.URL, pages)
	for i, p := range pages {
		l := loads[i]
		fmt.Fprintf(out, "| %s | %.0f | %.0f | %.1f | %s |\n", p.name, l.cold, l.warm, l.heap/1e6, memMB(l.mem))
	}
	defer printPhases(out, loads[2].phase, loads[2].cold, loads[0].cold)
	if os.Getenv("PARALLAX_BENCH") == "load" {
		return
	}

	// Quality on the judged set, in the browser.
	set, err := judged.Set()
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(out, "\n| engine, judged query set (default corpus) | precision@5 | recall | queries passed |")
	fmt.Fprintln(out, "| --- | ---: | ---: | ---: |")
	// Each engine page defines engine.load; load(n) is its call for
	// corpus n.
	type engine struct {
		name, path string
		load       func(n int) string
	}
	engines := []engine{{"Parallax", "/engine/", func(n int) string { return fmt.Sprintf("engine.load(%d)", n) }}}
	for _, f := range fuseConfigs {
		engines = append(engines, engine{f.name, "/fuse/", func(n int) string {
			return fmt.Sprintf("engine.load(%q, %s)", strings.TrimSuffix(strings.TrimPrefix(passagesFile(n), "passages-"), ".json"), f.options)
		}})
	}
	for _, e := range engines {
		t.Logf("judging %s", e.name)
		open(t, ctx, srv.URL+e.path)
		evaluate(t, ctx, e.load(0), nil)
		q := judged.Score(set, func(query string) []judged.Hit {
			var raw string
			evaluate(t, ctx, fmt.Sprintf("engine.search(%s)", jsString(query)), &raw)
			var hits []struct{ Passage, Text string }
			if err := json.Unmarshal([]byte(raw), &hits); err != nil {
				t.Fatalf("%s: %v", e.name, err)
			}
			out := make([]judged.Hit, len(hits))
			for i, h := range hits {
				out[i] = judged.Hit{Passage: h.Passage, Text: h.Text}
			}
			return out
		})
		fmt.Fprintf(out, "| %s | %.2f | %.2f | %d of %d |\n", e.name, q.PrecisionAt5, q.Recall, q.Passed, q.Queries)
	}

	// Keystrokes.
	fmt.Fprintf(out, "\nPer keystroke, typing %s key by key, at most %d hits each:\n\n", strings.Join(typingQueries, ", "), resultLimit)
	fmt.Fprintln(out, "| engine | corpus | passages | index built (ms) | keystrokes | p50 (ms) | p95 (ms) |")
	fmt.Fprintln(out, "| --- | --- | ---: | ---: | ---: | ---: | ---: |")
	for _, e := range engines[:2] {
		for _, n := range corpora {
			t.Logf("typing into %s over the %s corpus", e.name, corpusName(n))
			open(t, ctx, srv.URL+e.path)
			var built float64
			evaluate(t, ctx, e.load(n), &built)
			ms := typeKeys(t, ctx)
			fmt.Fprintf(out, "| %s | %s | %d | %.0f | %s | %.2f | %.2f |\n", e.name, corpusName(n), passagesIn(t, root, n), built, keystrokes(len(ms)), percentile(ms, 50), percentile(ms, 95))
		}
	}
	ui := typeInPage(t, ctx, srv.URL+"/app/")
	fmt.Fprintf(out, "| Parallax explorer, keystroke to results drawn | default | %d | | %d (spaces not timed) | %.2f | %.2f |\n", passagesIn(t, root, 0), len(ui), percentile(ui, 50), percentile(ui, 95))

	benchShards(t, ctx, out, root, srv.URL)

}

// startPhases are the explorer's performance marks in start-up order, up to
// its first results (parallax-ready).
var startPhases = []string{"parallax-wasm-compiled", "parallax-main", "parallax-parsed", "parallax-indexed"}

// afterReady are the explorer's marks after its first results: the actors
// found (read from the snapshot), which the facet and a keystroke wait for.
var afterReady = []string{"parallax-actors"}

// printPhases prints where the explorer's cold start-up goes, from the
// median time of each mark, and its ratio to the hello world's first
// render.
func printPhases(out io.Writer, at map[string]float64, ready, helloCold float64) {
	fmt.Fprintf(out, "\nParallax's cold time to first results is %.2f× the go-app hello world's time to first render.\n", ready/helloCold)
	fmt.Fprint(out, "Cold start-up by phase (medians, ms):")
	prev, prevName := 0.0, "navigation"
	for _, p := range append(append(startPhases, "parallax-ready"), afterReady...) {
		ms, ok := at[p]
		if p == "parallax-ready" {
			ms, ok = ready, true
		}
		if !ok || ms < 0 {
			continue
		}
		fmt.Fprintf(out, " %s→%s %.0f;", strings.TrimPrefix(prevName, "parallax-"), strings.TrimPrefix(p, "parallax-"), ms-prev)
		prev, prevName = ms, p
	}
	fmt.Fprintln(out)
}

// passagesFile names the JSON of corpus n's passages.
func passagesFile(n int) string {
	if n == 0 {
		return "passages-default.json"
	}
	return fmt.Sprintf("passages-%d.json", n)
}

func corpusName(n int) string {
	if n == 0 {
		return "default"
	}
	return fmt.Sprintf("%d generated", n)
}

// build writes every page under root: app/ (the explorer's static site),
// hello/, bare/, engine/ and fuse/ (with fuse.min.js from npm and the
// passages of each corpus as JSON).
func build(t *testing.T, repo, root string) {
	t.Helper()
	goroot := runtime.GOROOT()
	wasmExec := filepath.Join(goroot, "lib", "wasm", "wasm_exec.js")
	web := filepath.Join(root, "appsrc", "web")
	if err := os.CopyFS(web, os.DirFS(filepath.Join(repo, "web"))); err != nil {
		t.Fatal(err)
	}
	wasm := func(out, pkg string) []string {
		return slices.Concat([]string{"GOOS=js", "GOARCH=wasm", "go", "build"}, wasmbuild.Flags(), []string{"-o", out, pkg})
	}
	steps := [][]string{
		wasm(filepath.Join(web, "app.wasm"), "./wasm"),
		{"cp", wasmExec, filepath.Join(web, "wasm_exec.js")},
		{"go", "build", "-o", filepath.Join(root, "parallax"), "."},
		{filepath.Join(root, "parallax"), "build", "-root", filepath.Join(root, "appsrc"), "-out", filepath.Join(root, "app"), "-base", "/app/", "-brotli", "1"},
		wasm(filepath.Join(root, "hello", "web", "app.wasm"), "./bench/testdata/hello"),
		{"go", "run", "./bench/testdata/hello", filepath.Join(root, "hello"), "/hello"},
		{"cp", wasmExec, filepath.Join(root, "hello", "wasm_exec.js")},
		wasm(filepath.Join(root, "bare", "app.wasm"), "./bench/testdata/bare"),
		{"cp", wasmExec, "bench/testdata/bare/index.html", filepath.Join(root, "bare")},
		wasm(filepath.Join(root, "engine", "engine.wasm"), "./bench/testdata/engine"),
		{"cp", wasmExec, "bench/testdata/engine/index.html", filepath.Join(root, "engine")},
		{"npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", filepath.Join(root, "npm"), "fuse.js@" + fuseVersion},
		{"mkdir", "-p", filepath.Join(root, "fuse")},
		{"cp", filepath.Join(root, "npm", "node_modules", "fuse.js", "dist", "fuse.min.js"), "bench/testdata/fuse/index.html", filepath.Join(root, "fuse")},
	}
	for _, s := range steps {
		run(t, repo, s)
	}
	// wasm-opt (binaryen), when installed, to report what it would save.
	if opt, err := exec.LookPath("wasm-opt"); err == nil {
		cmd := exec.Command(opt, "-Oz", "--enable-bulk-memory", "--enable-sign-ext", "--enable-nontrapping-float-to-int", "--enable-mutable-globals",
			filepath.Join(web, "app.wasm"), "-o", filepath.Join(root, "app-opt.wasm"))
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Logf("wasm-opt: %v\n%s", err, out)
		}
	}
	for _, n := range corpora {
		writePassages(t, filepath.Join(root, "fuse", passagesFile(n)), n)
	}
}

// writePassages writes the passages of corpus n as [{"id","text"}].
func writePassages(t *testing.T, path string, n int) {
	t.Helper()
	c, err := corpusOf(n)
	if err != nil {
		t.Fatal(err)
	}
	type passage struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	}
	var ps []passage
	for _, a := range c.Articles {
		for _, p := range a.Paragraphs {
			ps = append(ps, passage{p.ID, p.Text})
		}
	}
	b, err := json.Marshal(ps)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func corpusOf(n int) (*corpus.Corpus, error) {
	if n == 0 {
		return corpus.Default()
	}
	return synth.Corpus(n, 1)
}

// passagesIn counts the passages of corpus n from its JSON.
func passagesIn(t *testing.T, root string, n int) int {
	b, err := os.ReadFile(filepath.Join(root, "fuse", passagesFile(n)))
	if err != nil {
		t.Fatal(err)
	}
	var ps []json.RawMessage
	json.Unmarshal(b, &ps)
	return len(ps)
}

// sizes returns a file's bytes raw, gzip -9 and brotli 11.
func sizes(t *testing.T, path string) (raw, gz, br int) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var g bytes.Buffer
	w, _ := gzip.NewWriterLevel(&g, gzip.BestCompression)
	w.Write(b)
	w.Close()
	var r bytes.Buffer
	bw := brotli.NewWriterLevel(&r, brotli.BestCompression)
	bw.Write(b)
	bw.Close()
	return len(b), g.Len(), r.Len()
}

func mb(n int) string { return fmt.Sprintf("%.2f MB", float64(n)/1e6) }

func memMB(bytes float64) string {
	if bytes == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.1f", bytes/1e6)
}

// browser starts headless Chromium with precise memory figures.
func browser(t *testing.T) context.Context {
	ctx := headless.Start(t, 15*time.Minute, chromedp.Flag("enable-precise-memory-info", true))
	if err := chromedp.Run(ctx, network.Enable()); err != nil {
		t.Fatal(err)
	}
	return ctx
}

// open navigates to url and waits until the page marks itself ready.
func open(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	err := chromedp.Run(ctx,
		chromedp.Navigate(url),
		chromedp.Poll(`document.documentElement.dataset.ready === "true"`, nil, chromedp.WithPollingTimeout(60*time.Second)),
	)
	if err != nil {
		t.Fatalf("opening %s: %v", url, err)
	}
}

func evaluate(t *testing.T, ctx context.Context, expr string, out any) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	err := chromedp.Run(ctx, chromedp.Evaluate(expr, out, func(p *cdpruntime.EvaluateParams) *cdpruntime.EvaluateParams {
		return p.WithAwaitPromise(true)
	}))
	if err != nil {
		t.Fatalf("evaluating %.80s: %v", expr, err)
	}
}

// loadPage is a page whose loading is measured: mark is the performance
// mark it sets when ready, memory an expression for its wasm memory ("" for
// none), phases the marks of its start-up to report.
type loadPage struct {
	name, path, mark, memory string
	phases                   []string
}

// loadFigures are a page's medians: ready cold and warm (ms from
// navigation), JS heap and wasm memory after the last load (bytes), and the
// cold time of each phase mark.
type loadFigures struct {
	cold, warm, heap, mem float64
	phase                 map[string]float64
}

// loadAll measures each page: the time of its ready mark from navigation,
// cold (HTTP cache, service workers and storage cleared) and warm (loaded
// again once the first visit's service worker, if any, is active, as a
// repeat visit finds it), and after the last load its JS heap and wasm
// memory. The pages take turns in each run, so a drift of the machine's
// speed during the run weighs on all of them alike.
func loadAll(t *testing.T, ctx context.Context, base string, pages []loadPage) []loadFigures {
	t.Helper()
	readyAt := func(url, mark string) float64 {
		var ms float64
		open(t, ctx, url)
		evaluate(t, ctx, fmt.Sprintf(`new Promise((resolve, reject) => {
			const f = (tries) => {
				const m = performance.getEntriesByName(%q);
				if (m.length) resolve(m[0].startTime);
				else if (tries > 3000) reject(new Error("no mark %s after 30 s"));
				else setTimeout(() => f(tries + 1), 10);
			};
			f(0);
		})`, mark, mark), &ms)
		return ms
	}
	colds := make([][]float64, len(pages))
	warms := make([][]float64, len(pages))
	phases := make([]map[string][]float64, len(pages))
	out := make([]loadFigures, len(pages))
	for run := range runs {
		for i, p := range pages {
			t.Logf("loading %s, run %d", p.name, run+1)
			err := chromedp.Run(ctx,
				chromedp.Navigate("about:blank"),
				network.ClearBrowserCache(),
				storage.ClearDataForOrigin(base, "all"),
			)
			if err != nil {
				t.Fatal(err)
			}
			colds[i] = append(colds[i], readyAt(base+p.path, p.mark))
			if phases[i] == nil {
				phases[i] = map[string][]float64{}
			}
			for _, ph := range p.phases {
				var at float64
				// A mark after ready may be a moment coming.
				evaluate(t, ctx, fmt.Sprintf(`new Promise((resolve) => {
					const f = (tries) => {
						const m = performance.getEntriesByName(%q);
						if (m.length) resolve(m[0].startTime);
						else if (tries > 500) resolve(-1);
						else setTimeout(() => f(tries + 1), 10);
					};
					f(0);
				})`, ph), &at)
				phases[i][ph] = append(phases[i][ph], at)
			}
			evaluate(t, ctx, workerSettled, nil)
			warms[i] = append(warms[i], readyAt(base+p.path, p.mark))
			if run == runs-1 {
				evaluate(t, ctx, `performance.memory.usedJSHeapSize`, &out[i].heap)
				if p.memory != "" {
					evaluate(t, ctx, p.memory, &out[i].mem)
				}
			}
		}
	}
	for i := range pages {
		f := &out[i]
		f.cold, f.warm, f.phase = percentile(colds[i], 50), percentile(warms[i], 50), map[string]float64{}
		for ph, ms := range phases[i] {
			f.phase[ph] = percentile(ms, 50)
		}
	}
	return out
}

// workerSettled waits, up to 20 s, until the page's service worker, if it
// registered one, is active: the state a repeat visit finds.
const workerSettled = `new Promise((resolve) => {
	setTimeout(resolve, 20000);
	if (!("serviceWorker" in navigator)) return resolve();
	navigator.serviceWorker.getRegistration().then((r) => {
		const w = r && (r.installing || r.waiting);
		if (!w) return resolve();
		w.addEventListener("statechange", () => { if (w.state === "activated" || w.state === "redundant") resolve(); });
	});
})`

// typingBudget bounds the typing into one engine: an engine slower than
// that is measured on the keystrokes it managed.
const typingBudget = 60 * time.Second

// keystrokes says how many keystrokes were measured, of how many typed.
func keystrokes(n int) string {
	all := 0
	for _, q := range typingQueries {
		all += len(q)
	}
	if n == all {
		return fmt.Sprint(n)
	}
	return fmt.Sprintf("%d of %d (over %s)", n, all, typingBudget)
}

// typeKeys types the typing queries through the page's engine, one
// search box per query, and returns the milliseconds of each keystroke,
// timed in the page around the engine's call.
func typeKeys(t *testing.T, ctx context.Context) []float64 {
	t.Helper()
	var raw string
	queries, _ := json.Marshal(typingQueries)
	evaluate(t, ctx, fmt.Sprintf(`(() => {
		const ms = [];
		const deadline = performance.now() + %d;
		for (const q of %s) {
			engine.reset(%d);
			for (let i = 1; i <= q.length && performance.now() < deadline; i++) {
				const start = performance.now();
				engine.key(q.slice(0, i));
				ms.push(performance.now() - start);
			}
		}
		return JSON.stringify(ms);
	})()`, typingBudget.Milliseconds(), queries, resultLimit), &raw)
	var ms []float64
	if err := json.Unmarshal([]byte(raw), &ms); err != nil {
		t.Fatal(err)
	}
	return ms
}

// typeInPage types the typing queries into the explorer's search box and
// returns the milliseconds from each keystroke to its results drawn: the
// section's data-results-for names the keystroke's query, and a frame
// has been painted.
func typeInPage(t *testing.T, ctx context.Context, url string) []float64 {
	t.Helper()
	open(t, ctx, url)
	// The explorer finds the actors just after its first results; typing
	// starts once that start-up work is done, so keystrokes measure typing.
	err := chromedp.Run(ctx, chromedp.Poll(`document.querySelector('[aria-busy="true"]') === null`, nil, chromedp.WithPollingTimeout(60*time.Second)))
	if err != nil {
		t.Fatalf("waiting for the explorer to settle: %v", err)
	}
	var raw string
	queries, _ := json.Marshal(typingQueries)
	evaluate(t, ctx, fmt.Sprintf(`(async () => {
		const input = document.getElementById("q");
		const pane = () => document.querySelector(".search-pane");
		const drawn = (q) => new Promise((resolve) => {
			const check = () => (pane().dataset.resultsFor || "") === q ? requestAnimationFrame(() => resolve()) : setTimeout(check, 0);
			check();
		});
		const ms = [];
		for (const q of %s) {
			input.value = "";
			input.dispatchEvent(new Event("input", { bubbles: true }));
			await drawn("");
			for (let i = 1; i <= q.length; i++) {
				const start = performance.now();
				input.value = q.slice(0, i);
				input.dispatchEvent(new Event("input", { bubbles: true }));
				// go-app trims attribute values, so a keystroke ending in
				// a space cannot be told from the one before: it is typed
				// but not timed.
				if (q[i - 1] === " ") continue;
				await drawn(q.slice(0, i));
				ms.push(performance.now() - start);
			}
		}
		return JSON.stringify(ms);
	})()`, queries), &raw)
	var ms []float64
	if err := json.Unmarshal([]byte(raw), &ms); err != nil {
		t.Fatal(err)
	}
	return ms
}

// percentile returns the p-th percentile of xs (nearest rank).
func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	i := int(p/100*float64(len(s))+0.5) - 1
	return s[max(0, min(i, len(s)-1))]
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
