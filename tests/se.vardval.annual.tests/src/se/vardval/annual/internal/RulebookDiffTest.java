package se.vardval.annual.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.vardval.annual.ParameterChange;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.Rulebook;

/** The parameter-by-parameter diff: changed, added and removed leaves, numbers compared by value. */
class RulebookDiffTest {

    @Test
    void listsEveryChangedLeafWithDifferenceAndPercent() {
        Rulebook a = new Rulebook("hv", "m", 2020, RulebookStatus.DECIDED, "RS 1", LpikIndexationTest.json(
                "{\"cni\":{\"kr\":820,\"same\":2453.0},\"mode\":\"DISTANCE\",\"bands\":[{\"km\":0},{\"km\":30}]}"));
        Rulebook b = new Rulebook("hv", "m", 2021, RulebookStatus.DRAFT, null, LpikIndexationTest.json(
                "{\"cni\":{\"kr\":1100,\"same\":2453},\"mode\":\"CATCHMENT\",\"bands\":[{\"km\":0}]}"));
        List<ParameterChange> changes = RulebookDiff.diff(a, b);
        assertEquals(List.of("year", "status", "decision", "parameters.cni.kr", "parameters.mode",
                "parameters.bands[1].km"), changes.stream().map(ParameterChange::path).toList());
        ParameterChange cni = changes.get(3);
        assertEquals(new BigDecimal("280"), cni.difference());
        assertEquals(new BigDecimal("34.15"), cni.percent());
        assertEquals("\"CATCHMENT\"", changes.get(4).after());
        assertEquals(null, changes.get(5).after());
    }

    @Test
    void aListRowOfOtherFieldsIsChangedButItsNumbersAreNotComparedAsOneRate() {
        Rulebook distance = new Rulebook("hv", "m", 2020, RulebookStatus.DECIDED, "RS 1", LpikIndexationTest.json(
                "{\"sparsity\":{\"mode\":\"DISTANCE\",\"bands\":[{\"fromKm\":0,\"krPerYear\":0},"
                        + "{\"fromKm\":30,\"krPerYear\":300}]}}"));
        Rulebook catchment = new Rulebook("hv", "m", 2021, RulebookStatus.DRAFT, null, LpikIndexationTest.json(
                "{\"sparsity\":{\"mode\":\"CATCHMENT\",\"bands\":[{\"maxPopulation\":2000,\"krPerYear\":1200000},"
                        + "{\"fromKm\":30,\"krPerYear\":330}]}}"));
        List<ParameterChange> changes = RulebookDiff.diff(distance, catchment).stream()
                .filter(c -> c.path().contains("krPerYear")).toList();

        assertEquals(List.of("parameters.sparsity.bands[0].krPerYear", "parameters.sparsity.bands[1].krPerYear"),
                changes.stream().map(ParameterChange::path).toList());
        assertEquals("1200000", changes.get(0).after());
        assertEquals(null, changes.get(0).percent(), "a band by population is not the band by distance raised");
        assertEquals(null, changes.get(0).difference());
        assertEquals(new BigDecimal("10.00"), changes.get(1).percent(), "the same band's rate raised by 10 %");
    }
}
