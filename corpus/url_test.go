package corpus

import (
	"strings"
	"testing"
)

// TestUnsafeURL: only http and https addresses survive the loader and a
// snapshot; any other is left out with a warning naming it.
func TestUnsafeURL(t *testing.T) {
	body := "Headline of the story\n\nOfficials said on Monday that the bridge would reopen to traffic next spring after repairs.\n"
	tests := []struct {
		url  string
		kept bool
	}{
		{"https://example.org/news/bridge", true},
		{"http://example.org/a?b=c", true},
		{"javascript:alert(3)", false},
		{"JavaScript:alert(3)", false},
		{" javascript:alert(3)", false},
		{"java\tscript:alert(3)", false},
		{"data:text/html,<script>alert(1)</script>", false},
		{"vbscript:msgbox(1)", false},
		{"//evil.example/x", false},
		{"https:no-host", false},
		{"ftp://example.org/file", false},
	}
	for _, tt := range tests {
		a, err := Parse("a.txt", []byte("---\nurl: "+tt.url+"\n---\n"+body), Meta{})
		if err != nil {
			// A control character in front matter may be refused whole;
			// then nothing of it is rendered either.
			if tt.kept {
				t.Errorf("Parse(url %q) error %v, want the address kept", tt.url, err)
			}
			continue
		}
		if kept := a.URL != ""; kept != tt.kept {
			t.Errorf("Parse(url %q).URL = %q, want kept %v", tt.url, a.URL, tt.kept)
		}
		if !tt.kept && (len(a.Warnings) != 1 || !strings.Contains(a.Warnings[0], "not an http or https address")) {
			t.Errorf("Parse(url %q).Warnings = %q, want one saying it was left out", tt.url, a.Warnings)
		}
	}
	// A snapshot carrying one (written by hand, or by an older build) is
	// read without it.
	a, err := Parse("a.txt", []byte(body), Meta{URL: "https://example.org/"})
	if err != nil {
		t.Fatal(err)
	}
	a.URL = "javascript:alert(3)"
	data, err := MarshalSnapshot(&Corpus{Name: "x", Articles: []*Article{a}}, Derived{})
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := ReadSnapshot(data)
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Articles[0].URL; got != "" {
		t.Errorf("ReadSnapshot kept the url %q, want it left out", got)
	}
}
