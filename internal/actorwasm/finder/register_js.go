//go:build js && wasm

package finder

import (
	"syscall/js"

	"github.com/parallax-news/parallax/internal/actorwasm"
)

// Register puts the finder's function on the page's global object: the
// finder's main calls it, and so do the explorer's tests in the browser,
// which run the finder in their own wasm.
func Register() {
	js.Global().Set(actorwasm.Global, js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) != 1 || args[0].Type() != js.TypeObject {
			return failure("the actor finder takes one argument, a corpus snapshot as a Uint8Array")
		}
		data := make([]byte, args[0].Get("length").Int())
		js.CopyBytesToGo(data, args[0])
		stored, err := Find(data)
		if err != nil {
			return failure(err.Error())
		}
		// Bytes, not a string: stored actors are binary, and a string
		// crossing to JavaScript is decoded as UTF-8.
		arr := js.Global().Get("Uint8Array").New(len(stored))
		js.CopyBytesToJS(arr, []byte(stored))
		return arr
	}))
}

// failure is the finder's answer when it cannot find the actors.
func failure(msg string) any { return map[string]any{"error": msg} }
