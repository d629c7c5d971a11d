extension Templates {
    /// The one stylesheet: system fonts only (no web font, nothing from elsewhere), mobile first, readable at
    /// 360 px and in print.
    static let stylesheet = baseStyles + insightStyles

    static let baseStyles = """
        :root {
          --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --paper: #ffffff; --wash: #f6f8fa;
          --red: #b42318; --red-dark: #8f1c13; --gold: #9a6700; --ok: #1a7f37;
          font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", system-ui, sans-serif;
          font-size: 17px; line-height: 1.6; color: var(--ink); background: var(--wash);
        }
        * { box-sizing: border-box; }
        body { margin: 0; min-width: 320px; }
        a { color: var(--red-dark); }
        a:focus, button:focus, input:focus, select:focus { outline: 3px solid var(--gold); outline-offset: 2px; }
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 8px; top: 8px; background: var(--paper); padding: 8px; z-index: 10; }
        .top { background: var(--red); color: #fff; padding: 10px 16px; display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: center; }
        .top a { color: #fff; }
        .brand { font-weight: 700; font-size: 1.25rem; text-decoration: none; }
        .tagline { display: block; font-weight: 400; font-size: .8rem; opacity: .9; }
        .nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0 14px; }
        .nav .groups { gap: 2px 28px; }
        .nav .group { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 8px; }
        .nav .group-name { font-size: .8rem; opacity: .8; }
        .nav a { text-decoration: none; padding: 6px 0; display: inline-block; }
        .nav a[aria-current] { border-bottom: 3px solid #fff; }
        .menu > summary { cursor: pointer; padding: 8px 12px; border: 1px solid rgba(255, 255, 255, .6); border-radius: 6px; min-height: 44px; }
        /* On a phone the menu folds behind its summary; wider, its open copy is shown instead. */
        @media (max-width: 600px) {
          .nav { width: 100%; }
          .menu-wide { display: none; }
          .menu[open] > summary { margin-bottom: 8px; }
          .nav .groups { flex-direction: column; }
          .nav .group { display: block; border-top: 1px solid rgba(255, 255, 255, .3); padding: 4px 0; }
          .nav .group-name { display: block; }
        }
        /* Not 601px: at a fractional width (zoom, a high-density screen) both copies would show. */
        @media (min-width: 600.02px) {
          .menu { display: none; }
        }
        .who { margin-left: auto; font-size: .9rem; }
        .who-role { opacity: .9; }
        .langs a { margin-left: 8px; }
        .langs a[aria-current] { font-weight: 700; }
        main { max-width: 1100px; margin: 0 auto; padding: 16px; }
        h1 { font-size: 1.5rem; margin: .4em 0; }
        h2 { font-size: 1.2rem; }
        .lead { font-size: 1.05rem; color: var(--muted); }
        .card { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 16px; margin: 16px 0; }
        .narrow { max-width: 420px; margin: 24px auto; }
        .stack { display: flex; flex-direction: column; gap: 6px; max-width: 420px; }
        label { font-weight: 600; margin-top: 6px; }
        input, select, button, textarea { font: inherit; padding: 10px 12px; border: 1px solid var(--line); border-radius: 6px; min-height: 44px; }
        button { background: var(--paper); cursor: pointer; }
        button.primary { background: var(--red); color: #fff; border-color: var(--red); }
        svg.map { display: block; width: 100%; max-width: 480px; height: auto; background: #f6f8fa; border: 1px solid var(--line); border-radius: 6px; margin: 8px 0; }
        svg.map polygon { fill: rgba(200, 16, 46, .08); stroke: var(--red); stroke-width: 2; }
        svg.map circle { fill: var(--red-dark); }
        progress { width: 100%; max-width: 30rem; height: 1.5rem; vertical-align: middle; }
        button.link { background: none; border: none; color: inherit; text-decoration: underline; padding: 0 4px; min-height: 0; }
        form.inline { display: inline; }
        .hint { color: var(--muted); font-size: .9rem; margin: 0; }
        .field-error { color: var(--red-dark); font-size: .95rem; margin: 0; }
        [aria-invalid="true"] { border-color: var(--red); border-width: 2px; }
        fieldset { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
        label.check { font-weight: 400; display: flex; gap: 8px; align-items: center; }
        label.check input { min-height: 0; }
        .error { color: var(--red-dark); background: #fff1f0; border-left: 4px solid var(--red); padding: 8px 12px; }
        .warning { background: #fff8c5; border-left: 4px solid var(--gold); padding: 8px 12px; }
        a.button { display: inline-block; padding: 10px 16px; border: 1px solid var(--line); border-radius: 6px; text-decoration: none; min-height: 44px; box-sizing: border-box; }
        a.button.primary { background: var(--red); color: #fff; border-color: var(--red); }
        tr.overdue td { background: #fff0f0; }
        form.inline { display: inline-flex; flex-wrap: wrap; gap: 4px; align-items: center; }
        ul.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 12px; }
        img.portrait { width: 96px; height: 96px; object-fit: cover; border-radius: 50%; }
        .minutes { white-space: pre-wrap; }
        .flash, .ok { background: #dafbe1; border-left: 4px solid var(--ok); padding: 8px 12px; }
        .outbox { border-left: 4px solid var(--amber, #bf8700); }
        .outbox h2 { margin-top: 0; font-size: 1.1rem; }
        .outbox ul { margin: 0; padding-left: 1.2em; }
        .outbox li.refused { color: var(--red-dark); }
        .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: 12px; }
        .figure { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 12px; text-decoration: none; color: var(--ink); }
        .figure-value { display: block; font-size: 2rem; font-weight: 700; color: var(--red-dark); }
        .figure-label { color: var(--muted); }
        table { border-collapse: collapse; width: 100%; background: var(--paper); }
        th, td { text-align: left; padding: 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        caption { text-align: left; font-weight: 600; padding: 8px 0; }
        .scroll { overflow-x: auto; }
        .definitions { margin-top: 16px; font-size: .9rem; }
        .code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; color: var(--muted); word-break: break-all; }
        .secret { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 1.1rem; background: var(--wash); padding: 8px; word-break: break-all; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
        .facts dt { color: var(--muted); }
        .facts dd { margin: 0; }
        .tree ul { padding-left: 20px; }
        .foot { text-align: center; color: var(--muted); font-size: .85rem; padding: 24px 16px; }
        body.large { font-size: 22px; }
        /* Hints are sized against the root, which large text does not change: size them against the page instead. */
        body.large .hint, body.large .field-error, body.large .foot, body.large .tagline { font-size: .95em; }
        #large-toggle { display: inline-block; padding: 4px 10px; border: 2px solid #fff; border-radius: 16px; text-decoration: none; }
        #large-toggle[aria-pressed="true"] { background: #fff; color: var(--red-dark); font-weight: 700; }
        body.large input, body.large select, body.large button, body.large textarea { min-height: 56px; }
        .clock { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: .85rem; white-space: nowrap; border: 1px solid var(--line); }
        .clock-green { background: #dafbe1; color: #116329; }
        .clock-yellow { background: #fff8c5; color: #7d4e00; border-color: #d4a72c; }
        .clock-red { background: #ffebe9; color: var(--red-dark); border-color: var(--red); font-weight: 700; }
        .clock-stopped { background: var(--wash); color: var(--muted); }
        .lanes { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; padding: 0; }
        .lanes a { display: inline-block; padding: 6px 12px; border: 1px solid var(--line); border-radius: 16px; background: var(--paper); text-decoration: none; }
        .lanes a[aria-current] { background: var(--red); color: #fff; border-color: var(--red); }
        .cases { list-style: none; padding: 0; margin: 0; display: grid; gap: 10px; }
        .cases li { background: var(--paper); border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 8px; padding: 10px 12px; }
        .cases li.due-yellow { border-left-color: #d4a72c; }
        .cases li.due-red { border-left-color: var(--red); }
        input[type=file] { max-width: 100%; }
        .cases .title { font-weight: 700; }
        .cases form { margin-top: 6px; }
        .timeline { list-style: none; padding: 0; border-left: 3px solid var(--line); margin-left: 8px; }
        .timeline li { padding: 4px 0 10px 14px; position: relative; }
        .timeline li::before { content: ""; position: absolute; left: -8px; top: 12px; width: 12px; height: 12px; border-radius: 50%; background: var(--red); }
        .timeline .when { color: var(--muted); font-size: .9rem; }
        .photos { display: flex; flex-wrap: wrap; gap: 8px; }
        .photos img { width: 140px; height: 140px; object-fit: cover; border-radius: 6px; border: 1px solid var(--line); }
        .actions { display: grid; gap: 12px; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); }
        .actions form { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 12px; display: flex; flex-direction: column; gap: 6px; }
        /* One column, each label above its field: a label beside a box breaks mid-word (处/置单位) in a narrow card. */
        .actions form h3 { margin: 0 0 4px; }
        .actions form > button { align-self: flex-start; }
        .stars label { font-weight: 400; }
        .filter-fields { display: grid; gap: 8px 16px; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); }
        .filter-fields label { display: flex; flex-direction: column; gap: 4px; }
        table.audit .detail { display: inline-block; margin-right: 8px; }
        table.audit td:nth-child(2) { white-space: nowrap; }
        @media (max-width: 600px) {
          .who { margin-left: 0; width: 100%; }
          .facts { grid-template-columns: 1fr; }
          .facts dd { margin-bottom: 6px; }
          /* Tables of records read as cards on a phone, each value under its column's name. */
          table.records thead { position: absolute; left: -9999px; }
          table.records, table.records tbody { display: block; background: none; }
          table.records tr { display: block; background: var(--paper); border: 1px solid var(--line); border-radius: 8px; margin-bottom: 8px; padding: 6px 12px; }
          table.records td { display: flex; gap: 12px; border: none; padding: 2px 0; }
          table.records td[data-label]::before { content: attr(data-label); color: var(--muted); flex: 0 0 6em; }
          table.records td:empty { display: none; }
          table.records tr.overdue { background: #fff0f0; border-left: 6px solid var(--red); }
          table.records tr.overdue td { background: none; }
        }
        @media print {
          :root { background: #fff; font-size: 12pt; }
          .top { background: none; color: #000; border-bottom: 2px solid #000; }
          .top a { color: #000; }
          .nav, .who form, .langs, .skip, form, button { display: none !important; }
          .card { border: none; padding: 0; }
          a { color: #000; text-decoration: none; }
          .foot { display: none; }
        }
        """
}
