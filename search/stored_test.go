package search

import (
	"reflect"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/testkit/synth"
)

// TestStoredIndexRoundTrip: an index read back is the index built, field
// for field, for the default corpus and a generated one.
func TestStoredIndexRoundTrip(t *testing.T) {
	def, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	gen, err := synth.Corpus(40, 7)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []*corpus.Corpus{def, gen} {
		want := NewIndex(c)
		got, err := ReadIndex(c, string(MarshalIndex(want)))
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the index read back differs from the one built", c.Name)
		}
		for _, q := range []string{"Shoigu", "sanctons", "pyng", `"Security Council"`, "kju"} {
			if g, w := got.Search(q, Options{}), want.Search(q, Options{}); !reflect.DeepEqual(g, w) {
				t.Errorf("%s: Search(%q) differs on the index read back", c.Name, q)
			}
		}
	}
}

// TestDefaultIndexIsCurrent: the index embedded with the default corpus is
// the one NewIndex builds today.
func TestDefaultIndexIsCurrent(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	if string(MarshalIndex(NewIndex(c))) != corpus.DefaultDerived().Index {
		t.Fatalf("the index in corpus/%s is not the one NewIndex builds now: run `go generate ./corpus` and commit it", corpus.DefaultSnapshotFile)
	}
}

func TestReadIndexErrors(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	other, err := synth.Corpus(3, 1)
	if err != nil {
		t.Fatal(err)
	}
	ok := corpus.DefaultDerived().Index
	head := len(IndexFormat) + 1 + 8 // format line and fingerprint
	for _, tc := range []struct{ name, data, want string }{
		{"empty", "", "not in the format"},
		{"binary", "\x00\xff\xfe", "not in the format"},
		{"other format", strings.Replace(ok, IndexFormat, "parallax-index/9", 1), "not in the format"},
		{"no fingerprint", IndexFormat + "\n\x01\x02", "ends in its header"},
		{"other articles", string(MarshalIndex(NewIndex(other))), "other articles"},
		{"damaged fingerprint", ok[:head-1] + "\x00" + ok[head:], "other articles"},
		{"bytes after", ok + "x", "more than its passages hold"},
		{"passage count", ok[:head] + "\x01" + ok[head+1:], "passages"},
	} {
		_, err := ReadIndex(c, tc.data)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
	// Every cut short index is an error, not a panic or a smaller index.
	for n := range len(ok) {
		if _, err := ReadIndex(c, ok[:n]); err == nil {
			t.Errorf("the first %d of %d bytes read without an error", n, len(ok))
		}
	}
}

// FuzzReadIndex: whatever the bytes after a genuine header, ReadIndex
// returns an error or an index that searches without panicking, with
// matches inside their passages.
func FuzzReadIndex(f *testing.F) {
	c, err := corpus.Default()
	if err != nil {
		f.Fatal(err)
	}
	ok := corpus.DefaultDerived().Index
	head := len(IndexFormat) + 1 + 8
	f.Add([]byte(ok[head:]))
	f.Add([]byte("\x63\x02\x02ab\x02cd\x01\x00"))
	f.Fuzz(func(t *testing.T, body []byte) {
		ix, err := ReadIndex(c, ok[:head]+string(body))
		if err != nil {
			return
		}
		for _, q := range []string{"shoigu", "kju", "pyng", `"north korea"`} {
			for _, h := range ix.Search(q, Options{}).Hits {
				for _, m := range h.Matches {
					if m[0] < 0 || m[1] > len(h.Text) || m[0] >= m[1] {
						t.Fatalf("Search(%q) hit %s has bad match %v", q, h.Passage, m)
					}
				}
			}
		}
	})
}

func BenchmarkReadIndex(b *testing.B) {
	c, err := corpus.Default()
	if err != nil {
		b.Fatal(err)
	}
	data := corpus.DefaultDerived().Index
	for b.Loop() {
		if _, err := ReadIndex(c, data); err != nil {
			b.Fatal(err)
		}
	}
}
