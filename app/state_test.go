package app

import (
	"net/url"
	"strings"
	"testing"
)

func TestViewFromURL(t *testing.T) {
	tests := []struct {
		url  string
		want view
	}{
		{"/?q=Shoigu", view{Query: "Shoigu"}},
		{"/?q=%20Kim%20&article=a1&passage=a1/p2", view{Query: "Kim", Article: "a1", Passage: "a1/p2"}},
		{"/?unknown=1&q=", view{}},              // unknown parameters ignored
		{"/?q=%ff%fe", view{Query: "\xff\xfe"}}, // invalid UTF-8 is kept for the search to ignore
		{"/", view{}},
		{"/?timeline=1&actor=a,b", view{Timeline: true, Actors: "a,b"}},
		{"/?timeline", view{Timeline: true}},
		{"/?timeline=0", view{}}, // explicitly off
		{"/?timeline=yes", view{Timeline: true}},
	}
	for _, tt := range tests {
		u, err := url.Parse(tt.url)
		if err != nil {
			t.Fatal(err)
		}
		if got := viewFromURL(u); got != tt.want {
			t.Errorf("viewFromURL(%q) = %+v, want %+v", tt.url, got, tt.want)
		}
	}
	long, _ := url.Parse("/?q=" + strings.Repeat("é", maxQueryLen))
	if got := viewFromURL(long); len(got.Query) > maxQueryLen {
		t.Errorf("viewFromURL(long query) kept %d bytes, want at most %d", len(got.Query), maxQueryLen)
	}
}

func TestViewQueryRoundTrip(t *testing.T) {
	v := view{Query: `"Security Council" -veto & more`, Article: "a-1", Passage: "a-1/p3", Timeline: true}
	u, err := url.Parse("/" + v.query())
	if err != nil {
		t.Fatal(err)
	}
	if got := viewFromURL(u); got != v {
		t.Errorf("viewFromURL(%q) = %+v, want %+v", v.query(), got, v)
	}
}

// TestThousands: counts are grouped by three digits.
func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 7: "7", 999: "999", 1000: "1,000", 100000: "100,000", 1234567: "1,234,567", -4200: "-4,200"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
	if got := plural(900000, "passage"); got != "900,000 passages" {
		t.Errorf("plural(900000) = %q", got)
	}
}
