package se.vardval.persistence.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.vardval.core.domain.Contract;

/** A stored contract row (one unit of a contract), optimistically locked. */
@Entity
@Table(name = "contract")
@NamedQuery(name = "Contract.byKey",
        query = "select c from ContractEntity c where c.contractId = :contractId and c.hsaId = :hsaId")
@NamedQuery(name = "Contract.byId", query = "select c from ContractEntity c where c.contractId = :contractId")
@NamedQuery(name = "Contract.byCareChoice",
        query = "select c from ContractEntity c where c.careChoice = :careChoice order by c.contractId, c.hsaId")
public class ContractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_seq")
    @SequenceGenerator(name = "contract_seq", sequenceName = "contract_seq", allocationSize = 50)
    private long id;
    @Column(name = "contract_id")
    private String contractId;
    @Column(name = "care_choice")
    private String careChoice;
    @Column(name = "org_nr")
    private String orgNr;
    @Column(name = "hsa_id")
    private String hsaId;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Version
    private long version;

    protected ContractEntity() {
    }

    /** A new row for the record. */
    public ContractEntity(Contract contract) {
        contractId = contract.contractId();
        hsaId = contract.hsaId();
        apply(contract);
    }

    /** Copies the record's attributes (not its key). */
    public void apply(Contract contract) {
        careChoice = contract.careChoice();
        orgNr = contract.orgNr();
        validFrom = contract.validFrom();
        validTo = contract.validTo();
    }

    /** The row as a record. */
    public Contract toRecord() {
        return new Contract(contractId, careChoice, orgNr, hsaId, validFrom, validTo);
    }

    @Override
    public String toString() {
        return "Contract " + contractId + " for unit " + hsaId;
    }
}
