package corpus

import (
	"embed"
	"io/fs"
	"sync"
)

//go:generate go run gen.go

//go:embed articles/*.txt articles/manifest.json
var articles embed.FS

// DefaultSnapshotFile is the default corpus, cleaned, as a snapshot: what
// Default reads. gen.go writes it from articles/.
const DefaultSnapshotFile = "default.snapshot"

// DefaultName names the default corpus when its manifest gives no name.
const DefaultName = "Default corpus"

//go:embed default.snapshot
var defaultSnapshot string

// Articles returns the embedded default corpus as a folder, for tools that
// want the raw files.
func Articles() fs.FS {
	sub, err := fs.Sub(articles, "articles")
	if err != nil {
		panic("corpus: the embedded articles folder is missing: " + err.Error())
	}
	return sub
}

var (
	defaultOnce    sync.Once
	defaultCorpus  *Corpus
	defaultDerived Derived
	defaultErr     error
)

// Default returns the embedded default corpus, read once from its snapshot
// (which TestDefaultSnapshotIsCurrent keeps equal to loading Articles()).
// The articles are part of the build, so an error here is a bug in the
// build. Its articles have no Raw text.
func Default() (*Corpus, error) {
	defaultOnce.Do(readDefault)
	return defaultCorpus, defaultErr
}

// DefaultDerived returns what the embedded snapshot holds derived from
// the default corpus (its search index, its actors), unread.
func DefaultDerived() Derived {
	defaultOnce.Do(readDefault)
	return defaultDerived
}

func readDefault() {
	defaultCorpus, defaultDerived, defaultErr = readSnapshot(defaultSnapshot)
}
