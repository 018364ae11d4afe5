package app

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// renderMarked shows text with the [start, end) byte ranges in marks wrapped
// in <mark>. Ranges out of bounds or out of order are ignored, never a panic.
func renderMarked(text string, marks [][2]int) []app.UI {
	return renderMarkedAs(text, marks, "mark", "")
}

// renderMarkedAs is renderMarked with another element and class for the
// marks: a reworded passage's differing words are <em class="differs">.
func renderMarkedAs(text string, marks [][2]int, tag, class string) []app.UI {
	var out []app.UI
	pos := 0
	for _, m := range marks {
		if m[0] < pos || m[1] > len(text) || m[0] >= m[1] {
			continue
		}
		if m[0] > pos {
			out = append(out, app.Text(text[pos:m[0]]))
		}
		el := elemText(tag, text[m[0]:m[1]])
		if class != "" {
			el = el.Class(class)
		}
		out = append(out, el)
		pos = m[1]
	}
	if pos < len(text) {
		out = append(out, app.Text(text[pos:]))
	}
	return out
}
