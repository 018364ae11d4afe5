//go:build js && wasm

package finder

import (
	"encoding/json"
	"strconv"
	"strings"
	"syscall/js"

	"github.com/parallax-news/parallax/internal/actorwasm"
)

// Register puts the finder's functions on the page's global object: the
// finder's main calls it, and so do the explorer's tests in the browser,
// which run the finder in their own wasm.
func Register() {
	js.Global().Set(actorwasm.Global, js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) != 1 || args[0].Type() != js.TypeObject {
			return failure("the actor finder takes one argument, a corpus snapshot as a Uint8Array")
		}
		stored, err := Find(bytesOf(args[0]))
		if err != nil {
			return failure(err.Error())
		}
		// Bytes, not a string: stored actors are binary, and a string
		// crossing to JavaScript is decoded as UTF-8.
		return jsBytes([]byte(stored))
	}))
	js.Global().Set(actorwasm.Parse, js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) != 2 || args[0].Type() != js.TypeString || args[1].Type() != js.TypeObject {
			return failure("the file reader takes a file's name and its bytes as a Uint8Array")
		}
		parsed, err := ParseFile(args[0].String(), bytesOf(args[1]))
		if err != nil {
			return failure(err.Error())
		}
		b, err := json.Marshal(parsed)
		if err != nil {
			return failure(err.Error())
		}
		return jsBytes(b)
	}))
	var held *Comparisons
	js.Global().Set(actorwasm.Compare, js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) < 3 || args[0].Type() != js.TypeString || args[2].Type() != js.TypeString {
			return failure("the comparison takes a corpus's fingerprint, its snapshot or null, a question and its arguments")
		}
		key := args[0].String()
		if held == nil || held.Key != key {
			if args[1].Type() != js.TypeObject {
				return map[string]any{"stale": true}
			}
			cs, err := LoadComparisons(bytesOf(args[1]))
			if err != nil {
				return failure(err.Error())
			}
			if !strings.HasPrefix(key, cs.Key+"-") {
				return failure("the comparison was sent a snapshot of other articles than it was asked about: reload the page")
			}
			cs.Key = key
			held = cs
		}
		var rest []string
		for _, a := range args[3:] {
			rest = append(rest, a.String())
		}
		answer, err := held.ask(args[2].String(), rest)
		if err != nil {
			return failure(err.Error())
		}
		b, err := json.Marshal(answer)
		if err != nil {
			return failure(err.Error())
		}
		return jsBytes(b)
	}))
}

// ask answers one of actorwasm's questions.
func (cs *Comparisons) ask(question string, args []string) (any, error) {
	switch {
	case question == actorwasm.AskPair && len(args) == 2:
		return cs.Pair(args[0], args[1])
	case question == actorwasm.AskOverview && len(args) == 1:
		n, err := strconv.Atoi(args[0])
		if err != nil {
			return nil, err
		}
		return cs.Overview(n)
	case question == actorwasm.AskSources:
		return cs.Sources()
	case question == actorwasm.AskEvents:
		return cs.StoredEvents()
	case question == actorwasm.AskIndex:
		return cs.StoredIndex()
	}
	return nil, errUnknownQuestion(question)
}

// bytesOf copies a Uint8Array into Go.
func bytesOf(v js.Value) []byte {
	b := make([]byte, v.Get("length").Int())
	js.CopyBytesToGo(b, v)
	return b
}

// jsBytes copies b into a new Uint8Array.
func jsBytes(b []byte) js.Value {
	arr := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(arr, b)
	return arr
}

// failure is the finder's answer when it cannot do what it was asked.
func failure(msg string) any { return map[string]any{"error": msg} }
