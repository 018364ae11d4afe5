package cli

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"
	"runtime/pprof"

	"github.com/parallax-news/parallax/site"
)

func runBuild(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "build", "")
	out := fs.String("out", "dist", "folder to write the site to")
	base := fs.String("base", "/", "URL path the site will be served under, e.g. /parallax/")
	single := fs.String("single-file", "", "write the explorer as this one HTML `file` instead, to open from disk with no server")
	public := fs.String("url", "", "the site's public `address` with its sub-path (https://example.org/parallax/), written as each page's og:url; without it, pages have none")
	quality := fs.Int("brotli", 11, "brotli `level` (1-11) of the precompressed .br files; 11 is smallest and takes about 20 s")
	profile := fs.String("cpuprofile", "", "write a CPU profile of the build to this `file`, for go tool pprof")
	root := rootFlag(fs)
	dir := corpusFlag(fs)
	form := formFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if *profile != "" {
		f, err := os.Create(*profile)
		if err != nil {
			return fmt.Errorf("cannot write the CPU profile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("cannot start the CPU profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	if *public != "" {
		u, path, err := site.CheckPublicURL(*public, *base)
		if err != nil {
			return err
		}
		*public, *base = u, path
	}
	opt, err := form.options(env, *root, *base, *dir, *single != "")
	if err != nil {
		return err
	}
	opt.PublicURL = *public
	if *single == "" && (*quality < 1 || *quality > 11) {
		return fmt.Errorf("-brotli %d is out of range: use 1 (fastest) to 11 (smallest)", *quality)
	}
	opt.BrotliQuality = *quality
	st, err := site.New(opt)
	if err != nil {
		return err
	}
	if *single != "" {
		if err := st.SingleFile(*single); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "Wrote the explorer to %s: open it in a browser, no server needed\n", *single)
		return nil
	}
	if err := st.Build(*out); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Wrote the explorer to %s for %s\n", *out, opt.Base)
	return nil
}

// Garbage collection during a sharded build, whose live memory is its
// index. With Go's default (GOGC=100, the heap let grow to twice what is
// live) a build of 100,000 generated articles spent a fifth of its CPU
// time collecting: 18 min 24 s, 3.4 GB at its peak. With the heap let
// grow to five times what is live, under a soft limit of 3.5 GiB, 13 min
// 50 s and 3.7 GB; under a limit of 3 GiB, 15 min 14 s and 3.4 GB
// (docs/large-corpora.md).
const (
	buildGCPercent   = 400
	buildMemoryLimit = 3584 << 20
)

// tuneGC sets a sharded build's garbage collection, unless the user set
// GOGC or GOMEMLIMIT (a machine with less memory sets GOMEMLIMIT lower,
// and the build collects more often).
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(buildGCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(buildMemoryLimit)
	}
}
