package cli

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/export"
)

// actorItem is one actor in `parallax actors --json`. Its field names are a
// public interface: add fields, never rename them.
func runActors(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "actors", "")
	asJSON := fs.Bool("json", false, `print JSON: [{"id","name","kind","aliases","roles","mentions","quotes"}]`)
	asCSV := fs.Bool("csv", false, "print CSV: id,name,kind,aliases,roles,mentions,articles,mentions_by_article,quotes")
	dir := corpusFlag(fs)
	kind := fs.String("kind", "", "only actors of this kind: person, organization or place")
	if err := parse(fs, args); err != nil {
		return err
	}
	switch *kind {
	case "", string(actors.Person), string(actors.Organization), string(actors.Place):
	default:
		return fmt.Errorf("-kind %q: use person, organization or place", *kind)
	}
	c, err := loadCorpus(env, *dir)
	if err != nil {
		return err
	}
	items := export.Actors(find.Actors(c), actors.Kind(*kind))
	switch {
	case *asJSON:
		return export.JSON(env.Stdout, items)
	case *asCSV:
		return export.ActorsCSV(env.Stdout, items)
	}
	for _, it := range items {
		total := 0
		arts := make([]string, 0, len(it.Mentions))
		for art, n := range it.Mentions {
			total += n
			arts = append(arts, art)
		}
		sort.Strings(arts)
		fmt.Fprintf(env.Stdout, "%-34s %-12s %3d mentions in %d articles", it.Name, it.Kind, total, len(arts))
		if len(it.Roles) > 0 {
			fmt.Fprintf(env.Stdout, "  (%s)", strings.Join(it.Roles, "; "))
		}
		fmt.Fprintln(env.Stdout)
	}
	return nil
}
