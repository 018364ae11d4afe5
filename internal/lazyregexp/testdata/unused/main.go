// Command unused declares two patterns and uses one, for
// TestUnusedPatternsLeftOut.
package main

import (
	"fmt"

	"github.com/parallax-news/parallax/internal/lazyregexp"
)

var (
	used   = &lazyregexp.Regexp{Expr: `used-pattern-[a-z]+`}
	unused = &lazyregexp.Regexp{Expr: `unused-pattern-[a-z]+`}
)

func main() { fmt.Println(used.MatchString("used-pattern-kept")) }
