package app

import (
	"errors"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/corpus"
)

// storedFile is an article file the reader added in the page, as given.
type storedFile struct {
	Name string
	Text string
}

// fileStore keeps the added files across reloads.
type fileStore interface {
	List() ([]storedFile, error)
	Put(f storedFile) error
	Remove(name string) error
}

// fileReport says what became of one file the reader added.
type fileReport struct {
	Name string
	// Err says why the file was not added ("" when it was).
	Err string
	// Note qualifies a file that was added, e.g. not kept across reloads.
	Note string
}

// addableExts are the file types the page reads; saved web pages need the
// command line's extractor.
var addableExts = map[string]bool{".txt": true, ".md": true, ".text": true}

// library is the corpus the site was built with plus the articles the
// reader added in the page. It never deletes a stored file on its own: a
// file that no longer parses is reported and kept until the reader removes
// it.
type library struct {
	base  *corpus.Corpus
	store fileStore
	added []*corpus.Article
}

// newLibrary returns the library of base and the files in store, with a
// report for each stored file that could not be read.
func newLibrary(base *corpus.Corpus, store fileStore) (*library, []fileReport) {
	l := &library{base: base, store: store}
	files, err := store.List()
	if err != nil {
		return l, []fileReport{{Err: "the articles you added could not be read from the browser's storage: " + err.Error()}}
	}
	var reports []fileReport
	for _, f := range files {
		if r := l.admit(f.Name, []byte(f.Text)); r.Err != "" {
			reports = append(reports, r)
		}
	}
	return l, reports
}

// Corpus returns the base articles followed by the added ones.
func (l *library) Corpus() *corpus.Corpus {
	if len(l.added) == 0 {
		return l.base
	}
	c := *l.base
	c.Articles = append(append([]*corpus.Article(nil), l.base.Articles...), l.added...)
	return &c
}

// Added returns the articles the reader added, in the order added.
func (l *library) Added() []*corpus.Article { return l.added }

// Add reads one file the reader gave and keeps it in the store.
func (l *library) Add(name string, data []byte) fileReport {
	r := l.admit(name, data)
	if r.Err != "" {
		return r
	}
	if err := l.store.Put(storedFile{Name: name, Text: string(data)}); err != nil {
		r.Note = "added for this visit only: the browser would not store it (" + err.Error() + ")"
	}
	return r
}

// admit parses a file and adds it to the articles when it is new.
func (l *library) admit(name string, data []byte) fileReport {
	r := fileReport{Name: name}
	ext := strings.ToLower(path.Ext(name))
	switch {
	case ext == ".html" || ext == ".htm" || ext == ".xhtml":
		r.Err = "web pages are read when the site is built (parallax build -corpus FOLDER); here, add the article as a .txt or .md file"
		return r
	case !addableExts[ext]:
		r.Err = "only .txt and .md files can be added"
		return r
	}
	a, err := parseFile(name, data)
	if err != nil {
		r.Err = strings.TrimPrefix(err.Error(), name+": ")
		return r
	}
	for _, b := range l.Corpus().Articles {
		switch {
		case b.File == name && l.isAdded(b):
			r.Err = "a file of this name is already added: remove it first to replace it"
			return r
		case b.ID == a.ID:
			r.Err = fmt.Sprintf("the article id %q is already used by %q: rename the file or give it another id in its front matter", a.ID, b.Title)
			return r
		case b.Text == a.Text && a.SameTextAs == "":
			// Kept: two outlets carrying one wire text is a reprint.
			a.SameTextAs = b.File
			r.Note = fmt.Sprintf("added; it has the same article text as %q (a reprint, or the same file twice): both are kept", b.Title)
		}
	}
	if len(a.Warnings) > 0 {
		r.Note = strings.TrimPrefix(r.Note+"; ", "; ") + "added, but " + strings.Join(a.Warnings, "; ")
	}
	l.added = append(l.added, a)
	return r
}

func (l *library) isAdded(a *corpus.Article) bool {
	for _, b := range l.added {
		if a == b {
			return true
		}
	}
	return false
}

// Remove drops an added file from the articles and the store.
func (l *library) Remove(name string) error {
	for i, a := range l.added {
		if a.File == name {
			l.added = append(l.added[:i:i], l.added[i+1:]...)
			break
		}
	}
	return l.store.Remove(name)
}

// memoryStore keeps files for one visit: on the server, and in tests.
type memoryStore struct {
	files map[string]string
	// full makes Put fail, like a browser's storage over its quota.
	full bool
}

func (m *memoryStore) List() ([]storedFile, error) {
	var out []storedFile
	for name, text := range m.files {
		out = append(out, storedFile{name, text})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

func (m *memoryStore) Put(f storedFile) error {
	if m.full {
		return errors.New("the storage is full")
	}
	if m.files == nil {
		m.files = map[string]string{}
	}
	m.files[f.Name] = f.Text
	return nil
}

func (m *memoryStore) Remove(name string) error {
	delete(m.files, name)
	return nil
}

// localStore keeps files in the browser's localStorage, one key per file,
// so one file over the quota loses nothing already stored. The keys carry
// the order files were added in.
type localStore struct{}

// StorePrefix starts the localStorage key of every file a reader added:
// the page script looks for one to start loading the actor finder, which
// reads them, beside app.wasm.
const StorePrefix = "parallax.article."

func (localStore) storage() (app.Value, error) {
	if app.IsServer {
		return nil, errors.New("no browser storage on the server")
	}
	s := app.Window().Get("localStorage")
	if !s.Truthy() {
		return nil, errors.New("this browser keeps no local storage")
	}
	return s, nil
}

func (s localStore) List() (files []storedFile, err error) {
	defer recoverJS(&err)
	st, err := s.storage()
	if err != nil {
		return nil, err
	}
	var keys []string
	for i := 0; i < st.Get("length").Int(); i++ {
		if k := st.Call("key", i).String(); strings.HasPrefix(k, StorePrefix) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		name, text, ok := strings.Cut(st.Call("getItem", k).String(), "\n")
		if ok {
			files = append(files, storedFile{Name: name, Text: text})
		}
	}
	return files, nil
}

func (s localStore) Put(f storedFile) (err error) {
	defer recoverJS(&err)
	st, err := s.storage()
	if err != nil {
		return err
	}
	key := fmt.Sprintf("%s%013d.%s", StorePrefix, app.Window().Get("Date").Call("now").Int(), f.Name)
	st.Call("setItem", key, f.Name+"\n"+f.Text)
	return nil
}

func (s localStore) Remove(name string) (err error) {
	defer recoverJS(&err)
	st, err := s.storage()
	if err != nil {
		return err
	}
	for i := st.Get("length").Int() - 1; i >= 0; i-- {
		k := st.Call("key", i).String()
		if strings.HasPrefix(k, StorePrefix) && strings.HasSuffix(k, "."+name) {
			if n, _, _ := strings.Cut(st.Call("getItem", k).String(), "\n"); n == name {
				st.Call("removeItem", k)
			}
		}
	}
	return nil
}

// recoverJS turns a JavaScript exception (a full or forbidden storage) into
// an error.
func recoverJS(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%v", r)
	}
}
