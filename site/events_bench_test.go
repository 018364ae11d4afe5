package site

import (
	"os"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/testkit/synth"
)

// BenchmarkShardedEvents times what the sharded build adds to find the
// events and copies of generated articles with planted reprints and
// rewrites (10,000, or PARALLAX_EVENTS_ARTICLES): sketching each article
// (on every core, as the build does), the candidate pairs, and the second
// reading's comparisons; the actors, which the build finds for its index
// anyway, are found before the clock starts. It reports the share of
// planted reprints and rewrites found as copies of the right article.
// Run it once: -benchtime=1x (make bench).
func BenchmarkShardedEvents(b *testing.B) {
	n := 10000
	if s := os.Getenv("PARALLAX_EVENTS_ARTICLES"); s != "" {
		if v, err := strconv.Atoi(s); err == nil && v > 0 {
			n = v
		}
	}
	c, plants, err := synth.WithCopies(n, 5)
	if err != nil {
		b.Fatal(err)
	}
	var chunks []labelledChunk
	start := 0
	for i := range c.Articles {
		if i == len(c.Articles)-1 || chunkEnds(c.Articles[start:i+1]) {
			chunks = append(chunks, labelChunk(c.Articles[start:i+1], nil))
			start = i + 1
		}
	}
	var pages map[string][]byte
	var candidates int
	var took time.Duration
	for b.Loop() {
		start := time.Now()
		// Sketch as the build does, a chunk per core at once.
		var wg sync.WaitGroup
		sem := make(chan struct{}, runtime.GOMAXPROCS(0))
		for k := range chunks {
			wg.Go(func() {
				sem <- struct{}{}
				defer func() { <-sem }()
				for i, a := range chunks[k].articles {
					chunks[k].sketches[i] = compare.SketchArticle(a)
				}
			})
		}
		wg.Wait()
		ev := newEventFinder()
		for _, ch := range chunks {
			for i, a := range ch.articles {
				ev.add(a, ch.sketches[i], ch.labels[i])
			}
		}
		candidates = len(ev.finder.Candidates())
		pages = map[string][]byte{}
		err := ev.write(func(name string, data []byte) error {
			pages[name] = data
			return nil
		}, func(each func(*corpus.Article) error) error {
			for _, a := range c.Articles {
				if err := each(a); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		took = time.Since(start)
	}
	copies := map[[2]string]bool{}
	var first compare.EventPage
	if err := compare.Decode(pages[EventsDir+"/0.bin"], &first); err != nil {
		b.Fatal(err)
	}
	for p := range first.Pages {
		var page compare.EventPage
		if err := compare.Decode(pages[EventsDir+"/"+strconv.Itoa(p)+".bin"], &page); err != nil {
			b.Fatal(err)
		}
		for _, e := range page.Events {
			for _, cp := range e.Copies {
				copies[[2]string{cp.Article, cp.Of}] = true
			}
		}
	}
	found, planted := map[string]int{}, map[string]int{}
	for _, p := range plants {
		planted[p.Kind]++
		if copies[[2]string{c.Articles[p.Copy].ID, c.Articles[p.Of].ID}] {
			found[p.Kind]++
		}
	}
	b.ReportMetric(float64(n), "articles")
	b.ReportMetric(took.Seconds(), "s")
	b.ReportMetric(float64(candidates), "candidate-pairs")
	b.ReportMetric(float64(first.Total), "events")
	b.ReportMetric(float64(found["reprint"])/float64(max(1, planted["reprint"])), "reprint-recall")
	b.ReportMetric(float64(found["rewrite"])/float64(max(1, planted["rewrite"])), "rewrite-recall")
}
