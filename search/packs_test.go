package search

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

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
