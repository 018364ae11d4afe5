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
//
// It is built on a struct with methods rather than sync.OnceValue: the
// generic OnceValue put four closures' code in app.wasm for every pattern.
func New(expr string) func() *regexp.Regexp {
	l := &lazy{expr: expr}
	return l.get
}

// lazy is one pattern, compiled once.
type lazy struct {
	once sync.Once
	expr string
	re   *regexp.Regexp
}

func (l *lazy) get() *regexp.Regexp {
	l.once.Do(l.compile)
	return l.re
}

func (l *lazy) compile() { l.re = regexp.MustCompile(l.expr) }
