package se.vardval.halsoval.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.vardval.halsoval.internal.Fixtures.amount;
import static se.vardval.halsoval.internal.Fixtures.demoRulebook;
import static se.vardval.halsoval.internal.Fixtures.pnr;
import static se.vardval.halsoval.internal.Fixtures.run;
import static se.vardval.halsoval.internal.Fixtures.warnings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Profession;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RunWarning;
import se.vardval.core.service.RunCancelledException;

class CalculationTest {

    /** Two units, one private, and forty listed residents with every CNI flag, each with a visit in March 2020. */
    static TestInputs month(JsonNode parameters) {
        TestInputs inputs = new TestInputs(YearMonth.of(2020, 3), parameters).unit("B", TestInputs.PRIVATE, 3000)
                .unit("A");
        for (int i = 0; i < 40; i++) {
            String person = pnr(1930 + 2 * i, 1 + i % 12, 1 + i % 28, 10 + i);
            inputs.resident(person, BigDecimal.valueOf(7L * i), CniFlag.values()[i % 7])
                    .listing(person, i % 3 == 0 ? "A" : "B");
            inputs.visit(person, i % 2 == 0 ? "A" : "B", LocalDate.of(2020, 3, 1 + i % 28), ContactType.PHYSICAL,
                    i % 4 == 0 ? Profession.DOCTOR : Profession.NURSE, "100", false);
        }
        return inputs;
    }

    @Test
    void linesAreSortedByUnitAndComponentAndTheSameInputsGiveTheSameLines() throws Exception {
        JsonNode parameters = demoRulebook("rulebooks/halsoval-2020.json").get("parameters");
        ModelResult first = run(month(parameters));
        List<PaymentLine> sorted = first.lines().stream()
                .sorted(Comparator.comparing(PaymentLine::hsaId).thenComparing(PaymentLine::component)).toList();
        assertEquals(sorted, first.lines());
        assertEquals(first, run(month(parameters)));
        assertEquals(2, first.lines().stream().map(PaymentLine::amount).mapToInt(BigDecimal::scale).max().orElse(0));
        assertEquals(true, first.lines().stream().allMatch(l -> l.amount().scale() == 2));
    }

    @Test
    void aFailureWhileTheVisitsAreCountedBesideTheListingsStopsTheRunAsItself() throws Exception {
        JsonNode parameters = demoRulebook("rulebooks/halsoval-2020.json").get("parameters");
        RunCancelledException cancelled = new RunCancelledException("beräkningen av halsoval 2020-03 avbröts");

        RunCancelledException thrown = assertThrows(RunCancelledException.class,
                () -> run(month(parameters).failingActivityGroups(cancelled)));
        assertSame(cancelled, thrown);
    }

    @Test
    void unitsWithoutAContractAreNotPaidButWarnedOf() throws Exception {
        JsonNode parameters = demoRulebook("rulebooks/halsoval-2020.json").get("parameters");
        ModelResult result = run(month(parameters).listed(pnr(1950, 1, 1, 10), "GONE"));
        assertNull(amount(result, "GONE", AgeCapitation.CODE));
        RunWarning warning = warnings(result, "UNIT_WITHOUT_CONTRACT").getFirst();
        assertEquals("GONE", warning.hsaId());
        assertTrue(warning.message().matches("Enheten har listade personer, besök, kostnader eller viten under"
                + " 2020-03 men inget avtal i vårdvalet, så dess rader betalas inte ut: \\d+ st, totalt"
                + " [\\d ]+,\\d\\d kr\\. Komponenter: AGE_CAPITATION, .*\\."), warning.message());
    }

    @Test
    void the2021ProposalReturnsFeesAndPaysSparsityByCatchment() throws Exception {
        JsonNode parameters = demoRulebook("rulebooks/halsoval-2021-proposal.json").get("parameters");
        TestInputs inputs = month(parameters);
        ModelResult result = run(new TestInputs(YearMonth.of(2020, 3), parameters).unit("B", TestInputs.PRIVATE, 3000)
                .listed(pnr(1950, 1, 1, 10), "B")
                .visit(pnr(1950, 1, 1, 10), "B", LocalDate.of(2020, 3, 2), ContactType.PHYSICAL, Profession.DOCTOR,
                        "100", false));
        assertEquals(Fixtures.kr("66666.67"), amount(result, "B", Sparsity.CODE), "800 000 / 12");
        assertEquals(Fixtures.kr("-100.00"), amount(result, "B", PatientFees.CODE));
        assertEquals(false, run(inputs).lines().isEmpty());
    }
}
