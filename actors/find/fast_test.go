//go:build !race && !js

package find

// slowPatterns is whether regular expressions run many times slower
// than natively (see slow_test.go).
const slowPatterns = false
