# Parallax. `make run` builds and serves the explorer; `make test` runs every
# test, installing what it needs (Chromium from Debian, tools from the Go
# module proxy).

GO          ?= go
ADDR        ?= 127.0.0.1:8000
VERSION     ?= $(shell git rev-parse --short HEAD 2>/dev/null || echo dev)
GOBIN       := $(CURDIR)/bin
WASMTEST    := $(GOBIN)/go_js_wasm_exec
# WASM_FLAGS are internal/wasmbuild.Flags, which the tests and benchmarks
# build with (a test checks the two agree)
WASM_FLAGS  := -trimpath -ldflags "-s -w" -gcflags github.com/parallax-news/parallax/app=-l -gcflags github.com/parallax-news/parallax/compare=-l -gcflags github.com/parallax-news/parallax/corpus=-l -gcflags github.com/parallax-news/parallax/dates=-l
CHROMIUM    ?= $(shell command -v chromium || command -v chromium-browser || echo /usr/bin/chromium)

.PHONY: all run build wasm dist single npm test test-native test-fuzz test-wasm test-e2e bench bench-large eval tools chromium vet clean

all: build

## wasm: the browser app, with wasm_exec.js from the same toolchain: the
## explorer of a corpus held whole (app.wasm) and of a sharded one
## (app-sharded.wasm), each without the other's code, and the actor
## finder (finder.wasm) the first loads for articles a reader adds
wasm:
	GOOS=js GOARCH=wasm $(GO) build $(WASM_FLAGS) -o web/app.wasm ./wasm
	GOOS=js GOARCH=wasm $(GO) build $(WASM_FLAGS) -o web/app-sharded.wasm ./wasm/sharded
	GOOS=js GOARCH=wasm $(GO) build $(WASM_FLAGS) -o web/finder.wasm ./wasm/finder
	cp "$$($(GO) env GOROOT)/lib/wasm/wasm_exec.js" web/wasm_exec.js

## build: the native parallax binary, with the wasm and the rest of web/
## built into it (site/embedded/web), so it builds and serves from any folder
build: wasm
	rm -rf site/embedded/web && mkdir -p site/embedded/web && cp web/app.wasm web/app-sharded.wasm web/finder.wasm web/wasm_exec.js web/app.css web/icon.svg web/icon-192.png web/icon-512.png site/embedded/web/
	$(GO) build -trimpath -ldflags "-X main.version=$(VERSION)" -o parallax .

## run: build and serve the explorer with the default corpus
run: build
	./parallax serve -addr $(ADDR)

## dist: the static website in dist/ (BASE=/path/ for a sub-path)
BASE ?= /
dist: build
	./parallax build -out dist -base $(BASE)

## single: the explorer as one HTML file, dist/explorer.html, to open from disk
single: build
	./parallax build -single-file dist/explorer.html

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./app ./wasm ./wasm/sharded ./wasm/finder ./internal/actorwasm/...

## test: every test: native (with -race), wasm components in headless
## Chromium, and end to end against the built site
test: tools chromium vet test-native test-fuzz test-wasm test-e2e

# FUZZ lists the fuzz targets, package:Target; test-fuzz runs each briefly
# so every parser meets some random input on every run. The budget is a
# count of inputs, not a duration: Go 1.26's fuzz coordinator can fail a
# duration run with a bare "context deadline exceeded" at its end
# (golang/go#75804, fixed in Go 1.27).
FUZZ = corpus:FuzzParse dates:FuzzFind corpus:FuzzParseManifest corpus:FuzzReadSnapshot extract:FuzzPage fold:FuzzTokens search:FuzzSearch search:FuzzReadIndex search:FuzzRemote actors/find:FuzzReadSet actors/find:FuzzExtractText compare:FuzzDecodePublished dates:FuzzReadEvents
FUZZTIME ?= 5000x

test-fuzz:
	@for t in $(FUZZ); do \
		pkg=$${t%%:*}; fn=$${t#*:}; \
		echo "$(GO) test -run '^$$' -fuzz '^$$fn$$' -fuzztime $(FUZZTIME) ./$$pkg"; \
		$(GO) test -run '^$$' -fuzz "^$$fn$$" -fuzztime $(FUZZTIME) ./$$pkg || exit 1; \
	done

test-native:
	$(GO) test -race ./...

# WASM_PKGS are the project's packages compiled into the wasm files: test-wasm
# runs their tests as GOOS=js in headless Chromium, so what ships is what
# is tested.
WASM_PKGS = $(shell GOOS=js GOARCH=wasm $(GO) list -deps ./wasm ./wasm/sharded ./wasm/finder | grep '^github.com/parallax-news/parallax/' | grep -v '/wasm$$' | grep -v '/wasm/sharded$$' | grep -v '/wasm/finder$$' | sort -u)

test-wasm: tools chromium
	PATH="$(GOBIN):$$PATH" GOOS=js GOARCH=wasm $(GO) test $(WASM_PKGS)

test-e2e: build chromium npm
	PARALLAX_E2E=1 CHROMIUM=$(CHROMIUM) $(GO) test -count=1 ./e2e/...

## bench: benchmarks of the core, with their figures; the sharded
## build's events of 10,000 generated articles with planted copies (about
## 2 minutes); then the browser table: sizes, load times, memory, search
## quality and keystroke latency of Parallax beside a bare Go wasm, a
## go-app hello world and Fuse.js (from npm), all in headless Chromium;
## last, typing into the sharded index of 100,000 generated articles
## (about 6 more minutes)
bench: chromium npm
	$(GO) test -run '^$$' -bench . -benchmem ./corpus ./search ./fold ./actors/find ./compare ./app
	$(GO) test -run '^$$' -bench BenchmarkShardedEvents -benchtime=1x -timeout 30m ./site
	PARALLAX_BENCH=1 CHROMIUM=$(CHROMIUM) $(GO) test -count=1 -timeout 30m -v -run TestBrowserBench ./bench

## bench-large: sites of 10,000 and 100,000 generated articles built by
## parallax build (the sharded form), their build time, peak memory and
## files, and in throttled headless Chromium their start-up, typed queries,
## bytes fetched, articles opened and the actor filter, beside Pagefind
## (from npm) over the same articles (about 30 minutes; not in make test).
## PARALLAX_LARGE=10000 measures one size; PARALLAX_LARGE_SITE=DIR measures
## a site built before, PARALLAX_LARGE_QUERIES="Kim Jong Un" some queries.
PARALLAX_LARGE ?= 1
bench-large: build chromium npm
	PARALLAX_LARGE=$(PARALLAX_LARGE) CHROMIUM=$(CHROMIUM) $(GO) test -count=1 -timeout 90m -v -run TestLargeSite ./bench

## eval: how well Parallax reads the annotated development set
## (testdata/eval, format of shared/EVAL-FORMAT.md), with every answer
## that differs from the annotation; docs/eval.md keeps the figures
eval:
	$(GO) run . eval -corpus testdata/eval -misses

## tools: wasmbrowsertest, installed as go_js_wasm_exec so `go test` runs
## GOOS=js tests in headless Chromium
tools: $(WASMTEST)
$(WASMTEST):
	GOBIN=$(GOBIN) $(GO) install github.com/agnivade/wasmbrowsertest@v0.11.0
	mv $(GOBIN)/wasmbrowsertest $(WASMTEST)

## chromium: Debian's Chromium, installed when missing
chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
		{ echo "Installing Chromium from Debian..."; \
		  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

## npm: Node's npm from Debian, installed when missing; the e2e tests fetch
## axe-core with it, and the benchmark Fuse.js
npm:
	@command -v npm >/dev/null 2>&1 || \
		{ echo "Installing npm from Debian..."; \
		  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq npm >/dev/null; }

clean:
	rm -rf dist bin parallax web/app.wasm web/wasm_exec.js site/embedded/web
