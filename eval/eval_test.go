package eval

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/parallax-news/parallax/corpus"
)

// A made-up annotated folder: two articles, one with a headline the
// annotation disagrees with, one gold person Parallax cannot find (named
// only in a lower-case phrase), and one pair.
var folder = fstest.MapFS{
	"a.txt": {Data: []byte("Dam fails in Valdoro valley\n\nVALDORO (Wire) - A dam failed on Monday night and flooded four villages, regional officials said in a statement on Tuesday.\n\n“We had only minutes to wake people up,” said Marta Quiroga, the head of the civil protection agency.\n")},
	"b.txt": {Data: []byte("Thousands flee dam flood\n\nVALDORO (Wire) - A dam failed on Monday night and flooded four villages, regional officials said in a statement on Tuesday.\n\n“We had only minutes to wake people up,” said Marta Quiroga, the head of the civil protection agency.\n")},
	"MANIFEST.tsv": {Data: []byte("file\tsite\twire_source\tdate\ttitle\turl\tstory\tevent\tactors\n" +
		"a\tx\tWire\t2026-03-03\tDam fails in Valdoro valley\t\tS\tE\tMarta Quiroga; Valdoro\n" +
		"b\ty\tWire\t2026-03-03\tA headline the file does not have\t\tS\tE\tMarta Quiroga\n")},
	"ALIASES.tsv": {Data: []byte("file\tcanonical_name\tkind\tsurface_forms\n" +
		"a\tMarta Quiroga\tperson\tMarta Quiroga\n" +
		"a\tValdoro\tplace\tVALDORO\n" +
		"a\tthe unnamed engineer\tperson\tthe engineer\n" +
		"b\tMarta Quiroga\tperson\tMarta Quiroga\n")},
	"QUOTES.tsv":  {Data: []byte("file\tspeaker\tquote_start\na\tMarta Quiroga\tWe had only minutes to wake people\n")},
	"PAIRS.tsv":   {Data: []byte("file_a\tfile_b\trelation\tevidence\na\tb\treprint\tsame text\n")},
	"QUERIES.tsv": {Data: []byte("query\tfiles\twhy\nQuiroga\ta b\tboth\nShoigu\t\tnone\n")},
}

func TestScore(t *testing.T) {
	g, err := ReadGold(folder)
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := corpus.Load(folder, "made-up")
	if err != nil {
		t.Fatal(err)
	}
	rep := Score(Read(c), g)
	checks := []struct {
		name      string
		got, want Ratio
	}{
		{"headlines", rep.Headlines, Ratio{1, 2}},
		{"all kinds", rep.AllKinds, Ratio{3, 4}},
		{"quotes", rep.Quotes, Ratio{1, 1}},
		{"queries", rep.Queries, Ratio{2, 2}},
		{"relations", rep.Relations, Ratio{1, 1}},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("Score: %s = %+v, want %+v", c.name, c.got, c.want)
		}
	}
	if rep.Events == nil || *rep.Events != (EventScore{Gold: 1, System: 1, Both: 1}) {
		t.Errorf("Score: events = %+v, want the one annotated pair joined", rep.Events)
	}
	if rep.Persons.Gold != 3 || rep.Persons.Found != 2 || rep.Persons.System != 2 || rep.Persons.Precise != 2 {
		t.Errorf("Score: persons = %+v, want 2 of 3 found and 2 of 2 precise", rep.Persons)
	}
	if len(rep.Lost) != 0 || len(rep.Misses.Headlines) != 1 || rep.Misses.Headlines[0].File != "b" {
		t.Errorf("Score: lost %v, headline misses %+v; want none lost and b's headline missed", rep.Lost, rep.Misses.Headlines)
	}
	var table strings.Builder
	rep.WriteTable(&table, true)
	for _, want := range []string{"headlines right                    0.500  (1 of 2)", "persons recall", "the unnamed engineer"} {
		if !strings.Contains(table.String(), want) {
			t.Errorf("WriteTable lacks %q:\n%s", want, table.String())
		}
	}
}

func TestReadGoldErrors(t *testing.T) {
	tests := []struct {
		name string
		fs   fstest.MapFS
		want string
	}{
		{"no manifest", fstest.MapFS{"a.txt": {Data: []byte("x")}}, "MANIFEST.tsv is missing"},
		{"a column missing", fstest.MapFS{"MANIFEST.tsv": {Data: []byte("file\tsite\n")}}, `no "title" column`},
		{"an unknown relation", fstest.MapFS{
			"MANIFEST.tsv": {Data: []byte("file\ttitle\n")},
			"PAIRS.tsv":    {Data: []byte("file_a\tfile_b\trelation\na\tb\tcousins\n")}}, `relation "cousins"`},
	}
	for _, tt := range tests {
		if _, err := ReadGold(tt.fs); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: ReadGold error = %v, want one containing %q", tt.name, err, tt.want)
		}
	}
}

func TestKey(t *testing.T) {
	for _, tt := range []struct{ a, b string }{
		{"Kim Jong-un", "kim jong un"},
		{"Tomás Echeverría", "Tomas Echeverria"},
		{"Putin's", "Putin"},
		{"U.S.", "US"},
	} {
		if Key(tt.a) != Key(tt.b) {
			t.Errorf("Key(%q) = %q, Key(%q) = %q; want them equal", tt.a, Key(tt.a), tt.b, Key(tt.b))
		}
	}
}
