//go:build !js

package app

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/corpus"
)

// TestMatrixLabelsFiles: plain text files with no outlet and no date are
// labelled by their file's name in the comparison's matrix, never left
// blank, so that a reader can tell the rows apart.
func TestMatrixLabelsFiles(t *testing.T) {
	var arts []*corpus.Article
	for _, f := range []struct{ name, text string }{
		{"leopard-pti.txt", "Leopard captured in Nashik\n\nA leopard that strayed into a housing society in Nashik was tranquilised and captured after a six-hour operation, forest officials said on Wednesday.\n"},
		{"leopard-tv.txt", "Leopard enters Nashik society\n\nA leopard entered a housing society in Nashik on Wednesday morning and was tranquilised and captured after a six-hour operation, officials said.\n"},
	} {
		a, err := corpus.Parse(f.name, []byte(f.text), corpus.Meta{})
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	e := NewEnv(&corpus.Corpus{Articles: arts})
	html := app.HTMLString(renderCompareOverview(e))
	for _, a := range arts {
		if a.Outlet != "" {
			t.Fatalf("%s has outlet %q, want none for this test", a.ID, a.Outlet)
		}
		if !strings.Contains(html, ">"+a.ID+"<") {
			t.Errorf("the matrix does not label %s by its file's name:\n%s", a.ID, html)
		}
	}
	if strings.Contains(html, "<th scope=\"col\"></th>") || strings.Contains(html, "<th scope=\"row\"></th>") {
		t.Errorf("the matrix has a blank label:\n%s", html)
	}
}

// TestCountsNameOnlyGivenOutlets: files that give no outlet count for no
// outlet in the header ("6 articles · 26 passages", not "1 outlet").
func TestCountsNameOnlyGivenOutlets(t *testing.T) {
	a, err := corpus.Parse("a.txt", []byte("Leopard captured in Nashik\n\nA leopard that strayed into a housing society in Nashik was tranquilised and captured after a six-hour operation, forest officials said.\n"), corpus.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := corpus.Parse("b.txt", []byte("Leopard enters Nashik society\n\nA leopard entered a housing society in Nashik on Wednesday morning and was captured, officials said.\n"), corpus.Meta{Outlet: "Nashik Times"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		c    *corpus.Corpus
		want string
	}{
		{&corpus.Corpus{Name: "leopards", Articles: []*corpus.Article{a}}, "1 article · 1 passage"},
		{&corpus.Corpus{Name: "leopards", Articles: []*corpus.Article{a, b}}, "2 articles · 1 outlet · 2 passages"},
	} {
		text := strings.Join(strings.Fields(stripTags(app.HTMLString(renderHeader(&Env{Corpus: tt.c})))), " ")
		if !strings.Contains(text, tt.want) {
			t.Errorf("header reads %q, want %q in it", text, tt.want)
		}
	}
}
