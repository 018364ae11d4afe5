package corpus

import (
	"embed"
	"io/fs"
	"sync"
)

//go:embed articles/*.txt articles/manifest.json
var articles embed.FS

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
	defaultOnce   sync.Once
	defaultCorpus *Corpus
	defaultErr    error
)

// Default returns the embedded default corpus, parsed once. The embedded
// files are part of the build, so an error here is a bug in the build.
func Default() (*Corpus, error) {
	defaultOnce.Do(func() {
		c, skipped, err := Load(Articles(), "Default corpus")
		if err == nil && len(skipped) > 0 {
			err = skipped[0]
		}
		defaultCorpus, defaultErr = c, err
	})
	return defaultCorpus, defaultErr
}
