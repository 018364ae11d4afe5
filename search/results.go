package search

import (
	"hash/fnv"
	"slices"
	"strconv"
)

// rememberedResults is how many searches' answers a Remote keeps: a
// query's keystrokes and a few queries more.
const rememberedResults = 64

// resultCache keeps the answers of the last searches, the oldest
// forgotten first. Its zero value is empty and ready.
type resultCache struct {
	keys    []string
	results map[string]Result
}

// resultKey names a search by its query, limit and kept passages (a
// hash of them: the actor filter's lists run to thousands).
func resultKey(query string, limit int, keep []int32) string {
	key := strconv.Itoa(limit) + "\x00" + query
	if keep == nil {
		return key
	}
	h := fnv.New64a()
	var b [4]byte
	for _, p := range keep {
		b[0], b[1], b[2], b[3] = byte(p), byte(p>>8), byte(p>>16), byte(p>>24)
		h.Write(b[:])
	}
	return key + "\x00" + strconv.Itoa(len(keep)) + ":" + strconv.FormatUint(h.Sum64(), 36)
}

// get returns a copy of the answer kept under key, whose hits the caller
// may change.
func (c *resultCache) get(key string) (Result, bool) {
	res, ok := c.results[key]
	if !ok {
		return Result{}, false
	}
	res.Hits = slices.Clone(res.Hits)
	res.AlsoMatched = slices.Clone(res.AlsoMatched)
	return res, true
}

// put keeps a copy of res under key, forgetting the oldest answer past
// rememberedResults.
func (c *resultCache) put(key string, res Result) {
	if c.results == nil {
		c.results = map[string]Result{}
	}
	if _, ok := c.results[key]; !ok {
		c.keys = append(c.keys, key)
	}
	res.Hits = slices.Clone(res.Hits)
	res.AlsoMatched = slices.Clone(res.AlsoMatched)
	c.results[key] = res
	if len(c.keys) > rememberedResults {
		delete(c.results, c.keys[0])
		c.keys = c.keys[1:]
	}
}
