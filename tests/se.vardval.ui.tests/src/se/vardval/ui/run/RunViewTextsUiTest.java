package se.vardval.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RunState;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.store.MasterDataStore;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;
import se.vardval.ui.testing.Screens;
import se.vardval.ui.testing.TableFit;
import se.vardval.ui.testing.Waits;

/**
 * The texts of the payment run view: the rate column of a unit's lines, and the totals' ids and amounts whole beside
 * the scrollbar.
 */
class RunViewTextsUiTest {

    private PartShell view;
    private PaymentRunPart part;

    @BeforeEach
    void open() throws Exception {
        view = PartShell.open("Utbetalning", DemoDatabase.CARE_CHOICE, 1280, 860);
        part = view.make(PaymentRunPart.class);
    }

    @AfterEach
    void close() {
        view.close();
    }

    @Test
    void theRateIsShownWithItsOwnDecimalsAndEmptyWithoutOne() throws Exception {
        String unit = DemoDatabase.service(MasterDataStore.class).units().get(0).hsaId();
        show(line(unit, "A_WEIGHTED", "0.873400"), line(unit, "B_WHOLE", "1234.500000"),
                line(unit, "C_LONG", "12.345678"), line(unit, "D_NONE", "-1"), line(unit, "E_NULL", null),
                line(unit, "F_KRONOR", "850.000000"));

        assertEquals(List.of("0,8734", "1\u00a0234,5", "12,3457", "", "", "850"), column(
                view.widget("run.lines", Table.class), 2));
    }

    @Test
    void theTotalsShowEveryIdAndAmountWholeBesideTheScrollbar() throws Exception {
        Tree totals = view.widget("run.totals", Tree.class);
        Waits.settle(view.display(), Duration.ofMillis(300));

        assertTrue(totals.getVerticalBar().isVisible(), "the demo's providers and units need the scrollbar");
        TableFit.assertColumnsWholeBesideTheScrollbar(totals, 1, 2);
        Screens.save(view.shell(), "run-totals-fit");
    }

    private void show(PaymentLine... lines) {
        PaymentRun run = new PaymentRun(99, DemoDatabase.CARE_CHOICE, YearMonth.of(2020, 11), 2020,
                RunState.CALCULATED, "f", null, "admin", Instant.parse("2020-12-01T08:00:00Z"), null, null, null,
                BigDecimal.ZERO);
        part.show(new RunResult(run, List.of(lines), List.of(), List.of()));
        Waits.settle(view.display(), Duration.ofMillis(300));
    }

    private static PaymentLine line(String hsaId, String component, String rate) {
        return new PaymentLine(hsaId, component, BigDecimal.TEN, rate == null ? null : new BigDecimal(rate),
                new BigDecimal("100.00"));
    }

    private static List<String> column(Table table, int column) {
        List<String> texts = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            texts.add(item.getText(column));
        }
        return texts;
    }
}
