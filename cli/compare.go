package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/export"
)

func runCompare(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "compare", "[A B]")
	asJSON := fs.Bool("json", false, `print JSON: {"a","b","similarity","shared":[{"a_passage","b_passage","a_text","b_text","kind"}],"only_a","only_b","shared_quotes","relation"}; without A B, {"matrix","stories","events"}`)
	asCSV := fs.Bool("csv", false, "print CSV: kind,a_passage,b_passage,score,a_text,b_text; without A B, the matrix: a,b,share_a,share_b,overlap")
	dir := corpusFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if n := fs.NArg(); n != 0 && n != 2 {
		fs.Usage()
		return errUsage
	}
	c, err := loadCorpus(env, *dir)
	if err != nil {
		return err
	}
	cmp := compare.New(c, find.Actors(c))
	if fs.NArg() == 0 {
		if *asCSV {
			return export.MatrixCSV(env.Stdout, cmp.Matrix())
		}
		return printOverview(env, c, cmp, *asJSON)
	}
	a, b := c.Article(fs.Arg(0)), c.Article(fs.Arg(1))
	for i, art := range []*corpus.Article{a, b} {
		if art == nil {
			return fmt.Errorf("no article %q in the corpus: `parallax list` shows the ids (%s)", fs.Arg(i), strings.Join(ids(c), ", "))
		}
	}
	r := cmp.Compare(a, b)
	switch {
	case *asJSON:
		return export.JSON(env.Stdout, r)
	case *asCSV:
		return export.ComparisonCSV(env.Stdout, r)
	}
	fmt.Fprintf(env.Stdout, "%s (%s) vs %s (%s): %s\n", a.ID, a.Outlet, b.ID, b.Outlet, r.Verdict)
	for _, e := range r.Evidence {
		fmt.Fprintf(env.Stdout, "  - %s\n", e)
	}
	fmt.Fprintf(env.Stdout, "shared passages: %d; only in A: %d; only in B: %d; shared quotes: %d\n", len(r.Shared), len(r.OnlyA), len(r.OnlyB), len(r.Quotes))
	for _, p := range r.Shared {
		fmt.Fprintf(env.Stdout, "  %-10s %s ~ %s\n", p.Kind, p.APassage, p.BPassage)
	}
	return nil
}

func printOverview(env *Env, c *corpus.Corpus, cmp *compare.Comparer, asJSON bool) error {
	m, s, ev := cmp.Matrix(), cmp.Stories(), cmp.Events()
	if asJSON {
		return export.JSON(env.Stdout, struct {
			Matrix  []compare.Cell  `json:"matrix"`
			Stories []compare.Story `json:"stories"`
			Events  []compare.Event `json:"events"`
		}{m, s, ev})
	}
	for _, e := range ev {
		fmt.Fprintf(env.Stdout, "event: %s: %s (first: %s)\n", e.Label, strings.Join(e.Articles, ", "), e.First)
		for _, c := range e.Copies {
			fmt.Fprintf(env.Stdout, "  %s is a %s of %s\n", c.Article, c.Relation, c.Of)
		}
	}
	for _, cell := range m {
		fmt.Fprintf(env.Stdout, "%-26s %-26s %3.0f%% / %3.0f%%\n", cell.A, cell.B, cell.ShareA*100, cell.ShareB*100)
	}
	for _, st := range s {
		fmt.Fprintf(env.Stdout, "story (%s): %s\n", strings.Join(st.Terms, ", "), strings.Join(st.Outlets, "; "))
	}
	return nil
}

func ids(c *corpus.Corpus) []string {
	out := make([]string, len(c.Articles))
	for i, a := range c.Articles {
		out[i] = a.ID
	}
	return out
}
