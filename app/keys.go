package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// Keyboard use of the explorer:
//
//	/          focus the search box (from anywhere but a text field)
//	↓ / ↑      move through the results, from the search box and back
//	Enter      open the focused result (it is a link)
//	Escape     back to the search box

// OnMount starts listening for the explorer's keys.
// The handler only moves focus, so it is a plain DOM listener rather than a
// go-app one (which needs the page body that RunWhenOnBrowser sets up).
func (e *explorer) OnMount(ctx app.Context) { e.stopKeydown = listenForKeys() }

// listenForKeys starts listening for the explorer's keys, and returns
// what stops it (nothing to stop on the server).
func listenForKeys() func() {
	if app.IsServer {
		return nil
	}
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		onKeydown(args[0])
		return nil
	})
	app.Window().Call("addEventListener", "keydown", fn)
	return func() {
		app.Window().Call("removeEventListener", "keydown", fn)
		fn.Release()
	}
}

// OnDismount stops listening.
func (e *explorer) OnDismount() {
	if e.stopKeydown != nil {
		e.stopKeydown()
	}
}

func onKeydown(ev app.Value) {
	doc := app.Window().Get("document")
	active := doc.Get("activeElement")
	inField := active.Truthy() && (active.Get("tagName").String() == "INPUT" || active.Get("tagName").String() == "TEXTAREA")
	box := doc.Call("getElementById", "q")
	switch ev.Get("key").String() {
	case "/":
		if !inField && box.Truthy() {
			ev.Call("preventDefault")
			box.Call("focus")
			box.Call("select")
		}
	case "ArrowDown", "ArrowUp":
		links := doc.Call("querySelectorAll", ".passage-link, .article-card .result-title a")
		n := links.Length()
		if n == 0 || (inField && active.Get("id").String() != "q") {
			return
		}
		cur := -1
		for i := 0; i < n; i++ {
			if links.Index(i).Equal(active) {
				cur = i
			}
		}
		if cur < 0 && !active.Equal(box) {
			return
		}
		next := cur + 1
		if ev.Get("key").String() == "ArrowUp" {
			next = cur - 1
		}
		ev.Call("preventDefault")
		switch {
		case next < 0:
			box.Call("focus")
		case next < n:
			links.Index(next).Call("focus")
		}
	case "Escape":
		if box.Truthy() && !active.Equal(box) {
			box.Call("focus")
		}
	}
}
