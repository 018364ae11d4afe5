package app

import (
	"bytes"
	"io"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/parallax-news/parallax/export"
)

// renderExports offers what a view shows as a CSV and a JSON file named
// name.csv and name.json. The rows are made when a button is pressed.
func renderExports(what, name string, writeCSV func(io.Writer) error, value func() any) app.UI {
	save := func(ext, mime string, write func(io.Writer) error) app.EventHandler {
		return func(ctx app.Context, ev app.Event) {
			var b bytes.Buffer
			if err := write(&b); err != nil {
				app.Window().Call("alert", "Parallax could not write the file: "+err.Error())
				return
			}
			download(name+ext, mime, b.Bytes())
		}
	}
	return elemClassBody("p", "exports",
		app.Text("Download "+what+": "),
		button("export-button").Aria("label", "Download "+what+" as CSV").Text("CSV").
			OnClick(save(".csv", "text/csv", writeCSV)),
		app.Text(" "),
		button("export-button").Aria("label", "Download "+what+" as JSON").Text("JSON").
			OnClick(save(".json", "application/json", func(w io.Writer) error { return export.JSON(w, value()) })),
	)
}

// download hands data to the browser as a file: a Blob behind a
// temporary link, so it works offline and from file://.
func download(name, mime string, data []byte) {
	w := app.Window()
	arr := w.Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(arr, data)
	parts := w.Get("Array").New()
	parts.Call("push", arr)
	opts := w.Get("Object").New()
	opts.Set("type", mime)
	blob := w.Get("Blob").New(parts, opts)
	url := w.Get("URL").Call("createObjectURL", blob)
	doc := w.Get("document")
	a := doc.Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	var revoke app.Func
	revoke = app.FuncOf(func(this app.Value, args []app.Value) any {
		w.Get("URL").Call("revokeObjectURL", url)
		revoke.Release()
		return nil
	})
	w.Call("setTimeout", revoke, 60000)
}

// copyText puts text on the clipboard and says so on the button pressed.
// Where the Clipboard API is refused, a selected textarea and the copy
// command do it.
func copyText(ctx app.Context, text string) {
	button := ctx.JSSrc()
	done := func(label string) {
		button.Set("textContent", label)
	}
	clip := app.Window().Get("navigator").Get("clipboard")
	if clip.Truthy() {
		ctx.Async(func() {
			if _, err := await(clip.Call("writeText", text)); err == nil {
				ctx.Dispatch(func(app.Context) { done("Copied") })
				return
			}
			ctx.Dispatch(func(app.Context) { done(copyFallback(text)) })
		})
		return
	}
	done(copyFallback(text))
}

func copyFallback(text string) string {
	doc := app.Window().Get("document")
	ta := doc.Call("createElement", "textarea")
	ta.Set("value", text)
	doc.Get("body").Call("appendChild", ta)
	ta.Call("select")
	ok := doc.Call("execCommand", "copy").Bool()
	ta.Call("remove")
	if ok {
		return "Copied"
	}
	return "Copy failed"
}
