extension Templates {
    /// The templates of this file by the name pages render them with.
    static let reportPages: [String: String] = ["report": report]

    /// The live work report: read on screen, printed on A4 with the territory and period on every page.
    static let report = """
        <link rel="stylesheet" href="{{printStyleHref}}" media="print">
        {{> periodForm}}
        {{> fieldErrors}}
        <p class="no-print" id="report-downloads"><a class="button" href="{{wordHref}}">{{t.report_word}}</a> <a class="button" href="{{markdownHref}}">{{t.report_markdown}}</a></p>
        <p class="hint no-print">{{t.report_print_hint}}</p>
        {{#report}}
        <article class="report" id="report">
          <h1 class="report-title">{{title}}</h1>
          <p class="report-period">{{period}}</p>
          {{#sections}}
          <section class="report-section" id="report-{{id}}">
            <h2>{{title}}</h2>
            {{#paragraphs}}<p>{{#runs}}{{#note}}<a class="report-figure" href="{{href}}" data-key="{{key}}">{{text}}</a><sup><a href="#note-{{note}}" id="ref-{{note}}">{{note}}</a></sup>{{/note}}{{^note}}{{text}}{{/note}}{{/runs}}</p>{{/paragraphs}}
            {{#first(figures)}}<div class="scroll"><table class="list figure-table report-table"><thead><tr><th scope="col">{{t.figures_figure}}</th><th scope="col">{{t.figures_current}}</th><th scope="col">{{t.figures_previous}}</th><th scope="col">{{t.figure_definition}}</th></tr></thead><tbody>{{/first(figures)}}
            {{#figures}}<tr><th scope="row">{{name}}</th><td><a href="{{href}}">{{text}}</a> {{unit}}{{#counts}} （{{numerator}}/{{denominator}}）{{/counts}}</td><td>{{previousText}}</td><td class="hint">{{definition}}</td></tr>{{/figures}}
            {{#first(figures)}}</tbody></table></div>{{/first(figures)}}
            {{#table}}<div class="scroll"><table class="list report-table"><thead><tr>{{#header}}<th scope="col">{{.}}</th>{{/header}}</tr></thead><tbody>{{#rows}}<tr>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>{{/rows}}</tbody></table></div>{{/table}}
            {{#first(notes)}}<ol class="report-notes">{{/first(notes)}}{{#notes}}<li id="note-{{number}}" value="{{number}}">{{text}}</li>{{/notes}}{{#first(notes)}}</ol>{{/first(notes)}}
          </section>
          {{/sections}}
        </article>
        {{/report}}
        """
}
