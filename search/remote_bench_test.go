package search

import (
	"errors"
	"os"
	"strconv"
	"testing"

	"github.com/parallax-news/parallax/internal/testkit/synth"
)

// BenchmarkRemoteQueryBytes types each large-corpus query key by key into
// a cold Remote over the gzip-compressed shards of 10,000 generated
// articles (PARALLAX_REMOTE_ARTICLES others), with as many passages a
// text file as parallax build would write, 20 hits a keystroke as the
// page asks, and reports what the whole query fetched: the figure the
// page's bytes per query come from, without a browser. As in the page, a
// keystroke ending in a short prefix (ShortPrefix) that needs files waits
// for the typing to pause (150 ms after its key, app's typingPause), and
// a search stops when the next key comes: keys 120 ms apart, and a round of fetching taking 40 ms plus its
// bytes at 20 Mbit/s, the throttling of make bench-large.
// typingPauseMs is the page's typing pause (app's typingPause).
const typingPauseMs = 150

func BenchmarkRemoteQueryBytes(b *testing.B) {
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
	}, ShardOptions{Gzip: true, TextPassages: max(DefaultTextPassages, n*16/60000)})
	for _, a := range c.Articles {
		if err := builder.Add(a); err != nil {
			b.Fatal(err)
		}
	}
	if err := builder.Close(); err != nil {
		b.Fatal(err)
	}
	for _, q := range []string{"Shoigu", "sanctons", "Pyongyang", "artillery shells", "Kim Jong Un"} {
		b.Run(q, func(b *testing.B) {
			var st RemoteStats
			for b.Loop() {
				r, err := OpenRemote(m.read)
				if err != nil {
					b.Fatal(err)
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
				}
				st = r.Stats()
			}
			b.ReportMetric(float64(st.Bytes)/1e3, "kB/query")
			b.ReportMetric(float64(st.Rounds), "rounds/query")
			b.ReportMetric(float64(st.Requests), "requests/query")
		})
	}
}
