package se.vardval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import se.vardval.core.model.RejectedItem;
import se.vardval.core.store.RunStore;

/**
 * {@code rejections --reason} with a code no rejected item of the run has: a model's reason codes are its own and a
 * run has only some of them, so the code is not refused but said to be absent, next to the codes the run's items have.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RejectionReasonTest {

    private static final List<RejectedItem> REJECTED = List.of(
            new RejectedItem("SE5568214406-F0001", "FV001", "195105010010", LocalDate.of(2020, 4, 6), "OVER_QUOTA",
                    "riskgrupp 2 har redan fått 4 behandlingar under remissåret"),
            new RejectedItem("SE5568214406-F0001", "FV002", "195204050016", LocalDate.of(2020, 4, 7), "NO_REFERRAL",
                    "behandlingen saknar remiss"));

    private CliRunner cli;
    private String run;

    @BeforeAll
    void calculateAMonth() throws InterruptedException {
        cli = new CliRunner();
        EndToEndRegion.imported(cli);
        String calculated = cli.ok("--user", "anna", "run", "halsoval", "2020-04");
        run = calculated.substring("körning ".length(), calculated.indexOf(' ', "körning ".length()));
    }

    @Test
    void aReasonNoItemOfTheRunHasIsShownAbsentWithTheRunsReasons() {
        String listed = withRejected(REJECTED).ok("rejections", run, "--reason", "NOSUCH");

        assertEquals(List.of("0 avvisade poster", "  ingen avvisad post i körningen har orsakskoden NOSUCH; körningens "
                + "orsakskoder är NO_REFERRAL, OVER_QUOTA"), listed.lines().map(this::withoutRun).toList());
    }

    @Test
    void aReasonOfARunWithoutRejectedItemsIsShownAbsent() {
        String listed = cli.ok("rejections", run, "--reason", "NOSUCH");

        assertEquals(List.of("0 avvisade poster", "  ingen avvisad post i körningen har orsakskoden NOSUCH; körningen "
                + "har inga avvisade poster"), listed.lines().map(this::withoutRun).toList());
    }

    @Test
    void aReasonTheRunHasListsItsItemsAlone() {
        String listed = withRejected(REJECTED).ok("rejections", run, "--reason", "OVER_QUOTA");

        assertTrue(listed.contains("\tFV001\tOVER_QUOTA\t"), listed);
        assertFalse(listed.contains("FV002") || listed.contains("ingen avvisad post"), listed);
    }

    /** A line with the run's heading ("körning N  halsoval 2020-04: ") left out. */
    private String withoutRun(String line) {
        return line.replaceFirst("^körning " + run + "  halsoval 2020-04: ", "");
    }

    /** The command line with a run store whose runs have the given rejected items. */
    private CliRunner withRejected(List<RejectedItem> rejected) {
        CliServices s = cli.services();
        RunStore stored = s.runs();
        RunStore runs = (RunStore) Proxy.newProxyInstance(RunStore.class.getClassLoader(),
                new Class<?>[] { RunStore.class }, (proxy, method, args) -> {
                    if (method.getName().equals("rejections")) {
                        return rejected;
                    }
                    try {
                        return method.invoke(stored, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return new CliRunner(new Commands(new CliServices(s.imports(), s.rulebooks(), s.runner(), runs,
                s.masterData(), s.models(), s.demo(), s.benchmark(), s.exports(), s.audit(), s.rulebookYears(),
                s.scenarios(), s.deficits(), s.followUp(), s.users(), s.passwords(), s.calibration(), s.accounts(),
                s.naming(), s.tools(), s.region())));
    }
}
