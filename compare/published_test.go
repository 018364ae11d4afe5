package compare

import (
	"bytes"
	"compress/gzip"
	"testing"
)

// TestPublishedRoundTrip: an event page and a pair file read back as
// written, gzip-compressed or inflated by a host; PairFileOf does not
// depend on the pair's order, and Find finds a pair either way round.
func TestPublishedRoundTrip(t *testing.T) {
	page := EventPage{Total: 1, Pages: 1, PairFiles: 3,
		Events:   []Event{{Label: "Putin–Kim · 15 Aug 2022", Articles: []string{"a", "b"}, First: "a", Copies: []Copy{{Article: "b", Of: "a", Relation: Reprint}}}},
		Articles: map[string]ArticleInfo{"a": {Title: "Letters", Outlet: "Wire", Published: "2022-08-15"}, "b": {Title: "Letters"}},
	}
	data, err := Encode(page)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("a published file is not gzip: %v", err)
	}
	var plain bytes.Buffer
	plain.ReadFrom(zr)
	for _, form := range [][]byte{data, plain.Bytes()} {
		var got EventPage
		if err := Decode(form, &got); err != nil {
			t.Fatal(err)
		}
		if got.Total != 1 || got.Events[0].Label != page.Events[0].Label || got.Articles["a"].Outlet != "Wire" || got.Events[0].Copies[0] != page.Events[0].Copies[0] {
			t.Errorf("read back %+v, want %+v", got, page)
		}
	}
	if PairFileOf("a", "b", 7) != PairFileOf("b", "a", 7) {
		t.Error("PairFileOf depends on the pair's order")
	}
	f := PairFile{Pairs: []Result{{A: "a", B: "b", Relation: Rewrite}}}
	if r, ok := f.Find("b", "a"); !ok || r.Relation != Rewrite {
		t.Errorf("Find(b, a) = %v, %v; want the a–b rewrite", r, ok)
	}
	if _, ok := f.Find("a", "c"); ok {
		t.Error("Find found a pair the file does not hold")
	}
	for _, bad := range [][]byte{nil, []byte("{"), {0x1f, 0x8b, 1, 2}, []byte(`{"total":"x"}`)} {
		var p EventPage
		if err := Decode(bad, &p); err == nil {
			t.Errorf("Decode(%q) = nil error, want a damaged file", bad)
		}
	}
}

// FuzzDecodePublished: any bytes given as a published file decode or
// fail with an error, never a panic, and what decodes can be walked as
// the page walks it.
func FuzzDecodePublished(f *testing.F) {
	page, _ := Encode(EventPage{Total: 1, Pages: 1, PairFiles: 1, Events: []Event{{Label: "x", Articles: []string{"a", "b"}, Copies: []Copy{{"b", "a", Reprint}}}}})
	pairs, _ := Encode(PairFile{Pairs: []Result{{A: "a", B: "b"}}, Names: map[string]string{"x": "X"}})
	f.Add(page)
	f.Add(pairs)
	f.Add([]byte(`{"events":[{"articles":null,"copies":[{}]}],"articles":{"":{}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var p EventPage
		if Decode(data, &p) == nil {
			for _, e := range p.Events {
				for _, id := range e.Articles {
					_ = p.Articles[id].Title
				}
				for _, c := range e.Copies {
					_ = c.Relation
				}
			}
			_ = PairFileOf("a", "b", p.PairFiles)
		}
		var pf PairFile
		if Decode(data, &pf) == nil {
			pf.Find("a", "b")
		}
	})
}
