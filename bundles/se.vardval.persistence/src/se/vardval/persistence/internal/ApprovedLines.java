package se.vardval.persistence.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import se.vardval.core.domain.RunState;
import se.vardval.core.model.ApprovedLine;
import se.vardval.core.model.PaymentLine;
import se.vardval.persistence.internal.jdbc.Jdbc;
import se.vardval.persistence.internal.jdbc.Streams;

/**
 * The lines paid for a vårdval's months: the approved (or exported) ordinary runs and corrections, summed per month,
 * unit and component, so that a model reads each month net of its corrections.
 */
final class ApprovedLines {

    private static final String PAID_LINES = "select r.period, l.hsa_id, l.component, l.basis, l.rate, l.amount"
            + " from payment_line l join payment_run r on r.id = l.run_id"
            + " where r.care_choice = ? and r.period between ? and ? and r.state in (?, ?)"
            + " order by r.period, l.hsa_id, l.component, r.id, l.line_no";

    private ApprovedLines() {
    }

    /** The net lines of the months {@code from}..{@code to}, by month, unit and component; net zero left out. */
    static List<ApprovedLine> read(DataSource dataSource, String careChoice, YearMonth from, YearMonth to) {
        Map<String, ApprovedLine> net = new LinkedHashMap<>();
        Streams.forEach(dataSource, PAID_LINES, statement -> {
            statement.setString(1, careChoice);
            statement.setString(2, from.toString());
            statement.setString(3, to.toString());
            statement.setString(4, RunState.APPROVED.name());
            statement.setString(5, RunState.EXPORTED.name());
        }, rs -> new ApprovedLine(YearMonth.parse(rs.getString(1)), new PaymentLine(rs.getString(2),
                rs.getString(3), rs.getBigDecimal(4), Jdbc.plain(rs.getBigDecimal(5)), rs.getBigDecimal(6))),
                line -> net.merge(line.period() + "\u0000" + line.line().hsaId() + "\u0000" + line.line().component(),
                        line, ApprovedLines::add));
        List<ApprovedLine> result = new ArrayList<>();
        for (ApprovedLine line : net.values()) {
            if (line.line().amount().signum() != 0 || line.line().basis().signum() != 0) {
                result.add(new ApprovedLine(line.period(), plain(line.line())));
            }
        }
        return result;
    }

    private static ApprovedLine add(ApprovedLine earlier, ApprovedLine later) {
        PaymentLine a = earlier.line();
        PaymentLine b = later.line();
        return new ApprovedLine(earlier.period(), new PaymentLine(a.hsaId(), a.component(), a.basis().add(b.basis()),
                b.rate(), a.amount().add(b.amount())));
    }

    private static PaymentLine plain(PaymentLine line) {
        return new PaymentLine(line.hsaId(), line.component(), Jdbc.plain(line.basis()), line.rate(), line.amount());
    }
}
