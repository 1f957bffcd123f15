// The staff directory: a filter that keeps the rows with every word typed
// (in any language, any digits, with or without Arabic vowel marks), and
// a copy button for each ready message. Without script the whole list
// shows and every message can be selected and copied by hand.
(function () {
  "use strict";
  var box = document.querySelector(".directory-filter");
  var input = document.getElementById("filter");
  var count = document.getElementById("filter-count");
  var rows = Array.prototype.slice.call(document.querySelectorAll(".directory tbody tr"));

  // Lower case, ASCII digits, no Arabic vowel marks or tatweel.
  function plain(text) {
    return text.toLowerCase()
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
    box.hidden = false;
    input.addEventListener("input", function () {
      var words = plain(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row, i) {
        var match = words.every(function (word) { return texts[i].indexOf(word) !== -1; });
        row.hidden = !match;
        if (match) shown += 1;
      });
      count.textContent = words.length ? digits(shown + " / " + rows.length) : "";
    });
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
