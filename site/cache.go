package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"sync/atomic"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/search"
)

// Chunks of articles whose actors are found together (find.Actors
// joins "Shoigu" to the "Sergei Shoigu" of another article of its
// chunk; actors of one id are joined across chunks). A chunk ends after
// an article whose id hashes to a multiple of chunkCut, once it holds
// chunkMin articles, or at chunkMax: about a thousand articles, cut
// where the articles say rather than by count, so that adding or
// removing a file moves no other cut, and every other chunk is found
// again in the cache (-cache).
const (
	chunkMin = 500
	chunkCut = 500
	chunkMax = 3000
)

// chunkEnds reports whether a chunk ends after its last article.
func chunkEnds(chunk []*corpus.Article) bool {
	if len(chunk) >= chunkMax {
		return true
	}
	if len(chunk) < chunkMin {
		return false
	}
	h := fnv.New32a()
	io.WriteString(h, chunk[len(chunk)-1].ID)
	return h.Sum32()%chunkCut == 0
}

// chunkCache keeps in a folder the actors each chunk's passages name and
// the quotations they are given,
// under a hash of the chunk's articles and of the program that found
// them, so that a build run again over a folder skips finding the actors
// of every chunk it has seen (most of a large build's time). A file it
// cannot read or decode is a miss; one it cannot write is skipped, and
// counted.
type chunkCache struct {
	dir     string
	program string
	// hits, misses and failed count the chunks found, not found, and
	// not written.
	hits, misses, failed atomic.Int64
}

// chunkCacheFormat changes when what a cache file holds does.
const chunkCacheFormat = "parallax-chunk-cache/2"

// cachedChunk is what the cache keeps of a chunk: by article, each
// passage's actors, and the chunk's quotations by speaker.
type cachedChunk struct {
	Labels []map[string][]search.Label
	Quotes map[string][]actors.PublishedQuote
}

// openChunkCache opens (making it if needed) the cache folder dir.
func openChunkCache(dir string) (*chunkCache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("the cache folder %s cannot be made (%v): give another with -cache", dir, err)
	}
	return &chunkCache{dir: dir, program: programHash()}, nil
}

// programHash identifies the running program by its executable's bytes:
// another build of Parallax may find other actors, and must not reuse
// these.
func programHash() string {
	exe, err := os.Executable()
	if err == nil {
		if f, err := os.Open(exe); err == nil {
			defer f.Close()
			h := sha256.New()
			if _, err := io.Copy(h, f); err == nil {
				return hex.EncodeToString(h.Sum(nil))
			}
		}
	}
	return "unknown program"
}

// key is the cache key of a chunk: its articles' fields and passages,
// in order, and the program.
func (c *chunkCache) key(articles []*corpus.Article) string {
	h := sha256.New()
	io.WriteString(h, chunkCacheFormat+"\x00"+c.program+"\x00")
	for _, a := range articles {
		meta, _ := json.Marshal(a.Meta)
		h.Write(meta)
		h.Write([]byte{0})
		for _, p := range a.Paragraphs {
			io.WriteString(h, p.ID+"\x00"+p.Text+"\x00")
		}
		h.Write([]byte{1})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// path is where the chunk of key is kept.
func (c *chunkCache) path(key string) string {
	return filepath.Join(c.dir, key[:2], key+".gob")
}

// load returns what was kept for key, a chunk of so many articles.
func (c *chunkCache) load(key string, articles int) (cachedChunk, bool) {
	var kept cachedChunk
	data, err := os.ReadFile(c.path(key))
	if err == nil {
		err = gob.NewDecoder(bytes.NewReader(data)).Decode(&kept)
	}
	if err != nil || len(kept.Labels) != articles {
		c.misses.Add(1)
		return cachedChunk{}, false
	}
	c.hits.Add(1)
	return kept, true
}

// store keeps a chunk under key, writing a file aside and renaming it,
// so that a build stopped midway leaves no half file.
func (c *chunkCache) store(key string, kept cachedChunk) {
	var buf bytes.Buffer
	err := gob.NewEncoder(&buf).Encode(kept)
	p := c.path(key)
	if err == nil {
		err = os.MkdirAll(filepath.Dir(p), 0o755)
	}
	if err == nil {
		tmp := p + ".tmp"
		err = errors.Join(os.WriteFile(tmp, buf.Bytes(), 0o644), os.Rename(tmp, p))
	}
	if err != nil {
		c.failed.Add(1)
	}
}
