package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.DecidedPayment;
import se.vardval.core.service.UserError;
import se.vardval.core.store.StoredDocument;

/** Decided payments are stored once and read per month (also as run inputs); documents are saved and replaced. */
class DecidedPaymentsAndDocumentsTest extends BackendTest {

    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    @ParameterizedTest
    @MethodSource("backends")
    void aDecidedPaymentIsStoredOnceAndReadWithItsMonth(Backend backend) {
        JdbcDecidedPaymentStore store = new JdbcDecidedPaymentStore(backend.database());
        DecidedPayment first = payment("SE2321000016-P1", "700100.004");
        DecidedPayment second = payment("SE2321000016-P2", "246850");
        store.add(List.of(second, first), "anna");

        List<DecidedPayment> stored = store.list("halsoval", MARCH);
        assertEquals(List.of("SE2321000016-P1", "SE2321000016-P2"), stored.stream().map(DecidedPayment::hsaId)
                .toList());
        assertEquals(new BigDecimal("700100.00"), stored.get(0).amount(), "rounded to öre");
        assertEquals("RS 2025-05-27 § 85", stored.get(0).decision());
        assertEquals(List.of(), store.list("halsoval", MARCH.plusMonths(1)));
        assertEquals(2, store.byOrigin("halsoval", "deficit compensation 2024").size());
        assertEquals(stored, new StoredRunInputs(backend.database().dataSource(),
                new CareChoice("halsoval", "Hälsoval", "halsoval"), MARCH,
                new ObjectMapper().createObjectNode()).decidedPayments());

        DecidedPayment third = payment("SE2321000016-P3", "1");
        UserError twice = assertThrows(UserError.class, () -> store.add(List.of(third, first), "bertil"));
        assertTrue(twice.getMessage().contains("är redan beslutad (RS 2025-05-27 § 85) och betalas ut i 2025-03"),
                twice.getMessage());
        assertEquals(2, store.list("halsoval", MARCH).size(), "nothing of the refused batch is stored");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aDocumentIsSavedReplacedAndListedByName(Backend backend) throws Exception {
        JdbcDocumentStore store = new JdbcDocumentStore(backend.database());
        ObjectMapper json = new ObjectMapper();
        store.save("scenario", "halsoval", "b", json.readTree("{\"kr\":1.50}"), "anna");
        store.save("scenario", "halsoval", "a", json.readTree("{\"kr\":2}"), "anna");
        store.save("scenario", "halsoval", "b", json.readTree("{\"kr\":3.25,\"text\":\"åäö\"}"), "bertil");
        store.save("proposal", "halsoval", "a", json.readTree("{}"), "anna");

        StoredDocument b = store.find("scenario", "halsoval", "b").orElseThrow();
        assertEquals(new BigDecimal("3.25"), b.content().get("kr").decimalValue());
        assertEquals("åäö", b.content().get("text").asText());
        assertEquals("bertil", b.savedBy());
        assertEquals(List.of("a", "b"), store.list("scenario", "halsoval").stream().map(StoredDocument::name)
                .toList());
        assertTrue(store.find("scenario", "tandvard", "b").isEmpty());
    }

    private static DecidedPayment payment(String hsaId, String amount) {
        return new DecidedPayment("halsoval", MARCH, hsaId, "DEFICIT_COMPENSATION", new BigDecimal(amount),
                "deficit compensation 2024", "RS 2025-05-27 § 85");
    }
}
