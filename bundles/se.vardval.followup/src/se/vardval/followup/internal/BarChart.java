package se.vardval.followup.internal;

import java.math.BigDecimal;
import java.util.List;

import se.vardval.core.domain.Unit;
import se.vardval.followup.Cell;
import se.vardval.followup.FollowUpReport;
import se.vardval.followup.IndicatorDefinition;
import se.vardval.followup.IndicatorScale;

/**
 * A small inline SVG bar chart of one indicator: a bar per unit for women and men together, the regional value as
 * a dashed line, and the words the table uses where a value is suppressed or missing. Shares are drawn on 0–100 %,
 * rates from zero to a little above the largest value.
 */
final class BarChart {

    private static final int WIDTH = 720;
    private static final int LABEL_WIDTH = 250;
    private static final int PLOT_WIDTH = 380;
    private static final int ROW = 22;
    private static final int BAR = 14;
    private static final int TOP = 28;

    private final FollowUpReport report;
    private final IndicatorDefinition indicator;
    private final double max;

    BarChart(FollowUpReport report, IndicatorDefinition indicator) {
        this.report = report;
        this.indicator = indicator;
        this.max = scaleMax();
    }

    /** The chart as an {@code svg} element whose accessible name is given by its title and description. */
    String svg(String id) {
        List<Unit> units = report.units();
        int height = TOP + units.size() * ROW + 8;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" aria-labelledby=\"").append(id).append("-titel ").append(id)
                .append("-beskr\">\n<title id=\"").append(id).append("-titel\">Stapeldiagram: ")
                .append(Html.escape(indicator.name())).append(" per vårdenhet</title>\n<desc id=\"").append(id)
                .append("-beskr\">Kvinnor och män tillsammans; den streckade linjen är regionens värde. Samma värden"
                        + " finns i tabellen nedanför.</desc>\n");
        regionalLine(svg, height);
        for (int i = 0; i < units.size(); i++) {
            row(svg, units.get(i), TOP + i * ROW);
        }
        return svg.append("</svg>\n").toString();
    }

    private void row(StringBuilder svg, Unit unit, int y) {
        svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + BAR - 3)
                .append("\" text-anchor=\"end\">").append(Html.escape(unit.name())).append("</text>");
        Cell cell = report.cell(unit.hsaId(), indicator.code(), null);
        if (cell.state() == Cell.State.SHOWN) {
            int length = x(cell.value()) - LABEL_WIDTH;
            svg.append("<rect class=\"stapel\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y)
                    .append("\" width=\"").append(length).append("\" height=\"").append(BAR).append("\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + length + 6).append("\" y=\"").append(y + BAR - 3)
                    .append("\">").append(Html.value(cell.value(), indicator.scale())).append("</text>\n");
        } else {
            svg.append("<text class=\"ingen\" x=\"").append(LABEL_WIDTH + 4).append("\" y=\"").append(y + BAR - 3)
                    .append("\">").append(ComparisonPage.word(cell.state())).append("</text>\n");
        }
    }

    private void regionalLine(StringBuilder svg, int height) {
        Cell region = report.cell(null, indicator.code(), null);
        if (region.state() != Cell.State.SHOWN) {
            return;
        }
        int x = x(region.value());
        svg.append("<line class=\"region\" x1=\"").append(x).append("\" y1=\"").append(TOP - 6).append("\" x2=\"")
                .append(x).append("\" y2=\"").append(height - 4).append("\"/>").append("<text x=\"").append(x)
                .append("\" y=\"").append(TOP - 10).append("\" text-anchor=\"middle\">Regionen ")
                .append(Html.value(region.value(), indicator.scale())).append("</text>\n");
    }

    private int x(BigDecimal value) {
        double share = Math.max(0, Math.min(1, value.doubleValue() / max));
        return LABEL_WIDTH + (int) Math.round(share * PLOT_WIDTH);
    }

    private double scaleMax() {
        if (indicator.scale() == IndicatorScale.PERCENT) {
            return 1;
        }
        double largest = report.values().stream().filter(v -> v.indicator().equals(indicator.code()))
                .map(v -> report.cell(v.hsaId(), v.indicator(), v.sex()))
                .filter(c -> c.state() == Cell.State.SHOWN).mapToDouble(c -> c.value().doubleValue()).max()
                .orElse(0);
        return largest > 0 ? largest * 1.1 : 1;
    }
}
