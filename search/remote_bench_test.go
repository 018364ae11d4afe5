package search

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/parallax-news/parallax/internal/testkit/synth"
)

// typingPauseMs is the page's typing pause (app's typingPause).
const typingPauseMs = 150

// BenchmarkRemoteQueryBytes types each large-corpus query key by key into
// a cold Remote over the gzip-compressed shards of 10,000 generated
// articles (PARALLAX_REMOTE_ARTICLES others), with as many passages a
// text file as parallax build would write, 20 hits a keystroke as the
// page asks, and reports what the whole query fetched: the figure the
// page's bytes per query come from, without a browser. As in the page, a
// keystroke ending in a short prefix (ShortPrefix) that needs files waits
// for the typing to pause (150 ms after its key, app's typingPause), and
// a search stops when the next key comes: keys 120 ms apart, and a round
// of fetching taking 40 ms plus its bytes at 20 Mbit/s, the throttling of
// make bench-large. With PARALLAX_REMOTE_TRACE=1 it logs what each
// keystroke fetched, by the folder of the site it came from (postings,
// tier1, tail, text, vocab; "ranges" for the passage packs). With
// PARALLAX_REMOTE_REQUEST_BYTES=16384 it plans as the page does
// (Remote.SetRequestCost; app's browserRequestBytes). Each query
// is typed twice: reading hits' text from text files (a host that ignores
// Range) and by range requests from the passage packs.
func BenchmarkRemoteQueryBytes(b *testing.B) {
	m := benchShards(b, true)
	trace := os.Getenv("PARALLAX_REMOTE_TRACE") != ""
	for _, q := range []string{"Shoigu", "sanctons", "Pyongyang", "artillery shells", "Kim Jong Un"} {
		for _, ranges := range []bool{false, true} {
			name := q + "/text-files"
			if ranges {
				name = q + "/ranges"
			}
			b.Run(name, func(b *testing.B) {
				var st RemoteStats
				for b.Loop() {
					fetched := &fetchedByFolder{read: m.read}
					r, err := OpenRemote(fetched.fetch)
					if err != nil {
						b.Fatal(err)
					}
					if ranges {
						r.SetRangeFetch(fetched.fetchRange)
					}
					if v, err := strconv.Atoi(os.Getenv("PARALLAX_REMOTE_REQUEST_BYTES")); err == nil {
						r.SetRequestCost(v)
					}
					for i := 1; i <= len(q); i++ {
						start, last := r.Stats(), i == len(q)
						paused := 0.0
						var pause func()
						if ShortPrefix(q[:i]) {
							pause = func() { paused = typingPauseMs }
						}
						_, err := r.SearchPaced(q[:i], 20, nil, pause, func() bool {
							now := r.Stats()
							ms := paused + float64(now.Rounds-start.Rounds)*40 + float64(now.Bytes-start.Bytes)/2500
							return !last && ms >= 120
						})
						if err != nil && (last || !errors.Is(err, ErrStopped)) {
							b.Fatal(err)
						}
						if trace {
							now := r.Stats()
							b.Logf("%-18q %4d kB %d rounds, stopped %v: %s", q[:i], (now.Bytes-start.Bytes)/1000, now.Rounds-start.Rounds, err != nil, fetched.take())
						}
					}
					st = r.Stats()
				}
				b.ReportMetric(float64(st.Bytes)/1e3, "kB/query")
				b.ReportMetric(float64(st.Rounds), "rounds/query")
				b.ReportMetric(float64(st.Requests), "requests/query")
				// What a browser counts: the headers of each request's
				// answer too, about rangeOverheadBytes.
				b.ReportMetric(float64(st.Bytes+st.Requests*rangeOverheadBytes)/1e3, "kB+headers/query")
			})
		}
	}
}

// benchShards builds in memory the gzip-compressed shards of 10,000
// generated articles (PARALLAX_REMOTE_ARTICLES others), with as many
// passages a text file as parallax build would write, and the text
// files too when textFiles.
func benchShards(b *testing.B, textFiles bool) *memShards {
	n := 10000
	if v, err := strconv.Atoi(os.Getenv("PARALLAX_REMOTE_ARTICLES")); err == nil && v > 0 {
		n = v
	}
	c, err := synth.Corpus(n, 1)
	if err != nil {
		b.Fatal(err)
	}
	m := &memShards{files: map[string][]byte{}}
	builder := NewShardBuilder(func(name string, data []byte) error {
		m.files[name] = append([]byte(nil), data...)
		return nil
	}, ShardOptions{Gzip: true, TextPassages: max(DefaultTextPassages, n*16/60000), TextFiles: textFiles})
	for _, a := range c.Articles {
		if err := builder.Add(a); err != nil {
			b.Fatal(err)
		}
	}
	if err := builder.Close(); err != nil {
		b.Fatal(err)
	}
	if os.Getenv("PARALLAX_REMOTE_TRACE") != "" {
		files, bytes := map[string]int{}, map[string]int{}
		for name, data := range m.files {
			folder, _, _ := strings.Cut(name, "/")
			files[folder]++
			bytes[folder] += len(data)
		}
		b.Logf("%d articles: files (and kB) by folder: %v %v", n, files, kilobytes(bytes))
	}
	return m
}

// kilobytes returns sizes in bytes as kilobytes.
func kilobytes(sizes map[string]int) map[string]int {
	out := map[string]int{}
	for k, v := range sizes {
		out[k] = v / 1000
	}
	return out
}

// fetchedByFolder reads shard files through read and counts the bytes
// of each since the last take, by the folder the file is in.
type fetchedByFolder struct {
	read  func(name string) ([]byte, error)
	mu    sync.Mutex
	bytes map[string]int
}

func (f *fetchedByFolder) fetch(name string) ([]byte, error) {
	data, err := f.read(name)
	folder, _, _ := strings.Cut(name, "/")
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.bytes == nil {
		f.bytes = map[string]int{}
	}
	f.bytes[folder] += len(data)
	return data, err
}

func (f *fetchedByFolder) fetchRange(name string, from, to int64) ([]byte, error) {
	data, err := f.read(name)
	if err != nil {
		return nil, err
	}
	if from < 0 || from >= int64(len(data)) || to <= from {
		return nil, fmt.Errorf("%s: HTTP 416", name)
	}
	data = data[from:min(to, int64(len(data)))]
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.bytes == nil {
		f.bytes = map[string]int{}
	}
	f.bytes["ranges"] += len(data)
	return data, nil
}

// take returns the bytes counted by folder, "text=89kB tier1=26kB", and
// starts counting again.
func (f *fetchedByFolder) take() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var parts []string
	for folder, n := range f.bytes {
		parts = append(parts, fmt.Sprintf("%s=%dkB", folder, n/1000))
	}
	slices.Sort(parts)
	clear(f.bytes)
	return strings.Join(parts, " ")
}

// BenchmarkRemoteSearchIn times the actor filter's search (SearchIn with
// a list of passages to keep) once a query's tiers are read: "Kim Jong
// Un" typed key by key into a Remote over the shards of 10,000 generated
// articles (PARALLAX_REMOTE_ARTICLES others), then searched again among
// every third passage, with no answer remembered. Its time is the work
// the page does in wasm between choosing an actor and the filtered
// results, beside the fetching.
func BenchmarkRemoteSearchIn(b *testing.B) {
	m := benchShards(b, false)
	r, err := OpenRemote(m.read)
	if err != nil {
		b.Fatal(err)
	}
	r.SetRangeFetch(func(name string, from, to int64) ([]byte, error) {
		data, err := m.read(name)
		if err != nil || from < 0 || from >= int64(len(data)) || to <= from {
			return nil, fmt.Errorf("%s: HTTP 416", name)
		}
		return data[from:min(to, int64(len(data)))], nil
	})
	const q = "Kim Jong Un"
	for range 2 {
		for i := 1; i <= len(q); i++ {
			if _, err := r.SearchIn(q[:i], 20, nil); err != nil {
				b.Fatal(err)
			}
		}
	}
	var keep []int32
	for p := int32(0); p < int32(r.Passages()); p += 3 {
		keep = append(keep, p)
	}
	res, err := r.SearchIn(q, 20, keep)
	if err != nil || len(res.Hits) == 0 {
		b.Fatalf("SearchIn: %d hits, %v", len(res.Hits), err)
	}
	for b.Loop() {
		r.results = resultCache{}
		if _, err := r.SearchIn(q, 20, keep); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRemoteFilterFetches counts what the actor filter's search
// fetches once "Kim Jong Un" was typed key by key, as the page asks for
// it (a request weighing 16 kB, SetRequestCost): among every third,
// twentieth and hundredth passage of 10,000 generated articles
// (PARALLAX_REMOTE_ARTICLES others). Requests are what a browser queues
// on a host speaking HTTP/1.1.
func BenchmarkRemoteFilterFetches(b *testing.B) {
	m := benchShards(b, false)
	for _, step := range []int32{3, 20, 100} {
		b.Run(fmt.Sprintf("every-%d", step), func(b *testing.B) {
			var st RemoteStats
			for b.Loop() {
				r, err := OpenRemote(m.read)
				if err != nil {
					b.Fatal(err)
				}
				r.SetRangeFetch(m.fetchRange)
				r.SetRequestCost(16 << 10)
				const q = "Kim Jong Un"
				for i := 1; i <= len(q); i++ {
					if _, err := r.SearchIn(q[:i], 20, nil); err != nil {
						b.Fatal(err)
					}
				}
				var keep []int32
				for p := int32(0); p < int32(r.Passages()); p += step {
					keep = append(keep, p)
				}
				before := r.Stats()
				if res, err := r.SearchIn(q, 20, keep); err != nil || len(res.Hits) == 0 {
					b.Fatalf("SearchIn: %d hits, %v", len(res.Hits), err)
				}
				after := r.Stats()
				st = RemoteStats{Bytes: after.Bytes - before.Bytes, Requests: after.Requests - before.Requests, Rounds: after.Rounds - before.Rounds}
			}
			b.ReportMetric(float64(st.Bytes)/1e3, "kB/filter")
			b.ReportMetric(float64(st.Requests), "requests/filter")
			b.ReportMetric(float64(st.Rounds), "rounds/filter")
		})
	}
}
