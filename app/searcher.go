package app

import (
	"strconv"
	"strings"
	"sync"

	"github.com/parallax-news/parallax/search"
)

// resultsPage is how many passages the results show at first, and how
// many more each "Show more" adds: a large corpus can match thousands,
// which would cost more to draw than to find.
const resultsPage = 100

// searcher runs the explorer's searches through a search.Typist, so a
// keystroke works out only the word being typed. A new filter or limit
// starts a new Typist.
type searcher struct {
	mu     sync.Mutex
	key    string
	env    *Env
	typist *search.Typist
}

// run searches q in env among the passages naming every actor in ids, at most
// limit hits, and when nothing matches, explains why.
func (s *searcher) run(env *Env, q string, ids []string, limit int) (search.Result, []search.TermCount) {
	s.mu.Lock()
	defer s.mu.Unlock()
	key := strings.Join(ids, ",") + "|" + strconv.Itoa(limit)
	if s.typist == nil || s.key != key || s.env != env {
		s.typist, s.key, s.env = env.Index.NewTypist(searchOptions(env, ids, limit)), key, env
	}
	res := s.typist.Search(q)
	if res.Total == 0 && strings.TrimSpace(q) != "" {
		return res, env.Index.Explain(q)
	}
	return res, nil
}

// searchOptions are the options of a search among the passages naming
// every actor in ids, at most limit hits (0: all).
func searchOptions(env *Env, ids []string, limit int) search.Options {
	opt := search.Options{Limit: limit}
	if keep := keepActors(env.Actors, ids); keep != nil {
		opt.Keep = func(p search.Passage) bool { return keep(p.Paragraph.ID) }
	}
	return opt
}
