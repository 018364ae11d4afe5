package app

import (
	"errors"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/fold"
	"github.com/parallax-news/parallax/search"
)

// shardActor is the actor view of a sharded index: the actor's label
// and the first passages naming it.
type shardActor struct {
	who   string
	res   shardResult
	limit int
	// quotes are the actor's quotations; noQuotes says the site
	// publishes none (built before they were).
	quotes   []actors.PublishedQuote
	noQuotes bool
}

// quoteFiles holds the quote files an env fetched.
type quoteFiles struct {
	mu      sync.Mutex
	buckets int // 0 until the index is read
	files   map[int]*actors.QuoteFile
}

// quotesOf fetches actor id's quotations; published is false for a site
// built before they were published.
func (e *ShardedEnv) quotesOf(id string) (quotes []actors.PublishedQuote, published bool, err error) {
	q := &e.quotes
	q.mu.Lock()
	defer q.mu.Unlock()
	if e.fetch == nil {
		return nil, true, nil
	}
	if q.buckets == 0 {
		data, err := e.fetch(quotesDir + "index.bin")
		if err != nil {
			if strings.Contains(err.Error(), "HTTP 404") {
				return nil, false, nil
			}
			return nil, true, err
		}
		var index actors.QuoteIndex
		if err := compare.Decode(data, &index); err != nil || index.Buckets < 1 {
			return nil, true, errors.New("the quotations' index is damaged: build the site again")
		}
		q.buckets = index.Buckets
	}
	n := actors.QuoteBucket(id, q.buckets)
	f := q.files[n]
	if f == nil {
		data, err := e.fetch(quotesDir + strconv.Itoa(n) + ".bin")
		if err != nil {
			return nil, true, err
		}
		f = &actors.QuoteFile{}
		if err := compare.Decode(data, f); err != nil {
			return nil, true, errors.New("a quotations file is damaged: build the site again (" + err.Error() + ")")
		}
		if q.files == nil {
			q.files = map[int]*actors.QuoteFile{}
		}
		q.files[n] = f
	}
	return f.Quotes[id], true, nil
}

// quotesDir is the sharded index's folder of quotations (the build's
// site.QuotesDir).
const quotesDir = "quotes/"

// loadActor fetches the actor the view names and its first limit
// passages, off the UI goroutine.
func (e *shardExplorer) loadActor(ctx app.Context, limit int) {
	who := e.shown.Who
	ctx.Async(func() {
		res, err := e.env.search("", []string{who}, limit, nil, func() bool { return true })
		var quotes []actors.PublishedQuote
		published := true
		if err == nil && len(res.chosen) > 0 {
			quotes, published, err = e.env.quotesOf(who)
		}
		ctx.Dispatch(func(ctx app.Context) {
			if e.shown.Who != who {
				return
			}
			e.actor, e.actorErr = shardActor{who: who, res: res, limit: limit, quotes: quotes, noQuotes: !published}, ""
			if err != nil {
				e.actorErr = err.Error()
			}
		})
	})
}

// moreMentions fetches the next page of the actor's passages.
func (e *shardExplorer) moreMentions(ctx app.Context, ev app.Event) {
	e.loadActor(ctx, e.actor.limit+shardedPage)
}

// renderShardActor shows one actor of a sharded index: its kind, how
// many passages and articles name it, the filter, its quotations by
// outlet, and the passages naming it with the words around its name.
// The actor's other names and roles are not kept at this size, and the
// view says so.
func (e *shardExplorer) renderShardActor() app.UI {
	v := e.shown
	close := v.closed().query()
	a := e.actor
	switch {
	case e.actorErr != "":
		return elemClassBody("article", "reader actor-view",
			link(close).Class("close").Aria("label", "Close the actor view").Text("×"),
			elemClass("p", "status error").Attr("role", "alert").Text(networkMessage(e.actorErr)),
		)
	case a.who != v.Who:
		return elemClass("article", "reader actor-view").Aria("busy", "true").Body(
			elemText("h2", "Opening the actor…"),
		)
	case len(a.res.chosen) == 0:
		return elemClassBody("article", "reader",
			elemText("h2", "No such actor"),
			elemText("p", "This link names an actor (“"+v.Who+"”) that is not in the corpus."),
			linkText(close, "Back to the results"),
		)
	}
	l := a.res.chosen[0]
	filter := "Filter the results by " + l.Name
	for _, id := range v.actorIDs() {
		if id == l.ID {
			filter = "Stop filtering the results by " + l.Name
		}
	}
	hits := a.res.Hits
	return elemClass("article", "reader actor-view").Aria("label", "Actor: "+l.Name).Body(
		link(close).Class("close").Aria("label", "Close the actor view").Text("×"),
		elemClassText("h2", "reader-title", l.Name),
		elemClassBody("dl", "meta",
			metaRow("Kind", l.Kind),
			metaRow("Named in", plural(a.res.Total, "passage")+" of "+plural(a.res.Articles, "article")),
		),
		elemBody("p",
			linkText(view{Query: v.Query, Actors: view{Actors: v.Actors}.toggleActor(l.ID).Actors}.query(), filter),
		),
		elemClassText("p", "status", "At this size the site keeps, for each actor, the passages naming them and their quotations: not the other names they go by or their roles, which the sites Parallax builds for smaller corpora show."),
		renderPublishedQuotes(a, l.Name, v),
		elemClassText("h3", "subhead", "Passages naming "+l.Name),
		elemClassBody("ol", "kwic",
			app.Range(hits).Slice(func(i int) app.UI {
				h := hits[i]
				left, name, right := aroundName(h.Text, l.Name)
				return elemBody("li",
					link(view{Query: v.Query, Actors: v.Actors, Article: h.Article, Passage: h.Passage}.query()).Body(
						elemClassText("span", "kwic-outlet", a.res.metas[h.Article].Outlet),
						elemClassText("span", "kwic-left", left),
						elemText("mark", name),
						elemClassText("span", "kwic-right", right),
					),
				)
			}),
		),
		when(len(hits) < a.res.Total, func() app.UI {
			return button("more-button").Text("Show more passages").OnClick(e.moreMentions)
		}),
	)
}

// aroundName cuts text around the first place it names name (its full
// form, or else its last word, folded), kwicContext bytes each side at
// word edges; with no such place, the text's start.
func aroundName(text, name string) (left, mid, right string) {
	start, end := findFolded(text, name)
	if start < 0 {
		words := strings.Fields(name)
		start, end = findFolded(text, words[len(words)-1])
	}
	if start < 0 {
		cut := min(len(text), 2*kwicContext)
		for cut < len(text) && !utf8.RuneStart(text[cut]) {
			cut++
		}
		right = text[:cut]
		if cut < len(text) {
			right = right[:search.WordEndOffset(right)] + " …"
		}
		return "", "", right
	}
	left = text[max(0, start-kwicContext):start]
	right = text[end:min(len(text), end+kwicContext)]
	if start > kwicContext {
		left = "… " + left[search.WordStartOffset(left):]
	}
	if end+kwicContext < len(text) {
		right = right[:search.WordEndOffset(right)] + " …"
	}
	return left, text[start:end], right
}

// findFolded finds the words of name in text as fold tokens them (case,
// accents and punctuation aside), and returns their byte span, or -1.
func findFolded(text, name string) (int, int) {
	want := fold.Tokens(name)
	if len(want) == 0 {
		return -1, -1
	}
	toks := fold.Tokens(text)
	for i := 0; i+len(want) <= len(toks); i++ {
		ok := true
		for k, w := range want {
			if toks[i+k].Term != w.Term {
				ok = false
				break
			}
		}
		if ok {
			return toks[i].Start, toks[i+len(want)-1].End
		}
	}
	return -1, -1
}

// renderPublishedQuotes shows an actor's quotations grouped by outlet, as
// the in-memory actor view does.
func renderPublishedQuotes(a shardActor, name string, v view) app.UI {
	if a.noQuotes {
		return elemClassText("p", "status", "This site was built before Parallax published quotations at this size: build it again to see "+name+"'s.")
	}
	return renderQuoteGroups(a.quotes, name, v)
}
