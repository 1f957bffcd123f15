// "Keep this site on my phone": asks the service worker (sw.js, at the site's root) to save
// every page of this language for reading without network. The button is
// hidden unless the browser can do it; the site works fully without it.
// First tap: shows how much data it needs. Second tap: saves.
(function () {
  "use strict";
  // The site's root, where sw.js is: this script is published there too.
  var root = new URL(".", document.currentScript.src);
  var button = document.querySelector(".keep-offline");
  if (!button || !("serviceWorker" in navigator) || !("caches" in window)) return;
  var manifest = null;
  button.hidden = false;

  function say(text) { button.textContent = text; }

  navigator.serviceWorker.addEventListener("message", function (event) {
    if (event.data && event.data.type === "kept") { say(button.dataset.done); button.disabled = true; }
    if (event.data && event.data.type === "failed") { say(button.dataset.failed); button.disabled = false; }
  });

  button.addEventListener("click", function () {
    if (!manifest) {
      fetch(button.dataset.manifest, { cache: "no-cache" })
        .then(function (response) { return response.json(); })
        .then(function (data) {
          manifest = data;
          say(button.dataset.confirm.replace("{kb}", String(Math.ceil(data.bytes / 1024))));
        })
        .catch(function () { say(button.dataset.failed); });
      return;
    }
    button.disabled = true;
    say(button.dataset.working);
    navigator.serviceWorker.register(new URL("sw.js", root).href, { scope: root.pathname })
      .then(function () { return navigator.serviceWorker.ready; })
      .then(function (registration) {
        registration.active.postMessage({ type: "keep", manifest: button.dataset.manifest });
      })
      .catch(function () { say(button.dataset.failed); button.disabled = false; });
  });
})();
