package compare_test

import (
	"fmt"
	"strings"

	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/corpus"
)

// Compare aligns two articles' passages and says how they relate: here a
// wire story and another outlet's copy of it under a new headline.
func ExampleComparer_Compare() {
	story := strings.Join([]string{
		"VALDORO, March 3 (Wire) - A dam on the Tessa River failed on Monday night, flooding four villages and forcing about 3,000 people from their homes, officials said.",
		"Rescue teams in boats reached the village of Castelnuovo before dawn and found residents sheltering on rooftops, the civil protection agency said.",
		"“The water came faster than anyone expected, and we had only minutes to wake people up,” said Marta Quiroga, the head of the agency.",
	}, "\n\n")
	a, _ := corpus.Parse("wire.txt", []byte("Dam fails in Valdoro valley\n\n"+story+"\n"), corpus.Meta{})
	b, _ := corpus.Parse("copy.txt", []byte("Thousands flee as river dam bursts\n\n"+story+"\n"), corpus.Meta{})
	c := &corpus.Corpus{Articles: []*corpus.Article{a, b}}
	r := compare.New(c, find.Actors(c)).Compare(a, b)
	fmt.Println(r.Relation, len(r.Shared), "passages shared,", len(r.Quotes), "quotation")
	// Output:
	// reprint 3 passages shared, 1 quotation
}
