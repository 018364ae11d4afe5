//go:build js && wasm

// Command finder is the actor finder as the browser runs it, beside the
// explorer's app.wasm: the explorer loads it (web/finder.wasm) only when a
// reader adds articles of their own in the page, whose actors the build
// did not store. It registers one function (internal/actorwasm/finder) and waits
// for calls.
package main

import "github.com/parallax-news/parallax/internal/actorwasm/finder"

func main() {
	finder.Register()
	// Wait for calls for as long as the page lives.
	<-make(chan struct{})
}
