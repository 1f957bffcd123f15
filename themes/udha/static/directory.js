// The staff directory: a filter that keeps the rows with every word typed
// (in any language, any digits, with or without Arabic vowel marks or
// Latin accents), looking in each row and in every word of the page it
// stands for (words.json, loaded at the first keystroke); a copy button
// for each ready message; and, once opened, the directories and their
// words kept by the service worker, so they work without network.
// Without script the whole list shows and every message can be selected
// and copied by hand.
(function () {
  "use strict";
  // The site's root, where sw.js is: this script is published there too.
  var root = new URL(".", document.currentScript.src);
  var box = document.querySelector(".directory-filter");
  var input = document.getElementById("filter");
  var count = document.getElementById("filter-count");
  var rows = Array.prototype.slice.call(document.querySelectorAll(".directory tbody tr"));

  // Lower case, ASCII digits, no accents, Arabic vowel marks, tatweel or
  // Persian half-space, one form of yeh and kaf.
  function plain(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f\u200c\u200d]/g, "").toLowerCase()
      .replace(/[\u0660-\u0669]/g, function (d) { return String(d.charCodeAt(0) - 0x0660); })
      .replace(/[\u06F0-\u06F9]/g, function (d) { return String(d.charCodeAt(0) - 0x06F0); })
      .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
      .replace(/ي/g, "ی").replace(/ك/g, "ک");
  }

  // A count in the page's digits (0, ۰ or ٠ in data-zero).
  function digits(text) {
    var zero = ((input && input.dataset.zero) || "0").charCodeAt(0);
    return text.replace(/[0-9]/g, function (d) { return String.fromCharCode(zero + Number(d)); });
  }

  if (box && input) {
    var texts = rows.map(function (row) { return plain(row.textContent); });
    var loading = null;
    function filter() {
      var words = plain(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row, i) {
        var match = words.every(function (word) { return texts[i].indexOf(word) !== -1; });
        row.hidden = !match;
        if (match) shown += 1;
      });
      count.textContent = words.length ? digits(shown + " / " + rows.length) : "";
    }
    // Each row's text, then every word of its page in every language.
    function loadWords() {
      if (loading || !input.dataset.words) return;
      loading = fetch(input.dataset.words)
        .then(function (response) { return response.json(); })
        .then(function (pages) {
          texts = rows.map(function (row, i) {
            var words = pages[row.id.slice(1)];
            return words ? texts[i] + " " + plain(words) : texts[i];
          });
          filter();
        })
        .catch(function () { loading = null; });
    }
    box.hidden = false;
    input.addEventListener("focus", loadWords);
    input.addEventListener("input", function () { loadWords(); filter(); });
  }

  // Keep the directories for use without network, once opened.
  var main = document.querySelector(".directory");
  var manifest = main && main.dataset.offline;
  if (manifest && "serviceWorker" in navigator && "caches" in window) {
    navigator.serviceWorker.register(new URL("sw.js", root).href, { scope: root.pathname })
      .then(function () { return navigator.serviceWorker.ready; })
      .then(function (registration) { registration.active.postMessage({ type: "keep", manifest: manifest }); })
      .catch(function () {});
  }

  Array.prototype.forEach.call(document.querySelectorAll("button.copy"), function (button) {
    var text = document.getElementById(button.dataset.copy);
    if (!text) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var done = function () { button.textContent = button.dataset.done; };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text.textContent).then(done, function () {});
      } else {
        var range = document.createRange();
        range.selectNodeContents(text);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        if (document.execCommand("copy")) done();
      }
    });
  });
})();
