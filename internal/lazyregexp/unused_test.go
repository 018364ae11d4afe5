//go:build !js

package lazyregexp

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestUnusedPatternsLeftOut builds a program that declares two patterns
// and uses one, with inlining off in the declaring package as the
// release build has it in package corpus, and finds only the used one's
// text in the binary: a pattern no reachable code uses costs the page
// nothing.
func TestUnusedPatternsLeftOut(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program")
	}
	const pkg = "github.com/parallax-news/parallax/internal/lazyregexp/testdata/unused"
	out := filepath.Join(t.TempDir(), "unused")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-gcflags="+pkg+"=-l", "-o", out, "./testdata/unused")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, msg)
	}
	bin, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(bin, []byte("used-pattern-[a-z]+")) {
		t.Fatal("the used pattern is not in the binary: has the program changed?")
	}
	if bytes.Contains(bin, []byte("unused-pattern-[a-z]+")) {
		t.Error("the binary holds a pattern no code uses: declare patterns as &lazyregexp.Regexp{Expr: …}, which the linker can leave out")
	}
}
