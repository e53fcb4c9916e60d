package se.vardval.followup.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import se.vardval.core.service.IndicatorNames;

/** Offers the follow-up catalogue's indicator names, so that target payments are shown under them. */
@Component
public class CatalogIndicatorNames implements IndicatorNames {

    @Override
    public Optional<String> nameOf(String code) {
        return IndicatorCatalog.nameOf(code);
    }
}
