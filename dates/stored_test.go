package dates

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/corpus"
)

// TestStoredEventsReadBack: the events of the default corpus and of the
// annotated real-article set, stored and read back against the same
// articles, are the events found there.
func TestStoredEventsReadBack(t *testing.T) {
	def, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	eval, _, err := corpus.Load(os.DirFS("../testdata/eval"), "eval")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []*corpus.Corpus{def, eval} {
		want := Events(c)
		if len(want) == 0 {
			t.Fatalf("%s: no events found, nothing to store", c.Name)
		}
		data, err := MarshalEvents(want, c)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ReadEvents(c, string(data))
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %d events read back, %d stored, or others", c.Name, len(got), len(want))
		}
	}
}

// TestDefaultEventsAreCurrent: the events stored with the default corpus
// are those Events finds now, so a change to the scanner that would leave
// the page's timeline behind fails here.
func TestDefaultEventsAreCurrent(t *testing.T) {
	_, data := storedDefault(t)
	if string(data) != corpus.DefaultDerived().Events {
		t.Fatalf("the events in corpus/%s are not those Events finds now: run `go generate ./corpus` and commit it", corpus.DefaultSnapshotFile)
	}
}

// TestStoredEventsRefuseDamage: events stored from other articles, in
// another format, cut short or with a phrase outside its passage are
// errors, never events or a crash.
func TestStoredEventsRefuseDamage(t *testing.T) {
	c, data := storedDefault(t)
	other := &corpus.Corpus{Articles: c.Articles[1:]}
	if _, err := ReadEvents(other, string(data)); err == nil || !strings.Contains(err.Error(), "other articles") {
		t.Errorf("events of other articles: %v, want an error saying so", err)
	}
	for name, bad := range map[string]string{
		"another format": strings.Replace(string(data), EventsFormat, "parallax-events/0", 1),
		"cut short":      string(data[:len(data)-3]),
		"extra bytes":    string(data) + "\x00",
		"huge count":     string(data[:len(EventsFormat)+9]) + "\xff\xff\xff\x07",
	} {
		if evs, err := ReadEvents(c, bad); err == nil || evs != nil {
			t.Errorf("%s: read %d events without an error", name, len(evs))
		}
	}
	// A passage index past the article's passages.
	short := &corpus.Corpus{Articles: c.Articles}
	ev := Events(c)[0]
	ev.Passage = &corpus.Paragraph{Text: "elsewhere"}
	if _, err := MarshalEvents([]Event{ev}, short); err == nil {
		t.Error("an event of a passage outside the corpus was stored")
	}
}

// FuzzReadEvents: no stored events, however damaged, crash the reader.
func FuzzReadEvents(f *testing.F) {
	c, data := storedDefault(f)
	f.Add(data)
	f.Add(data[:len(data)/2])
	f.Fuzz(func(t *testing.T, b []byte) {
		events, err := ReadEvents(c, string(b))
		for _, ev := range events {
			if err == nil && ev.Passage.Text[ev.Start:ev.End] != ev.Phrase {
				t.Fatalf("event %q does not match its passage", ev.Phrase)
			}
		}
	})
}

// storedDefault is the default corpus and its events, stored.
func storedDefault(t testing.TB) (*corpus.Corpus, []byte) {
	t.Helper()
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	data, err := MarshalEvents(Events(c), c)
	if err != nil {
		t.Fatal(err)
	}
	return c, data
}
