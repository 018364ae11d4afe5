package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/corpus"
)

// TestFixtures reads each fixture page (a default article in one of three
// kinds of news-site furniture, written by testdata/makepages.go) and checks
// that every article paragraph is a passage, no furniture text is, and the
// title and date come from the page.
func TestFixtures(t *testing.T) {
	pages, _ := filepath.Glob("testdata/pages/*.html")
	if len(pages) == 0 {
		t.Fatal("no fixture pages: run go run extract/testdata/makepages.go")
	}
	def, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		id := strings.TrimSuffix(filepath.Base(p), ".html")
		t.Run(id, func(t *testing.T) {
			data, _ := os.ReadFile(p)
			a, err := corpus.Convert(filepath.Base(p), data, corpus.Meta{}, Page)
			if err != nil {
				t.Fatal(err)
			}
			passages := map[string]bool{}
			for _, para := range a.Paragraphs {
				passages[para.Text] = true
			}
			for _, want := range lines(t, "truth", id) {
				if !passages[want] {
					t.Errorf("paragraph missing: %.70s…", want)
				}
			}
			for _, chrome := range lines(t, "chrome", id) {
				if strings.Contains(a.Text, chrome) {
					t.Errorf("furniture kept as article text: %.70s…", chrome)
				}
			}
			orig := def.Article(id)
			if a.Title != orig.Title || a.Published != orig.Published {
				t.Errorf("title %q, date %q; want %q, %q", a.Title, a.Published, orig.Title, orig.Published)
			}
		})
	}
}

func lines(t *testing.T, dir, id string) []string {
	data, err := os.ReadFile(filepath.Join("testdata", dir, id+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(string(data)), "\n")
}

// TestHeadlineNotSiteName: a page whose only h1 is the site's logo gives
// the headline of its <title> or og:title, not the site's name; and an
// og:title with the site's name after a bar gives way to the story's h1,
// the headline alone.
func TestHeadlineNotSiteName(t *testing.T) {
	const text = `<p>Floods have cut off at least a dozen villages in northern Kenya after the river burst its banks on Sunday, the Red Cross said.</p>` +
		`<p>"We are using boats to reach people," said Amina Galgalo, a Red Cross coordinator in the county.</p>`
	logo := `<body><h1 class="logo">The Daily Courier</h1><div class="story"><h2>Floods cut off villages in northern Kenya</h2>` + text + `</div></body></html>`
	story := `<body><article><h1>Floods cut off villages in northern Kenya</h1>` + text + `</article></body></html>`
	tests := []struct{ name, head, body, want string }{
		{"title with the site after a bar", `<html><head><title>Floods cut off villages in northern Kenya | The Daily Courier</title></head>`, logo, "Floods cut off villages in northern Kenya"},
		{"og:title", `<html><head><title>The Daily Courier</title><meta property="og:title" content="Floods cut off villages in northern Kenya"><meta property="og:site_name" content="The Daily Courier"></head>`, logo, "Floods cut off villages in northern Kenya"},
		{"og:title written for sharing, the h1 and <title> agreeing on another", `<html><head><title>Floods cut off villages in northern Kenya - The Daily Courier</title><meta property="og:title" content="Dozens stranded as Kenyan river bursts banks"></head>`, story, "Floods cut off villages in northern Kenya"},
		{"the site's name before the headline in <title>, the headline in bold", `<html><head><title>Gulf Mirror - Floods cut off villages in northern Kenya</title></head>`, `<body><div id="top"><img src="/logo.gif" alt="Gulf Mirror"></div><table><tr><td><div class="headline"><b>Floods cut off villages in northern Kenya</b></div><div class="body">` + text + `</div></td></tr></table></body></html>`, "Floods cut off villages in northern Kenya"},
		{"og:title and <title> with the site after a bar, the site declared, the h1 its logo", `<html><head><title>Floods cut off villages in northern Kenya | The Daily Courier</title><meta property="og:title" content="Floods cut off villages in northern Kenya | The Daily Courier"><meta property="og:site_name" content="The Daily Courier"></head>`, logo, "Floods cut off villages in northern Kenya"},
		{"og:title with the site after a bar, h1 the headline", `<html><head><title>Floods cut off villages in northern Kenya | The Daily Courier</title><meta property="og:title" content="Floods cut off villages in northern Kenya | The Daily Courier"></head>`, story, "Floods cut off villages in northern Kenya"},
	}
	for _, tt := range tests {
		a, err := corpus.Convert("page.html", []byte(tt.head+tt.body), corpus.Meta{}, Page)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if a.Title != tt.want {
			t.Errorf("%s: title %q, want %q", tt.name, a.Title, tt.want)
		}
	}
}

// TestHeadlineGivenAsSiteName: go-trafilatura gives some pages' headline
// as their site's name too (a saved court report whose <title> is "X |
// Coastline Post"); a title the page's <title> opens with and its h1
// shows is then the headline, not the site's name after the bar.
func TestHeadlineGivenAsSiteName(t *testing.T) {
	const head = "Ferry operator fined after deckhand crushed by ramp"
	got := headline(head+" | Coastline Post", head, []string{head}, head, head)
	if got != head {
		t.Errorf("headline = %q, want %q", got, head)
	}
}

// TestSiteFromTitle: a page that declares no site name gives the one its
// <title> names after the headline, the last part; none when the title
// holds only the headline or a long tail that is no name.
func TestSiteFromTitle(t *testing.T) {
	const head = "Storm Dagmar batters west coast"
	for _, tt := range []struct{ title, want string }{
		{"Storm Dagmar batters west coast | Nordic Wire", "Nordic Wire"},
		{"LIVE: Storm Dagmar batters west coast | Weather | Nordic Wire", "Nordic Wire"},
		{"Storm Dagmar batters west coast – The Valley Courier-Journal", "The Valley Courier-Journal"},
		{"Storm Dagmar batters west coast", ""},
		{"Storm Dagmar batters west coast - and the ferries stop for the rest of the day", ""},
		{"Nordic Wire", ""},
	} {
		if got := siteFromTitle(tt.title, head); got != tt.want {
			t.Errorf("siteFromTitle(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
	page := `<html><head><title>LIVE: Storm Dagmar batters west coast | Nordic Wire</title><meta property="og:title" content="Storm Dagmar batters west coast"></head>` +
		`<body><article><h1>Storm Dagmar batters west coast</h1><p>About 60,000 homes in Rogaland and Vestland were without electricity on Thursday as gusts of up to 38 metres per second hit the coast.</p>` +
		`<p>"Some customers in exposed areas must be prepared to be without power until the weekend," an operations chief told Nordic Wire.</p></article></body></html>`
	a, err := corpus.Convert("storm.html", []byte(page), corpus.Meta{}, Page)
	if err != nil {
		t.Fatal(err)
	}
	if a.Outlet != "Nordic Wire" {
		t.Errorf("outlet %q, want the title's site, Nordic Wire", a.Outlet)
	}
}

func TestPageErrors(t *testing.T) {
	for _, tc := range []struct{ name, data, want string }{
		{"empty.html", "", "empty"},
		{"binary.html", "\x89PNG\x00\x00", "binary"},
		{"nothing.html", "<html><body><nav>Home</nav></body></html>", "no article"},
		{"latin1.html", "<html><body><p>Caf\xe9</p></body></html>", "UTF-8"},
	} {
		_, err := corpus.Convert(tc.name, []byte(tc.data), corpus.Meta{}, Page)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), tc.name) {
			t.Errorf("%s: error %v, want one naming the file and containing %q", tc.name, err, tc.want)
		}
	}
}

func FuzzPage(f *testing.F) {
	pages, _ := filepath.Glob("testdata/pages/*.html")
	for _, p := range pages[:1] {
		data, _ := os.ReadFile(p)
		f.Add(data)
	}
	f.Add([]byte("<p>x</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := corpus.Convert("fuzz.html", data, corpus.Meta{}, Page)
		if err == nil && len(a.Paragraphs) == 0 {
			t.Fatal("an article without passages")
		}
	})
}

// TestCaptions: the captions of an article's own figures are passages,
// after its text, without their credit and label ("Image source, …",
// "Image caption, "); a caption outside the article (another story's
// thumbnail) is not.
func TestCaptions(t *testing.T) {
	page := `<!doctype html><html><head><title>Storm closes the ferry port | Coastline</title></head><body>
<main><article><h1>Storm closes the ferry port</h1>
<figure><img src="a.jpg" alt=""><figcaption><span>Image source, Getty Images</span> <span>Image caption, </span>Waves break over the harbour wall at Oban on Sunday night</figcaption></figure>
<p>Ferries to the islands were cancelled on Monday after gusts of more than ninety miles an hour brought down power lines across the west of the country.</p>
<p>Engineers restored power to most homes overnight, the network operator said, but some remote properties would wait until Wednesday.</p>
<p>Rail services between the two towns were suspended after trees fell on the line, and buses replaced trains for the rest of the day.</p>
</article>
<aside><figure><img src="b.jpg" alt=""><figcaption>Budget day in pictures</figcaption></figure></aside></main></body></html>`
	a, err := corpus.Convert("storm.html", []byte(page), corpus.Meta{}, Page)
	if err != nil {
		t.Fatal(err)
	}
	last := a.Paragraphs[len(a.Paragraphs)-1].Text
	if last != "Waves break over the harbour wall at Oban on Sunday night." {
		t.Errorf("last passage %q, want the article's caption", last)
	}
	if strings.Contains(a.Text, "Budget day") {
		t.Error("a caption outside the article is a passage")
	}
	if strings.Contains(a.Text, "Getty") || strings.Contains(a.Text, "Image caption") {
		t.Error("a caption's credit or label is kept")
	}
}

// TestCaptionsOfDivPage: a page built of <div>s, with no <article> or
// <main>, still gives its captions, without the photo's credit, and not
// those of its navigation, asides or footer.
func TestCaptionsOfDivPage(t *testing.T) {
	page := `<!doctype html><html><head><title>Union calls rail strike | The Ledger</title></head><body>
<div class="nav"><a href="/">Home</a></div><header><figure><img src="logo.png"><figcaption>Our newsroom at night</figcaption></figure></header>
<div class="article"><h1>Union calls rail strike</h1>
<figure><img src="a.jpg"><figcaption>A Northway train at Leeds station. Photograph: Dan Lawton-Reeve/PA</figcaption></figure>
<figure><img src="b.jpg"><figcaption>Pickets outside the depot in York. Photo: Giorgi Tsereteli-Beridze</figcaption></figure>
<div class="body"><div>The rail union has called a three-day strike on Northway Rail in a dispute over plans to run trains without guards, the union said on Thursday.</div>
<div>The walkout, from 7 to 9 April, would halt most services across the county, the operator said in a statement on its website.</div>
<div>The union's general secretary said the company had refused to talk seriously about safety on the trains it runs each day.</div></div></div>
<aside><figure><img src="c.jpg"><figcaption>Budget day in pictures</figcaption></figure></aside></body></html>`
	a, err := corpus.Convert("strike.html", []byte(page), corpus.Meta{}, Page)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"A Northway train at Leeds station.", "Pickets outside the depot in York."} {
		if !slices.ContainsFunc(a.Paragraphs, func(p *corpus.Paragraph) bool { return p.Text == want }) {
			t.Errorf("no passage %q in %q", want, a.Text)
		}
	}
	for _, not := range []string{"Lawton-Reeve", "Tsereteli", "Budget day", "newsroom"} {
		if strings.Contains(a.Text, not) {
			t.Errorf("the text holds %q: %q", not, a.Text)
		}
	}
}

// TestStandfirst: the standfirst under a page's headline, which the
// article's extraction leaves out with its header, is the first passage;
// a short label with such a class, or one the text already holds, is not
// repeated.
func TestStandfirst(t *testing.T) {
	body := `<p>Ferries to the islands were cancelled on Monday after gusts of more than ninety miles an hour brought down power lines across the west of the country.</p>
<p>Engineers restored power to most homes overnight, the network operator said, but some remote properties would wait until Wednesday.</p>
<p>Rail services between the two towns were suspended after trees fell on the line, and buses replaced trains for the rest of the day.</p>`
	for _, tt := range []struct {
		name, header, want string
	}{
		{"standfirst", `<p class="standfirst">With its fleet down to four boats, Eyemouth Bay is growing kelp.</p>`, "With its fleet down to four boats, Eyemouth Bay is growing kelp."},
		{"dek", `<h2 class="article__dek">Ferry operator Calnaran says storms cost it a week of sailings.</h2>`, "Ferry operator Calnaran says storms cost it a week of sailings."},
		{"no closing stop", `<div class="standfirst">With its fleet down to four boats, Eyemouth Bay is growing kelp</div>`, "With its fleet down to four boats, Eyemouth Bay is growing kelp."},
		{"short label", `<p class="c-dek">Scotland</p>`, "Ferries to the islands were cancelled on Monday after gusts of more than ninety miles an hour brought down power lines across the west of the country."},
	} {
		page := `<!doctype html><html><head><title>Storm closes the ferry port | Coastline</title></head><body><main><article><div class="kicker">Coastal</div><h1>Storm closes the ferry port</h1>` + tt.header + `<p class="byline">Fiona Roe in Oban</p><div class="article-body">` + body + `</div></article></main></body></html>`
		a, err := corpus.Convert("storm.html", []byte(page), corpus.Meta{}, Page)
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Paragraphs[0].Text; got != tt.want {
			t.Errorf("%s: first passage %q, want %q", tt.name, got, tt.want)
		}
		if n := strings.Count(a.Text, tt.want); n != 1 {
			t.Errorf("%s: the first passage's text is in the article %d times, want once", tt.name, n)
		}
	}
}
