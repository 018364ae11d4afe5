package synth

import (
	"fmt"
	"math/rand"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/corpus"
)

// Plant is a copy planted in a generated corpus: article Copy reprints
// or rewrites article Of (indexes into the corpus's articles).
type Plant struct {
	Copy, Of int
	// Kind is "reprint" (the same paragraphs, one replaced) or "rewrite"
	// (each paragraph's sentences in another order, one sentence of each
	// replaced, and every other word of the rest dropped).
	Kind string
}

// WithCopies returns n generated articles of which about one in five is a
// planted reprint or rewrite of an earlier one, and the plants: for the
// comparison's benchmark and the test that its candidate pairs miss none.
func WithCopies(n int, seed int64) (*corpus.Corpus, []Plant, error) {
	sentences, err := baseSentences()
	if err != nil {
		return nil, nil, err
	}
	r := rand.New(rand.NewSource(seed))
	c := &corpus.Corpus{Name: fmt.Sprintf("Generated corpus with copies (%d articles, seed %d)", n, seed)}
	var bodies [][]string
	var plants []Plant
	var days []int
	for i := 0; i < n; i++ {
		var paras []string
		day := 1 + r.Intn(27)
		switch {
		case i > 0 && i%10 == 0:
			of := r.Intn(len(bodies))
			paras = append([]string(nil), bodies[of]...)
			paras[r.Intn(len(paras))] = paragraph(r, sentences)
			plants = append(plants, Plant{i, of, "reprint"})
			day = min(days[of]+1, 31) // a copy follows its original by a day
		case i > 0 && i%10 == 5:
			of := r.Intn(len(bodies))
			for _, p := range bodies[of] {
				paras = append(paras, reword(r, p, sentences))
			}
			plants = append(plants, Plant{i, of, "rewrite"})
			day = min(days[of]+1, 31)
		default:
			for range paragraphsPerArticle {
				paras = append(paras, paragraph(r, sentences))
			}
		}
		bodies = append(bodies, paras)
		days = append(days, day)
		text := fmt.Sprintf("---\ntitle: Generated article %d\noutlet: Outlet %d\ndate: 2024-05-%02d\n---\n%s\n", i, i, day, strings.Join(paras, "\n\n"))
		a, err := corpus.Parse(fmt.Sprintf("gen-%05d.txt", i), []byte(text), corpus.Meta{})
		if err != nil {
			return nil, nil, fmt.Errorf("generated article %d: %v", i, err)
		}
		c.Articles = append(c.Articles, a)
	}
	return c, plants, nil
}

// reword rewrites a paragraph: its sentences reversed, one replaced, and
// in the others every third word dropped, so few runs of words survive.
// Names (capitalised words) are kept, as a desk that rewords a story still
// names its people as the story did.
func reword(r *rand.Rand, p string, sentences []string) string {
	parts := strings.SplitAfter(p, ". ")
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	swap := r.Intn(len(parts))
	for k, s := range parts {
		if k == swap {
			parts[k] = sentences[r.Intn(len(sentences))] + " "
			continue
		}
		words := strings.Fields(s)
		var kept []string
		for w, word := range words {
			if w%3 != 1 || unicode.IsUpper(firstRune(word)) {
				kept = append(kept, word)
			}
		}
		parts[k] = strings.Join(kept, " ") + " "
	}
	out := strings.TrimSpace(strings.Join(parts, ""))
	if !strings.HasSuffix(out, ".") {
		out += "."
	}
	return out
}

// baseSentences are the default corpus's sentences of eight words or
// more, which generated articles are made of.
func baseSentences() ([]string, error) {
	base, err := corpus.Default()
	if err != nil {
		return nil, err
	}
	var sentences []string
	for _, a := range base.Articles {
		for _, p := range a.Paragraphs {
			for _, s := range p.Sentences {
				if len(strings.Fields(s.Text)) >= 8 {
					sentences = append(sentences, s.Text)
				}
			}
		}
	}
	return sentences, nil
}

// firstRune is the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
