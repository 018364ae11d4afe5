package app

import (
	"net/url"
	"strings"
)

// view is the state of the explorer that lives in the URL, so that a copied
// link reproduces what the reader saw.
//
//	?q=QUERY           the search
//	&actor=ID,ID       the actors every result must name
//	&article=ID        the article open in the reader
//	&passage=ID        the passage the reader scrolls to
//	&who=ID            the actor open in the actor view
//	?compare=A,B       two articles side by side; ?compare=all the overview
//	?timeline=1        the dated events the articles report (&actor narrows)
//	?sources=1         for each outlet, whose words it carries
type view struct {
	Compare  string
	Timeline bool
	Sources  bool
	Query    string
	Actors   string // comma-separated actor ids, in the order chosen
	Article  string
	Passage  string
	Who      string
}

// closed returns v with the reader and actor view closed: the list the
// reader came from.
func (v view) closed() view {
	return view{Query: v.Query, Actors: v.Actors, Timeline: v.Timeline}
}

// maxActors bounds the actors a URL may select.
const maxActors = 8

// actorIDs returns the selected actor ids.
// needsActors reports whether the view cannot be drawn without the actors:
// a filter, the actor view or a comparison.
func (v view) needsActors() bool {
	return v.Actors != "" || v.Who != "" || v.Compare != "" || v.Sources
}

func (v view) actorIDs() []string {
	if v.Actors == "" {
		return nil
	}
	return strings.Split(v.Actors, ",")
}

// toggleActor returns v with the actor id selected or, if it was, not.
func (v view) toggleActor(id string) view {
	var out []string
	found := false
	for _, a := range v.actorIDs() {
		if a == id {
			found = true
			continue
		}
		out = append(out, a)
	}
	if !found {
		out = append(out, id)
	}
	v.Actors = strings.Join(out, ",")
	return v
}

// maxQueryLen bounds a query read from a URL: a longer one is cut, not
// refused, so a mangled link still opens.
const maxQueryLen = 500

// viewFromURL reads the view from a URL, ignoring what it does not know.
func viewFromURL(u *url.URL) view {
	if u == nil {
		return view{}
	}
	q := u.Query()
	v := view{
		Query:   strings.TrimSpace(q.Get("q")),
		Article: q.Get("article"),
		Passage: q.Get("passage"),
		Who:     q.Get("who"),
		Compare: strings.TrimSpace(q.Get("compare")),
		// ?timeline opens the timeline, with any value but "0" or "false".
		Timeline: q.Has("timeline") && q.Get("timeline") != "0" && q.Get("timeline") != "false",
		Sources:  q.Has("sources") && q.Get("sources") != "0" && q.Get("sources") != "false",
	}
	// Actor ids: unknown ones are kept for the page to report, empty ones
	// and repeats dropped, at most maxActors.
	seen := map[string]bool{}
	var ids []string
	for _, id := range strings.Split(q.Get("actor"), ",") {
		id = strings.TrimSpace(id)
		if id != "" && !seen[id] && len(ids) < maxActors {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	v.Actors = strings.Join(ids, ",")
	if len(v.Query) > maxQueryLen {
		v.Query = strings.ToValidUTF8(v.Query[:maxQueryLen], "")
	}
	return v
}

// query encodes the view as a query string ("" when empty).
func (v view) query() string {
	q := url.Values{}
	if v.Query != "" {
		q.Set("q", v.Query)
	}
	if v.Actors != "" {
		q.Set("actor", v.Actors)
	}
	if v.Who != "" {
		q.Set("who", v.Who)
	}
	if v.Compare != "" {
		q.Set("compare", v.Compare)
	}
	if v.Timeline {
		q.Set("timeline", "1")
	}
	if v.Sources {
		q.Set("sources", "1")
	}
	if v.Article != "" {
		q.Set("article", v.Article)
	}
	if v.Passage != "" {
		q.Set("passage", v.Passage)
	}
	if len(q) == 0 {
		return ""
	}
	return "?" + q.Encode()
}
