extension Catalog {
    static let enOffline: [String: String] = [
        "offline_title": "No connection",
        "offline_intro": "This page is not kept on this phone. Pages you have opened (home, inbox, cases, the report and visit forms) still open without a connection; a form filled in and sent is kept on the phone and sent by itself when the connection returns.",
        "offline_outbox": "Waiting to be sent",
        "offline_kept": "No connection: kept on this phone and sent by itself when the connection returns, once.",
        "offline_waiting": "waiting to be sent",
        "offline_sent": "The connection is back: every form kept on this phone has been sent.",
        "offline_refused": "not sent: the server refused this form (open the form and fill it in again)",
        "offline_discard": "Delete",
        "offline_other_account": "filled in under another account: sent when that account signs in",
        "offline_logout_confirm": "{n} forms have not been sent yet and will be deleted from this phone when you sign out. Sign out anyway?",
        "offline_label_case": "Report",
        "offline_label_visit": "Visit",
    ]
}
