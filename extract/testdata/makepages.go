//go:build ignore

// Makepages writes the HTML extraction fixtures: each default article's
// cleaned passages wrapped in the page furniture of one of three kinds of
// news site, with the passages (truth/*.txt) and the furniture's own text
// (chrome/*.txt) beside, so a test can score what an extractor keeps and
// what it lets through. Run from the repository root:
//
//	go run extract/testdata/makepages.go
package main

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"

	"github.com/parallax-news/parallax/corpus"
)

// chrome is furniture text, shared by the templates; every piece is long
// enough that finding it in an extraction is no accident.
var chrome = map[string]string{
	"nav":        "World Politics Business Technology Science Opinion",
	"breaking":   "Breaking: Markets close higher as central bank holds rates steady",
	"newsletter": "Subscribe to our morning briefing and get the day's top stories in your inbox before breakfast",
	"related1":   "Related: Ten years after the summit, what the handshake changed on the peninsula",
	"related2":   "Read more: How sanctions reshaped trade across the Tumen River bridge",
	"cookie":     "We use cookies to improve your experience and to show you personalised advertising",
	"comments":   "Leave a comment. Your email address will not be published. Required fields are marked",
	"footer":     "Copyright 2024 Example Media Group. All rights reserved. Contact the newsroom at desk@example.com",
	"trending":   "Trending now: The quiet town where every house is painted blue by order of the mayor",
	"author":     "Jane Example covers diplomacy and security for the foreign desk and previously reported from Seoul",
	"share":      "Share this story on Facebook Twitter LinkedIn WhatsApp Email",
	"ad":         "Advertisement. Continue reading below this sponsored message from our partners",
}

func main() {
	c, err := corpus.Default()
	if err != nil {
		panic(err)
	}
	dir := filepath.Join("extract", "testdata")
	for _, sub := range []string{"pages", "truth", "chrome"} {
		os.MkdirAll(filepath.Join(dir, sub), 0o755)
	}
	for i, a := range c.Articles {
		var paras []string
		for _, p := range a.Paragraphs {
			if p.Kind == corpus.Body {
				paras = append(paras, p.Text)
			}
		}
		page, used := templates[i%len(templates)](a, paras)
		write(filepath.Join(dir, "pages", a.ID+".html"), page)
		write(filepath.Join(dir, "truth", a.ID+".txt"), strings.Join(paras, "\n")+"\n")
		var leaks []string
		for _, k := range used {
			leaks = append(leaks, chrome[k])
		}
		write(filepath.Join(dir, "chrome", a.ID+".txt"), strings.Join(leaks, "\n")+"\n")
	}
}

func write(name, s string) {
	if err := os.WriteFile(name, []byte(s), 0o644); err != nil {
		panic(err)
	}
}

func ps(paras []string, every int, insert string) string {
	var b strings.Builder
	for i, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
		if every > 0 && i%every == every-1 && i < len(paras)-1 {
			b.WriteString(insert)
		}
	}
	return b.String()
}

func e(k string) string { return html.EscapeString(chrome[k]) }

var templates = []func(a *corpus.Article, paras []string) (string, []string){
	// A big news site: navigation, a breaking-news bar, share buttons,
	// in-article "related" links and ads, newsletter box, comments, footer.
	func(a *corpus.Article, paras []string) (string, []string) {
		return fmt.Sprintf(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%[1]s | Example News</title>
<meta property="og:title" content="%[1]s"><meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="%[2]sT08:00:00Z"></head><body>
<header><div class="logo">Example News</div><nav><ul>%[3]s</ul></nav><div class="ticker">%[4]s</div></header>
<main><article><h1>%[1]s</h1><div class="byline">By Jane Example · %[2]s</div>
<div class="share">%[5]s</div>
<div class="article-body">
%[6]s</div>
<aside class="newsletter"><h3>Newsletter</h3><p>%[7]s</p><form><input type="email"><button>Sign up</button></form></aside>
</article>
<section class="comments"><h2>Comments</h2><p>%[8]s</p></section></main>
<aside class="trending"><h2>Trending</h2><ul><li><a href="/t">%[9]s</a></li></ul></aside>
<footer><p>%[10]s</p></footer><div class="cookie-banner"><p>%[11]s</p><button>Accept</button></div></body></html>`,
				html.EscapeString(a.Title), a.Published, navItems(), e("breaking"), e("share"),
				ps(paras, 3, `<div class="related"><a href="/r1">`+e("related1")+`</a></div>`+"\n"+`<div class="ad"><p>`+e("ad")+`</p></div>`+"\n"),
				e("newsletter"), e("comments"), e("trending"), e("footer"), e("cookie")),
			[]string{"breaking", "share", "related1", "ad", "newsletter", "comments", "trending", "footer", "cookie"}
	},
	// A WordPress blog: sidebar widgets, author box, tags, share, comments.
	func(a *corpus.Article, paras []string) (string, []string) {
		return fmt.Sprintf(`<!DOCTYPE html><html><head><title>%[1]s – Example Blog</title></head><body class="single-post">
<div id="page"><header id="masthead"><p class="site-title">Example Blog</p><nav class="main-navigation"><ul>%[2]s</ul></nav></header>
<div id="content"><div id="primary"><article class="post"><header class="entry-header"><h1 class="entry-title">%[1]s</h1>
<span class="posted-on"><time datetime="%[3]s">%[3]s</time></span></header>
<div class="entry-content">
%[4]s<div class="sharedaddy"><h3>Share this:</h3><p>%[5]s</p></div>
<div class="jp-relatedposts"><h3>Related</h3><p><a href="/x">%[6]s</a></p></div>
</div>
<footer class="entry-footer"><div class="author-bio"><p>%[7]s</p></div></footer></article>
<div id="comments"><h3>Leave a Reply</h3><p>%[8]s</p></div></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2>Subscribe</h2><p>%[9]s</p></section>
<section class="widget"><h2>Recent posts</h2><ul><li><a href="/y">%[10]s</a></li></ul></section></aside></div>
<footer id="colophon"><p>%[11]s</p></footer></div></body></html>`,
				html.EscapeString(a.Title), navItems(), a.Published, ps(paras, 0, ""), e("share"), e("related2"),
				e("author"), e("comments"), e("newsletter"), e("trending"), e("footer")),
			[]string{"share", "related2", "author", "comments", "newsletter", "trending", "footer"}
	},
	// A lean mobile page: JSON-LD, figure with caption, inline ads and a
	// "read more" link between paragraphs, a cookie notice first.
	func(a *corpus.Article, paras []string) (string, []string) {
		return fmt.Sprintf(`<!doctype html><html><head><title>%[1]s</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":%[2]q,"datePublished":"%[3]s"}</script></head><body>
<div class="consent"><p>%[4]s</p></div>
<div class="top"><a href="/">Example Mobile</a></div>
<h1>%[1]s</h1><p class="meta">%[3]s</p>
%[5]s<p class="more"><a href="/m">%[6]s</a></p>
<div class="footer">%[7]s</div></body></html>`,
				html.EscapeString(a.Title), a.Title, a.Published, e("cookie"),
				ps(paras, 2, `<div class="ad-slot"><span>`+e("ad")+`</span></div>`+"\n"+`<p><strong><a href="/r">`+e("related2")+`</a></strong></p>`+"\n"),
				e("trending"), e("footer")),
			[]string{"cookie", "ad", "related2", "trending", "footer"}
	},
}

func navItems() string {
	var b strings.Builder
	for _, w := range strings.Fields(chrome["nav"]) {
		fmt.Fprintf(&b, `<li><a href="/%s">%s</a></li>`, strings.ToLower(w), w)
	}
	return b.String()
}
