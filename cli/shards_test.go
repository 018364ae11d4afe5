package cli

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestShards writes the default corpus's sharded index and searches it
// from a folder and over HTTP, with and without range requests: the JSON
// equals the embedded search's.
func TestShards(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "shards")
	code, out, stderr := run("shards", "-out", dir)
	if code != 0 || !strings.Contains(out, "5 articles") {
		t.Fatalf("shards = %d, %q, %q; want the index of 5 articles written", code, out, stderr)
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	defer srv.Close()
	// A host that ignores Range (Python's http.server): the hits' text
	// comes from whole passage packs instead of ranges of them.
	files := http.FileServer(http.Dir(dir))
	whole := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Header.Del("Range")
		files.ServeHTTP(w, r)
	}))
	defer whole.Close()
	for _, q := range []string{"Shoigu", `"Security Council" -Lavrov`, "kju", "sanctons"} {
		_, want, _ := run("search", "--json", "-limit", "5", q)
		for _, where := range []string{dir, srv.URL, srv.URL + "/", whole.URL} {
			code, got, stderr := run("search", "--json", "-limit", "5", "-shards", where, q)
			if code != 0 || got != want {
				t.Errorf("search -shards %s %q = %d, %q\n%s\nwant %s", where, q, code, stderr, got, want)
			}
			if !strings.Contains(stderr, "fetched") {
				t.Errorf("search -shards %s: stderr %q does not say what it fetched", where, stderr)
			}
		}
	}
	// Writing again replaces the index, leaving none of the old one's
	// files (here planted: the default corpus has no word frequent enough
	// for a tail); a folder of other files is refused.
	for _, stale := range []string{"tail/424242.bin", "text/424242.bin"} {
		p := filepath.Join(dir, filepath.FromSlash(stale))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("old"), 0o644)
	}
	if code, _, stderr := run("shards", "-out", dir, "-text-files", "-text-passages", "1"); code != 0 {
		t.Errorf("shards over its own index = %d, %q; want it replaced", code, stderr)
	}
	for _, stale := range []string{"tail/424242.bin", "text/424242.bin"} {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(stale))); err == nil {
			t.Errorf("%s of the old index is still there", stale)
		}
	}
	// With -text-files, one passage a text file: a file for each of the
	// 99 passages and 5 headlines, and the same results.
	if texts, err := os.ReadDir(filepath.Join(dir, "text")); err != nil || len(texts) != 104 {
		t.Errorf("-text-passages 1 wrote %d text files (%v), want 104", len(texts), err)
	}
	_, want, _ := run("search", "--json", "-limit", "5", "Shoigu")
	if code, got, stderr := run("search", "--json", "-limit", "5", "-shards", dir, "Shoigu"); code != 0 || got != want {
		t.Errorf("search -shards over one passage a file = %d, %q\n%s\nwant %s", code, stderr, got, want)
	}
	if code, _, stderr := run("shards", "-out", dir, "-text-passages", "0"); code != 1 || !strings.Contains(stderr, "from 1 to 1000") {
		t.Errorf("shards -text-passages 0 = %d, %q; want a refusal saying what to give", code, stderr)
	}
	other := t.TempDir()
	os.WriteFile(filepath.Join(other, "notes.txt"), []byte("mine"), 0o644)
	if code, _, stderr := run("shards", "-out", other); code != 1 || !strings.Contains(stderr, "no sharded index") {
		t.Errorf("shards into a folder of other files = %d, %q; want a refusal", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(other, "notes.txt")); err != nil {
		t.Errorf("the refusal lost the folder's file: %v", err)
	}
	if code, _, stderr := run("shards", "-out", filepath.Join(other, "notes.txt")); code != 1 || !strings.Contains(stderr, "is a file") {
		t.Errorf("shards into a file = %d, %q; want a refusal that says it is a file", code, stderr)
	}
	if b, err := os.ReadFile(filepath.Join(other, "notes.txt")); err != nil || string(b) != "mine" {
		t.Errorf("the refusal changed the file: %q, %v", b, err)
	}
	for _, args := range [][]string{
		{"search", "-shards", dir, "-csv", "x"},
		{"search", "-shards", filepath.Join(dir, "missing"), "x"},
		{"search", "-shards", other, "x"},
		{"search", "-shards", srv.URL + "/nowhere/", "x"},
	} {
		if code, _, stderr := run(args...); code != 1 || stderr == "" {
			t.Errorf("parallax %q = %d, %q; want exit 1 with a message", args, code, stderr)
		}
	}
}
