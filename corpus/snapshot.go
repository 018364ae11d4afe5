package corpus

import (
	"encoding/json"
	"fmt"
)

// SnapshotFormat names the snapshot layout; ReadSnapshot refuses others.
const SnapshotFormat = "parallax-corpus/1"

// snapshot is the JSON form of a cleaned corpus: each article's metadata and
// every raw line with the cleaner's verdict, from which the article's text,
// passages and sentences are rebuilt without cleaning again.
type snapshot struct {
	Format      string            `json:"format"`
	Name        string            `json:"name"`
	Description string            `json:"description,omitempty"`
	Articles    []snapshotArticle `json:"articles"`
}

type snapshotArticle struct {
	Meta
	File  string         `json:"file"`
	Lines []snapshotLine `json:"lines"`
}

// snapshotLine is a line as [number, class, text], to keep snapshots small.
type snapshotLine [3]any

// MarshalSnapshot encodes a cleaned corpus for ReadSnapshot: the static build
// of a corpus folder ships it beside app.wasm, so the browser skips the
// cleaning (and the HTML extraction) the build already did. Raw text is not
// kept; Lines hold every raw line with its verdict.
func MarshalSnapshot(c *Corpus) ([]byte, error) {
	s := snapshot{Format: SnapshotFormat, Name: c.Name, Description: c.Description}
	for _, a := range c.Articles {
		sa := snapshotArticle{Meta: a.Meta, File: a.File}
		for _, l := range a.Lines {
			sa.Lines = append(sa.Lines, snapshotLine{l.N, string(l.Class), l.Text})
		}
		s.Articles = append(s.Articles, sa)
	}
	return json.Marshal(s)
}

// knownClasses are the line classes a snapshot may use.
var knownClasses = map[LineClass]bool{
	KeptBody: true, KeptCaption: true, KeptHeading: true,
	DroppedTitle: true, DroppedHeader: true, DroppedFooter: true,
	DroppedChrome: true, DroppedContact: true, DroppedDuplicate: true,
}

// ReadSnapshot decodes a corpus written by MarshalSnapshot. A snapshot that
// is not one, or whose articles are broken, is an error naming what is wrong.
func ReadSnapshot(data []byte) (*Corpus, error) {
	var s snapshot
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, fmt.Errorf("reading the corpus snapshot: %v (rebuild the site with `parallax build`)", err)
	}
	if s.Format != SnapshotFormat {
		return nil, fmt.Errorf("the corpus snapshot has format %q, want %q: rebuild the site with this version of parallax", s.Format, SnapshotFormat)
	}
	c := &Corpus{Name: s.Name, Description: s.Description}
	ids := map[string]bool{}
	for i, sa := range s.Articles {
		if !validID(sa.ID) || ids[sa.ID] {
			return nil, fmt.Errorf("corpus snapshot: article %d has a missing, invalid or repeated id %q", i+1, sa.ID)
		}
		ids[sa.ID] = true
		a := &Article{Meta: sa.Meta, File: sa.File}
		for _, sl := range sa.Lines {
			l, ok := sl.line()
			if !ok {
				return nil, fmt.Errorf("corpus snapshot: article %s has a malformed line %v", sa.ID, sl)
			}
			a.Lines = append(a.Lines, l)
		}
		a.build()
		if len(a.Paragraphs) == 0 {
			return nil, fmt.Errorf("corpus snapshot: article %s has no passages", sa.ID)
		}
		c.Articles = append(c.Articles, a)
	}
	if len(c.Articles) == 0 {
		return nil, fmt.Errorf("the corpus snapshot holds no articles")
	}
	return c, nil
}

// line converts a decoded [number, class, text] triple.
func (sl snapshotLine) line() (Line, bool) {
	n, ok1 := sl[0].(float64)
	class, ok2 := sl[1].(string)
	text, ok3 := sl[2].(string)
	if !ok1 || !ok2 || !ok3 || n < 1 || n != float64(int(n)) || !knownClasses[LineClass(class)] {
		return Line{}, false
	}
	return Line{N: int(n), Class: LineClass(class), Text: text}, true
}
