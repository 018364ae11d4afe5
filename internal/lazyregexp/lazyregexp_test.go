package lazyregexp

import "testing"

func TestNew(t *testing.T) {
	re := New(`sho[i]gu`)
	if re() != re() {
		t.Error("two calls compiled twice")
	}
	if !re().MatchString("Shoigu and shoigu") || re().MatchString("Shoygu") {
		t.Error("the pattern does not match as compiled")
	}
	defer func() {
		if recover() == nil {
			t.Error("an invalid pattern did not panic on first use")
		}
	}()
	New(`(`)()
}
