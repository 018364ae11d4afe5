package cli

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
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
	a, b := articleNamed(c, fs.Arg(0)), articleNamed(c, fs.Arg(1))
	for i, art := range []*corpus.Article{a, b} {
		if art == nil {
			return fmt.Errorf("no article %q in the corpus: %s", fs.Arg(i), idHint(c, fs.Arg(i)))
		}
	}
	r := cmp.Compare(a, b)
	switch {
	case *asJSON:
		return export.JSON(env.Stdout, r)
	case *asCSV:
		return export.ComparisonCSV(env.Stdout, r)
	}
	fmt.Fprintf(env.Stdout, "%s vs %s: %s\n", withOutlet(a), withOutlet(b), r.Verdict)
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

// articleNamed returns the article whose id is name, or whose file name
// is ("testdata/eval/S8_01.txt" is S8_01), or nil.
func articleNamed(c *corpus.Corpus, name string) *corpus.Article {
	if a := c.Article(name); a != nil {
		return a
	}
	base := filepath.Base(name)
	return c.Article(strings.TrimSuffix(base, filepath.Ext(base)))
}

// withOutlet is an article's id and, when the file gave one, its outlet
// in brackets.
func withOutlet(a *corpus.Article) string {
	if a.Outlet == "" {
		return a.ID
	}
	return a.ID + " (" + a.Outlet + ")"
}

// maxHintIDs is how many ids an unknown id's message lists.
const maxHintIDs = 8

// idHint tells the user which ids exist: every one in a small corpus,
// else those that begin as name does, closest first, and how to list all.
func idHint(c *corpus.Corpus, name string) string {
	all := ids(c)
	if len(all) <= maxHintIDs {
		return "`parallax list` shows the ids (" + strings.Join(all, ", ") + ")"
	}
	base := filepath.Base(name)
	base = strings.ToLower(strings.TrimSuffix(base, filepath.Ext(base)))
	common := func(id string) int {
		id = strings.ToLower(id)
		n := 0
		for n < len(id) && n < len(base) && id[n] == base[n] {
			n++
		}
		return n
	}
	close := slices.Clone(all)
	slices.SortStableFunc(close, func(x, y string) int { return common(y) - common(x) })
	close = close[:maxHintIDs]
	return fmt.Sprintf("the closest of its %d ids are %s; `parallax list` shows them all", len(all), strings.Join(close, ", "))
}

func ids(c *corpus.Corpus) []string {
	out := make([]string, len(c.Articles))
	for i, a := range c.Articles {
		out[i] = a.ID
	}
	return out
}
