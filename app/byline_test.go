//go:build !js

package app

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/corpus"
)

// TestBylineSeparators: the byline puts a separator only between two of
// its parts, so a file with a date and no outlet shows no stray dot.
func TestBylineSeparators(t *testing.T) {
	tests := []struct {
		meta corpus.Meta
		want string
	}{
		{corpus.Meta{Outlet: "Coast Daily", Published: "2026-06-16"}, "Coast Daily · 2026-06-16"},
		{corpus.Meta{Published: "2026-06-16"}, "2026-06-16"},
		{corpus.Meta{OriginalSource: "AP", Published: "2026-06-16"}, "from AP · 2026-06-16"},
		{corpus.Meta{Outlet: "Coast Daily"}, "Coast Daily"},
	}
	for _, tt := range tests {
		html := app.HTMLString(renderByline(&corpus.Article{Meta: tt.meta}))
		text := strings.Join(strings.Fields(stripTags(html)), " ")
		if text != tt.want {
			t.Errorf("byline of %+v = %q, want %q", tt.meta, text, tt.want)
		}
	}
}

// stripTags keeps the text of an HTML fragment.
func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}
