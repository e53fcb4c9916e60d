package se.vardval.engine;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.CniUnit;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Cost;
import se.vardval.core.domain.CostCategory;
import se.vardval.core.domain.DecidedPayment;
import se.vardval.core.domain.Indicator;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.Penalty;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.domain.RunState;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.ApprovedLine;
import se.vardval.core.model.CodeKind;
import se.vardval.core.model.CostHandOver;
import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.ListedPerson;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.model.RejectedItem;
import se.vardval.core.model.Rulebook;
import se.vardval.core.model.RunInputs;
import se.vardval.core.model.RunWarning;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.service.UserError;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunDataSource;
import se.vardval.core.store.RunStore;

/**
 * In-memory stores and a counting model: just enough world for the engine's rules, without a database. The model pays
 * per listed person, hands a cost per listed person over to the person's unit in the vårdval "other", rejects the
 * month's activities of persons not listed that day, and reads two months of activity history and the approved
 * lines of the two months before.
 */
final class InMemoryWorld implements RunDataSource, ModelCatalog {

    final Map<String, CareChoice> careChoices = new HashMap<>();
    final Map<String, Rulebook> rulebooks = new HashMap<>();
    final List<PaymentRun> runs = new ArrayList<>();
    final Map<Long, List<PaymentLine>> lines = new HashMap<>();
    final List<Listing> listings = new ArrayList<>();
    final List<DecidedPayment> decided = new ArrayList<>();
    /** Listings of the vårdval "other", which receives the counting model's cost hand-overs. */
    final List<Listing> otherListings = new ArrayList<>();
    final List<Activity> activities = new ArrayList<>();
    final Map<Long, ModelResult> results = new HashMap<>();
    final ReimbursementModel model = new CountingModel();

    /** The request of the model's latest explanation, as the engine handed it over. */
    ExplainRequest explained() {
        return ((CountingModel) model).explained;
    }
    final MasterDataStore masterData = masterDataProxy();
    final Rulebooks rulebookStore = new Rulebooks();
    final Runs runStore = new Runs();
    final ComponentNamingService naming = new ComponentNamingService(masterData, this);

    InMemoryWorld() {
        careChoices.put("demo", new CareChoice("demo", "Demo", "counting"));
        naming.addIndicatorNames(code -> code.equals(CountingModel.INDICATOR) ? Optional.of("Listade personer")
                : Optional.empty());
    }

    void rulebook(int year, RulebookStatus status) {
        ObjectNode parameters = JsonNodeFactory.instance.objectNode().put("krPerListed", 100);
        rulebooks.put("demo" + year, new Rulebook("demo", "counting", year, status, null, parameters));
    }

    /**
     * Pays {@code krPerListed} for each person listed on the first of the month; its explanation names the indicator
     * {@code LISTED} as the request's names name it, and with {@code warnOfIndicator} its run warns of it as the
     * inputs name it.
     */
    private static final class CountingModel implements ReimbursementModel {

        private static final String INDICATOR = "LISTED";

        private static final BigDecimal HAND_OVER_KR = new BigDecimal("50");

        /** The request of the latest explanation, as the engine handed it over. */
        private ExplainRequest explained;

        @Override
        public String modelType() {
            return "counting";
        }

        @Override
        public String displayName() {
            return "Counting";
        }

        @Override
        public ObjectNode defaultParameters() {
            return JsonNodeFactory.instance.objectNode().put("krPerListed", 0);
        }

        @Override
        public List<ParameterProblem> validate(JsonNode parameters) {
            List<ParameterProblem> problems = new ArrayList<>();
            if (parameters.path("krPerListed").decimalValue().signum() < 0) {
                problems.add(new ParameterProblem("krPerListed", "must be >= 0"));
            }
            JsonNode prices = parameters.path("prices");
            for (int i = 0; i < prices.size(); i++) {
                if (prices.get(i).path("kr").decimalValue().signum() < 0) {
                    problems.add(new ParameterProblem("prices[" + i + "].kr", "must be >= 0"));
                }
            }
            return problems;
        }

        @Override
        public LocalDate listingDay(JsonNode parameters, YearMonth period) {
            return period.atDay(1);
        }

        @Override
        public ModelResult calculate(RunInputs inputs) {
            Map<String, Integer> listed = new HashMap<>();
            LocalDate day = listingDay(inputs.parameters(), inputs.period());
            List<CostHandOver> handOvers = new ArrayList<>();
            inputs.forEachListedOn(day, p -> {
                listed.merge(p.hsaId(), 1, Integer::sum);
                inputs.listedUnitOn("other", p.listing().personId(), day).ifPresent(unit -> handOvers.add(
                        new CostHandOver(unit, inputs.period(), CostCategory.FOOT_CARE, HAND_OVER_KR, "LISTED")));
            });
            List<RejectedItem> rejections = new ArrayList<>();
            inputs.forEachActivityBetween(inputs.period().minusMonths(2).atDay(1), inputs.period().atEndOfMonth(),
                    a -> {
                        if (YearMonth.from(a.date()).equals(inputs.period())
                                && inputs.listedUnitOn(a.personId(), a.date()).isEmpty()) {
                            rejections.add(new RejectedItem(a.hsaId(), a.activityId(), a.personId(), a.date(),
                                    "NOT_LISTED", "not listed that day"));
                        }
                    });
            inputs.approvedLines(inputs.period().minusMonths(2), inputs.period().minusMonths(1));
            BigDecimal rate = inputs.parameters().get("krPerListed").decimalValue();
            List<PaymentLine> result = listed.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> new PaymentLine(e.getKey(), "LISTED", BigDecimal.valueOf(e.getValue()), rate,
                            rate.multiply(BigDecimal.valueOf(e.getValue()))))
                    .toList();
            return new ModelResult(result, warnings(inputs), rejections, handOvers);
        }

        /** With {@code warnOfIndicator} a warning that names the indicator {@code LISTED}, else none. */
        private static List<RunWarning> warnings(RunInputs inputs) {
            return inputs.parameters().path("warnOfIndicator").asBoolean() ? List.of(new RunWarning(null, "INDICATOR",
                    "Indikatorn " + inputs.codeNames().labelOf(CodeKind.INDICATOR, INDICATOR))) : List.of();
        }

        @Override
        public Explanation explain(RunInputs inputs, ExplainRequest request) {
            explained = request;
            return new Explanation(request.runLines() == null ? "calculated again" : "the run's lines: "
                    + request.runLines(), List.of("Indikator"), List.of(List.of(request.codeNames()
                            .nameOf(CodeKind.INDICATOR, INDICATOR).orElse(INDICATOR))));
        }
    }

    @Override
    public RunInputs open(CareChoice careChoice, YearMonth period, JsonNode parameters) {
        return new RunInputs() {
            @Override
            public CareChoice careChoice() {
                return careChoice;
            }

            @Override
            public YearMonth period() {
                return period;
            }

            @Override
            public JsonNode parameters() {
                return parameters;
            }

            @Override
            public List<Provider> providers() {
                return List.of();
            }

            @Override
            public List<Unit> units() {
                return List.of();
            }

            @Override
            public List<Contract> contracts() {
                return List.of();
            }

            @Override
            public List<Supplementary> supplementaries() {
                return List.of();
            }

            @Override
            public void forEachListedOn(LocalDate day, Consumer<ListedPerson> sink) {
                listings.stream().filter(l -> l.validOn(day)).forEach(l -> sink.accept(new ListedPerson(l, null)));
            }

            @Override
            public void forEachListingBetween(LocalDate from, LocalDate to, Consumer<ListedPerson> sink) {
                listings.stream().filter(l -> l.validBetween(from, to))
                        .forEach(l -> sink.accept(new ListedPerson(l, null)));
            }

            @Override
            public Optional<String> listedUnitOn(String personId, LocalDate day) {
                return validListing(listings, personId, day).map(Listing::hsaId);
            }

            @Override
            public Optional<String> listedUnitOn(String otherCareChoice, String personId, LocalDate day) {
                return listingOn(otherCareChoice, personId, day).map(Listing::hsaId);
            }

            @Override
            public Optional<Listing> listingOn(String otherCareChoice, String personId, LocalDate day) {
                return validListing(otherCareChoice.equals("other") ? otherListings : List.of(), personId, day);
            }

            @Override
            public void forEachActivity(Consumer<Activity> sink) {
                forEachActivityBetween(period.atDay(1), period.atEndOfMonth(), sink);
            }

            @Override
            public void forEachActivityBetween(LocalDate from, LocalDate to, Consumer<Activity> sink) {
                activities.stream().filter(a -> !a.date().isBefore(from) && !a.date().isAfter(to)).forEach(sink);
            }

            @Override
            public List<ApprovedLine> approvedLines(YearMonth from, YearMonth to) {
                return runs.stream().filter(r -> r.careChoice().equals(careChoice.id())
                        && r.state() != RunState.CALCULATED && !r.period().isBefore(from) && !r.period().isAfter(to))
                        .flatMap(r -> lines.get(r.id()).stream().map(l -> new ApprovedLine(r.period(), l))).toList();
            }

            @Override
            public Optional<Person> person(String personId) {
                return Optional.empty();
            }

            @Override
            public List<Cost> costs() {
                return List.of();
            }

            @Override
            public List<Indicator> indicators() {
                return List.of();
            }

            @Override
            public List<Penalty> penalties() {
                return List.of();
            }

            @Override
            public List<CniUnit> cniUnits() {
                return List.of();
            }

            @Override
            public List<DecidedPayment> decidedPayments() {
                return decided.stream().filter(p -> p.careChoice().equals(careChoice.id())
                        && p.period().equals(period)).toList();
            }
        };
    }

    private static Optional<Listing> validListing(List<Listing> listings, String personId, LocalDate day) {
        return listings.stream().filter(l -> l.personId().equals(personId) && l.validOn(day)).findFirst();
    }

    @Override
    public List<ReimbursementModel> models() {
        return List.of(model);
    }

    @Override
    public Optional<ReimbursementModel> model(String modelType) {
        return model.modelType().equals(modelType) ? Optional.of(model) : Optional.empty();
    }

    private MasterDataStore masterDataProxy() {
        return (MasterDataStore) Proxy.newProxyInstance(MasterDataStore.class.getClassLoader(),
                new Class<?>[] { MasterDataStore.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "careChoice" -> Optional.ofNullable(careChoices.get((String) args[0]));
                    case "careChoices" -> List.copyOf(careChoices.values());
                    case "supplementaries" -> List.of();
                    case "units" -> List.of(new Unit("A", "Enhet A", null, null, null),
                            new Unit("B", "Enhet B", null, null, null));
                    default -> {
                        if (method.isDefault()) {
                            yield InvocationHandler.invokeDefault(proxy, method, args);
                        }
                        throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    /** The stored rulebooks. */
    final class Rulebooks implements RulebookStore {

        @Override
        public Optional<Rulebook> find(String careChoice, int year) {
            return Optional.ofNullable(rulebooks.get(careChoice + year));
        }

        @Override
        public List<Rulebook> list(String careChoice) {
            return rulebooks.values().stream().filter(r -> r.careChoice().equals(careChoice)).toList();
        }

        @Override
        public void save(Rulebook rulebook, String user) {
            rulebooks.put(rulebook.careChoice() + rulebook.year(), rulebook);
        }

        @Override
        public void saveIfUnchanged(Rulebook rulebook, Rulebook expected, String user) {
            if (!Objects.equals(rulebooks.get(rulebook.careChoice() + rulebook.year()), expected)) {
                throw new UserError("förfrågningsunderlaget har sparats av någon annan under tiden");
            }
            save(rulebook, user);
        }

        @Override
        public void saveIndexed(Rulebook draft, List<Supplementary> supplementaries, String user) {
            throw new UnsupportedOperationException("the engine's tests index no rulebook");
        }
    }

    /** The stored runs and their lines. */
    final class Runs implements RunStore {

        @Override
        public PaymentRun create(PaymentRun run, ModelResult result) {
            List<PaymentLine> runLines = result.lines();
            BigDecimal total = runLines.stream().map(PaymentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            PaymentRun stored = new PaymentRun(runs.size() + 1L, run.careChoice(), run.period(), run.rulebookYear(),
                    run.state(), run.inputsFingerprint(), run.approvedMonthsRead(), run.createdBy(), run.createdAt(),
                    null, null, run.correctsRunId(), total);
            runs.add(stored);
            lines.put(stored.id(), runLines);
            results.put(stored.id(), result);
            return stored;
        }

        @Override
        public Optional<PaymentRun> find(long runId) {
            return runs.stream().filter(r -> r.id() == runId).findFirst();
        }

        @Override
        public List<PaymentRun> list(String careChoice) {
            return runs.stream().sorted(Comparator.comparingLong(PaymentRun::id).reversed()).toList();
        }

        @Override
        public Optional<PaymentRun> latest() {
            return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
        }

        @Override
        public Optional<PaymentRun> approvedRun(String careChoice, YearMonth period) {
            return runs.stream().filter(r -> r.careChoice().equals(careChoice) && r.period().equals(period)
                    && r.correctsRunId() == null && r.state() != RunState.CALCULATED).findFirst();
        }

        @Override
        public List<PaymentLine> lines(long runId) {
            return lines.get(runId);
        }

        @Override
        public List<RunWarning> warnings(long runId) {
            return results.get(runId).warnings();
        }

        @Override
        public List<RejectedItem> rejections(long runId) {
            return results.get(runId).rejections();
        }

        @Override
        public List<CostHandOver> costHandOvers(long runId) {
            return results.get(runId).costHandOvers();
        }

        @Override
        public PaymentRun changeState(long runId, RunState newState, String user) {
            PaymentRun r = find(runId).orElseThrow();
            PaymentRun changed = new PaymentRun(r.id(), r.careChoice(), r.period(), r.rulebookYear(), newState,
                    r.inputsFingerprint(), r.approvedMonthsRead(), r.createdBy(), r.createdAt(), user, r.createdAt(),
                    r.correctsRunId(), r.total());
            runs.set(runs.indexOf(r), changed);
            return changed;
        }
    }
}
