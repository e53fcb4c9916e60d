package se.vardval.fotvard.ui.internal;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.Rulebook;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunDataSource;
import se.vardval.core.store.RunStore;
import se.vardval.fotvard.TreatmentRiskGrades;

/**
 * Reads a foot-care vårdval's month as its newest ordinary (not correction) run of the month paid it, with the risk
 * grade of each rejected treatment's referral from the month's activities under that run's rulebook.
 */
record TreatmentsReader(RunStore runs, RulebookStore rulebooks, MasterDataStore masterData, RunDataSource data,
        TreatmentRiskGrades grades, Messages messages) {

    /**
     * The month, or empty when it has no run.
     *
     * @throws IllegalStateException naming the run when its vårdval or rulebook is gone
     */
    Optional<TreatmentMonth> read(String careChoiceId, YearMonth month) {
        Optional<PaymentRun> found = runs.list(careChoiceId).stream()
                .filter(r -> r.period().equals(month) && r.correctsRunId() == null).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PaymentRun run = found.get();
        Optional<CareChoice> careChoice = masterData.careChoice(careChoiceId);
        Optional<Rulebook> rulebook = rulebooks.find(careChoiceId, run.rulebookYear());
        if (careChoice.isEmpty() || rulebook.isEmpty()) {
            throw new IllegalStateException(NLS.bind(messages.noRulebook, careChoiceId + " " + run.rulebookYear(),
                    run.id()));
        }
        Map<String, Integer> riskGrades = grades.read(data.open(careChoice.get(), month,
                rulebook.get().parameters()));
        Map<String, String> unitNames = masterData.units().stream()
                .collect(Collectors.toMap(Unit::hsaId, Unit::name, (a, b) -> a));
        return Optional.of(TreatmentMonth.of(run, runs.lines(run.id()), runs.rejections(run.id()), riskGrades,
                unitNames));
    }
}
