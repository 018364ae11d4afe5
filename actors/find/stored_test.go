package find

import (
	"reflect"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/testkit/synth"
)

// storedCorpora are corpora whose actors are stored and read back: the
// default one, a generated one, and a small one with a quote of no named
// speaker and a mention whose text is not its span's ("Marceau’s").
func storedCorpora(t testing.TB) map[string]*corpus.Corpus {
	t.Helper()
	def, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	gen, err := synth.Corpus(20, 7)
	if err != nil {
		t.Fatal(err)
	}
	text := "Officials in Paris said on Monday that French Foreign Minister Jeanne Marceau had met the envoy.\n\n" +
		"“We will not accept this,” said Jeanne Marceau, a veteran diplomat. Marceau’s office added that talks would continue.\n\n" +
		"Reuters reported the figures, according to Agence France-Presse. “Nobody knows,” one official said.\n"
	a, err := corpus.Parse("made-up.txt", []byte(text), corpus.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	return map[string]*corpus.Corpus{"default": def, "generated": gen, "made-up": {Articles: []*corpus.Article{a}}}
}

func TestStoredSetReadsAsExtracted(t *testing.T) {
	for name, c := range storedCorpora(t) {
		want := Actors(c)
		data, err := actors.MarshalSet(want, c)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, err := actors.ReadSet(c, string(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the stored actors read back differently", name)
			for i := range min(len(got.Actors), len(want.Actors)) {
				if !reflect.DeepEqual(got.Actors[i], want.Actors[i]) {
					t.Errorf("first difference: actor %d\n got %+v\nwant %+v", i, got.Actors[i], want.Actors[i])
					break
				}
			}
		}
		if len(want.Actors) == 0 {
			t.Errorf("%s: no actors: the test checks nothing", name)
		}
	}
}

// TestStoredSetCoversTheCases keeps the corpora above exercising what the
// format stores in short: mentions and quotes whose text is their span's,
// and ones whose text is not.
func TestStoredSetCoversTheCases(t *testing.T) {
	var spanText, ownText, quoteSpan, unattributed int
	for _, c := range storedCorpora(t) {
		s := Actors(c)
		text := map[string]string{}
		for _, a := range c.Articles {
			if tp := a.TitlePassage(); tp != nil {
				text[tp.ID] = tp.Text
			}
			for _, p := range a.Paragraphs {
				text[p.ID] = p.Text
			}
		}
		for _, a := range s.Actors {
			for _, m := range a.Where {
				if text[m.Passage][m.Start:m.End] == m.Text {
					spanText++
				} else {
					ownText++
				}
			}
		}
		quotes := s.Unattributed
		for _, a := range s.Actors {
			quotes = append(quotes, a.Quotes...)
		}
		for _, q := range quotes {
			if strings.Trim(text[q.Passage][q.Start:q.End], `“”"`) == q.Text {
				quoteSpan++
			}
		}
		unattributed += len(s.Unattributed)
	}
	if spanText == 0 || ownText == 0 || quoteSpan == 0 || unattributed == 0 {
		t.Errorf("mentions as their span %d, with their own text %d; quotes as their span %d; unattributed %d: want some of each", spanText, ownText, quoteSpan, unattributed)
	}
}

func TestStoredSetRefusesOtherArticles(t *testing.T) {
	cs := storedCorpora(t)
	data, err := actors.MarshalSet(Actors(cs["made-up"]), cs["made-up"])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := actors.ReadSet(cs["default"], string(data)); err == nil || !strings.Contains(err.Error(), "other articles") {
		t.Errorf("actors of other articles: err = %v, want one saying so", err)
	}
	if _, err := actors.ReadSet(cs["made-up"], "parallax-index/1\n"+string(data[len(actors.SetFormat)+1:])); err == nil || !strings.Contains(err.Error(), "not in the format") {
		t.Errorf("another format: err = %v, want one saying so", err)
	}
	// Actors found elsewhere cannot be stored with these articles.
	if _, err := actors.MarshalSet(Actors(cs["default"]), cs["made-up"]); err == nil || !strings.Contains(err.Error(), "found in this corpus") {
		t.Errorf("storing another corpus's actors: err = %v, want one saying what to do", err)
	}
}

func TestStoredSetDamage(t *testing.T) {
	c := storedCorpora(t)["made-up"]
	data, err := actors.MarshalSet(Actors(c), c)
	if err != nil {
		t.Fatal(err)
	}
	// Every cut is an error: the data ends with the passages that name
	// actors, none of them optional.
	for n := range len(data) {
		if _, err := actors.ReadSet(c, string(data[:n])); err == nil {
			t.Fatalf("the first %d of %d bytes read without an error", n, len(data))
		}
	}
	if _, err := actors.ReadSet(c, string(data)+"x"); err == nil {
		t.Error("a byte past the end read without an error")
	}
	// Every byte changed reads or fails, never panics (FuzzReadSet goes
	// further).
	for i := len(actors.SetFormat) + 9; i < len(data); i++ {
		for _, b := range []byte{0, 1, 0x7f, 0x80, 0xff} {
			bad := []byte(string(data))
			bad[i] = b
			actors.ReadSet(c, string(bad))
		}
	}
}

func FuzzReadSet(f *testing.F) {
	c := storedCorpora(f)["made-up"]
	data, err := actors.MarshalSet(Actors(c), c)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add(data[:len(data)/2])
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := actors.ReadSet(c, string(data))
		if err != nil {
			return
		}
		// What reads is whole: every id resolves, every span is in its
		// passage.
		for _, a := range s.Actors {
			if s.Actor(a.ID) != a {
				t.Fatalf("actor %q does not resolve to itself", a.ID)
			}
			for _, m := range a.Where {
				if c.Article(m.Article) == nil || m.Start > m.End {
					t.Fatalf("mention %+v is outside the articles", m)
				}
			}
		}
	})
}

// TestDefaultActorsAreCurrent: the actors embedded with the default corpus
// are the ones Extract finds today.
func TestDefaultActorsAreCurrent(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	data, err := actors.MarshalSet(Actors(c), c)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != corpus.DefaultDerived().Actors {
		t.Fatalf("the actors in corpus/%s are not the ones Extract finds now: run `go generate ./corpus` and commit it", corpus.DefaultSnapshotFile)
	}
}
