package app

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/search"
)

// TestExampleQueriesFind: the searches offered to a newcomer are drawn
// from the corpus's own actors, each finds at least one passage, and a
// corpus of other stories gets other examples than the default's.
func TestExampleQueriesFind(t *testing.T) {
	def, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	own := &corpus.Corpus{}
	for i, text := range []string{
		"Dockers strike at Rotterdam\n\nThousands of dock workers at the port of Rotterdam walked out on Monday, the FNV Havens union said, and crane operator Niels Kooijman said they would not go back soon.\n",
		"Port strike enters second day\n\nThe Rotterdam Port Employers Association said talks would resume, while Niels Kooijman told reporters the workers were ready to wait.\n",
	} {
		a, err := corpus.Parse(string(rune('a'+i))+".txt", []byte(text), corpus.Meta{})
		if err != nil {
			t.Fatal(err)
		}
		own.Articles = append(own.Articles, a)
	}
	for name, c := range map[string]*corpus.Corpus{"default": def, "own": own} {
		set := find.Actors(c)
		ix := search.NewIndex(c)
		examples := exampleQueries(set)
		if len(examples) < 2 {
			t.Errorf("%s: %d examples, want a name and a typo at least: %v", name, len(examples), examples)
		}
		for _, ex := range examples {
			if res := ix.Search(ex.query, search.Options{}); len(res.Hits) == 0 {
				t.Errorf("%s: the example %q (%s) finds nothing", name, ex.query, ex.shows)
			}
		}
		if name == "own" && (len(examples) == 0 || !strings.Contains(examples[0].query, "Kooijman")) {
			t.Errorf("own: examples %v, want the corpus's most named person first", examples)
		}
		if p := searchPlaceholder(set); !strings.Contains(p, examples[0].query) {
			t.Errorf("%s: placeholder %q does not offer %q", name, p, examples[0].query)
		}
	}
	if p := searchPlaceholder(&actors.Set{}); strings.Contains(p, "try") {
		t.Errorf("with no actors yet the placeholder offers %q", p)
	}
}
