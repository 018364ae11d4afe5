package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/parallax-news/parallax/search"
)

// shardKinds are the folders of a sharded index; with meta.bin they are
// all parallax shards writes, and all it removes before writing again.
var shardKinds = []string{"vocab", "postings", "tier1", "tail", "text", "passages", "initials", "articles", "labels", "timeline"}

func runShards(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "shards", "")
	out := fs.String("out", "shards", "`folder` to write the sharded index to (a new or empty folder, or one this command wrote)")
	textFiles := fs.Bool("text-files", false, "write text files beside the passage packs, for hosts that ignore Range requests (which else send whole packs)")
	textPassages := fs.Int("text-passages", search.DefaultTextPassages, "passages a text file holds (with -text-files): fewer fetch fewer bytes a search, in more files")
	gz := fs.Bool("gzip", false, "write every file but meta.bin gzip-compressed, as parallax build does (about half the bytes)")
	dir := corpusFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	tuneGC()
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	if *textPassages < 1 || *textPassages > 1000 {
		return fmt.Errorf("-text-passages %d: give from 1 to 1000 passages a file", *textPassages)
	}
	c, err := loadCorpus(env, *dir)
	if err != nil {
		return err
	}
	if err := clearShards(*out); err != nil {
		return err
	}
	files, bytes := 0, 0
	err = search.WriteShards(search.NewIndex(c), func(name string, data []byte) error {
		p := filepath.Join(*out, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		files++
		bytes += len(data)
		return os.WriteFile(p, data, 0o644)
	}, search.ShardOptions{TextPassages: *textPassages, TextFiles: *textFiles, Name: c.Name, Gzip: *gz})
	if err != nil {
		return fmt.Errorf("writing the sharded index: %w", err)
	}
	fmt.Fprintf(env.Stdout, "Wrote the sharded index of %d articles to %s: %d files, %.1f MB\n", len(c.Articles), *out, files, float64(bytes)/1e6)
	return nil
}

// clearShards makes dir ready for a sharded index: it creates it, or
// empties one that holds a sharded index, and refuses any other folder
// with files in it rather than mix the index with them.
func clearShards(dir string) error {
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		return fmt.Errorf("-out %s is a file: give a folder for the sharded index", dir)
	}
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return os.MkdirAll(dir, 0o755)
	}
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(dir, "meta.bin")); err != nil {
		return fmt.Errorf("%s has files in it and no sharded index: give a new or empty folder with -out", dir)
	}
	for _, k := range shardKinds {
		if err := os.RemoveAll(filepath.Join(dir, k)); err != nil {
			return err
		}
	}
	return os.Remove(filepath.Join(dir, "meta.bin"))
}

// searchShards runs query through a search.Remote over the sharded index
// at where, a folder or an http(s) URL, and reports what it fetched on
// stderr.
func searchShards(env *Env, where, query string, limit int) (search.Result, error) {
	fetch, fetchRange, err := shardFetcher(where)
	if err != nil {
		return search.Result{}, err
	}
	start := time.Now()
	r, err := search.OpenRemote(fetch)
	if err != nil {
		return search.Result{}, err
	}
	r.SetRangeFetch(fetchRange)
	res, err := r.Search(query, limit)
	if err != nil {
		return search.Result{}, err
	}
	st := r.Stats()
	fmt.Fprintf(env.Stderr, "parallax: fetched %d files (%.0f kB) in %d rounds, %.0f ms\n", st.Requests, float64(st.Bytes)/1e3, st.Rounds, float64(time.Since(start).Microseconds())/1e3)
	return res, nil
}

// maxShardBytes bounds one fetched file, so that a wrong URL cannot fill
// memory.
const maxShardBytes = 256 << 20

// rangeFetch reads bytes [from, to) of a file of a sharded index
// (search.Remote.SetRangeFetch).
type rangeFetch = func(name string, from, to int64) ([]byte, error)

// shardFetcher returns the fetch functions of a search.Remote reading the
// files of the sharded index at where: whole files, and ranges of them.
func shardFetcher(where string) (func(string) ([]byte, error), rangeFetch, error) {
	if strings.HasPrefix(where, "http://") || strings.HasPrefix(where, "https://") {
		base, err := url.Parse(where)
		if err != nil {
			return nil, nil, fmt.Errorf("-shards %s: %v", where, err)
		}
		base.Path = strings.TrimSuffix(base.Path, "/") + "/"
		client := &http.Client{Timeout: 30 * time.Second}
		get := func(name string, from, to int64) ([]byte, error) {
			u := *base
			u.Path = path.Join(base.Path, name)
			req, err := http.NewRequest(http.MethodGet, u.String(), nil)
			if err != nil {
				return nil, err
			}
			if to > 0 {
				req.Header.Set("Range", fmt.Sprintf("bytes=%d-%d", from, to-1))
			}
			resp, err := client.Do(req)
			if err != nil {
				return nil, err
			}
			defer resp.Body.Close()
			switch {
			case to > 0 && resp.StatusCode == http.StatusOK:
				return nil, search.ErrNoRanges // the host sent the whole file
			case to > 0 && resp.StatusCode == http.StatusPartialContent, to == 0 && resp.StatusCode == http.StatusOK:
			default:
				return nil, fmt.Errorf("%s: %s", u.String(), resp.Status)
			}
			return io.ReadAll(io.LimitReader(resp.Body, maxShardBytes))
		}
		return func(name string) ([]byte, error) { return get(name, 0, 0) }, get, nil
	}
	info, err := os.Stat(where)
	if err != nil {
		return nil, nil, fmt.Errorf("-shards: %w", err)
	}
	if !info.IsDir() {
		return nil, nil, fmt.Errorf("-shards %s is not a folder: give the folder parallax shards wrote, or its URL", where)
	}
	root, err := os.OpenRoot(where)
	if err != nil {
		return nil, nil, fmt.Errorf("-shards: %w", err)
	}
	fetch := func(name string) ([]byte, error) {
		f, err := root.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return io.ReadAll(io.LimitReader(f, maxShardBytes))
	}
	fetchRange := func(name string, from, to int64) ([]byte, error) {
		f, err := root.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if to-from > maxShardBytes || from < 0 {
			return nil, fmt.Errorf("%s: a range of %d bytes from %d", name, to-from, from)
		}
		buf := make([]byte, to-from)
		n, err := f.ReadAt(buf, from)
		if err == io.EOF && n > 0 {
			err = nil // cut at the file's end, as a host answers
		}
		return buf[:n], err
	}
	return fetch, fetchRange, nil
}
