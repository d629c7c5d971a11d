extension Templates {
    /// The figures pages, dashboards, charts, map and the work report: on a 360 px phone, on a desktop and on A4.
    static let insightStyles = """
        .period-form { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: flex-end; margin: 8px 0; }
        .period-form label { margin-top: 0; }
        .presets { display: flex; flex-wrap: wrap; gap: 4px 12px; width: 100%; }
        .presets a[aria-current] { font-weight: 700; text-decoration: none; }
        .period-line { color: var(--muted); font-size: .95rem; }
        .figure-table { table-layout: fixed; }
        .figure-table th:nth-child(1) { width: 22%; } .figure-table th:nth-child(2) { width: 20%; }
        .figure-table th:nth-child(3) { width: 16%; }
        .figure-table th[scope=row] { font-weight: 600; }
        .figure-table .value { font-weight: 700; font-size: 1.1rem; }
        .figure-table .counts, .change { color: var(--muted); white-space: nowrap; }
        @media (max-width: 600px) {
          .figure-table { table-layout: auto; }
          .figure-table thead { display: none; }
          .figure-table tr { display: grid; grid-template-columns: 1fr 1fr; border-bottom: 1px solid var(--line); padding: 6px 0; }
          .figure-table th, .figure-table td { border: none; padding: 2px 4px; }
          .figure-table th[scope=row], .figure-table td.hint { grid-column: 1 / -1; }
        }
        @media print {
          .no-print { display: none !important; }
          .period-line { color: #000; font-weight: 600; }
          .figure-table a { color: #000; }
          .figure-section { break-inside: avoid-page; }
        }
        """
}
