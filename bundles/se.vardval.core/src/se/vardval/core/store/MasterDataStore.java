package se.vardval.core.store;

import java.util.List;
import java.util.Optional;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.domain.Unit;
import se.vardval.core.service.UserError;

/** The region's register: vårdval instances, providers, units, contracts and tilläggsuppdrag. Writes are audited. */
public interface MasterDataStore {

    /** Every vårdval instance of the region, ordered by id. */
    List<CareChoice> careChoices();

    /** The vårdval instance with this id. */
    Optional<CareChoice> careChoice(String id);

    /**
     * The registered vårdval instance with this id.
     *
     * @throws UserError naming the id when no vårdval has it
     */
    default CareChoice registeredCareChoice(String id) {
        return careChoice(id).orElseThrow(() -> new UserError("det finns inget vårdval '" + id + "'"));
    }

    /**
     * Refuses a unit sought that the register does not hold, which an explanation or a filter by it would otherwise
     * report as paid or holding nothing; null (no unit sought) passes.
     *
     * @throws UserError naming the HSA-id when no registered unit has it
     */
    default void requireUnit(String hsaId) {
        if (hsaId != null && units().stream().noneMatch(unit -> unit.hsaId().equals(hsaId))) {
            throw new UserError("det finns ingen enhet med HSA-id " + hsaId + " i registret");
        }
    }

    /** Creates or updates a vårdval instance. */
    void saveCareChoice(CareChoice careChoice, String user);

    /**
     * Registers a new vårdval instance.
     *
     * @throws UserError when a vårdval with its id exists
     */
    void createCareChoice(CareChoice careChoice, String user);

    /** Every provider, ordered by organisationsnummer. */
    List<Provider> providers();

    /** Creates or updates a provider. */
    void saveProvider(Provider provider, String user);

    /**
     * Registers a new provider.
     *
     * @throws UserError when a provider with its organisationsnummer exists
     */
    void createProvider(Provider provider, String user);

    /**
     * Changes a provider the user read as {@code before} (same organisationsnummer).
     *
     * @throws ConcurrentChangeException when someone else changed or removed it since it was read
     */
    void updateProvider(Provider before, Provider after, String user);

    /** Every unit, ordered by HSA-id. */
    List<Unit> units();

    /** Creates or updates a unit. */
    void saveUnit(Unit unit, String user);

    /**
     * Registers a new unit of a registered provider.
     *
     * @throws UserError when a unit with its HSA-id exists or its provider is not registered
     */
    void createUnit(Unit unit, String user);

    /**
     * Changes a unit the user read as {@code before} (same HSA-id).
     *
     * @throws ConcurrentChangeException when someone else changed or removed it since it was read
     */
    void updateUnit(Unit before, Unit after, String user);

    /** The contract rows of a vårdval, ordered by contract id and HSA-id. */
    List<Contract> contracts(String careChoice);

    /** Creates or updates a contract row (natural key: contract id and HSA-id). */
    void saveContract(Contract contract, String user);

    /**
     * Registers a new contract row: a registered unit of the contract's provider covered by a new contract, or by an
     * existing contract of the same vårdval and provider.
     *
     * @throws UserError when the row exists, the vårdval, provider or unit is not registered, the unit belongs to
     *             another provider, or the contract id is another vårdval's or provider's
     */
    void createContract(Contract contract, String user);

    /**
     * Changes a contract row the user read as {@code before} (same contract id and HSA-id).
     *
     * @throws ConcurrentChangeException when someone else changed or removed it since it was read
     */
    void updateContract(Contract before, Contract after, String user);

    /** The tilläggsuppdrag of a vårdval's contracts. */
    List<Supplementary> supplementaries(String careChoice);

    /** Creates or updates a tilläggsuppdrag (natural key: contract id, code and valid-from). */
    void saveSupplementary(Supplementary supplementary, String user);

    /**
     * Changes a tilläggsuppdrag as the user read it ({@code before}) to {@code after}, with the same natural key.
     *
     * @throws ConcurrentChangeException when someone else changed or removed it since it was read
     */
    void updateSupplementary(Supplementary before, Supplementary after, String user);
}
