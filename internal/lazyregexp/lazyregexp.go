// Package lazyregexp compiles regular expressions on first use instead of
// at program start. In the browser every wasm function runs cold once, so a
// pattern compiled in a package initialiser delays the first results even
// when nothing at start uses it.
package lazyregexp

import (
	"regexp"
	"sync"
)

// Regexp is a regular expression compiled the first time one of its
// methods is called; an invalid Expr panics then, as regexp.MustCompile
// does. Declare one as a composite literal:
//
//	var byline = &lazyregexp.Regexp{Expr: `^By \p{Lu}`}
//
// The compiler lays such a variable out in the binary's data with no
// code at start, so the linker leaves out every pattern, and its text,
// that no reachable code uses: the explorer's page carries the cleaner
// and the actor finder's packages but calls neither. (A constructor
// called in a package initialiser would keep them all.)
type Regexp struct {
	// Expr is the pattern, in regexp's syntax.
	Expr string

	once sync.Once
	re   *regexp.Regexp
}

// Get returns the compiled pattern.
func (l *Regexp) Get() *regexp.Regexp {
	l.once.Do(l.compile)
	return l.re
}

func (l *Regexp) compile() { l.re = regexp.MustCompile(l.Expr) }

// MatchString reports whether s holds a match.
func (l *Regexp) MatchString(s string) bool { return l.Get().MatchString(s) }

// FindStringIndex returns where the first match in s starts and ends, or nil.
func (l *Regexp) FindStringIndex(s string) []int { return l.Get().FindStringIndex(s) }

// FindStringSubmatch returns the first match in s and its groups, or nil.
func (l *Regexp) FindStringSubmatch(s string) []string { return l.Get().FindStringSubmatch(s) }

// FindStringSubmatchIndex returns where the first match in s and its
// groups start and end, or nil.
func (l *Regexp) FindStringSubmatchIndex(s string) []int {
	return l.Get().FindStringSubmatchIndex(s)
}

// FindAllStringIndex returns where the first n matches in s start and
// end (all of them if n < 0), or nil.
func (l *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return l.Get().FindAllStringIndex(s, n)
}

// ReplaceAllString replaces every match in src with repl, expanding $1
// and the like as regexp does.
func (l *Regexp) ReplaceAllString(src, repl string) string {
	return l.Get().ReplaceAllString(src, repl)
}
