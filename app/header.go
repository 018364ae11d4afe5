package app

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/corpus"
)

// renderHeader shows the corpus name and what it holds.
func renderHeader(c *corpus.Corpus) app.UI {
	counts := plural(len(c.Articles), "article") + " · "
	if n := outletCount(c); n > 0 {
		counts += plural(n, "outlet") + " · "
	}
	return app.Elem("header").Class("top").Body(
		app.Elem("a").Attr("href", rootURL()).Class("brand").Body(
			app.Raw(brandIcon),
			app.Elem("span").Text("Parallax"),
		),
		app.Elem("div").Class("corpus").Body(
			app.Elem("h1").Class("corpus-name").Text(c.Name),
			app.Elem("p").Class("counts").Text(counts+
				plural(c.Passages(), "passage")+" · "+
				thousands(c.Words())+" words"),
		),
		app.Raw(noScript),
		app.Elem("nav").Class("top-links").Aria("label", "Views").Body(
			app.Elem("a").Attr("href", rootURL()).Text("Search"),
			app.Elem("a").Attr("href", view{Compare: "all"}.query()).Text("Compare sources"),
			app.Elem("a").Attr("href", view{Timeline: true}.query()).Text("Timeline"),
			app.Elem("a").Attr("href", view{Sources: true}.query()).Text("Whose words"),
		),
	)
}

// brandIcon is web/icon.svg drawn inline, so the header needs no request:
// the single-file build has no web/ folder to fetch it from.
const brandIcon = `<svg class="brand-icon" width="28" height="28" viewBox="0 0 100 100" aria-hidden="true" focusable="false"><rect width="100" height="100" rx="14" fill="#1f2a44"/><circle cx="40" cy="50" r="26" fill="#f2a541"/><circle cx="60" cy="50" r="26" fill="#4fb3bf"/><path d="M50 28.2a26 26 0 0 1 0 43.6a26 26 0 0 1 0-43.6z" fill="#f5f1e8"/></svg>`

// noScript tells a reader without JavaScript what the pre-rendered page
// can and cannot do.
const noScript = `<noscript><p class="notice">Search, actor filters and comparison need JavaScript and WebAssembly. Below is the list of articles as it was built.</p></noscript>`

// renderFooter names the build, so a reader reporting a problem can say
// which version they saw, and says where the work happens.
func renderFooter() app.UI {
	version := app.Getenv("GOAPP_VERSION")
	if version == "" {
		version = "dev"
	}
	return app.Elem("footer").Class("bottom").Body(
		app.Text("Parallax "),
		app.Elem("span").Class("version").Text(version),
		app.Text(" · runs in your browser: your searches never leave it."),
	)
}

// outletCount is how many outlets the corpus's articles name; an article
// whose file and manifest give none counts for none.
func outletCount(c *corpus.Corpus) int {
	outlets := map[string]bool{}
	for _, a := range c.Articles {
		if a.Outlet != "" {
			outlets[a.Outlet] = true
		}
	}
	return len(outlets)
}
