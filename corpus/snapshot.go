package corpus

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// SnapshotFormat names the snapshot layout; ReadSnapshot refuses others.
const SnapshotFormat = "parallax-corpus/2"

// A snapshot is a cleaned corpus in a form the browser reads without
// cleaning again and without reflection: in a Go wasm, every function
// runs cold once, so a reader of a few small loops starts far sooner than
// encoding/json or the cleaner's regular expressions. The layout is the
// format line, then fields in order, each string a uvarint length and its
// bytes, each number a uvarint:
//
//	"parallax-corpus/2\n"
//	name, description, article count
//	per article: id, title, outlet, original source, url, date,
//	  date evidence, source evidence, file, line count
//	per line: number, class (an index into snapshotClasses), text
//
// Lines hold every raw line with its verdict, from which the article's text,
// passages and sentences are rebuilt; the raw text itself is not kept.

// snapshotClasses are the line classes in snapshot order: append only.
var snapshotClasses = []LineClass{
	KeptBody, KeptCaption, KeptHeading,
	DroppedTitle, DroppedHeader, DroppedFooter,
	DroppedChrome, DroppedContact, DroppedDuplicate,
}

// MarshalSnapshot encodes a cleaned corpus for ReadSnapshot: the static build
// of a corpus folder ships it beside app.wasm, and the default corpus is
// embedded as one, so the browser skips the cleaning (and the HTML
// extraction) the build already did.
func MarshalSnapshot(c *Corpus) ([]byte, error) {
	w := snapshotWriter{b: []byte(SnapshotFormat + "\n")}
	w.str(c.Name)
	w.str(c.Description)
	w.num(len(c.Articles))
	for _, a := range c.Articles {
		for _, s := range a.metaFields() {
			w.str(*s)
		}
		w.str(a.File)
		w.num(len(a.Lines))
		for _, l := range a.Lines {
			class := classIndex(l.Class)
			if class < 0 {
				return nil, fmt.Errorf("article %s, line %d: unknown class %q", a.ID, l.N, l.Class)
			}
			w.num(l.N)
			w.num(class)
			w.str(l.Text)
		}
	}
	return w.b, nil
}

// metaFields are the article's metadata in snapshot order.
func (a *Article) metaFields() []*string {
	m := &a.Meta
	return []*string{&m.ID, &m.Title, &m.Outlet, &m.OriginalSource, &m.URL, &m.Published, &m.DateEvidence, &m.SourceEvidence}
}

func classIndex(c LineClass) int {
	for i, k := range snapshotClasses {
		if k == c {
			return i
		}
	}
	return -1
}

// ReadSnapshot decodes a corpus written by MarshalSnapshot. A snapshot that
// is not one, or whose articles are broken, is an error naming what is wrong.
func ReadSnapshot(data []byte) (*Corpus, error) {
	return readSnapshot(string(data))
}

// readSnapshot decodes a snapshot held in a string; the corpus's strings
// share its memory.
func readSnapshot(data string) (*Corpus, error) {
	format, rest, ok := strings.Cut(data, "\n")
	if !ok || len(format) > 64 || !strings.HasPrefix(format, "parallax-corpus/") {
		return nil, errors.New("reading the corpus snapshot: this is not a Parallax corpus snapshot (rebuild the site with `parallax build`)")
	}
	if format != SnapshotFormat {
		return nil, fmt.Errorf("the corpus snapshot has format %q, want %q: rebuild the site with this version of parallax", format, SnapshotFormat)
	}
	r := snapshotReader{s: rest}
	c := &Corpus{Name: r.str(), Description: r.str()}
	n := r.count(10) // an article takes at least 10 bytes
	ids := map[string]bool{}
	for i := 0; i < n && r.err == nil; i++ {
		a := &Article{}
		for _, s := range a.metaFields() {
			*s = r.str()
		}
		a.File = r.str()
		lines := r.count(3) // a line takes at least 3 bytes
		if r.err != nil {
			break
		}
		if !validID(a.ID) || ids[a.ID] {
			return nil, fmt.Errorf("corpus snapshot: article %d has a missing, invalid or repeated id %q", i+1, a.ID)
		}
		ids[a.ID] = true
		a.Lines = make([]Line, 0, lines)
		for j := 0; j < lines && r.err == nil; j++ {
			l := Line{N: r.num()}
			class := r.num()
			l.Text = r.str()
			if r.err == nil && (l.N < 1 || class >= len(snapshotClasses)) {
				return nil, fmt.Errorf("corpus snapshot: article %s has a malformed line (number %d, class %d)", a.ID, l.N, class)
			}
			if r.err == nil {
				l.Class = snapshotClasses[class]
				a.Lines = append(a.Lines, l)
			}
		}
		if r.err != nil {
			break
		}
		a.build()
		if len(a.Paragraphs) == 0 {
			return nil, fmt.Errorf("corpus snapshot: article %s has no passages", a.ID)
		}
		c.Articles = append(c.Articles, a)
	}
	if r.err == nil && r.s != "" {
		r.err = errors.New("bytes after the last article")
	}
	if r.err != nil {
		return nil, fmt.Errorf("reading the corpus snapshot: it is damaged (%v): rebuild the site with `parallax build`", r.err)
	}
	if len(c.Articles) == 0 {
		return nil, errors.New("the corpus snapshot holds no articles")
	}
	return c, nil
}

// snapshotWriter appends a snapshot's fields.
type snapshotWriter struct{ b []byte }

func (w *snapshotWriter) num(n int) { w.b = binary.AppendUvarint(w.b, uint64(n)) }

func (w *snapshotWriter) str(s string) {
	w.num(len(s))
	w.b = append(w.b, s...)
}

// snapshotReader reads a snapshot's fields; after the first error every
// read returns zero and err says what was wrong.
type snapshotReader struct {
	s   string
	err error
}

// num reads a uvarint that fits an int.
func (r *snapshotReader) num() int {
	if r.err != nil {
		return 0
	}
	var n uint64
	for i := 0; i < len(r.s) && i < binary.MaxVarintLen64; i++ {
		b := r.s[i]
		n |= uint64(b&0x7f) << (7 * i)
		if b < 0x80 {
			r.s = r.s[i+1:]
			if n > 1<<31-1 {
				r.err = errors.New("a number out of range")
				return 0
			}
			return int(n)
		}
	}
	r.err = errors.New("it ends in the middle of a number")
	return 0
}

// count reads a number of items each at least min bytes long, refusing
// more than the rest of the snapshot can hold.
func (r *snapshotReader) count(min int) int {
	n := r.num()
	if r.err == nil && n > len(r.s)/min {
		r.err = fmt.Errorf("it announces %d items in %d bytes", n, len(r.s))
		return 0
	}
	return n
}

// str reads a length-prefixed string.
func (r *snapshotReader) str() string {
	n := r.num()
	if r.err != nil {
		return ""
	}
	if n > len(r.s) {
		r.err = errors.New("it ends in the middle of a text")
		return ""
	}
	s := r.s[:n]
	if !utf8.ValidString(s) {
		r.err = errors.New("a text that is not UTF-8")
		return ""
	}
	r.s = r.s[n:]
	return s
}
