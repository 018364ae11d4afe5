package site

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	pxapp "github.com/parallax-news/parallax/app"
)

// SingleFile writes the explorer as one HTML file that works opened
// from disk (file://) with no server: the pre-rendered page, the styles,
// wasm_exec.js, app.wasm and the actor finder's wasm (gzip-compressed,
// base64-encoded, inflated in the browser) and the page script, all
// inline. Nothing in it is fetched.
func (s *Site) SingleFile(path string) error {
	o := s.o
	if s.sharded != nil {
		return errors.New("the single file holds every article and has no sharded form: build it without -shards")
	}
	h, err := s.handler(true)
	if err != nil {
		return err
	}
	// go-app copies a handler's page environment into the process's:
	// take the single-file flag back out when done.
	defer os.Unsetenv(pxapp.SingleFileEnv)
	defer func() { s.env.SingleFile = false }()
	tmp, err := os.MkdirTemp("", "parallax-single-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := app.GenerateStaticWebsite(tmp, h, "/"); err != nil {
		return fmt.Errorf("generating the page: %w", err)
	}
	page, err := os.ReadFile(filepath.Join(tmp, "index.html"))
	if err != nil {
		return err
	}
	body, err := bodyOf(setOGURL(fixPage(page), o.PublicURL))
	if err != nil {
		return err
	}
	goappCSS, err := os.ReadFile(filepath.Join(tmp, "app.css"))
	if err != nil {
		return err
	}
	css, err := fs.ReadFile(o.Web, "app.css")
	if err != nil {
		return err
	}
	icon, err := fs.ReadFile(o.Web, "icon.svg")
	if err != nil {
		return err
	}
	wasmExecJS, err := fs.ReadFile(o.Web, wasmExec)
	if err != nil {
		return err
	}
	wasm, err := fs.ReadFile(o.Web, "app.wasm")
	if err != nil {
		return err
	}
	gz, err := gzipBytes(wasm)
	if err != nil {
		return err
	}
	finder, err := fs.ReadFile(o.Web, finderWasm)
	if err != nil {
		return err
	}
	finderGz, err := gzipBytes(finder)
	if err != nil {
		return err
	}
	ps, err := newPageScript(h, o.Web)
	if err != nil {
		return err
	}
	ps.Wasm, ps.Worker, ps.Inline = "", "", true
	appJS, err := ps.render()
	if err != nil {
		return err
	}

	wasmExecScript := "\n" + inlineSafe(wasmExecJS, "script") + "\n"
	pageScript := "\n" + inlineSafe(appJS, "script") + "\n"
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n")
	b.WriteString(cspMeta(singleFilePolicy([]string{scriptHash(wasmExecScript), scriptHash(pageScript)})) + "\n")
	b.WriteString(`<meta name="viewport" content="width=device-width, initial-scale=1">` + "\n")
	fmt.Fprintf(&b, "<title>%s</title>\n", html.EscapeString("Parallax · "+o.Corpus.Name))
	fmt.Fprintf(&b, "<link rel=\"icon\" href=\"data:image/svg+xml;base64,%s\">\n", base64.StdEncoding.EncodeToString(icon))
	fmt.Fprintf(&b, "<style>\n%s\n%s\n</style>\n</head>\n<body>\n", inlineSafe(goappCSS, "style"), inlineSafe(css, "style"))
	b.Write(body)
	fmt.Fprintf(&b, "\n<script>%s</script>\n", wasmExecScript)
	fmt.Fprintf(&b, "<script type=\"application/octet-stream\" id=\"parallax-wasm\">%s</script>\n", base64.StdEncoding.EncodeToString(gz))
	// The actor finder, for articles a reader adds: inflated only then.
	fmt.Fprintf(&b, "<script type=\"application/octet-stream\" id=\"parallax-finder\">%s</script>\n", base64.StdEncoding.EncodeToString(finderGz))
	if o.ShipCorpus {
		// Base64, like the wasm, so the snapshot cannot close its element.
		fmt.Fprintf(&b, "<script type=\"application/octet-stream\" id=\"%s\">%s</script>\n", pxapp.CorpusElement, base64.StdEncoding.EncodeToString(s.snapshot))
	}
	fmt.Fprintf(&b, "<script>%s</script>\n</body>\n</html>\n", pageScript)
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

// loaderIcon is the image of go-app's loading bar, a file the single page
// cannot fetch.
var loaderIcon = regexp.MustCompile(`<img [^>]*id="app-wasm-loader-icon"[^>]*>`)

// bodyOf returns what is inside the <body> of a page go-app generated,
// without the loader's image.
func bodyOf(page []byte) ([]byte, error) {
	start := bytes.Index(page, []byte("<body"))
	end := bytes.LastIndex(page, []byte("</body>"))
	if start < 0 || end < start {
		return nil, fmt.Errorf("the generated page has no <body>: has go-app changed its output?")
	}
	start += bytes.IndexByte(page[start:], '>') + 1
	return loaderIcon.ReplaceAll(page[start:end], nil), nil
}

// inlineSafe keeps a script or style from closing its element early: the
// only sequence that can is "</script" (or "</style"), which becomes
// "<\/script", the same text to JavaScript and CSS alike.
func inlineSafe(src []byte, tag string) string {
	s := string(src)
	closing := "</" + tag
	if !strings.Contains(strings.ToLower(s), closing) {
		return s
	}
	re := regexp.MustCompile(`(?i)</(` + tag + `)`)
	return re.ReplaceAllString(s, `<\/$1`)
}
