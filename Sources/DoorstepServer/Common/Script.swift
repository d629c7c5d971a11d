extension Templates {
    /// The one script of the pages: a button that fills a form's location from the phone's position, a print
    /// button, and the phone's outbox (`OfflineWorker`). Pages work without it (the location is optional); it is
    /// served from here because the pages allow no inline script. A page may name it twice (a public form seen
    /// signed in); it runs once.
    static let script = """
        (function () {
        if (window.doorstepLoaded) { return; }
        window.doorstepLoaded = true;
        document.querySelectorAll("[data-locate]").forEach(function (button) {
          var form = button.form, status = document.getElementById(button.dataset.locate);
          if (!navigator.geolocation) { button.hidden = true; return; }
          button.addEventListener("click", function () {
            status.textContent = button.dataset.waiting;
            navigator.geolocation.getCurrentPosition(function (position) {
              form.elements.latitude.value = position.coords.latitude.toFixed(6);
              form.elements.longitude.value = position.coords.longitude.toFixed(6);
              status.textContent = button.dataset.done + " " + form.elements.latitude.value + ", " + form.elements.longitude.value;
            }, function () { status.textContent = button.dataset.failed; }, { enableHighAccuracy: true, timeout: 15000 });
          });
        });
        // A record of service prints from its own button; without scripts the browser's print menu does the same.
        document.querySelectorAll("[data-print]").forEach(function (button) {
          button.hidden = false;
          button.addEventListener("click", function () { window.print(); });
        });
        \(outboxScript)
        })();
        """
}
