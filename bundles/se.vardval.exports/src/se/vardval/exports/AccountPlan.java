package se.vardval.exports;

import java.util.Map;

import se.vardval.core.domain.ComponentAccounts;
import se.vardval.core.domain.Region;

/**
 * How a vårdval's payments are booked in the finance system of the region that pays them: the cost account of each
 * component (else the default account), the counter account the payable is credited to and the voucher series.
 */
public record AccountPlan(Region payer, String series, String defaultAccount, Map<String, String> accounts,
        String counterAccount, Map<String, String> accountNames) {

    /**
     * The region's plan with the vårdval's setting of the account of each component, in series A against 2440
     * Leverantörsskulder (the standard account named Köpt vård).
     */
    public static AccountPlan of(Region payer, ComponentAccounts setting) {
        return new AccountPlan(payer, "A", setting.defaultAccount(), setting.accounts(), "2440",
                Map.of(ComponentAccounts.STANDARD_ACCOUNT, "Köpt vård", "2440", "Leverantörsskulder"));
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
