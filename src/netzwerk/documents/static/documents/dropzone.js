/* Drag and drop onto a file field (input[data-dropzone]). Without JavaScript the field works as it is:
   this only widens the area a file can be dropped on and names the chosen file. */
(function () {
  "use strict";

  function describe(file) {
    var kilobytes = Math.max(1, Math.round(file.size / 1024));
    return file.name + " (" + (kilobytes >= 1024 ? (kilobytes / 1024).toFixed(1) + " MB" : kilobytes + " KB") + ")";
  }

  function enhance(input) {
    var zone = input.closest(".kern-form-input") || input.parentElement;
    var chosen = document.createElement("p");
    chosen.className = "kern-body kern-body--small dropzone__chosen";
    chosen.setAttribute("aria-live", "polite");
    zone.classList.add("dropzone");
    zone.appendChild(chosen);

    function show() {
      chosen.textContent = input.files && input.files.length ? describe(input.files[0]) : "";
    }

    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (event) {
        event.preventDefault();
        zone.classList.add("dropzone--active");
      });
    });
    ["dragleave", "drop"].forEach(function (name) {
      zone.addEventListener(name, function () {
        zone.classList.remove("dropzone--active");
      });
    });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length) {
        input.files = event.dataTransfer.files;
        show();
      }
    });
    input.addEventListener("change", show);
  }

  function start() {
    document.querySelectorAll("input[type=file][data-dropzone]").forEach(enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
