package se.vardval.exports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RunState;
import se.vardval.core.service.ComponentNaming;
import se.vardval.core.service.PaymentExports.Format;
import se.vardval.core.service.PaymentRunService;
import se.vardval.core.service.UserError;
import se.vardval.core.store.ComponentAccountStore;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RegionStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunStore;

/**
 * The documents that name the payer, the ersättningsbesked and the finance file, are refused before anything is read
 * or written while no region is registered.
 */
class PaymentExportServiceTest {

    private static final PaymentRun APPROVED = new PaymentRun(42, "halsoval", YearMonth.of(2020, 3), 2020,
            RunState.APPROVED, "sha256:x", null, "anna", Instant.parse("2020-04-02T08:00:00Z"), "bertil",
            Instant.parse("2020-04-03T08:00:00Z"), null, new BigDecimal("1255734.56"));

    @TempDir
    Path target;

    @ParameterizedTest
    @EnumSource(value = Format.class, names = { "PDF", "SIE4" })
    void withoutARegisteredRegionTheDocumentsNamingThePayerAreRefused(Format format) {
        RunStore runs = standIn(RunStore.class, "find", Optional.of(APPROVED));
        RegionStore noRegion = standIn(RegionStore.class, "find", Optional.empty());
        PaymentExportService exports = new PaymentExportService(runs, unused(MasterDataStore.class),
                unused(RulebookStore.class), unused(PaymentRunService.class), unused(ComponentAccountStore.class),
                unused(ComponentNaming.class), noRegion);

        UserError refused = assertThrows(UserError.class, () -> exports.export(42, format, target, "cecilia"));
        assertEquals("regionen som betalar är inte registrerad, och ersättningsbesked och ekonomifilen anger den; "
                + "registrera den med 'vardval region --county <länskod> --org-nr <NNNNNN-NNNN>' eller i klienten "
                + "under Arkiv › Regionen", refused.getMessage());
        assertEquals(0, target.toFile().list().length, "nothing written");
    }

    /** A service that answers {@code method} with {@code answer} and fails on anything else. */
    private static <T> T standIn(Class<T> type, String method, Object answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                (proxy, called, args) -> {
                    if (called.getName().equals(method)) {
                        return answer;
                    }
                    throw new AssertionError(type.getSimpleName() + "." + called.getName() + " was not expected");
                }));
    }

    private static <T> T unused(Class<T> type) {
        return standIn(type, "", null);
    }
}
