package compare

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/corpus"
)

// TestSources: two outlets report one event; each quotes the mayor, one
// also quotes a resident the other names but does not quote.
func TestSources(t *testing.T) {
	lead := "The river rose above its banks on Monday night and flooded the lower town, officials said on Tuesday morning.\n\n"
	a := parse(t, "a.txt", "---\noutlet: Outlet A\n---\nFlood in the lower town\n\n"+lead+
		"“We will rebuild every house on the river,” said Mayor Lena Ortiz.\n\n"+
		"“The water came up through the floor in minutes,” said Piet Varga, who lives by the bridge.\n")
	b := parse(t, "b.txt", "---\noutlet: Outlet B\n---\nLower town flooded\n\n"+lead+
		"Mayor Lena Ortiz said: “We will rebuild every house on the river.”\n\n"+
		"Residents such as Piet Varga spent the night on their roofs.\n")
	c := &corpus.Corpus{Articles: []*corpus.Article{a, b}}
	report := Sources(c, find.Actors(c))
	if len(report) != 2 || report[0].Outlet != "Outlet A" || report[1].Outlet != "Outlet B" {
		t.Fatalf("Sources = %+v, want Outlet A then Outlet B", report)
	}
	speakers := func(s Sourcing) string {
		var out []string
		for _, sp := range s.Speakers {
			out = append(out, sp.Name)
		}
		return strings.Join(out, ", ")
	}
	if got := speakers(report[0]); got != "Lena Ortiz, Piet Varga" {
		t.Errorf("Outlet A quotes %q, want Lena Ortiz, Piet Varga", got)
	}
	if got := speakers(report[1]); got != "Lena Ortiz" {
		t.Errorf("Outlet B quotes %q, want Lena Ortiz", got)
	}
	if len(report[0].Missing) != 0 {
		t.Errorf("Outlet A leaves out %+v, want nothing", report[0].Missing)
	}
	if m := report[1].Missing; len(m) != 1 || m[0].Name != "Piet Varga" || len(m[0].CarriedBy) != 1 || m[0].CarriedBy[0] != "Outlet A" {
		t.Errorf("Outlet B leaves out %+v, want Piet Varga's quotation, carried by Outlet A", m)
	}
}
