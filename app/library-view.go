package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/corpus"
)

// renderLibrary is the panel where the reader adds articles of their own, by
// file picker or drag-and-drop, sees what became of each file, and removes
// the ones added.
func (e *explorer) renderLibrary() app.UI {
	env := e.s.env
	reports := e.reports
	if reports == nil {
		reports = env.lib.startReports(env)
	}
	added := env.lib.Added()
	return app.Elem("section").ID("your-articles").Class("library").Aria("labelledby", "your-articles-title").Body(
		app.Elem("h2").ID("your-articles-title").Text("Your articles"),
		elemClass("div", "dropzone").
			On("dragover", func(ctx app.Context, ev app.Event) { ev.PreventDefault() }).
			On("drop", e.onDrop).
			Body(
				elemBody("p",
					app.Text("Add news articles saved as .txt or .md (optional front matter: title, outlet, date, url). They stay in this browser and are searched, filtered and compared with the others. "),
					// The input is hidden but focusable; its label is the
					// button people see, outlined when the input has focus.
					app.ElemSelfClosing("input").Attr("type", "file").ID("add-files").Class("visually-hidden").Attr("multiple", true).
						Attr("accept", ".txt,.md,.text,text/plain,text/markdown").OnChange(e.onPickFiles),
					app.Elem("label").Attr("for", "add-files").Class("add-button").Text("Choose files"),
					app.Text(" or drop them here."),
				),
			),
		elemClass("div", "file-reports").Aria("live", "polite").Body(
			app.If(e.library == reading, elemClassText("p", "library-status", "Reading "+plural(e.adding, "file")+"…")),
			app.If(e.library == indexing, elemClassText("p", "library-status", "Indexing "+plural(e.adding, "file")+"… you can search meanwhile.")),
			app.If(len(reports) > 0, elemBody("ul",
				app.Range(reports).Slice(func(i int) app.UI {
					r := reports[i]
					switch {
					case r.Err != "":
						return elemClassBody("li", "file-error", elemText("strong", r.Name+": not added. "), app.Text(r.Err))
					case r.Note != "":
						return elemClassBody("li", "file-note", elemText("strong", r.Name+": "), app.Text(r.Note))
					}
					return elemClassBody("li", "file-ok", elemText("strong", r.Name+": "), app.Text("added."))
				}),
			)),
		),
		app.If(len(added) > 0, elemClass("ul", "added").Aria("label", "Articles you added").Body(
			app.Range(added).Slice(func(i int) app.UI {
				a := added[i]
				file := a.File
				return elemBody("li",
					linkText(view{Article: a.ID}.query(), a.Title),
					elemClassText("span", "added-file", " "+file+" "),
					button("remove-button").Aria("label", "Remove "+a.Title).Text("Remove").
						OnClick(func(ctx app.Context, ev app.Event) { e.removeFile(ctx, file) }),
				)
			}),
		)),
	)
}

// startReports are the reports of stored files that could not be read at
// start, while this env is the one the page started with.
func (l *library) startReports(e *Env) []fileReport {
	if e.lib != l {
		return nil
	}
	return e.libReports
}

func (e *explorer) onPickFiles(ctx app.Context, ev app.Event) {
	e.addFiles(ctx, ctx.JSSrc().Get("files"))
	// The same file can be picked again after a fix.
	ctx.JSSrc().Set("value", "")
}

func (e *explorer) onDrop(ctx app.Context, ev app.Event) {
	ev.PreventDefault()
	e.addFiles(ctx, ev.Get("dataTransfer").Get("files"))
}

// addFiles reads the files of a FileList off the event handler, then adds
// them to the library and rebuilds the index once for all of them.
func (e *explorer) addFiles(ctx app.Context, list app.Value) {
	if !list.Truthy() || list.Get("length").Int() == 0 {
		return
	}
	type picked struct {
		name string
		file app.Value
		data []byte
		err  string
	}
	var files []*picked
	for i := 0; i < list.Get("length").Int(); i++ {
		f := list.Call("item", i)
		p := &picked{name: f.Get("name").String(), file: f}
		// A file over the limit is refused before it is read.
		if err := corpus.CheckSize(p.name, int64(f.Get("size").Int())); err != nil {
			p.err = strings.TrimPrefix(err.Error(), p.name+": ")
		}
		files = append(files, p)
	}
	if e.adding == 0 {
		e.reports = nil
	}
	e.adding += len(files)
	e.library = reading
	lib, sess := e.s.env.lib, e.s
	ctx.Async(func() {
		for _, p := range files {
			if p.err != "" {
				continue
			}
			buf, err := await(p.file.Call("arrayBuffer"))
			if err != nil {
				p.err = "the browser could not read the file: " + err.Error()
				continue
			}
			p.data = bytesOf(buf)
		}
		sess.changes.Lock()
		defer sess.changes.Unlock()
		e.dispatch(ctx, func(ctx app.Context) { e.library = indexing })
		var reports []fileReport
		for i, p := range files {
			if p.err != "" {
				reports = append(reports, fileReport{Name: p.name, Err: p.err})
				continue
			}
			reports = append(reports, lib.Add(p.name, p.data))
			if i%addBatch == addBatch-1 {
				sess.yield()
			}
		}
		next, err := sess.rebuild(lib)
		if err != nil {
			reports = append(reports, fileReport{Err: "the articles could not be indexed (" + err.Error() + "): the files you added are kept, and are read when you reload the page"})
		}
		e.dispatch(ctx, func(ctx app.Context) {
			if next != nil {
				sess.env = next
			}
			e.reports = append(e.reports, reports...)
			e.adding -= len(files)
			if e.adding == 0 {
				e.library = idle
			}
			e.runSearch()
		})
	})
}

// dispatch runs fn on the UI goroutine for the explorer itself: the
// element whose handler started the work (the drop zone, a Remove
// button) may be gone by the time it ends, when the reader has typed a
// query meanwhile, and go-app drops what is dispatched to an element no
// longer on the page.
func (e *explorer) dispatch(ctx app.Context, fn func(app.Context)) {
	ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Update, Source: e, Function: fn})
}

// addBatch is how many files are parsed between two yields to the browser.
const addBatch = 10

// removeFile drops an added article, from the page and the storage.
func (e *explorer) removeFile(ctx app.Context, name string) {
	r := fileReport{Name: name, Note: "removed."}
	lib, sess := e.s.env.lib, e.s
	if err := lib.Remove(name); err != nil {
		r.Note = "removed for this visit, but the browser's storage could not forget it: " + err.Error()
	}
	e.reports, e.library = []fileReport{r}, indexing
	ctx.Async(func() {
		sess.changes.Lock()
		defer sess.changes.Unlock()
		next, err := sess.rebuild(lib)
		e.dispatch(ctx, func(ctx app.Context) {
			if err != nil {
				e.reports = append(e.reports, fileReport{Name: name, Err: "removed, but the articles could not be indexed again (" + err.Error() + "): reload the page"})
			} else {
				sess.env = next
			}
			if e.adding == 0 {
				e.library = idle
			}
			e.runSearch()
		})
	})
}
