package corpus

import (
	"net/url"
	"strings"
)

// SafeURL reports whether s is an absolute http: or https: address with a
// host: the only links Parallax renders or exports. A "javascript:" or
// "data:" address from a file would run script in the explorer's origin,
// where the reader's own stored files live.
func SafeURL(s string) bool {
	u, err := url.Parse(strings.TrimSpace(s))
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// dropUnsafeURL empties m.URL when it is not a SafeURL and says why, or
// returns "".
func (m *Meta) dropUnsafeURL() string {
	if m.URL == "" || SafeURL(m.URL) {
		return ""
	}
	why := "url " + strconvQuote(m.URL) + " is not an http or https address: it is left out (write the article's web address, or remove the line)"
	m.URL = ""
	return why
}

// strconvQuote quotes s for a message, cut to a readable length.
func strconvQuote(s string) string {
	r := []rune(s)
	if len(r) > 80 {
		s = string(r[:80]) + "…"
	}
	return "\"" + strings.ReplaceAll(s, "\"", "\\\"") + "\""
}
