package se.vardval.engine;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.ListedPerson;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.model.Rulebook;
import se.vardval.core.model.RunInputs;
import se.vardval.core.model.RunWarning;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunDataSource;
import se.vardval.core.store.RunStore;

/** In-memory stores and a counting model: just enough world for the engine's rules, without a database. */
final class InMemoryWorld implements RunDataSource, ModelCatalog {

    final Map<String, CareChoice> careChoices = new HashMap<>();
    final Map<String, Rulebook> rulebooks = new HashMap<>();
    final List<PaymentRun> runs = new ArrayList<>();
    final Map<Long, List<PaymentLine>> lines = new HashMap<>();
    final List<Listing> listings = new ArrayList<>();
    final ReimbursementModel model = new CountingModel();
    final MasterDataStore masterData = masterDataProxy();
    final Rulebooks rulebookStore = new Rulebooks();
    final Runs runStore = new Runs();

    InMemoryWorld() {
        careChoices.put("demo", new CareChoice("demo", "Demo", "counting"));
    }

    void rulebook(int year, RulebookStatus status) {
        ObjectNode parameters = JsonNodeFactory.instance.objectNode().put("krPerListed", 100);
        rulebooks.put("demo" + year, new Rulebook("demo", "counting", year, status, null, parameters));
    }

    /** Pays {@code krPerListed} for each person listed on the first of the month. */
    private static final class CountingModel implements ReimbursementModel {

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
            return parameters.path("krPerListed").decimalValue().signum() < 0
                    ? List.of(new ParameterProblem("krPerListed", "must be >= 0")) : List.of();
        }

        @Override
        public LocalDate listingDay(JsonNode parameters, YearMonth period) {
            return period.atDay(1);
        }

        @Override
        public ModelResult calculate(RunInputs inputs) {
            Map<String, Integer> listed = new HashMap<>();
            inputs.forEachListedOn(listingDay(inputs.parameters(), inputs.period()),
                    p -> listed.merge(p.hsaId(), 1, Integer::sum));
            BigDecimal rate = inputs.parameters().get("krPerListed").decimalValue();
            List<PaymentLine> result = listed.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> new PaymentLine(e.getKey(), "LISTED", BigDecimal.valueOf(e.getValue()), rate,
                            rate.multiply(BigDecimal.valueOf(e.getValue()))))
                    .toList();
            return new ModelResult(result, List.of());
        }

        @Override
        public Explanation explain(RunInputs inputs, ExplainRequest request) {
            return new Explanation("counted", List.of(), List.of());
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
            public Optional<String> listedUnitOn(String personId, LocalDate day) {
                return Optional.empty();
            }

            @Override
            public Optional<String> listedUnitOn(String otherCareChoice, String personId, LocalDate day) {
                return Optional.empty();
            }

            @Override
            public void forEachActivity(Consumer<Activity> sink) {
                // this world has no activity
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
        };
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
                    default -> throw new UnsupportedOperationException(method.getName());
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
    }

    /** The stored runs and their lines. */
    final class Runs implements RunStore {

        @Override
        public PaymentRun create(PaymentRun run, List<PaymentLine> runLines, List<RunWarning> warnings) {
            BigDecimal total = runLines.stream().map(PaymentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            PaymentRun stored = new PaymentRun(runs.size() + 1L, run.careChoice(), run.period(), run.rulebookYear(),
                    run.state(), run.inputsFingerprint(), run.createdBy(), run.createdAt(), null, null, run.correctsRunId(),
                    total);
            runs.add(stored);
            lines.put(stored.id(), runLines);
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
            return List.of();
        }

        @Override
        public PaymentRun changeState(long runId, RunState newState, String user) {
            PaymentRun r = find(runId).orElseThrow();
            PaymentRun changed = new PaymentRun(r.id(), r.careChoice(), r.period(), r.rulebookYear(), newState,
                    r.inputsFingerprint(), r.createdBy(), r.createdAt(), user, r.createdAt(), r.correctsRunId(), r.total());
            runs.set(runs.indexOf(r), changed);
            return changed;
        }
    }
}
