package search

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"slices"

	"github.com/parallax-news/parallax/corpus"
	"github.com/parallax-news/parallax/internal/record"
)

// Passage packs: every passage's text, each passage a record of its own in
// a few files of about packBytes (passages/<n>.bin), so that a page reads
// a hit's text with an HTTP range request of a few hundred bytes instead
// of a text shard of many passages. A pack holds consecutive passages:
// first the end of each one's record, packEntryBytes big-endian bytes
// counted from the end of this table, then the records. A record is a
// text shard of the one passage (its article's fields always written),
// gzipped when the index is. meta.bin lists each pack's first passage; a
// Remote reads a run of consecutive passages of a pack with two ranges,
// their ends and then their records (see Remote.loadPacked). A host that
// ignores Range (Python's http.server does) sends whole packs instead,
// or the index's text shards when it has them (ShardOptions.TextFiles).

// packBytes is about how many bytes of records a pack holds: hosts limit
// a file's size (Cloudflare Pages to 25 MiB), fewer files are kinder to
// those that limit their count, and a host that ignores Range sends a
// hit's whole pack.
const packBytes = 2 << 20

// packEntryBytes is the width of a record's end in a pack's table: up to
// a terabyte of records.
const packEntryBytes = 5

// ErrNoRanges is what a range fetcher returns when the host answered a
// range request with the whole file: the Remote then reads text shards.
var ErrNoRanges = errors.New("the host does not answer range requests")

// packWriter fills the passage packs as a ShardBuilder adds passages.
type packWriter struct {
	off    bool // write none
	gzip   bool
	write  func(name string, data []byte) error
	data   []byte   // the records of the pack being filled
	ends   []uint64 // their ends in data
	firsts []int    // the first passage of each pack, written or filling
	zbuf   bytes.Buffer
	zw     *gzip.Writer
}

// add appends passage p's record; the pack is written once it is full.
func (w *packWriter) add(p int, a *corpus.Article, para *corpus.Paragraph, labels []Label) error {
	if w.off {
		return nil
	}
	if len(w.ends) == 0 {
		w.firsts = append(w.firsts, p)
	}
	rec := record.Writer{}
	rec.Num(1)
	writeArticleMeta(&rec, a.Meta)
	rec.Str(para.ID)
	rec.Num(int(para.Kind))
	rec.Str(para.Text)
	rec.Num(len(labels))
	for i := range labels {
		rec.Num(i)
	}
	rec.Num(len(labels))
	for _, l := range labels {
		writeLabel(&rec, l)
	}
	body := rec.B
	if w.gzip {
		if w.zw == nil {
			w.zw, _ = gzip.NewWriterLevel(&w.zbuf, gzip.BestSpeed)
		}
		w.zbuf.Reset()
		w.zw.Reset(&w.zbuf)
		if _, err := w.zw.Write(body); err != nil {
			return err
		}
		if err := w.zw.Close(); err != nil {
			return err
		}
		body = w.zbuf.Bytes()
	}
	w.data = append(w.data, body...)
	w.ends = append(w.ends, uint64(len(w.data)))
	if len(w.data) >= packBytes {
		return w.flush()
	}
	return nil
}

// flush writes the pack being filled.
func (w *packWriter) flush() error {
	if len(w.ends) == 0 {
		return nil
	}
	out := make([]byte, 0, len(w.ends)*packEntryBytes+len(w.data))
	for _, e := range w.ends {
		out = appendEntry(out, e)
	}
	out = append(out, w.data...)
	err := w.write(packFile(len(w.firsts)-1), out)
	w.data, w.ends = w.data[:0], w.ends[:0]
	return err
}

// appendEntry appends a record's end as packEntryBytes big-endian bytes.
func appendEntry(b []byte, e uint64) []byte {
	for i := packEntryBytes - 1; i >= 0; i-- {
		b = append(b, byte(e>>(8*i)))
	}
	return b
}

// readEntry reads what appendEntry wrote.
func readEntry(b []byte) uint64 {
	var e uint64
	for _, c := range b[:packEntryBytes] {
		e = e<<8 | uint64(c)
	}
	return e
}

// packFile names pack n.
func packFile(n int) string { return fmt.Sprintf("passages/%d.bin", n) }

// packRun is a run of consecutive passages of one pack to read.
type packRun struct {
	pack, first, n int   // the pack, the run's first passage and length
	from, to       int64 // its records' bytes in the pack
}

// packRuns groups passages (any order, repeats allowed) into runs of
// consecutive passages within one pack, given each pack's first passage.
func packRuns(passages []int32, firsts []int32) []packRun {
	ps := slices.Clone(passages)
	slices.Sort(ps)
	ps = slices.Compact(ps)
	var runs []packRun
	for _, p := range ps {
		k, found := slices.BinarySearch(firsts, p)
		if !found {
			k--
		}
		if k < 0 {
			continue
		}
		if n := len(runs); n > 0 && runs[n-1].pack == k && runs[n-1].first+runs[n-1].n == int(p) {
			runs[n-1].n++
			continue
		}
		runs = append(runs, packRun{pack: k, first: int(p), n: 1})
	}
	return runs
}

// packBlock is how many ends of a pack's table a Remote reads at once:
// the table of a hit's neighbours comes with it, and a range costs its
// headers more than these bytes.
const packBlock = 32

// SetRangeFetch lets r read hits' text from the passage packs: fetch
// returns bytes [from, to) of a file of the index, or ErrNoRanges when
// the host sent the whole file (then r reads text shards, as without
// it). It must be safe to call from several goroutines at once.
func (r *Remote) SetRangeFetch(fetch func(name string, from, to int64) ([]byte, error)) {
	r.fetchRange = fetch
}

// SetRequestCost says what one more request to the host costs beside its
// bytes, in bytes of transfer the same time would carry: 0, the default,
// where requests are sent together (HTTP/2 and 3, as CDNs serve them, or
// a folder); many kilobytes where a browser queues them on six
// connections (HTTP/1.1). A search that could read the text of a screen
// of likely passages, a request each, instead of a deep tier of
// postings, one request, weighs the two by it.
func (r *Remote) SetRequestCost(bytes int) {
	r.requestBytes = max(bytes, 0)
}

// usePacks says whether hits' text comes from the passage packs: by
// ranges, or whole when the host ignores them and there are no text
// files.
func (r *Remote) usePacks() bool {
	return len(r.packAt) > 0 && (r.textShard == 0 || r.fetchRange != nil && !r.noRanges)
}

// packSize returns how many passages pack k holds.
func (r *Remote) packSize(k int) int {
	if k+1 < len(r.packAt) {
		return int(r.packAt[k+1] - r.packAt[k])
	}
	return r.passages - int(r.packAt[k])
}

// rangeJob is a range of a file to fetch: bytes [from, to).
type rangeJob struct {
	name     string
	from, to int64
}

// loadPacked reads the text of passages from the packs, in two rounds:
// the ends of their records (a block of the pack's table at a time, kept
// for later hits), then runs of consecutive records. It returns false,
// having fetched nothing it keeps, when the host ignores ranges.
func (r *Remote) loadPacked(passages []int32) bool {
	var missing []int32
	for _, p := range passages {
		if _, ok := r.texts[p]; !ok && p >= 0 && int(p) < r.passages {
			missing = append(missing, p)
		}
	}
	if len(missing) == 0 || r.err != nil {
		return true
	}
	if r.fetchRange == nil || r.noRanges {
		r.loadWholePacks(missing)
		return true
	}
	if !r.beforeRound() {
		return true
	}
	runs := packRuns(missing, r.packAt)
	// What this call read of the packs' tables is forgotten if it fails:
	// a damaged file mended is read again.
	var added [][2]int
	defer func() {
		if r.err != nil {
			for _, key := range added {
				delete(r.packEnds, key)
			}
		}
	}()
	// The ends each run needs: its first record's start (the end before
	// it) and every record's end.
	var jobs []rangeJob
	var blocks [][2]int
	wanted := map[[2]int]bool{}
	for _, run := range runs {
		rel := run.first - int(r.packAt[run.pack])
		for i := max(rel-1, 0) / packBlock; i <= (rel+run.n-1)/packBlock; i++ {
			key := [2]int{run.pack, i}
			if _, ok := r.packEnds[key]; ok || wanted[key] {
				continue
			}
			wanted[key] = true
			end := min((i+1)*packBlock, r.packSize(run.pack))
			blocks = append(blocks, key)
			jobs = append(jobs, rangeJob{packFile(run.pack), int64(i * packBlock * packEntryBytes), int64(end * packEntryBytes)})
		}
	}
	if len(jobs) > 0 {
		data, ok := r.fetchRangesOrFallBack(jobs)
		if !ok {
			return r.wholeInstead(missing)
		}
		for i, key := range blocks {
			d := data[i]
			if len(d) != int(jobs[i].to-jobs[i].from) {
				r.fail(fmt.Errorf("%s is damaged (a short table): build the shards again", jobs[i].name))
				return true
			}
			ends := make([]uint64, len(d)/packEntryBytes)
			for j := range ends {
				ends[j] = readEntry(d[j*packEntryBytes:])
				if j > 0 && ends[j] < ends[j-1] {
					r.fail(fmt.Errorf("%s is damaged (records out of order): build the shards again", jobs[i].name))
					return true
				}
			}
			r.packEnds[key] = ends
			added = append(added, key)
		}
		if r.stop != nil && r.stop() {
			r.fail(ErrStopped)
			return true
		}
	}
	// The records.
	jobs = jobs[:0]
	for i := range runs {
		run := &runs[i]
		rel := run.first - int(r.packAt[run.pack])
		var start uint64
		if rel > 0 {
			start = r.packEnd(run.pack, rel-1)
		}
		table := int64(r.packSize(run.pack) * packEntryBytes)
		end := r.packEnd(run.pack, rel+run.n-1)
		if end < start || end-start > maxShardBytes {
			r.fail(fmt.Errorf("%s is damaged (records out of order): build the shards again", packFile(run.pack)))
			return true
		}
		run.from, run.to = table+int64(start), table+int64(end)
		jobs = append(jobs, rangeJob{packFile(run.pack), run.from, run.to})
	}
	data, ok := r.fetchRangesOrFallBack(jobs)
	if !ok {
		return r.wholeInstead(missing)
	}
	for i, run := range runs {
		d := data[i]
		if int64(len(d)) != run.to-run.from {
			r.fail(fmt.Errorf("%s is damaged (a short record): build the shards again", packFile(run.pack)))
			return true
		}
		rel := run.first - int(r.packAt[run.pack])
		at := run.from
		for p := run.first; p < run.first+run.n; p++ {
			end := int64(r.packSize(run.pack)*packEntryBytes) + int64(r.packEnd(run.pack, rel+p-run.first))
			rec := d[at-run.from : end-run.from]
			at = end
			if r.gzipped {
				raw, err := inflate(rec)
				if err != nil {
					r.fail(fmt.Errorf("%s is damaged (%v): build the shards again", packFile(run.pack), err))
					return true
				}
				rec = raw
			}
			rd := record.Reader{S: string(rec)}
			r.readTexts(&rd, p, p+1)
			if rd.Err == nil && rd.S != "" {
				rd.Fail(errors.New("more than its fields"))
			}
			if rd.Err != nil {
				r.fail(fmt.Errorf("%s is damaged (%v): build the shards again", packFile(run.pack), rd.Err))
				return true
			}
		}
		r.costs.notePassages(run.n, len(d))
	}
	return true
}

// wholeInstead is what loadPacked does when a round of ranges failed:
// nothing more after an error (true); after a host that ignores ranges,
// the whole packs when there are no text files (true), else the text
// files (false).
func (r *Remote) wholeInstead(missing []int32) bool {
	if r.err != nil {
		return true
	}
	if r.textShard == 0 {
		r.loadWholePacks(missing)
		return true
	}
	return false
}

// loadWholePacks fetches the packs that hold passages whole and reads
// every record of them: a host that ignores ranges sends whole files.
func (r *Remote) loadWholePacks(passages []int32) {
	var names []string
	for _, run := range packRuns(passages, r.packAt) {
		if n := packFile(run.pack); !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	r.load(names, r.installPack)
}

// installPack reads a whole pack: its table, then each record.
func (r *Remote) installPack(name string, rd *record.Reader) {
	k, ok := fileNumber(name, "passages/")
	if !ok || k >= len(r.packAt) {
		rd.Fail(errors.New("no such pack"))
		return
	}
	n := r.packSize(k)
	if len(rd.S) < n*packEntryBytes {
		rd.Fail(errors.New("a short table"))
		return
	}
	table, data := rd.S[:n*packEntryBytes], rd.S[n*packEntryBytes:]
	rd.S = ""
	var start uint64
	for i := range n {
		end := readEntry([]byte(table[i*packEntryBytes : (i+1)*packEntryBytes]))
		if end < start || end > uint64(len(data)) {
			rd.Fail(errors.New("records out of order"))
			return
		}
		rec := []byte(data[start:end])
		start = end
		if r.gzipped {
			raw, err := inflate(rec)
			if err != nil {
				rd.Fail(err)
				return
			}
			rec = raw
		}
		one := record.Reader{S: string(rec)}
		p := int(r.packAt[k]) + i
		r.readTexts(&one, p, p+1)
		if one.Err == nil && one.S != "" {
			one.Fail(errors.New("more than its fields"))
		}
		if one.Err != nil {
			rd.Fail(one.Err)
			return
		}
	}
	if start != uint64(len(data)) {
		rd.Fail(errors.New("more than its records"))
	}
}

// packEnd returns the end of record rel of pack k, from the blocks read.
func (r *Remote) packEnd(k, rel int) uint64 {
	ends := r.packEnds[[2]int{k, rel / packBlock}]
	if rel%packBlock >= len(ends) {
		return 0
	}
	return ends[rel%packBlock]
}

// fetchRangesOrFallBack fetches jobs in parallel, one round. It returns
// false when one failed: r.err holds why, or, when the host ignores
// ranges, r stops using the packs and r.err stays nil.
func (r *Remote) fetchRangesOrFallBack(jobs []rangeJob) ([][]byte, bool) {
	data, errs := inParallel(len(jobs), func(i int) ([]byte, error) {
		return r.fetchRange(jobs[i].name, jobs[i].from, jobs[i].to)
	})
	r.stats.Rounds++
	for i := range jobs {
		r.stats.Requests++
		r.stats.Bytes += len(data[i])
	}
	for _, err := range errs {
		if errors.Is(err, ErrNoRanges) {
			r.noRanges = true
			return nil, false
		}
	}
	for i, err := range errs {
		if err != nil {
			r.fail(fmt.Errorf("could not fetch bytes %d to %d of %s of the sharded index: %w", jobs[i].from, jobs[i].to, jobs[i].name, err))
			return nil, false
		}
	}
	return data, true
}
