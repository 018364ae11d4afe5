package site

import (
	"cmp"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"sync"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/search"
)

// EventsDir is the folder of the sharded index holding the published
// events: pages of events (<n>.bin, compare.EventPage) and the
// comparisons of their pairs (pairs/<n>.bin, compare.PairFile).
const EventsDir = "events"

// maxPairFiles bounds the files the pairs' comparisons are spread over,
// so that a site stays under the file counts hosts allow (README).
const maxPairFiles = 4000

// pairsPerFile is about how many comparisons a pair file holds.
const pairsPerFile = 8

// eventFinder gathers, as the sharded build reads the articles, what
// finding their events needs later: each article's sketch, in a
// compare.Finder, and the actors each of its passages names (found chunk
// by chunk for the index's labels), so that the articles' second reading
// compares the candidate pairs without finding actors again.
type eventFinder struct {
	finder *compare.Finder
	// actors are the actors named, one per id (name and kind only), and
	// actorIndex their place in it.
	actors     []*actors.Actor
	actorIndex map[string]int32
	// named holds, by article in the Finder's order, the actors each of
	// its passages names.
	named [][]passageActor
}

// passageActor says that passage p of an article names actor a.
type passageActor struct {
	p uint16
	a int32
}

func newEventFinder() *eventFinder {
	return &eventFinder{finder: compare.NewFinder(), actorIndex: map[string]int32{}}
}

// add adds the next article, with its sketch and its passages' labels.
func (ev *eventFinder) add(a *corpus.Article, sketch compare.Sketch, labels map[string][]search.Label) {
	ev.finder.Add(sketch)
	var named []passageActor
	var ids []string
	for i, p := range a.Paragraphs {
		if i > int(^uint16(0)) {
			break
		}
		for _, l := range labels[p.ID] {
			if !slices.Contains(ids, l.ID) {
				ids = append(ids, l.ID)
			}
			k, ok := ev.actorIndex[l.ID]
			if !ok {
				k = int32(len(ev.actors))
				ev.actorIndex[l.ID] = k
				ev.actors = append(ev.actors, &actors.Actor{ID: l.ID, Name: l.Name, Kind: actors.Kind(l.Kind)})
			}
			named = append(named, passageActor{uint16(i), k})
		}
	}
	ev.named = append(ev.named, slices.Clip(named))
	ev.finder.Stats().CountActors(ids)
}

// batchJob is a batch of candidate pairs whose articles were all read.
type batchJob struct {
	pairs    [][2]string
	articles []*corpus.Article
	named    [][]passageActor
}

// batchResult is what comparing a batch found.
type batchResult struct {
	events []compare.Event
	pairs  []compare.Result
}

// write reads the articles again through reread, compares the candidate
// pairs of each batch once its articles are read (on every core), and
// writes the events and their pairs' comparisons. Only the articles of
// batches not yet compared are held.
func (ev *eventFinder) write(write func(name string, data []byte) error, reread func(each func(*corpus.Article) error) error) error {
	batches := ev.finder.Batches()
	index := map[string]int{} // article id → its place in the Finder
	for i := range ev.finder.Articles() {
		index[ev.finder.ID(i)] = i
	}
	inBatches := map[string][]int{}
	waiting := make([]int, len(batches))
	for b, batch := range batches {
		waiting[b] = len(batch.IDs)
		for _, id := range batch.IDs {
			inBatches[id] = append(inBatches[id], b)
		}
	}
	held := map[string]*corpus.Article{}
	pending := map[string]int{} // batches not yet compared, by article id
	jobs := make(chan batchJob)
	results := make(chan batchResult)
	stats := ev.finder.Stats()
	var workers sync.WaitGroup
	for range max(1, runtime.GOMAXPROCS(0)) {
		workers.Go(func() {
			for job := range jobs {
				results <- ev.compare(job, stats)
			}
		})
	}
	var found []compare.Event
	var pairs []compare.Result
	collected := make(chan struct{})
	go func() {
		for r := range results {
			found = append(found, r.events...)
			pairs = append(pairs, r.pairs...)
		}
		close(collected)
	}()
	dispatch := func(b int) {
		job := batchJob{pairs: batches[b].Pairs}
		for _, id := range batches[b].IDs {
			a := held[id]
			if a == nil {
				continue // not read again: changed or removed since
			}
			job.articles = append(job.articles, a)
			job.named = append(job.named, ev.named[index[id]])
			if pending[id]--; pending[id] == 0 {
				delete(held, id)
			}
		}
		waiting[b] = -1
		jobs <- job
	}
	metas := map[string]compare.ArticleInfo{}
	err := reread(func(a *corpus.Article) error {
		bs := inBatches[a.ID]
		if _, seen := metas[a.ID]; len(bs) == 0 || seen {
			return nil
		}
		held[a.ID], pending[a.ID] = a, len(bs)
		metas[a.ID] = compare.ArticleInfo{Title: a.Title, Outlet: a.Outlet, Published: a.Published}
		for _, b := range bs {
			if waiting[b]--; waiting[b] == 0 {
				dispatch(b)
			}
		}
		return nil
	})
	// A batch some of whose articles were not read again (changed or
	// removed since the first reading) is compared with those that were.
	for b := range batches {
		if err == nil && waiting[b] > 0 {
			dispatch(b)
		}
	}
	close(jobs)
	workers.Wait()
	close(results)
	<-collected
	if err != nil {
		return fmt.Errorf("reading the articles again to compare them: %w", err)
	}
	return ev.publish(write, compare.MergeEvents(found, compare.RelatedBy(pairs)), pairs, metas)
}

// compare compares a batch's candidate pairs with the whole corpus's
// word statistics and the actors the first reading found.
func (ev *eventFinder) compare(job batchJob, stats *compare.Stats) batchResult {
	c := &corpus.Corpus{Articles: job.articles}
	byPassage := map[string][]string{}
	var list []*actors.Actor
	copies := map[int32]*actors.Actor{}
	for i, a := range job.articles {
		for _, n := range job.named[i] {
			if int(n.p) >= len(a.Paragraphs) {
				continue
			}
			act := copies[n.a]
			if act == nil {
				orig := ev.actors[n.a]
				act = &actors.Actor{ID: orig.ID, Name: orig.Name, Kind: orig.Kind}
				copies[n.a] = act
				list = append(list, act)
			}
			pid := a.Paragraphs[n.p].ID
			byPassage[pid] = append(byPassage[pid], act.ID)
		}
	}
	set := actors.Assemble(list, byPassage)
	events, pairs := compare.NewWithStats(c, set, stats).EventsAmong(job.pairs)
	return batchResult{events, pairs}
}

// publish writes the events, largest first, in pages of
// compare.EventsPerPage, and the comparisons of their pairs spread over
// pair files by compare.PairFileOf.
func (ev *eventFinder) publish(write func(name string, data []byte) error, events []compare.Event, pairs []compare.Result, metas map[string]compare.ArticleInfo) error {
	slices.SortStableFunc(events, func(a, b compare.Event) int {
		return cmp.Or(cmp.Compare(len(b.Articles), len(a.Articles)), cmp.Compare(metas[a.First].Published, metas[b.First].Published))
	})
	files := min(maxPairFiles, max(1, (len(pairs)+pairsPerFile-1)/pairsPerFile))
	pages := max(1, (len(events)+compare.EventsPerPage-1)/compare.EventsPerPage)
	for n := range pages {
		page := compare.EventPage{Total: len(events), Pages: pages, PairFiles: files, Events: []compare.Event{}, Articles: map[string]compare.ArticleInfo{}}
		for _, e := range events[min(len(events), n*compare.EventsPerPage):min(len(events), (n+1)*compare.EventsPerPage)] {
			page.Events = append(page.Events, e)
			for _, id := range e.Articles {
				page.Articles[id] = metas[id]
			}
		}
		if err := writeJSON(write, EventsDir+"/"+strconv.Itoa(n)+".bin", page); err != nil {
			return err
		}
	}
	byFile := make([]compare.PairFile, files)
	for _, r := range pairs {
		f := &byFile[compare.PairFileOf(r.A, r.B, files)]
		if f.Names == nil {
			f.Names = map[string]string{}
		}
		f.Pairs = append(f.Pairs, r)
		for _, ids := range [][]string{r.ActorsBoth, r.ActorsOnlyA, r.ActorsOnlyB} {
			for _, id := range ids {
				if k, ok := ev.actorIndex[id]; ok {
					f.Names[id] = ev.actors[k].Name
				}
			}
		}
	}
	for n, f := range byFile {
		if f.Pairs == nil {
			f.Pairs = []compare.Result{}
		}
		if err := writeJSON(write, EventsDir+"/pairs/"+strconv.Itoa(n)+".bin", f); err != nil {
			return err
		}
	}
	return nil
}

// writeJSON writes v as a published file.
func writeJSON(write func(name string, data []byte) error, name string, v any) error {
	data, err := compare.Encode(v)
	if err != nil {
		return fmt.Errorf("encoding %s: %w", name, err)
	}
	return write(name, data)
}

// QuotesDir is the folder of the sharded index holding the actors'
// quotations: index.bin (actors.QuoteIndex) and <n>.bin
// (actors.QuoteFile, the actors whose actors.QuoteBucket is n).
const QuotesDir = "quotes"

// quotesPerFile is about how many quotations a quote file holds.
const quotesPerFile = 200

// writeQuotes writes the quotations by speaker in files of about
// quotesPerFile, at most maxPairFiles of them.
func writeQuotes(write func(name string, data []byte) error, quotes map[string][]actors.PublishedQuote) error {
	total := 0
	for _, qs := range quotes {
		total += len(qs)
	}
	buckets := min(maxPairFiles, max(1, (total+quotesPerFile-1)/quotesPerFile))
	files := make([]actors.QuoteFile, buckets)
	for i := range files {
		files[i].Quotes = map[string][]actors.PublishedQuote{}
	}
	for id, qs := range quotes {
		files[actors.QuoteBucket(id, buckets)].Quotes[id] = qs
	}
	if err := writeJSON(write, QuotesDir+"/index.bin", actors.QuoteIndex{Buckets: buckets}); err != nil {
		return err
	}
	for n, f := range files {
		if err := writeJSON(write, QuotesDir+"/"+strconv.Itoa(n)+".bin", f); err != nil {
			return err
		}
	}
	return nil
}
