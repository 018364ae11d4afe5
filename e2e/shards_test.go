package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// shown is what a results page shows for a query: the count, the
// passages in order, each with its marked words, and the articles' titles.
type shown struct {
	Status   string   `json:"status"`
	Passages []string `json:"passages"`
	Titles   []string `json:"titles"`
}

// readShown waits until the results of q are drawn and reads them.
func readShown(ctx context.Context, q string, out *shown) chromedp.Action {
	return readFiltered(ctx, q, "", out)
}

// readFiltered waits until the results of q among the passages naming
// the actors (ids, comma-separated) are drawn and reads them.
func readFiltered(ctx context.Context, q, actors string, out *shown) chromedp.Action {
	return chromedp.Tasks{
		chromedp.Poll(`document.querySelector(".search-pane").dataset.resultsFor === `+jsString(q)+` && (document.querySelector(".search-pane").dataset.actorsFor || "") === `+jsString(actors)+` && document.querySelector('[aria-busy="true"]') === null`, nil, chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Evaluate(`({
			status: document.querySelector('.status[aria-live]')?.textContent ?? document.querySelector('.status:not(.sharded-note)')?.textContent ?? "",
			passages: [...document.querySelectorAll("li.passage")].map(e => e.dataset.passage + " " + [...e.querySelectorAll("mark")].map(m => m.textContent).join("|")),
			titles: [...document.querySelectorAll(".result-title a")].map(e => e.textContent),
		})`, out),
	}
}

// shardQueries are typed into both forms: one word, several, a typo, a
// phrase, initials, and words past a postings head.
var shardQueries = []string{"Shoigu", "Pyongyang", "Kim Jong Un", "sanctons", `"Security Council"`, "artillery shells", "kju", "no-such-wordzz"}

// shardFilters are actor filters opened from a link in both forms, with
// and without a query: the generated corpus is one chunk of the sharded
// build's actor finding, so both forms find the same actors.
var shardFilters = []string{"?actor=sergei-shoigu", "?q=korea&actor=sergei-shoigu", "?q=weapons&actor=kim-jong-un,sergei-shoigu"}

// TestShardedMatchesInMemory: the same generated corpus built in both
// forms shows the same results for every query (the sharded page a
// screen of them, each among the in-memory page's and marked alike, with
// the same counts or bounds labelled as estimates), whether opened from
// a link or typed key by key; "Show more" adds a page in each; and an
// article opens from a result in the sharded form, its text fetched then.
func TestShardedMatchesInMemory(t *testing.T) {
	site(t)
	memory := serve(t, staticHost(built.genMemory))
	sharded := serve(t, staticHost(built.genShards))
	ctx := browser(t)
	var form string
	if err := chromedp.Run(ctx, chromedp.Navigate(sharded.URL+base), waitForApp(ctx),
		chromedp.Evaluate(`document.querySelector(".search-pane").dataset.form || ""`, &form)); err != nil {
		t.Fatalf("opening the sharded site: %v", err)
	}
	if form != "shards" {
		t.Fatalf("the -shards site's page is of form %q, want shards", form)
	}
	for _, q := range shardQueries {
		var want, got, typed shown
		link := base + "?q=" + url.QueryEscape(q)
		for _, step := range []struct {
			name    string
			actions chromedp.Action
		}{
			{"in memory, from a link", chromedp.Tasks{chromedp.Navigate(memory.URL + link), waitForApp(ctx), readShown(ctx, q, &want)}},
			{"sharded, from a link", chromedp.Tasks{chromedp.Navigate(sharded.URL + link), waitForApp(ctx), readShown(ctx, q, &got)}},
			{"sharded, typed", chromedp.Tasks{chromedp.Navigate(sharded.URL + base), waitForApp(ctx), chromedp.SendKeys("#q", q, chromedp.ByQuery), readShown(ctx, q, &typed)}},
		} {
			if err := chromedp.Run(ctx, step.actions); err != nil {
				var state string
				chromedp.Run(ctx, chromedp.Evaluate(`JSON.stringify({q: document.querySelector("#q")?.value, resultsFor: document.querySelector(".search-pane")?.dataset.resultsFor, busy: [...document.querySelectorAll('[aria-busy="true"]')].map(e => e.className + ": " + e.textContent.slice(0, 80)), ready: document.documentElement.dataset.ready})`, &state))
				t.Fatalf("%s, %s: %v (page: %s)", q, step.name, err, state)
			}
		}
		if len(want.Passages) == 0 && q != "no-such-wordzz" {
			t.Errorf("%s: the in-memory site shows %q and no passage: the comparison would be empty", q, want.Status)
		}
		// An estimate counts what the search read, which typing key by
		// key changes: both bound the true count (checked below).
		estimated := strings.HasPrefix(typed.Status, "At least ") || strings.HasPrefix(got.Status, "At least ")
		if !slices.Equal(typed.Passages, got.Passages) || typed.Status != got.Status && !estimated {
			t.Errorf("%s: typed, the sharded site shows %d passages (%q); from a link %d (%q)", q, len(typed.Passages), typed.Status, len(got.Passages), got.Status)
		}
		// The sharded page shows a screen of hits (20), the in-memory one
		// 100: the first are among the second, marked alike, and the
		// counts agree, or bound the true one where labelled estimates.
		if len(got.Passages) != min(20, len(want.Passages)) {
			t.Errorf("%s: the sharded site shows %d passages, want %d", q, len(got.Passages), min(20, len(want.Passages)))
		}
		for _, p := range got.Passages {
			if !slices.Contains(want.Passages, p) {
				t.Errorf("%s: the sharded site shows %s, not among the in-memory site's first 100", q, p)
			}
		}
		for _, status := range []string{got.Status, typed.Status} {
			if est, ok := strings.CutPrefix(status, "At least "); ok {
				var n, wn int
				fmt.Sscanf(strings.ReplaceAll(est, ",", ""), "%d passages", &n)
				fmt.Sscanf(strings.ReplaceAll(want.Status, ",", ""), "%d passages", &wn)
				if n == 0 || n > wn || !strings.Contains(est, "an estimate") {
					t.Errorf("%s: the sharded site's estimate %q does not bound the count %q", q, status, want.Status)
				}
			} else if status != want.Status && len(want.Passages) > 0 {
				t.Errorf("%s: sharded status %q, in memory %q", q, status, want.Status)
			}
		}
	}

	// The actor filter, in both forms: the same passages, marked alike.
	for _, link := range shardFilters {
		u, _ := url.Parse(link)
		q, who := u.Query().Get("q"), u.Query().Get("actor")
		var want, got shown
		err := chromedp.Run(ctx,
			chromedp.Navigate(memory.URL+base+link), waitForApp(ctx), readFiltered(ctx, q, who, &want),
			chromedp.Navigate(sharded.URL+base+link), waitForApp(ctx), readFiltered(ctx, q, who, &got),
		)
		if err != nil {
			t.Fatalf("%s: %v", link, err)
		}
		var chips []string
		chromedp.Run(ctx, chromedp.Evaluate(`[...document.querySelectorAll(".chip.on .chip-name")].map(e => e.textContent)`, &chips))
		if len(chips) != strings.Count(link, ",")+1 {
			t.Errorf("%s: the sharded page shows the chosen actors %q", link, chips)
		}
		if q == "" {
			// The in-memory page lists the articles naming the actor,
			// the sharded one its first passages: their articles are
			// among them.
			if len(want.Titles) == 0 || len(got.Passages) == 0 {
				t.Errorf("%s: %d articles in memory, %d passages sharded: the comparison would be empty", link, len(want.Titles), len(got.Passages))
			}
			for _, title := range got.Titles {
				if !slices.Contains(want.Titles, title) {
					t.Errorf("%s: the sharded site shows %q, not among the in-memory site's articles", link, title)
				}
			}
			continue
		}
		if len(want.Passages) == 0 {
			t.Errorf("%s: the in-memory site shows no passage: the comparison would be empty", link)
		}
		if len(got.Passages) != min(20, len(want.Passages)) {
			t.Errorf("%s: the sharded site shows %d passages, want %d (%q)", link, len(got.Passages), min(20, len(want.Passages)), got.Status)
		}
		for _, p := range got.Passages {
			if !slices.Contains(want.Passages, p) {
				t.Errorf("%s: the sharded site shows %s, not among the in-memory site's", link, p)
			}
		}
	}

	// Show more, in both forms.
	var moreMemory, moreSharded int
	more := func(srv string, page int, n *int) chromedp.Action {
		return chromedp.Tasks{
			chromedp.Navigate(srv + base + "?q=pyongyang"), waitForApp(ctx),
			chromedp.Poll(`document.querySelectorAll("li.passage").length === `+strconv.Itoa(page), nil, chromedp.WithPollingTimeout(30*time.Second)),
			chromedp.Click(".more-button", chromedp.ByQuery),
			chromedp.Poll(`document.querySelectorAll("li.passage").length > `+strconv.Itoa(page), nil, chromedp.WithPollingTimeout(30*time.Second)),
			chromedp.Evaluate(`document.querySelectorAll("li.passage").length`, n),
		}
	}
	for _, f := range []struct {
		name, url string
		page      int
		n         *int
	}{{"in memory", memory.URL, 100, &moreMemory}, {"sharded", sharded.URL, 20, &moreSharded}} {
		if err := chromedp.Run(ctx, more(f.url, f.page, f.n)); err != nil {
			var state string
			chromedp.Run(ctx, chromedp.Evaluate(`JSON.stringify({passages: document.querySelectorAll("li.passage").length, more: document.querySelector(".more")?.textContent, status: [...document.querySelectorAll(".status")].map(e => e.textContent)})`, &state))
			t.Fatalf("show more, %s: %v (page: %s)", f.name, err, state)
		}
	}
	if moreMemory != 200 || moreSharded != 40 {
		t.Errorf("show more: %d passages in memory, %d sharded; want 200 and 40", moreMemory, moreSharded)
	}

	// Open an article from a result: its title and every passage.
	var clicked, title string
	var paras int
	err := chromedp.Run(ctx,
		chromedp.Navigate(sharded.URL+base+"?q=shoigu"), waitForApp(ctx),
		chromedp.Poll(`document.querySelector(".result-title a") !== null`, nil, chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Text(".result-title a", &clicked, chromedp.ByQuery),
		chromedp.Click(".result-title a", chromedp.ByQuery),
		chromedp.Poll(`document.querySelector(".reader-title") !== null`, nil, chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Text(".reader-title", &title, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll(".reader-text .para").length`, &paras),
	)
	if err != nil {
		t.Fatalf("opening an article: %v", err)
	}
	if title != clicked || paras == 0 {
		t.Errorf("opened %q with %d passages; want %q with its passages", title, paras, clicked)
	}
}

// TestShardedTypingFetchesNoPrefixes: keys typed faster than the typing
// pause fetch nothing for the short prefixes on the way ("S", "Sh",
// "Sho"): typing a word fetches no file of the index that opening it
// from a link, or the empty page, does not.
func TestShardedTypingFetchesNoPrefixes(t *testing.T) {
	site(t)
	sharded := serve(t, staticHost(built.genShards))
	ctx := browser(t)
	const q = "Shoi"
	fetched := func(out *[]string) chromedp.Action {
		return chromedp.Evaluate(`[...new Set(performance.getEntriesByType("resource").map(e => new URL(e.name).pathname).filter(p => p.includes("/shards/")))]`, out)
	}
	var empty, linked, typed []string
	var got shown
	for _, step := range []struct {
		name    string
		actions chromedp.Action
	}{
		{"the empty page", chromedp.Tasks{chromedp.Navigate(sharded.URL + base), waitForApp(ctx), readShown(ctx, "", &got), fetched(&empty)}},
		{"from a link", chromedp.Tasks{chromedp.Navigate(sharded.URL + base + "?q=" + url.QueryEscape(q)), waitForApp(ctx), readShown(ctx, q, &got), fetched(&linked)}},
		// Keys 60 ms apart, faster than the typing pause (150 ms) and
		// slow enough for each to search.
		{"typed", chromedp.Tasks{chromedp.Navigate(sharded.URL + base), waitForApp(ctx), readShown(ctx, "", &got),
			chromedp.Evaluate(`(async () => {
				const box = document.querySelector("#q"), q = `+jsString(q)+`;
				for (let i = 1; i <= q.length; i++) {
					box.value = q.slice(0, i);
					box.dispatchEvent(new Event("input", {bubbles: true}));
					await new Promise(r => setTimeout(r, 60));
				}
				return true;
			})()`, nil, awaitPromise),
			readShown(ctx, q, &got), fetched(&typed)}},
	} {
		if err := chromedp.Run(ctx, step.actions); err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
	}
	if len(got.Passages) == 0 {
		t.Fatalf("typed, %q shows no passage (%q)", q, got.Status)
	}
	var extra []string
	for _, f := range typed {
		if !slices.Contains(linked, f) && !slices.Contains(empty, f) {
			extra = append(extra, f)
		}
	}
	if len(extra) > 0 {
		t.Errorf("typing %q fetched %d files that neither its link nor the empty page needs: %v", q, len(extra), head(extra))
	}
}

func head(s []string) []string { return s[:min(len(s), 4)] }

// TestShardedOffline: a sharded site visited once, then cut off the
// network, answers a query typed before from the service worker's cache,
// and says that one never typed needs the network.
func TestShardedOffline(t *testing.T) {
	site(t)
	s := &switchable{}
	s.set(built.genShards, false)
	srv := serve(t, s)
	ctx := browser(t)
	var before, after shown
	var cached bool
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+base), waitForApp(ctx), waitForWorker(),
		chromedp.SendKeys("#q", "shoigu", chromedp.ByQuery), readShown(ctx, "shoigu", &before),
		// Wait until the worker has kept every file of the index fetched,
		// and the ranges read from passage packs under keys of their own.
		chromedp.Evaluate(`(async () => {
			for (let i = 0; i < 100; i++) {
				const urls = performance.getEntriesByType("resource").map(e => e.name).filter(u => u.includes("/shards/"));
				const keys = (await Promise.all((await caches.keys()).map(k => caches.open(k).then(c => c.keys())))).flat().map(r => r.url);
				const kept = await Promise.all(urls.map(u => u.includes("/passages/") ? keys.some(k => k.startsWith(u + "?range=")) : caches.match(u)));
				if (urls.some(u => u.includes("/passages/")) && kept.every(Boolean)) return true;
				await new Promise(r => setTimeout(r, 100));
			}
			return false;
		})()`, &cached, awaitPromise),
	)
	if err != nil {
		t.Fatalf("first visit: %v", err)
	}
	if !cached {
		t.Fatal("the service worker did not keep the index files the search fetched")
	}
	s.set(built.genShards, true)
	var alert string
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+base+"?q=shoigu"), waitForApp(ctx), readShown(ctx, "shoigu", &after),
		chromedp.Navigate(srv.URL+base+"?q=guterres"), waitForApp(ctx),
		chromedp.Poll(`document.querySelector('[role="alert"]') !== null`, nil, chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Text(`[role="alert"]`, &alert, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatalf("offline: %v", err)
	}
	if len(before.Passages) == 0 || !slices.Equal(after.Passages, before.Passages) {
		t.Errorf("offline, shoigu shows %d passages; online it showed %d", len(after.Passages), len(before.Passages))
	}
	if !strings.Contains(alert, "needs the network") {
		t.Errorf("offline, a query never typed says %q; want that it needs the network", alert)
	}
}

// chronoShown is a timeline as drawn: its intro's counts, and per date
// its label and entries.
type chronoShown struct {
	Intro  string     `json:"intro"`
	Groups [][]string `json:"groups"`
}

// readChronology reads the timeline drawn once pages says so ("" for the
// in-memory page).
func readChronology(ctx context.Context, pages string, out *chronoShown) chromedp.Action {
	ready := `document.querySelector(".chronology li.chrono-group") !== null`
	if pages != "" {
		ready += ` && document.querySelector(".timeline-view").dataset.timelinePages === ` + jsString(pages)
	}
	return chromedp.Tasks{
		chromedp.Poll(ready, nil, chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Evaluate(`({
			intro: document.querySelector(".timeline-intro").textContent.split(",")[0],
			groups: [...document.querySelectorAll(".chronology li.chrono-group")].map(g =>
				[g.querySelector(".chrono-date").textContent, ...[...g.querySelectorAll(".chrono-entries > li")].map(e => e.textContent)]),
		})`, out),
	}
}

// TestShardedTimeline: the timeline of the same generated corpus built in
// both forms shows the same counts and the same dates and entries, the
// sharded one a page at a time: each page it fetches continues the
// in-memory timeline where the last stopped.
func TestShardedTimeline(t *testing.T) {
	site(t)
	memory := serve(t, staticHost(built.genMemory))
	sharded := serve(t, staticHost(built.genShards))
	ctx := browser(t)
	var want, first, second chronoShown
	err := chromedp.Run(ctx,
		chromedp.Navigate(memory.URL+base+"?timeline=1"), waitForApp(ctx), readChronology(ctx, "", &want),
		chromedp.Navigate(sharded.URL+base+"?timeline=1"), waitForApp(ctx), readChronology(ctx, "1", &first),
		chromedp.Click(".timeline-view .more-button", chromedp.ByQuery), readChronology(ctx, "2", &second),
	)
	if err != nil {
		t.Fatalf("the timelines: %v", err)
	}
	if first.Intro != want.Intro || want.Intro == "" {
		t.Errorf("the sharded timeline says %q, the in-memory one %q", first.Intro, want.Intro)
	}
	for _, got := range []chronoShown{first, second} {
		if len(got.Groups) == 0 || len(got.Groups) > len(want.Groups) {
			t.Fatalf("the sharded timeline shows %d dates of %d", len(got.Groups), len(want.Groups))
		}
		last := len(got.Groups) - 1
		for i, g := range got.Groups {
			w := want.Groups[i]
			// The last date may be cut by the page's end.
			if i < last && !slices.Equal(g, w) || i == last && (len(g) > len(w) || !slices.Equal(g, w[:len(g)])) {
				t.Errorf("date %d of the sharded timeline:\n%q\nin memory:\n%q", i, g, w)
				break
			}
		}
	}
	if len(second.Groups) <= len(first.Groups) {
		t.Errorf("showing later dates went from %d dates to %d", len(first.Groups), len(second.Groups))
	}
}

// TestShardedCompare: the sharded site lists the events its build found,
// with the copies among their articles; a copy's "compare" link opens the
// pair side by side, fetched from the build's comparisons; a pair the
// build did not compare, or an article it does not hold, says so; and the
// sourcing view, which needs every article, says it is not at this size.
func TestShardedCompare(t *testing.T) {
	site(t)
	sharded := serve(t, staticHost(built.genShards))
	ctx := browser(t)
	var events int
	var links []string
	var verdict string
	var rows int
	var unpaired, missing string
	err := chromedp.Run(ctx,
		chromedp.Navigate(sharded.URL+base+"?compare=all"), waitForApp(ctx),
		chromedp.Poll(`document.querySelector("main.compare[data-events-shown]") !== null`, nil, chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Evaluate(`+document.querySelector("main.compare").dataset.eventsShown`, &events),
		chromedp.Evaluate(`[...document.querySelectorAll(".event-articles a[href*='compare=']")].map(a => a.getAttribute("href"))`, &links),
	)
	if err != nil {
		t.Fatalf("the sharded overview: %v", err)
	}
	if events == 0 || len(links) == 0 {
		t.Fatalf("the sharded overview lists %d events and %d copies; the generated corpus has planted reprints", events, len(links))
	}
	err = chromedp.Run(ctx,
		chromedp.Click(".event-articles a[href*='compare=']", chromedp.ByQuery),
		chromedp.WaitVisible(".rows .row", chromedp.ByQuery),
		chromedp.Text(".verdict", &verdict, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll(".rows .row:not(.row-head)").length`, &rows),
	)
	if err != nil {
		t.Fatalf("opening %s: %v", links[0], err)
	}
	if !strings.HasPrefix(verdict, "Reprint.") && !strings.HasPrefix(verdict, "Rewrite.") || rows == 0 {
		t.Errorf("the pair %s shows verdict %q and %d rows; want a reprint or rewrite side by side", links[0], verdict, rows)
	}
	err = chromedp.Run(ctx,
		chromedp.Navigate(sharded.URL+base+"?compare=gen-00001,gen-00002"), waitForApp(ctx),
		chromedp.Poll(`document.querySelector("main.compare [aria-busy]") === null && document.querySelector("main.compare h2")?.textContent === "Nothing to compare"`, nil, chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Text("main.compare p", &unpaired, chromedp.ByQuery),
		chromedp.Navigate(sharded.URL+base+"?compare=gen-00001,no-such-article"), waitForApp(ctx),
		chromedp.Poll(`document.querySelector("main.compare p")?.textContent.includes("not in the corpus")`, nil, chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Text("main.compare p", &missing, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatalf("the pairs not compared: %v", err)
	}
	if !strings.Contains(unpaired, "not found to report one event") {
		t.Errorf("a pair the build did not compare says %q", unpaired)
	}
	if !strings.Contains(missing, "no-such-article") {
		t.Errorf("a pair naming no article says %q", missing)
	}
	// The view that needs every article says it is not at this size.
	for _, v := range []string{"?sources=1"} {
		var says string
		err := chromedp.Run(ctx,
			chromedp.Navigate(sharded.URL+base+v), waitForApp(ctx),
			chromedp.Text("main", &says, chromedp.ByQuery),
		)
		if err != nil {
			t.Fatalf("%s: %v", v, err)
		}
		if !strings.Contains(says, "needs every article in the page") {
			t.Errorf("the sharded %s says %q; want that it needs every article", v, says)
		}
	}
}

// TestShardedActorView: the "i" of an actor opens, over the shards, the
// actor's kind, how many passages name them (as the filter counts them),
// their quotations (as the in-memory view groups them) and those passages
// with the name marked; "Show more passages" adds a page; an unknown
// actor says so.
func TestShardedActorView(t *testing.T) {
	site(t)
	sharded := serve(t, staticHost(built.genShards))
	ctx := browser(t)
	var title, named, status string
	var marks, more []string
	var unknown string
	err := chromedp.Run(ctx,
		chromedp.Navigate(sharded.URL+base+"?actor=sergei-shoigu"), waitForApp(ctx),
		chromedp.Poll(`document.querySelector(".search-pane").dataset.actorsFor === "sergei-shoigu" && document.querySelector('[aria-busy="true"]') === null`, nil, chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Text(".status[aria-live]", &status, chromedp.ByQuery),
		chromedp.Click(".chip-about", chromedp.ByQuery),
		chromedp.WaitVisible(".actor-view .kwic li", chromedp.ByQuery),
		chromedp.Text(".actor-view h2", &title, chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll(".actor-view dd")].map(d => d.textContent)[1] ?? ""`, &named),
		chromedp.Evaluate(`[...document.querySelectorAll(".actor-view .kwic mark")].map(m => m.textContent)`, &marks),
		chromedp.Click(".actor-view .more-button", chromedp.ByQuery),
		chromedp.Poll(`document.querySelectorAll(".actor-view .kwic li").length > `+strconv.Itoa(20), nil, chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Evaluate(`[...document.querySelectorAll(".actor-view .kwic mark")].map(m => m.textContent)`, &more),
		chromedp.Navigate(sharded.URL+base+"?who=no-such-actor"), waitForApp(ctx),
		chromedp.Poll(`document.querySelector(".reader h2")?.textContent === "No such actor"`, nil, chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Text(".reader p", &unknown, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatalf("the sharded actor view: %v", err)
	}
	if title != "Sergei Shoigu" {
		t.Errorf("the actor view's title is %q", title)
	}
	// The filter's status: "N passages in M articles name Sergei Shoigu".
	if counts := strings.SplitN(status, " name ", 2)[0]; named != strings.Replace(counts, " in ", " of ", 1) {
		t.Errorf("the actor view counts %q, the filter %q", named, status)
	}
	if len(marks) != 20 || len(more) <= len(marks) {
		t.Errorf("the actor view shows %d passages, then %d; want a page of 20, then more", len(marks), len(more))
	}
	for _, m := range more {
		if !strings.Contains(m, "Shoigu") {
			t.Errorf("a passage of the actor view marks %q, not the name", m)
		}
	}
	if !strings.Contains(unknown, "no-such-actor") {
		t.Errorf("an unknown actor says %q", unknown)
	}
	// The quotations, by outlet, are those of the in-memory actor view
	// (the generated corpus is one chunk of the sharded build's actors).
	memory := serve(t, staticHost(built.genMemory))
	quotes := func(u string) (out []string) {
		err := chromedp.Run(ctx,
			chromedp.Navigate(u), waitForApp(ctx),
			chromedp.WaitVisible(".actor-view .kwic li", chromedp.ByQuery),
			chromedp.Evaluate(`[...document.querySelectorAll(".actor-view .quote-group")].map(g => g.querySelector("h4").textContent + ": " + [...g.querySelectorAll("blockquote")].map(b => b.textContent).join(" | "))`, &out),
		)
		if err != nil {
			t.Fatalf("the quotations at %s: %v", u, err)
		}
		return out
	}
	want, got := quotes(memory.URL+base+"?who=sergei-shoigu"), quotes(sharded.URL+base+"?who=sergei-shoigu")
	if len(want) == 0 || !slices.Equal(got, want) {
		t.Errorf("the sharded actor view's quotations:\n%q\nthe in-memory one's:\n%q", got, want)
	}
}

// TestShardedReadsRanges: the sharded page reads its hits' text from the
// passage packs by range requests, through the service worker too, and
// whole packs on a host that ignores Range, with the same results either
// way.
func TestShardedReadsRanges(t *testing.T) {
	site(t)
	ranged := serve(t, staticHost(built.genShards))
	host := staticHost(built.genShards)
	whole := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Header.Del("Range") // as Python's http.server: the whole file
		host.ServeHTTP(w, r)
	}))
	ctx := browser(t)
	const q = "Pyongyang"
	folders := func(out *[]string) chromedp.Action {
		return chromedp.Evaluate(`[...new Set(performance.getEntriesByType("resource").map(e => new URL(e.name).pathname).filter(p => p.includes("/shards/")).map(p => p.split("/shards/")[1].split("/")[0]))]`, out)
	}
	type visit struct {
		shown   shown
		folders []string
	}
	read := func(srv string, v *visit) chromedp.Action {
		return chromedp.Tasks{chromedp.Navigate(srv + base + "?q=" + q), waitForApp(ctx), readShown(ctx, q, &v.shown), folders(&v.folders)}
	}
	var first, again, fallback visit
	// The first visit installs the service worker; the second goes
	// through it.
	if err := chromedp.Run(ctx, read(ranged.URL, &first), waitForWorker(), read(ranged.URL, &again), read(whole.URL, &fallback)); err != nil {
		t.Fatal(err)
	}
	if len(first.shown.Passages) == 0 {
		t.Fatalf("%s shows no passage (%q)", q, first.shown.Status)
	}
	for name, v := range map[string]visit{"first visit": first, "through the service worker": again} {
		if !slices.Contains(v.folders, "passages") || slices.Contains(v.folders, "text") {
			t.Errorf("%s: the page fetched from %v; want passages/ and no text/", name, v.folders)
		}
		if !slices.Equal(v.shown.Passages, first.shown.Passages) {
			t.Errorf("%s: %d passages, first %d", name, len(v.shown.Passages), len(first.shown.Passages))
		}
	}
	if !slices.Contains(fallback.folders, "passages") || slices.Contains(fallback.folders, "text") {
		t.Errorf("without ranges the page fetched from %v; want whole packs from passages/", fallback.folders)
	}
	if !slices.Equal(fallback.shown.Passages, first.shown.Passages) || fallback.shown.Status != first.shown.Status {
		t.Errorf("without ranges: %d passages (%q); with: %d (%q)", len(fallback.shown.Passages), fallback.shown.Status, len(first.shown.Passages), first.shown.Status)
	}
}
