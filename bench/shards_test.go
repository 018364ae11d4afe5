package bench

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/testkit/synth"
	"github.com/parallax-news/parallax/search"
)

// shardedArticles is the size of the generated corpus the sharded index
// is measured at, past what one tab can embed (docs/large-corpora.md);
// PARALLAX_SHARDS sets another.
const shardedArticles = 100000

// shardsDir is where the sharded index is served from, under the root.
const shardsDir = "shards"

// noStore serves the shards uncached, so that every fresh search.Remote
// fetches over HTTP as on a first visit, and the rest as h does.
func noStore(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/"+shardsDir+"/") {
			w.Header().Set("Cache-Control", "no-store")
		}
		h.ServeHTTP(w, r)
	})
}

// shardedSize is the article count of the sharded index measured.
func shardedSize(t *testing.T) int {
	if s := os.Getenv("PARALLAX_SHARDS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			t.Fatalf("PARALLAX_SHARDS=%q: want a number of articles", s)
		}
		return n
	}
	return shardedArticles
}

// writeShards generates n articles, indexes them and writes the sharded
// index under root/shards, and prints what it wrote.
func writeShards(t *testing.T, out io.Writer, root string, n int) {
	t.Helper()
	start := time.Now()
	c, err := synth.Corpus(n, 1)
	if err != nil {
		t.Fatal(err)
	}
	generated := time.Since(start)
	start = time.Now()
	ix := search.NewIndex(c)
	indexed := time.Since(start)
	type kind struct{ files, raw, gz int }
	kinds := map[string]*kind{}
	var zipped bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&zipped, gzip.DefaultCompression)
	start = time.Now()
	err = search.WriteShards(ix, func(name string, data []byte) error {
		path := filepath.Join(root, shardsDir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		k, _, _ := strings.Cut(name, "/")
		if kinds[k] == nil {
			kinds[k] = &kind{}
		}
		zipped.Reset()
		zw.Reset(&zipped)
		zw.Write(data)
		zw.Close()
		kinds[k].files++
		kinds[k].raw += len(data)
		kinds[k].gz += zipped.Len()
		return os.WriteFile(path, data, 0o644)
	}, search.ShardOptions{})
	if err != nil {
		t.Fatal(err)
	}
	written := time.Since(start)
	fmt.Fprintf(out, "\nPast one tab: a sharded index of %d generated articles (%d passages, %d distinct words), generated in %.0f s, indexed in %.0f s, written in %.0f s (natively):\n\n",
		n, ix.Len(), ix.VocabularySize(), generated.Seconds(), indexed.Seconds(), written.Seconds())
	fmt.Fprintln(out, "| files | count | raw | gzip |")
	fmt.Fprintln(out, "| --- | ---: | ---: | ---: |")
	var all kind
	for _, k := range slices.Sorted(maps.Keys(kinds)) {
		f := kinds[k]
		fmt.Fprintf(out, "| %s | %d | %s | %s |\n", k, f.files, mb(f.raw), mb(f.gz))
		all.files += f.files
		all.raw += f.raw
		all.gz += f.gz
	}
	fmt.Fprintf(out, "| all | %d | %s | %s |\n", all.files, mb(all.raw), mb(all.gz))
	runtime.GC() // the corpus and its index are not needed past here
}

// typeRemote types each typing query key by key into a fresh
// search.Remote over the sharded index (cold: every file it needs comes
// over HTTP), then again into the same Remote (warm: it has them all),
// and prints each query's figures, timed in the page.
func typeRemote(t *testing.T, ctx context.Context, out io.Writer, base string) {
	t.Helper()
	var raw string
	queries, _ := json.Marshal(typingQueries)
	evaluate(t, ctx, fmt.Sprintf(`(async () => {
		const out = [];
		for (const q of %s) {
			const open = await engine.remote(%s);
			const row = {query: q, meta: open.bytes, cold: [], warm: []};
			let last = open;
			for (const pass of ["cold", "warm"]) {
				for (let i = 1; i <= q.length; i++) {
					const start = performance.now();
					last = await engine.rkey(q.slice(0, i));
					row[pass].push(performance.now() - start);
				}
				if (pass === "cold") {
					Object.assign(row, {bytes: last.bytes - open.bytes, requests: last.requests - open.requests, rounds: last.rounds - open.rounds, total: last.total});
				}
			}
			out.push(row);
		}
		return JSON.stringify(out);
	})()`, queries, jsString(base)), &raw)
	var rows []struct {
		Query                         string
		Meta, Bytes, Requests, Rounds int
		Total                         int
		Cold, Warm                    []float64
	}
	if err := json.Unmarshal([]byte(raw), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatal("no query was typed into the sharded index")
	}
	fmt.Fprintf(out, "\nTyping into the sharded index over HTTP on 127.0.0.1, in the page (search.Remote in wasm), at most %d hits. Cold: a fresh Remote per query (after meta.bin, %s); warm: the same query typed again.\n\n", resultLimit, kb(rows[0].Meta))
	fmt.Fprintln(out, "| query | matches | fetched, cold | requests | rounds | cold p50 (ms) | cold p95 (ms) | warm p50 (ms) | warm p95 (ms) |")
	fmt.Fprintln(out, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
	var cold, warm []float64
	for _, r := range rows {
		fmt.Fprintf(out, "| %s | %d | %s | %d | %d | %.1f | %.1f | %.1f | %.1f |\n", r.Query, r.Total, kb(r.Bytes), r.Requests, r.Rounds,
			percentile(r.Cold, 50), percentile(r.Cold, 95), percentile(r.Warm, 50), percentile(r.Warm, 95))
		cold = append(cold, r.Cold...)
		warm = append(warm, r.Warm...)
	}
	fmt.Fprintf(out, "| every keystroke | | | | | %.1f | %.1f | %.1f | %.1f |\n", percentile(cold, 50), percentile(cold, 95), percentile(warm, 50), percentile(warm, 95))
}

// benchShards measures the sharded index: its files, then typing into it
// from the engine page.
func benchShards(t *testing.T, ctx context.Context, out io.Writer, root, url string) {
	t.Helper()
	n := shardedSize(t)
	t.Logf("writing the sharded index of %d generated articles", n)
	writeShards(t, out, root, n)
	open(t, ctx, url+"/engine/")
	typeRemote(t, ctx, out, url+"/"+shardsDir+"/")
}

func kb(n int) string { return fmt.Sprintf("%.0f kB", float64(n)/1e3) }
