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
	root := rootFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	opt, err := siteOptions(env, *root, *base)
	if err != nil {
		return err
	}
	if err := site.Build(*out, opt); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Wrote the explorer to %s for %s\n", *out, opt.Base)
	return nil
}
