// Package testkit holds, in its sub-packages, what the tests and the
// benchmarks share and nothing that ships: judged (the judged query set and
// its scorer), synth (generated corpora of any size) and headless (starting
// Chromium for the end-to-end tests and the browser benchmark). The other
// packages under internal/ are compiled into the parallax binary or
// app.wasm.
package testkit
