package site

import (
	"bytes"
	"fmt"
	"html"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// The pages go-app renders need two repairs before Parallax serves or
// writes them, both done by fixPage.
//
// go-app's page sets a viewport that forbids zooming, which fails readers
// who need larger text (WCAG 1.4.4; axe's meta-viewport rule). The pages
// Parallax serves and writes use this viewport instead.
const (
	goappViewport = "width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover"
	viewport      = "width=device-width, initial-scale=1, viewport-fit=cover"
)

// fixPage repairs one page: its viewport, its attribute values, and its
// Content-Security-Policy (csp.go).
func fixPage(page []byte) []byte {
	return withPolicy(quoteAttributes(bytes.ReplaceAll(page, []byte(goappViewport), []byte(viewport))))
}

// quoteAttributes rewrites the attribute values go-app quoted as Go
// strings. go-app v9 writes a value with strconv.Quote, which escapes a
// double quote as \" where HTML needs &#34;: the value ends at that quote
// and the rest becomes attributes of its own. A search for
//
//	" onfocus=alert(1) x="
//
// served by `parallax serve` put an onfocus handler on the search box, and
// an article title with quotes broke the page it was on; an ampersand
// was not escaped either ("&amp;" read back as "&"). Each value is
// unquoted and escaped for HTML instead; one that means the same either
// way (no backslash, quote, ampersand or angle bracket) stays byte for
// byte. Raw HTML in a component (the logo's SVG) goes through the same
// rewrite, so its attribute values must not use character references.
func quoteAttributes(page []byte) []byte {
	var out []byte
	i, copied := 0, 0
	inTag := false
	for i < len(page) {
		c := page[i]
		switch {
		case !inTag && c == '<' && i+1 < len(page) && isLetter(page[i+1]):
			inTag = true
		case inTag && c == '>':
			inTag = false
		case inTag && c == '"' && i > 0 && page[i-1] == '=':
			end, escaped := goStringEnd(page, i)
			if end < 0 {
				// Not go-app's quoting (raw HTML spanning lines): the
				// value ends at the next quote, as HTML reads it.
				end = bytes.IndexByte(page[i+1:], '"')
				if end < 0 {
					return page
				}
				i += end + 1
				break
			}
			value, err := strconv.Unquote(string(page[i : end+1]))
			if esc := html.EscapeString(value); err == nil && (escaped || esc != value) {
				out = append(out, page[copied:i]...)
				out = append(out, '"')
				out = append(out, esc...)
				out = append(out, '"')
				copied = end + 1
			}
			i = end
		}
		i++
	}
	if out == nil {
		return page
	}
	return append(out, page[copied:]...)
}

// goStringEnd returns the index of the quote closing the Go string literal
// that opens at page[start], or -1, and whether the literal escapes
// anything (holds a backslash). An escape's other bytes (n, x41, u00e9) hold no quote, so
// skipping the byte after each backslash finds the end.
func goStringEnd(page []byte, start int) (end int, escaped bool) {
	for i := start + 1; i < len(page); i++ {
		switch page[i] {
		case '\\':
			escaped = true
			i++
		case '"':
			return i, escaped
		case '\n':
			return -1, false
		}
	}
	return -1, false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// fixPagesIn repairs every .html file under dir.
//
// publicURL is the site's public address with its sub-path, or "": each
// page's og:url is set under it, or, without it, left out. go-app writes
// the address the static generator fetched the page from, a loopback
// address of the build machine.
func fixPagesIn(dir, publicURL string) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(path, setOGURL(fixPage(b), publicURL), 0o644)
	})
}

// ogURLTag is the og:url meta element go-app writes.
// go-app writes the attributes in either order.
var ogURLTag = regexp.MustCompile(`<meta (?:property="og:url" content="([^"]*)"|content="([^"]*)" property="og:url")\s*/?>`)

// setOGURL rewrites a page's og:url under publicURL, keeping the page's
// path, or removes it when publicURL is "".
func setOGURL(page []byte, publicURL string) []byte {
	return ogURLTag.ReplaceAllFunc(page, func(tag []byte) []byte {
		if publicURL == "" {
			return nil
		}
		m := ogURLTag.FindSubmatch(tag)
		path := "/"
		if u, err := url.Parse(html.UnescapeString(string(m[1]) + string(m[2]))); err == nil && u.Path != "" {
			path = strings.TrimSuffix(u.Path, "index.html")
		}
		full := strings.TrimSuffix(publicURL, "/") + path
		return []byte(`<meta property="og:url" content="` + html.EscapeString(full) + `">`)
	})
}

// CheckPublicURL checks the public address given for a site, an http or
// https URL, against its base path ("/" when not given): it returns the
// address as the pages' og:url start with it, and the base path its own
// path gives.
func CheckPublicURL(public, base string) (address, path string, err error) {
	u, err := url.Parse(public)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return "", "", fmt.Errorf("-url %q is not a public web address: give one like https://example.org/parallax/", public)
	}
	path, err = NormalizeBase(u.Path)
	if err != nil {
		return "", "", err
	}
	if nb, _ := NormalizeBase(base); nb != "/" && nb != path {
		return "", "", fmt.Errorf("-url %q has the path %s but -base is %s: give one path, or leave -base out", public, path, nb)
	}
	return u.Scheme + "://" + u.Host + strings.TrimSuffix(path, "/") + "/", path, nil
}

// fixPages repairs the HTML pages h serves.
func fixPages(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		body := rec.Body.Bytes()
		if strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
			body = fixPage(body)
			rec.Header().Set("Content-Length", strconv.Itoa(len(body)))
		}
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		w.Write(body)
	})
}
