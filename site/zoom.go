package site

import (
	"bytes"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// go-app's page sets a viewport that forbids zooming, which fails readers
// who need larger text (WCAG 1.4.4; axe's meta-viewport rule). The pages
// Parallax serves and writes use this viewport instead.
const (
	goappViewport = "width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover"
	viewport      = "width=device-width, initial-scale=1, viewport-fit=cover"
)

// allowZoom replaces go-app's viewport in a page.
func allowZoom(page []byte) []byte {
	return bytes.ReplaceAll(page, []byte(goappViewport), []byte(viewport))
}

// allowZoomInPages rewrites the viewport of every .html file under dir.
func allowZoomInPages(dir string) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(path, allowZoom(b), 0o644)
	})
}

// allowZoomHandler rewrites the viewport of the HTML pages h serves.
func allowZoomHandler(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		body := rec.Body.Bytes()
		if strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
			body = allowZoom(body)
			rec.Header().Set("Content-Length", strconv.Itoa(len(body)))
		}
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		w.Write(body)
	})
}
