//go:build js

package actors

// subdivisionTable is empty in the browser, as cityTable is: the page
// reads the actors the build stored.
const subdivisionTable = ""
