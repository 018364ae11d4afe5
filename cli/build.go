package cli

import (
	"context"
	"fmt"

	"github.com/parallax-news/parallax/site"
)

func runBuild(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "build", "")
	out := fs.String("out", "dist", "folder to write the site to")
	base := fs.String("base", "/", "URL path the site will be served under, e.g. /parallax/")
	root := fs.String("root", ".", "folder that holds web/ (app.wasm, wasm_exec.js, icons, CSS)")
	if err := parse(fs, args); err != nil {
		return err
	}
	c, err := loadCorpus(env, "")
	if err != nil {
		return err
	}
	b, err := site.NormalizeBase(*base)
	if err != nil {
		return err
	}
	if err := site.Build(*out, site.Options{Corpus: c, Base: b, Version: env.Version, Root: *root}); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Wrote the explorer to %s for %s\n", *out, b)
	return nil
}
