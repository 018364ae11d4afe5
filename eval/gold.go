package eval

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// Gold is the hand annotation of a corpus folder.
type Gold struct {
	Articles []GoldArticle
	Actors   []GoldActor
	Quotes   []GoldQuote
	Pairs    []GoldPair
	Queries  []GoldQuery
	// Has says which annotation files were present, by file name.
	Has map[string]bool
}

// GoldArticle is one row of MANIFEST.tsv.
type GoldArticle struct {
	File, Site, WireSource, Date, Title, URL, Story, Event string
	// Actors are the canonical names of the article's key actors.
	Actors []string
}

// GoldActor is one row of ALIASES.tsv: an actor as one file names it.
type GoldActor struct {
	File, Name, Kind string
	Surfaces         []string
}

// GoldQuote is one row of QUOTES.tsv.
type GoldQuote struct {
	File, Speaker, Start string
}

// GoldPair is one row of PAIRS.tsv.
type GoldPair struct {
	A, B, Relation, Evidence string
}

// GoldQuery is one row of QUERIES.tsv.
type GoldQuery struct {
	Query string
	Files []string
	Why   string
}

// The annotation files.
const (
	ManifestFile = "MANIFEST.tsv"
	AliasesFile  = "ALIASES.tsv"
	QuotesFile   = "QUOTES.tsv"
	PairsFile    = "PAIRS.tsv"
	QueriesFile  = "QUERIES.tsv"
)

// Relations are the pair relations of the format, in the order reports
// list them.
var Relations = []string{"reprint", "rewrite", "same-event", "same-topic", "unrelated"}

// ReadGold reads the annotation files of a folder. MANIFEST.tsv must be
// there; the others are optional.
func ReadGold(fsys fs.FS) (*Gold, error) {
	g := &Gold{Has: map[string]bool{}}
	err := readTable(fsys, ManifestFile, g.Has, []string{"file", "title"}, func(r row) error {
		a := GoldArticle{File: r.get("file"), Site: r.get("site"), WireSource: r.get("wire_source"), Date: r.get("date"),
			Title: r.get("title"), URL: r.get("url"), Story: r.get("story"), Event: r.get("event")}
		a.Actors = splitList(r.get("actors"), ";")
		g.Articles = append(g.Articles, a)
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s is missing: an annotated folder needs at least it (see EVAL-FORMAT.md)", ManifestFile)
	}
	if err != nil {
		return nil, err
	}
	steps := []struct {
		file string
		cols []string
		add  func(row) error
	}{
		{AliasesFile, []string{"file", "canonical_name", "kind", "surface_forms"}, func(r row) error {
			g.Actors = append(g.Actors, GoldActor{File: r.get("file"), Name: r.get("canonical_name"), Kind: strings.ToLower(r.get("kind")), Surfaces: splitList(r.get("surface_forms"), "|")})
			return nil
		}},
		{QuotesFile, []string{"file", "speaker", "quote_start"}, func(r row) error {
			g.Quotes = append(g.Quotes, GoldQuote{File: r.get("file"), Speaker: r.get("speaker"), Start: r.get("quote_start")})
			return nil
		}},
		{PairsFile, []string{"file_a", "file_b", "relation"}, func(r row) error {
			rel := strings.ToLower(r.get("relation"))
			if !knownRelation(rel) {
				return fmt.Errorf("relation %q is not one of %s", rel, strings.Join(Relations, ", "))
			}
			g.Pairs = append(g.Pairs, GoldPair{A: r.get("file_a"), B: r.get("file_b"), Relation: rel, Evidence: r.get("evidence")})
			return nil
		}},
		{QueriesFile, []string{"query", "files"}, func(r row) error {
			g.Queries = append(g.Queries, GoldQuery{Query: r.get("query"), Files: splitFiles(r.get("files")), Why: r.get("why")})
			return nil
		}},
	}
	for _, s := range steps {
		if err := readTable(fsys, s.file, g.Has, s.cols, s.add); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	return g, nil
}

func knownRelation(r string) bool {
	for _, k := range Relations {
		if k == r {
			return true
		}
	}
	return false
}

// row is one data row of a table, read by column name.
type row struct {
	cols   map[string]int
	fields []string
}

func (r row) get(col string) string {
	i, ok := r.cols[col]
	if !ok || i >= len(r.fields) {
		return ""
	}
	return strings.TrimSpace(r.fields[i])
}

// readTable reads a TSV file with a header row, calling add for each
// non-blank row. It fails when a required column is missing.
func readTable(fsys fs.FS, name string, has map[string]bool, required []string, add func(row) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	has[name] = true
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	var cols map[string]int
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		fields := strings.Split(line, "\t")
		if cols == nil {
			cols = map[string]int{}
			for i, h := range fields {
				cols[strings.ToLower(strings.TrimSpace(h))] = i
			}
			for _, c := range required {
				if _, ok := cols[c]; !ok {
					return fmt.Errorf("%s: the header has no %q column (it has %s)", name, c, strings.Join(fields, ", "))
				}
			}
			continue
		}
		if err := add(row{cols, fields}); err != nil {
			return fmt.Errorf("%s line %d: %v", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	return nil
}

// splitList splits a cell into its non-empty, trimmed items.
func splitList(s, sep string) []string {
	var out []string
	for _, p := range strings.Split(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// splitFiles splits QUERIES' files cell, which writers separate by
// commas, semicolons or spaces.
func splitFiles(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '|' || r == ' ' })
}
