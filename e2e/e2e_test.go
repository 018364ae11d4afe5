// Package e2e drives the built static site in headless Chromium, as a user
// would: served from a sub-path by a plain file server, with nothing fetched
// from any other origin.
package e2e

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

const base = "/parallax/"

// buildSite builds app.wasm, the parallax binary and the static site for
// base into a temporary folder, and returns the site's folder.
func buildSite(t *testing.T) string {
	t.Helper()
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	web := filepath.Join(tmp, "web")
	if err := os.CopyFS(web, os.DirFS(filepath.Join(repo, "web"))); err != nil {
		t.Fatalf("copying web/: %v", err)
	}
	goroot := runtime.GOROOT()
	steps := [][]string{
		{"go", "build", "-trimpath", "-ldflags", "-s -w", "-o", filepath.Join(web, "app.wasm"), "./wasm"},
		{"cp", filepath.Join(goroot, "lib", "wasm", "wasm_exec.js"), filepath.Join(web, "wasm_exec.js")},
		{"go", "build", "-o", filepath.Join(tmp, "parallax"), "."},
		{filepath.Join(tmp, "parallax"), "build", "-root", tmp, "-out", filepath.Join(tmp, "dist"), "-base", base},
	}
	for i, s := range steps {
		cmd := exec.Command(s[0], s[1:]...)
		cmd.Dir = repo
		cmd.Env = os.Environ()
		if i == 0 {
			cmd.Env = append(cmd.Env, "GOOS=js", "GOARCH=wasm")
		}
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", strings.Join(s, " "), err, out)
		}
	}
	return filepath.Join(tmp, "dist")
}

// browser starts headless Chromium and returns its context.
func browser(t *testing.T) context.Context {
	t.Helper()
	exe := os.Getenv("CHROMIUM")
	if exe == "" {
		exe = "/usr/bin/chromium"
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-sync", true),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancel3)
	return ctx
}

// waitForApp waits until the wasm has started (go-app defines goappNav).
func waitForApp(ctx context.Context) chromedp.Action {
	return chromedp.Poll(`typeof window.goappNav === "function"`, nil, chromedp.WithPollingTimeout(60*time.Second))
}

func TestSearchOnStaticSite(t *testing.T) {
	if os.Getenv("PARALLAX_E2E") == "" {
		t.Skip("set PARALLAX_E2E=1 (make test-e2e) to build the site and drive Chromium")
	}
	dist := buildSite(t)
	mux := http.NewServeMux()
	mux.Handle(base, http.StripPrefix(strings.TrimSuffix(base, "/"), http.FileServer(http.Dir(dist))))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	ctx := browser(t)
	var mu sync.Mutex
	var requests []string
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			mu.Lock()
			requests = append(requests, e.Request.URL)
			mu.Unlock()
		}
	})

	var status, search string
	var titles, marks []string
	err := chromedp.Run(ctx,
		network.Enable(),
		chromedp.Navigate(srv.URL+base),
		waitForApp(ctx),
		chromedp.SendKeys("#q", "Shoigu", chromedp.ByQuery),
		chromedp.Poll(`document.querySelector(".status").textContent === "7 passages in 2 articles"`, nil, chromedp.WithPollingTimeout(20*time.Second)),
		chromedp.Text(".status", &status, chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll(".result-group .result-title")].map(e => e.textContent)`, &titles),
		chromedp.Evaluate(`[...document.querySelectorAll("mark")].map(e => e.textContent)`, &marks),
		chromedp.Evaluate(`location.search`, &search),
	)
	if err != nil {
		t.Fatalf("typing Shoigu: %v (status %q)", err, status)
	}
	want := []string{"North Korea and Russia plan closer cooperation", "North Korea and Russia vow to strengthen bonds amid isolation"}
	if len(titles) != 2 || titles[0] != want[0] || titles[1] != want[1] {
		t.Errorf("result articles = %q, want %q", titles, want)
	}
	if len(marks) == 0 {
		t.Error("no highlighted text in the results")
	}
	for _, m := range marks {
		if m != "Shoigu" {
			t.Errorf("highlighted %q, want Shoigu", m)
		}
	}
	if search != "?q=Shoigu" {
		t.Errorf("location.search = %q, want ?q=Shoigu", search)
	}

	// Opening a passage shows it in the reader, and the link keeps the
	// sub-path.
	var target, path string
	err = chromedp.Run(ctx,
		chromedp.Click(".passage-link", chromedp.ByQuery),
		chromedp.WaitVisible(".para.target", chromedp.ByQuery),
		chromedp.Text(".para.target", &target, chromedp.ByQuery),
		chromedp.Evaluate(`location.pathname`, &path),
	)
	if err != nil {
		t.Fatalf("opening a passage: %v", err)
	}
	if !strings.Contains(target, "Shoigu") || path != base {
		t.Errorf("reader target = %q at %q, want a Shoigu passage at %s", target, path, base)
	}

	// A shared link reproduces the view after a fresh load.
	var reloaded string
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+base+"?q=sanctons"),
		waitForApp(ctx),
		chromedp.Poll(`document.querySelectorAll("mark").length > 0`, nil, chromedp.WithPollingTimeout(20*time.Second)),
		chromedp.Text("mark", &reloaded, chromedp.ByQuery),
	)
	if err != nil || reloaded != "sanctions" {
		t.Errorf("shared link ?q=sanctons: first mark %q, err %v; want sanctions", reloaded, err)
	}

	// The other two views: an actor chip narrows the results, and the
	// overview's cells open a comparison, all under the sub-path.
	var chip, verdict, comparePath string
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+base+"?q=weapons"),
		waitForApp(ctx),
		chromedp.Click(`.chip[aria-label="Show only passages naming Sergei Shoigu"]`, chromedp.ByQuery),
		chromedp.Poll(`document.querySelector(".status").textContent === "1 passage in 1 article"`, nil, chromedp.WithPollingTimeout(20*time.Second)),
		chromedp.Text(".chip.on .chip-name", &chip, chromedp.ByQuery),
		chromedp.Navigate(srv.URL+base+"?compare=all"),
		waitForApp(ctx),
		chromedp.Click(".matrix td a", chromedp.ByQuery),
		chromedp.WaitVisible(".verdict", chromedp.ByQuery),
		chromedp.Text(".verdict strong", &verdict, chromedp.ByQuery),
		chromedp.Evaluate(`location.pathname`, &comparePath),
	)
	if err != nil || chip != "Sergei Shoigu" || verdict == "" || comparePath != base {
		t.Errorf("actor filter and comparison: chip %q, verdict %q, path %q, err %v", chip, verdict, comparePath, err)
	}

	mu.Lock()
	defer mu.Unlock()
	if len(requests) == 0 {
		t.Fatal("saw no network requests: the listener is broken")
	}
	for _, u := range requests {
		if !strings.HasPrefix(u, srv.URL+"/") && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") {
			t.Errorf("the page requested %s, outside its own origin", u)
		}
	}
}
