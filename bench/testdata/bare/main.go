//go:build js && wasm

// Command bare is the floor of any Go wasm: syscall/js alone, writing one
// line into the page and marking it ready.
package main

import "syscall/js"

func main() {
	doc := js.Global().Get("document")
	p := doc.Call("createElement", "p")
	p.Set("textContent", "Hello from Go")
	doc.Get("body").Call("appendChild", p)
	doc.Get("documentElement").Get("dataset").Set("ready", "true")
	js.Global().Get("performance").Call("mark", "bench-ready")
	select {}
}
