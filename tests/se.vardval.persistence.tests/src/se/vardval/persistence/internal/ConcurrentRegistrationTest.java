package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;


import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.vardval.core.domain.AuditEntry;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Provider;
import se.vardval.core.service.UserError;

/**
 * Registrations at the same moment by two administrators: two vårdval are both registered, each with a number of its
 * own in the listing keys; the same vårdval or provider registered twice at once is registered once and refused once,
 * never overwritten by the other registration.
 */
class ConcurrentRegistrationTest extends BackendTest {

    private static final int ROUNDS = 12;

    private final ExecutorService administrators = Executors.newFixedThreadPool(2);

    @AfterAll
    void stopAdministrators() {
        administrators.shutdownNow();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void twoVardvalRegisteredAtOnceAreBothRegisteredWithNumbersOfTheirOwn(Backend backend) throws Exception {
        JpaMasterDataStore store = new JpaMasterDataStore(backend.database(), backend.users());
        for (int round = 1; round <= ROUNDS; round++) {
            List<String> outcomes = registerAtOnce(store, List.of("a" + round, "b" + round));
            assertEquals(List.of("a" + round, "b" + round), outcomes, "round " + round);
        }
        List<Long> numbers = Sql.longs(backend.dataSource(), "select key_number from care_choice"
                + " where id like 'a%' or id like 'b%'");
        assertEquals(2 * ROUNDS, numbers.size());
        assertEquals(2 * ROUNDS, new HashSet<>(numbers).size(), "each vårdval has a number of its own");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theSameVardvalRegisteredTwiceAtOnceIsRegisteredOnceAndRefusedOnce(Backend backend) throws Exception {
        JpaMasterDataStore store = new JpaMasterDataStore(backend.database(), backend.users());
        for (int round = 1; round <= ROUNDS; round++) {
            String id = "same" + round;
            List<String> outcomes = registerAtOnce(store, List.of(id, id));
            assertEquals(Set.of(id, "Vårdvalet " + id + " finns redan."), new HashSet<>(outcomes),
                    "round " + round);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theSameProviderRegisteredTwiceAtOnceIsRegisteredOnceAndNotOverwritten(Backend backend) throws Exception {
        JpaMasterDataStore store = new JpaMasterDataStore(backend.database(), backend.users());
        for (int round = 1; round <= ROUNDS; round++) {
            String orgNr = orgNr(round);
            List<String> outcomes = atOnce(List.of("Anna AB", "Bertil AB"), name -> {
                store.createProvider(new Provider(orgNr, name, Ownership.PRIVATE), "anna");
                return name;
            });
            String refusal = "Vårdgivaren " + orgNr + " finns redan.";
            assertTrue(outcomes.contains(refusal), "round " + round + ": " + outcomes);
            String registered = outcomes.get(1 - outcomes.indexOf(refusal));
            assertEquals(List.of(registered), store.providers().stream().filter(p -> p.orgNr().equals(orgNr))
                    .map(Provider::name).toList(), "round " + round);
            assertEquals(List.of("CREATE"), new JpaAuditLog(backend.database()).entries("provider", 100).stream()
                    .filter(e -> e.entityKey().equals(orgNr)).map(AuditEntry::action).toList());
        }
    }

    /** Registers each vårdval on a thread of its own, all released together; the id registered or the refusal. */
    private List<String> registerAtOnce(JpaMasterDataStore store, List<String> ids) throws Exception {
        return atOnce(ids, id -> {
            store.createCareChoice(new CareChoice(id, "Vårdval " + id, "halsoval"), "anna");
            return id;
        });
    }

    /** Runs the registration of each argument on a thread of its own, all released together; its result or refusal. */
    private List<String> atOnce(List<String> arguments, Registration registration) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> registrations = new ArrayList<>();
        for (String argument : arguments) {
            registrations.add(administrators.submit(() -> {
                start.await();
                try {
                    return registration.register(argument);
                } catch (UserError refused) {
                    return refused.getMessage();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> outcome : registrations) {
            outcomes.add(outcome.get());
        }
        return outcomes;
    }

    /** One administrator's registration. */
    @FunctionalInterface
    private interface Registration {

        String register(String argument);
    }

    /** A valid organisationsnummer of a private company, one a round. */
    private static String orgNr(int round) {
        String nine = String.format("5569%05d", round);
        return nine + PersonId.checkDigit(nine);
    }

}
