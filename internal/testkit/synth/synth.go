// Package synth generates corpora of any size, reproducibly from a seed,
// for benchmarks: articles made of the default corpus's sentences with
// their names and numbers varied, a tenth of them reprints of an earlier
// one (so comparisons find real overlaps). Every article goes through
// corpus.Parse like a user's file.
package synth

import (
	"fmt"
	"math/rand"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/corpus"
)

// Shape of a generated article.
const (
	paragraphsPerArticle = 8
	sentencesPerPara     = 3
	reprintEvery         = 10
)

// Corpus returns n generated articles; the same n and seed give the same
// corpus.
func Corpus(n int, seed int64) (*corpus.Corpus, error) {
	sentences, err := baseSentences()
	if err != nil {
		return nil, err
	}
	r := rand.New(rand.NewSource(seed))
	c := &corpus.Corpus{Name: fmt.Sprintf("Generated corpus (%d articles, seed %d)", n, seed)}
	var bodies []string
	for i := 0; i < n; i++ {
		var body string
		if i > 0 && i%reprintEvery == 0 {
			// A reprint of an earlier article, one paragraph replaced.
			paras := strings.Split(bodies[r.Intn(len(bodies))], "\n\n")
			paras[r.Intn(len(paras))] = paragraph(r, sentences)
			body = strings.Join(paras, "\n\n")
		} else {
			paras := make([]string, paragraphsPerArticle)
			for k := range paras {
				paras[k] = paragraph(r, sentences)
			}
			body = strings.Join(paras, "\n\n")
		}
		bodies = append(bodies, body)
		text := fmt.Sprintf("---\ntitle: Generated article %d\noutlet: Outlet %d\ndate: 2024-%02d-%02d\n---\n%s\n", i, r.Intn(50), 1+r.Intn(12), 1+r.Intn(28), body)
		a, err := corpus.Parse(fmt.Sprintf("gen-%05d.txt", i), []byte(text), corpus.Meta{})
		if err != nil {
			return nil, fmt.Errorf("generated article %d: %v", i, err)
		}
		c.Articles = append(c.Articles, a)
	}
	return c, nil
}

// paragraph joins sentences picked at random, their capitalised words past
// the first given a numbered variant so that vocabularies grow with the
// corpus as real ones do.
func paragraph(r *rand.Rand, sentences []string) string {
	parts := make([]string, sentencesPerPara)
	for i := range parts {
		words := strings.Fields(sentences[r.Intn(len(sentences))])
		for k := 1; k < len(words); k++ {
			if w := []rune(words[k]); unicode.IsUpper(w[0]) && r.Intn(3) == 0 {
				words[k] = strings.TrimRightFunc(words[k], func(c rune) bool { return !unicode.IsLetter(c) }) + fmt.Sprint(r.Intn(500)) + trailing(words[k])
			}
		}
		parts[i] = strings.Join(words, " ")
	}
	return strings.Join(parts, " ")
}

// trailing returns the punctuation at the end of w.
func trailing(w string) string {
	i := strings.LastIndexFunc(w, unicode.IsLetter)
	return w[i+1:]
}
