package search

import (
	"math/rand"
	"reflect"
	"testing"

	"github.com/parallax-news/parallax/internal/testkit/judged"
	"github.com/parallax-news/parallax/internal/testkit/synth"
)

// typed returns the queries a user types on the way to q, one per
// keystroke, then backspaces half of it away and retypes it.
func typed(q string) []string {
	var out []string
	for i := 1; i <= len(q); i++ {
		out = append(out, q[:i])
	}
	for i := len(q) - 1; i >= len(q)/2; i-- {
		out = append(out, q[:i])
	}
	return append(out, q)
}

// TestTypistMatchesSearch: typing every judged query key by key, with
// backspaces, gives at every keystroke what Search gives.
func TestTypistMatchesSearch(t *testing.T) {
	set, err := judged.Set()
	if err != nil {
		t.Fatal(err)
	}
	ix := defaultIndex(t)
	typist := ix.NewTypist(Options{})
	for _, j := range set {
		for _, q := range typed(j.Query) {
			want := ix.Search(q, Options{})
			if got := typist.Search(q); !reflect.DeepEqual(got, want) {
				t.Fatalf("typing %q: at %q the Typist gives %d hits, Search %d (or they differ)", j.Query, q, len(got.Hits), len(want.Hits))
			}
		}
	}
	// Past maxCachedTerms the cache starts over, and stays right.
	for i := 0; i < maxCachedTerms+10; i++ {
		typist.Search(string(rune('a'+i%26)) + string(rune('a'+i/26%26)))
	}
	if len(typist.cache.terms) > maxCachedTerms {
		t.Errorf("the cache holds %d terms, more than %d", len(typist.cache.terms), maxCachedTerms)
	}
	if got, want := typist.Search("Shoigu"), ix.Search("Shoigu", Options{}); !reflect.DeepEqual(got, want) {
		t.Error("after the cache started over the Typist differs from Search")
	}
}

// typingQueries are typed key by key in the keystroke benchmarks, natively
// and in the browser: names, a typo, a phrase of words, a variant spelling.
var typingQueries = []string{"Shoigu", "sanctons", "Kim Jong Un", "Pyongyang", "denuclearisation", "artillery shells", "Guterres"}

// BenchmarkTyping1000 types the typing queries over 1,000 generated
// articles: one op is one keystroke, with a fresh search per keystroke and
// with a Typist.
func BenchmarkTyping1000(b *testing.B) {
	c, err := synth.Corpus(1000, 1)
	if err != nil {
		b.Fatal(err)
	}
	ix := NewIndex(c)
	var keys []string
	for _, q := range typingQueries {
		for i := 1; i <= len(q); i++ {
			keys = append(keys, q[:i])
		}
	}
	b.Run("Search", func(b *testing.B) {
		i := 0
		for b.Loop() {
			ix.Search(keys[i%len(keys)], Options{Limit: 50})
			i++
		}
	})
	b.Run("Typist", func(b *testing.B) {
		var t *Typist
		i := 0
		for b.Loop() {
			k := keys[i%len(keys)]
			if len(k) == 1 { // a new query: a new search box
				t = ix.NewTypist(Options{Limit: 50})
			}
			t.Search(k)
			i++
		}
	})
}

// TestBest: the heap selection gives the first items of a full sort.
func TestBest(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for _, n := range []int{0, 1, 5, 50, 400, 1000} {
		scores := make([]int, n)
		items := make([]int32, n)
		for i := range items {
			items[i] = int32(i)
			scores[i] = r.Intn(30) // many ties, broken by index
		}
		better := func(a, b int32) bool {
			if scores[a] != scores[b] {
				return scores[a] > scores[b]
			}
			return a < b
		}
		all := best(append([]int32(nil), items...), 0, better)
		for _, limit := range []int{1, 10, 50} {
			got := best(append([]int32(nil), items...), limit, better)
			want := all[:min(limit, n)]
			if !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
				t.Errorf("best(%d items, %d) = %v, want %v", n, limit, got, want)
			}
		}
	}
}
