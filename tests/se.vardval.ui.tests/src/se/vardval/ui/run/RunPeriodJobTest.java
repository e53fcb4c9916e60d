package se.vardval.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import se.vardval.core.service.UserError;
import se.vardval.ui.run.RunPeriodJob.Step;

/** How the run job ends when the engine refuses the run and when the program fails, without a display. */
class RunPeriodJobTest {

    /** What the job told the view. */
    private static final class Told implements RunPeriodJob.Listener {
        private final List<String> refusals = new ArrayList<>();
        private final List<RuntimeException> faults = new ArrayList<>();

        @Override
        public void progress(Step step, int percent) {
        }

        @Override
        public void done(RunResult result) {
            throw new AssertionError("no run to show");
        }

        @Override
        public void refused(String message) {
            refusals.add(message);
        }

        @Override
        public void failed(RuntimeException fault) {
            faults.add(fault);
        }
    }

    @Test
    void aRefusalIsShownToTheUserAndTheJobEndsNormally() {
        Told told = new Told();
        RunPeriodJob job = new RunPeriodJob("halsoval 2020-03", cancelled -> {
            throw new UserError("det finns inget förfrågningsunderlag för halsoval 2020");
        }, null, told);

        IStatus status = job.run(new NullProgressMonitor());

        assertEquals(IStatus.OK, status.getSeverity());
        assertEquals(List.of("det finns inget förfrågningsunderlag för halsoval 2020"), told.refusals);
        assertEquals(List.of(), told.faults);
    }

    @Test
    void aFaultOfTheProgramIsAnErrorStatusCarryingItToTheLog() {
        Told told = new Told();
        IllegalStateException fault = new IllegalStateException("Could not read the database: connection reset");
        RunPeriodJob job = new RunPeriodJob("halsoval 2020-03", cancelled -> {
            throw fault;
        }, null, told);

        IStatus status = job.run(new NullProgressMonitor());

        assertEquals(IStatus.ERROR, status.getSeverity());
        assertSame(fault, status.getException());
        assertEquals("Internal error in halsoval 2020-03", status.getMessage());
        assertEquals(List.of(), told.refusals);
        assertEquals(List.of(fault), told.faults);
    }
}
