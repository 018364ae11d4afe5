package corpus

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// dump writes what cleaning and segmentation made of an article: every
// dropped line with its reason, every kept block, and each passage's
// sentences, one per line.
func dump(a *Article) string {
	var b strings.Builder
	fmt.Fprintf(&b, "id: %s\ntitle: %s\n\n# lines\n", a.ID, a.Title)
	for _, l := range a.Lines {
		mark := "keep"
		if !l.Class.Kept() {
			mark = "DROP"
		}
		fmt.Fprintf(&b, "L%03d %s %-9s %s\n", l.N, mark, l.Class, clip(l.Text, 70))
	}
	b.WriteString("\n# passages\n")
	for _, blk := range a.Blocks {
		if blk.Paragraph == nil {
			fmt.Fprintf(&b, "## heading: %s\n", blk.Text)
			continue
		}
		p := blk.Paragraph
		fmt.Fprintf(&b, "%s (%s, line %d, bytes %d-%d)\n", p.ID, p.Kind, p.Line, p.Start, p.End)
		for _, s := range p.Sentences {
			fmt.Fprintf(&b, "  s%d: %s\n", s.N, s.Text)
		}
	}
	return b.String()
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// TestGolden compares cleaning and segmentation of each default article with
// testdata/golden/<id>.golden. Run `go test ./corpus -update` after a
// deliberate change and review the diff.
func TestGolden(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatalf("Default() error: %v", err)
	}
	if len(c.Articles) != 5 {
		t.Fatalf("Default() has %d articles, want 5", len(c.Articles))
	}
	for _, a := range c.Articles {
		t.Run(a.ID, func(t *testing.T) {
			got := dump(a)
			path := filepath.Join("testdata", "golden", a.ID+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("reading golden file: %v (run go test ./corpus -update)", err)
			}
			if got != string(want) {
				t.Errorf("cleaning %s differs from %s:\n%s", a.File, path, lineDiff(string(want), got))
			}
		})
	}
}

// lineDiff lists the lines that differ between want and got.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n  want %q\n  got  %q\n", i+1, wl, gl)
		}
	}
	return b.String()
}
