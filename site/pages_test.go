package site

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/corpus"
	"golang.org/x/net/html"
)

// attrsOf parses page as a browser does and returns the attributes of its
// first element with the tag.
func attrsOf(t *testing.T, page, tag string) map[string]string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var found map[string]string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if found != nil {
			return
		}
		if n.Type == html.ElementNode && n.Data == tag {
			found = map[string]string{}
			for _, a := range n.Attr {
				found[a.Key] = a.Val
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if found == nil {
		t.Fatalf("no <%s> in %s", tag, page)
	}
	return found
}

// TestQuoteAttributes renders values through go-app's own writer, as the
// pre-rendered pages are, and checks a browser reads each back exactly,
// with no attribute added.
func TestQuoteAttributes(t *testing.T) {
	for _, v := range []string{
		`" onfocus=alert(1) autofocus x="`,
		`Search: try "Security Council"`,
		`back\slash and \" both`,
		"tab\tnewline\ncontrol\x01",
		`<script>alert(1)</script> & &amp;`,
		"Пхеньян, Séoul, 北朝鮮",
		"plain",
	} {
		page := "<!DOCTYPE html><html><body>" + app.HTMLString(app.Elem("p").Attr("title", v).Text("x")) + "</body></html>"
		got := attrsOf(t, string(quoteAttributes([]byte(page))), "p")
		if got["title"] != v || len(got) != 1 {
			t.Errorf("value %q reads back as %q with attributes %v", v, got["title"], got)
		}
	}
}

// TestQuoteAttributesLeavesHTML: attribute values that are plain HTML
// (the logo's SVG, values without escapes) are left byte for byte, and so
// is a page without attributes to repair.
func TestQuoteAttributesLeavesHTML(t *testing.T) {
	for _, page := range []string{
		`<svg viewBox="0 0 100 100"><path d="M50 28.2a26 26 0 0 1 0 43.6z" fill="#f5f1e8"/></svg>`,
		`<a href="?q=a%26b" class="chip">a "quote" in text</a>`,
		"<p title=\"two\nlines\">x</p><p title=\"a\\\"b\">y</p>",
		`<p>no tags 1 < 2 and a="b"</p>`,
		`<p title="unterminated`,
	} {
		got := string(quoteAttributes([]byte(page)))
		if strings.Contains(page, `a\"b`) {
			// The second value is go-app's quoting after a raw one.
			if !strings.Contains(got, `title="a&#34;b"`) || !strings.Contains(got, "two\nlines") {
				t.Errorf("quoteAttributes(%q) = %q", page, got)
			}
			continue
		}
		if got != page {
			t.Errorf("quoteAttributes(%q) = %q, want it unchanged", page, got)
		}
	}
}

// TestServerQuotesQuery: a query in the address comes back in the served
// page's search box exactly, without adding attributes to it.
func TestServerQuotesQuery(t *testing.T) {
	h := testServer(t)
	q := `" onfocus=alert(1) autofocus x="`
	code, body := get(t, h, "/?q="+url.QueryEscape(q))
	if code != 200 {
		t.Fatalf("GET = %d", code)
	}
	input := attrsOf(t, body, "input")
	if input["value"] != q {
		t.Errorf("the search box holds %q, want %q", input["value"], q)
	}
	if _, ok := input["onfocus"]; ok {
		t.Errorf("the query added an onfocus handler to the page:\n%v", input)
	}
}

func testServer(t *testing.T) http.Handler {
	t.Helper()
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	h, err := newServer(Options{Corpus: c, Root: fakeWeb(t), Version: "v1"})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// TestPrerenderIsFirstFrame: the pre-rendered page shows the actors as
// being found unless its view needs them, as the browser's first frame
// does, and hides that state where JavaScript is off.
func TestPrerenderIsFirstFrame(t *testing.T) {
	h := testServer(t)
	_, plain := get(t, h, "/?q=Shoigu")
	if !strings.Contains(plain, "facet-pending") || strings.Contains(plain, `class="chip"`) {
		t.Errorf("/?q=Shoigu pre-renders the facet's chips, not the placeholder of the browser's first frame")
	}
	if !strings.Contains(plain, `<noscript><style>[aria-busy="true"] { display: none; }</style></noscript>`) {
		t.Errorf("the page does not hide the actors' placeholder where JavaScript is off")
	}
	_, filtered := get(t, h, "/?q=Shoigu&actor=vladimir-putin")
	if strings.Contains(filtered, "facet-pending") || !strings.Contains(filtered, `class="chip"`) {
		t.Errorf("a filtered view pre-renders without the facet's chips")
	}
}
