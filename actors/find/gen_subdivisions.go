//go:build ignore

// gen_subdivisions writes subdivisions.go: the names of the world's
// states, provinces and regions (the first-level subdivisions of each
// country) that have two words or more, as the npm package
// country-region-data (MIT) carries them. Run by `go generate ./actors/find`;
// it needs npm.
//
// Names of one word are left out: among them are common words and
// people's names ("Delta", "Rivers", "Mary", "Nelson"), which would make
// places of them wherever they stand. So are a saint's name ("Saint
// Andrew", a parish of Jamaica and of Barbados), a name holding a
// title ("Libertador General Bernardo O'Higgins"), the postal regions of
// the US forces abroad, and a name with "of" ("District of Columbia"),
// which would cut a body's name around it ("the U.S. Court of Appeals
// for the District of Columbia Circuit"); the rules read "Isle of Wight"
// and "Republic of Dagestan" from their first words.
package main

import (
	"encoding/json"
	"log"
	"slices"
	"strings"

	"github.com/parallax-news/parallax/internal/npmpack"
)

const pkg = "country-region-data@4.1.0"

// skipWords mark a name that is no plain place's name.
var skipWords = []string{"Saint", "St", "Sint", "General", "Presidente", "Libertador", "Armed", "Christ"}

func main() {
	data, err := npmpack.File(pkg, "package/data.json")
	if err != nil {
		log.Fatalf("gen_subdivisions: %v", err)
	}
	var countries []struct {
		Code    string `json:"countryShortCode"`
		Regions []struct {
			Name string `json:"name"`
		} `json:"regions"`
	}
	if err := json.Unmarshal(data, &countries); err != nil {
		log.Fatalf("gen_subdivisions: reading data.json: %v", err)
	}
	seen := map[string]bool{}
	var lines []string
	for _, c := range countries {
		for _, r := range c.Regions {
			name := strings.Join(strings.Fields(r.Name), " ")
			words := strings.Fields(name)
			if len(words) < 2 || len(words) > 4 || strings.ContainsAny(name, "|`,/()0123456789") || slices.Contains(words, "of") || seen[name] || slices.ContainsFunc(words, func(w string) bool { return slices.Contains(skipWords, strings.TrimSuffix(w, ".")) }) {
				continue
			}
			seen[name] = true
			lines = append(lines, name+"|"+c.Code)
		}
	}
	slices.Sort(lines)
	doc := "// subdivisionTable is every state, province and region of two words or\n" +
		"// more in country-region-data (MIT), one a line: name | country code.\n"
	if err := npmpack.WriteLineTable("subdivisions.go", "gen_subdivisions.go", pkg, "find", doc, "subdivisionTable", lines); err != nil {
		log.Fatal(err)
	}
	log.Printf("gen_subdivisions: %d names", len(lines))
}
