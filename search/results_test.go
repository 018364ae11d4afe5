package search

import (
	"reflect"
	"strconv"
	"testing"
)

// TestRemoteRemembersResults: a search asked again is answered from the
// answer kept, with nothing fetched and nothing scored again (a handful
// of allocations where scoring makes thousands); the caller may change
// the hits it gets; a search among other kept passages is another
// search.
func TestRemoteRemembersResults(t *testing.T) {
	m := shardsOf(t, defaultIndex(t))
	r := openRemote(t, m)
	first, err := r.Search("russia north korea", 10)
	if err != nil || len(first.Hits) < 2 {
		t.Fatalf("Search = %d hits, %v; want at least two", len(first.Hits), err)
	}
	if _, err := r.Search("shoigu", 10); err != nil {
		t.Fatal(err)
	}
	fetched := r.Stats()
	again, err := r.Search("russia north korea", 10)
	if err != nil || !reflect.DeepEqual(again, first) {
		t.Fatalf("the search again = %d hits, %v; want the first answer (%d hits)", len(again.Hits), err, len(first.Hits))
	}
	if got := r.Stats(); got != fetched {
		t.Errorf("the search again fetched %+v after %+v; want nothing", got, fetched)
	}
	again.Hits[0], again.Hits[1] = again.Hits[1], again.Hits[0]
	if third, _ := r.Search("russia north korea", 10); !reflect.DeepEqual(third, first) {
		t.Error("changing the hits of an answer changed the answer kept")
	}
	allocs := testing.AllocsPerRun(5, func() { r.Search("russia north korea", 10) })
	fresh := testing.AllocsPerRun(1, func() { openRemote(t, m).Search("russia north korea", 10) })
	if allocs > 20 || fresh < 10*allocs {
		t.Errorf("a search asked again made %.0f allocations (a fresh one %.0f); want a handful: it should not be scored again", allocs, fresh)
	}
	keep := []int32{int32(first.Hits[1].Index)}
	among, err := r.SearchIn("russia north korea", 10, keep)
	if err != nil || len(among.Hits) != 1 || among.Hits[0].Index != first.Hits[1].Index {
		t.Errorf("SearchIn among one passage = %+v, %v; want that passage alone", among.Hits, err)
	}
}

// TestResultCacheForgetsOldest: past rememberedResults answers, the
// oldest is forgotten and the newest kept.
func TestResultCacheForgetsOldest(t *testing.T) {
	var c resultCache
	for i := 0; i <= rememberedResults; i++ {
		c.put(strconv.Itoa(i), Result{Query: strconv.Itoa(i), Total: i})
	}
	if _, ok := c.get("0"); ok {
		t.Error("the oldest answer is still kept past rememberedResults")
	}
	if res, ok := c.get(strconv.Itoa(rememberedResults)); !ok || res.Total != rememberedResults {
		t.Errorf("the newest answer = %+v, %v; want it kept", res, ok)
	}
	if len(c.keys) != rememberedResults || len(c.results) != rememberedResults {
		t.Errorf("kept %d keys and %d answers; want %d", len(c.keys), len(c.results), rememberedResults)
	}
}

// TestResultKey: the query, the limit and the passages kept each tell
// one search from another.
func TestResultKey(t *testing.T) {
	keys := map[string]string{}
	for name, k := range map[string]string{
		"query":            resultKey("kim", 20, nil),
		"another query":    resultKey("kim ", 20, nil),
		"another limit":    resultKey("kim", 40, nil),
		"kept passages":    resultKey("kim", 20, []int32{1, 2}),
		"others kept":      resultKey("kim", 20, []int32{1, 3}),
		"none kept":        resultKey("kim", 20, []int32{}),
		"one more kept":    resultKey("kim", 20, []int32{1, 2, 3}),
		"a large id kept":  resultKey("kim", 20, []int32{1 << 20}),
		"a larger id kept": resultKey("kim", 20, []int32{1<<20 + 1<<24}),
	} {
		if other, ok := keys[k]; ok {
			t.Errorf("%s and %s share the key %q", name, other, k)
		}
		keys[k] = name
	}
}
