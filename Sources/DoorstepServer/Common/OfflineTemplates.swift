extension Templates {
    static let offlinePages: [String: String] = ["offline": offline]

    /// Shown by the phone, without signal, for a page it has not kept.
    static let offline = """
        <h1>{{t.offline_title}}</h1>
        <p>{{t.offline_intro}}</p>
        <ul class="stack">
          <li><a href="{{route.case.inbox}}">{{t.nav_inbox}}</a></li>
          <li><a href="{{route.case.newCase}}">{{t.cases_new}}</a></li>
          <li><a href="{{route.partyWork.visitForm}}">{{t.visit_new}}</a></li>
        </ul>
        """

    /// The outbox of a phone that works offline: filled and shown by the script from what waits in the browser.
    static let outbox = """
        <section id="outbox" class="card outbox" hidden aria-live="polite" data-worker="{{route.offline.worker}}"
          data-account="{{user.accountID}}" data-other-account="{{t.offline_other_account}}"
          data-kept="{{t.offline_kept}}" data-sent="{{t.offline_sent}}" data-waiting="{{t.offline_waiting}}" data-refused="{{t.offline_refused}}"
          data-discard="{{t.offline_discard}}" data-logout="{{t.offline_logout_confirm}}"
          data-label-cases="{{t.offline_label_case}}" data-label-visits="{{t.offline_label_visit}}">
          <h2>{{t.offline_outbox}}</h2><p class="kept flash" role="status" hidden></p><ul></ul>
        </section>
        """
}
