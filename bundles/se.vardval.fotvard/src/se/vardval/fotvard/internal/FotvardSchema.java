package se.vardval.fotvard.internal;

import org.osgi.service.component.annotations.Component;

import se.vardval.core.store.SchemaContribution;

/** The plugin's own table of referrals from {@code referrals.csv}, {@code fotvard_referral}. */
@Component(service = SchemaContribution.class)
public final class FotvardSchema implements SchemaContribution {

    @Override
    public String changelogPath() {
        return "db/fotvard.changelog.yaml";
    }

    @Override
    public ClassLoader classLoader() {
        return FotvardSchema.class.getClassLoader();
    }
}
