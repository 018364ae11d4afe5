package synth

import "testing"

func TestCorpusIsReproducible(t *testing.T) {
	a, err := Corpus(30, 7)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Corpus(30, 7)
	c, _ := Corpus(30, 8)
	if len(a.Articles) != 30 {
		t.Fatalf("Corpus(30) has %d articles", len(a.Articles))
	}
	if a.Articles[17].Text != b.Articles[17].Text {
		t.Error("the same seed gave different articles")
	}
	if a.Articles[17].Text == c.Articles[17].Text {
		t.Error("another seed gave the same article")
	}
	if len(a.Articles[3].Paragraphs) != paragraphsPerArticle {
		t.Errorf("article has %d passages, want %d", len(a.Articles[3].Paragraphs), paragraphsPerArticle)
	}
}
