//go:build !js

// Command parallax is the native side of Parallax: it serves the explorer,
// builds it as a static website, and gives command-line access to the same
// core the page uses (list, search), as text or JSON.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/parallax-news/parallax/cli"
)

// version is stamped by the Makefile with the git commit.
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Main(ctx, os.Args[1:], &cli.Env{Stdout: os.Stdout, Stderr: os.Stderr, Version: version})
	stop()
	os.Exit(code)
}
