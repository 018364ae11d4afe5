package site

import (
	"io/fs"
	"slices"
)

// shardedWasm is the sharded explorer's app.wasm in web/ (built from
// wasm/sharded): a site in the sharded form serves it as its app.wasm,
// and one holding its corpus whole serves web/app.wasm (built from
// wasm). Each carries only its own form's code.
const shardedWasm = "app-sharded.wasm"

// finderWasm is the actor finder's wasm in web/ (built from wasm/finder),
// which the explorer of a corpus held whole loads when a reader adds
// articles in the page. The sharded explorer takes no articles of the
// reader's, and its site does not carry it.
const finderWasm = "finder.wasm"

// webFor returns web as a site of one form serves and writes it: its
// app.wasm is the explorer of that form, and the other form's is not
// there.
func webFor(web fs.FS, sharded bool) fs.FS { return formWeb{web, sharded} }

// formWeb is web/ for a site of one form (webFor).
type formWeb struct {
	web     fs.FS
	sharded bool
}

// Open opens name, the sharded explorer under the name app.wasm in a
// sharded site, which has no actor finder.
func (w formWeb) Open(name string) (fs.File, error) {
	switch {
	case name == shardedWasm, name == finderWasm && w.sharded:
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	case name == "app.wasm" && w.sharded:
		return w.web.Open(shardedWasm)
	}
	return w.web.Open(name)
}

// ReadDir lists the folder name, without the other form's explorer (and,
// in a sharded site, the actor finder).
func (w formWeb) ReadDir(name string) ([]fs.DirEntry, error) {
	es, err := fs.ReadDir(w.web, name)
	if name == "." {
		es = slices.DeleteFunc(es, func(e fs.DirEntry) bool {
			return e.Name() == shardedWasm || e.Name() == finderWasm && w.sharded
		})
	}
	return es, err
}
