package search

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/testkit/judged"
	"github.com/parallax-news/parallax/internal/testkit/synth"
)

// memShards is a sharded index held in memory, fetched by name.
type memShards struct {
	mu    sync.Mutex
	files map[string][]byte
	asked []string
	// noRanges makes fetchRange answer as a host that ignores Range.
	noRanges bool
}

func shardsOf(t testing.TB, ix *Index) *memShards {
	t.Helper()
	return shardsWith(t, ix, ShardOptions{})
}

func shardsWith(t testing.TB, ix *Index, opt ShardOptions) *memShards {
	t.Helper()
	m := &memShards{files: map[string][]byte{}}
	err := WriteShards(ix, func(name string, data []byte) error {
		if _, dup := m.files[name]; dup {
			return fmt.Errorf("%s written twice", name)
		}
		m.files[name] = append([]byte(nil), data...)
		return nil
	}, opt)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func (m *memShards) fetch(name string) ([]byte, error) {
	m.mu.Lock()
	m.asked = append(m.asked, name)
	m.mu.Unlock()
	return m.read(name)
}

// read returns a file without recording it, for fuzzing and benchmarks,
// which fetch many times.
func (m *memShards) read(name string) ([]byte, error) {
	data, ok := m.files[name]
	if !ok {
		return nil, fmt.Errorf("%s: %w", name, fs.ErrNotExist)
	}
	return data, nil
}

// fetchRange returns bytes [from, to) of a file as an HTTP host answers a
// range: cut at the file's end, refused past it (416).
func (m *memShards) fetchRange(name string, from, to int64) ([]byte, error) {
	m.mu.Lock()
	m.asked = append(m.asked, fmt.Sprintf("%s@%d-%d", name, from, to))
	noRanges := m.noRanges
	m.mu.Unlock()
	if noRanges {
		return nil, ErrNoRanges
	}
	data, err := m.read(name)
	if err != nil {
		return nil, err
	}
	if from < 0 || from >= int64(len(data)) || to <= from {
		return nil, fmt.Errorf("%s: HTTP 416 for bytes %d to %d of %d", name, from, to, len(data))
	}
	return data[from:min(to, int64(len(data)))], nil
}

// openRanged opens m as a Remote that reads hits' text by ranges.
func openRanged(t testing.TB, m *memShards) *Remote {
	t.Helper()
	r := openRemote(t, m)
	r.SetRangeFetch(m.fetchRange)
	return r
}

func openRemote(t testing.TB, m *memShards) *Remote {
	t.Helper()
	r, err := OpenRemote(m.fetch)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// remoteDifference says why a Remote may answer query otherwise than ix:
// some word of it is one letter long and begins longer words, or matches
// by edit distance a term of another first letter. It is "" when the two
// must agree.
func remoteDifference(ix *Index, query string) string {
	for _, c := range Parse(query).Clauses {
		for _, t := range c.Terms {
			for _, w := range t.Words {
				for _, m := range ix.expand(w) {
					if m.tier == Prefix && len([]rune(w)) == 1 {
						return "one letter"
					}
					if m.tier == Edit && prefixBytes(ix.vocab[m.term], 1) != prefixBytes(w, 1) {
						return "first-letter edit"
					}
				}
			}
		}
	}
	return ""
}

// TestRemoteMatchesSearch: typing every judged query key by key against
// a sharded index gives at every keystroke what Index.Search gives, but
// for one-letter words and edits of a word's first letter, which are
// counted, the edits few.
func TestRemoteMatchesSearch(t *testing.T) {
	set, err := judged.Set()
	if err != nil {
		t.Fatal(err)
	}
	generated, err := synth.Corpus(120, 3)
	if err != nil {
		t.Fatal(err)
	}
	extra := []string{"kju", "KJU putin", `"Kim Jong Un"`, `"security council" -putin`, "kiev", "r", "ru", "moscow OR pyongyang", "-russia", "ranctions", "zzzzqx", "2023", "Shoigu Lavrov", "Shoigu letter", "Shoigu denuclearisation"}
	// Heads of 3 and tiers doubling reach deep tiers in small corpora.
	tiers := map[string]ShardOptions{"": {}, "/deep": {head: 3, factor: 2}}
	for name, ix := range map[string]*Index{"default": defaultIndex(t), "generated": NewIndex(generated)} {
		for suffix, opt := range tiers {
			t.Run(name+suffix, func(t *testing.T) {
				matchSearch(t, ix, openRemote(t, shardsWith(t, ix, opt)), set, extra, name == "generated")
			})
			// The hits' text read from passage packs, gzipped record by
			// record.
			opt.Gzip = true
			t.Run(name+suffix+"/ranges", func(t *testing.T) {
				matchSearch(t, ix, openRanged(t, shardsWith(t, ix, opt)), set, extra, name == "generated")
			})
		}
	}
}

// matchSearch types every query key by key against r and checks it
// answers as ix does; generated says only the judged queries are tried
// without a limit.
func matchSearch(t *testing.T, ix *Index, r *Remote, set []judged.Query, extra []string, generated bool) {
	{
		{
			checked, estimated, differ := 0, 0, map[string]int{}
			queries := extra
			for _, j := range set {
				queries = append(queries, typed(j.Query)...)
			}
			for _, q := range queries {
				limits := []int{0, 10, 25}
				if generated && !slices.ContainsFunc(set, func(j judged.Query) bool { return j.Query == q }) {
					limits = limits[1:] // keystrokes on the way: the heads, which are what is new here
				}
				for _, limit := range limits {
					want := ix.Search(q, Options{Limit: limit})
					got, err := r.Search(q, limit)
					if err != nil {
						t.Fatalf("Remote.Search(%q): %v", q, err)
					}
					if got.Estimated {
						// Read from heads: the same hits, and counts that
						// are lower bounds.
						estimated++
						if got.Total > want.Total || got.Articles > want.Articles || got.Total < len(got.Hits) {
							t.Errorf("Remote.Search(%q, %d) estimates %d passages in %d articles; there are %d in %d", q, limit, got.Total, got.Articles, want.Total, want.Articles)
						}
						got.Total, got.Articles, got.Estimated = want.Total, want.Articles, false
					}
					if reflect.DeepEqual(got, want) {
						checked++
						continue
					}
					if why := remoteDifference(ix, q); why != "" {
						differ[why]++
						continue
					}
					t.Fatalf("Remote.Search(%q, %d): %d of %d hits, Index.Search: %d of %d (or they differ)\nremote %+v\nindex  %+v",
						q, limit, len(got.Hits), got.Total, len(want.Hits), want.Total, first(got.Hits), first(want.Hits))
				}
			}
			if differ["first-letter edit"]*20 > checked {
				t.Errorf("%d queries differ by first-letter edits, %d agree: the difference is meant to be rare", differ["first-letter edit"], checked)
			}
			if generated && estimated == 0 {
				t.Error("no search read heads alone: the generated corpus should have words frequent enough")
			}
			t.Logf("%d searches agree (%d with estimated counts); differ: %v; fetched %+v", checked, estimated, differ, r.Stats())
		}
	}
}

// TestRemoteTextShardSizes: a sharded index with fewer passages a text
// file gives the same results and fetches fewer bytes, in more files.
func TestRemoteTextShardSizes(t *testing.T) {
	c, err := synth.Corpus(150, 5)
	if err != nil {
		t.Fatal(err)
	}
	ix := NewIndex(c)
	var queries []string
	for _, q := range []string{"Shoigu", "Pyongyang", "Kim Jong Un", "sanctons", `"security council"`} {
		queries = append(queries, typed(q)...)
	}
	type figures struct{ files, fetched int }
	var base []Result
	got := map[int]figures{}
	for _, size := range []int{DefaultTextPassages, 3, 1} {
		m := shardsWith(t, ix, ShardOptions{TextPassages: size, TextFiles: true})
		r := openRemote(t, m)
		var f figures
		for name := range m.files {
			if strings.HasPrefix(name, "text/") {
				f.files++
			}
		}
		for i, q := range queries {
			res, err := r.Search(q, 20)
			if err != nil {
				t.Fatalf("%d passages a file, %q: %v", size, q, err)
			}
			if size == DefaultTextPassages {
				base = append(base, res)
			} else if b := base[i]; !reflect.DeepEqual(res.Hits, b.Hits) || res.Estimated != b.Estimated || !res.Estimated && (res.Total != b.Total || res.Articles != b.Articles) {
				// Estimated counts are what the search read, which the
				// text files' size changes.
				t.Fatalf("%d passages a file, %q: other results than with %d", size, q, DefaultTextPassages)
			}
		}
		for _, name := range m.asked {
			f.fetched += len(m.files[name])
		}
		got[size] = f
	}
	if !(got[1].fetched < got[3].fetched && got[3].fetched < got[DefaultTextPassages].fetched) ||
		!(got[1].files > got[3].files && got[3].files > got[DefaultTextPassages].files) {
		t.Errorf("text files and bytes fetched by passages a file: %v; want fewer bytes in more files as the files shrink", got)
	}
	t.Logf("text files and bytes fetched by passages a file: %v", got)
}

func first(hs []Hit) any {
	if len(hs) == 0 {
		return nil
	}
	return hs[0]
}

// TestRemoteFetchesWhatItNeeds: a query fetches its words' shards, not the
// index; searching it again fetches nothing.
func TestRemoteFetchesWhatItNeeds(t *testing.T) {
	c, err := synth.Corpus(400, 1)
	if err != nil {
		t.Fatal(err)
	}
	m := shardsOf(t, NewIndex(c))
	all := 0
	for _, d := range m.files {
		all += len(d)
	}
	r := openRanged(t, m)
	res, err := r.Search("shoigu", 20)
	if err != nil || len(res.Hits) == 0 {
		t.Fatalf("Search(shoigu) = %d hits, %v; want some", len(res.Hits), err)
	}
	for _, name := range m.asked {
		ok := name == "meta.bin" || name == vocabFile("sh") || strings.HasPrefix(name, "postings/") || strings.HasPrefix(name, "passages/") && strings.Contains(name, "@")
		if !ok {
			t.Errorf("searching shoigu fetched %s", name)
		}
	}
	st := r.Stats()
	t.Logf("searching shoigu fetched %d bytes in %d requests, of %d in all", st.Bytes, st.Requests, all)
	if st.Requests != len(m.asked) || st.Bytes*4 > all {
		t.Errorf("searching shoigu fetched %d bytes in %d requests (%d asked) of %d in all; want a small part", st.Bytes, st.Requests, len(m.asked), all)
	}
	if _, err := r.Search("shoigu", 20); err != nil || r.Stats() != st {
		t.Errorf("searching shoigu again fetched %+v more (%v)", r.Stats(), err)
	}
	if _, err := r.Search("shoig", 20); err != nil || r.Stats() != st {
		t.Errorf("backspacing fetched %+v more (%v)", r.Stats(), err)
	}
}

// TestRemoteJoinReadsOwnVocabulary: whether two words of the text typed
// apart ("Kim Jong") are one rare word run together is asked of that
// word's own vocabulary shard; expanding it for typos would fetch every
// shard of its first letter, a round and tens of kilobytes a keystroke.
func TestRemoteJoinReadsOwnVocabulary(t *testing.T) {
	c, err := synth.Corpus(400, 1)
	if err != nil {
		t.Fatal(err)
	}
	m := shardsOf(t, NewIndex(c))
	others := 0
	for name := range m.files {
		if strings.HasPrefix(name, "vocab/") && name != vocabFile("ki") && name != vocabFile("jo") && strings.HasPrefix(name, "vocab/6b") {
			others++
		}
	}
	if others == 0 {
		t.Fatal("the corpus has no vocabulary shard of k but ki's: the test proves nothing")
	}
	r := openRanged(t, m)
	if res, err := r.Search("Kim Jong", 20); err != nil || len(res.Hits) == 0 {
		t.Fatalf("Search(Kim Jong) = %d hits, %v; want some", len(res.Hits), err)
	}
	for _, name := range m.asked {
		if strings.HasPrefix(name, "vocab/") && name != vocabFile("ki") && name != vocabFile("jo") {
			t.Errorf("searching Kim Jong fetched %s, the vocabulary of neither word", name)
		}
	}
}

// TestRemoteDamage: a missing or damaged file is an error that names it,
// never a panic, and the Remote still answers once the file is back.
func TestRemoteDamage(t *testing.T) {
	ix := defaultIndex(t)
	good := shardsWith(t, ix, ShardOptions{head: 16, factor: 4}) // first and deeper tiers
	if _, err := OpenRemote(func(string) ([]byte, error) { return []byte("<!doctype html>"), nil }); err == nil {
		t.Error("OpenRemote read an HTML page as meta.bin")
	}
	queries := []string{"shoigu", "russia north korea", "kju", "pyng", `"security council"`, "sanctons", "kim OR putin -lavrov"}
	r := openRemote(t, good)
	for _, q := range queries {
		if _, err := r.Search(q, 0); err != nil {
			t.Fatal(err)
		}
	}
	used := map[string]bool{}
	for _, name := range good.asked {
		used[name] = true
	}
	for _, kind := range []string{"vocab/", "postings/", "tier1/", "tail/", "passages/", "initials/"} {
		if !slices.ContainsFunc(good.asked, func(n string) bool { return strings.HasPrefix(n, kind) }) {
			t.Errorf("the queries read no %s file: the test would not damage one", kind)
		}
	}
	for name := range used {
		data := good.files[name]
		for _, damage := range []struct {
			how  string
			data []byte
		}{
			{"missing", nil},
			{"empty", []byte{}},
			{"cut", data[:len(data)/2]},
			{"extended", append(append([]byte(nil), data...), 0x80)},
			{"garbage", []byte(strings.Repeat("\xff", 64))},
		} {
			m := &memShards{files: map[string][]byte{}}
			for n, d := range good.files {
				m.files[n] = d
			}
			if damage.data == nil {
				delete(m.files, name)
			} else {
				m.files[name] = damage.data
			}
			r, err := OpenRemote(m.fetch)
			if name == "meta.bin" {
				if err == nil && damage.how != "cut" {
					t.Errorf("OpenRemote with meta.bin %s: no error", damage.how)
				}
				continue
			}
			if err != nil {
				t.Fatalf("OpenRemote with %s %s: %v", name, damage.how, err)
			}
			failed := false
			for _, q := range queries {
				if _, err := r.Search(q, 0); err != nil {
					failed = true
					if !strings.Contains(err.Error(), name) {
						t.Errorf("%s %s: error %q does not name the file", name, damage.how, err)
					}
				}
			}
			if !failed {
				t.Errorf("%s %s: no query failed", name, damage.how)
			}
			m.files[name] = good.files[name]
			if got, err := r.Search("russia north korea", 0); err != nil || !reflect.DeepEqual(got, ix.Search("russia north korea", Options{})) {
				t.Errorf("with %s mended after %s: %v", name, damage.how, err)
			}
		}
	}
}

// TestRemoteArticle: every article with passages opens from its id with
// its fields and passages as the corpus has them, in one articles/ file
// and its text shards; an unknown id is no article and no error; and a
// hit's article's fields are known once the search returns.
func TestRemoteArticle(t *testing.T) {
	c, err := synth.Corpus(300, 1)
	if err != nil {
		t.Fatal(err)
	}
	c.Name = "Generated"
	m := shardsWith(t, NewIndex(c), ShardOptions{Name: c.Name, TextPassages: 3})
	r := openRemote(t, m)
	if r.Name() != "Generated" || r.Articles() != len(c.Articles) {
		t.Errorf("Name, Articles = %q, %d; want Generated, %d", r.Name(), r.Articles(), len(c.Articles))
	}
	for _, want := range c.Articles {
		m.asked = nil
		got, err := r.Article(want.ID)
		if err != nil || got == nil {
			t.Fatalf("Article(%q) = %v, %v", want.ID, got, err)
		}
		if got.Meta != want.Meta {
			t.Errorf("Article(%q).Meta = %+v; want %+v", want.ID, got.Meta, want.Meta)
		}
		if len(got.Paragraphs) != len(want.Paragraphs) {
			t.Fatalf("Article(%q) has %d passages; want %d", want.ID, len(got.Paragraphs), len(want.Paragraphs))
		}
		for i, p := range got.Paragraphs {
			w := want.Paragraphs[i]
			if p.ID != w.ID || p.Text != w.Text || p.Kind != w.Kind || p.N != i+1 || got.Blocks[i].Paragraph != p {
				t.Errorf("Article(%q) passage %d = %+v; want %+v", want.ID, i, p, w)
			}
		}
		for _, name := range m.asked {
			if !strings.HasPrefix(name, "articles/") && !strings.HasPrefix(name, "passages/") {
				t.Errorf("opening %s fetched %s", want.ID, name)
			}
		}
	}
	if a, err := r.Article("no-such-article"); a != nil || err != nil {
		t.Errorf("Article(no-such-article) = %v, %v; want nil, nil", a, err)
	}
	r = openRemote(t, m)
	res, err := r.Search("shoigu", 10)
	if err != nil || len(res.Hits) == 0 {
		t.Fatalf("Search(shoigu) = %d hits, %v", len(res.Hits), err)
	}
	for _, h := range res.Hits {
		if meta, ok := r.Meta(h.Article); !ok || meta != c.Article(h.Article).Meta {
			t.Errorf("Meta(%q) = %+v, %v after the search", h.Article, meta, ok)
		}
	}
}

// TestRemoteFetchError: a failed fetch is an error wrapping the fetch's.
func TestRemoteFetchError(t *testing.T) {
	m := shardsOf(t, defaultIndex(t))
	r := openRemote(t, m)
	m.files = map[string][]byte{}
	_, err := r.Search("shoigu", 0)
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Search with no files: %v; want a not-exist error", err)
	}
}

// FuzzRemote: whatever bytes one file of a sharded index holds, opening
// and searching it gives results or an error, never a panic.
func FuzzRemote(f *testing.F) {
	good := labelledShards(f)
	names := slices.Sorted(maps.Keys(good.files))
	for i, name := range names {
		if i%40 == 0 || name == "meta.bin" || strings.HasPrefix(name, "passages/") {
			f.Add(uint16(i), good.files[name])
		}
	}
	f.Fuzz(func(t *testing.T, which uint16, data []byte) {
		name := names[int(which)%len(names)]
		fetch := func(n string) ([]byte, error) {
			if n == name {
				return data, nil
			}
			return good.read(n)
		}
		r, err := OpenRemote(fetch)
		if err != nil {
			return
		}
		// Hits' text by ranges, from the packs.
		r.SetRangeFetch(func(n string, from, to int64) ([]byte, error) {
			d, err := fetch(n)
			if err != nil || from < 0 || from >= int64(len(d)) || to <= from {
				return nil, fmt.Errorf("%s: no bytes %d to %d", n, from, to)
			}
			return d[from:min(to, int64(len(d)))], nil
		})
		for _, id := range []string{"kim-putin-letters", "x"} {
			r.Article(id)
		}
		r.TopLabels()
		for n := range min(r.TimelinePages(), 3) {
			for _, d := range must(r.Timeline(n)) {
				if d.Start > d.End || d.End > len(d.Sentence) {
					t.Fatalf("%s damaged: a timeline entry's phrase %d–%d is out of its sentence of %d bytes", name, d.Start, d.End, len(d.Sentence))
				}
			}
		}
		if _, keep, err := r.Label("kim"); err == nil {
			r.List(keep, 5)
			r.SearchIn("russia", 5, keep)
		}
		for _, q := range []string{"shoigu", "russia north korea", "kju", "pyng", `"security council"`, "sanctons -putin", "r"} {
			res, err := r.Search(q, 5)
			if err != nil {
				continue
			}
			for _, h := range res.Hits {
				for _, m := range h.Matches {
					if m[0] < 0 || m[1] > len(h.Text) || m[0] >= m[1] {
						t.Fatalf("%s damaged: Search(%q) hit %s has a bad match %v", name, q, h.Passage, m)
					}
				}
			}
		}
	})
}

// BenchmarkRemoteTyping1000 types the typing queries into a Remote over
// the sharded index of 1,000 generated articles held in memory: one op is
// one keystroke. Cold starts a Remote per query, so its first keystrokes
// read the files; warm types into a Remote that has them all.
func BenchmarkRemoteTyping1000(b *testing.B) {
	c, err := synth.Corpus(1000, 1)
	if err != nil {
		b.Fatal(err)
	}
	m := shardsOf(b, NewIndex(c))
	fetch := m.read
	var keys []string
	for _, q := range typingQueries {
		for i := 1; i <= len(q); i++ {
			keys = append(keys, q[:i])
		}
	}
	for _, mode := range []string{"cold", "warm"} {
		b.Run(mode, func(b *testing.B) {
			var r *Remote
			i := 0
			for b.Loop() {
				k := keys[i%len(keys)]
				if r == nil || mode == "cold" && len(k) == 1 {
					if r, err = OpenRemote(fetch); err != nil {
						b.Fatal(err)
					}
				}
				if _, err := r.Search(k, 50); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

// TestRemoteLabels: labels given to passages while building come back
// from the shards: each label's passages, a passage's labels once its
// text is fetched, the most common labels, a search among one label's
// passages equal to Index.Search with the same Keep, and a label's
// passages listed with no query.
func TestRemoteLabels(t *testing.T) {
	c, err := synth.Corpus(300, 2)
	if err != nil {
		t.Fatal(err)
	}
	shoigu := Label{ID: "sergei-shoigu", Name: "Sergei Shoigu", Kind: "person"}
	korea := Label{ID: "north-korea", Name: "North Korea", Kind: "place"}
	labelsOf := func(text string) []Label {
		var ls []Label
		if strings.Contains(text, "Shoigu") {
			ls = append(ls, shoigu)
		}
		if strings.Contains(text, "North Korea") {
			ls = append(ls, korea)
		}
		return ls
	}
	m := &memShards{files: map[string][]byte{}}
	b := NewShardBuilder(func(name string, data []byte) error {
		m.files[name] = append([]byte(nil), data...)
		return nil
	}, ShardOptions{TextPassages: 5})
	for _, a := range c.Articles {
		labels := map[string][]Label{a.ID + TitleSuffix: labelsOf(a.Title)}
		for _, p := range a.Paragraphs {
			labels[p.ID] = labelsOf(p.Text)
		}
		if err := b.AddLabelled(a, labels); err != nil {
			t.Fatal(err)
		}
		p := a.Paragraphs[0]
		b.AddDated([]Dated{
			{From: a.Published, To: a.Published, Article: a.ID, Title: a.Title, Outlet: a.Outlet, Published: a.Published},
			{From: "2022-08-15", To: "2022-08-16", Article: a.ID, Published: a.Published, Passage: p.ID, Sentence: p.Text, Start: 0, End: min(4, len(p.Text))},
		})
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	ix := NewIndex(c)
	var want []int32
	for i := range ix.Len() {
		if strings.Contains(ix.Passage(i).Paragraph.Text, "Shoigu") {
			want = append(want, int32(i))
		}
	}
	r := openRemote(t, m)
	l, got, err := r.Label(shoigu.ID)
	if err != nil || l != shoigu || !slices.Equal(got, want) {
		t.Fatalf("Label(shoigu) = %v, %d passages, %v; want %d passages", l, len(got), err, len(want))
	}
	if _, none, err := r.Label("nobody"); none != nil || err != nil {
		t.Errorf("Label(nobody) = %v, %v; want nothing", none, err)
	}
	top, err := r.TopLabels()
	if err != nil || len(top) != 2 {
		t.Fatalf("TopLabels = %v, %v; want both labels", top, err)
	}
	if top[0].Passages < top[1].Passages || top[0].Passages == 0 {
		t.Errorf("TopLabels = %v; want the most common first", top)
	}
	keep := func(p Passage) bool { return strings.Contains(p.Paragraph.Text, "Shoigu") }
	for _, q := range []string{"korea", "pyongyang talks", "sanctons"} {
		res, err := r.SearchIn(q, 10, got)
		wantRes := ix.Search(q, Options{Limit: 10, Keep: keep})
		countOK := res.Total == wantRes.Total || res.Estimated && res.Total >= len(res.Hits) && res.Total < wantRes.Total
		if err != nil || !countOK || len(res.Hits) != len(wantRes.Hits) {
			t.Fatalf("SearchIn(%q) = %d of %d (estimated: %v), %v; Index.Search with Keep: %d of %d", q, len(res.Hits), res.Total, res.Estimated, err, len(wantRes.Hits), wantRes.Total)
		}
		for i, h := range res.Hits {
			if h.Passage != wantRes.Hits[i].Passage {
				t.Errorf("SearchIn(%q) hit %d = %s; want %s", q, i, h.Passage, wantRes.Hits[i].Passage)
			}
			if !slices.Contains(r.LabelsOf(h.Passage), shoigu) {
				t.Errorf("SearchIn(%q) hit %s has labels %v; want Shoigu's", q, h.Passage, r.LabelsOf(h.Passage))
			}
		}
	}
	list, err := r.List(got, 5)
	if err != nil || list.Total != len(got) || len(list.Hits) != min(5, len(got)) {
		t.Fatalf("List = %d of %d, %v", len(list.Hits), list.Total, err)
	}
	for i, h := range list.Hits {
		if h.Index != int(got[i]) || !strings.Contains(h.Text, "Shoigu") {
			t.Errorf("List hit %d = %d %q", i, h.Index, h.Text)
		}
	}
}

// labelledShards is the sharded index of the default corpus with the
// passages naming Kim labelled, for fuzzing every kind of file.
func labelledShards(t testing.TB) *memShards {
	t.Helper()
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	m := &memShards{files: map[string][]byte{}}
	b := NewShardBuilder(func(name string, data []byte) error {
		m.files[name] = data
		return nil
	}, ShardOptions{head: 3, factor: 2}) // tiers even in five articles
	kim := []Label{{ID: "kim", Name: "Kim Jong Un", Kind: "person"}}
	for _, a := range c.Articles {
		labels := map[string][]Label{}
		for _, p := range a.Paragraphs {
			if strings.Contains(p.Text, "Kim") {
				labels[p.ID] = kim
			}
		}
		if err := b.AddLabelled(a, labels); err != nil {
			t.Fatal(err)
		}
		p := a.Paragraphs[0]
		b.AddDated([]Dated{
			{From: a.Published, To: a.Published, Article: a.ID, Title: a.Title, Outlet: a.Outlet, Published: a.Published},
			{From: "2022-08-15", To: "2022-08-16", Article: a.ID, Published: a.Published, Passage: p.ID, Sentence: p.Text, Start: 0, End: min(4, len(p.Text))},
		})
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestRemoteGzip: a sharded index written gzipped answers as the plain
// one does, in fewer bytes, and a file that does not inflate is an error
// naming it.
func TestRemoteGzip(t *testing.T) {
	c, err := synth.Corpus(300, 4)
	if err != nil {
		t.Fatal(err)
	}
	ix := NewIndex(c)
	plain := shardsWith(t, ix, ShardOptions{})
	zipped := shardsWith(t, ix, ShardOptions{Gzip: true})
	rp, rz := openRanged(t, plain), openRanged(t, zipped)
	for _, q := range []string{"shoigu", "kim jong un", "sanctons", "kju", `"security council"`} {
		want, err1 := rp.Search(q, 20)
		got, err2 := rz.Search(q, 20)
		if err1 != nil || err2 != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("Search(%q) gzipped = %d hits (%v); plain %d (%v)", q, len(got.Hits), err2, len(want.Hits), err1)
		}
	}
	if a, err := rz.Article(c.Articles[3].ID); err != nil || a == nil || a.Title != c.Articles[3].Title {
		t.Errorf("Article from gzipped shards = %v, %v", a, err)
	}
	// A hit's record is gzipped alone, which saves less than a whole
	// file's compression: three quarters.
	if z, p := rz.Stats().Bytes, rp.Stats().Bytes; z*4 > p*3 {
		t.Errorf("gzipped shards fetched %d bytes, plain %d: want at most three quarters", z, p)
	}
	zipped.files["vocab/"+hex.EncodeToString([]byte("py"))+".bin"] = []byte("not gzip")
	r := openRemote(t, zipped)
	if _, err := r.Search("pyongyang", 10); err == nil || !strings.Contains(err.Error(), "vocab/") {
		t.Errorf("a vocabulary file that does not inflate: %v; want an error naming it", err)
	}
}

// TestRemoteSearchUntil: a search whose stop says so ends with ErrStopped
// before its next round of fetching, keeps what it fetched, and the same
// search run again answers as a Remote never stopped.
func TestRemoteSearchUntil(t *testing.T) {
	ix := defaultIndex(t)
	m := shardsOf(t, ix)
	want, err := openRemote(t, m).Search("russia north korea", 10)
	if err != nil || len(want.Hits) == 0 {
		t.Fatalf("Search = %d hits, %v; want some", len(want.Hits), err)
	}
	r := openRemote(t, m)
	rounds := 0
	_, err = r.SearchUntil("russia north korea", 10, nil, func() bool {
		rounds++
		return rounds > 1
	})
	if !errors.Is(err, ErrStopped) {
		t.Fatalf("SearchUntil stopped after a round = %v; want ErrStopped", err)
	}
	stopped := r.Stats()
	if stopped.Rounds != 2 { // meta.bin, then the one round allowed
		t.Errorf("a search stopped after one round made %d rounds, meta.bin's included; want 2", stopped.Rounds)
	}
	got, err := r.SearchUntil("russia north korea", 10, nil, func() bool { return false })
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("the search run again = %d hits, %v; want what a fresh Remote gives (%d hits)", len(got.Hits), err, len(want.Hits))
	}
}

// TestRemoteSearchPaced: a search pauses once, just before its first
// round of fetching, and not at all when the files it needs are
// fetched; a search the pause made useless fetches nothing.
func TestRemoteSearchPaced(t *testing.T) {
	m := shardsOf(t, defaultIndex(t))
	r := openRemote(t, m)
	opened := r.Stats()
	pauses := 0
	_, err := r.SearchPaced("shoigu", 10, nil, func() { pauses++ }, func() bool { return true })
	if !errors.Is(err, ErrStopped) {
		t.Fatalf("a search overtaken during its pause = %v; want ErrStopped", err)
	}
	if got := r.Stats(); pauses != 1 || got != opened {
		t.Errorf("overtaken during its pause: paused %d times, fetched %+v after opening's %+v; want 1 pause and nothing fetched", pauses, got, opened)
	}
	pauses = 0
	want, err := r.SearchPaced("shoigu", 10, nil, func() {
		if pauses++; r.Stats() != opened {
			t.Error("the pause came after a round of fetching")
		}
	}, func() bool { return false })
	if err != nil || len(want.Hits) == 0 || pauses != 1 {
		t.Fatalf("SearchPaced = %d hits, %v, %d pauses; want hits after one pause", len(want.Hits), err, pauses)
	}
	pauses = 0
	got, err := r.SearchPaced("shoigu", 10, nil, func() { pauses++ }, func() bool { return false })
	if err != nil || !reflect.DeepEqual(got, want) || pauses != 0 {
		t.Errorf("the same search again = %d hits, %v, %d pauses; want the same hits from the files fetched, no pause", len(got.Hits), err, pauses)
	}
}

// TestCheaperByText: the last passages that could rank are scored from
// their text when that costs less than the next tiers, and the tiers
// are read when their texts would cost more.
func TestCheaperByText(t *testing.T) {
	r := &Remote{textShard: 8, texts: map[int32]remotePassage{}}
	r.costs = fileCosts{texts: 10, textBytes: 20000, tailBytes: 30000, tailPostings: 10000} // 2 kB a text file, 3 B a posting
	deep := &topTerm{df: 200000, read: 3, tiers: 6, bound: 2}
	st := &topState{head: 64, factor: 8, words: []*topWord{
		{terms: []*topTerm{deep}, bound: 2, best: 3},
		{terms: []*topTerm{{df: 50, read: 1, tiers: 1}}, best: 4},
	}}
	// The tier after three (64·8² to 64·8³ postings) costs about 1.3 MB.
	few := []int32{5, 900, 70000}
	many := make([]int32, 1000)
	for i := range many {
		many[i] = int32(i * 8) // a text file each: 2 MB
	}
	for _, c := range []struct {
		name     string
		blockers []int32
		floor    float64
		want     bool
	}{
		{"three passages, a deep tier", few, 5, true},
		{"a thousand text files, a deep tier", many, 5, false},
		{"no term can lift a passage to the floor", few, 100, false},
		{"no blockers", nil, 5, false},
	} {
		if got := st.cheaperByText(r, c.blockers, c.floor); got != c.want {
			t.Errorf("%s: cheaperByText = %v, want %v", c.name, got, c.want)
		}
	}
	r.texts[5], r.texts[900], r.texts[70000] = remotePassage{}, remotePassage{}, remotePassage{}
	deep.read = 1 // a short tier: 448 postings, 1.3 kB
	if !st.cheaperByText(r, few, 5) {
		t.Error("passages whose texts are fetched cost nothing to score, yet the tier was preferred")
	}
}

// TestCheaperByTextCountsRequests: where requests queue (a browser's six
// connections to a host speaking HTTP/1.1, SetRequestCost), fifty
// passages scattered over the packs, two requests each, cost more than
// one deep tier, though fewer bytes. Before, the search scored them from
// their text anyway: an actor filter over 30,000 generated articles made
// 523 requests where 19 do.
func TestCheaperByTextCountsRequests(t *testing.T) {
	r := &Remote{texts: map[int32]remotePassage{}, packAt: []int32{0, 100000}}
	r.costs = fileCosts{tailBytes: 30000, tailPostings: 10000} // 3 B a posting
	deep := &topTerm{df: 200000, read: 3, tiers: 6, bound: 2}  // next tier: 28,672 postings, 86 kB
	st := &topState{head: 64, factor: 8, words: []*topWord{
		{terms: []*topTerm{deep}, bound: 2, best: 3},
		{terms: []*topTerm{{df: 50, read: 1, tiers: 1}}, best: 4},
	}}
	scattered := make([]int32, 50)
	for i := range scattered {
		scattered[i] = int32(i * 10) // a run each: about 50 kB with headers
	}
	if !st.cheaperByText(r, scattered, 5) {
		t.Error("requests sent together: fifty passages' records (50 kB) should beat a tier of 86 kB")
	}
	r.SetRequestCost(16 << 10)
	if st.cheaperByText(r, scattered, 5) {
		t.Error("requests queued: a hundred requests should cost more than one tier's")
	}
}

// TestRemoteTimeline: the timeline's entries come back a page at a time
// in the order the page groups them (by first day, the longer span
// first, publications before phrases, then by article date, article,
// passage and place), with the counts meta.bin gives; a page past the
// last is empty, and a damaged page is an error that names it.
func TestRemoteTimeline(t *testing.T) {
	m := &memShards{files: map[string][]byte{}}
	b := NewShardBuilder(func(name string, data []byte) error {
		m.files[name] = data
		return nil
	}, ShardOptions{})
	var want []Dated
	for i := range 250 {
		day := fmt.Sprintf("2024-01-%02d", 28-i%27)
		a := &corpus.Article{Meta: corpus.Meta{ID: fmt.Sprintf("a%03d", i), Title: "Talks", Outlet: "Wire", Published: day}}
		a.Paragraphs = []*corpus.Paragraph{{ID: a.ID + "/p1", N: 1, Text: "Talks were held in 2023 and again last week."}}
		if err := b.Add(a); err != nil {
			t.Fatal(err)
		}
		pub := Dated{From: day, To: day, Article: a.ID, Title: a.Title, Outlet: a.Outlet, Published: day}
		late := Dated{From: "2023-01-01", To: "2024-01-01", Precision: 4, Article: a.ID, Published: day, Passage: a.ID + "/p1", Sentence: a.Paragraphs[0].Text, Start: 16, End: 23, N: 1, At: 16}
		early := late
		early.From, early.To, early.Start, early.End, early.At = "2023-01-01", "2023-02-01", 0, 5, 0
		b.AddDated([]Dated{late, pub, early})
		want = append(want, pub, late, early)
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	r := openRemote(t, m)
	events, articles := r.TimelineCounts()
	if r.TimelinePages() != 4 || events != 500 || articles != 250 {
		t.Fatalf("the timeline has %d pages, %d events in %d articles; want 4, 500 and 250", r.TimelinePages(), events, articles)
	}
	var got []Dated
	for n := range r.TimelinePages() + 1 {
		page, err := r.Timeline(n)
		if err != nil {
			t.Fatalf("page %d: %v", n, err)
		}
		got = append(got, page...)
	}
	if len(got) != len(want) {
		t.Fatalf("%d entries back, %d added", len(got), len(want))
	}
	for i := 1; i < len(got); i++ {
		x, y := got[i-1], got[i]
		ordered := x.From < y.From || x.From == y.From && (x.To > y.To || x.To == y.To && (!x.Event() && y.Event() || x.Event() == y.Event() && (x.Published < y.Published || x.Published == y.Published && x.Article <= y.Article)))
		if !ordered {
			t.Fatalf("entries %d and %d out of order: %+v then %+v", i-1, i, x, y)
		}
	}
	if got[0].From != "2023-01-01" || got[0].To != "2024-01-01" || got[0].Sentence[got[0].Start:got[0].End] != "in 2023" {
		t.Errorf("the first entry is %+v; want the year 2023, the longer span first", got[0])
	}
	m.files["timeline/1.bin"] = []byte("\x05garbage")
	r = openRemote(t, m)
	if _, err := r.Timeline(1); err == nil || !strings.Contains(err.Error(), "timeline/1.bin") {
		t.Errorf("a damaged page: %v; want an error naming it", err)
	}
}

// must drops an error, for fuzzing, where a damaged file's error is
// expected and only a panic or a bad value fails.
func must[T any](v T, _ error) T { return v }

// TestRemoteMatchesSpellings: a sharded index finds a name's other
// spellings as the index in memory does ("Nourein" finds "Noureen",
// "Marchetti" finds "Marcheti"), and not a word that is no name: the
// vocabulary shards say which terms are names.
func TestRemoteMatchesSpellings(t *testing.T) {
	ix := NewIndex(corpusOfTexts(t,
		"Talks resume\n\nEnvoy Yasir Nourein said Giulia Marchetti would attend the talks.\n",
		"Envoy arrives\n\nYasir Noureen met Giulia Marcheti on Monday.\n",
		"Unrelated\n\nThe queues at the border were long on Monday, and two of the lines and the lanes were closed for repairs.\n",
	))
	r := openRemote(t, shardsWith(t, ix, ShardOptions{}))
	for _, q := range []string{"Nourein", "Noureen", "Marchetti", "Marcheti", "lines"} {
		want := ix.Search(q, Options{})
		got, err := r.Search(q, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got.Total != want.Total || !reflect.DeepEqual(got.AlsoMatched, want.AlsoMatched) {
			t.Errorf("Remote.Search(%s) = %d passages, also %q; Index.Search: %d, also %q", q, got.Total, got.AlsoMatched, want.Total, want.AlsoMatched)
		}
	}
	if res := ix.Search("Nourein", Options{}); res.Articles != 2 {
		t.Errorf("Index.Search(Nourein) found %d articles, want both spellings", res.Articles)
	}
}

// TestIzafeSpellings: a hyphenated name typed with one izafe ("-e-")
// finds it written with the other ("-i-"), or run into the word before
// it ("Lyabi-Hauz", "Lyab-i Hauz"), in memory and over shards alike, and
// "and" between two words is dropped in both.
func TestIzafeSpellings(t *testing.T) {
	ix := NewIndex(corpusOfTexts(t,
		"Campus ban challenged\n\nA student of Quaid-i-Azam University filed the petition.\n",
		"Rally planned\n\nStudents of Quaid-e-Azam University will march on Friday.\n",
		"Snack deal\n\nHarwell will buy Crispin & Vale for $52 a share.\n",
		"Other news\n\nThe Azam family runs a shop near the university in Quaid town, i think.\n",
		"Pipes replaced\n\nWork starts near the Lyabi-Hauz ensemble in March.\n",
		"Loan signed\n\nMonuments around Lyab-i Hauz are at risk, the ministry said.\n",
		"Tea house\n\nThe Lyab tea house, I am told, serves Hauz tea.\n",
	))
	r := openRemote(t, shardsWith(t, ix, ShardOptions{}))
	for q, articles := range map[string]int{"Quaid-e-Azam": 2, "Quaid-i-Azam University": 2, "Crispin and Vale": 1, "Lyabi-Hauz": 2, "Lyab-i Hauz": 2, "Lyab-i": 2} {
		want := ix.Search(q, Options{})
		if want.Articles != articles {
			t.Errorf("Index.Search(%s) found %d articles, want %d", q, want.Articles, articles)
		}
		got, err := r.Search(q, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got.Total != want.Total || got.Articles != want.Articles {
			t.Errorf("Remote.Search(%s) = %d passages in %d articles; Index.Search: %d in %d", q, got.Total, got.Articles, want.Total, want.Articles)
		}
	}
}

// TestRemoteReadsTiersAlongsideText: a round of a search that reads both
// deeper tiers and passages' text from the packs sends both at once, one
// round trip rather than two: "Kim Jong Un" over 1,000 generated
// articles, planned as the page plans (a request weighed as 16 kB).
func TestRemoteReadsTiersAlongsideText(t *testing.T) {
	c, err := synth.Corpus(1000, 1)
	if err != nil {
		t.Fatal(err)
	}
	m := shardsOf(t, NewIndex(c))
	var (
		mu               sync.Mutex
		tiers, ranges    int  // fetches in flight
		overlapped, both bool // a tier and a range were in flight at once; each kind was fetched
		sawTier, sawText bool
	)
	enter := func(tier bool) func() {
		mu.Lock()
		if tier {
			tiers++
			sawTier = true
		} else {
			ranges++
			sawText = true
		}
		if tiers > 0 && ranges > 0 {
			overlapped = true
		}
		mu.Unlock()
		time.Sleep(2 * time.Millisecond) // a round trip, for the other kind to start
		return func() {
			mu.Lock()
			if tier {
				tiers--
			} else {
				ranges--
			}
			mu.Unlock()
		}
	}
	r, err := OpenRemote(func(name string) ([]byte, error) {
		if strings.HasPrefix(name, "tier1/") || strings.HasPrefix(name, "tail/") {
			defer enter(true)()
		}
		return m.fetch(name)
	})
	if err != nil {
		t.Fatal(err)
	}
	r.SetRangeFetch(func(name string, from, to int64) ([]byte, error) {
		defer enter(false)()
		return m.fetchRange(name, from, to)
	})
	r.SetRequestCost(16 << 10)
	q := "Kim Jong Un"
	for i := 1; i <= len(q); i++ {
		if _, err := r.Search(q[:i], 20); err != nil {
			t.Fatal(err)
		}
	}
	both = sawTier && sawText
	if !both {
		t.Fatalf("typing %q read tiers: %v, text by ranges: %v; want both, for the test to say anything", q, sawTier, sawText)
	}
	if !overlapped {
		t.Errorf("typing %q never read a tier while reading passages' text: each round of both costs two round trips", q)
	}
}
