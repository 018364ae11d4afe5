package corpus_test

import (
	"fmt"

	"github.com/parallax-news/parallax/corpus"
)

// Parse cleans one file: the front matter gives the metadata, the first
// line standing alone is the headline, and page furniture is dropped.
func ExampleParse() {
	file := "---\noutlet: Example Wire\ndate: 2026-03-03\n---\n" +
		"Dam fails in Valdoro valley\n\n" +
		"Advertisement\n\n" +
		"VALDORO (Wire) - A dam failed on Monday night and flooded four villages, officials said on Tuesday.\n\n" +
		"“We had only minutes to wake people up,” said Marta Quiroga, who leads the rescue teams.\n"
	a, err := corpus.Parse("dam.txt", []byte(file), corpus.Meta{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.ID, "|", a.Title, "|", a.Outlet, "|", a.Published)
	for _, p := range a.Paragraphs {
		fmt.Println(p.ID, len(p.Sentences), "sentences")
	}
	// Output:
	// dam | Dam fails in Valdoro valley | Example Wire | 2026-03-03
	// dam/p1 1 sentences
	// dam/p2 1 sentences
}
