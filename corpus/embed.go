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
		defaultCorpus, defaultErr = loadDefault()
	})
	return defaultCorpus, defaultErr
}

// loadDefault reads the embedded articles in the order of their manifest.
// It is Load without listing the folder, which keeps the folder reader out
// of app.wasm; TestDefaultIsLoad checks both give the same corpus.
func loadDefault() (*Corpus, error) {
	data, err := articles.ReadFile("articles/" + ManifestFile)
	if err != nil {
		return nil, err
	}
	m, err := ParseManifest(data)
	if err != nil {
		return nil, err
	}
	c := &Corpus{Name: m.Name, Description: m.Description}
	for _, e := range m.Articles {
		data, err := articles.ReadFile("articles/" + e.File)
		if err != nil {
			return nil, err
		}
		a, err := Parse(e.File, data, e.Meta)
		if err != nil {
			return nil, err
		}
		c.Articles = append(c.Articles, a)
	}
	return c, nil
}
