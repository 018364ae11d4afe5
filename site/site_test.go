package site

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/corpus"
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
	for _, f := range []string{"app.wasm", wasmExec, "app.css", "icon.svg"} {
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
	if _, err := NewServer(Options{Corpus: c, Root: t.TempDir()}); err == nil || !strings.Contains(err.Error(), "make wasm") {
		t.Errorf("NewServer without web/ error = %v, want one saying to run make wasm", err)
	}
	root := fakeWeb(t)
	h, err := NewServer(Options{Corpus: c, Root: root, Version: "v1"})
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
	if _, body := get(t, h, "/"); strings.Contains(body, `src="http`) || strings.Contains(body, `href="http`) {
		t.Errorf("GET / links to a remote resource")
	}
	if _, manifest := get(t, h, "/manifest.webmanifest"); strings.Contains(manifest, "githubusercontent") {
		t.Errorf("the web manifest names go-app's remote icons: %s", manifest)
	}
}
