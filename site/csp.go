package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"html"
	"net/http"
	"strings"
)

// The Content-Security-Policy of every page: scripts only from the site
// itself (and the compiling of app.wasm), no plug-ins, no <base>, no form
// posts, no connections but to the site. An article is text, never markup,
// but a policy keeps a script planted in one from running should it ever
// reach the page as markup, and keeps the page from reaching out.
//
// Styles may be inline: the pages set a few style attributes and go-app an
// inline <style>; a style cannot run script.
const sitePolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; font-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'"

// singleFilePolicy is the single file's policy: it has no site to load
// from, so its own inline scripts (wasm_exec.js and the page script) are
// allowed by their hashes, its icon is a data: URL, and it connects to
// nothing. hashes are the scripts' 'sha256-…' sources.
func singleFilePolicy(hashes []string) string {
	return "default-src 'none'; script-src " + strings.Join(hashes, " ") + " 'wasm-unsafe-eval'; " +
		"style-src 'unsafe-inline'; img-src data:; connect-src 'none'; " +
		"object-src 'none'; base-uri 'none'; form-action 'none'"
}

// scriptHash is the CSP source that allows one inline script.
func scriptHash(script string) string {
	sum := sha256.Sum256([]byte(script))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// cspMeta is the policy as a <meta http-equiv> element, for pages served
// by hosts where no header can be set.
func cspMeta(policy string) string {
	return `<meta http-equiv="Content-Security-Policy" content="` + html.EscapeString(policy) + `">`
}

// withPolicy puts the site's policy first in the page's <head>.
func withPolicy(page []byte) []byte {
	i := bytes.Index(page, []byte("<head>"))
	if i < 0 || bytes.Contains(page, []byte(`http-equiv="Content-Security-Policy"`)) {
		return page
	}
	i += len("<head>")
	return append(page[:i:i], append([]byte(cspMeta(sitePolicy)), page[i:]...)...)
}

// withPolicyHeader sets the site's policy as a header on every response.
func withPolicyHeader(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", sitePolicy)
		h.ServeHTTP(w, r)
	})
}
