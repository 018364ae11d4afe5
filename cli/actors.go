package cli

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/parallax-news/parallax/actors"
)

// actorItem is one actor in `parallax actors --json`. Its field names are a
// public interface: add fields, never rename them.
type actorItem struct {
	ID       string         `json:"id"`
	Name     string         `json:"name"`
	Kind     string         `json:"kind"`
	Aliases  []string       `json:"aliases"`
	Roles    []string       `json:"roles"`
	Mentions map[string]int `json:"mentions"`
	Quotes   []quoteItem    `json:"quotes"`
}

type quoteItem struct {
	Article string `json:"article"`
	Passage string `json:"passage"`
	Text    string `json:"text"`
	Via     string `json:"via"`
}

func runActors(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "actors", "")
	asJSON := fs.Bool("json", false, `print JSON: [{"id","name","kind","aliases","roles","mentions","quotes"}]`)
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
	set := actors.Extract(c)
	items := []actorItem{}
	for _, a := range set.Actors {
		if *kind != "" && string(a.Kind) != *kind {
			continue
		}
		it := actorItem{ID: a.ID, Name: a.Name, Kind: string(a.Kind), Aliases: a.Aliases, Roles: a.Roles, Mentions: a.Mentions, Quotes: []quoteItem{}}
		for _, q := range a.Quotes {
			it.Quotes = append(it.Quotes, quoteItem{q.Article, q.Passage, q.Text, q.Via})
		}
		items = append(items, it)
	}
	if *asJSON {
		return writeJSON(env.Stdout, items)
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
