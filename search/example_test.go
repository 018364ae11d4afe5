package search_test

import (
	"fmt"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/search"
)

// Index.Search finds passages by every word of a query, forgiving typos
// and other spellings of a name, best first, with the matched bytes.
func ExampleIndex_Search() {
	a, _ := corpus.Parse("a.txt", []byte("Truce signed in Jeddah\n\nGeneral Omar al-Tayeb signed the truce for the army on Saturday in the Red Sea city, officials said.\n"), corpus.Meta{})
	b, _ := corpus.Parse("b.txt", []byte("Army signs ceasefire\n\nGeneral Omar al-Tayib signed for the army on Saturday after two weeks of talks, the mediators said.\n"), corpus.Meta{})
	ix := search.NewIndex(&corpus.Corpus{Articles: []*corpus.Article{a, b}})
	res := ix.Search("tayeb sined", search.Options{})
	for _, h := range res.Hits {
		fmt.Printf("%s %q\n", h.Passage, h.Text[h.Matches[0][0]:h.Matches[0][1]])
	}
	fmt.Println(res.Total, "passages; also matched:", res.AlsoMatched)
	// Output:
	// a/p1 "Tayeb"
	// b/p1 "Tayib"
	// 2 passages; also matched: [signed tayib]
}
