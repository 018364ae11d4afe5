package compare

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
)

// EventsPerPage is how many events a page of published events holds.
const EventsPerPage = 50

// EventPage is one file of the events a site too large to compare in the
// page publishes (largest events first), with what the page shows of each
// of their articles. Its JSON form is read by the page: add fields, never
// rename them.
type EventPage struct {
	// Total is how many events all pages hold, Pages how many pages
	// there are, and PairFiles how many files the pairs' comparisons
	// are spread over (PairFileOf).
	Total     int     `json:"total"`
	Pages     int     `json:"pages"`
	PairFiles int     `json:"pair_files"`
	Events    []Event `json:"events"`
	// Articles are the title, outlet and date of every article of
	// Events, by id.
	Articles map[string]ArticleInfo `json:"articles"`
}

// ArticleInfo is what a list of articles shows of one.
type ArticleInfo struct {
	Title     string `json:"title"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
}

// PairFile holds the comparisons of the pairs of articles that joined
// published events, those whose PairFileOf is this file's number.
type PairFile struct {
	Pairs []Result `json:"pairs"`
	// Names are the names of the actors the comparisons name, by id.
	Names map[string]string `json:"names"`
}

// Find returns the comparison of articles a and b, in either order, and
// whether the file holds it.
func (f *PairFile) Find(a, b string) (Result, bool) {
	for _, r := range f.Pairs {
		if r.A == a && r.B == b || r.A == b && r.B == a {
			return r, true
		}
	}
	return Result{}, false
}

// PairFileOf is the number of the pair file holding the comparison of
// articles a and b (in either order), of files in all.
func PairFileOf(a, b string, files int) int {
	if files <= 0 {
		return 0
	}
	h := fnv.New32a()
	io.WriteString(h, min(a, b))
	io.WriteString(h, "\x00")
	io.WriteString(h, max(a, b))
	return int(h.Sum32() % uint32(files))
}

// maxPublished is the most bytes a published file may inflate to: more
// is a damaged or hostile file, not one a build wrote.
const maxPublished = 64 << 20

// Encode writes v as gzip-compressed JSON, the form of published files.
func Encode(v any) ([]byte, error) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if err := json.NewEncoder(zw).Encode(v); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Decode reads a published file (gzip-compressed JSON, or plain JSON
// where a host inflated it) into v.
func Decode(data []byte, v any) error {
	var r io.Reader = bytes.NewReader(data)
	if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return fmt.Errorf("the file is damaged (%v)", err)
		}
		r = zr
	}
	body, err := io.ReadAll(io.LimitReader(r, maxPublished+1))
	if err != nil {
		return fmt.Errorf("the file is damaged (%v)", err)
	}
	if len(body) > maxPublished {
		return errors.New("the file is larger than any a build writes")
	}
	if err := json.Unmarshal(body, v); err != nil {
		return fmt.Errorf("the file is damaged (%v)", err)
	}
	return nil
}
