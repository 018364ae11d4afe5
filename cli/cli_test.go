package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/corpus"
)

// run runs the command line in process and returns its exit code and output.
func run(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := Main(context.Background(), args, &Env{Stdout: &out, Stderr: &errOut, Version: "test"})
	return code, out.String(), errOut.String()
}

// TestListJSON checks the public fields of `parallax list --json`.
func TestListJSON(t *testing.T) {
	code, out, stderr := run("list", "--json")
	if code != 0 {
		t.Fatalf("list --json exit %d: %s", code, stderr)
	}
	var items []map[string]any
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatalf("list --json is not a JSON array: %v", err)
	}
	if len(items) != 5 {
		t.Fatalf("list --json has %d articles, want 5", len(items))
	}
	for _, key := range []string{"id", "title", "outlet", "original_source", "url", "published"} {
		if _, ok := items[0][key]; !ok {
			t.Errorf("list --json item lacks %q: %v", key, items[0])
		}
	}
	if items[4]["id"] != "capitalpost-2024-06-19" || items[4]["published"] != "2024-06-19" || items[4]["original_source"] != "The Washington Post" {
		t.Errorf("list --json last item = %v, want the Capital Post reprint of 2024-06-19", items[4])
	}
}

type searchOut struct {
	Query string `json:"query"`
	Hits  []struct {
		Article string   `json:"article"`
		Passage string   `json:"passage"`
		Text    string   `json:"text"`
		Score   float64  `json:"score"`
		Matches [][2]int `json:"matches"`
	} `json:"hits"`
}

// TestSearchJSONShoigu is the foundation's acceptance check: Shoigu is in
// exactly two articles, and every match is the name.
func TestSearchJSONShoigu(t *testing.T) {
	code, out, stderr := run("search", "--json", "Shoigu")
	if code != 0 {
		t.Fatalf("search exit %d: %s", code, stderr)
	}
	var res searchOut
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("search --json: %v", err)
	}
	if res.Query != "Shoigu" {
		t.Errorf("query = %q, want Shoigu", res.Query)
	}
	articles := map[string]bool{}
	for i, h := range res.Hits {
		articles[h.Article] = true
		if !strings.HasPrefix(h.Passage, h.Article+"/p") {
			t.Errorf("hit %d passage %q is not in article %q", i, h.Passage, h.Article)
		}
		if i > 0 && h.Score > res.Hits[i-1].Score {
			t.Errorf("hit %d score %v above hit %d's %v: not best first", i, h.Score, i-1, res.Hits[i-1].Score)
		}
		if len(h.Matches) == 0 {
			t.Errorf("hit %s has no matches", h.Passage)
		}
		for _, m := range h.Matches {
			if got := h.Text[m[0]:m[1]]; got != "Shoigu" {
				t.Errorf("hit %s match %v = %q, want Shoigu", h.Passage, m, got)
			}
		}
	}
	if len(articles) != 2 || !articles["stockmarkets-2023-08-16"] || !articles["breakingnews-2023-07-27"] {
		t.Errorf("Shoigu found in %v, want exactly the two articles that mention him", articles)
	}
}

func TestSearchText(t *testing.T) {
	code, out, _ := run("search", "-limit", "1", "Ramon", "Pacheco")
	if code != 0 || !strings.Contains(out, "[[Ramon]] [[Pacheco]]") {
		t.Errorf("search Ramon Pacheco = %d, %q; want the passage with both names bracketed", code, out)
	}
	code, out, _ = run("search", "xqzvw")
	if code != 0 || !strings.Contains(out, "No passage matches") {
		t.Errorf("search for nothing = %d, %q; want a clear empty answer", code, out)
	}
}

// TestUsageErrors checks that mistakes get exit code 2 and a message.
func TestUsageErrors(t *testing.T) {
	tests := [][]string{
		{},
		{"frobnicate"},
		{"search"},
		{"search", "--nope", "x"},
		{"list", "-corpus"},
	}
	for _, args := range tests {
		code, _, stderr := run(args...)
		if code != 2 || stderr == "" {
			t.Errorf("parallax %q = exit %d, stderr %q; want 2 with a message", args, code, stderr)
		}
	}
	if code, _, stderr := run("search", "-limit", "-3", "x"); code != 1 || !strings.Contains(stderr, "-limit") {
		t.Errorf("search -limit -3 = %d, %q; want exit 1 naming -limit", code, stderr)
	}
}

// TestCorpusFolder checks -corpus with a folder holding good and bad files.
func TestCorpusFolder(t *testing.T) {
	dir := t.TempDir()
	good := "---\ntitle: Grain talks\noutlet: Example News\ndate: 2024-06-01\n---\nMinisters from both countries agreed on Friday to reopen the grain corridor for six months.\n"
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte(good), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte{0, 1, 2}, 0o644)
	page, err := os.ReadFile("../extract/testdata/pages/yahoo-2022-08-15.html")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "saved.html"), page, 0o644)
	code, out, stderr := run("list", "-corpus", dir, "--json")
	if code != 0 || !strings.Contains(out, `"title": "Grain talks"`) {
		t.Errorf("list -corpus = %d, %q; want the good article", code, out)
	}
	// A saved web page is read through the HTML extractor, date included.
	if !strings.Contains(out, `"title": "Russia pledges to ‘expand’ ties with North Korea"`) || !strings.Contains(out, `"published": "2022-08-15"`) {
		t.Errorf("list -corpus = %q; want the saved page's article with its date", out)
	}
	if !strings.Contains(stderr, "bad.txt") || !strings.Contains(stderr, "binary") {
		t.Errorf("list -corpus stderr = %q, want bad.txt named as binary", stderr)
	}
	if code, _, stderr := run("list", "-corpus", filepath.Join(dir, "missing")); code != 1 || stderr == "" {
		t.Errorf("list -corpus missing = %d, %q; want exit 1 with a message", code, stderr)
	}
}

// TestActorsJSON checks the public fields of `parallax actors --json` and
// a few answers a reader can check in the articles.
func TestActorsJSON(t *testing.T) {
	code, out, stderr := run("actors", "--json")
	if code != 0 {
		t.Fatalf("actors --json exit %d: %s", code, stderr)
	}
	var items []struct {
		ID       string         `json:"id"`
		Name     string         `json:"name"`
		Kind     string         `json:"kind"`
		Aliases  []string       `json:"aliases"`
		Roles    []string       `json:"roles"`
		Mentions map[string]int `json:"mentions"`
		Quotes   []struct {
			Article string `json:"article"`
			Passage string `json:"passage"`
			Text    string `json:"text"`
		} `json:"quotes"`
	}
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatalf("actors --json: %v", err)
	}
	byName := map[string]int{}
	for i, it := range items {
		byName[it.Name] = i
		if it.Kind != "person" && it.Kind != "organization" && it.Kind != "place" {
			t.Errorf("actor %s has kind %q", it.Name, it.Kind)
		}
	}
	shoigu, ok := byName["Sergei Shoigu"]
	if !ok {
		t.Fatal("actors --json lacks Sergei Shoigu")
	}
	s := items[shoigu]
	if s.Kind != "person" || len(s.Mentions) != 2 || s.Mentions["stockmarkets-2023-08-16"] == 0 || s.Mentions["breakingnews-2023-07-27"] == 0 {
		t.Errorf("Shoigu = %+v, want a person in the two articles that name him", s)
	}
	if len(s.Quotes) == 0 || !strings.HasPrefix(s.Quotes[0].Passage, s.Quotes[0].Article+"/p") {
		t.Errorf("Shoigu quotes = %+v, want his quotes with their passages", s.Quotes)
	}
	if code, _, stderr := run("actors", "-kind", "planet"); code != 1 || !strings.Contains(stderr, "-kind") {
		t.Errorf("actors -kind planet = %d, %q; want exit 1 naming -kind", code, stderr)
	}
}

// TestCompareJSON checks the public fields of `parallax compare --json A B`.
func TestCompareJSON(t *testing.T) {
	code, out, stderr := run("compare", "--json", "yahoo-2022-08-15", "nowreading-2022-08-16")
	if code != 0 {
		t.Fatalf("compare exit %d: %s", code, stderr)
	}
	var r map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"a", "b", "similarity", "shared", "only_a", "only_b", "shared_quotes"} {
		if _, ok := r[key]; !ok {
			t.Errorf("compare --json lacks %q", key)
		}
	}
	var shared []map[string]any
	json.Unmarshal(r["shared"], &shared)
	if len(shared) == 0 || shared[0]["kind"] != "paraphrase" || shared[0]["a_passage"] != "yahoo-2022-08-15/p3" {
		t.Errorf("shared = %v, want the letter passages as a paraphrase", shared)
	}
	if code, _, stderr := run("compare", "yahoo-2022-08-15", "nope"); code != 1 || !strings.Contains(stderr, `"nope"`) {
		t.Errorf("compare with an unknown id = %d, %q; want exit 1 naming it", code, stderr)
	}
	dir := t.TempDir()
	for name, text := range map[string]string{
		"harbour.txt": "Harbour reopens\n\nThe harbour reopened on Monday after the storm, and the first ferry sailed at noon with 40 passengers.\n",
		"market.txt":  "Market falls\n\nShares fell on Monday as traders waited for the central bank's decision on interest rates.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if code, out, stderr := run("compare", "-corpus", dir, filepath.Join(dir, "harbour.txt"), "market"); code != 0 || !strings.HasPrefix(out, "harbour vs market: ") {
		t.Errorf("compare with a file's path = %d, %q, %q; want the article its name is, named by its id alone", code, out, stderr)
	}
	if code, _, _ := run("compare", "only-one"); code != 2 {
		t.Errorf("compare with one id = %d, want 2", code)
	}
	if code, out, _ := run("compare", "--json"); code != 0 || !strings.Contains(out, `"matrix"`) || !strings.Contains(out, `"stories"`) {
		t.Errorf("compare --json without ids = %d, want the matrix and stories", code)
	}
}

// TestTimelineJSON: the events come in date order, each phrase cut from its
// passage's text by its offsets, and -actor keeps only passages naming the
// actor.
func TestTimelineJSON(t *testing.T) {
	type event struct {
		From      string `json:"from"`
		To        string `json:"to"`
		Precision string `json:"precision"`
		Label     string `json:"label"`
		Phrase    string `json:"phrase"`
		Article   string `json:"article"`
		Passage   string `json:"passage"`
		Start     int    `json:"start"`
		End       int    `json:"end"`
		Text      string `json:"text"`
	}
	read := func(args ...string) []event {
		t.Helper()
		code, out, stderr := run(append([]string{"timeline", "--json"}, args...)...)
		if code != 0 {
			t.Fatalf("timeline --json %v: exit %d: %s", args, code, stderr)
		}
		var items []event
		if err := json.Unmarshal([]byte(out), &items); err != nil {
			t.Fatalf("timeline --json: %v", err)
		}
		return items
	}
	all := read()
	if len(all) == 0 {
		t.Fatal("timeline --json found no event in the default corpus")
	}
	found := false
	for i, e := range all {
		if i > 0 && e.From < all[i-1].From {
			t.Errorf("event %d (%s) comes after %s", i, e.From, all[i-1].From)
		}
		if e.Start < 0 || e.End > len(e.Text) || e.Text[e.Start:e.End] != e.Phrase {
			t.Errorf("event %q: offsets %d:%d do not cut it from its passage", e.Phrase, e.Start, e.End)
		}
		if e.Article == "nowreading-2022-08-16" && e.Phrase == "on February 24" {
			found = e.From == "2022-02-24" && e.To == "2022-02-25" && e.Precision == "day"
		}
	}
	if !found {
		t.Error(`"on February 24" in the article of 16 August 2022 is not placed on 24 February 2022`)
	}
	shoigu := read("-actor", "sergei-shoigu")
	if len(shoigu) == 0 || len(shoigu) >= len(all) {
		t.Fatalf("-actor sergei-shoigu kept %d of %d events, want some but not all", len(shoigu), len(all))
	}
	for _, e := range shoigu {
		if !strings.Contains(e.Text, "Shoigu") && !strings.Contains(e.Text, "defense minister") && !strings.Contains(e.Text, "Defense Minister") {
			t.Errorf("-actor sergei-shoigu kept %s, which does not name him: %q", e.Passage, e.Text)
		}
	}
	if code, _, stderr := run("timeline", "-actor", "nobody"); code != 1 || !strings.Contains(stderr, "parallax actors") {
		t.Errorf("timeline -actor nobody: exit %d, %q; want 1 and a pointer to parallax actors", code, stderr)
	}
}

// TestIDHint: an unknown id in a large corpus names the few ids that
// begin as it does, not every id.
func TestIDHint(t *testing.T) {
	c := &corpus.Corpus{}
	for _, id := range []string{"a1", "a2", "a3", "a4", "a5", "a6", "a7", "b1", "b2", "S897_01"} {
		c.Articles = append(c.Articles, &corpus.Article{Meta: corpus.Meta{ID: id}})
	}
	hint := idHint(c, "data/S897_0.txt")
	if !strings.HasPrefix(hint, "the closest of its 10 ids are S897_01, ") || strings.Count(hint, ",") != maxHintIDs-1 {
		t.Errorf("idHint = %q, want S897_01 first and %d ids", hint, maxHintIDs)
	}
}
