package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// TestPlantedScriptsDoNotRun: articles whose title, text and url carry
// <script> elements, onerror handlers and a javascript: address run none of
// them and request nothing off the site, in the served site and in the
// single file; the pages carry the Content-Security-Policy that would stop
// such script if it ever became markup.
func TestPlantedScriptsDoNotRun(t *testing.T) {
	site(t)
	srv := serve(t, staticHost(built.hostile))
	for _, url := range []string{srv.URL + base + "?article=planted", srv.URL + base + "?q=pier", "file://" + built.hostileSingle + "?article=planted"} {
		ctx := browser(t)
		requests := recordRequests(ctx)
		var pwned, policy, link string
		err := chromedp.Run(ctx,
			network.Enable(),
			chromedp.Navigate(url),
			waitForApp(ctx),
			chromedp.Evaluate(`String(window.parallaxPwned)`, &pwned),
			chromedp.Evaluate(`(document.querySelector('meta[http-equiv="Content-Security-Policy"]') || {}).content || ""`, &policy),
			chromedp.Evaluate(`[...document.querySelectorAll("a[href]")].map(a => a.getAttribute("href")).filter(h => /^\s*javascript:/i.test(h)).join(" ")`, &link),
		)
		if err != nil {
			t.Fatalf("%s: %v", url, err)
		}
		if pwned != "undefined" {
			t.Errorf("%s: planted script ran: window.parallaxPwned = %q", url, pwned)
		}
		if link != "" {
			t.Errorf("%s: a javascript: link is on the page: %q", url, link)
		}
		for _, directive := range []string{"script-src", "'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"} {
			if !strings.Contains(policy, directive) {
				t.Errorf("%s: the page's policy %q lacks %s", url, policy, directive)
			}
		}
		if strings.HasPrefix(url, "file://") {
			if !strings.Contains(policy, "connect-src 'none'") || !strings.Contains(policy, "'sha256-") {
				t.Errorf("%s: the single file's policy %q does not allow its scripts by hash and nothing else", url, policy)
			}
		} else {
			if !strings.Contains(policy, "connect-src 'self'") {
				t.Errorf("%s: the site's policy %q lacks connect-src 'self'", url, policy)
			}
			checkOrigin(t, requests(), srv.URL)
		}
		for _, u := range requests() {
			if strings.Contains(u, "127.0.0.2") {
				t.Errorf("%s: the page requested the planted %s", url, u)
			}
		}
	}
}
