package cli

import (
	"context"
	"fmt"
	"os"

	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/export"
)

func runEval(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "eval", "")
	asJSON := fs.Bool("json", false, `print JSON: {"headlines","persons","all_kinds","key_actors","quotes","queries","relations","confusion","html","lost","misses"}`)
	dir := corpusFlag(fs)
	gold := fs.String("gold", "", "read the annotations (MANIFEST.tsv and the others) from this `folder` (default: the -corpus folder)")
	misses := fs.Bool("misses", false, "after the table, list every answer that differs from the annotation")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *dir == "" {
		return fmt.Errorf("give the annotated folder with -corpus DIR (see EVAL-FORMAT.md for the annotation files)")
	}
	if *gold == "" {
		*gold = *dir
	}
	g, err := eval.ReadGold(os.DirFS(*gold))
	if err != nil {
		return fmt.Errorf("%s: %w", *gold, err)
	}
	c, err := loadCorpus(env, *dir)
	if err != nil {
		return err
	}
	rep := eval.Score(eval.Read(c), g)
	if *asJSON {
		return export.JSON(env.Stdout, rep)
	}
	rep.WriteTable(env.Stdout, *misses)
	return nil
}
