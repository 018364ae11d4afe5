// Package lazyregexp compiles regular expressions on first use instead of
// at program start. In the browser every wasm function runs cold once, so a
// pattern compiled in a package initialiser delays the first results even
// when nothing at start uses it.
package lazyregexp

import (
	"regexp"
	"sync"
)

// New returns a function that compiles expr the first time it is called
// and returns the same *regexp.Regexp after. An invalid expr panics then,
// as regexp.MustCompile does.
func New(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
