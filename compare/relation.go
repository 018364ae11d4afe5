package compare

import (
	"fmt"
	"time"

	"github.com/parallax-news/parallax/corpus"
)

// The relations a pair of articles can have, from the closest to the
// farthest. Their names are a public interface (compare --json).
const (
	Reprint   = "reprint"    // the same text, give or take furniture, cuts or a headline
	Rewrite   = "rewrite"    // the same event and largely the same facts and quotes, reworded
	SameEvent = "same-event" // independent reports of one event
	SameTopic = "same-topic" // the same subject, different events
	Unrelated = "unrelated"
)

// Thresholds of the relation rules. They were chosen on the annotated
// development set (testdata/eval) and the default corpus; docs/eval.md
// has the figures.
const (
	// sameEventCosine is the article similarity above which two reports
	// close in time may tell one event.
	sameEventCosine = 0.30
	// topicCosine is the similarity below which articles are unrelated
	// unless they name the same actors.
	topicCosine = 0.12
	// sameEventDays is the largest gap between publication dates of two
	// reports of one event.
	sameEventDays = 2
	// rewriteQuotes is how many quotations two articles must share for a
	// reworded pair to count as a rewrite when passages alone fall short.
	rewriteQuotes = 2
)

// RelationEvidence is the figures that decided a relation.
type RelationEvidence struct {
	// Verbatim is the share of the shorter article's words inside runs
	// both articles carry word for word; Shared the share in passages both
	// tell (word for word or reworded).
	Verbatim float64 `json:"verbatim"`
	Shared   float64 `json:"shared"`
	// Similarity is the articles' TF-IDF cosine.
	Similarity float64 `json:"similarity"`
	// Quotes is the number of quotations both carry.
	Quotes int `json:"quotes"`
	// Actors is the number of actors both name, ActorsShare their share
	// of the actors of the article naming fewer.
	Actors      int     `json:"actors"`
	ActorsShare float64 `json:"actors_share"`
	// DaysApart is the gap between the publication dates, -1 when a date
	// is unknown.
	DaysApart int `json:"days_apart"`
	// Reasons says, in words, why.
	Reasons []string `json:"reasons"`
}

// relation decides how two articles relate from a comparison's figures.
// shortA says whether A is the shorter article.
func relation(res *Result, a, b *corpus.Article, shortA bool) (string, RelationEvidence) {
	ev := RelationEvidence{Similarity: res.Similarity, Quotes: len(res.Quotes), Actors: len(res.ActorsBoth), DaysApart: daysApart(a.Published, b.Published)}
	ev.Verbatim, ev.Shared = res.VerbatimB, res.ShareB
	if shortA {
		ev.Verbatim, ev.Shared = res.VerbatimA, res.ShareA
	}
	fewer := min(len(res.ActorsBoth)+len(res.ActorsOnlyA), len(res.ActorsBoth)+len(res.ActorsOnlyB))
	if fewer > 0 {
		ev.ActorsShare = round(float64(len(res.ActorsBoth)) / float64(fewer))
	}
	near := ev.DaysApart < 0 || ev.DaysApart <= sameEventDays
	why := func(f string, args ...any) { ev.Reasons = append(ev.Reasons, fmt.Sprintf(f, args...)) }
	switch {
	case ev.Verbatim >= reprintShare:
		why("%.0f%% of the shorter article is word for word in the other", ev.Verbatim*100)
		return Reprint, ev
	case near && (ev.Shared >= rewriteShare || ev.Quotes >= rewriteQuotes && res.Similarity >= sameEventCosine):
		why("%.0f%% of the shorter article is in passages both tell, %d quotations shared", ev.Shared*100, ev.Quotes)
		return Rewrite, ev
	case near && res.Similarity >= sameEventCosine:
		why("similar subject (%.2f) and published within %d days", res.Similarity, sameEventDays)
		return SameEvent, ev
	case res.Similarity >= topicCosine:
		if !near {
			why("similar subject (%.2f) but published %d days apart", res.Similarity, ev.DaysApart)
		} else {
			why("some subject in common (%.2f), too little for one event", res.Similarity)
		}
		return SameTopic, ev
	}
	why("little in common: similarity %.2f, %d actors both name", res.Similarity, ev.Actors)
	return Unrelated, ev
}

// daysApart is the number of days between two YYYY-MM-DD dates, or -1.
func daysApart(a, b string) int {
	ta, ea := time.Parse("2006-01-02", a)
	tb, eb := time.Parse("2006-01-02", b)
	if ea != nil || eb != nil {
		return -1
	}
	d := int(ta.Sub(tb).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d
}
