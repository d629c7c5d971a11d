extension Templates {
    /// The one script: a button that fills a form's location from the phone's position. Pages work without it
    /// (the location is optional); it is served from here because the pages allow no inline script.
    static let script = """
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
        """
}
