//go:build ignore

// Gen writes default.snapshot: the default corpus in articles/, cleaned,
// with its search index and its actors, as the snapshot Default and
// DefaultDerived read. The browser then starts without running the
// cleaner, the indexer or the actor extractor. Run it with go generate
// after changing the articles, the cleaning, the indexing or the
// extraction; TestDefaultSnapshotIsCurrent, TestDefaultIndexIsCurrent and
// TestDefaultActorsAreCurrent fail until then.
package main

import (
	"log"
	"os"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/snapshot"
)

func main() {
	c, skipped, err := corpus.Load(corpus.Articles(), corpus.DefaultName)
	if err != nil {
		log.Fatal(err)
	}
	if len(skipped) > 0 {
		log.Fatalf("the default corpus must load whole: %v", skipped)
	}
	data, err := snapshot.Of(c)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(corpus.DefaultSnapshotFile, data, 0o644); err != nil {
		log.Fatal(err)
	}
}
