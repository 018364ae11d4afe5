//go:build ignore

// Gen writes default.snapshot: the default corpus in articles/, cleaned,
// and its search index, as the snapshot Default and DefaultIndex read. The
// browser then starts without running the cleaner or the indexer. Run it with go generate after changing the articles or the
// cleaning rules; TestDefaultSnapshotIsCurrent fails until then.
package main

import (
	"log"
	"os"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/search"
)

func main() {
	c, skipped, err := corpus.Load(corpus.Articles(), corpus.DefaultName)
	if err != nil {
		log.Fatal(err)
	}
	if len(skipped) > 0 {
		log.Fatalf("the default corpus must load whole: %v", skipped)
	}
	data, err := corpus.MarshalSnapshot(c, search.MarshalIndex(search.NewIndex(c)))
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(corpus.DefaultSnapshotFile, data, 0o644); err != nil {
		log.Fatal(err)
	}
}
