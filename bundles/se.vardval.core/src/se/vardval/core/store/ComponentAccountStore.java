package se.vardval.core.store;

import se.vardval.core.domain.ComponentAccounts;

/** Each vårdval's setting of the finance account of every payment component, used by the finance export. */
public interface ComponentAccountStore {

    /** The vårdval's setting, or {@link ComponentAccounts#standard} when it has none. */
    ComponentAccounts find(String careChoice);

    /**
     * Stores a vårdval's setting, audited as entity {@code account_plan}.
     *
     * @throws se.vardval.core.service.UserError when the user is not an administrator of the vårdval, the vårdval
     *             does not exist or the setting has problems ({@link ComponentAccounts#problems()})
     */
    void save(ComponentAccounts accounts, String user);
}
