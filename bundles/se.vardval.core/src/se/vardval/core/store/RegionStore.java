package se.vardval.core.store;

import java.util.Optional;

import se.vardval.core.domain.Region;

/** The region (huvudman) the database serves: one, registered by an administrator of every part of the register. */
public interface RegionStore {

    /** The registered region, if one is. */
    Optional<Region> find();

    /**
     * Registers the region, or changes it, audited as entity {@code region}.
     *
     * @throws se.vardval.core.service.UserError when the user may not change the register
     */
    void save(Region region, String user);
}
