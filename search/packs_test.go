package search

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/testkit/synth"
)

// TestRemotePacks: a Remote that reads hits' text by ranges from the
// passage packs answers as one that reads text files, fetches no text
// file, and fetches fewer bytes of text; on a host that ignores ranges it
// reads the text files instead, asking for a range only once.
func TestRemotePacks(t *testing.T) {
	c, err := synth.Corpus(400, 7)
	if err != nil {
		t.Fatal(err)
	}
	ix := NewIndex(c)
	var queries []string
	for _, q := range []string{"Shoigu", "Pyongyang", "Kim Jong Un", "sanctons", `"security council"`, "artillery shells"} {
		queries = append(queries, typed(q)...)
	}
	opt := ShardOptions{Gzip: true, TextPassages: 26, TextFiles: true} // text files of 26 passages, as for 100,000 articles
	files, ranged, whole := shardsWith(t, ix, opt), shardsWith(t, ix, opt), shardsWith(t, ix, opt)
	whole.noRanges = true
	// Packs alone, on a host that ignores ranges: whole packs.
	packsOnly := shardsWith(t, ix, ShardOptions{Gzip: true})
	packsOnly.noRanges = true
	plain, packed, fallback, wholePacks := openRemote(t, files), openRanged(t, ranged), openRanged(t, whole), openRanged(t, packsOnly)
	plain.noRanges = true // the text files, as before the packs
	for _, q := range queries {
		want, err := plain.Search(q, 20)
		if err != nil {
			t.Fatal(err)
		}
		for name, r := range map[string]*Remote{"ranges": packed, "a host without ranges": fallback, "whole packs": wholePacks} {
			got, err := r.Search(q, 20)
			if err != nil {
				t.Fatalf("%s, %q: %v", name, q, err)
			}
			// Estimated counts are what the search read, which the cost
			// of text changes; both bound the true count.
			if !reflect.DeepEqual(got.Hits, want.Hits) || !got.Estimated && !want.Estimated && got.Total != want.Total {
				t.Fatalf("%s, %q: other hits than from text files", name, q)
			}
			for _, h := range got.Hits {
				if m, ok := r.Meta(h.Article); !ok || m.ID != h.Article {
					t.Fatalf("%s, %q: no fields for article %s of a hit", name, q, h.Article)
				}
			}
		}
	}
	textBytes := func(m *memShards, prefix string) (n, requests int) {
		for _, a := range m.asked {
			if !strings.HasPrefix(a, prefix) {
				continue
			}
			requests++
			if name, rng, ok := strings.Cut(a, "@"); ok {
				var from, to int
				if _, err := fmt.Sscanf(rng, "%d-%d", &from, &to); err == nil {
					n += min(to, len(m.files[name])) - from
				}
				continue
			}
			n += len(m.files[a])
		}
		return n, requests
	}
	fromFiles, _ := textBytes(files, "text/")
	fromPacks, requests := textBytes(ranged, "passages/")
	if n, _ := textBytes(ranged, "text/"); n > 0 || fromPacks == 0 {
		t.Errorf("with ranges: %d bytes of text files and %d of packs; want packs only", n, fromPacks)
	}
	// Each range costs its headers too (rangeOverheadBytes).
	if fromPacks+requests*rangeOverheadBytes >= fromFiles {
		t.Errorf("text read by %d ranges: %d bytes and their headers; from text files %d", requests, fromPacks, fromFiles)
	}
	t.Logf("text of the hits: %d bytes from text files, %d from packs in %d ranges", fromFiles, fromPacks, requests)
	if n, _ := textBytes(whole, "text/"); n == 0 {
		t.Error("without ranges no text file was read")
	}
	// One round of ranges, answered with whole files, then text files.
	firstText := slices.IndexFunc(whole.asked, func(a string) bool { return strings.HasPrefix(a, "text/") })
	lastRange := -1
	for i, a := range whole.asked {
		if strings.HasPrefix(a, "passages/") {
			lastRange = i
		}
	}
	if lastRange < 0 || lastRange > firstText {
		t.Errorf("a host without ranges was asked for a range after the first text file (%d, %d)", lastRange, firstText)
	}
	// Packs alone, on that host: whole packs, no text file.
	for _, a := range packsOnly.asked {
		if strings.HasPrefix(a, "text/") {
			t.Fatalf("an index of packs alone fetched %s", a)
		}
	}
	if !slices.ContainsFunc(packsOnly.asked, func(a string) bool { return strings.HasPrefix(a, "passages/") && !strings.Contains(a, "@") }) {
		t.Error("an index of packs alone on a host without ranges fetched no whole pack")
	}
}

// TestRemotePackDamage: a missing, cut or garbled pack is an error that
// names it, never a panic, and the Remote answers once it is mended.
func TestRemotePackDamage(t *testing.T) {
	c, err := synth.Corpus(200, 3)
	if err != nil {
		t.Fatal(err)
	}
	ix := NewIndex(c)
	good := shardsWith(t, ix, ShardOptions{Gzip: true})
	const q = "Pyongyang"
	want := ix.Search(q, Options{Limit: 20})
	for _, damage := range []struct {
		how  string
		make func([]byte) []byte
	}{
		{"missing", func([]byte) []byte { return nil }},
		{"cut", func(d []byte) []byte { return d[:len(d)/2] }},
		{"garbled", func(d []byte) []byte {
			g := []byte(strings.Repeat("\xff", len(d)))
			return g
		}},
		{"records garbled", func(d []byte) []byte {
			g := append([]byte(nil), d...)
			for i := len(g) / 2; i < len(g); i++ {
				g[i] ^= 0x5a
			}
			return g
		}},
	} {
		m := &memShards{files: map[string][]byte{}}
		for n, d := range good.files {
			m.files[n] = d
		}
		for n, d := range m.files {
			if strings.HasPrefix(n, "passages/") {
				if bad := damage.make(d); bad == nil {
					delete(m.files, n)
				} else {
					m.files[n] = bad
				}
			}
		}
		r := openRanged(t, m)
		_, err := r.Search(q, 20)
		if err == nil || !strings.Contains(err.Error(), "passages/") {
			t.Errorf("packs %s: error %v; want one naming the pack", damage.how, err)
		}
		for n, d := range good.files {
			m.files[n] = d
		}
		got, err := r.Search(q, 20)
		if err != nil || !reflect.DeepEqual(got.Hits, want.Hits) {
			t.Errorf("packs mended after %s: %v", damage.how, err)
		}
	}
}

// BenchmarkShardBuilder writes the gzip-compressed sharded index of
// 10,000 generated articles with the text in text files (as before the
// packs), in packs alone (as parallax build writes it), and in both
// (ShardOptions.TextFiles), and reports the files' bytes.
func BenchmarkShardBuilder(b *testing.B) {
	c, err := synth.Corpus(10000, 1)
	if err != nil {
		b.Fatal(err)
	}
	for name, opt := range map[string]ShardOptions{
		"text-files": {Gzip: true, noPacks: true},
		"packs":      {Gzip: true},
		"both":       {Gzip: true, TextFiles: true},
	} {
		b.Run(name, func(b *testing.B) {
			var files, size int
			for b.Loop() {
				files, size = 0, 0
				builder := NewShardBuilder(func(name string, data []byte) error {
					files++
					size += len(data)
					return nil
				}, opt)
				for _, a := range c.Articles {
					if err := builder.Add(a); err != nil {
						b.Fatal(err)
					}
				}
				if err := builder.Close(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(size)/1e6, "MB")
			b.ReportMetric(float64(files), "files")
		})
	}
}

// TestRemoteSeedsFromText: words that stand together but whose heads hold
// other passages ("Kim" and "UN" repeated in short passages of their
// own, "Jong" only beside them) find their hits from the text of the
// passages one word's head names, without reading deeper tiers of the
// frequent words, and with the in-memory index's hits.
func TestRemoteSeedsFromText(t *testing.T) {
	ix, m := seedCorpus(t)
	r := openRanged(t, m)
	got, err := r.Search("Kim Jong Un", 20)
	if err != nil {
		t.Fatal(err)
	}
	want := ix.Search("Kim Jong Un", Options{Limit: 20})
	if len(got.Hits) != 20 || !reflect.DeepEqual(got.Hits, want.Hits) {
		t.Fatalf("Search = %d hits, in-memory %d: want the same twenty\nremote %+v\nindex  %+v", len(got.Hits), len(want.Hits), first(got.Hits), first(want.Hits))
	}
	// The sixty passages weigh least for "kim" and "un": their last
	// tiers, thousands of postings, are what widening would read.
	for _, w := range []string{"kim", "un"} {
		id, ok := slices.BinarySearch(ix.vocab, w)
		if !ok {
			t.Fatalf("%q is not a term", w)
		}
		deepest := 0
		for j := 1; ; j++ {
			if _, _, ok := tierRange(16, 24, ix.df(int32(id)), j); !ok {
				break
			}
			deepest = j
		}
		last := tailFile(int32(id), deepest)
		if _, ok := m.files[last]; !ok {
			t.Fatalf("no %s: the test wants %q's postings in several tiers", last, w)
		}
		if slices.Contains(m.asked, last) {
			t.Errorf("read %s, the last tier of %q: the text of the passages read for %q should settle the search", last, w, "jong")
		}
	}
}

// TestRemoteReadsHitsTextWhileScoring: a top-k search that reads
// passages' text to score them reads the text of its hits so far in the
// same rounds, so that fetching the hits' text after its last round, two
// round trips and a request a run of passages, finds most of it there
// (at 3,000 generated articles, planned as the page plans: 13 and 16 of
// 20 hits were left to fetch without it, 6 and 2 with it).
func TestRemoteReadsHitsTextWhileScoring(t *testing.T) {
	c, err := synth.Corpus(3000, 1)
	if err != nil {
		t.Fatal(err)
	}
	m := shardsWith(t, NewIndex(c), ShardOptions{})
	r := openRanged(t, m)
	r.SetRequestCost(16 << 10)
	for _, query := range []string{"Kim Jong Un", "artillery shells"} {
		q := joinSplitWords(r, Parse(query))
		total, order, _, _, ok := r.searchTop(q, 20, nil)
		if !ok || r.err != nil {
			t.Fatalf("searchTop(%s) = ok %v, %v; want a top-k search", query, ok, r.err)
		}
		top := rank(total, order, 20)
		var missing []int32
		for _, p := range top {
			if !r.hasText(p) {
				missing = append(missing, p)
			}
		}
		if len(top) < 20 || 2*len(missing) >= len(top) {
			t.Errorf("%s: %d of its %d hits have no text after the search (%v): want most read with the passages it scored", query, len(missing), len(top), missing)
		}
	}
}

// TestRemoteSeedsByRequestCost: where requests queue (SetRequestCost, a
// host speaking HTTP/1.1 to a browser), the same search reads the deep
// tiers, one request each, rather than dozens of passages' text.
func TestRemoteSeedsByRequestCost(t *testing.T) {
	ix, m := seedCorpus(t)
	cheap, queued := openRanged(t, m), openRanged(t, m)
	queued.SetRequestCost(16 << 10)
	for name, r := range map[string]*Remote{"requests sent together": cheap, "requests queued": queued} {
		got, err := r.Search("Kim Jong Un", 20)
		if err != nil {
			t.Fatal(err)
		}
		want := ix.Search("Kim Jong Un", Options{Limit: 20})
		if !reflect.DeepEqual(got.Hits, want.Hits) {
			t.Fatalf("%s: other hits than the in-memory index's", name)
		}
	}
	if c, q := cheap.Stats().Requests, queued.Stats().Requests; q >= c {
		t.Errorf("with requests queued the search made %d requests, with requests sent together %d: want fewer", q, c)
	}
}

// seedCorpus is the index of TestRemoteSeedsFromText's articles and its
// shards, with heads of 16 postings and tiers 24 times larger.
func seedCorpus(t *testing.T) (*Index, *memShards) {
	t.Helper()
	c := &corpus.Corpus{}
	add := func(name, text string) {
		a, err := corpus.Parse(name, []byte(text), corpus.Meta{})
		if err != nil {
			t.Fatal(err)
		}
		c.Articles = append(c.Articles, a)
	}
	// Ten thousand short passages repeating "Kim", as many repeating
	// "UN": tiers of thousands of postings, as at 100,000 articles.
	for i := range 250 {
		var kim, un strings.Builder
		for k := range 40 {
			fmt.Fprintf(&kim, "Kim met Kim at hall %d on Monday, and Kim left before talks %d ended.\n\n", k, i)
			fmt.Fprintf(&un, "The UN said on day %d that the UN would ask the UN for vote %d soon.\n\n", k, i)
		}
		add(fmt.Sprintf("kim-%03d.txt", i), fmt.Sprintf("Talks held on day %d\n\n%s", i, kim.String()))
		add(fmt.Sprintf("un-%03d.txt", i), fmt.Sprintf("Vote held on day %d\n\n%s", i, un.String()))
	}
	for i := range 60 {
		add(fmt.Sprintf("kju-%02d.txt", i), fmt.Sprintf("Leader seen %d\n\nKim Jong Un visited a factory on the coast with officials from the ministry of industry on day %d.\n", i, i))
	}
	ix := NewIndex(c)
	return ix, shardsWith(t, ix, ShardOptions{Gzip: true, head: 16, factor: 24})
}
