// Package cli is the parallax command line: serving and building the
// explorer, and the same core (list, search) the page uses, as text or
// JSON. Main takes its arguments and streams, so tests run it in process.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/extract"
)

// command is one subcommand.
type command struct {
	summary string
	run     func(ctx context.Context, env *Env, args []string) error
}

var commands = map[string]command{
	"serve":    {"serve the explorer on a local address", runServe},
	"build":    {"write the explorer as a static website", runBuild},
	"list":     {"list the articles of the corpus", runList},
	"search":   {"search the passages of the corpus", runSearch},
	"actors":   {"list the people, organisations and places the articles name", runActors},
	"compare":  {"compare two articles, or print the overlap of every pair", runCompare},
	"timeline": {"list the dated events the articles report, placed on the calendar", runTimeline},
	"eval":     {"measure how well the articles are read against hand annotations (EVAL-FORMAT.md)", runEval},
	"sources":  {"for each outlet, whose words it carries and which quotations it leaves out", runSources},
	"shards":   {"write the sharded search index, for corpora too large to embed (prototype)", runShards},
}

// Env is what a command runs with.
type Env struct {
	Stdout, Stderr io.Writer
	// Version is the build's version, stamped by the Makefile.
	Version string
}

// errUsage marks an error already explained by the flag package.
var errUsage = errors.New("usage")

// Main runs the command line and returns the process exit code: 0 on
// success, 1 on failure, 2 on a usage error.
func Main(ctx context.Context, args []string, env *Env) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(env.Stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	if args[0] == "version" {
		fmt.Fprintln(env.Stdout, env.Version)
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "parallax: unknown command %q\n\n", args[0])
		usage(env.Stderr)
		return 2
	}
	if err := cmd.run(ctx, env, args[1:]); err != nil {
		if errors.Is(err, errUsage) || errors.Is(err, flag.ErrHelp) {
			return 2
		}
		fmt.Fprintf(env.Stderr, "parallax %s: %v\n", args[0], err)
		return 1
	}
	return 0
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: parallax COMMAND [flags] [args]")
	fmt.Fprintln(w, "\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "  version  print the build version")
	fmt.Fprintln(w, "\nRun `parallax COMMAND -h` for a command's flags.")
}

// newFlags returns a flag set that reports to env.Stderr.
func newFlags(env *Env, name, args string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "Usage: parallax %s [flags] %s\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags, mapping a parse failure to errUsage.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}

// loadCorpus returns the default corpus, or the folder dir when set. Files
// that cannot be read are named on stderr and the rest load.
func loadCorpus(env *Env, dir string) (*corpus.Corpus, error) {
	if dir == "" {
		return corpus.Default()
	}
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("corpus folder: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("corpus %s is not a folder: give the folder that holds the article files", dir)
	}
	name := filepath.Base(filepath.Clean(dir))
	bar := newProgress(env.Stderr, "reading the articles")
	c, skipped, err := corpus.Loader{Converters: extract.Converters, Progress: bar.update}.Load(os.DirFS(dir), name)
	bar.finish()
	for _, s := range skipped {
		fmt.Fprintf(env.Stderr, "parallax: skipped %s\n", s.Error())
	}
	if c != nil {
		for _, a := range c.Articles {
			reportArticle(env, a)
		}
	}
	return c, err
}

// reportArticle says on stderr what the loader left out of a's file, and
// that it has another file's text, if it does.
func reportArticle(env *Env, a *corpus.Article) {
	for _, w := range a.Warnings {
		fmt.Fprintf(env.Stderr, "parallax: %s: %s\n", a.File, w)
	}
	if a.SameTextAs != "" {
		fmt.Fprintf(env.Stderr, "parallax: kept %s: the same article text as %s (a reprint, or the same file twice): both are listed\n", a.File, a.SameTextAs)
	}
}
