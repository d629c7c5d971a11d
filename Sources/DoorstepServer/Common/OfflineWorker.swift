import Foundation

extension Templates {
    /// The service worker of a grid worker's phone (B9). Without signal in a basement or a stairwell, the pages the
    /// worker opened (home, inbox, cases, the report and visit forms) still open from the phone, and a report or a
    /// visit sent without signal is kept in the browser (IndexedDB: its fields, its key and its photo) and sent when
    /// the signal returns. The server's form key makes a second send of the same form answer the first record, so
    /// a form kept and sent twice makes one. Served from the root so its scope is every page; the pages work
    /// without it.
    static let offlineWorker: String = {
        let kept: [any RouteSet] = [
            HomeRoute.show, CaseRoute.inbox, CaseRoute.newCase, CaseRoute.detail, PartyWorkRoute.visitForm, OfflineRoute.page,
            SystemRoute.stylesheet, SystemRoute.script,
        ]
        let queued: [any RouteSet] = [CaseRoute.newCase, PartyWorkRoute.visitForm]
        let precached = [OfflineRoute.page.pattern, SystemRoute.stylesheet.pattern, SystemRoute.script.pattern]
        return offlineWorkerText
            .replacingOccurrences(of: "{{kept}}", with: json(kept.map(\.exactPattern)))
            .replacingOccurrences(of: "{{queued}}", with: json(queued.map(\.exactPattern)))
            .replacingOccurrences(of: "{{precached}}", with: json(precached))
            .replacingOccurrences(of: "{{fallback}}", with: "\"\(OfflineRoute.page.pattern)\"")
            .replacingOccurrences(of: "{{outboxHeader}}", with: outboxHeader)
    }()

    /// Marks the outbox's sends, so a session that ended is answered 401 (wait, sign in) instead of a redirect to
    /// the sign-in page, which the outbox could not tell from a record made.
    static let outboxHeader = "X-Doorstep-Outbox"

    private static func json(_ strings: [String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return String(decoding: try! encoder.encode(strings), as: UTF8.self)
    }

    private static let offlineWorkerText = """
        "use strict";
        var PAGES = "doorstep-pages-v1";
        // Pages kept for when there is no signal; the cases' pages are kept as they were last opened.
        var KEPT = {{kept}}.map(function (source) { return new RegExp(source); });
        // Forms kept in the outbox when they cannot be sent.
        var QUEUED = {{queued}}.map(function (source) { return new RegExp(source); });
        var sending = null;

        function matches(list, path) { return list.some(function (pattern) { return pattern.test(path); }); }

        self.addEventListener("install", function (event) {
          event.waitUntil(caches.open(PAGES).then(function (cache) {
            return cache.addAll({{precached}});
          }).then(function () { return self.skipWaiting(); }));
        });
        self.addEventListener("activate", function (event) { event.waitUntil(self.clients.claim()); });

        self.addEventListener("fetch", function (event) {
          var request = event.request, url = new URL(request.url);
          if (url.origin !== self.location.origin) { return; }
          if (request.method === "GET" && matches(KEPT, url.pathname)) {
            event.respondWith(fresh(event, url));
          } else if (request.method === "POST" && matches(QUEUED, url.pathname)) {
            event.respondWith(sendOrKeep(request, url));
          }
        });

        // The network first, so what is shown is current; the kept copy only when there is no signal.
        function fresh(event, url) {
          return fetch(event.request).then(function (response) {
            // Only the page asked for: a sign-in page it was sent to is not kept under its address.
            if (response.ok && response.type === "basic" && !response.redirected) {
              var copy = response.clone();
              event.waitUntil(caches.open(PAGES).then(function (cache) { return cache.put(url.pathname, copy); }));
            }
            return response;
          }, function () {
            return caches.open(PAGES).then(function (cache) {
              return cache.match(url.pathname).then(function (kept) { return kept || cache.match({{fallback}}); });
            });
          });
        }

        // The account a page was made for, as the layout's outbox names it.
        function account(html) { var found = /data-account="([^"]*)"/.exec(html || ""); return found ? found[1] : ""; }

        function sendOrKeep(request, url) {
          var copy = request.clone();
          return fetch(request).catch(function () {
            return Promise.all([
              copy.formData(),
              caches.open(PAGES).then(function (cache) { return cache.match(url.pathname); })
                .then(function (kept) { return kept ? kept.text() : ""; })
            ]).then(function (read) {
              var fields = [];
              read[0].forEach(function (value, name) { fields.push([name, value]); });
              // Kept with the account whose page it was filled on: it is sent only as that account.
              return put({ path: url.pathname, at: new Date().toISOString(), account: account(read[1]), fields: fields, refused: 0 });
            }).then(function () {
              tell();
              return Response.redirect(url.pathname + "?kept=1", 303);
            });
          });
        }

        // The outbox: one object store of forms waiting to be sent, oldest first.
        function outbox() {
          return new Promise(function (resolve, reject) {
            var opening = indexedDB.open("doorstep-outbox", 1);
            opening.onupgradeneeded = function () { opening.result.createObjectStore("forms", { keyPath: "id", autoIncrement: true }); };
            opening.onsuccess = function () { resolve(opening.result); };
            opening.onerror = function () { reject(opening.error); };
          });
        }
        function run(mode, work) {
          return outbox().then(function (db) {
            return new Promise(function (resolve, reject) {
              var transaction = db.transaction("forms", mode), result = work(transaction.objectStore("forms"));
              transaction.oncomplete = function () { resolve(result && result.result); };
              transaction.onerror = function () { reject(transaction.error); };
              // A photo over the browser's storage quota aborts without an error event.
              transaction.onabort = function () { reject(transaction.error); };
            });
          });
        }
        function put(entry) { return run("readwrite", function (store) { return store.put(entry); }); }
        function all() { return run("readonly", function (store) { return store.getAll(); }); }
        function remove(id) { return run("readwrite", function (store) { return store.delete(id); }); }

        // Sends what waits, one at a time, oldest first. Before each, the form's page is fetched afresh: it gives the
        // session's current CSRF token (the worker may have signed in again since) and says whose session it is. A
        // form leaves the outbox only once the server has answered it: with its record (a redirect) or a refusal
        // kept for the worker to read. Without signal, signed out, or while the server is busy, it waits.
        function send() {
          if (sending) { return sending; }
          sending = all().then(function (entries) {
            return entries.reduce(function (previous, entry) {
              return previous.then(function (going) {
                if (!going || entry.refused) { return going; }
                return sendOne(entry);
              });
            }, Promise.resolve(true));
          }).then(tell, tell).then(function () { sending = null; }, function () { sending = null; });
          return sending;
        }

        function sendOne(entry) {
          return fetch(entry.path, { credentials: "same-origin" }).then(function (page) {
            if (!page.ok || page.redirected) { return false; }
            return page.text().then(function (html) {
              // Another account's form waits for that account; the next one is tried.
              if (entry.account && account(html) !== entry.account) { return true; }
              var csrf = /name="_csrf" value="([^"]*)"/.exec(html), body = new FormData();
              entry.fields.forEach(function (field) {
                body.append(field[0], field[0] === "_csrf" && csrf ? csrf[1] : field[1]);
              });
              return fetch(entry.path, {
                method: "POST", body: body, credentials: "same-origin", redirect: "manual",
                headers: { "{{outboxHeader}}": "1" }
              }).then(function (response) {
                if (response.type === "opaqueredirect" || response.ok) { return remove(entry.id).then(function () { return true; }); }
                if (response.status >= 500 || response.status === 401 || response.status === 409) { return false; }
                return refuse(entry, String(response.status));
              });
            });
          }).catch(function () { return false; });
        }

        function refuse(entry, why) {
          entry.refused = why;
          return put(entry).then(function () { return true; });
        }

        function tell() {
          return self.clients.matchAll({ type: "window" }).then(function (windows) {
            windows.forEach(function (client) { client.postMessage({ outbox: "changed" }); });
          });
        }

        self.addEventListener("message", function (event) {
          if (event.data === "send") { event.waitUntil(send()); }
        });
        self.addEventListener("sync", function (event) {
          if (event.tag === "outbox") { event.waitUntil(send()); }
        });
        """
}
