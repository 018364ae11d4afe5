package cli

import (
	"context"
	"fmt"

	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/export"
)

func runSources(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "sources", "")
	asJSON := fs.Bool("json", false, `print JSON: [{"outlet","articles","speakers":[{"actor","name","quotes"}],"missing":[{"actor","name","quote","carried_by"}]}]`)
	dir := corpusFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	c, err := loadCorpus(env, *dir)
	if err != nil {
		return err
	}
	report := compare.Sources(c, find.Actors(c))
	if *asJSON {
		return export.JSON(env.Stdout, report)
	}
	for _, s := range report {
		fmt.Fprintf(env.Stdout, "%s (%d articles)\n", s.Outlet, len(s.Articles))
		for _, sp := range s.Speakers {
			fmt.Fprintf(env.Stdout, "  quotes %-30s %d\n", sp.Name, sp.Quotes)
		}
		for _, m := range s.Missing {
			fmt.Fprintf(env.Stdout, "  leaves out %s: “%s” (carried by %v)\n", m.Name, m.Quote, m.CarriedBy)
		}
	}
	return nil
}
