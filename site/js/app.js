// Parallax's page script, in place of go-app's generated app.js. It keeps
// the functions the wasm calls (goappGetenv and the others) and loads
// app.wasm in its own way:
//   - progress counts the bytes of the wasm itself against its known size,
//     so it stays right when the host compresses it (Content-Length is then
//     the compressed size);
//   - the wasm is compiled from a Response this script builds, with the
//     right content type, so a host serving .wasm as octet-stream still works;
//   - in the single-file build the wasm is inside the page, gzip-compressed
//     and base64-encoded, and is inflated with DecompressionStream;
//   - a search typed before the wasm is ready is kept: it goes into ?q= for
//     the explorer to run;
//   - the service worker (offline after one visit) is optional: where it
//     cannot register (file://, private modes) the page works without it;
//   - the actor finder (finder.wasm) is loaded only when the explorer asks
//     for it (parallaxLoadFinder): to read, index and find the actors of
//     articles a reader adds in the page, and for the comparison views;
//     at start, beside app.wasm, when the reader keeps articles of their
//     own.
"use strict";

var goappNav = function () {};
var goappOnUpdate = function () {};
var goappOnAppInstallChange = function () {};

const goappEnv = {{.Env}};
const parallaxWasm = {{.Wasm}};
const parallaxWasmSize = {{.WasmSize}};
const parallaxWorker = {{.Worker}};
const parallaxInline = {{.Inline}};
const parallaxFinder = {{.Finder}};
const parallaxStorePrefix = {{.StorePrefix}};

function goappGetenv(k) {
  return goappEnv[k];
}

function goappIsAppInstallable() {
  return false;
}

function goappIsAppInstalled() {
  return window.matchMedia("(display-mode: standalone)").matches;
}

// goappKeepBodyClean removes what browser extensions add to the body while
// the app runs; go-app calls it at start.
function goappKeepBodyClean() {
  const body = document.body;
  const count = body.children.length;
  const observer = new MutationObserver(function () {
    while (body.children.length > count) {
      body.removeChild(body.lastChild);
    }
  });
  observer.observe(body, { childList: true });
  return () => observer.disconnect();
}

async function parallaxRegisterWorker() {
  if (!parallaxWorker || location.protocol === "file:" || !("serviceWorker" in navigator)) {
    return;
  }
  // Only a worker replacing another is an update; the first is not.
  const hadWorker = navigator.serviceWorker.controller !== null;
  try {
    const registration = await navigator.serviceWorker.register(parallaxWorker);
    registration.addEventListener("updatefound", () => {
      const next = registration.installing;
      next.addEventListener("statechange", () => {
        if (next.state === "activated" && hadWorker) {
          goappOnUpdate();
        }
      });
    });
  } catch (err) {
    console.warn("Parallax will not work offline here:", err.message);
  }
}

// parallaxLoader shows loading progress or a failure in the bar at the
// bottom of the pre-rendered page.
const parallaxLoader = {
  bar: null,
  label: null,
  progress: null,
  // highest is the largest fraction loaded seen, for tests: it must end at 1.
  highest: 0,
  // instance is the running wasm, whose memory the benchmark reads.
  instance: null,
  // fromCache says, for tests, that app.wasm came from the service
  // worker's cache straight to the compiler, its bytes not counted.
  fromCache: false,
  init() {
    this.bar = document.getElementById("app-wasm-loader");
    this.label = document.getElementById("app-wasm-loader-label");
    if (!this.bar || !this.label) {
      return;
    }
    this.bar.classList.add("parallax-loader");
    this.bar.setAttribute("role", "status");
    this.progress = document.createElement("progress");
    this.progress.max = 100;
    this.progress.value = 0;
    this.bar.appendChild(this.progress);
  },
  show(fraction) {
    this.highest = Math.max(this.highest, fraction);
    const pct = Math.min(100, Math.round(fraction * 100));
    // Touch the page only when the percentage changes: a chunk arrives
    // every few kilobytes, and each DOM write costs the main thread.
    if (pct === this.shown) {
      return;
    }
    this.shown = pct;
    if (this.label) {
      this.label.textContent = "Loading search, filters and comparison… " + pct + "%";
    }
    if (this.progress) {
      this.progress.value = pct;
    }
  },
  fail(message) {
    // The pre-rendered page shows the actors as being found; they will not be.
    for (const el of document.querySelectorAll('[aria-busy="true"]')) {
      el.hidden = true;
    }
    if (!this.bar) {
      alert(message);
      return;
    }
    this.bar.classList.add("failed");
    this.label.innerText = message;
    if (this.progress) {
      this.progress.remove();
    }
    const icon = document.getElementById("app-wasm-loader-icon");
    if (icon) {
      icon.remove();
    }
  },
  done() {
    if (this.bar) {
      this.bar.remove();
    }
  },
};

async function parallaxStart() {
  parallaxLoader.init();
  if (typeof WebAssembly !== "object" || typeof Go !== "function") {
    parallaxLoader.fail(
      "This browser cannot run WebAssembly, so search, filters and comparison are off. The list of articles above still works."
    );
    return;
  }
  if (parallaxKeepsFiles()) {
    // The actor finder reads the reader's own files at start: it loads
    // beside app.wasm rather than after it.
    parallaxLoadFinder();
  }
  try {
    parallaxLoader.show(0);
    const response = await parallaxWasmResponse();
    const { go, result } = await parallaxInstantiate(response);
    performance.mark("parallax-wasm-compiled");
    parallaxKeepTypedQuery();
    parallaxLoader.instance = result.instance;
    go.run(result.instance);
    parallaxLoader.done();
  } catch (err) {
    console.error("loading app.wasm failed:", err);
    parallaxLoader.fail(
      "Parallax could not start (" + err.message + "). The list of articles above still works; reload the page to try again."
    );
  }
}

// parallaxInstantiate compiles a Go wasm from a Response (streaming where
// the browser can) and returns it with the Go runtime that will run it.
async function parallaxInstantiate(response) {
  const go = new Go();
  let result;
  if (WebAssembly.instantiateStreaming) {
    result = await WebAssembly.instantiateStreaming(response, go.importObject);
  } else {
    result = await WebAssembly.instantiate(await response.arrayBuffer(), go.importObject);
  }
  return { go, result };
}

// parallaxWasmResponse returns app.wasm as a Response with the wasm content
// type, counting its bytes for the progress bar as they arrive.
//
// On a repeat visit the service worker answers app.wasm from its cache:
// nothing downloads, so there is no progress to show, and the response
// goes to the compiler as it came. Counting the bytes puts a script
// between the two, and V8 then decodes the module on the main thread;
// without it, a repeat visit reaches its first results 95 to 130 ms
// sooner here.
async function parallaxWasmResponse() {
  let source;
  if (parallaxInline) {
    source = parallaxInlineWasm();
  } else {
    const cached = await parallaxWasmCached();
    const fetched = await fetch(parallaxWasm);
    if (!fetched.ok) {
      throw new Error("app.wasm: HTTP " + fetched.status + " " + fetched.statusText);
    }
    if (cached && fetched.headers.get("Content-Type") === "application/wasm") {
      parallaxLoader.fromCache = true;
      parallaxLoader.show(1);
      return fetched;
    }
    source = fetched.body;
  }
  let loaded = 0;
  const counted = source.pipeThrough(
    new TransformStream({
      transform(chunk, controller) {
        loaded += chunk.byteLength;
        parallaxLoader.show(loaded / parallaxWasmSize);
        controller.enqueue(chunk);
      },
    })
  );
  return new Response(counted, { headers: { "Content-Type": "application/wasm" } });
}

// parallaxWasmCached reports whether the service worker controlling the
// page holds this app.wasm, which it then answers from its cache.
async function parallaxWasmCached() {
  if (!("serviceWorker" in navigator) || !navigator.serviceWorker.controller || !("caches" in window)) {
    return false;
  }
  try {
    return (await caches.match(parallaxWasm)) !== undefined;
  } catch (err) {
    return false;
  }
}

// parallaxInlineWasm inflates the wasm stored in the page by the
// single-file build.
function parallaxInlineWasm() {
  return parallaxInflate("parallax-wasm", true);
}

// parallaxInflate returns the stream of a gzip-compressed, base64-encoded
// file the single-file build put in the element of this id, and removes
// the element when told to: its text is then no longer needed.
function parallaxInflate(id, remove) {
  const holder = document.getElementById(id);
  if (!holder) {
    throw new Error("the page holds no " + id);
  }
  if (typeof DecompressionStream !== "function") {
    throw new Error("this browser cannot decompress the app inside the page; open it in a current Chrome, Edge, Firefox or Safari");
  }
  const text = atob(holder.textContent.trim());
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    bytes[i] = text.charCodeAt(i);
  }
  if (remove) {
    holder.remove();
  }
  return new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
}

// parallaxKeepsFiles reports whether the reader keeps articles of their
// own in this browser (app/library.go), which the actor finder reads.
function parallaxKeepsFiles() {
  if (!parallaxFinder && !parallaxInline) {
    return false;
  }
  try {
    for (let i = 0; i < localStorage.length; i++) {
      if (localStorage.key(i).startsWith(parallaxStorePrefix)) {
        return true;
      }
    }
  } catch (err) {
    // No storage (a private mode, file://): no files kept either.
  }
  return false;
}

// parallaxFinderLoad is the one load of the actor finder, once asked for.
let parallaxFinderLoad = null;

// parallaxLoadFinder loads the actor finder, a Go wasm of its own beside
// app.wasm, and runs it: its main puts its functions on the page
// (parallaxFindActors and the others, internal/actorwasm) before go.run
// returns. The explorer calls this when it must read articles a reader
// adds, or compare; a visit that only searches the site's articles never
// downloads the finder.
// One load serves every call; a failed one is tried again next time.
function parallaxLoadFinder() {
  if (parallaxFinderLoad === null) {
    parallaxFinderLoad = parallaxRunFinder();
    parallaxFinderLoad.catch((err) => {
      console.warn("the actor finder did not load:", err.message);
      parallaxFinderLoad = null;
    });
  }
  return parallaxFinderLoad;
}

async function parallaxRunFinder() {
  let response;
  if (parallaxInline) {
    response = new Response(parallaxInflate("parallax-finder", false), { headers: { "Content-Type": "application/wasm" } });
  } else if (parallaxFinder) {
    response = await fetch(parallaxFinder);
    if (!response.ok) {
      throw new Error("finder.wasm: HTTP " + response.status + " " + response.statusText);
    }
    if (response.headers.get("Content-Type") !== "application/wasm") {
      response = new Response(response.body, { headers: { "Content-Type": "application/wasm" } });
    }
  } else {
    throw new Error("this site has no actor finder");
  }
  const { go, result } = await parallaxInstantiate(response);
  go.run(result.instance);
  if (typeof globalThis.parallaxFindActors !== "function") {
    throw new Error("the actor finder started without its function");
  }
}

// parallaxKeepTypedQuery moves a search typed into the pre-rendered box
// before the app was ready into ?q=, where the explorer reads it.
function parallaxKeepTypedQuery() {
  const input = document.getElementById("q");
  if (!input || !input.value.trim()) {
    return;
  }
  const params = new URLSearchParams(location.search);
  if (params.get("q")) {
    return;
  }
  params.set("q", input.value);
  try {
    history.replaceState(null, "", location.pathname + "?" + params.toString());
  } catch (err) {
    console.warn("could not keep the typed search:", err.message);
  }
}

// Start last: the functions above are hoisted, but parallaxLoader is not.
// The service worker registers once the app runs, so its caching of
// app.wasm does not compete with the page's own download.
parallaxStart().finally(parallaxRegisterWorker);
