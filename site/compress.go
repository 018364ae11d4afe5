package site

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/andybalholm/brotli"
)

// compressible are the extensions of the files precompress writes .br and
// .gz copies of.
var compressible = map[string]bool{
	".wasm": true, ".js": true, ".css": true, ".html": true,
	".svg": true, ".webmanifest": true, ".json": true, ".snapshot": true,
}

// minCompress is the smallest file worth a compressed copy.
const minCompress = 1024

// precompress writes NAME.br and NAME.gz beside every compressible file in
// dir, for static hosts that serve them in place of NAME (nginx gzip_static
// and brotli_static, Caddy's precompressed, most CDNs). quality is the
// brotli level, 0 meaning 11.
func precompress(dir string, quality int) error {
	if quality <= 0 || quality > brotli.BestCompression {
		quality = brotli.BestCompression
	}
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !compressible[strings.ToLower(filepath.Ext(path))] {
			return err
		}
		raw, err := os.ReadFile(path)
		if err != nil || len(raw) < minCompress {
			return err
		}
		gz, err := gzipBytes(raw)
		if err != nil {
			return fmt.Errorf("compressing %s: %w", path, err)
		}
		br, err := brotliBytes(raw, quality)
		if err != nil {
			return fmt.Errorf("compressing %s: %w", path, err)
		}
		return errors.Join(os.WriteFile(path+".gz", gz, 0o644), os.WriteFile(path+".br", br, 0o644))
	})
}

func gzipBytes(raw []byte) ([]byte, error) {
	var b bytes.Buffer
	w, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	_, err = w.Write(raw)
	if err = errors.Join(err, w.Close()); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func brotliBytes(raw []byte, quality int) ([]byte, error) {
	var b bytes.Buffer
	w := brotli.NewWriterLevel(&b, quality)
	_, err := w.Write(raw)
	if err = errors.Join(err, w.Close()); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
