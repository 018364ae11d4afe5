package app

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/corpus"
)

// renderHeader shows the corpus name and what it holds.
func renderHeader(e *Env) app.UI {
	return elemClassBody("header", "top",
		link(rootURL()).Class("brand").Body(
			brandMark(),
			elemText("span", "Parallax"),
		),
		elemClassBody("div", "corpus",
			elemClassText("h1", "corpus-name", e.Corpus.Name),
			elemClassText("p", "counts", e.Counts()),
		),
		noScriptNotice(),
		elemClass("nav", "top-links").Aria("label", "Views").Body(
			linkText(rootURL(), "Search"),
			linkText(view{Compare: "all"}.query(), "Compare sources"),
			linkText(view{Timeline: true}.query(), "Timeline"),
			linkText(view{Sources: true}.query(), "Whose words"),
		),
	)
}

// brandMark is the header's logo: web/icon.svg, which app.css draws as
// the span's background from a data: URL, so the header needs no request
// (the single-file build has no web/ folder to fetch it from). An inline
// <svg> would need app.Raw, whose code (go-app's HTML mounting of raw
// markup, about 29 kB of raw wasm) the page then carries for one icon.
func brandMark() app.UI {
	return elemClass("span", "brand-icon").Aria("hidden", "true")
}

// noScriptNotice is the notice for a reader without JavaScript, in the
// page the server or the build renders; the page's own wasm, which runs
// only with JavaScript, leaves it out (nil children are dropped), and
// with it app.Raw's code.
func noScriptNotice() app.UI {
	if app.IsServer {
		return app.Raw(noScript)
	}
	return nil
}

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
	return elemClassBody("footer", "bottom",
		app.Text("Parallax "),
		elemClassText("span", "version", version),
		app.Text(" · runs in your browser: your searches never leave it."),
	)
}

// corpusCounts says what c holds: its articles, outlets, passages and
// words ("5 articles · 5 outlets · 99 passages · 4,013 words").
func corpusCounts(c *corpus.Corpus) string {
	counts := plural(len(c.Articles), "article") + " · "
	if n := outletCount(c); n > 0 {
		counts += plural(n, "outlet") + " · "
	}
	return counts + plural(c.Passages(), "passage") + " · " + thousands(c.Words()) + " words"
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
