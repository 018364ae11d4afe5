package corpus

import (
	"errors"
	"fmt"
	"strings"

	"github.com/parallax-news/parallax/internal/record"
)

// SnapshotFormat names the snapshot layout; ReadSnapshot refuses others.
const SnapshotFormat = "parallax-corpus/5"

// A snapshot is a cleaned corpus in a form the browser reads without
// cleaning again and without reflection (see package record): in a Go
// wasm, every function runs cold once, so a reader of a few small loops
// starts far sooner than encoding/json or the cleaner's regular
// expressions. The layout is the format line, then fields in order:
//
//	"parallax-corpus/5\n"
//	name, description, article count
//	per article: id, title, outlet, original source, url, date,
//	  date evidence, source evidence, file, line count
//	per line: number, class (an index into snapshotClasses), text
//	search index (bytes, empty for none)
//	actors (bytes, empty for none)
//	dated events (bytes, empty for none)
//
// Lines hold every raw line with its verdict, from which the article's text,
// passages and sentences are rebuilt; the raw text itself is not kept. The
// search index, the actors and the dated events are what packages search,
// actors and dates derived from these articles at build time, in their own
// formats (see Derived): corpus carries them without reading them.

// snapshotClasses are the line classes in snapshot order: append only.
var snapshotClasses = []LineClass{
	KeptBody, KeptCaption, KeptHeading,
	DroppedTitle, DroppedHeader, DroppedFooter,
	DroppedChrome, DroppedContact, DroppedDuplicate,
	DroppedByline,
}

// Derived is what a build derived from a snapshot's articles, each in the
// format of the package that made it, carried unread ("" for none).
type Derived struct {
	// Index is package search's stored index (search.MarshalIndex).
	Index string
	// Actors are package actors' stored actors (actors.MarshalSet).
	Actors string
	// Events are package dates' stored events (dates.MarshalEvents).
	Events string
}

// MarshalSnapshot encodes a cleaned corpus and what the build derived from
// it for ReadSnapshot: the static build of a corpus folder ships it beside
// app.wasm, and the default corpus is embedded as one, so the browser
// skips the cleaning, the HTML extraction, the indexing and the finding of
// actors the build already did.
func MarshalSnapshot(c *Corpus, d Derived) ([]byte, error) {
	w := record.Writer{B: []byte(SnapshotFormat + "\n")}
	w.Str(c.Name)
	w.Str(c.Description)
	w.Num(len(c.Articles))
	for _, a := range c.Articles {
		for _, s := range a.metaFields() {
			w.Str(*s)
		}
		w.Str(a.File)
		w.Num(len(a.Lines))
		for _, l := range a.Lines {
			class := classIndex(l.Class)
			if class < 0 {
				return nil, fmt.Errorf("article %s, line %d: unknown class %q", a.ID, l.N, l.Class)
			}
			w.Num(l.N)
			w.Num(class)
			w.Str(l.Text)
		}
	}
	w.Str(d.Index)
	w.Str(d.Actors)
	w.Str(d.Events)
	return w.B, nil
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

// ReadSnapshot decodes a snapshot written by MarshalSnapshot: its corpus,
// and what the build derived from it unread, for packages search and
// actors to check and read. A snapshot that is not one, or whose articles
// are broken, is an error naming what is wrong.
func ReadSnapshot(data []byte) (*Corpus, Derived, error) {
	return readSnapshot(string(data))
}

// readSnapshot decodes a snapshot held in a string; the corpus's strings
// and what was derived share its memory.
func readSnapshot(data string) (*Corpus, Derived, error) {
	format, rest, ok := strings.Cut(data, "\n")
	if !ok || len(format) > 64 || !strings.HasPrefix(format, "parallax-corpus/") {
		return nil, Derived{}, errors.New("reading the corpus snapshot: this is not a Parallax corpus snapshot (rebuild the site with `parallax build`)")
	}
	if format != SnapshotFormat {
		return nil, Derived{}, fmt.Errorf("the corpus snapshot has format %q, want %q: rebuild the site with this version of parallax", format, SnapshotFormat)
	}
	r := record.Reader{S: rest}
	c := &Corpus{Name: r.Str(), Description: r.Str()}
	n := r.Count(10) // an article takes at least 10 bytes
	ids := map[string]bool{}
	for i := 0; i < n && r.Err == nil; i++ {
		a := &Article{}
		for _, s := range a.metaFields() {
			*s = r.Str()
		}
		a.File = r.Str()
		if w := a.dropUnsafeURL(); w != "" {
			// A snapshot is a file too: its links obey the same rule.
			a.Warnings = append(a.Warnings, w)
		}
		lines := r.Count(3) // a line takes at least 3 bytes
		if r.Err != nil {
			break
		}
		if !validID(a.ID) || ids[a.ID] {
			return nil, Derived{}, fmt.Errorf("corpus snapshot: article %d has a missing, invalid or repeated id %q", i+1, a.ID)
		}
		ids[a.ID] = true
		a.Lines = make([]Line, 0, lines)
		for j := 0; j < lines && r.Err == nil; j++ {
			l := Line{N: r.Num()}
			class := r.Num()
			l.Text = r.Str()
			if r.Err == nil && (l.N < 1 || class >= len(snapshotClasses)) {
				return nil, Derived{}, fmt.Errorf("corpus snapshot: article %s has a malformed line (number %d, class %d)", a.ID, l.N, class)
			}
			if r.Err == nil {
				l.Class = snapshotClasses[class]
				a.Lines = append(a.Lines, l)
			}
		}
		if r.Err != nil {
			break
		}
		a.build()
		if len(a.Paragraphs) == 0 {
			return nil, Derived{}, fmt.Errorf("corpus snapshot: article %s has no passages", a.ID)
		}
		c.Articles = append(c.Articles, a)
	}
	d := Derived{Index: r.Bytes(), Actors: r.Bytes(), Events: r.Bytes()}
	if r.Err == nil && r.S != "" {
		r.Err = errors.New("bytes after the actors")
	}
	if r.Err != nil {
		return nil, Derived{}, fmt.Errorf("reading the corpus snapshot: it is damaged (%v): rebuild the site with `parallax build`", r.Err)
	}
	if len(c.Articles) == 0 {
		return nil, Derived{}, errors.New("the corpus snapshot holds no articles")
	}
	return c, d, nil
}
