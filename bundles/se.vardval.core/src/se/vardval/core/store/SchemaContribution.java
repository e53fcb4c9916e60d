package se.vardval.core.store;

/**
 * Database tables a plugin adds, as a Liquibase changelog in its own bundle; registered as an OSGi service and applied
 * by the persistence layer after the core schema, so no central list names plugin tables.
 */
public interface SchemaContribution {

    /** The changelog's resource path in the plugin, unique across plugins, e.g. {@code db/fotvard.changelog.yaml}. */
    String changelogPath();

    /** The class loader that finds the changelog and the files it includes (the plugin bundle's class loader). */
    ClassLoader classLoader();
}
