// udha's service worker. It does nothing until a reader taps "Keep this
// site on my phone" (or a staff directory is opened); then it saves the
// pages listed in that language's offline.json (the directories') and
// serves them without network. Saved pages are shown at once and
// refreshed in the background when the phone is online; offline, a page
// that is not saved is answered by the language's "not saved" page.
"use strict";
var PREFIX = "udha-";

self.addEventListener("install", function () { self.skipWaiting(); });
self.addEventListener("activate", function (event) { event.waitUntil(self.clients.claim()); });

self.addEventListener("message", function (event) {
  if (!event.data || event.data.type !== "keep") return;
  event.waitUntil(keep(event.data.manifest, event.source));
});

function keep(manifestUrl, client) {
  return fetch(manifestUrl, { cache: "no-cache" })
    .then(function (response) { return response.json(); })
    .then(function (manifest) {
      var name = PREFIX + manifest.lang + "-" + manifest.version;
      return caches.open(name)
        .then(function (cache) { return cache.addAll(manifest.urls); })
        .then(function () { return caches.keys(); })
        .then(function (keys) {
          // Drop older copies of this language.
          return Promise.all(keys.filter(function (key) {
            return key.indexOf(PREFIX + manifest.lang + "-") === 0 && key !== name;
          }).map(function (key) { return caches.delete(key); }));
        })
        .then(function () { client.postMessage({ type: "kept", count: manifest.urls.length }); });
    })
    .catch(function () { client.postMessage({ type: "failed" }); });
}

// A page number typed in Arabic-Indic or Persian digits (/١١/, /۱۱/) is
// the saved page of the same number in 0-9, whatever language was kept.
function inWesternDigits(request) {
  var url = new URL(request.url), path;
  try { path = decodeURIComponent(url.pathname); } catch (malformed) { return request; }
  path = path.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, function (d) {
    return String((d.charCodeAt(0) - 0x0660) % 0x90);
  });
  return url.origin + path;
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(caches.match(request, { ignoreSearch: true }).then(function (saved) {
    return saved || caches.match(inWesternDigits(request), { ignoreSearch: true });
  }).then(function (saved) {
    var fresh = fetch(request).then(function (response) {
      if (saved && response.ok) {
        var copy = response.clone();
        caches.keys().then(function (keys) {
          keys.forEach(function (key) {
            caches.open(key).then(function (cache) {
              cache.match(request).then(function (old) { if (old) cache.put(request, copy.clone()); });
            });
          });
        });
      }
      return response;
    });
    if (saved) {
      fresh.catch(function () {});
      return saved;
    }
    return fresh.catch(function () {
      // Offline and not saved: a page says so, in this language if it
      // is saved, else in any saved one; never another page in its place.
      if (request.mode !== "navigate") return Response.error();
      // The scope is the site's root (https://host/ or https://host/info/).
      var root = self.registration.scope;
      var lang = request.url.slice(root.length).split("/")[0];
      return caches.match(root + lang + "/not-saved.html").then(function (page) {
        return page || caches.keys().then(function (keys) {
          var saved = keys.filter(function (key) { return key.indexOf(PREFIX) === 0 && key.indexOf(PREFIX + "directory-") !== 0; })[0];
          var other = saved && saved.slice(PREFIX.length).replace(/-[0-9a-f]+$/, "");
          return other ? caches.match(root + other + "/not-saved.html") : undefined;
        }).then(function (page) { return page || Response.error(); });
      });
    });
  }));
});
