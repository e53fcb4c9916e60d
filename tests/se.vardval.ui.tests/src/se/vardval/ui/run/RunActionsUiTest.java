package se.vardval.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RunState;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RunStore;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;
import se.vardval.ui.testing.Waits;

/**
 * The run view's actions on the demo database, as three users would use them: the administrator calculates June
 * 2020 and may not attest it, exports the calculated run for checking; an approver attests it and exports the
 * providers' ersättningsbesked and the finance file; the administrator then calculates a correction.
 */
class RunActionsUiTest {

    private static final YearMonth JUNE = YearMonth.of(2020, 6);
    private static final Duration JOB = Duration.ofMinutes(2);

    @TempDir
    Path exported;

    private final List<String> jobs = new CopyOnWriteArrayList<>();
    private final IJobChangeListener runJobs = new JobChangeAdapter() {
        @Override
        public void scheduled(IJobChangeEvent event) {
            if (event.getJob() instanceof RunPeriodJob) {
                jobs.add(event.getJob().getName());
            }
        }
    };

    private PartShell view;
    private PaymentRunPart part;

    @BeforeEach
    void listen() {
        Job.getJobManager().addJobChangeListener(runJobs);
    }

    @AfterEach
    void close() {
        Job.getJobManager().removeJobChangeListener(runJobs);
        closePart();
    }

    @Test
    void administratorCalculatesApproverAttestsAndExportsThenACorrection() throws Exception {
        RunStore runs = DemoDatabase.service(RunStore.class);
        open(DemoDatabase.ADMINISTRATOR, null);
        view.widget("run.period", Text.class).setText(JUNE.toString());
        click("run.calculate");
        Waits.until(view.display(), JOB, "the run of June 2020", () -> status().contains("juni 2020"));
        PaymentRun run = runs.list(DemoDatabase.CARE_CHOICE).get(0);
        assertEquals(JUNE, run.period());
        assertEquals(List.of("Beräkning av Hälsoval juni 2020"), jobs, "the progress names the vårdval and month");
        assertFalse(view.widget("run.correct", Button.class).getEnabled(), "nothing is paid for the month yet");
        String refusal = "demo får inte attestera utbetalningar i halsoval: det kräver rollen attestant för halsoval,"
                + " och att någon annan än den som beräknade körningen attesterar den; demo är administratör för alla"
                + " vårdval";
        Button approve = view.widget("run.approve", Button.class);
        assertFalse(approve.getEnabled(), "the administrator may not attest");
        assertEquals(refusal, approve.getToolTipText(), "the tooltip says what attesting needs");

        String summary = status();
        assertTrue(summary.startsWith("Körning " + run.id() + " "), summary);
        click("run.approve");
        assertEquals(RunState.CALCULATED, runs.find(run.id()).orElseThrow().state(), status());
        assertEquals(summary, status(), "the run's summary stays");
        assertEquals(refusal, view.widget("run.actionHint", Label.class).getText(), "the refusal beside the buttons");
        view.save("run-approve-refused");

        exportTo("calculated");
        assertEquals(List.of("payments-halsoval-2020-06.csv", "payments-halsoval-2020-06.xlsx",
                "rejections-halsoval-2020-06.csv"), files(exported.resolve("calculated")));
        closePart();

        open(DemoDatabase.approver(), run.id());
        assertTrue(view.widget("run.approve", Button.class).getEnabled(), "an approver who did not calculate it");
        assertEquals(null, view.widget("run.approve", Button.class).getToolTipText());
        click("run.approve");
        assertEquals(RunState.APPROVED, runs.find(run.id()).orElseThrow().state());
        assertTrue(view.widget("run.actionHint", Label.class).getText().startsWith("Attesterad"));
        view.save("run-approved");
        exportTo("approved");
        assertEquals(RunState.EXPORTED, runs.find(run.id()).orElseThrow().state(), status());
        List<String> files = files(exported.resolve("approved"));
        long providers = DemoDatabase.service(RunStore.class).lines(run.id()).stream().map(l -> l.hsaId())
                .map(this::providerOf).distinct().count();
        assertEquals(4 + providers, files.size(), files.toString());
        assertEquals(files.size() - 4, files.stream().filter(f -> f.endsWith(".pdf")).count(), files.toString());
        assertTrue(files.stream().anyMatch(f -> f.endsWith(".se")), files.toString());
        assertTrue(status().startsWith("Skrev " + files.size() + " filer"), status());
        closePart();

        open(DemoDatabase.ADMINISTRATOR, run.id());
        assertTrue(view.widget("run.correct", Button.class).getEnabled());
        click("run.correct");
        Waits.until(view.display(), JOB, "the correction of June 2020 shown", () -> {
            long newest = runs.list(DemoDatabase.CARE_CHOICE).get(0).id();
            return newest != run.id() && status().startsWith("Körning " + newest + " ");
        });
        PaymentRun correction = runs.list(DemoDatabase.CARE_CHOICE).get(0);
        assertEquals(run.id(), correction.correctsRunId());
        assertEquals(0, correction.total().signum(), "nothing changed since the month was paid");
        assertEquals("Korrigering av Hälsoval juni 2020", jobs.getLast());
        assertFalse(view.widget("run.approve", Button.class).getEnabled(), "the administrator calculated it");
        view.save("run-correction");
    }

    private String providerOf(String hsaId) {
        try {
            return DemoDatabase.service(MasterDataStore.class).units().stream()
                    .filter(u -> u.hsaId().equals(hsaId)).findFirst().orElseThrow().orgNr();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void exportTo(String directory) throws IOException {
        Path target = Files.createDirectories(exported.resolve(directory));
        part.chooseDirectory = suggested -> target.toString();
        click("run.export");
        Waits.until(view.display(), JOB, "the export", () -> status().startsWith("Skrev "));
    }

    private static List<String> files(Path directory) throws IOException {
        try (Stream<Path> listed = Files.list(directory)) {
            return listed.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void open(String user, Long runId) throws Exception {
        Map<String, String> state = new HashMap<>(Map.of(ClientTags.CARE_CHOICE, DemoDatabase.CARE_CHOICE));
        if (runId != null) {
            state.put(ClientTags.ITEM, Long.toString(runId));
        }
        view = PartShell.open("Utbetalning", state, 1280, 860);
        view.actAs(user);
        part = view.make(PaymentRunPart.class);
    }

    private void closePart() {
        if (view != null) {
            view.close();
            view = null;
        }
    }

    private String status() {
        return view.widget("run.status", Label.class).getText();
    }

    private void click(String key) {
        view.widget(key, Button.class).notifyListeners(SWT.Selection, new Event());
    }

}
