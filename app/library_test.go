package app

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/corpus"
)

const floodArticle = "---\ntitle: Danube floods force evacuations\noutlet: Example Wire\ndate: 2024-09-16\n---\nRescue teams evacuated thousands of residents along the Danube on Monday as the river rose to its highest level in two decades.\n"

func TestLibraryAdd(t *testing.T) {
	base, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	store := &memoryStore{}
	lib, reports := newLibrary(base, store)
	if len(reports) != 0 {
		t.Fatalf("an empty store reported %v", reports)
	}
	baseFile := corpus.Articles()
	first := base.Articles[0]
	raw, err := baseFileBytes(baseFile, first.File)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, data, err string
		note            string
	}{
		{"flood.md", floodArticle, "", ""},
		{"flood.md", floodArticle, "already added", ""},
		{"flood-copy.txt", floodArticle, "", "same article text"},
		{"empty.txt", "", "empty", ""},
		{"photo.txt", "GIF89a\x00\x01", "binary", ""},
		{"latin1.txt", "Caf\xe9 owners said the water reached their doors on Tuesday night.", "not UTF-8", ""},
		{"bad-front.md", "---\ntitle: x\nNo end to the front matter here, on Tuesday night.\n", "never closed", ""},
		{"bad-date.md", "---\ndate: someday\n---\nThe river rose on Tuesday night to its highest level in decades.\n", "not a date", ""},
		{"page.html", "<p>x</p>", "parallax build -corpus", ""},
		{"sheet.csv", "a,b", "only .txt and .md", ""},
		{"again.txt", raw, "", "same article text"},
		{"huge.txt", strings.Repeat("The river rose again. ", corpus.MaxArticleBytes/20), "larger than", ""},
	} {
		r := lib.Add(tc.name, []byte(tc.data))
		if tc.err == "" && r.Err != "" || !strings.Contains(r.Err, tc.err) {
			t.Errorf("Add(%s) error %q, want %q", tc.name, r.Err, tc.err)
		}
		if !strings.Contains(r.Note, tc.note) {
			t.Errorf("Add(%s) note %q, want %q", tc.name, r.Note, tc.note)
		}
	}
	c := lib.Corpus()
	if len(c.Articles) != len(base.Articles)+3 || c.Articles[len(base.Articles)].Title != "Danube floods force evacuations" {
		t.Fatalf("corpus has %d articles, want the %d base ones, the flood and the two files with another's text", len(c.Articles), len(base.Articles))
	}
	if got := c.Articles[len(base.Articles)+1].SameTextAs; got != "flood.md" {
		t.Errorf("flood-copy.txt SameTextAs = %q, want flood.md", got)
	}
	for _, name := range []string{"flood-copy.txt", "again.txt"} {
		if err := lib.Remove(name); err != nil {
			t.Fatal(err)
		}
	}
	if len(base.Articles) != 5 {
		t.Fatalf("adding changed the base corpus: %d articles", len(base.Articles))
	}

	// A reload finds the stored file; removing it drops it for good.
	again, reports := newLibrary(base, store)
	if len(reports) != 0 || len(again.Added()) != 1 {
		t.Fatalf("reload: %d added, reports %v; want the flood back", len(again.Added()), reports)
	}
	if err := again.Remove("flood.md"); err != nil {
		t.Fatal(err)
	}
	if len(again.Added()) != 0 || len(store.files) != 0 {
		t.Errorf("after Remove: %d added, %d stored; want none", len(again.Added()), len(store.files))
	}

	// A full store still adds the file, for this visit, and says so.
	full := &memoryStore{full: true}
	lib, _ = newLibrary(base, full)
	if r := lib.Add("flood.md", []byte(floodArticle)); r.Err != "" || !strings.Contains(r.Note, "this visit only") {
		t.Errorf("Add to a full store = %+v, want it added with a note", r)
	}

	// A stored file that no longer reads is reported and kept.
	broken := &memoryStore{files: map[string]string{"old.txt": ""}}
	if _, reports := newLibrary(base, broken); len(reports) != 1 || reports[0].Name != "old.txt" || len(broken.files) != 1 {
		t.Errorf("a broken stored file: reports %v, store %v; want it reported and kept", reports, broken.files)
	}
}

func baseFileBytes(fsys fs.FS, name string) (string, error) {
	data, err := fs.ReadFile(fsys, name)
	return string(data), err
}
