package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import liquibase.Scope;
import liquibase.analytics.LiquibaseAnalyticsListener;
import liquibase.analytics.configuration.AnalyticsArgs;

class SchemaMigrationTest {

    @Test
    void liquibaseSendsNoUsageAnalytics() throws Exception {
        Map<String, Object> migration = SchemaMigration.scope(getClass().getClassLoader());

        assertNull(in(Map.of(), AnalyticsArgs.ENABLED::getCurrentValue), "left to what Liquibase's servers say");
        assertEquals(Boolean.FALSE, in(migration, AnalyticsArgs.ENABLED::getCurrentValue));
        assertFalse(in(migration, () -> new LiquibaseAnalyticsListener().isEnabled()));
    }

    private static <T> T in(Map<String, Object> scope, Callable<T> reading) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Scope.class.getClassLoader());
        try {
            return Scope.child(scope, reading::call);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
