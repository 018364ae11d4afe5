package corpus

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Manifest describes a folder of articles without touching the files.
type Manifest struct {
	Name        string          `json:"name"`
	Description string          `json:"description"`
	Articles    []ManifestEntry `json:"articles"`
}

// ManifestEntry is the metadata of one file in a Manifest.
type ManifestEntry struct {
	File string `json:"file"`
	Meta
}

// ParseManifest reads a manifest.json.
func ParseManifest(data []byte) (*Manifest, error) {
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("manifest.json is not valid JSON (%v): fix it or remove it to use file names and front matter", err)
	}
	for i, e := range m.Articles {
		if e.File == "" {
			return nil, fmt.Errorf("manifest.json: article %d has no \"file\"", i+1)
		}
		if e.Published != "" {
			d, err := ParseDate(e.Published)
			if err != nil {
				return nil, fmt.Errorf("manifest.json: %s: %v", e.File, err)
			}
			m.Articles[i].Published = d
		}
	}
	return &m, nil
}

// frontMatterField returns the Meta field a front-matter key sets, or
// nil for a key Meta does not hold. Several spellings are accepted for the
// ones people vary. (A switch, not a map: a map filled at start would put
// its code in every binary that imports the package, the page's too,
// which never reads front matter.)
func frontMatterField(m *Meta, key string) *string {
	switch key {
	case "id":
		return &m.ID
	case "title", "headline":
		return &m.Title
	case "outlet", "site":
		return &m.Outlet
	case "original_source", "original":
		return &m.OriginalSource
	case "url":
		return &m.URL
	case "date", "published":
		return &m.Published
	case "date_evidence":
		return &m.DateEvidence
	case "source_evidence":
		return &m.SourceEvidence
	}
	return nil
}

// splitFrontMatter separates front matter from the body. It returns the
// metadata found, the body, and how many lines the front matter took. A file
// that does not start with "---" has no front matter.
func splitFrontMatter(text string) (Meta, string, int, error) {
	var m Meta
	if !strings.HasPrefix(text, "---\n") && text != "---" {
		return m, text, 0, nil
	}
	rest := strings.TrimPrefix(text[len("---"):], "\n")
	end := -1
	lines := 1
	for off := 0; off <= len(rest); {
		nl := strings.IndexByte(rest[off:], '\n')
		line := rest[off:]
		if nl >= 0 {
			line = rest[off : off+nl]
		}
		lines++
		if strings.TrimSpace(line) == "---" {
			end = off
			if nl >= 0 {
				rest = rest[off+nl+1:]
			} else {
				rest = ""
			}
			break
		}
		if nl < 0 {
			break
		}
		off += nl + 1
	}
	if end < 0 {
		return m, text, 0, fmt.Errorf("front matter opened with \"---\" on line 1 is never closed: add a line \"---\" after the last key")
	}
	header := text[len("---\n") : len("---\n")+end]
	for i, line := range strings.Split(header, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			return m, text, 0, fmt.Errorf("front matter line %d %q is not \"key: value\"", i+2, line)
		}
		key = strings.ToLower(strings.TrimSpace(key))
		field := frontMatterField(&m, key)
		if field == nil {
			// Unknown keys are kept out of the model but are not an error:
			// other tools write front matter with fields of their own.
			continue
		}
		*field = unquote(strings.TrimSpace(value))
	}
	if m.Published != "" {
		d, err := ParseDate(m.Published)
		if err != nil {
			return m, text, 0, fmt.Errorf("front matter: %v", err)
		}
		m.Published = d
	}
	return m, rest, lines, nil
}

func unquote(v string) string {
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
		return v[1 : len(v)-1]
	}
	return v
}

// dateLayouts are the date forms accepted in metadata.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339,
	"2006-01-02 15:04",
	"2006-01-02T15:04",
	"2 January 2006",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 Jan 2006",
	"2006/01/02",
}

// ParseDate reads a publication date in one of the common forms and returns
// it as YYYY-MM-DD.
func ParseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	return "", fmt.Errorf("date %q is not a date Parallax reads: write it as YYYY-MM-DD", s)
}

// merge fills the empty fields of m from other.
func (m *Meta) merge(other Meta) {
	fill := func(dst *string, src string) {
		if *dst == "" {
			*dst = src
		}
	}
	fill(&m.ID, other.ID)
	fill(&m.Title, other.Title)
	fill(&m.Outlet, other.Outlet)
	fill(&m.OriginalSource, other.OriginalSource)
	fill(&m.URL, other.URL)
	fill(&m.Published, other.Published)
	fill(&m.DateEvidence, other.DateEvidence)
	fill(&m.SourceEvidence, other.SourceEvidence)
}
