package se.vardval.exports;

import java.util.Map;

import se.vardval.core.domain.ComponentAccounts;

/**
 * How a vårdval's payments are booked in the finance system: the cost account of each component (else the default
 * account), the counter account the payable is credited to, the voucher series and the name of the region in the
 * books.
 */
public record AccountPlan(String companyName, String series, String defaultAccount, Map<String, String> accounts,
        String counterAccount, Map<String, String> accountNames) {

    /** The plan used when the vårdval has none: everything on 4540 Köpt vård against 2440 Leverantörsskulder. */
    public static AccountPlan defaults() {
        return new AccountPlan("Regionen", "A", ComponentAccounts.STANDARD_ACCOUNT, Map.of(), "2440",
                Map.of(ComponentAccounts.STANDARD_ACCOUNT, "Köpt vård", "2440", "Leverantörsskulder"));
    }

    /** The default plan with the vårdval's setting of the account of each component. */
    public static AccountPlan of(ComponentAccounts setting) {
        AccountPlan defaults = defaults();
        return new AccountPlan(defaults.companyName(), defaults.series(), setting.defaultAccount(),
                setting.accounts(), defaults.counterAccount(), defaults.accountNames());
    }

    /** The cost account of a component. */
    public String account(String component) {
        return accounts.getOrDefault(component, defaultAccount);
    }

    /** The name of an account, or the account number when the plan names none. */
    public String accountName(String account) {
        return accountNames.getOrDefault(account, account);
    }
}
