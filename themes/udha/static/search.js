// udha's search: drives Pagefind's search engine (pagefind/pagefind.js
// beside this script, at the site's root, which may be under a path) with
// the page's own form. Pagefind picks the index of the page's
// <html lang>, so results are always in the reader's language. All text
// shown comes from the page (data attributes written from Fluent).
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!form || !input || !status || !list) return;
  // The site's root: this script is published there, under a path or not.
  var root = new URL(".", document.currentScript.src);
  var engine = null;
  var rtl = document.documentElement.dir === "rtl";
  // The page's zero (0, ۰ or ٠): a query is searched in the page's digits,
  // so 42, ۴۲ and ٤٢ all find ۴۲ on a Persian page.
  var zero = (form.dataset.zero || "0").charCodeAt(0);
  var LETTER = "0-9A-Za-z\u00C0-\u024F\u0660-\u0669\u06F0-\u06F9";
  // Left-to-right runs as udha's bidi module finds them (src/bidi.rs).
  var RUN = new RegExp("\\+?[" + LETTER + "]+(?:[ \u00A0/\\-\u2013\u2014.:,@_+'&][" + LETTER + "]+)*%?", "g");

  function pageDigits(query) {
    if (/[A-Za-z]/.test(query)) return query; // identifiers keep their digits
    return query.replace(/[0-9\u0660-\u0669\u06F0-\u06F9]/g, function (d) {
      var c = d.charCodeAt(0);
      return String.fromCharCode(zero + (c <= 57 ? c - 48 : c >= 0x06F0 ? c - 0x06F0 : c - 0x0660));
    });
  }

  // Text into `element`; on right-to-left pages every left-to-right run
  // with a separator (a phone number, 06/L-026) isolated in <bdi dir=ltr>.
  function write(element, text) {
    if (!rtl) { element.textContent = text; return; }
    var last = 0;
    text.replace(RUN, function (run, at) {
      if (!/[^0-9A-Za-z\u00C0-\u024F\u0660-\u0669\u06F0-\u06F9]/.test(run)) return run;
      element.appendChild(document.createTextNode(text.slice(last, at)));
      var bdi = document.createElement("bdi");
      bdi.dir = "ltr";
      bdi.textContent = run;
      element.appendChild(bdi);
      last = at + run.length;
      return run;
    });
    element.appendChild(document.createTextNode(text.slice(last)));
  }

  function load() {
    if (!engine) {
      engine = import(new URL("pagefind/pagefind.js", root).href).then(function (pagefind) {
        return pagefind.options({ excerptLength: 24, baseUrl: root.pathname }).then(function () { return pagefind; });
      });
    }
    return engine;
  }

  function show(results) {
    list.textContent = "";
    results.forEach(function (result) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = result.url;
      write(link, result.meta.title || result.url);
      var excerpt = document.createElement("p");
      // Pagefind marks matches with <mark>; keep the text, drop the markup.
      write(excerpt, result.excerpt.replace(/<[^>]*>/g, ""));
      item.appendChild(link);
      item.appendChild(excerpt);
      list.appendChild(item);
    });
    status.textContent = results.length ? "" : form.dataset.none;
  }

  function search(query) {
    query = query.trim();
    if (!query) { list.textContent = ""; status.textContent = ""; return; }
    status.textContent = form.dataset.searching;
    load()
      .then(function (pagefind) { return pagefind.debouncedSearch(pageDigits(query), {}, 250); })
      .then(function (found) {
        if (!found) return null; // a newer query replaced this one
        return Promise.all(found.results.slice(0, 10).map(function (r) { return r.data(); }));
      })
      .then(function (results) { if (results) show(results); })
      .catch(function () { status.textContent = form.dataset.failed; });
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); search(input.value); });
  input.addEventListener("input", function () { search(input.value); });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; search(initial); }
})();
