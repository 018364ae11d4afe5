package site

import (
	"strconv"
	"testing"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/testkit/synth"
)

// shardFiles builds c's sharded index in memory and returns its files.
func shardFiles(t *testing.T, c *corpus.Corpus) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	s := &Site{o: Options{Corpus: c, Shards: true}}
	if err := s.buildShards(func(name string, data []byte) error {
		files[name] = data
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return files
}

// TestShardedEvents: the sharded build publishes the events of a
// generated corpus with planted reprints and rewrites, and the
// comparison of each copy's pair where PairFileOf says, as the page
// fetches them.
func TestShardedEvents(t *testing.T) {
	c, plants, err := synth.WithCopies(120, 5)
	if err != nil {
		t.Fatal(err)
	}
	files := shardFiles(t, c)
	var first compare.EventPage
	if err := compare.Decode(files[EventsDir+"/0.bin"], &first); err != nil {
		t.Fatalf("events/0.bin: %v", err)
	}
	if first.Total == 0 || first.Pages < 1 || first.PairFiles < 1 {
		t.Fatalf("events/0.bin says %d events in %d pages, %d pair files", first.Total, first.Pages, first.PairFiles)
	}
	copies := map[[2]string]string{}
	events := 0
	for n := range first.Pages {
		var page compare.EventPage
		if err := compare.Decode(files[EventsDir+"/"+strconv.Itoa(n)+".bin"], &page); err != nil {
			t.Fatalf("events page %d: %v", n, err)
		}
		for _, ev := range page.Events {
			events++
			for _, id := range ev.Articles {
				if page.Articles[id].Title == "" {
					t.Errorf("event %q: article %s has no title on its page", ev.Label, id)
				}
			}
			for _, cp := range ev.Copies {
				copies[[2]string{cp.Article, cp.Of}] = cp.Relation
			}
		}
	}
	if events != first.Total {
		t.Errorf("the pages hold %d events, the first says %d", events, first.Total)
	}
	found := 0
	for _, p := range plants {
		a, of := c.Articles[p.Copy].ID, c.Articles[p.Of].ID
		if copies[[2]string{a, of}] == "" {
			continue
		}
		found++
		var pf compare.PairFile
		name := EventsDir + "/pairs/" + strconv.Itoa(compare.PairFileOf(of, a, first.PairFiles)) + ".bin"
		if err := compare.Decode(files[name], &pf); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if r, ok := pf.Find(a, of); !ok || r.Relation != copies[[2]string{a, of}] {
			t.Errorf("%s: the comparison of %s and %s is missing or says %q, want %q", name, a, of, r.Relation, copies[[2]string{a, of}])
		}
	}
	if found*10 < len(plants)*9 {
		t.Errorf("the published events hold %d of %d planted copies, want at least 90%%", found, len(plants))
	}
}

// TestShardedQuotes: the sharded build publishes each actor's quotations
// where actors.QuoteBucket says, the same as the actor finder gives them
// over the corpus (here one chunk), with their articles' outlets.
func TestShardedQuotes(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	files := shardFiles(t, c)
	var index actors.QuoteIndex
	if err := compare.Decode(files[QuotesDir+"/index.bin"], &index); err != nil || index.Buckets < 1 {
		t.Fatalf("quotes/index.bin: %+v, %v", index, err)
	}
	set := find.Actors(c)
	speakers := 0
	for _, a := range set.Actors {
		if len(a.Quotes) == 0 {
			continue
		}
		speakers++
		var f actors.QuoteFile
		name := QuotesDir + "/" + strconv.Itoa(actors.QuoteBucket(a.ID, index.Buckets)) + ".bin"
		if err := compare.Decode(files[name], &f); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got := f.Quotes[a.ID]
		if len(got) != len(a.Quotes) {
			t.Errorf("%s: %d quotations published, the actor finder gives %d", a.ID, len(got), len(a.Quotes))
			continue
		}
		for i, q := range a.Quotes {
			if got[i].Text != q.Text || got[i].Passage != q.Passage || got[i].Outlet != c.Article(q.Article).Outlet {
				t.Errorf("%s quotation %d: published %+v, want %q in %s", a.ID, i, got[i], q.Text, q.Passage)
			}
		}
	}
	if speakers == 0 {
		t.Fatal("the default corpus has no quotation to publish")
	}
}
