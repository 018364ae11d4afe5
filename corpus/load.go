package corpus

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxArticleBytes is the largest article file Parallax reads. News articles
// are tens of kilobytes; a file this large is a dump or a mistake.
const MaxArticleBytes = 4 << 20

// ManifestFile is the name of the optional metadata file in a corpus folder.
const ManifestFile = "manifest.json"

// isArticleExt reports whether files with the extension ext are read as
// articles.
func isArticleExt(ext string) bool {
	switch ext {
	case ".txt", ".md", ".text":
		return true
	}
	return false
}

// Parse cleans and segments one article file. meta fills in what the file's
// own front matter leaves empty; name is the file name, used for messages and
// as the id of last resort.
func Parse(name string, data []byte, meta Meta) (*Article, error) {
	if err := checkFile(name, data, MaxArticleBytes); err != nil {
		return nil, err
	}
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%s: the file is not UTF-8 text (first bad byte at offset %d): save it as UTF-8", name, firstInvalid(data))
	}
	raw := strings.ReplaceAll(string(data), "\r\n", "\n")
	raw = strings.TrimPrefix(raw, "\ufeff")
	front, body, frontLines, err := splitFrontMatter(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	front.merge(meta)
	urlWarning := front.dropUnsafeURL()
	if front.ID == "" {
		front.ID = idFromName(name)
	}
	if !validID(front.ID) {
		return nil, fmt.Errorf("%s: id %q may only use letters, digits, '-', '_' and '.'", name, front.ID)
	}
	a := &Article{Meta: front, File: name, Raw: raw}
	if urlWarning != "" {
		a.Warnings = append(a.Warnings, urlWarning)
	}
	a.Lines = splitLines(body, frontLines)
	a.Title = classify(a.Lines, a.Title)
	// A file that opens on its story, with no headline line ("Berlin
	// (dpa) - The German government …"), is named by its file, and the
	// reader told why: every list shows a title to click.
	if strings.TrimSpace(a.Title) == "" {
		a.Title = strings.TrimSuffix(path.Base(name), path.Ext(name))
		a.Warnings = append(a.Warnings, "no headline found: the file's name stands for it")
	}
	if a.Published == "" {
		if d, line := headerDate(a.Lines); d != "" {
			a.Published, a.DateEvidence = d, headerDateEvidence(line)
		}
	}
	a.build()
	if len(a.Paragraphs) == 0 && keepLoneSentence(a) {
		a.build()
	}
	if len(a.Paragraphs) == 0 {
		return nil, fmt.Errorf("%s: no article text found (every line looked like page furniture or there were no sentences)", name)
	}
	return a, nil
}

// build assembles Text, Blocks, Paragraphs and Sentences from the kept lines.
func (a *Article) build() {
	var text strings.Builder
	for _, l := range a.Lines {
		var kind BlockKind
		switch l.Class {
		case KeptBody:
			kind = Body
		case KeptCaption:
			kind = Caption
		case KeptHeading:
			kind = Heading
		default:
			continue
		}
		if text.Len() > 0 {
			text.WriteString("\n\n")
		}
		start := text.Len()
		text.WriteString(l.Text)
		b := Block{Kind: kind, Start: start, End: text.Len()}
		if kind != Heading {
			p := &Paragraph{N: len(a.Paragraphs) + 1, Kind: kind, Start: start, End: text.Len(), Line: l.N}
			p.ID = a.ID + "/p" + strconv.Itoa(p.N)
			a.Paragraphs = append(a.Paragraphs, p)
			b.Paragraph = p
		}
		a.Blocks = append(a.Blocks, b)
	}
	a.Text = text.String()
	for i := range a.Blocks {
		b := &a.Blocks[i]
		b.Text = a.Text[b.Start:b.End]
		if p := b.Paragraph; p != nil {
			p.Text = b.Text
			for j, r := range splitSentences(p.Text) {
				s := Sentence{N: j + 1, Start: p.Start + r[0], End: p.Start + r[1]}
				s.ID = p.ID + "/s" + strconv.Itoa(s.N)
				s.Text = a.Text[s.Start:s.End]
				p.Sentences = append(p.Sentences, s)
			}
		}
	}
}

// FileError is a file that could not be read as an article.
type FileError struct {
	File string
	Err  error
}

func (e FileError) Error() string { return e.Err.Error() }

// MaxPageBytes is the largest file a Converter is given: saved news pages
// carry scripts and styles, so they may be larger than their article.
const MaxPageBytes = 32 << 20

// Converter turns a file that is not plain text, such as a saved web page,
// into article text (paragraphs separated by blank lines) and the metadata
// it found.
type Converter func(name string, data []byte) (text []byte, meta Meta, err error)

// Loader reads corpus folders. Converters, by lower-case file extension
// (".html"), read the files that are not plain text; without them, only
// .txt, .md and .text files are articles.
type Loader struct {
	Converters map[string]Converter
	// Progress, when set, is called after each file is read, with how
	// many have been and how many there are.
	Progress func(done, total int)
}

// Load reads a corpus folder with only the plain-text formats: see
// Loader.Load.
func Load(fsys fs.FS, defaultName string) (c *Corpus, skipped []FileError, err error) {
	return Loader{}.Load(fsys, defaultName)
}

// Load reads every article in the root of fsys, with the metadata of an
// optional manifest.json. Files that cannot be read are reported in skipped
// and left out; the rest still load. Load fails only when the folder cannot
// be listed, the manifest is broken, or no article loads at all.
func (l Loader) Load(fsys fs.FS, defaultName string) (c *Corpus, skipped []FileError, err error) {
	var articles []*Article
	c, skipped, err = l.Stream(fsys, defaultName, func(a *Article) error {
		articles = append(articles, a)
		return nil
	})
	if c != nil {
		c.Articles = articles
	}
	return c, skipped, err
}

// Stream reads the articles of fsys as Load does, but hands each to each
// as it is read instead of keeping them, so a corpus larger than memory
// can be indexed: the Corpus it returns has the name and description
// and no articles. Two files with the same text are told apart by a hash
// of it, so Stream keeps no text. An error from each stops it.
func (l Loader) Stream(fsys fs.FS, defaultName string, each func(*Article) error) (c *Corpus, skipped []FileError, err error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, nil, fmt.Errorf("reading the corpus folder: %w", err)
	}
	c = &Corpus{Name: defaultName}
	byFile := map[string]Meta{}
	order := map[string]int{}
	if data, err := fs.ReadFile(fsys, ManifestFile); err == nil {
		m, err := ParseManifest(data)
		if err != nil {
			return nil, nil, err
		}
		if m.Name != "" {
			c.Name = m.Name
		}
		c.Description = m.Description
		for i, e := range m.Articles {
			byFile[e.File] = e.Meta
			order[e.File] = i
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, nil, fmt.Errorf("reading %s: %w", ManifestFile, err)
	}
	names := l.articleFiles(entries)
	// Manifest order first, then the others by name.
	sort.SliceStable(names, func(i, j int) bool {
		oi, iok := order[names[i]]
		oj, jok := order[names[j]]
		switch {
		case iok && jok:
			return oi < oj
		case iok != jok:
			return iok
		}
		return names[i] < names[j]
	})
	ids := map[string]string{}
	texts := map[[sha256.Size]byte]string{}
	kept := 0
	for i, name := range names {
		if l.Progress != nil {
			l.Progress(i, len(names))
		}
		a, err := l.read(fsys, name, byFile[name])
		if err != nil {
			skipped = append(skipped, FileError{name, err})
			continue
		}
		if prev, dup := ids[a.ID]; dup {
			skipped = append(skipped, FileError{name, fmt.Errorf("%s: id %q is already used by %s: give one of them another id", name, a.ID, prev)})
			continue
		}
		// Two files with one text are two outlets carrying the same wire
		// copy (or one saved twice): a finding, never a file to drop.
		sum := sha256.Sum256([]byte(a.Text))
		if prev, dup := texts[sum]; dup {
			a.SameTextAs = prev
		} else {
			texts[sum] = name
		}
		ids[a.ID] = name
		if err := each(a); err != nil {
			return nil, skipped, err
		}
		kept++
	}
	if l.Progress != nil {
		l.Progress(len(names), len(names))
	}
	if kept == 0 {
		tried := "1 file tried"
		if len(names) != 1 {
			tried = strconv.Itoa(len(names)) + " files tried"
		}
		return nil, skipped, fmt.Errorf("no article could be read from the corpus folder (%s): add .txt, .md or saved .html articles", tried)
	}
	return c, skipped, nil
}

// Files returns how many files of the root of fsys Load would try to
// read as articles: a quick count, before reading any.
func (l Loader) Files(fsys fs.FS) (int, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return 0, fmt.Errorf("reading the corpus folder: %w", err)
	}
	return len(l.articleFiles(entries)), nil
}

// articleFiles names the entries that are article files, by extension.
func (l Loader) articleFiles(entries []fs.DirEntry) []string {
	var names []string
	for _, e := range entries {
		ext := strings.ToLower(path.Ext(e.Name()))
		if e.Type().IsRegular() && (isArticleExt(ext) || l.Converters[ext] != nil) && !strings.HasPrefix(e.Name(), ".") {
			names = append(names, e.Name())
		}
	}
	return names
}

// read reads one article file, through its converter if it has one. A file
// too large is refused before it is read.
func (l Loader) read(fsys fs.FS, name string, meta Meta) (*Article, error) {
	convert := l.Converters[strings.ToLower(path.Ext(name))]
	limit := int64(MaxArticleBytes)
	if convert != nil {
		limit = MaxPageBytes
	}
	if info, err := fs.Stat(fsys, name); err == nil && info.Size() > limit {
		return nil, tooLarge(name, info.Size(), limit)
	}
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return Convert(name, data, meta, convert)
}

// Convert parses one file as Parse does, first through convert when it is
// not nil: the metadata given wins over what the converter found.
func Convert(name string, data []byte, meta Meta, convert Converter) (*Article, error) {
	if convert == nil {
		return Parse(name, data, meta)
	}
	if err := checkFile(name, data, MaxPageBytes); err != nil {
		return nil, err
	}
	text, found, err := convert(name, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	meta.merge(found)
	return Parse(name, text, meta)
}

// checkFile refuses an empty file, one over limit bytes, and a binary one,
// whatever its format.
func checkFile(name string, data []byte, limit int) error {
	switch {
	case len(data) == 0:
		return fmt.Errorf("%s: the file is empty", name)
	case len(data) > limit:
		return tooLarge(name, int64(len(data)), int64(limit))
	case bytes.IndexByte(data, 0) >= 0:
		return fmt.Errorf("%s: the file is binary, not text: save the article as UTF-8 text", name)
	}
	return nil
}

// CheckSize refuses an article file of size bytes before it is read, when
// it is over MaxArticleBytes.
func CheckSize(name string, size int64) error {
	if size > MaxArticleBytes {
		return tooLarge(name, size, MaxArticleBytes)
	}
	return nil
}

func tooLarge(name string, size, limit int64) error {
	return fmt.Errorf("%s: %d bytes is larger than the %d-byte limit for one article: split it or keep only the article text", name, size, limit)
}

// idFromName makes an id from a file name: the name without its extension,
// with characters outside [A-Za-z0-9._-] replaced by '-'.
func idFromName(name string) string {
	base := strings.TrimSuffix(path.Base(name), path.Ext(name))
	id := strings.Map(func(r rune) rune {
		if r < utf8.RuneSelf && (r == '-' || r == '_' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return r
		}
		return '-'
	}, base)
	if id == "" {
		id = "article"
	}
	return id
}

func validID(id string) bool {
	return id != "" && idFromName(id+".x") == id
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// keepLoneSentence mends a file of a short first line and one sentence
// ("Talks\n\nThe two leaders met on Wednesday in Beijing."), whose first
// line the cleaner took for a section's label and whose sentence for
// the headline, leaving no text: the first line is the headline and the
// sentence the text. It reports whether it changed a's lines.
func keepLoneSentence(a *Article) bool {
	title, header := -1, -1
	for i, l := range a.Lines {
		switch l.Class {
		case DroppedTitle:
			title = i
		case DroppedHeader:
			if header < 0 && title < 0 {
				header = i
			}
		}
	}
	if title < 0 || header < 0 {
		return false
	}
	t := strings.TrimSpace(a.Lines[title].Text)
	if countWords(t) < 6 || !strings.ContainsAny(t[len(t)-1:], ".!?") {
		return false
	}
	a.Lines[header].Class, a.Lines[title].Class = DroppedTitle, KeptBody
	a.Title = strings.TrimSpace(a.Lines[header].Text)
	return true
}
