package corpus

import (
	"strconv"
	"strings"
)

// Corpus is a named set of articles.
type Corpus struct {
	Name        string
	Description string
	Articles    []*Article
}

// Meta is the curated description of an article: what a manifest or front
// matter says about it.
type Meta struct {
	ID             string `json:"id"`
	Title          string `json:"title"`
	Outlet         string `json:"outlet"`
	OriginalSource string `json:"original_source"`
	URL            string `json:"url"`
	// Published is the publication date as YYYY-MM-DD, or "" when unknown.
	Published      string `json:"date"`
	DateEvidence   string `json:"date_evidence"`
	SourceEvidence string `json:"source_evidence"`
}

// Article is one cleaned article.
type Article struct {
	Meta
	// File is the name the article was read from.
	File string
	// Raw is the file's text as given, front matter included.
	Raw string
	// Text is the cleaned text that offsets point into.
	Text string
	// Blocks are the kept blocks in reading order: headings, paragraphs and
	// captions.
	Blocks []Block
	// Paragraphs are the searchable passages (body paragraphs and captions).
	Paragraphs []*Paragraph
	// Lines is every non-blank raw line with the cleaner's verdict.
	Lines []Line
	// Warnings are what the loader left out of the file and why (an
	// address that is not http or https), for the reader to be told.
	Warnings []string
	// SameTextAs names the earlier file of the folder whose article text
	// is this one's, word for word, when there is one: both are kept.
	SameTextAs string
}

// BlockKind says what a kept block of text is.
type BlockKind int

const (
	// Body is a paragraph of the article's prose.
	Body BlockKind = iota
	// Caption is a photo or video caption, usually ending with a credit.
	Caption
	// Heading is a short line inside the article that is not a sentence:
	// a subhead or an inline link to another story. Shown, not searched.
	Heading
)

// String names the kind as it appears in golden files and JSON.
func (k BlockKind) String() string {
	switch k {
	case Body:
		return "body"
	case Caption:
		return "caption"
	case Heading:
		return "heading"
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Block is a kept piece of the article: a heading or a paragraph.
type Block struct {
	Kind BlockKind
	Text string
	// Start and End are byte offsets into Article.Text.
	Start, End int
	// Paragraph is the passage for Body and Caption blocks, nil for headings.
	Paragraph *Paragraph
}

// Paragraph is a passage: the unit that is searched, ranked and compared.
type Paragraph struct {
	ID   string
	N    int
	Kind BlockKind
	Text string
	// Start and End are byte offsets into Article.Text.
	Start, End int
	Sentences  []Sentence
	// Line is the raw line number (1-based) the paragraph came from.
	Line int
}

// Sentence is one sentence of a paragraph.
type Sentence struct {
	ID   string
	N    int
	Text string
	// Start and End are byte offsets into Article.Text.
	Start, End int
}

// Paragraph returns the passage with the given id, or nil.
func (a *Article) Paragraph(id string) *Paragraph {
	for _, p := range a.Paragraphs {
		if p.ID == id {
			return p
		}
	}
	return nil
}

// TitleSuffix ends the id of the passage that holds an article's
// headline: search finds words there, and the actors it names are
// counted there.
const TitleSuffix = "/title"

// TitlePassage returns the article's headline as a passage of its own
// (a Heading, ID a.ID+TitleSuffix), or nil when it has none. The
// passage is made anew on each call and is not among a.Paragraphs; its
// offsets and sentences are unset, as its text is not in a.Text.
func (a *Article) TitlePassage() *Paragraph {
	if strings.TrimSpace(a.Title) == "" {
		return nil
	}
	return &Paragraph{ID: a.ID + TitleSuffix, Kind: Heading, Text: a.Title}
}

// Article returns the article with the given id, or nil.
func (c *Corpus) Article(id string) *Article {
	for _, a := range c.Articles {
		if a.ID == id {
			return a
		}
	}
	return nil
}

// Passages returns the number of passages in the corpus.
func (c *Corpus) Passages() int {
	n := 0
	for _, a := range c.Articles {
		n += len(a.Paragraphs)
	}
	return n
}

// Words returns the number of words in the corpus's passages.
func (c *Corpus) Words() int {
	n := 0
	for _, a := range c.Articles {
		for _, p := range a.Paragraphs {
			n += countWords(p.Text)
		}
	}
	return n
}
