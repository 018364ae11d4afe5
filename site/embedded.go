package site

import (
	"embed"
	"io/fs"
)

// embedded is web/ as `make build` copied it into embedded/web before
// building the binary: app.wasm, wasm_exec.js, the styles and icons.
//
//go:embed all:embedded
var embedded embed.FS

// Embedded returns the web/ built into this binary, or nil when it has
// none (a `go build` or `go install` that did not go through make build).
func Embedded() fs.FS {
	web, err := fs.Sub(embedded, "embedded/web")
	if err != nil {
		return nil
	}
	if _, err := fs.Stat(web, "app.wasm"); err != nil {
		return nil
	}
	return web
}
