// Package extract reduces a saved news web page to its article text and
// metadata with go-trafilatura, a Go port of Trafilatura, chosen over
// go-readability on the fixtures of testdata (see docs/html-extraction.md).
// It is native-only: the library would make app.wasm several times larger
// (docs/html-extraction.md).
package extract

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/parallax-news/parallax/internal/lazyregexp"
	"slices"
	"strings"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/parallax-news/parallax/corpus"
	"golang.org/x/net/html"
)

// Converters are the file extensions extract reads, for corpus.Loader.
var Converters = map[string]corpus.Converter{".html": Page, ".htm": Page, ".xhtml": Page}

// Page extracts the article of a saved web page: its paragraphs, separated
// by blank lines and preceded by the title, and the title, site name, URL
// and publication date the page declares.
func Page(name string, data []byte) ([]byte, corpus.Meta, error) {
	if !utf8.Valid(data) && !bytes.Contains(bytes.ToLower(data[:min(len(data), 4096)]), []byte("charset")) {
		return nil, corpus.Meta{}, errors.New("the page is neither UTF-8 nor declares its character set: save it again as UTF-8")
	}
	r, err := trafilatura.Extract(bytes.NewReader(data), trafilatura.Options{
		EnableFallback: true,
		ExcludeTables:  true,
	})
	if err != nil {
		return nil, corpus.Meta{}, fmt.Errorf("no article found in the page (%v): save the article page itself, or its text as .txt", err)
	}
	var b strings.Builder
	m := r.Metadata
	title, ogTitle, h1s := pageTitles(data)
	m.Title = headline(title, ogTitle, h1s, m.Title, m.Sitename)
	if m.Sitename == "" || strings.EqualFold(m.Sitename, m.Title) {
		m.Sitename = siteFromTitle(title, m.Title)
	}
	if m.Title != "" {
		b.WriteString(m.Title + "\n\n")
	}
	paras := paragraphs(r.ContentNode)
	// The standfirst under the headline, which go-trafilatura leaves out
	// with the header it sits in: it is the writer's own summary, and
	// names the story's people and places.
	// Without its closing stop (as standfirsts are written) the text's
	// reader would take it for a subheading and drop it, whether
	// go-trafilatura kept it or not.
	sf := standfirst(data, nil)
	if sf != "" && !slices.ContainsFunc(paras, func(p string) bool { return strings.Contains(p, sf) }) {
		b.WriteString(withStop(sf) + "\n\n")
	}
	for _, para := range paras {
		if para == sf {
			para = withStop(para)
		}
		b.WriteString(para + "\n\n")
	}
	// The article's photo captions, which go-trafilatura drops, after
	// its text: they name people and places too ("… at Oban on Sunday
	// night"), as a plain-text file's caption lines do.
	// A caption with no closing stop gets one, so that the text's reader
	// keeps it as a sentence rather than drop it as trailing furniture.
	for _, c := range captions(data, paras) {
		b.WriteString(withStop(c) + "\n\n")
	}
	meta := corpus.Meta{Title: m.Title, Outlet: m.Sitename, URL: m.URL}
	if !m.Date.IsZero() {
		meta.Published = m.Date.Format("2006-01-02")
		meta.DateEvidence = "the page's own metadata, read by go-trafilatura"
	}
	return []byte(b.String()), meta, nil
}

// blocks are the elements whose text is a paragraph of its own.
var blocks = map[string]bool{
	"p": true, "div": true, "li": true, "blockquote": true, "figcaption": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"pre": true, "td": true, "th": true, "dd": true, "dt": true, "section": true,
	"article": true, "header": true, "footer": true, "br": true, "hr": true,
}

// paragraphs returns the text of each block of the extracted content, in
// order, whitespace collapsed: go-trafilatura's ContentText runs blocks that
// are siblings together.
func paragraphs(root *html.Node) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if t := strings.Join(strings.Fields(cur.String()), " "); t != "" {
			out = append(out, t)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if n.Data == "script" || n.Data == "style" {
				return
			}
		}
		block := n.Type == html.ElementNode && blocks[n.Data]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	if root != nil {
		walk(root)
	}
	return out
}

// titleSeparators part a page's <title> into the headline and the site's
// name: "Floods cut off villages | The Daily Courier".
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · "}

// headline corrects the title go-trafilatura found when it is the site's
// name, as when a page's only h1 is its logo: the page's og:title, else
// the longest part of its <title>, is the headline then. title, ogTitle
// and h1s are the page's (pageTitles).
func headline(title, ogTitle string, h1s []string, found, site string) string {
	// "Floods cut off villages | The Daily Courier" found where the page
	// names its site "The Daily Courier" (its h1 the logo, the headline
	// in an h2): the headline, without the site's name.
	if site != "" && !strings.EqualFold(found, site) {
		for _, sep := range titleSeparators {
			if n := len(found) - len(sep) - len(site); n > 0 && strings.EqualFold(found[n:], sep+site) {
				found = strings.TrimSpace(found[:n])
				break
			}
		}
	}
	// "Port strike halts exports | The Dhaka Ledger" found where the
	// page's h1 says "Port strike halts exports": the h1, without the
	// site's name.
	for _, sep := range titleSeparators {
		if head, _, ok := strings.Cut(found, sep); ok {
			for _, h := range h1s {
				if strings.EqualFold(strings.TrimSpace(head), h) {
					return h
				}
			}
		}
	}
	parts := []string{title}
	for _, sep := range titleSeparators {
		if strings.Contains(title, sep) {
			parts = strings.Split(title, sep)
			break
		}
	}
	// An og:title written for sharing ("… picks Kazama to lead it into
	// snap election") where the page's h1 and its <title> agree on
	// another headline: the h1, which the reader sees.
	if head := strings.TrimSpace(parts[0]); len(parts) > 1 && !strings.EqualFold(head, found) && !strings.EqualFold(head, site) && len(strings.Fields(head)) >= 4 {
		for _, h := range h1s {
			if strings.EqualFold(head, h) {
				return h
			}
		}
	}
	// go-trafilatura may give the headline as the site's name too: a
	// title the page's <title> opens with and an h1 shows is the
	// headline, whatever the site's name says.
	if len(parts) > 1 && strings.EqualFold(found, strings.TrimSpace(parts[0])) && slices.ContainsFunc(h1s, func(h string) bool { return strings.EqualFold(h, found) }) {
		return found
	}
	// "Gulf Mirror - Oman opens bids for …" where the title found is a
	// short part of the page's <title>, the site's name before the
	// headline: the title's longest part, of four words or more.
	if len(parts) > 1 && len(strings.Fields(found)) <= 3 && slices.ContainsFunc(parts, func(p string) bool { return strings.EqualFold(strings.TrimSpace(p), found) }) {
		longest := ""
		for _, p := range parts {
			if p = strings.TrimSpace(p); len(p) > len(longest) {
				longest = p
			}
		}
		if len(strings.Fields(longest)) >= 4 {
			return longest
		}
	}
	siteLike := found != "" && (strings.EqualFold(found, site) || len(parts) > 1 && strings.EqualFold(found, strings.TrimSpace(parts[len(parts)-1])))
	if !siteLike {
		return found
	}
	if ogTitle != "" && !strings.EqualFold(ogTitle, found) {
		return ogTitle
	}
	best := ""
	for _, p := range parts {
		if p = strings.TrimSpace(p); len(p) > len(best) && !strings.EqualFold(p, found) {
			best = p
		}
	}
	if best == "" {
		return found
	}
	return best
}

// siteFromTitle returns the site's name that a page's <title> gives
// after its headline, "Storm batters coast | Nordic Wire", for a page
// that declares no site name: the last part, when the headline opens the
// title (perhaps after a label, "LIVE: …") and the part is short enough
// to be a name. Else "".
func siteFromTitle(title, headline string) string {
	if headline == "" {
		return ""
	}
	i := strings.Index(strings.ToLower(title), strings.ToLower(headline))
	if i < 0 || i > len(title)/3 {
		return ""
	}
	rest := title[i+len(headline):]
	for _, sep := range titleSeparators {
		if strings.HasPrefix(rest, sep) {
			parts := strings.Split(rest, sep)
			site := strings.TrimSpace(parts[len(parts)-1])
			if n := len(strings.Fields(site)); n > 0 && n <= 5 && !strings.EqualFold(site, headline) {
				return site
			}
			return ""
		}
	}
	return ""
}

// pageTitles returns the text of a page's <title>, its og:title and its
// h1 headings.
func pageTitles(data []byte) (title, ogTitle string, h1s []string) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return "", "", nil
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "title":
				if title == "" && n.FirstChild != nil {
					title = strings.Join(strings.Fields(n.FirstChild.Data), " ")
				}
			case "meta":
				var prop, content string
				for _, a := range n.Attr {
					switch a.Key {
					case "property", "name":
						prop = a.Val
					case "content":
						content = a.Val
					}
				}
				if prop == "og:title" && ogTitle == "" {
					ogTitle = strings.Join(strings.Fields(content), " ")
				}
			case "h1":
				if text := strings.Join(strings.Fields(nodeText(n)), " "); text != "" {
					h1s = append(h1s, text)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return title, ogTitle, h1s
}

// nodeText is the text inside n.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// captions returns the text of the figure captions inside a page's
// <article> elements that the extracted paragraphs do not already hold.
// Captions elsewhere on the page (other stories' thumbnails) are left out,
// as are all of them on a page with no <article>.
func captions(data []byte, paras []string) []string {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil
	}
	have := map[string]bool{}
	for _, p := range paras {
		have[p] = true
	}
	// The article's captions: inside <article>, else inside <main>, else
	// anywhere but the page's navigation, asides, header and footer (a
	// page built of <div>s only).
	scope := "article"
	if !hasElement(doc, "article") {
		scope = "main"
		if !hasElement(doc, "main") {
			scope = "body"
		}
	}
	var out []string
	var walk func(n *html.Node, inArticle bool)
	walk = func(n *html.Node, inArticle bool) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case scope:
				inArticle = true
			case "nav", "aside", "footer", "header":
				if scope == "body" {
					return
				}
			}
			switch n.Data {
			case "figcaption":
				if text := captionText(n); inArticle && text != "" && !have[text] && !slices.ContainsFunc(paras, func(p string) bool { return strings.Contains(p, text) }) {
					have[text] = true
					out = append(out, text)
				}
				return
			case "script", "style":
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle)
		}
	}
	walk(doc, false)
	return out
}

// hasElement reports whether the tree under n holds an element of the
// tag.
func hasElement(n *html.Node, tag string) bool {
	if n.Type == html.ElementNode && n.Data == tag {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasElement(c, tag) {
			return true
		}
	}
	return false
}

// withStop returns s with a full stop at its end, unless it ends with
// one already (or a closing quotation mark or bracket).
func withStop(s string) string {
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".!?)\"”’'") {
		return s
	}
	return s + "."
}

// standfirst returns the text of the page's standfirst (its "dek"),
// the first element whose class names one, when it is a sentence of six
// words or more that the extracted paragraphs do not hold; else "".
func standfirst(data []byte, paras []string) string {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return ""
	}
	var found string
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "nav", "footer", "aside":
				return false
			}
			if standfirstClass(attr(n, "class")) {
				found = strings.Join(strings.Fields(nodeText(n)), " ")
				return true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(doc)
	if len(strings.Fields(found)) < 6 || slices.ContainsFunc(paras, func(p string) bool { return strings.Contains(p, found) }) {
		return ""
	}
	return found
}

// standfirstClass reports whether a class attribute names a standfirst:
// "standfirst", "article__dek", "c-dek", "subheadline", "sub-headline".
func standfirstClass(class string) bool {
	for _, c := range strings.Fields(strings.ToLower(class)) {
		if strings.Contains(c, "standfirst") || strings.Contains(c, "subheadline") || strings.Contains(c, "sub-headline") {
			return true
		}
		for _, sep := range []string{"", "-", "_", "__"} {
			if strings.HasSuffix(c, sep+"dek") && (sep != "" || c == "dek") {
				return true
			}
		}
	}
	return false
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// captionText is a figure caption's text without the labels some sites
// write inside it: "Image source, Getty Images" (a credit, left out) and
// "Image caption, " (a label before the caption).
func captionText(n *html.Node) string {
	var parts []string
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		text := strings.Join(strings.Fields(nodeText(c)), " ")
		if strings.HasPrefix(text, "Image source,") || strings.HasPrefix(text, "Image source:") {
			continue
		}
		for _, label := range []string{"Image caption,", "Image caption:"} {
			text = strings.TrimSpace(strings.TrimPrefix(text, label))
		}
		if text != "" {
			parts = append(parts, text)
		}
	}
	return strings.TrimSpace(captionCredit.ReplaceAllString(strings.Join(parts, " "), ""))
}

// captionCredit is a photo's credit at a caption's end, which names the
// photographer or the agency, no one the story is about: "Photo: Giorgi
// Roe", "Photograph: Jane Roe/PA", "PHOTO | FILE", "(AP Photo/John Roe)".
var captionCredit = &lazyregexp.Regexp{Expr: `(?:\s*\((?:[\p{L}.]+ )?(?:Photo|PHOTO|Photograph|Picture)s?\s*/[^()]*\)|\s*(?:Photo(?:graph)?s?|PHOTOS?|Pictures?|Credit|Image|Foto)\s*(?::|\|)\s*[^.]*)$`}
