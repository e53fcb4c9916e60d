package se.vardval.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.RunState;
import se.vardval.core.model.ListedPerson;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.store.AuditLog;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunDataSource;
import se.vardval.core.store.RunStore;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;
import se.vardval.ui.testing.Screens;
import se.vardval.ui.testing.TableFit;
import se.vardval.ui.testing.Waits;

/**
 * The texts of the payment run view: the rate column of a unit's lines, a target payment's whole indicator name
 * beside the lines' amounts, the totals' ids and amounts whole beside the scrollbar, and in a person's explanation
 * the CNI variables in Swedish, a target payment by its indicator's name, the amounts whole beside the scrollbar and a
 * text cut in a narrow view whole in its tooltip.
 */
class RunViewTextsUiTest {

    private static final Map<CniFlag, String> SWEDISH = Map.of(CniFlag.UNDER5, "barn under 5 år",
            CniFlag.FOREIGN_BORN, "född utanför EU", CniFlag.OLD_ALONE, "ensamstående äldre över 65 år",
            CniFlag.SINGLE_PARENT, "ensamstående förälder", CniFlag.MOVED_IN, "inflyttad under året",
            CniFlag.UNEMPLOYED, "arbetslös eller i åtgärd", CniFlag.LOW_EDUCATION, "kort utbildning, 25–64 år");
    /** The demo's longest component name, 63 characters. */
    private static final String TARGET_3 = "Målrelaterad ersättning Medicinsk bedömning inom 3 dagar (3:an)";

    private PartShell view;
    private PaymentRunPart part;

    @BeforeEach
    void open() throws Exception {
        view = PartShell.open("Utbetalning", DemoDatabase.CARE_CHOICE, 1280, 860);
        part = view.make(PaymentRunPart.class);
    }

    @AfterEach
    void close() {
        if (view != null) {
            view.close();
        }
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

    @Test
    void aUnitsLinesShowTheLongestComponentNameWholeBesideTheAmounts() throws Exception {
        showTheDemosFebruary();
        Table lines = view.widget("run.lines", Table.class);

        assertTrue(column(lines, 0).contains(TARGET_3), "the first unit's target payment: " + column(lines, 0));
        assertEquals(List.of("Komponent", "Underlag", "À-pris", "Belopp", "Kod", ""), headings(lines));
        TableFit.assertColumnsWholeBesideTheScrollbar(lines, 0, 1, 2, 3);
        Screens.save(view.shell(), "run-lines-fit");
    }

    @Test
    void aNarrowerViewCutsTheLongestNameAndKeepsTheAmountsWholeBesideTheScrollbar() throws Exception {
        showTheDemosFebruary();
        view.shell().setSize(1000, 860);
        Table lines = view.widget("run.lines", Table.class);
        Waits.settle(view.display(), Duration.ofMillis(300));
        assertTrue(column(lines, 0).contains(TARGET_3), column(lines, 0).toString());

        int nameWidth = lines.getColumn(0).getWidth();
        assertTrue(TableFit.textWidth(lines, TARGET_3) > nameWidth,
                "cut in " + nameWidth + " px, whole in its tooltip");
        assertTrue(nameWidth <= lines.getClientArea().width * 2 / 3, nameWidth + " px of " + lines.getClientArea());
        TableFit.assertColumnsWholeBesideTheScrollbar(lines, 1, 2, 3);
        Screens.save(view.shell(), "run-lines-narrow");
    }

    @Test
    void aPersonsAmountsAreWholeBesideTheScrollbar() throws Exception {
        showTheDemosFebruary();
        explain(listedWithCniFactors(YearMonth.of(2020, 2)));
        Table explanation = view.widget("run.explanation", Table.class);
        Waits.settle(view.display(), Duration.ofMillis(300));

        assertEquals(List.of("Enhet", "Komponent", "Detalj", "Kr", ""), headings(explanation));
        assertEquals(SWT.RIGHT, explanation.getColumn(3).getAlignment(), "amounts are right-aligned");
        assertTrue(components().contains(TARGET_3), components().toString());
        TableFit.assertColumnsWholeBesideTheScrollbar(explanation, 0, 1, 2, 3);
        Screens.save(view.shell(), "run-explanation-person-fit");

        view.shell().setSize(900, 860);
        Waits.settle(view.display(), Duration.ofMillis(300));
        assertTrue(TableFit.textWidth(explanation, TARGET_3) > explanation.getColumn(1).getWidth(),
                "the widest text gives way");
        TableFit.assertColumnsWholeBesideTheScrollbar(explanation, 0, 2, 3);
        Screens.save(view.shell(), "run-explanation-person-narrow");
    }

    @Test
    void aPersonsTextCutInANarrowViewIsWholeInItsTooltipAndATextThatFitsHasNone() throws Exception {
        showTheDemosFebruary();
        explain(listedWithCniFactors(YearMonth.of(2020, 2)));
        view.shell().setSize(900, 860);
        Table explanation = view.widget("run.explanation", Table.class);
        int row = components().indexOf(TARGET_3);
        explanation.showItem(explanation.getItem(row));
        Waits.settle(view.display(), Duration.ofMillis(300));

        assertTrue(TableFit.textWidth(explanation, TARGET_3) > explanation.getColumn(1).getWidth(), "cut");
        assertEquals(TARGET_3, TableFit.tooltip(explanation, row, 1));
        assertNull(TableFit.tooltip(explanation, row, 0), "the unit fits");
        assertNull(TableFit.tooltip(explanation, row, 3), "the amount fits");
        Screens.save(view.shell(), "run-explanation-person-tooltip");
    }

    @Test
    void aPersonsCniFactorsAreNamedInSwedish() throws Exception {
        PaymentRun run = DemoDatabase.service(RunStore.class).list(DemoDatabase.CARE_CHOICE).get(0);
        ListedPerson flagged = listedWithCniFactors(run.period());
        Label summary = explain(flagged);

        String factors = flagged.person().cniFlags().stream().sorted().map(SWEDISH::get)
                .collect(Collectors.joining(", "));
        assertEquals(List.of("CNI-faktorer: " + factors), details("Vårdtyngd enligt CNI"), summary.getText());
        Waits.settle(view.display(), Duration.ofMillis(300));
        Screens.save(view.shell(), "run-explanation-person-cni");
    }

    @Test
    void aPersonsTargetPaymentIsNamedByItsIndicatorAsTheRunsLinesNameIt() throws Exception {
        PaymentRun run = DemoDatabase.service(RunStore.class).list(DemoDatabase.CARE_CHOICE).get(0);
        Label summary = explain(listedWithCniFactors(run.period()));

        List<String> target = details("Målrelaterad ersättning Medicinsk bedömning inom 3 dagar (3:an)");
        assertEquals(1, target.size(), summary.getText() + " " + components());
        assertTrue(target.getFirst().startsWith("målet "), target.toString());
        assertFalse(components().contains("Målrelaterad ersättning CARE_GUARANTEE_3"), components().toString());
        Waits.settle(view.display(), Duration.ofMillis(300));
        Screens.save(view.shell(), "run-explanation-person-target");
    }

    @Test
    void aNumberThatIsNoPersonnummerIsRefusedAndLeavesNoEarlierRows() throws Exception {
        PaymentRun run = DemoDatabase.service(RunStore.class).list(DemoDatabase.CARE_CHOICE).get(0);
        explain(listedWithCniFactors(run.period()));
        Table explanation = view.widget("run.explanation", Table.class);
        assertTrue(explanation.getItemCount() > 0);

        assertEquals("ÅÅÅÅMMDD-NNNN", view.widget("run.explain.person", Text.class).getMessage(), "as Swedes write it");
        view.widget("run.explain.person", Text.class).setText("19430410001");
        view.widget("run.explain.personButton", Button.class).notifyListeners(SWT.Selection, new Event());
        Label summary = view.widget("run.explanation.summary", Label.class);
        Waits.until(view.display(), Duration.ofMinutes(1), "the refusal",
                () -> summary.getText().startsWith("inte ett personnummer"));

        assertEquals("inte ett personnummer (ÅÅÅÅMMDD-NNNN): '19430410001'", summary.getText());
        assertEquals(0, explanation.getItemCount(), "no rows of the person explained before");
        assertEquals(0, explanation.getColumnCount());
    }

    /** Explains the person through the view's field and button, and waits for the explanation's summary. */
    private Label explain(ListedPerson listed) {
        view.widget("run.explain.person", Text.class).setText(PersonId.written(listed.person().personId()));
        view.widget("run.explain.personButton", Button.class).notifyListeners(SWT.Selection, new Event());
        Label summary = view.widget("run.explanation.summary", Label.class);
        Waits.until(view.display(), Duration.ofMinutes(2), "the person's explanation",
                () -> summary.getText().contains("Person " + listed.person().personId()));
        return summary;
    }

    /** The details of the explanation's rows of the component named {@code component}. */
    private List<String> details(String component) {
        List<String> details = new ArrayList<>();
        for (TableItem item : view.widget("run.explanation", Table.class).getItems()) {
            if (item.getText(1).equals(component)) {
                details.add(item.getText(2));
            }
        }
        return details;
    }

    private List<String> components() {
        return column(view.widget("run.explanation", Table.class), 1);
    }

    /** A person listed in the vårdval on the month's listing day with at least two CNI variables. */
    private static ListedPerson listedWithCniFactors(YearMonth period) throws InterruptedException {
        Rulebook rulebook = DemoDatabase.service(RulebookStore.class)
                .find(DemoDatabase.CARE_CHOICE, period.getYear()).orElseThrow();
        ReimbursementModel model = DemoDatabase.service(ModelCatalog.class).model(rulebook.modelType()).orElseThrow();
        CareChoice careChoice = DemoDatabase.service(MasterDataStore.class).careChoice(DemoDatabase.CARE_CHOICE)
                .orElseThrow();
        List<ListedPerson> flagged = new ArrayList<>();
        DemoDatabase.service(RunDataSource.class).open(careChoice, period, rulebook.parameters())
                .forEachListedOn(model.listingDay(rulebook.parameters(), period), listed -> {
                    if (listed.person() != null && listed.person().cniFlags() != null
                            && listed.person().cniFlags().size() > 1) {
                        flagged.add(listed);
                    }
                });
        assertFalse(flagged.isEmpty(), "the demo lists persons with two CNI variables");
        return flagged.getFirst();
    }

    /**
     * Shows the demo's own run of February 2020, whose first unit is paid for its 3:an, whatever runs other tests
     * calculated since.
     */
    private void showTheDemosFebruary() throws InterruptedException {
        RunStore runs = DemoDatabase.service(RunStore.class);
        PaymentRun february = runs.list(DemoDatabase.CARE_CHOICE).stream()
                .filter(run -> run.period().equals(YearMonth.of(2020, 2)) && run.correctsRunId() == null)
                .min(Comparator.comparingLong(PaymentRun::id)).orElseThrow();
        part.show(RunResult.read(runs, DemoDatabase.service(AuditLog.class), february));
        Waits.settle(view.display(), Duration.ofMillis(300));
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

    private static List<String> headings(Table table) {
        return Arrays.stream(table.getColumns()).map(TableColumn::getText).toList();
    }

    private static List<String> column(Table table, int column) {
        List<String> texts = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            texts.add(item.getText(column));
        }
        return texts;
    }
}
