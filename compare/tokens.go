package compare

import (
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/fold"
)

// tok is a word of an article: its folded term, passage and byte span.
type tok struct {
	term       string
	hash       uint64 // of term, for seeds
	passage    int
	start, end int
}

// stream is an article as one sequence of words.
type stream struct {
	art   *corpus.Article
	toks  []tok
	count []int // words per passage
}

// termHash is the 64-bit FNV-1a hash of a term.
func termHash(t string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(t); i++ {
		h ^= uint64(t[i])
		h *= 1099511628211
	}
	return h
}

func newStream(a *corpus.Article) stream {
	s := stream{art: a, count: make([]int, len(a.Paragraphs))}
	for i, p := range a.Paragraphs {
		for _, t := range fold.Tokens(p.Text) {
			s.toks = append(s.toks, tok{t.Term, termHash(t.Term), i, t.Start, t.End})
			s.count[i]++
		}
	}
	return s
}

// numberTail reports whether word i is the part of a number after its
// decimal point or thousands comma ("2" of "15.2", "200" of "1,200").
func (s stream) numberTail(i int) bool {
	t := s.toks[i]
	text := s.art.Paragraphs[t.passage].Text
	return t.start >= 2 && (text[t.start-1] == '.' || text[t.start-1] == ',') && isDigit(text[t.start-2]) && isDigit(text[t.start])
}

// numberHead reports whether word i is the part of a number before its
// decimal point or thousands comma ("15" of "15.2").
func (s stream) numberHead(i int) bool {
	t := s.toks[i]
	text := s.art.Paragraphs[t.passage].Text
	return t.end+1 < len(text) && (text[t.end] == '.' || text[t.end] == ',') && isDigit(text[t.end+1]) && isDigit(text[t.end-1])
}

// stopWords are left out of similarity: they say nothing of content.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true, "to": true,
	"in": true, "on": true, "at": true, "for": true, "with": true, "by": true, "from": true, "as": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"it": true, "its": true, "this": true, "that": true, "these": true, "those": true, "he": true,
	"she": true, "they": true, "his": true, "her": true, "their": true, "them": true, "we": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "could": true, "can": true,
	"not": true, "no": true, "said": true, "says": true, "also": true, "which": true, "who": true,
	"what": true, "after": true, "before": true, "than": true, "more": true, "into": true, "about": true,
	"s": true, "its'": true, "if": true, "so": true, "do": true, "did": true, "does": true, "there": true,
	"all": true, "any": true, "one": true, "two": true, "up": true, "out": true, "over": true,
}

// stem cuts common English endings so that inflections of one word count
// as one ("sanctions", "sanctioned" → "sanction"; "recognised",
// "recognizing" → "recogn"). It is crude on purpose: it only has to make
// two wordings of one fact meet.
func stem(w string) string {
	for _, suf := range []string{"isation", "ization", "ations", "ation", "ising", "izing", "ised", "ized", "ise", "ize", "ings", "ing", "edly", "ed", "ies", "es", "s"} {
		if len(w) > len(suf)+3 && len(w)-len(suf) >= 4 && w[len(w)-len(suf):] == suf {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}
