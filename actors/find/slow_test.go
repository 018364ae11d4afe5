//go:build race || js

package find

// slowPatterns is whether the tests run where regular expressions run
// many times slower (under the race detector, or as WebAssembly in a
// browser): the scans over the evaluation set then read a sample of it.
const slowPatterns = true
