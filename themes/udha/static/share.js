// "Share this file": where the browser can share files (Web Share API
// level 2), shares the one-file edition itself, so it reaches another
// phone by WhatsApp, Bluetooth or any app. The button is hidden unless
// sharing a file works here; the download link beside it always does.
(function () {
  "use strict";
  var button = document.querySelector(".share-edition");
  if (!button || !navigator.canShare || !window.File) return;
  var probe = new File(["x"], button.dataset.name, { type: "text/html" });
  if (!navigator.canShare({ files: [probe] })) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    fetch(button.dataset.file)
      .then(function (response) { return response.blob(); })
      .then(function (blob) {
        var file = new File([blob], button.dataset.name, { type: "text/html" });
        return navigator.share({ files: [file], title: button.dataset.title });
      })
      .catch(function (error) {
        if (error && error.name === "AbortError") return; // the reader closed the share sheet
        button.textContent = button.dataset.failed;
      });
  });
})();
