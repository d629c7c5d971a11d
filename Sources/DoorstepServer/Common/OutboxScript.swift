extension Templates {
    /// The page's side of working offline: starts the service worker, gives each opened form its own key, shows
    /// what waits in the outbox and asks the worker to send it when the signal returns. The outbox section is on the
    /// pages of those who report or visit on the move; without it, or without a service worker, nothing happens.
    static let outboxScript = """
        var box = document.getElementById("outbox");
        if (box && "serviceWorker" in navigator && window.indexedDB) {
          // One key per opened form: a form sent twice is one record, two forms filled on one kept page are two.
          document.querySelectorAll("input[name=formKey]").forEach(function (input) {
            var bytes = new Uint8Array(16);
            crypto.getRandomValues(bytes);
            input.value = Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
          });
          var list = box.querySelector("ul"), kept = box.querySelector(".kept"), retry = null;
          if (/[?&]kept=1/.test(location.search)) { kept.textContent = box.dataset.kept; kept.hidden = false; box.hidden = false; }
          var open = function () {
            return new Promise(function (resolve, reject) {
              var opening = indexedDB.open("doorstep-outbox", 1);
              opening.onupgradeneeded = function () { opening.result.createObjectStore("forms", { keyPath: "id", autoIncrement: true }); };
              opening.onsuccess = function () { resolve(opening.result); };
              opening.onerror = function () { reject(opening.error); };
            });
          };
          var waiting = function () {
            return open().then(function (db) {
              return new Promise(function (resolve) {
                var request = db.transaction("forms").objectStore("forms").getAll();
                request.onsuccess = function () { resolve(request.result); };
                request.onerror = function () { resolve([]); };
              });
            });
          };
          var discard = function (id) {
            return open().then(function (db) {
              return new Promise(function (resolve) {
                var transaction = db.transaction("forms", "readwrite");
                transaction.objectStore("forms").delete(id);
                transaction.oncomplete = resolve;
              });
            });
          };
          var when = function (iso) {
            var at = new Date(iso), two = function (n) { return ("0" + n).slice(-2); };
            return at.getFullYear() + "-" + two(at.getMonth() + 1) + "-" + two(at.getDate()) + " " + two(at.getHours()) + ":" + two(at.getMinutes());
          };
          var field = function (entry, names) {
            var found = entry.fields.filter(function (f) { return names.indexOf(f[0]) >= 0 && typeof f[1] === "string" && f[1]; })[0];
            return found ? found[1].slice(0, 60) : "";
          };
          var show = function () {
            waiting().then(function (entries) {
              list.textContent = "";
              entries.forEach(function (entry) {
                var item = document.createElement("li"), visit = entry.path.indexOf("/visits") === 0;
                var other = entry.account && entry.account !== box.dataset.account;
                item.className = entry.refused || other ? "refused" : "waiting";
                item.textContent = (visit ? box.dataset.labelVisits : box.dataset.labelCases) + " · " +
                  when(entry.at) + " · " + field(entry, ["description", "findings"]) + " — " +
                  (other ? box.dataset.otherAccount : entry.refused ? box.dataset.refused : box.dataset.waiting);
                if (entry.refused || other) {
                  var button = document.createElement("button");
                  button.type = "button"; button.className = "link"; button.textContent = box.dataset.discard;
                  button.addEventListener("click", function () { discard(entry.id).then(show); });
                  item.appendChild(document.createTextNode(" "));
                  item.appendChild(button);
                }
                list.appendChild(item);
              });
              // What waited has gone: the server has it.
              if (entries.length === 0 && Number(box.dataset.count || "0") > 0) { kept.textContent = box.dataset.sent; kept.hidden = false; }
              box.hidden = entries.length === 0 && kept.hidden;
              box.dataset.count = String(entries.length);
              // The signal may come back before the network works: while forms wait, try again now and then.
              if (entries.some(function (entry) { return !entry.refused; }) && !retry) {
                retry = setTimeout(function () { retry = null; if (navigator.onLine) { send(); } }, 15000);
              }
            });
          };
          var send = function () {
            navigator.serviceWorker.ready.then(function (registration) {
              if (registration.active) { registration.active.postMessage("send"); }
              if (registration.sync) { registration.sync.register("outbox").catch(function () {}); }
            });
          };
          // Pages kept for another account (a session that ended without signing out, then someone else) go.
          try {
            if (localStorage.getItem("doorstep-account") !== box.dataset.account) {
              if (window.caches) { caches.keys().then(function (names) { names.forEach(function (name) { caches.delete(name); }); }); }
              localStorage.setItem("doorstep-account", box.dataset.account);
            }
          } catch (ignored) {}
          navigator.serviceWorker.register(box.dataset.worker).then(show, function () {});
          navigator.serviceWorker.addEventListener("message", show);
          window.addEventListener("online", send);
          if (navigator.onLine) { send(); }
          show();
          // Signing out clears the phone's pages and outbox (Clear-Site-Data): say so when forms still wait.
          document.querySelectorAll("form[action='\(LoginRoute.logout.pattern)']").forEach(function (form) {
            form.addEventListener("submit", function (event) {
              var count = Number(box.dataset.count || "0");
              if (count > 0 && !window.confirm(box.dataset.logout.replace("{n}", String(count)))) { event.preventDefault(); }
            });
          });
        }
        """
}
