package cli

import (
	"context"
	"fmt"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/export"
)

// listItem is one article in `parallax list --json`. Its field names are a
// public interface: add fields, never rename them.
type listItem struct {
	ID             string `json:"id"`
	Title          string `json:"title"`
	Outlet         string `json:"outlet"`
	OriginalSource string `json:"original_source"`
	URL            string `json:"url"`
	Published      string `json:"published"`
	Passages       int    `json:"passages"`
}

func runList(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "list", "")
	asJSON := fs.Bool("json", false, "print JSON")
	dir := corpusFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	c, err := loadCorpus(env, *dir)
	if err != nil {
		return err
	}
	items := make([]listItem, 0, len(c.Articles))
	for _, a := range c.Articles {
		items = append(items, listItem{a.ID, a.Title, a.Outlet, a.OriginalSource, safeURL(a.URL), a.Published, len(a.Paragraphs)})
	}
	if *asJSON {
		return export.JSON(env.Stdout, items)
	}
	for _, it := range items {
		fmt.Fprintf(env.Stdout, "%-26s %-10s %-30s %s\n", it.ID, it.Published, it.Outlet, it.Title)
	}
	return nil
}

// safeURL is u when it is an http or https address, else "".
func safeURL(u string) string {
	if corpus.SafeURL(u) {
		return u
	}
	return ""
}
