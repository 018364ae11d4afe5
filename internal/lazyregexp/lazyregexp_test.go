package lazyregexp

import "testing"

func TestRegexp(t *testing.T) {
	re := &Regexp{Expr: `sho[i]gu`}
	if re.Get() != re.Get() {
		t.Error("two calls compiled twice")
	}
	if !re.MatchString("Shoigu and shoigu") || re.MatchString("Shoygu") {
		t.Error("the pattern does not match as compiled")
	}
	if got := re.FindAllStringIndex("shoigu shoigu", -1); len(got) != 2 {
		t.Errorf("FindAllStringIndex = %v, want two matches", got)
	}
	defer func() {
		if recover() == nil {
			t.Error("an invalid pattern did not panic on first use")
		}
	}()
	(&Regexp{Expr: `(`}).MatchString("")
}
