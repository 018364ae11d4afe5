package app

import (
	"net/url"
	"strings"
)

// view is the state of the explorer that lives in the URL, so that a copied
// link reproduces what the reader saw.
//
//	?q=QUERY           the search
//	&article=ID        the article open in the reader
//	&passage=ID        the passage the reader scrolls to
type view struct {
	Query   string
	Article string
	Passage string
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
	}
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
