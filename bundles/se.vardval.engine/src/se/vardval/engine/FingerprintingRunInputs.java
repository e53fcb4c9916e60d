package se.vardval.engine;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.CniUnit;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Cost;
import se.vardval.core.domain.DecidedPayment;
import se.vardval.core.domain.Indicator;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.MonthSpan;
import se.vardval.core.domain.Penalty;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.ActivityGroup;
import se.vardval.core.model.ApprovedLine;
import se.vardval.core.model.CodeNames;
import se.vardval.core.model.DistanceBand;
import se.vardval.core.model.ListedGroup;
import se.vardval.core.model.ListedPerson;
import se.vardval.core.model.RunInputs;
import se.vardval.core.service.RunCancelledException;

/**
 * Passes a run's inputs to the model while adding every record it reads to the run's inputs fingerprint, and keeps the
 * months whose approved lines it read; it names the region's codes as the engine's {@link CodeNames} do (names, which
 * only word the warnings, are not in the fingerprint).
 */
final class FingerprintingRunInputs implements RunInputs {

    private static final int CANCEL_CHECK_INTERVAL = 10_000;
    private static final byte[] ACTIVITY = "activity".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PERSON = "person".getBytes(StandardCharsets.UTF_8);

    private final RunInputs delegate;
    private final BooleanSupplier cancelled;
    private final CodeNames codeNames;
    private final InputsFingerprint fingerprint = new InputsFingerprint();
    private final AtomicLong records = new AtomicLong();
    private final AtomicReference<MonthSpan> approvedMonthsRead = new AtomicReference<>();

    FingerprintingRunInputs(RunInputs delegate, BooleanSupplier cancelled, CodeNames codeNames) {
        this.delegate = delegate;
        this.cancelled = cancelled;
        this.codeNames = codeNames;
        fingerprint.add("parameters", delegate.parameters().toString());
        fingerprint.add("period", delegate.period().toString());
    }

    String fingerprint() {
        return fingerprint.value();
    }

    /** The smallest span holding every month the model read approved lines of; null when it read none. */
    MonthSpan approvedMonthsRead() {
        return approvedMonthsRead.get();
    }

    @Override
    public CareChoice careChoice() {
        return delegate.careChoice();
    }

    @Override
    public YearMonth period() {
        return delegate.period();
    }

    @Override
    public JsonNode parameters() {
        return delegate.parameters();
    }

    @Override
    public CodeNames codeNames() {
        return codeNames;
    }

    @Override
    public List<Provider> providers() {
        return recorded("provider", delegate.providers());
    }

    @Override
    public List<Unit> units() {
        return recorded("unit", delegate.units());
    }

    @Override
    public List<Contract> contracts() {
        return recorded("contract", delegate.contracts());
    }

    @Override
    public List<Supplementary> supplementaries() {
        return recorded("supplementary", delegate.supplementaries());
    }

    @Override
    public void forEachListedOn(LocalDate day, Consumer<ListedPerson> sink) {
        delegate.forEachListedOn(day, fingerprinted("listed@" + day, sink));
    }

    @Override
    public void forEachListingBetween(LocalDate from, LocalDate to, Consumer<ListedPerson> sink) {
        delegate.forEachListingBetween(from, to, fingerprinted("listed@" + from + ".." + to, sink));
    }

    /** Adds each listed person to the fingerprint under the kind of read before handing it on. */
    private Consumer<ListedPerson> fingerprinted(String kind, Consumer<ListedPerson> sink) {
        byte[] kindBytes = kind.getBytes(StandardCharsets.UTF_8);
        CanonicalText text = new CanonicalText();
        return listed -> {
            stopIfCancelled();
            fingerprint.add(kindBytes, text.listed(listed.listing(), listed.person()));
            sink.accept(listed);
        };
    }

    @Override
    public void forEachListedGroupOn(LocalDate day, List<DistanceBand> distanceBands, Consumer<ListedGroup> sink) {
        String kind = "listed-groups@" + day + distanceBands;
        delegate.forEachListedGroupOn(day, distanceBands, group -> {
            stopIfCancelled();
            fingerprint.add(kind, CanonicalText.of(group));
            sink.accept(group);
        });
    }

    @Override
    public Optional<String> listedUnitOn(String personId, LocalDate day) {
        return recordedUnit(delegate.careChoice().id(), personId, day, delegate.listedUnitOn(personId, day));
    }

    @Override
    public Optional<String> listedUnitOn(String careChoice, String personId, LocalDate day) {
        return recordedUnit(careChoice, personId, day, delegate.listedUnitOn(careChoice, personId, day));
    }

    @Override
    public Optional<Listing> listingOn(String careChoice, String personId, LocalDate day) {
        Optional<Listing> listing = delegate.listingOn(careChoice, personId, day);
        fingerprint.add("listing", careChoice + ";" + personId + ";" + day + ";" + listing
                .map(l -> l.hsaId() + ";" + l.validFrom() + ";" + l.validTo() + ";" + l.assigned()).orElse("-"));
        return listing;
    }

    @Override
    public void forEachActivity(Consumer<Activity> sink) {
        CanonicalText text = new CanonicalText();
        delegate.forEachActivity(activity -> {
            stopIfCancelled();
            fingerprint.add(ACTIVITY, text.activity(activity));
            sink.accept(activity);
        });
    }

    @Override
    public void forEachActivityGroup(Consumer<ActivityGroup> sink) {
        String kind = "activity-groups@" + delegate.period();
        delegate.forEachActivityGroup(group -> {
            stopIfCancelled();
            fingerprint.add(kind, CanonicalText.of(group));
            sink.accept(group);
        });
    }

    @Override
    public void forEachActivityBetween(LocalDate from, LocalDate to, Consumer<Activity> sink) {
        byte[] kind = ("activity@" + from + ".." + to).getBytes(StandardCharsets.UTF_8);
        CanonicalText text = new CanonicalText();
        delegate.forEachActivityBetween(from, to, activity -> {
            stopIfCancelled();
            fingerprint.add(kind, text.activity(activity));
            sink.accept(activity);
        });
    }

    @Override
    public List<ApprovedLine> approvedLines(YearMonth from, YearMonth to) {
        List<ApprovedLine> lines = delegate.approvedLines(from, to);
        MonthSpan.of(from, to).ifPresent(read -> approvedMonthsRead.accumulateAndGet(read,
                (known, more) -> more.covering(known)));
        String kind = "approved@" + from + ".." + to;
        fingerprint.add(kind, "");
        lines.forEach(line -> fingerprint.add(kind, CanonicalText.of(line)));
        return lines;
    }

    @Override
    public Optional<Person> person(String personId) {
        Optional<Person> person = delegate.person(personId);
        fingerprint.add(PERSON, new CanonicalText().person(person.orElse(null)));
        return person;
    }

    @Override
    public List<Cost> costs() {
        return recorded("cost", delegate.costs());
    }

    @Override
    public List<Indicator> indicators() {
        return recorded("indicator", delegate.indicators());
    }

    @Override
    public List<Penalty> penalties() {
        return recorded("penalty", delegate.penalties());
    }

    @Override
    public List<DecidedPayment> decidedPayments() {
        return recorded("decided", delegate.decidedPayments());
    }

    @Override
    public List<CniUnit> cniUnits() {
        List<CniUnit> units = delegate.cniUnits();
        units.forEach(unit -> fingerprint.add("cni", CanonicalText.of(unit)));
        return units;
    }

    /** Each look-up counts: a listing moved in another vårdval moves a cost hand-over. */
    private Optional<String> recordedUnit(String careChoice, String personId, LocalDate day, Optional<String> unit) {
        fingerprint.add("listedUnit", careChoice + ";" + personId + ";" + day + ";" + unit.orElse("-"));
        return unit;
    }

    private void stopIfCancelled() {
        if (records.getAndIncrement() % CANCEL_CHECK_INTERVAL == 0 && cancelled.getAsBoolean()) {
            throw new RunCancelledException("beräkningen av " + delegate.careChoice().id() + " "
                    + delegate.period() + " avbröts; ingenting sparades");
        }
    }

    private <T> List<T> recorded(String kind, List<T> records) {
        records.forEach(r -> fingerprint.add(kind, CanonicalText.ofRecord(r)));
        return records;
    }
}
