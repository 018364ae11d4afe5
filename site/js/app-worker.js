// Parallax's service worker: the explorer works offline after one visit.
//
// Network first, cache as the fallback: online, every visit gets the
// current deploy (the HTTP cache and ETags keep that cheap), so a new
// version is never hidden behind a stale cached copy; offline, the cached
// copy answers. The cache ignores query strings, because a shared link
// (?q=…, ?actor=…) is the same page as the one cached. The exception is
// what the build names by its content (?v=…): app.wasm and the corpus
// snapshot come from the cache first.
const cacheName = "parallax-" + "{{.Version}}";
const scope = new URL(self.registration.scope).pathname;
// go-app lists the root page without its trailing slash ("/parallax"),
// which a static host answers with a redirect: cache the page itself.
const resourcesToCache = {{.ResourcesToCache}}.map((path) =>
  path + "/" === scope ? scope : path
);

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll(resourcesToCache))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key !== cacheName).map((key) => caches.delete(key)))
      )
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  if (request.headers.has("Range")) {
    event.respondWith(rangeNetworkFirst(event));
    return;
  }
  if (new URL(request.url).searchParams.has("v")) {
    event.respondWith(cacheFirst(event));
    return;
  }
  event.respondWith(networkFirst(event));
});

// cacheFirst answers a versioned URL (app.wasm?v=…, corpus.snapshot?v=…,
// named after its content) from the cache when it holds that very version:
// a new build has a new URL, so the copy cannot be stale, and a repeat
// visit starts without waiting for the network.
async function cacheFirst(event) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(event.request.url);
  if (cached) {
    return cached;
  }
  try {
    const response = await fetch(event.request.url, { credentials: "same-origin" });
    if (response.ok && response.type === "basic" && !response.redirected) {
      event.waitUntil(cache.put(event.request.url, response.clone()));
    }
    return response;
  } catch (err) {
    // Offline, with only another version cached: better than nothing.
    const other = await cache.match(event.request.url, { ignoreSearch: true });
    if (other) {
      return other;
    }
    throw err;
  }
}

// rangeNetworkFirst answers a range request (a hit's text from a passage
// pack of a sharded index) from the network with its Range header, and
// keeps the bytes under a key of their own, since the Cache API keeps no
// partial answer; offline, the kept bytes answer the same range again.
async function rangeNetworkFirst(event) {
  const request = event.request;
  const range = request.headers.get("Range");
  const key = withoutQuery(request.url) + "?range=" + encodeURIComponent(range);
  try {
    const response = await fetch(request.url, {
      headers: { Range: range },
      cache: "no-cache",
      credentials: "same-origin",
    });
    if (response.status === 206 && response.type === "basic" && !response.redirected) {
      event.waitUntil(
        response
          .clone()
          .arrayBuffer()
          .then((body) =>
            caches.open(cacheName).then((cache) =>
              cache.put(
                key,
                new Response(body, {
                  headers: { "Content-Range": response.headers.get("Content-Range") || "" },
                })
              )
            )
          )
      );
    }
    return response;
  } catch (err) {
    const cache = await caches.open(cacheName);
    const cached = await cache.match(key);
    if (cached) {
      return new Response(await cached.arrayBuffer(), {
        status: 206,
        headers: { "Content-Range": cached.headers.get("Content-Range") || "" },
      });
    }
    throw err;
  }
}

async function networkFirst(event) {
  const request = event.request;
  const key = withoutQuery(request.url);
  try {
    // no-cache: the HTTP cache may answer only after the server confirms
    // its copy is current (a cheap 304), so a deploy is seen at once.
    const response = await fetch(request.url, { cache: "no-cache", credentials: "same-origin" });
    if (response.redirected && request.mode === "navigate") {
      // A navigation may not be answered with a followed redirect.
      return Response.redirect(response.url, 302);
    }
    if (response.ok && response.type === "basic" && !response.redirected) {
      // Kept in the background: the page gets the response as it streams
      // (app.wasm compiles while it downloads) instead of after the copy.
      event.waitUntil(keep(key, response.clone()));
    }
    return response;
  } catch (err) {
    const cache = await caches.open(cacheName);
    const cached =
      (await cache.match(key)) || (request.mode === "navigate" ? await cache.match(scope) : undefined);
    if (cached) {
      return cached;
    }
    throw err;
  }
}

// keep stores a response for offline use, unless the cache already holds
// the same version: rewriting megabytes of app.wasm on every visit would
// cost the disk and the next start.
async function keep(key, response) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(key);
  if (cached && sameVersion(cached, response)) {
    await response.body?.cancel();
    return;
  }
  await cache.put(key, response);
}

// sameVersion compares the validators a host sends (ETag, else
// Last-Modified with the length); without them a response is never the
// same.
function sameVersion(a, b) {
  const etag = a.headers.get("ETag");
  if (etag) {
    return etag === b.headers.get("ETag");
  }
  const modified = a.headers.get("Last-Modified");
  return (
    modified !== null &&
    modified === b.headers.get("Last-Modified") &&
    a.headers.get("Content-Length") === b.headers.get("Content-Length")
  );
}

function withoutQuery(url) {
  const u = new URL(url);
  u.search = "";
  u.hash = "";
  return u.href;
}
