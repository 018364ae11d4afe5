//go:build js

package actors

// cityTable is empty in the browser: the page reads the actors the build
// stored with the gazetteer (cities.go), and files dropped into the page
// are read without it, which keeps app.wasm about 20 kB smaller.
const cityTable = ""
