// Package actorwasm is the bridge between the explorer's app.wasm and the
// actor finder's own wasm (wasm/finder): the finder's code, the largest
// of Parallax, is needed only for articles a reader adds in the page and
// for the comparison views, so the explorer loads it when they are opened
// instead of on every visit.
//
// The finder (package finder) registers three JavaScript functions:
//
//   - Global takes a corpus snapshot (corpus.MarshalSnapshot) as a
//     Uint8Array and returns the actors it finds as stored actors
//     (actors.MarshalSet), a Uint8Array, or an object {error: "…"}.
//   - Compare takes a key naming a corpus and its actors (Key, then "-"
//     and anything the explorer chooses for the actors), the corpus's
//     snapshot with its stored actors or null, the question (one of the
//     Ask constants) and its arguments, all strings; it returns the answer
//     as JSON in a Uint8Array, or {error: "…"}, or {stale: true} when it
//     holds another corpus and was given no snapshot, which the explorer
//     then sends. It keeps one corpus, the last it was sent.
//   - Parse takes a file's name and its bytes (a Uint8Array) and returns
//     the article corpus.Parse reads from it as Parsed, JSON in a
//     Uint8Array, or {error: "…"}: the explorer reads the files a reader
//     adds with it, so the cleaner is not in app.wasm either.
//
// This package holds only those names and the answers' types, so that
// app.wasm can import it without the extractor or the comparison.
package actorwasm

import (
	"hash/fnv"
	"io"
	"strconv"

	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/corpus"
)

// Global is the name of the finder's function on the page's global object.
const Global = "parallaxFindActors"

// Compare is the name of the comparisons' function on the page's global
// object.
const Compare = "parallaxCompare"

// Parse is the name of the file reader's function on the page's global
// object.
const Parse = "parallaxParse"

// Parsed is Parse's answer: the article as the snapshot of a corpus of one
// (corpus.MarshalSnapshot), and the warnings corpus.Parse gave, which a
// snapshot does not carry.
type Parsed struct {
	Snapshot []byte   `json:"snapshot"`
	Warnings []string `json:"warnings"`
}

// The questions Compare answers, and the type of each answer.
const (
	// AskPair compares two articles, named by id: a compare.Result.
	AskPair = "pair"
	// AskOverview gives an Overview; its argument is the most articles
	// whose every pair is related, in decimal.
	AskOverview = "overview"
	// AskSources gives []compare.Sourcing.
	AskSources = "sources"
	// AskEvents gives the dated events, stored (dates.MarshalEvents), as
	// []byte.
	AskEvents = "events"
	// AskIndex gives the search index, stored (search.MarshalIndex), as
	// []byte.
	AskIndex = "index"
)

// Overview is what the comparison's overview shows.
type Overview struct {
	Matrix  []compare.Cell  `json:"matrix"`
	Stories []compare.Story `json:"stories"`
	Events  []compare.Event `json:"events"`
	// Relations relate every pair of articles, each pair once, when the
	// corpus is small enough for the matrix to show them; none otherwise.
	Relations []Relation `json:"relations"`
}

// Relation is how two articles relate (compare.Result.Relation).
type Relation struct {
	A        string `json:"a"`
	B        string `json:"b"`
	Relation string `json:"relation"`
}

// Key names a corpus for Compare: its passages' fingerprint and the
// articles' ids, outlets, dates and headlines, which the comparison reads
// too. The explorer adds a name for the actors it sends.
func Key(c *corpus.Corpus) string {
	h := fnv.New64a()
	for _, a := range c.Articles {
		for _, s := range []string{a.ID, a.Outlet, a.Published, a.Title} {
			io.WriteString(h, s)
			io.WriteString(h, "\x00")
		}
	}
	return strconv.FormatUint(c.Fingerprint(), 16) + "-" + strconv.FormatUint(h.Sum64(), 16)
}
