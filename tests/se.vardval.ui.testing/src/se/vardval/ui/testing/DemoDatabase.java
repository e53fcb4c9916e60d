package se.vardval.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.time.YearMonth;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.Rulebook;
import se.vardval.core.security.Role;
import se.vardval.core.security.RoleGrant;
import se.vardval.core.security.UserDirectory;
import se.vardval.core.service.DemoRegion;
import se.vardval.core.service.PaymentRunService;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunStore;

/**
 * The test runtime's workbench database filled with a small demo region (the demo generator at 2 000 persons) and
 * Hälsoval paid for January and February 2020, so that a test can calculate March against earlier months.
 */
public final class DemoDatabase {

    /** The demo's vårdval. */
    public static final String CARE_CHOICE = "halsoval";

    /** The administrator of every vårdval the embedded database is seeded with. */
    public static final String ADMINISTRATOR = "demo";

    private static final String OTHER_ADMINISTRATOR = "karin";
    private static final String APPROVER = "per";
    private static final String READ_ONLY = "olle";
    private static final int PERSONS = 2_000;
    private static final long SEED = 20_200_301L;

    private DemoDatabase() {
    }

    /** Loads the demo region and the two earlier months once per database. */
    public static synchronized void ensure() throws IOException, InterruptedException {
        MasterDataStore masterData = service(MasterDataStore.class);
        if (masterData.careChoices().isEmpty()) {
            service(DemoRegion.class).load(Files.createTempDirectory("vardval-ui-demo"), PERSONS, SEED, ADMINISTRATOR,
                    line -> {
                    });
        }
        if (service(RunStore.class).list(CARE_CHOICE).isEmpty()) {
            PaymentRunService runner = service(PaymentRunService.class);
            runner.run(CARE_CHOICE, YearMonth.of(2020, 1), ADMINISTRATOR);
            runner.run(CARE_CHOICE, YearMonth.of(2020, 2), ADMINISTRATOR);
        }
    }

    /** A second administrator of every vårdval (karin), added to the demo database once. */
    public static synchronized String otherAdministrator() throws InterruptedException {
        UserDirectory users = service(UserDirectory.class);
        if (users.account(OTHER_ADMINISTRATOR).isEmpty()) {
            users.add(OTHER_ADMINISTRATOR, "karins lösenord".toCharArray(), new RoleGrant(Role.ADMINISTRATOR, null),
                    ADMINISTRATOR);
        }
        return OTHER_ADMINISTRATOR;
    }

    /** An approver (attestant) of every vårdval (per), added to the demo database once. */
    public static synchronized String approver() throws InterruptedException {
        UserDirectory users = service(UserDirectory.class);
        if (users.account(APPROVER).isEmpty()) {
            users.add(APPROVER, "pers lösenord".toCharArray(), new RoleGrant(Role.APPROVER, null), ADMINISTRATOR);
        }
        return APPROVER;
    }

    /** A user who may read everything and change nothing (olle), added to the demo database once. */
    public static synchronized String readOnlyUser() throws InterruptedException {
        UserDirectory users = service(UserDirectory.class);
        if (users.account(READ_ONLY).isEmpty()) {
            users.add(READ_ONLY, "olles lösenord".toCharArray(), new RoleGrant(Role.READ_ONLY, null), ADMINISTRATOR);
        }
        return READ_ONLY;
    }

    /** A draft rulebook of {@code year} copied from the vårdval's decided rulebook of {@code from}, saved once. */
    public static synchronized void draft(String careChoice, int from, int year) throws InterruptedException {
        RulebookStore rulebooks = service(RulebookStore.class);
        if (rulebooks.find(careChoice, year).isEmpty()) {
            Rulebook decided = rulebooks.find(careChoice, from).orElseThrow();
            rulebooks.save(new Rulebook(careChoice, decided.modelType(), year, RulebookStatus.DRAFT, null,
                    decided.parameters().deepCopy()), ADMINISTRATOR);
        }
    }

    /** A service of the test runtime, waiting for it to start. */
    public static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(DemoDatabase.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(60_000);
        if (service == null) {
            throw new IllegalStateException(type.getSimpleName() + " did not start in the test runtime");
        }
        return service;
    }
}
