package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	iofs "io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/extract"
	"github.com/parallax-news/parallax/site"
)

func runServe(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "serve", "")
	addr := fs.String("addr", "127.0.0.1:8000", "address to listen on")
	root := rootFlag(fs)
	dir := corpusFlag(fs)
	form := formFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	opt, err := form.options(env, *root, "/", *dir, false)
	if err != nil {
		return err
	}
	st, err := site.New(opt)
	if err != nil {
		return err
	}
	h, err := st.Serve()
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w (is another server using it? try -addr 127.0.0.1:8001)", *addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(env.Stdout, "Parallax is serving %s at http://%s/\n", opt.Corpus.Name, ln.Addr())
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// rootFlag declares -root, the folder holding web/.
func rootFlag(fs *flag.FlagSet) *string {
	return fs.String("root", "", "folder that holds web/ (app.wasm, wasm_exec.js, icons, CSS); default: ./web when it has app.wasm, else the web/ built into this binary")
}

// corpusFlag declares -corpus, a folder of articles to use instead of the
// embedded default corpus.
func corpusFlag(fs *flag.FlagSet) *string {
	return fs.String("corpus", "", "read the articles of this `folder` (.txt, .md, .html) instead of the default corpus")
}

// form holds -shards and -no-shards, which choose the site's form.
type form struct {
	shards, noShards *bool
	cache            *string
}

func formFlags(fs *flag.FlagSet) form {
	return form{
		shards:   fs.Bool("shards", false, fmt.Sprintf("build the sharded form, whose page fetches only what a search needs (the default from %d articles on)", site.ShardsThreshold)),
		noShards: fs.Bool("no-shards", false, "build the form that downloads every article into the page, whatever the corpus's size"),
		cache:    fs.String("cache", "", "in the sharded form, keep the actors found in this folder, so that building again over the same articles skips finding them"),
	}
}

// options describes the site of dir (the default corpus when "") in the
// form the flags, or the corpus's size, choose. In the sharded form a
// folder is read as it is indexed, never held whole (site.Options.Stream),
// with a progress bar on stderr.
func (f form) options(env *Env, root, base, dir string, single bool) (site.Options, error) {
	if *f.shards && *f.noShards {
		return site.Options{}, errors.New("-shards and -no-shards ask for both forms: give one")
	}
	if *f.shards && single {
		return site.Options{}, errors.New("-single-file holds every article in one page and has no sharded form: drop -shards")
	}
	files := 0
	loader := corpus.Loader{Converters: extract.Converters}
	if dir != "" {
		if info, err := os.Stat(dir); err == nil && info.IsDir() {
			files, _ = loader.Files(os.DirFS(dir))
		}
	}
	sharded := *f.shards || !*f.noShards && !single && files >= site.ShardsThreshold
	if *f.cache != "" && (!sharded || dir == "") {
		fmt.Fprintf(env.Stderr, "parallax: -cache is for the sharded form of a corpus folder; this build does not use it\n")
	}
	if !sharded || dir == "" {
		opt, err := siteOptions(env, root, base, dir)
		opt.Shards = sharded
		return opt, err
	}
	if !*f.shards {
		fmt.Fprintf(env.Stderr, "%d article files: building the sharded form, whose page fetches only what each search needs (-no-shards for the other)\n", files)
	}
	tuneGC()
	opt, err := pageOptions(env, root, base)
	if err != nil {
		return site.Options{}, err
	}
	bar := newProgress(env.Stderr, "reading and indexing the articles")
	stream := func(each func(*corpus.Article) error) (string, error) {
		c, skipped, err := loader.Stream(os.DirFS(dir), filepath.Base(filepath.Clean(dir)), func(a *corpus.Article) error {
			reportArticle(env, a)
			return each(a)
		})
		bar.finish()
		for _, s := range skipped {
			fmt.Fprintf(env.Stderr, "parallax: skipped %s\n", s.Error())
		}
		if err != nil {
			return "", err
		}
		return c.Name, nil
	}
	// The second reading, for the comparison of the articles that share
	// passages, reports nothing the first did not.
	reread := func(each func(*corpus.Article) error) error {
		again := newProgress(env.Stderr, "comparing the articles that share passages")
		n := 0
		_, _, err := loader.Stream(os.DirFS(dir), filepath.Base(filepath.Clean(dir)), func(a *corpus.Article) error {
			n++
			again.update(n, max(n, files))
			return each(a)
		})
		again.finish()
		return err
	}
	opt.Corpus = &corpus.Corpus{Name: filepath.Base(filepath.Clean(dir))}
	opt.Shards, opt.Stream, opt.Reread, opt.Expected, opt.Progress = true, stream, reread, files, bar.update
	opt.Cache = *f.cache
	opt.Note = func(msg string) { fmt.Fprintln(env.Stderr, msg) }
	return opt, nil
}

// pageOptions describes the pages of a site: its base path, version and
// web/ files.
func pageOptions(env *Env, root, base string) (site.Options, error) {
	b, err := site.NormalizeBase(base)
	if err != nil {
		return site.Options{}, err
	}
	web, err := webFiles(root)
	if err != nil {
		return site.Options{}, err
	}
	return site.Options{Base: b, Version: env.Version, Web: web}, nil
}

// siteOptions loads the corpus (the default one when dir is "") and
// describes the site for serve and build.
func siteOptions(env *Env, root, base, dir string) (site.Options, error) {
	c, err := loadCorpus(env, dir)
	if err != nil {
		return site.Options{}, err
	}
	opt, err := pageOptions(env, root, base)
	opt.Corpus, opt.ShipCorpus = c, dir != ""
	return opt, err
}

// webFiles finds web/: root's when given; else the working folder's when
// it has app.wasm (a checkout after make wasm); else the one built into
// this binary by make build.
func webFiles(root string) (iofs.FS, error) {
	if root != "" {
		return os.DirFS(filepath.Join(root, "web")), nil
	}
	if _, err := os.Stat(filepath.Join("web", "app.wasm")); err == nil {
		return os.DirFS("web"), nil
	}
	if web := site.Embedded(); web != nil {
		return web, nil
	}
	return nil, errors.New("this parallax binary has no app.wasm built in (go build and go install do not make one): build it with `make build`, or give -root the folder that holds web/ after `make wasm`")
}
