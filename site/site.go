// Package site serves the explorer over HTTP and writes it as a static
// website, through go-app's Handler. It is native-only: nothing here may be
// imported by the wasm main, or app.wasm grows by megabytes.
package site

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/actors/find"
	pxapp "github.com/parallax-news/parallax/app"
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/snapshot"
	"github.com/parallax-news/parallax/search"
)

// Options describe the site to serve or build.
type Options struct {
	Corpus *corpus.Corpus
	// Base is the URL path the site lives under: "/" or "/some/path/".
	Base string
	// Version identifies the build; a new one makes browsers drop the
	// cached app.wasm.
	Version string
	// Web holds the files of web/ (app.wasm, wasm_exec.js, icons, CSS):
	// the binary's own (Embedded) or a folder's. When nil, they are read
	// from Root's web/.
	Web fs.FS
	// Root is the folder holding web/, when Web is nil.
	Root string
	// BrotliQuality is the brotli level of the precompressed files Build
	// writes, 0 to 11; 0 means 11, the smallest and slowest (docs/bench.md
	// times it for app.wasm).
	BrotliQuality int
	// ShipCorpus sends Corpus to the browser as a snapshot beside app.wasm
	// (inline in the single file), for a corpus other than the embedded
	// default one.
	ShipCorpus bool
	// Shards builds the site in the sharded form, for a large corpus: the
	// search index cut into small files in shards/, of which the page
	// fetches only what a search or an article needs, and no snapshot
	// (docs/large-corpora.md). The single file has no sharded form.
	Shards bool
	// Stream, in the sharded form, hands the articles to each one at a
	// time (a corpus folder read as it is indexed, never held) and
	// returns the corpus's name; Corpus then holds no articles. Without
	// it the sharded form reads Corpus's articles.
	Stream func(each func(*corpus.Article) error) (name string, err error)
	// Reread, in the sharded form, hands the articles to each again, as
	// Stream did but quietly, for the comparison of those that share
	// passages (docs/large-corpora.md); without it Stream is called again.
	Reread func(each func(*corpus.Article) error) error
	// Cache, in the sharded form, is a folder where the build keeps the
	// actors of each chunk of articles, and finds them again when run
	// again over the same articles ("" keeps none).
	Cache string
	// Note, when set, is told what the build wants the user to know
	// besides its progress, such as how much the cache saved.
	Note func(msg string)
	// Expected is about how many articles Stream gives, for the size of
	// the text files and the progress.
	Expected int
	// Progress, when set, is told how many articles of the sharded form
	// were indexed, for a progress bar.
	Progress func(done, total int)
	// PublicURL is the site's public address with its sub-path
	// (https://example.org/parallax/), for the pages' og:url; "" leaves
	// og:url out (see CheckPublicURL).
	PublicURL string
}

// ShardsThreshold is the number of articles from which parallax build and
// serve choose the sharded form unless told otherwise: below it the page
// downloads every article and its stored index, which docs/bench.md
// measures as still quick to read and search; from it on, the download
// and the page's memory grow past what a phone should be asked for
// (docs/large-corpora.md).
const ShardsThreshold = 5000

// NormalizeBase turns "", "x", "/x" and "/x/" into "/" or "/x".
func NormalizeBase(base string) (string, error) {
	base = "/" + strings.Trim(base, "/")
	if strings.ContainsAny(base, "?#\\ ") || strings.Contains(base, "//") || strings.Contains(base, "..") {
		return "", fmt.Errorf("base path %q is not a plain URL path: use something like /parallax/", base)
	}
	return base, nil
}

// Site is the explorer of one corpus, ready to serve or to write: New
// makes the pages' environment (the search index and the actors) and the
// snapshot shipped beside app.wasm once, for every method.
type Site struct {
	o    Options
	base string
	env  *pxapp.Env
	// snapshot is the corpus snapshot shipped to the browser when
	// o.ShipCorpus, made from env's index and actors.
	snapshot []byte

	// In the sharded form (o.Shards), env is nil: the pages are the
	// explorer over the index's shards, which Build writes and Serve
	// holds in memory, and sharded says what they hold.
	sharded *pxapp.ShardedEnv
	shards  map[string][]byte
	// labelled says the sharded index has labels/top.bin, which the
	// first screen reads.
	labelled bool
}

// New prepares the site: it checks web/, indexes the corpus and finds its
// actors, and makes the snapshot the browser reads.
func New(o Options) (*Site, error) {
	if o.Web == nil {
		o.Web = os.DirFS(filepath.Join(root(o), "web"))
	}
	if err := checkWeb(o.Web, o.Shards); err != nil {
		return nil, err
	}
	o.Web = webFor(o.Web, o.Shards)
	base, err := NormalizeBase(o.Base)
	if err != nil {
		return nil, err
	}
	if o.Shards {
		// Neither the actors nor a snapshot: the page over shards has
		// neither, and at the size this form is for they would take
		// most of the build. The index is made where it is written
		// (Build, Serve), as the articles are read.
		return &Site{o: o, base: base}, nil
	}
	s := &Site{o: o, base: base, env: pxapp.NewEnv(o.Corpus)}
	if o.ShipCorpus {
		// What the pages found is what the snapshot ships: made once.
		if s.snapshot, err = snapshot.With(o.Corpus, s.env.Index, s.env.Actors); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// handler returns the go-app handler of the explorer, for the single-file
// build when single is set. It registers the routes (go-app keeps them
// process-wide), so the last handler made is the one that serves.
func (s *Site) handler(single bool) (*app.Handler, error) {
	o, base := s.o, s.base
	if single {
		base = "/"
	}
	env := app.Environment{}
	if single {
		env[pxapp.SingleFileEnv] = "1"
	}
	if s.env != nil {
		s.env.SingleFile = single
	}
	// The pre-rendered page shows the actors as being found (see
	// explorer.actorsPending); without JavaScript they never will be, and
	// the page's notice says filters need it.
	headers := []string{`<noscript><style>[aria-busy="true"] { display: none; }</style></noscript>`}
	var cacheable []string
	if s.sharded != nil && !single {
		dir := strings.TrimSuffix(base, "/") + "/" + pxapp.ShardsDir + "/"
		env[pxapp.ShardsEnv] = dir
		// The page opens the index with meta.bin and its first screen
		// lists the most named actors: downloaded while app.wasm is,
		// and kept by the service worker on the first visit, before
		// the worker controls the page, so that the page opens
		// offline. Other files are kept as they are fetched.
		first := []string{"meta.bin"}
		if s.labelled {
			first = append(first, "labels/top.bin")
		}
		for _, f := range first {
			headers = append(headers, `<link rel="preload" href="`+dir+f+`" as="fetch" crossorigin="anonymous">`)
			cacheable = append(cacheable, dir+f)
		}
	}
	if o.ShipCorpus && !single && s.sharded == nil {
		u := strings.TrimSuffix(base, "/") + "/" + pxapp.CorpusFile + "?v=" + contentVersion(s.snapshot)
		env[pxapp.CorpusEnv] = u
		// The snapshot downloads while app.wasm does.
		headers = append(headers, `<link rel="preload" href="`+u+`" as="fetch" crossorigin="anonymous">`)
		// The service worker keeps it with the rest, for offline visits.
		cacheable = append(cacheable, u)
	}
	wasm, err := fs.ReadFile(o.Web, "app.wasm")
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	res := resources{prefix: strings.TrimSuffix(base, "/"), files: http.StripPrefix("/web", http.FileServer(http.FS(o.Web))), wasmVersion: contentVersion(wasm)}
	if s.sharded == nil && !single {
		// The actor finder, for articles a reader adds in the page: not
		// downloaded with the page, but kept by the service worker, so
		// that adding articles works offline too.
		finder, err := fs.ReadFile(o.Web, finderWasm)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		if err == nil {
			res.finder = res.prefix + "/web/" + finderWasm + "?v=" + contentVersion(finder)
			cacheable = append(cacheable, res.finder)
		}
	}
	if !single {
		// app.wasm is what the page waits for: ask for it from <head>,
		// before the pre-rendered body is parsed and laid out, rather
		// than once app.js runs: on a repeat visit the service worker
		// answers it sooner (docs/bench.md). The page script's fetch
		// matches this request (same URL, CORS mode, same-origin
		// credentials), so the file is downloaded once.
		headers = append(headers, `<link rel="preload" href="`+res.AppWASM()+`" as="fetch" crossorigin="anonymous">`)
	}
	if s.sharded != nil {
		pxapp.RegisterSharded(s.sharded)
	} else {
		pxapp.Register(s.env)
	}
	return &app.Handler{
		RawHeaders:      headers,
		Name:            "Parallax",
		ShortName:       "Parallax",
		Title:           "Parallax · " + o.Corpus.Name,
		Description:     "Search, filter by actor and compare news articles side by side, in the browser.",
		Lang:            "en",
		Author:          "Parallax",
		BackgroundColor: "#f7f5f0",
		ThemeColor:      "#1f2a44",
		LoadingLabel:    "Loading Parallax… {progress}%",
		// Local icons: go-app's defaults are remote URLs, which break offline.
		Icon: app.Icon{
			Default: "/web/icon-192.png",
			Large:   "/web/icon-512.png",
			SVG:     "/web/icon.svg",
		},
		Styles:                []string{"/web/app.css"},
		CacheableResources:    cacheable,
		Version:               o.Version,
		Env:                   env,
		ServiceWorkerTemplate: workerTemplate(),
		Resources:             res,
	}, nil
}

// resources serves web/ from a folder on disk under a URL prefix. go-app's
// own LocalDir uses one string for both, and its CustomProvider turns the
// root prefix "/" into "//web/app.wasm".
//
// The URL of app.wasm carries a version of its content (?v=), so the
// service worker may answer it from its cache without asking the network:
// a new build has a new URL.
type resources struct {
	prefix      string // "" at the root, else "/path"
	files       http.Handler
	wasmVersion string
	// finder is the URL of the actor finder's wasm, versioned like
	// app.wasm's; "" where the page has none.
	finder string
}

func (r resources) Package() string { return r.prefix }
func (r resources) Static() string  { return r.prefix }
func (r resources) AppWASM() string { return r.prefix + "/web/app.wasm?v=" + r.wasmVersion }
func (r resources) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	r.files.ServeHTTP(w, req)
}

// contentVersion names a file's content in its URL: a new build of it gets
// a new URL, so caches may keep the old one forever.
func contentVersion(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:8])
}

// wasmExec is the name of the Go runtime glue next to app.wasm. It must come
// from the toolchain that built app.wasm; go-app ships an older copy.
const wasmExec = "wasm_exec.js"

// Serve returns an http.Handler for the explorer: go-app's handler, with
// wasm_exec.js taken from web/ (the copy the Makefile takes from the Go
// toolchain that built app.wasm) and Parallax's own page script.
func (s *Site) Serve() (http.Handler, error) {
	o := s.o
	if o.Shards && s.sharded == nil {
		s.shards = map[string][]byte{}
		err := s.buildShards(func(name string, data []byte) error {
			s.shards[name] = data
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	h, err := s.handler(false)
	if err != nil {
		return nil, err
	}
	ps, err := newPageScript(h, o.Web)
	if err != nil {
		return nil, err
	}
	appJS, err := ps.render()
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/"+wasmExec, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript")
		http.ServeFileFS(w, r, o.Web, wasmExec)
	})
	mux.HandleFunc("/app.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript")
		w.Header().Set("Cache-Control", "no-cache")
		w.Write(appJS)
	})
	if s.sharded != nil {
		mux.HandleFunc("/"+pxapp.ShardsDir+"/", s.serveShard)
	}
	if o.ShipCorpus && s.sharded == nil {
		mux.HandleFunc("/"+pxapp.CorpusFile, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/octet-stream")
			w.Header().Set("Cache-Control", "no-cache")
			w.Write(s.snapshot)
		})
	}
	mux.Handle("/", fixPages(h))
	return withPolicyHeader(mux), nil
}

func root(o Options) string {
	if o.Root == "" {
		return "."
	}
	return o.Root
}

// checkWeb verifies that web holds what the page needs: the explorer of
// the site's form (sharded or not), and its companions.
func checkWeb(web fs.FS, sharded bool) error {
	explorer := "app.wasm"
	if sharded {
		explorer = shardedWasm
	}
	need := []string{explorer, wasmExec, "app.css", "icon.svg"}
	if !sharded {
		need = append(need, finderWasm)
	}
	for _, f := range need {
		if _, err := fs.Stat(web, f); err != nil {
			return fmt.Errorf("web/%s is missing: run `make build` (which builds app.wasm, app-sharded.wasm and finder.wasm into the parallax binary), or give -root the folder that holds web/ after `make wasm`", f)
		}
	}
	return nil
}

// notFoundPage is the static file of the not-found page.
const notFoundPage = "/404.html"

// Build writes the explorer as a static website in out: pre-rendered pages
// from go-app's static generator, then web/ (app.wasm, icons, CSS) and the
// toolchain's wasm_exec.js.
func (s *Site) Build(out string) error {
	o := s.o
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", out, err)
	}
	if o.Shards {
		// First: the pages show what the index holds.
		if err := s.writeShards(filepath.Join(out, pxapp.ShardsDir)); err != nil {
			return err
		}
	}
	h, err := s.handler(false)
	if err != nil {
		return err
	}
	// 404.html is the not-found page, for the static hosts that serve it
	// for a missing path (GitHub Pages, Netlify, Cloudflare Pages, S3).
	if err := app.GenerateStaticWebsite(out, h, append(pxapp.Paths, notFoundPage)...); err != nil {
		return fmt.Errorf("generating the static pages: %w", err)
	}
	if err := fixPagesIn(out, o.PublicURL); err != nil {
		return err
	}
	if err := copyTree(o.Web, filepath.Join(out, "web")); err != nil {
		return err
	}
	if err := copyFileFS(o.Web, wasmExec, filepath.Join(out, wasmExec)); err != nil {
		return err
	}
	ps, err := newPageScript(h, o.Web)
	if err != nil {
		return err
	}
	appJS, err := ps.render()
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "app.js"), appJS, 0o644); err != nil {
		return err
	}
	if o.ShipCorpus && !o.Shards {
		if err := os.WriteFile(filepath.Join(out, pxapp.CorpusFile), s.snapshot, 0o644); err != nil {
			return err
		}
	}
	return precompress(out, o.BrotliQuality)
}

// writeShards writes the sharded index in dir, after emptying it: a
// build over an earlier one must not leave files of another index.
func (s *Site) writeShards(dir string) error {
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("clearing %s: %w", dir, err)
	}
	made := map[string]bool{}
	err := s.buildShards(func(name string, data []byte) error {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if d := filepath.Dir(p); !made[d] {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return err
			}
			made[d] = true
		}
		return os.WriteFile(p, data, 0o644)
	})
	if err != nil {
		return fmt.Errorf("writing the sharded index in %s: %w", dir, err)
	}
	return nil
}

// buildShards indexes the articles as they are read, writing the
// sharded index's files through write, and makes the pages' environment
// from what it indexed.
func (s *Site) buildShards(write func(name string, data []byte) error) error {
	o := s.o
	expected, stream := o.Expected, o.Stream
	if stream == nil {
		expected = len(o.Corpus.Articles)
		stream = func(each func(*corpus.Article) error) (string, error) {
			for _, a := range o.Corpus.Articles {
				if err := each(a); err != nil {
					return "", err
				}
			}
			return o.Corpus.Name, nil
		}
	}
	// The text goes to passage packs alone, read by range requests (or
	// whole on a host that ignores them): no text files.
	b := search.NewShardBuilder(write, search.ShardOptions{Name: o.Corpus.Name, Gzip: true})
	n := 0
	var chunk []*corpus.Article
	var cache *chunkCache
	if o.Cache != "" {
		var err error
		if cache, err = openChunkCache(o.Cache); err != nil {
			return err
		}
	}
	events := newEventFinder()
	p := newActorPipeline(b, events, cache)
	name, err := stream(func(a *corpus.Article) error {
		n++
		if o.Progress != nil {
			o.Progress(n, max(n, expected))
		}
		if chunk = append(chunk, a); chunkEnds(chunk) {
			err := p.add(chunk)
			chunk = nil
			return err
		}
		return nil
	})
	if err == nil {
		err = p.add(chunk)
	}
	if err = errors.Join(err, p.close()); err != nil {
		return err
	}
	if cache != nil && o.Note != nil {
		hits, misses := cache.hits.Load(), cache.misses.Load()
		msg := fmt.Sprintf("%d chunks of articles of %d had their actors in the cache %s", hits, hits+misses, o.Cache)
		if f := cache.failed.Load(); f > 0 {
			msg += fmt.Sprintf("; %d could not be written there (check that the folder is writable and has room)", f)
		}
		o.Note(msg)
	}
	if name != "" {
		o.Corpus.Name = name
		b.SetName(name)
	}
	if err := b.Close(); err != nil {
		return err
	}
	if b.Articles() == 0 {
		return errors.New("no article has a headline or a paragraph to index: check the corpus folder")
	}
	reread := o.Reread
	if reread == nil {
		reread = func(each func(*corpus.Article) error) error {
			_, err := stream(each)
			return err
		}
	}
	if err := events.write(write, reread); err != nil {
		return err
	}
	if err := writeQuotes(write, p.quotes); err != nil {
		return err
	}
	s.sharded = pxapp.NewShardedEnv(o.Corpus.Name, b.Articles(), b.Passages())
	s.labelled = b.Labels() > 0
	return nil
}

// actorPipeline finds the actors of chunks of articles on every core
// while the chunks before are added to the builder, in their order: the
// actor finder is most of a large build's time. At most a few chunks are
// in flight, so memory stays bounded.
type actorPipeline struct {
	b      *search.ShardBuilder
	events *eventFinder
	cache  *chunkCache // nil without -cache
	// quotes are the quotations found, by their speaker's id: read
	// once close returned.
	quotes map[string][]actors.PublishedQuote
	queue  chan chan labelledChunk
	done   chan error
	// failed holds the builder's first error, so the reading stops.
	failed atomic.Pointer[error]
}

// labelledChunk is a chunk of articles with each passage's actors.
type labelledChunk struct {
	articles []*corpus.Article
	labels   []map[string][]search.Label
	dated    [][]search.Dated // each article's timeline entries
	sketches []compare.Sketch // each article's, for its events
	// quotes are the chunk's quotations, by their speaker's id.
	quotes map[string][]actors.PublishedQuote
}

func newActorPipeline(b *search.ShardBuilder, events *eventFinder, cache *chunkCache) *actorPipeline {
	p := &actorPipeline{b: b, events: events, cache: cache, quotes: map[string][]actors.PublishedQuote{}, queue: make(chan chan labelledChunk, runtime.GOMAXPROCS(0)), done: make(chan error, 1)}
	go func() {
		var err error
		for next := range p.queue {
			c := <-next
			for i, a := range c.articles {
				if err == nil {
					if err = b.AddLabelled(a, c.labels[i]); err != nil {
						p.failed.Store(&err)
					}
					b.AddDated(c.dated[i])
					events.add(a, c.sketches[i], c.labels[i])
				}
			}
			if err == nil {
				for id, qs := range c.quotes {
					p.quotes[id] = append(p.quotes[id], qs...)
				}
			}
		}
		p.done <- err
	}()
	return p
}

// add finds the actors of a chunk in the background; it waits while the
// queue is full.
func (p *actorPipeline) add(articles []*corpus.Article) error {
	if err := p.failed.Load(); err != nil {
		return *err
	}
	if len(articles) == 0 {
		return nil
	}
	next := make(chan labelledChunk, 1)
	p.queue <- next
	go func() { next <- labelChunk(articles, p.cache) }()
	return nil
}

// close waits for every chunk to be added, and returns the first error.
func (p *actorPipeline) close() error {
	close(p.queue)
	return <-p.done
}

// labelChunk finds the actors of articles and labels each passage with
// those it names, finds each article's timeline entries, and sketches
// each for its events.
func labelChunk(articles []*corpus.Article, cache *chunkCache) labelledChunk {
	c := labelledChunk{articles: articles, labels: make([]map[string][]search.Label, len(articles)), dated: make([][]search.Dated, len(articles)), sketches: make([]compare.Sketch, len(articles))}
	for i, a := range articles {
		c.dated[i] = datedOf(a)
		c.sketches[i] = compare.SketchArticle(a)
	}
	var key string
	if cache != nil {
		key = cache.key(articles)
		if kept, ok := cache.load(key, len(articles)); ok {
			c.labels, c.quotes = kept.Labels, kept.Quotes
			return c
		}
	}
	chunk := &corpus.Corpus{Articles: articles}
	set := find.Actors(chunk)
	c.quotes = set.Published(func(id string) string {
		if a := chunk.Article(id); a != nil {
			return a.Outlet
		}
		return ""
	})
	for i, a := range articles {
		labels := map[string][]search.Label{}
		ids := make([]string, 0, len(a.Paragraphs)+1)
		ids = append(ids, a.ID+corpus.TitleSuffix) // the headline's actors
		for _, p := range a.Paragraphs {
			ids = append(ids, p.ID)
		}
		for _, pid := range ids {
			for _, id := range set.InPassage(pid) {
				act := set.Actor(id)
				labels[pid] = append(labels[pid], search.Label{ID: act.ID, Name: act.Name, Kind: string(act.Kind)})
			}
		}
		c.labels[i] = labels
	}
	if cache != nil {
		cache.store(key, cachedChunk{Labels: c.labels, Quotes: c.quotes})
	}
	return c
}

// serveShard answers a file of the sharded index, held in memory.
func (s *Site) serveShard(w http.ResponseWriter, r *http.Request) {
	data, ok := s.shards[strings.TrimPrefix(r.URL.Path, "/"+pxapp.ShardsDir+"/")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(data)
}

func copyTree(src fs.FS, dst string) error {
	return fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dst, filepath.FromSlash(p))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		in, err := src.Open(p)
		if err != nil {
			return err
		}
		defer in.Close()
		return writeFile(target, in)
	})
}

// copyFileFS copies the file name of fsys to dst.
func copyFileFS(fsys fs.FS, name, dst string) error {
	in, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer in.Close()
	return writeFile(dst, in)
}

func writeFile(dst string, r io.Reader) error {
	f, err := os.Create(dst)
	if err != nil {
		return err
	}
	_, err = io.Copy(f, r)
	return errors.Join(err, f.Close())
}
