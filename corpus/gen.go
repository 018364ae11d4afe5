//go:build ignore

// Gen writes default.snapshot: the default corpus in articles/, cleaned,
// as the snapshot Default reads. The browser then starts without running
// the cleaner. Run it with go generate after changing the articles or the
// cleaning rules; TestDefaultSnapshotIsCurrent fails until then.
package main

import (
	"log"
	"os"

	"github.com/parallax-news/parallax/corpus"
)

func main() {
	c, skipped, err := corpus.Load(corpus.Articles(), corpus.DefaultName)
	if err != nil {
		log.Fatal(err)
	}
	if len(skipped) > 0 {
		log.Fatalf("the default corpus must load whole: %v", skipped)
	}
	data, err := corpus.MarshalSnapshot(c)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(corpus.DefaultSnapshotFile, data, 0o644); err != nil {
		log.Fatal(err)
	}
}
