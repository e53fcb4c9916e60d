package se.vardval.persistence.internal.jpa;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import se.vardval.core.domain.ComponentAccounts;

/** A vårdval's finance accounts: the default account and a row per component booked on another account. */
@Entity
@Table(name = "account_plan")
public class AccountPlanEntity {

    @Id
    @Column(name = "care_choice")
    private String careChoice;
    @Column(name = "default_account")
    private String defaultAccount;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_plan_component", joinColumns = @JoinColumn(name = "care_choice"))
    @MapKeyColumn(name = "component")
    @Column(name = "account")
    private Map<String, String> accounts = new HashMap<>();

    protected AccountPlanEntity() {
    }

    /** A new row for the vårdval. */
    public AccountPlanEntity(String careChoice) {
        this.careChoice = careChoice;
    }

    /** Copies the setting's accounts. */
    public void apply(ComponentAccounts setting) {
        defaultAccount = setting.defaultAccount();
        accounts.clear();
        accounts.putAll(setting.accounts());
    }

    /** The row as a record. */
    public ComponentAccounts toRecord() {
        return new ComponentAccounts(careChoice, defaultAccount, accounts);
    }
}
