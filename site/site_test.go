package site

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/andybalholm/brotli"
	"github.com/parallax-news/parallax/actors"
	pxapp "github.com/parallax-news/parallax/app"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/search"
)

func TestNormalizeBase(t *testing.T) {
	tests := []struct{ in, want, err string }{
		{"", "/", ""},
		{"/", "/", ""},
		{"parallax", "/parallax", ""},
		{"/parallax/", "/parallax", ""},
		{"/a/b/", "/a/b", ""},
		{"/a/../b", "", "plain URL path"},
		{"/a?x=1", "", "plain URL path"},
	}
	for _, tt := range tests {
		got, err := NormalizeBase(tt.in)
		if got != tt.want || (err == nil) != (tt.err == "") || err != nil && !strings.Contains(err.Error(), tt.err) {
			t.Errorf("NormalizeBase(%q) = %q, %v; want %q, error containing %q", tt.in, got, err, tt.want, tt.err)
		}
	}
}

// fakeWeb makes a root folder with the files checkWeb wants.
func fakeWeb(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, "web"), 0o755)
	for _, f := range []string{"app.wasm", shardedWasm, finderWasm, wasmExec, "app.css", "icon.svg"} {
		os.WriteFile(filepath.Join(root, "web", f), []byte("/* "+f+" */"), 0o644)
	}
	return root
}

func get(t *testing.T, h http.Handler, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	body, _ := io.ReadAll(rec.Result().Body)
	return rec.Code, string(body)
}

// TestServer checks the pre-rendered pages and the assets the server gives.
// Handler registers routes, so one server serves every case.
func TestServer(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := newServer(Options{Corpus: c, Root: t.TempDir()}); err == nil || !strings.Contains(err.Error(), "make wasm") {
		t.Errorf("NewServer without web/ error = %v, want one saying to run make wasm", err)
	}
	root := fakeWeb(t)
	h, err := newServer(Options{Corpus: c, Root: root, Version: "v1"})
	if err != nil {
		t.Fatal(err)
	}
	code, body := get(t, h, "/?q=Shoigu")
	if code != 200 || strings.Count(body, "<mark>Shoigu</mark>") < 7 || !strings.Contains(body, "7 passages in 2 articles") {
		t.Errorf("GET /?q=Shoigu = %d; want the pre-rendered results with Shoigu marked", code)
	}
	if _, body := get(t, h, "/no/such/page"); !strings.Contains(body, "This page does not exist") {
		t.Errorf("GET /no/such/page does not show the not-found page")
	}
	if _, body := get(t, h, "/wasm_exec.js"); body != "/* wasm_exec.js */" {
		t.Errorf("GET /wasm_exec.js = %q, want the copy from web/ (the toolchain's)", body)
	}
	if code, _ := get(t, h, "/web/app.css"); code != 200 {
		t.Errorf("GET /web/app.css = %d, want 200", code)
	}
	if _, body := get(t, h, "/"); strings.Contains(body, "user-scalable=0") || !strings.Contains(body, viewport) {
		t.Errorf("GET / forbids zooming: its viewport must be %q", viewport)
	}
	if _, body := get(t, h, "/"); strings.Contains(body, `src="http`) || strings.Contains(body, `href="http`) {
		t.Errorf("GET / links to a remote resource")
	}
	if _, manifest := get(t, h, "/manifest.webmanifest"); strings.Contains(manifest, "githubusercontent") {
		t.Errorf("the web manifest names go-app's remote icons: %s", manifest)
	}
	_, js := get(t, h, "/app.js")
	wasmSize := len("/* app.wasm */")
	wasmURL := "/web/app.wasm?v=" + contentVersion([]byte("/* app.wasm */"))
	for _, want := range []string{"parallaxStart", `"GOAPP_VERSION":"v1"`, `const parallaxWasm = "` + wasmURL + `"`,
		fmt.Sprintf("const parallaxWasmSize = %d;", wasmSize), `const parallaxWorker = "/app-worker.js"`, "const parallaxInline = false"} {
		if !strings.Contains(js, want) {
			t.Errorf("GET /app.js lacks %q: it is not Parallax's page script for this build", want)
		}
	}
	_, worker := get(t, h, "/app-worker.js")
	for _, want := range []string{`"parallax-" + "v1"`, "ignore", wasmURL} {
		if !strings.Contains(worker, want) {
			t.Errorf("GET /app-worker.js lacks %q", want)
		}
	}
}

// TestBuild checks the static site: pre-rendered pages, the not-found
// page, Parallax's page script and precompressed copies that decompress
// to the originals.
func TestBuild(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	root := fakeWeb(t)
	// A wasm big enough to be compressed.
	wasm := bytes.Repeat([]byte("wasm bytes "), 1000)
	os.WriteFile(filepath.Join(root, "web", "app.wasm"), wasm, 0o644)
	out := t.TempDir()
	if err := build(out, Options{Corpus: c, Root: root, Base: "/sub", Version: "v2", BrotliQuality: 1}); err != nil {
		t.Fatal(err)
	}
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Errorf("the build has no %s: %v", name, err)
		}
		return string(b)
	}
	if page := read("index.html"); !strings.Contains(page, `src="/sub/app.js"`) || !strings.Contains(page, "5 articles") {
		t.Errorf("index.html is not the pre-rendered explorer under /sub")
	}
	if page := read("index.html"); !strings.Contains(page, `<link rel="preload" href="/sub/web/app.wasm?v=`+contentVersion(wasm)+`" as="fetch" crossorigin="anonymous">`) {
		t.Errorf("index.html does not preload this app.wasm")
	}
	if page := read("index.html"); strings.Contains(page, "user-scalable=0") {
		t.Errorf("index.html forbids zooming")
	}
	for _, name := range []string{"index.html", "404.html"} {
		if page := read(name); strings.Contains(page, "og:url") || strings.Contains(page, "127.0.0.1") {
			t.Errorf("%s names an address without -url: the build's own loopback one", name)
		}
	}
	if page := read("404.html"); !strings.Contains(page, "This page does not exist") || !strings.Contains(page, `href="/sub/"`) {
		t.Errorf("404.html is not the not-found page linking to /sub/")
	}
	if js := read("app.js"); !strings.Contains(js, `const parallaxWasm = "/sub/web/app.wasm?v=`+contentVersion(wasm)+`"`) || !strings.Contains(js, fmt.Sprintf("const parallaxWasmSize = %d;", len(wasm))) {
		t.Errorf("app.js is not Parallax's page script for /sub")
	}
	gz, err := gzip.NewReader(strings.NewReader(read("web/app.wasm.gz")))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := io.ReadAll(gz); !bytes.Equal(got, wasm) {
		t.Errorf("web/app.wasm.gz does not decompress to app.wasm")
	}
	if got, _ := io.ReadAll(brotli.NewReader(strings.NewReader(read("web/app.wasm.br")))); !bytes.Equal(got, wasm) {
		t.Errorf("web/app.wasm.br does not decompress to app.wasm")
	}
	if _, err := os.Stat(filepath.Join(out, "web", "icon.svg.br")); err == nil {
		t.Errorf("icon.svg (under 1 KiB) got a compressed copy")
	}
}

// TestBuildSingleFile checks the one-file build refers to nothing outside
// itself and carries the wasm and the actor finder inflatable.
// TestEachFormItsExplorer: a site holding its corpus whole ships web/app.wasm
// as it is, and the actor finder its page script names and its service
// worker keeps; a sharded one ships web/app-sharded.wasm under that name,
// and no finder; neither ships the other's explorer.
func TestEachFormItsExplorer(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	root := fakeWeb(t)
	for _, sharded := range []bool{false, true} {
		out := t.TempDir()
		if err := build(out, Options{Corpus: c, Root: root, Shards: sharded, BrotliQuality: 1}); err != nil {
			t.Fatal(err)
		}
		want := "/* app.wasm */"
		if sharded {
			want = "/* " + shardedWasm + " */"
		}
		if got, err := os.ReadFile(filepath.Join(out, "web", "app.wasm")); err != nil || string(got) != want {
			t.Errorf("sharded %v: web/app.wasm = %q (%v), want %q", sharded, got, err, want)
		}
		if _, err := os.Stat(filepath.Join(out, "web", shardedWasm)); err == nil {
			t.Errorf("sharded %v: the site ships web/%s too", sharded, shardedWasm)
		}
		h, err := newServer(Options{Corpus: c, Root: root, Shards: sharded})
		if err != nil {
			t.Fatal(err)
		}
		if code, body := get(t, h, "/web/app.wasm"); code != 200 || body != want {
			t.Errorf("sharded %v: serving /web/app.wasm = %d %q, want %q", sharded, code, body, want)
		}
		if code, _ := get(t, h, "/web/"+shardedWasm); code != 404 {
			t.Errorf("sharded %v: /web/%s is served (%d)", sharded, shardedWasm, code)
		}
		_, shipped := os.Stat(filepath.Join(out, "web", finderWasm))
		code, _ := get(t, h, "/web/"+finderWasm)
		script, _ := os.ReadFile(filepath.Join(out, "app.js"))
		worker, _ := os.ReadFile(filepath.Join(out, "app-worker.js"))
		named := strings.Contains(string(script), `const parallaxFinder = "/web/`+finderWasm+`?v=`)
		kept := strings.Contains(string(worker), "/web/"+finderWasm+"?v=")
		if want := !sharded; (shipped == nil) != want || (code == 200) != want || named != want || kept != want {
			t.Errorf("sharded %v: finder shipped %v, served %d, named by the page script %v, kept by the worker %v; want %v", sharded, shipped == nil, code, named, kept, want)
		}
	}
}

func TestBuildSingleFile(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	root := fakeWeb(t)
	os.WriteFile(filepath.Join(root, "web", wasmExec), []byte("var x = '</script>';"), 0o644)
	out := filepath.Join(t.TempDir(), "sub", "explorer.html")
	if err := buildSingleFile(out, Options{Corpus: c, Root: root}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	for _, ref := range regexp.MustCompile(`(?:src|href)="([^"?#][^"]*)"`).FindAllStringSubmatch(page, -1) {
		if !strings.HasPrefix(ref[1], "data:") {
			t.Errorf("the single file refers to %s, which it cannot fetch from disk", ref[1])
		}
	}
	if strings.Contains(page, "'</script>'") || !strings.Contains(page, `'<\/script>'`) {
		t.Errorf("a </script> inside wasm_exec.js was not escaped")
	}
	// go-app writes attributes in no fixed order.
	brand := regexp.MustCompile(`<a [^>]*class="brand"[^>]*>`).FindString(page)
	if !strings.Contains(brand, `href="?"`) {
		t.Errorf("the brand link is %s, want href=\"?\" (the file itself)", brand)
	}
	for id, want := range map[string]string{"parallax-wasm": "app.wasm", "parallax-finder": finderWasm} {
		m := regexp.MustCompile(`id="` + id + `">([^<]*)<`).FindStringSubmatch(page)
		if m == nil {
			t.Fatalf("the single file holds no %s", want)
		}
		gzBytes, err := base64.StdEncoding.DecodeString(m[1])
		if err != nil {
			t.Fatal(err)
		}
		gz, err := gzip.NewReader(bytes.NewReader(gzBytes))
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := io.ReadAll(gz); string(got) != "/* "+want+" */" {
			t.Errorf("the inline %s inflates to %q, want web/%s", id, got, want)
		}
	}
	for _, want := range []string{"const parallaxInline = true", `const parallaxWorker = ""`, `const parallaxFinder = ""`, `"PARALLAX_SINGLE_FILE":"1"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the single file lacks %q", want)
		}
	}
}

// TestBuildShipsCorpus: a site built with its own corpus ships it as a
// snapshot named by its content, which the page loads and the service
// worker keeps for offline visits.
func TestBuildShipsCorpus(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	root := fakeWeb(t)
	out := t.TempDir()
	if err := build(out, Options{Corpus: c, Root: root, Base: "/sub", Version: "v3", ShipCorpus: true, BrotliQuality: 1}); err != nil {
		t.Fatal(err)
	}
	snap, err := os.ReadFile(filepath.Join(out, pxapp.CorpusFile))
	if err != nil {
		t.Fatal(err)
	}
	got, derived, err := corpus.ReadSnapshot(snap)
	if err != nil || len(got.Articles) != len(c.Articles) {
		t.Fatalf("the shipped snapshot reads as %v articles, error %v; want %d", len(got.Articles), err, len(c.Articles))
	}
	// It carries the search index and the actors, so the page neither
	// indexes nor runs the extractor at start.
	if _, err := search.ReadIndex(got, derived.Index); err != nil {
		t.Errorf("the shipped snapshot's search index: %v", err)
	}
	if set, err := actors.ReadSet(got, derived.Actors); err != nil || len(set.Actors) == 0 {
		t.Errorf("the shipped snapshot's actors: %v", err)
	}
	u := "/sub/" + pxapp.CorpusFile + "?v=" + contentVersion(snap)
	for _, name := range []string{"app.js", "app-worker.js"} {
		if b, err := os.ReadFile(filepath.Join(out, name)); err != nil || !strings.Contains(string(b), u) {
			t.Errorf("%s does not name the snapshot as %s (error %v)", name, u, err)
		}
	}
}

// TestPublicURL: with the public address, each page's og:url is under it,
// with the sub-path; a bad address or one that contradicts -base is
// refused.
func TestPublicURL(t *testing.T) {
	page := []byte(`<head><meta content="http://127.0.0.1:4000/index.html" property="og:url"><meta property="og:url" content="http://127.0.0.1:4000/404.html"></head>`)
	got := string(setOGURL(page, "https://example.org/px/"))
	want := `<head><meta property="og:url" content="https://example.org/px/"><meta property="og:url" content="https://example.org/px/404.html"></head>`
	if got != want {
		t.Errorf("setOGURL = %s, want %s", got, want)
	}
	if got := string(setOGURL(page, "")); got != "<head></head>" {
		t.Errorf("setOGURL without an address = %s, want the tags gone", got)
	}
	for _, tt := range []struct{ url, base, wantURL, wantBase, err string }{
		{"https://example.org/px", "/", "https://example.org/px/", "/px", ""},
		{"https://example.org", "", "https://example.org/", "/", ""},
		{"https://example.org/px/", "/px/", "https://example.org/px/", "/px", ""},
		{"https://example.org/px/", "/other/", "", "", "has the path /px but -base is /other"},
		{"javascript:alert(1)", "/", "", "", "not a public web address"},
		{"https://example.org/?q=1", "/", "", "", "not a public web address"},
	} {
		u, b, err := CheckPublicURL(tt.url, tt.base)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("CheckPublicURL(%q, %q) error = %v, want %q", tt.url, tt.base, err, tt.err)
			}
			continue
		}
		if err != nil || u != tt.wantURL || b != tt.wantBase {
			t.Errorf("CheckPublicURL(%q, %q) = %q, %q, %v; want %q, %q", tt.url, tt.base, u, b, err, tt.wantURL, tt.wantBase)
		}
	}
}

// newServer, build and buildSingleFile make a Site and call one method,
// for the tests of each.
func newServer(o Options) (http.Handler, error) {
	s, err := New(o)
	if err != nil {
		return nil, err
	}
	return s.Serve()
}

func build(out string, o Options) error {
	s, err := New(o)
	if err != nil {
		return err
	}
	return s.Build(out)
}

func buildSingleFile(path string, o Options) error {
	s, err := New(o)
	if err != nil {
		return err
	}
	return s.SingleFile(path)
}

// TestOneSiteBuildsBoth: one Site writes the single file, then the static
// site, and the site's pages are not the single file's (the single-file
// flag was process-wide state that one build left for the next).
func TestOneSiteBuildsBoth(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(Options{Corpus: c, Root: fakeWeb(t), BrotliQuality: 1})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := s.SingleFile(filepath.Join(dir, "one.html")); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "site")
	if err := s.Build(out); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"app.js", "index.html", "404.html"} {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(b), pxapp.SingleFileEnv) {
			t.Errorf("%s of the site built after the single file carries %s", name, pxapp.SingleFileEnv)
		}
	}
	if os.Getenv(pxapp.SingleFileEnv) != "" {
		t.Errorf("the single-file build set %s in the process's environment", pxapp.SingleFileEnv)
	}
}

// TestContentSecurityPolicy: the served pages carry the policy as a header
// and a meta element, the built pages as a meta element, and the single
// file a policy whose hashes allow exactly its two inline scripts.
func TestContentSecurityPolicy(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	root := fakeWeb(t)
	h, err := newServer(Options{Corpus: c, Root: root, Version: "v1"})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if got := rec.Header().Get("Content-Security-Policy"); got != sitePolicy {
		t.Errorf("served header = %q, want the site's policy", got)
	}
	if !strings.Contains(rec.Body.String(), cspMeta(sitePolicy)) {
		t.Errorf("the served page has no policy meta element")
	}
	out := t.TempDir()
	if err := build(out, Options{Corpus: c, Root: root, BrotliQuality: 1}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"index.html", "404.html"} {
		b, _ := os.ReadFile(filepath.Join(out, name))
		if !strings.Contains(string(b), cspMeta(sitePolicy)) {
			t.Errorf("the built %s has no policy meta element", name)
		}
	}
	single := filepath.Join(t.TempDir(), "one.html")
	if err := buildSingleFile(single, Options{Corpus: c, Root: root}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(single)
	page := string(b)
	var hashes []string
	for _, m := range regexp.MustCompile(`(?s)<script>(.*?)</script>`).FindAllStringSubmatch(page, -1) {
		hashes = append(hashes, scriptHash(m[1]))
	}
	if len(hashes) != 2 || !strings.Contains(page, cspMeta(singleFilePolicy(hashes))) {
		t.Errorf("the single file's policy does not allow exactly its %d inline scripts by hash", len(hashes))
	}
}

// TestBuildFromFiles: a site builds and serves from web/'s files given
// as a file system (the binary's own, built in by make build), with no
// folder on disk and from any working folder.
func TestBuildFromFiles(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	web := fstest.MapFS{}
	for _, f := range []string{"app.wasm", finderWasm, wasmExec, "app.css", "icon.svg"} {
		web[f] = &fstest.MapFile{Data: []byte("/* " + f + " */")}
	}
	t.Chdir(t.TempDir())
	s, err := New(Options{Corpus: c, Web: web, BrotliQuality: 1})
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	if err := s.Build(out); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"web/app.wasm", "web/app.css", wasmExec, "index.html"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("the build has no %s: %v", f, err)
		}
	}
	h, err := s.Serve()
	if err != nil {
		t.Fatal(err)
	}
	if code, body := get(t, h, "/web/app.css"); code != 200 || body != "/* app.css */" {
		t.Errorf("GET /web/app.css = %d %q, want the embedded file", code, body)
	}
	if _, err := New(Options{Corpus: c, Web: fstest.MapFS{}}); err == nil || !strings.Contains(err.Error(), "make build") {
		t.Errorf("New without app.wasm: error %v, want one saying to run make build", err)
	}
}
