// Package actorwasm is the bridge between the explorer's app.wasm and the
// actor finder's own wasm (wasm/finder): the finder's code, the largest
// package of Parallax, is needed only for articles a reader adds in the
// page, so the explorer loads it when they do instead of on every visit.
//
// The finder (package finder) registers one JavaScript function, named
// Global, that takes a corpus snapshot (corpus.MarshalSnapshot) as a
// Uint8Array and returns the actors it finds as stored actors
// (actors.MarshalSet), a Uint8Array, or an object {error: "…"}. This
// package holds only that name, so that app.wasm can import it without
// the extractor.
package actorwasm

// Global is the name of the finder's function on the page's global object.
const Global = "parallaxFindActors"
