package cli

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/compare"
)

// fakeWeb makes a folder holding web/ with the files a build checks for.
func fakeWeb(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	web := filepath.Join(root, "web")
	os.MkdirAll(web, 0o755)
	for _, f := range []string{"app.wasm", "app-sharded.wasm", "finder.wasm", "wasm_exec.js", "app.css", "icon.svg"} {
		if err := os.WriteFile(filepath.Join(web, f), []byte("/* "+f+" */"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// TestBuildSharded: -shards builds the sharded form from a folder read as
// it is indexed: the site holds shards/ and no snapshot, its page is told
// where the shards are, every bad or duplicate file is still reported,
// and the shards answer a search. Contradictory flags are refused.
func TestBuildSharded(t *testing.T) {
	dir := t.TempDir()
	article := "---\ntitle: Grain talks\noutlet: %s\ndate: 2024-06-01\n---\nMinisters from both countries agreed on Friday to reopen the grain corridor for six months.\n"
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(strings.Replace(article, "%s", "Example News", 1)), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte(strings.Replace(article, "%s", "Other Wire", 1)), 0o644)
	os.WriteFile(filepath.Join(dir, "c.txt"), []byte("---\ntitle: Port reopens\n---\nThe harbour of Odesa took its first grain freighter in a month on Tuesday, port officials said. Crews loaded wheat through the night, and a second ship is due on Friday.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte{0, 1, 2}, 0o644)
	root := fakeWeb(t)
	out := filepath.Join(t.TempDir(), "site")
	code, _, stderr := run("build", "-root", root, "-out", out, "-brotli", "1", "-shards", "-corpus", dir)
	if code != 0 {
		t.Fatalf("build -shards = exit %d: %s", code, stderr)
	}
	for _, want := range []string{"bad.txt", "kept b.txt: the same article text as a.txt"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("build -shards stderr = %q; want it to say %q", stderr, want)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "shards", "meta.bin")); err != nil {
		t.Errorf("no shards/meta.bin in the sharded site: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "corpus.snapshot")); err == nil {
		t.Error("the sharded site ships corpus.snapshot too")
	}
	if js, err := os.ReadFile(filepath.Join(out, "app.js")); err != nil || !strings.Contains(string(js), "PARALLAX_SHARDS") {
		t.Errorf("the page is not told where the shards are (%v)", err)
	}
	code, found, stderr := run("search", "-shards", filepath.Join(out, "shards"), "--json", "odesa")
	if code != 0 || !strings.Contains(found, `"article": "c"`) {
		t.Errorf("search -shards odesa = %d, %q, %q; want article c", code, found, stderr)
	}
	// The events: a and b, one text from two outlets, are a reprint.
	var page compare.EventPage
	if data, err := os.ReadFile(filepath.Join(out, "shards", "events", "0.bin")); err != nil {
		t.Errorf("no events in the sharded site: %v", err)
	} else if err := compare.Decode(data, &page); err != nil || page.Total != 1 || len(page.Events[0].Copies) != 1 || page.Events[0].Copies[0].Relation != compare.Reprint {
		t.Errorf("the sharded site's events = %+v (%v); want b a reprint of a", page, err)
	}
	// With -cache, a second build finds the actors of its one chunk there,
	// and writes the same index.
	cache := filepath.Join(t.TempDir(), "cache")
	again := filepath.Join(t.TempDir(), "again")
	for i, want := range []string{"0 chunks of articles of 1 had their actors in the cache", "1 chunks of articles of 1 had their actors in the cache"} {
		code, _, stderr := run("build", "-root", root, "-out", again, "-brotli", "1", "-shards", "-cache", cache, "-corpus", dir)
		if code != 0 || !strings.Contains(stderr, want) {
			t.Errorf("build -cache, run %d = exit %d, %q; want it to say %q", i+1, code, stderr, want)
		}
	}
	for _, f := range []string{"labels/top.bin", "meta.bin", "events/0.bin"} {
		a, errA := os.ReadFile(filepath.Join(out, "shards", f))
		b, errB := os.ReadFile(filepath.Join(again, "shards", f))
		if errA != nil || errB != nil || !bytes.Equal(a, b) {
			t.Errorf("shards/%s differs with the cache (%v, %v)", f, errA, errB)
		}
	}
	for _, args := range [][]string{
		{"build", "-root", root, "-out", out, "-shards", "-no-shards", "-corpus", dir},
		{"build", "-root", root, "-single-file", filepath.Join(out, "x.html"), "-shards", "-corpus", dir},
	} {
		if code, _, stderr := run(args...); code != 1 || stderr == "" {
			t.Errorf("parallax %q = exit %d, %q; want exit 1 with a message", args, code, stderr)
		}
	}
}

// TestBuildCPUProfile: -cpuprofile writes a profile of the build (a
// gzipped protocol buffer, as go tool pprof reads), and says so when it
// cannot.
func TestBuildCPUProfile(t *testing.T) {
	root := fakeWeb(t)
	prof := filepath.Join(t.TempDir(), "build.prof")
	out := filepath.Join(t.TempDir(), "site")
	if code, _, stderr := run("build", "-root", root, "-out", out, "-brotli", "1", "-cpuprofile", prof); code != 0 {
		t.Fatalf("build -cpuprofile = exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(prof)
	if err != nil || len(data) < 2 || data[0] != 0x1f || data[1] != 0x8b {
		t.Errorf("build -cpuprofile wrote %d bytes (%v); want a gzipped profile", len(data), err)
	}
	code, _, stderr := run("build", "-root", root, "-out", out, "-brotli", "1", "-cpuprofile", filepath.Join(t.TempDir(), "no", "such", "dir", "p.prof"))
	if code == 0 || !strings.Contains(stderr, "CPU profile") {
		t.Errorf("build -cpuprofile into a missing folder = exit %d, %q; want a failure that names the profile", code, stderr)
	}
}

// TestBuildGC: a sharded build lets the heap grow further between
// collections, under a soft limit, unless the user set GOGC or
// GOMEMLIMIT; the other form leaves the collector as it is.
func TestBuildGC(t *testing.T) {
	percent, limit := debug.SetGCPercent(100), debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetGCPercent(percent); debug.SetMemoryLimit(limit) })
	root := fakeWeb(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("---\ntitle: Grain talks\n---\nMinisters agreed on Friday to reopen the grain corridor for six months.\n"), 0o644)
	build := func(form string) (int, int64) {
		t.Helper()
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(math.MaxInt64)
		if code, _, stderr := run("build", "-root", root, "-out", filepath.Join(t.TempDir(), "site"), "-brotli", "1", form, "-corpus", dir); code != 0 {
			t.Fatalf("build %s = exit %d: %s", form, code, stderr)
		}
		return debug.SetGCPercent(100), debug.SetMemoryLimit(-1)
	}
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	if p, l := build("-shards"); p != buildGCPercent || l != buildMemoryLimit {
		t.Errorf("build -shards left GOGC %d and a memory limit of %d; want %d and %d", p, l, buildGCPercent, buildMemoryLimit)
	}
	if p, l := build("-no-shards"); p != 100 || l != math.MaxInt64 {
		t.Errorf("build -no-shards changed GOGC and the memory limit to %d and %d", p, l)
	}
	t.Setenv("GOGC", "150")
	t.Setenv("GOMEMLIMIT", "1GiB")
	if p, l := build("-shards"); p != 100 || l != math.MaxInt64 {
		t.Errorf("with GOGC and GOMEMLIMIT set, build -shards changed them to %d and %d", p, l)
	}
}
