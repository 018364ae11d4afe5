// Package actors is the model of the people, organisations and places a
// corpus names (Actor, Set) and what the page needs of them without
// finding them: reading the actors a build stored (stored.go), finding the
// quotations of a text (quotes.go, FindQuotes) and the quotations a
// sharded site publishes (published.go). Finding the actors is package
// actors/find, which app.wasm leaves out.
package actors
