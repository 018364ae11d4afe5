package cli

import (
	"strings"
	"testing"
)

// TestProgress: a long step draws its bar, ending at its total on a line
// of its own; a short one draws nothing.
func TestProgress(t *testing.T) {
	var out strings.Builder
	p := newProgress(&out, "reading")
	for i := 0; i <= 3000; i++ {
		p.update(i, 3000)
	}
	p.finish()
	if s := out.String(); !strings.Contains(s, "reading [") || !strings.HasSuffix(s, "3000 of 3000, 0s   \n") {
		t.Errorf("a step of 3000 drew %q", s)
	}
	out.Reset()
	p = newProgress(&out, "reading")
	for i := 0; i <= 10; i++ {
		p.update(i, 10)
	}
	p.finish()
	if out.Len() != 0 {
		t.Errorf("a step of 10 drew %q", out.String())
	}
}
