package site

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http/httptest"
	"regexp"
	"text/template"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	pxapp "github.com/parallax-news/parallax/app"
)

// scripts are the page script that replaces go-app's app.js and the
// service worker template.
//
//go:embed js/app.js js/app-worker.js
var scripts embed.FS

// workerTemplate is the service worker, a template of go-app's
// ServiceWorkerTemplate (Version, ResourcesToCache).
func workerTemplate() string {
	b, err := scripts.ReadFile("js/app-worker.js")
	if err != nil {
		panic(err) // embedded: cannot happen
	}
	return string(b)
}

// pageScript describes the page script of one build.
type pageScript struct {
	// Env is go-app's page environment, as a JSON object.
	Env string
	// Wasm is the URL of app.wasm; empty in the single file.
	Wasm string
	// WasmSize is the uncompressed size of app.wasm, for the progress bar.
	WasmSize int64
	// Worker is the URL of the service worker; empty for none.
	Worker string
	// Inline says app.wasm is inside the page, and the actor finder too.
	Inline bool
	// Finder is the URL of the actor finder's wasm, loaded when the
	// explorer asks for it; empty in the single file and where the
	// explorer has none (the sharded form).
	Finder string
}

// render fills js/app.js.
func (p pageScript) render() ([]byte, error) {
	src, err := scripts.ReadFile("js/app.js")
	if err != nil {
		return nil, err
	}
	tmpl, err := template.New("app.js").Parse(string(src))
	if err != nil {
		return nil, err
	}
	js := func(v any) string {
		b, _ := json.Marshal(v)
		return string(b)
	}
	var out bytes.Buffer
	err = tmpl.Execute(&out, map[string]string{
		"Env":      p.Env,
		"Wasm":     js(p.Wasm),
		"WasmSize": js(p.WasmSize),
		"Worker":   js(p.Worker),
		"Inline":   js(p.Inline),
		"Finder":   js(p.Finder),
		// The page script starts loading the actor finder at once when
		// the reader keeps files of their own, which it reads.
		"StorePrefix": js(pxapp.StorePrefix),
	})
	return out.Bytes(), err
}

// goappEnv matches the environment object in go-app's generated app.js.
var goappEnv = regexp.MustCompile(`(?m)^const goappEnv = (\{.*\});$`)

// leanEnv returns go-app's page environment without an empty list of
// internal URLs. go-app decodes that list as JSON when it starts, and for
// "null" that is the first run of encoding/json's decoder in the page:
// a measurable part of a cold start-up (docs/bench.md), for nothing. Unset, the list reads as
// "", which the decoder rejects at once, leaving it empty as before.
func leanEnv(raw []byte) (string, error) {
	var env map[string]string
	if err := json.Unmarshal(raw, &env); err != nil {
		return "", fmt.Errorf("go-app's page environment is not a JSON object of strings (%v): has go-app changed its format?", err)
	}
	if u := env["GOAPP_INTERNAL_URLS"]; u == "null" || u == "[]" {
		delete(env, "GOAPP_INTERNAL_URLS")
	}
	b, err := json.Marshal(env)
	return string(b), err
}

// newPageScript takes the page environment from the app.js go-app generates
// for h, so both agree on every variable go-app reads (GOAPP_ROOT_PREFIX,
// GOAPP_VERSION and the rest), and the size of app.wasm from web/.
func newPageScript(h *app.Handler, web fs.FS) (pageScript, error) {
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/app.js", nil)
	h.ServeHTTP(rec, req)
	m := goappEnv.FindSubmatch(rec.Body.Bytes())
	if m == nil {
		return pageScript{}, fmt.Errorf("go-app's app.js has no goappEnv line: has go-app changed its format? (status %d)", rec.Code)
	}
	env, err := leanEnv(m[1])
	if err != nil {
		return pageScript{}, err
	}
	st, err := fs.Stat(web, "app.wasm")
	if err != nil {
		return pageScript{}, fmt.Errorf("web/app.wasm: %w: run `make build` first", err)
	}
	prefix := h.Resources.Package()
	ps := pageScript{
		Env:      env,
		Wasm:     h.Resources.AppWASM(),
		WasmSize: st.Size(),
		Worker:   prefix + "/app-worker.js",
	}
	if r, ok := h.Resources.(resources); ok {
		ps.Finder = r.finder
	}
	return ps, nil
}
