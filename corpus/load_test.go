package corpus

import (
	"io/fs"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

const prose = "Officials from both governments met in the capital on Friday to discuss the corridor, a spokesman said.\n"

func TestParseFrontMatter(t *testing.T) {
	src := "---\ntitle: \"Grain talks\"\noutlet: Example News\ndate: June 19, 2024\nurl: https://example.org/a\nunknown: kept out\n---\n" + prose
	a, err := Parse("x.md", []byte(src), Meta{Outlet: "ignored", OriginalSource: "Wire"})
	if err != nil {
		t.Fatalf("Parse error: %v", err)
	}
	want := Meta{ID: "x", Title: "Grain talks", Outlet: "Example News", OriginalSource: "Wire", URL: "https://example.org/a", Published: "2024-06-19"}
	if a.Meta != want {
		t.Errorf("Parse meta = %+v, want %+v", a.Meta, want)
	}
	if len(a.Lines) != 1 || a.Lines[0].N != 8 {
		t.Errorf("Parse lines = %+v, want one line numbered 8 (after the front matter)", a.Lines)
	}
}

// TestParseBadInput checks that each kind of bad file gets an error that
// names the file and the problem, never a panic.
func TestParseBadInput(t *testing.T) {
	tests := []struct {
		name, data, wantErr string
	}{
		{"empty.txt", "", "empty"},
		{"binary.txt", "PK\x03\x04\x00\x00", "binary"},
		{"latin1.txt", "caf\xe9 " + prose, "not UTF-8"},
		{"open.txt", "---\ntitle: x\n" + prose, "never closed"},
		{"badkey.txt", "---\njust words\n---\n" + prose, "key: value"},
		{"baddate.txt", "---\ndate: last Tuesday\n---\n" + prose, "YYYY-MM-DD"},
		{"chrome.txt", "Subscribe\nShare\n0 Comments\n", "no article text"},
		{"huge.txt", strings.Repeat(prose, MaxArticleBytes/len(prose)+1), "limit"},
		{"badid.txt", "---\nid: a/b\n---\n" + prose, "may only use"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.name, []byte(tt.data), Meta{})
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), tt.name) {
			t.Errorf("Parse(%s) error = %v, want one naming the file and containing %q", tt.name, err, tt.wantErr)
		}
	}
}

// TestLoadKeepsGoodFiles checks that bad files are reported and skipped while
// the rest load, that duplicate ids are refused, and that a file with
// another's text is kept and says so.
func TestLoadKeepsGoodFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt":       {Data: []byte(prose)},
		"b.txt":       {Data: []byte{0xff, 0xfe, 0x00}},
		"c.md":        {Data: []byte("---\nid: a\n---\n" + prose)},
		"notes.json":  {Data: []byte("{}")},
		".hidden.txt": {Data: []byte(prose)},
		"d.txt":       {Data: []byte("---\nid: copy\n---\n" + prose)},
	}
	c, skipped, err := Load(fsys, "test")
	if err != nil {
		t.Fatalf("Load error: %v", err)
	}
	if len(c.Articles) != 2 || c.Articles[0].ID != "a" || c.Articles[1].ID != "copy" {
		t.Errorf("Load articles = %d, want a and copy (the same text as a, kept)", len(c.Articles))
	} else if c.Articles[1].SameTextAs != "a.txt" || c.Articles[0].SameTextAs != "" {
		t.Errorf("Load SameTextAs = %q, %q; want \"\" and a.txt", c.Articles[0].SameTextAs, c.Articles[1].SameTextAs)
	}
	if len(skipped) != 2 || skipped[0].File != "b.txt" || skipped[1].File != "c.md" {
		t.Errorf("Load skipped = %v, want b.txt (binary) and c.md (duplicate id)", skipped)
	}
	if _, _, err := Load(fstest.MapFS{"x.txt": {Data: nil}}, "t"); err == nil {
		t.Errorf("Load of a folder with only an empty file succeeded, want an error")
	}
	if _, _, err := Load(fstest.MapFS{"manifest.json": {Data: []byte("{")}, "a.txt": {Data: []byte(prose)}}, "t"); err == nil || !strings.Contains(err.Error(), "manifest.json") {
		t.Errorf("Load with a broken manifest error = %v, want one naming manifest.json", err)
	}
}

// TestDefaultMetadata checks that every default article has its curated
// metadata, evidence included.
func TestDefaultMetadata(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range c.Articles {
		if a.Title == "" || a.Outlet == "" || a.Published == "" || a.DateEvidence == "" || a.SourceEvidence == "" || a.OriginalSource == "" {
			t.Errorf("article %s lacks curated metadata: %+v", a.ID, a.Meta)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(prose))
	f.Add([]byte("---\ntitle: a\n---\n" + prose))
	f.Add([]byte("“Quote.” Mr. X said. U.S. forces. 4.8 m."))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse("fuzz.txt", data, Meta{})
		if err != nil {
			return
		}
		for _, p := range a.Paragraphs {
			if a.Text[p.Start:p.End] != p.Text {
				t.Fatalf("paragraph %s offsets wrong", p.ID)
			}
			for _, s := range p.Sentences {
				if s.Start < p.Start || s.End > p.End || s.Start > s.End {
					t.Fatalf("sentence %s [%d,%d) outside paragraph [%d,%d)", s.ID, s.Start, s.End, p.Start, p.End)
				}
			}
		}
	})
}

func BenchmarkParse(b *testing.B) {
	fsys := Articles()
	data, err := fs.ReadFile(fsys, "004_e0cdb2abdf310fed.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("004.txt", data, Meta{}); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzParseManifest(f *testing.F) {
	data, err := fs.ReadFile(Articles(), ManifestFile)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(`{"articles":[{"file":"a.txt","date":"2024-13-01"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseManifest(data)
		if err == nil && m == nil {
			t.Fatal("no manifest and no error")
		}
	})
}

// TestDefaultSnapshotIsCurrent: the embedded snapshot Default reads is the
// default articles as Load cleans them today. (Packages search and actors
// check what it holds derived from them, DefaultDerived.)
func TestDefaultSnapshotIsCurrent(t *testing.T) {
	want, skipped, err := Load(Articles(), DefaultName)
	if err != nil || len(skipped) > 0 {
		t.Fatalf("Load(Articles()) = %v, skipped %v", err, skipped)
	}
	data, err := MarshalSnapshot(want, DefaultDerived())
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != defaultSnapshot {
		t.Fatalf("%s is not the default articles as cleaned now: run `go generate ./corpus` and commit it", DefaultSnapshotFile)
	}
	got, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range want.Articles {
		a.Raw = "" // snapshots do not keep it
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Default differs from Load(Articles()): %d articles named %q, want %d named %q", len(got.Articles), got.Name, len(want.Articles), want.Name)
	}
}

// TestNoHeadlineNamedByFile: a file that opens on its story with no
// headline line is titled by its file's name, and the reader is told
// why; a file with a headline keeps it and no such note.
func TestNoHeadlineNamedByFile(t *testing.T) {
	text := "Berlin (dpa) - The German government wants to speed up deportations with a new law that passed the Cabinet on Wednesday, the interior minister said.\n\nThe draft would let authorities hold people for up to 28 days before deportation.\n"
	a, err := Parse("deportation-law.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "deportation-law" {
		t.Errorf("title = %q, want the file's name %q", a.Title, "deportation-law")
	}
	if !slices.ContainsFunc(a.Warnings, func(w string) bool { return strings.Contains(w, "no headline") }) {
		t.Errorf("warnings %q say nothing of the missing headline", a.Warnings)
	}
	b, err := Parse("with-headline.txt", []byte("German cabinet backs tougher deportation law\n\n"+text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if b.Title != "German cabinet backs tougher deportation law" || len(b.Warnings) != 0 {
		t.Errorf("with a headline: title %q, warnings %q", b.Title, b.Warnings)
	}
}
