package cli

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/parallax-news/parallax/export"
	"github.com/parallax-news/parallax/search"
)

func runSearch(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "search", "QUERY...")
	asJSON := fs.Bool("json", false, "print JSON: {\"query\", \"hits\": [{\"article\", \"passage\", \"text\", \"score\", \"matches\"}]}")
	asCSV := fs.Bool("csv", false, "print CSV: rank,article,passage,outlet,title,date,url,score,text")
	dir := corpusFlag(fs)
	limit := fs.Int("limit", 0, "print at most this many hits (0: all)")
	shards := fs.String("shards", "", "search the sharded index in this `folder or URL` (written by parallax shards), fetching only the files the query needs")
	if err := parse(fs, args); err != nil {
		return err
	}
	query := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(query) == "" {
		fs.Usage()
		return errUsage
	}
	if *limit < 0 {
		return fmt.Errorf("-limit %d: give 0 (all) or a positive number", *limit)
	}
	var res search.Result
	if *shards != "" {
		if *asCSV || *dir != "" {
			return errors.New("-shards searches the index alone: it cannot be used with -csv, which needs the articles, or with -corpus")
		}
		var err error
		if res, err = searchShards(env, *shards, query, *limit); err != nil {
			return err
		}
	} else {
		c, err := loadCorpus(env, *dir)
		if err != nil {
			return err
		}
		res = search.NewIndex(c).Search(query, search.Options{Limit: *limit})
		if *asCSV {
			return export.ResultsCSV(env.Stdout, c, res)
		}
	}
	if *asJSON {
		return export.JSON(env.Stdout, res)
	}
	if len(res.Hits) == 0 {
		fmt.Fprintf(env.Stdout, "No passage matches %q.\n", query)
		return nil
	}
	if res.Spread {
		fmt.Fprintf(env.Stdout, "No passage holds every word of %q: these passages hold some, in the articles that hold them all.\n\n", query)
	}
	for _, h := range res.Hits {
		fmt.Fprintf(env.Stdout, "%s  (score %.3f)\n  %s\n\n", h.Passage, h.Score, bracket(h.Text, h.Matches))
	}
	return nil
}

// bracket marks the matched ranges of text with [[ ]] for a terminal.
func bracket(text string, marks [][2]int) string {
	var b strings.Builder
	pos := 0
	for _, m := range marks {
		b.WriteString(text[pos:m[0]])
		b.WriteString("[[" + text[m[0]:m[1]] + "]]")
		pos = m[1]
	}
	b.WriteString(text[pos:])
	return b.String()
}
