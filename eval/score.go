package eval

import (
	"path"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/actors/find"
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/fold"
	"github.com/parallax-news/parallax/search"
)

// Key folds a name for comparison: accents and case folded, every
// character but letters and digits dropped, a final possessive 's
// removed.
func Key(s string) string {
	s = strings.TrimSpace(s)
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(s, suf) {
			s = strings.TrimSuffix(s, suf)
		}
	}
	var b strings.Builder
	for _, r := range fold.String(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Reading is what Parallax read of a corpus: the articles, their actors,
// search and comparison.
type Reading struct {
	Corpus *corpus.Corpus
	Actors *actors.Set
	Index  *search.Index
	Comp   *compare.Comparer
}

// Read runs Parallax's reading of c.
func Read(c *corpus.Corpus) *Reading {
	set := find.Actors(c)
	return &Reading{Corpus: c, Actors: set, Index: search.NewIndex(c), Comp: compare.New(c, set)}
}

// Score measures a reading against the gold annotation. htmlFiles are the
// stems of the folder's saved web pages, to report how many were imported.
func Score(r *Reading, g *Gold) *Report {
	rep := &Report{Has: g.Has}
	byStem := map[string]*corpus.Article{}
	for _, a := range r.Corpus.Articles {
		byStem[stem(a.File)] = a
		if _, dup := byStem[a.ID]; !dup {
			byStem[a.ID] = a
		}
	}
	rep.scoreArticles(byStem, g)
	rep.scoreActors(r, byStem, g)
	rep.scoreQuotes(r, byStem, g)
	rep.scoreQueries(r, g)
	rep.scoreRelations(r, byStem, g)
	rep.scoreEvents(r, g)
	return rep
}

func stem(file string) string {
	file = path.Base(file)
	return strings.TrimSuffix(file, path.Ext(file))
}

func (rep *Report) scoreArticles(byStem map[string]*corpus.Article, g *Gold) {
	for _, ga := range g.Articles {
		a := byStem[ga.File]
		html := false
		if a != nil {
			html = strings.EqualFold(path.Ext(a.File), ".html") || strings.EqualFold(path.Ext(a.File), ".htm")
		}
		if html {
			rep.HTML.Total++
			rep.HTML.Right++
		}
		if a == nil {
			rep.Lost = append(rep.Lost, ga.File)
			rep.Headlines.Total++
			continue
		}
		rep.Headlines.Total++
		if Key(a.Title) == Key(ga.Title) {
			rep.Headlines.Right++
		} else {
			rep.Misses.Headlines = append(rep.Misses.Headlines, Miss{File: ga.File, Want: ga.Title, Got: a.Title})
		}
	}
}

// actorKeys is the folded names an actor goes by.
func actorKeys(a *actors.Actor) []string {
	keys := []string{Key(a.Name)}
	for _, al := range a.Aliases {
		keys = append(keys, Key(al))
	}
	return keys
}

// goldKeys is the folded names a gold actor goes by in its file.
func goldKeys(ga GoldActor) map[string]bool {
	keys := map[string]bool{Key(ga.Name): true}
	for _, s := range ga.Surfaces {
		keys[Key(s)] = true
	}
	delete(keys, "")
	return keys
}

func matches(a *actors.Actor, keys map[string]bool) bool {
	for _, k := range actorKeys(a) {
		if keys[k] {
			return true
		}
	}
	return false
}

func (rep *Report) scoreActors(r *Reading, byStem map[string]*corpus.Article, g *Gold) {
	inFile := map[string][]*actors.Actor{}
	for _, a := range r.Actors.Actors {
		for art := range a.Mentions {
			inFile[art] = append(inFile[art], a)
		}
	}
	goldByFile := map[string][]GoldActor{}
	for _, ga := range g.Actors {
		goldByFile[ga.File] = append(goldByFile[ga.File], ga)
	}
	for _, ga := range g.Actors {
		art := byStem[ga.File]
		var found []*actors.Actor
		if art != nil {
			keys := goldKeys(ga)
			for _, a := range inFile[art.ID] {
				if matches(a, keys) {
					found = append(found, a)
				}
			}
		}
		rep.AllKinds.Total++
		if len(found) > 0 {
			rep.AllKinds.Right++
		} else {
			rep.Misses.Actors = append(rep.Misses.Actors, Miss{File: ga.File, Want: ga.Name + " (" + ga.Kind + ")"})
		}
		if ga.Kind != "person" {
			continue
		}
		rep.Persons.Gold++
		if len(found) > 0 {
			rep.Persons.Found++
		} else {
			rep.Misses.Persons = append(rep.Misses.Persons, Miss{File: ga.File, Want: ga.Name, Got: strings.Join(ga.Surfaces, "|")})
		}
		var people []string
		for _, a := range found {
			if a.Kind == actors.Person {
				people = append(people, a.Name)
			}
		}
		if len(people) > 1 {
			rep.Persons.Splits++
			rep.Misses.Splits = append(rep.Misses.Splits, Miss{File: ga.File, Want: ga.Name, Got: strings.Join(people, " | ")})
		}
	}
	// Precision: the actors called persons in a file that are a gold
	// person of that file.
	for _, ga := range g.Articles {
		art := byStem[ga.File]
		if art == nil || !g.Has[AliasesFile] {
			continue
		}
		for _, a := range inFile[art.ID] {
			if a.Kind != actors.Person {
				continue
			}
			rep.Persons.System++
			ok := false
			for _, gp := range goldByFile[ga.File] {
				if gp.Kind == "person" && matches(a, goldKeys(gp)) {
					ok = true
					break
				}
			}
			if ok {
				rep.Persons.Precise++
			} else {
				rep.Misses.FalsePersons = append(rep.Misses.FalsePersons, Miss{File: ga.File, Got: a.Name})
			}
		}
	}
	// Key actors: MANIFEST's actors column, matched through the file's
	// aliases when ALIASES has the actor.
	for _, ga := range g.Articles {
		art := byStem[ga.File]
		for _, name := range ga.Actors {
			keys := map[string]bool{Key(name): true}
			for _, gp := range goldByFile[ga.File] {
				if Key(gp.Name) == Key(name) {
					keys = goldKeys(gp)
				}
			}
			rep.KeyActors.Total++
			found := false
			if art != nil {
				for _, a := range inFile[art.ID] {
					if matches(a, keys) {
						found = true
						break
					}
				}
			}
			if found {
				rep.KeyActors.Right++
			}
		}
	}
}

func (rep *Report) scoreQuotes(r *Reading, byStem map[string]*corpus.Article, g *Gold) {
	surfaces := map[[2]string]map[string]bool{}
	for _, ga := range g.Actors {
		surfaces[[2]string{ga.File, Key(ga.Name)}] = goldKeys(ga)
	}
	for _, gq := range g.Quotes {
		rep.Quotes.Total++
		art := byStem[gq.File]
		keys := surfaces[[2]string{gq.File, Key(gq.Speaker)}]
		if keys == nil {
			keys = map[string]bool{Key(gq.Speaker): true}
		}
		want := Key(gq.Start)
		got := ""
		ok := false
		if art != nil {
			for _, a := range r.Actors.Actors {
				for _, q := range a.Quotes {
					if q.Article != art.ID || !strings.Contains(Key(q.Text), want) {
						continue
					}
					if matches(a, keys) {
						ok = true
					} else if got == "" {
						got = a.Name
					}
				}
			}
			if !ok && got == "" {
				for _, q := range r.Actors.Unattributed {
					if q.Article == art.ID && strings.Contains(Key(q.Text), want) {
						got = "(no speaker)"
					}
				}
			}
		}
		if ok {
			rep.Quotes.Right++
			continue
		}
		if got == "" {
			got = "(quotation not found)"
		}
		rep.Misses.Quotes = append(rep.Misses.Quotes, Miss{File: gq.File, Want: gq.Speaker + ": " + gq.Start, Got: got})
	}
}

func (rep *Report) scoreQueries(r *Reading, g *Gold) {
	stemOf := map[string]string{}
	for _, a := range r.Corpus.Articles {
		stemOf[a.ID] = stem(a.File)
	}
	for _, gq := range g.Queries {
		rep.Queries.Total++
		res := r.Index.Search(gq.Query, search.Options{})
		got := map[string]bool{}
		for _, h := range res.Hits {
			got[stemOf[h.Article]] = true
		}
		want := map[string]bool{}
		for _, f := range gq.Files {
			want[f] = true
		}
		if sameSet(got, want) {
			rep.Queries.Right++
			continue
		}
		rep.Misses.Queries = append(rep.Misses.Queries, Miss{File: gq.Query, Want: strings.Join(sortedKeys(want), " "), Got: strings.Join(sortedKeys(got), " ")})
	}
}

func (rep *Report) scoreRelations(r *Reading, byStem map[string]*corpus.Article, g *Gold) {
	rep.Confusion = map[string]map[string]int{}
	for _, gp := range g.Pairs {
		rep.Relations.Total++
		a, b := byStem[gp.A], byStem[gp.B]
		got := "lost"
		if a != nil && b != nil {
			got = r.Comp.Compare(a, b).Relation
		}
		if rep.Confusion[gp.Relation] == nil {
			rep.Confusion[gp.Relation] = map[string]int{}
		}
		rep.Confusion[gp.Relation][got]++
		if got == gp.Relation {
			rep.Relations.Right++
		} else {
			rep.Misses.Relations = append(rep.Misses.Relations, Miss{File: gp.A + " " + gp.B, Want: gp.Relation, Got: got})
		}
	}
}

// scoreEvents compares the corpus's events with the manifest's, pair of
// articles by pair of articles.
func (rep *Report) scoreEvents(r *Reading, g *Gold) {
	event := map[string]string{} // article id → annotated event
	byEvent := map[string]int{}
	for _, ga := range g.Articles {
		if ga.Event != "" {
			event[ga.File] = ga.Event
			byEvent[ga.Event]++
		}
	}
	var score EventScore
	for _, n := range byEvent {
		score.Gold += n * (n - 1) / 2
	}
	if score.Gold == 0 {
		return
	}
	for _, ev := range r.Comp.Events() {
		ids := make([]string, len(ev.Articles))
		for i, id := range ev.Articles {
			ids[i] = id
			if a := r.Corpus.Article(id); a != nil {
				ids[i] = stem(a.File)
			}
		}
		joined := map[string]bool{}
		for i, x := range ids {
			joined[event[x]] = true
			for _, y := range ids[i+1:] {
				score.System++
				if event[x] != "" && event[x] == event[y] {
					score.Both++
				}
			}
		}
		if len(joined) > 1 {
			rep.Misses.Events = append(rep.Misses.Events, Miss{File: strings.Join(ids, " "), Want: strings.Join(sortedKeys(joined), " "), Got: ev.Label})
		}
	}
	rep.Events = &score
}

func sameSet(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return slices.Compact(out)
}
