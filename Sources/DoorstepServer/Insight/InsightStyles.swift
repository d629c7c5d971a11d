extension Templates {
    /// The figures pages, dashboards, charts, map and the work report: on a 360 px phone, on a desktop and on A4.
    static let insightStyles = """
        .period-form { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: flex-end; margin: 8px 0; }
        .period-form label { margin-top: 0; }
        .presets { display: flex; flex-wrap: wrap; gap: 4px 12px; width: 100%; }
        .presets a[aria-current] { font-weight: 700; text-decoration: none; }
        .period-line { color: var(--muted); font-size: .95rem; }
        .period-line .as-of { display: block; }
        .figure-table { table-layout: fixed; }
        .figure-table th:nth-child(1) { width: 22%; } .figure-table th:nth-child(2) { width: 20%; }
        .figure-table th:nth-child(3) { width: 16%; }
        .figure-table th[scope=row] { font-weight: 600; }
        .figure-table .value { font-weight: 700; font-size: 1.1rem; }
        .figure-table .counts, .change { color: var(--muted); white-space: nowrap; }
        .figure-previous, .figure-counts { display: block; color: var(--muted); font-size: .85rem; }
        .attention { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 8px; }
        .attention a { display: block; padding: 10px 12px; background: var(--paper); border: 1px solid var(--line); border-radius: 8px; text-decoration: none; color: var(--ink); }
        .attention li.urgent a { border-left: 6px solid var(--red); }
        .attention-count { font-size: 1.4rem; font-weight: 700; color: var(--red-dark); margin-right: 4px; }
        .side-table th a, .side-table td a { text-decoration: none; }
        .side-table th, .side-table td { white-space: nowrap; }
        .side-table tbody th, .side-table tfoot th { position: sticky; left: 0; background: var(--paper); }
        .side-table th[aria-sort] a::after { content: " ▾"; }
        .side-table th[aria-sort=ascending] a::after { content: " ▴"; }
        .side-table tfoot th, .side-table tfoot td { font-weight: 700; border-top: 2px solid var(--ink); }
        .chart-section figure { margin: 8px 0; background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 8px; }
        svg.chart { display: block; width: 100%; height: auto; max-height: 520px; }
        .chart-table td, .chart-table th { white-space: nowrap; font-size: .9rem; }
        .definitions-list dt { font-weight: 600; margin-top: 6px; }
        .definitions-list dd { margin: 0; color: var(--muted); font-size: .9rem; }
        @media (max-width: 600px) {
          .figure-table { table-layout: auto; }
          .figure-table thead { display: none; }
          .figure-table tr { display: grid; grid-template-columns: 1fr 1fr; border-bottom: 1px solid var(--line); padding: 6px 0; }
          .figure-table th, .figure-table td { border: none; padding: 2px 4px; }
          .figure-table th[scope=row], .figure-table td.hint { grid-column: 1 / -1; }
        }
        .report { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; }
        .report-title { text-align: center; font-size: 1.6rem; }
        .report-period { text-align: center; color: var(--muted); }
        .report p { text-indent: 2em; line-height: 1.9; }
        .report-figure { font-weight: 700; text-decoration: none; }
        .report sup a { text-decoration: none; font-size: .75em; }
        .report-notes { font-size: .85rem; color: var(--muted); border-top: 1px solid var(--line); padding-top: 6px; }
        @page { size: A4; margin: 22mm 18mm 20mm 20mm; @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; } }
        @media print {
          .no-print { display: none !important; }
          .report { border: none; padding: 0; font-family: "FangSong", "STFangsong", "仿宋", "Noto Serif CJK SC", serif; }
          .report-notes { color: #000; }
          .report-table { break-inside: avoid; }
          body:has(.report) .top, body:has(.report) .period-line { display: none; }
          .period-line { color: #000; font-weight: 600; }
          .figure-table a { color: #000; }
          .figure-section, .chart-section, #side-by-side { break-inside: avoid-page; }
          .chart-section figure { border: none; }
          details.definitions-list > *:not(summary) { display: block; }
        }
        """
}
