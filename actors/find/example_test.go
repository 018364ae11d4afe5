package find_test

import (
	"fmt"

	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/corpus"
)

// Actors finds the people, organisations and places of a corpus, merges
// the names each goes by and gives quotations their speakers.
func ExampleActors() {
	text := "Dam fails in Valdoro valley\n\n" +
		"VALDORO, Italy (Wire) - Regional governor Paolo Venti said on Tuesday that the dam on the Tessa River had failed, and the Red Cross sent boats.\n\n" +
		"“Someone will answer for this,” Venti said.\n"
	a, _ := corpus.Parse("dam.txt", []byte(text), corpus.Meta{})
	set := find.Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
	for _, act := range set.Actors {
		fmt.Println(act.Name, "|", act.Kind, "|", act.Aliases, "|", len(act.Quotes), "quotes")
	}
	// Output:
	// Paolo Venti | person | [Paolo Venti Venti] | 1 quotes
	// Valdoro | place | [Valdoro VALDORO] | 0 quotes
	// Italy | place | [Italy] | 0 quotes
	// Red Cross | organization | [Red Cross] | 0 quotes
	// Tessa River | place | [Tessa River] | 0 quotes
}
