// udha's search: drives Pagefind's search engine (/pagefind/pagefind.js)
// with the page's own form. Pagefind picks the index of the page's
// <html lang>, so results are always in the reader's language. All text
// shown comes from the page (data attributes written from Fluent).
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!form || !input || !status || !list) return;
  var engine = null;

  function load() {
    if (!engine) {
      engine = import("/pagefind/pagefind.js").then(function (pagefind) {
        return pagefind.options({ excerptLength: 24 }).then(function () { return pagefind; });
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
      link.textContent = result.meta.title || result.url;
      var excerpt = document.createElement("p");
      // Pagefind marks matches with <mark>; keep the text, drop the markup.
      excerpt.textContent = result.excerpt.replace(/<[^>]*>/g, "");
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
      .then(function (pagefind) { return pagefind.debouncedSearch(query, {}, 250); })
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
