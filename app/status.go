package app

import "time"

// libraryStatus is where adding or removing the reader's own files stands.
type libraryStatus int

const (
	idle     libraryStatus = iota // nothing to do
	reading                       // the browser reads the files
	indexing                      // the articles are parsed, indexed and their actors found
)

// String names the status, as the page's data-library attribute says it.
func (s libraryStatus) String() string {
	switch s {
	case reading:
		return "reading"
	case indexing:
		return "indexing"
	}
	return "idle"
}

// yieldToBrowser lets the browser run what waits (a key typed, a frame to
// draw): a wasm goroutine keeps the page's one thread until it sleeps.
func yieldToBrowser() { time.Sleep(time.Millisecond) }
