package cli

import (
	"context"
	"fmt"

	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/dates"
	"github.com/parallax-news/parallax/export"
)

func runTimeline(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "timeline", "")
	asJSON := fs.Bool("json", false, `print JSON: [{"from","to","precision","label","phrase","relative","article","outlet","published","passage","start","end","text"}]`)
	asCSV := fs.Bool("csv", false, "print CSV: from,to,precision,label,phrase,relative,article,outlet,published,passage,text")
	actor := fs.String("actor", "", "only events in passages naming this actor (an id from `parallax actors`)")
	dir := corpusFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	c, err := loadCorpus(env, *dir)
	if err != nil {
		return err
	}
	events := dates.Events(c)
	if *actor != "" {
		set := find.Actors(c)
		if set.Actor(*actor) == nil {
			return fmt.Errorf("-actor %q: no such actor; `parallax actors` lists their ids", *actor)
		}
		kept := events[:0]
		for _, e := range events {
			if set.Names(e.Passage.ID, *actor) {
				kept = append(kept, e)
			}
		}
		events = kept
	}
	items := export.Events(events)
	switch {
	case *asJSON:
		return export.JSON(env.Stdout, items)
	case *asCSV:
		return export.EventsCSV(env.Stdout, items)
	}
	for _, e := range items {
		fmt.Fprintf(env.Stdout, "%-26s %-24s %-22q %s\n", e.Label, e.Article, e.Phrase, e.Passage)
	}
	return nil
}
