package se.vardval.followup.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import se.vardval.core.domain.Region;
import se.vardval.core.domain.Sex;
import se.vardval.core.domain.Unit;
import se.vardval.followup.Cell;
import se.vardval.followup.FollowUpReport;
import se.vardval.followup.IndicatorDefinition;

/**
 * The residents' comparison page: one self-contained HTML document in Swedish (no scripts, no external resources)
 * with a section per indicator holding its description, the regional value, a bar chart and a table of every unit
 * for women, men and everyone. Suppressed values read "för få", missing ones "saknas".
 */
final class ComparisonPage {

    private static final String STYLE = """
            body{margin:0 auto;max-width:62rem;padding:0 1rem 2rem;font-family:system-ui,"Segoe UI",Arial,sans-serif;\
            color:#1b1b1b;background:#fff;line-height:1.5}
            a{color:#0b4f8a}
            a:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}
            .hoppa{position:absolute;left:-9999px}
            .hoppa:focus{position:static}
            nav ul{columns:2 16rem;padding-left:1.2rem}
            table{border-collapse:collapse;width:100%;margin:0.5rem 0 1.5rem}
            caption{text-align:left;font-weight:600;padding:0.25rem 0}
            th,td{padding:0.3rem 0.6rem;border-bottom:1px solid #8a8a8a;text-align:right}
            th:first-child{text-align:left}
            tbody th{font-weight:normal}
            tfoot th,tfoot td{font-weight:700;border-top:2px solid #1b1b1b}
            td[data-state=suppressed],td[data-state=missing]{font-style:italic;color:#454545}
            figure{margin:0.5rem 0}
            svg{width:100%;max-width:45rem;height:auto;font-size:12px}
            svg text{fill:#1b1b1b;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
            svg .ingen{fill:#454545;font-style:italic}
            svg .stapel{fill:#1f5f99}
            svg .region{stroke:#a23b00;stroke-width:2;stroke-dasharray:5 3}
            """;
    private static final String[] HEADINGS = { "Kvinnor", "Män", "Alla" };
    private static final Sex[] GROUPS = { Sex.F, Sex.M, null };

    private final FollowUpReport report;
    private final Optional<Region> publisher;
    private final StringBuilder html = new StringBuilder(64 * 1024);

    /** The page of the report, published by the region when one is registered. */
    ComparisonPage(FollowUpReport report, Optional<Region> publisher) {
        this.report = report;
        this.publisher = publisher;
    }

    /** How a value that is not shown reads, in the tables and the charts. */
    static String word(Cell.State state) {
        return state == Cell.State.SUPPRESSED ? "för få" : "saknas";
    }

    /** The whole document. */
    String html() {
        String careChoice = Html.escape(report.careChoice().name());
        String month = Html.month(report.period());
        html.append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Jämför")
                .append(" vårdenheterna i ").append(careChoice).append(", ").append(month).append("</title>\n<style>")
                .append(STYLE).append("</style>\n</head>\n<body>\n<a class=\"hoppa\" href=\"#innehall\">Hoppa till")
                .append(" innehållet</a>\n<header>\n<h1>Jämför vårdenheterna i ").append(careChoice).append("</h1>\n<p>")
                .append("Uppföljning ").append(publisher.map(r -> "från " + Html.escape(r.name()) + " ").orElse(""))
                .append("för ").append(month).append(" av ").append(report.units().size())
                .append(" vårdenheter.</p>\n</header>\n");
        contents();
        html.append("<main id=\"innehall\">\n");
        about();
        List<IndicatorDefinition> indicators = report.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            section(indicators.get(i), "indikator-" + (i + 1));
        }
        html.append("</main>\n<footer>\n<p>Sidan innehåller inga personuppgifter. Den är framtagen av ")
                .append(publisher.map(r -> "vårdvalsenheten i " + Html.escape(r.name())).orElse("regionens vårdvalsenhet"))
                .append(".</p>\n</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private void contents() {
        html.append("<nav aria-labelledby=\"innehall-rubrik\">\n<h2 id=\"innehall-rubrik\">Indikatorer</h2>\n<ul>\n");
        List<IndicatorDefinition> indicators = report.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            html.append("<li><a href=\"#indikator-").append(i + 1).append("\">")
                    .append(Html.escape(indicators.get(i).name())).append("</a></li>\n");
        }
        html.append("</ul>\n</nav>\n");
    }

    private void about() {
        html.append("<section aria-labelledby=\"om\">\n<h2 id=\"om\">Om jämförelsen</h2>\n<p>Varje indikator visas")
                .append(" för kvinnor, män och alla tillsammans. Regionens värde gäller alla vårdenheter i vårdvalet")
                .append(" tillsammans.</p>\n<p>För att ingen enskild person ska kunna identifieras visas inget värde")
                .append(" för en grupp med färre än ").append(report.minimumCount()).append(" personer; där står")
                .append(" <em>för få</em>. Är värdet för kvinnor eller män dolt, döljs också det andra könets värde.")
                .append(" <em>Saknas</em> betyder att inget har mätts.</p>\n</section>\n");
    }

    private void section(IndicatorDefinition indicator, String id) {
        String name = Html.escape(indicator.name());
        Cell region = report.cell(null, indicator.code(), null);
        html.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-rubrik\">\n")
                .append("<h2 id=\"").append(id).append("-rubrik\">").append(name).append("</h2>\n<p>")
                .append(Html.escape(indicator.description())).append("</p>\n<p>Regionens värde: <strong>")
                .append(text(region, indicator)).append("</strong></p>\n<figure>\n")
                .append(new BarChart(report, indicator).svg(id + "-diagram"))
                .append("<figcaption>").append(name).append(" per vårdenhet, kvinnor och män tillsammans.")
                .append("</figcaption>\n</figure>\n<table>\n<caption>").append(name).append(" per vårdenhet, ")
                .append(Html.month(report.period())).append("</caption>\n<thead>\n<tr><th scope=\"col\">Vårdenhet</th>");
        for (String heading : HEADINGS) {
            html.append("<th scope=\"col\">").append(heading).append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (Unit unit : report.units()) {
            row(unit.hsaId(), Html.escape(unit.name()), indicator);
        }
        html.append("</tbody>\n<tfoot>\n");
        row(null, "Regionen", indicator);
        html.append("</tfoot>\n</table>\n</section>\n");
    }

    private void row(String hsaId, String name, IndicatorDefinition indicator) {
        html.append("<tr");
        if (hsaId != null) {
            html.append(" data-hsa-id=\"").append(Html.escape(hsaId)).append('"');
        }
        html.append("><th scope=\"row\">").append(name).append("</th>");
        for (Sex group : GROUPS) {
            Cell cell = report.cell(hsaId, indicator.code(), group);
            html.append("<td data-state=\"").append(cell.state().name().toLowerCase(Locale.ROOT))
                    .append("\">").append(text(cell, indicator)).append("</td>");
        }
        html.append("</tr>\n");
    }

    private static String text(Cell cell, IndicatorDefinition indicator) {
        return cell.state() == Cell.State.SHOWN ? Html.value(cell.value(), indicator.scale()) : word(cell.state());
    }
}
