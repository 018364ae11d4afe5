//go:build !js

package main

import (
	"log"
	"os"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// main writes the static site for the base path os.Args[2] into os.Args[1].
func main() {
	routes()
	h := &app.Handler{
		Name:      "Hello",
		Resources: app.CustomProvider("", os.Args[2]),
		Icon:      app.Icon{Default: os.Args[2] + "/web/icon.png", SVG: os.Args[2] + "/web/icon.png"},
	}
	if err := app.GenerateStaticWebsite(os.Args[1], h); err != nil {
		log.Fatal(err)
	}
}
