package se.vardval.persistence.internal.jpa;

import java.math.BigDecimal;
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
import se.vardval.core.domain.Supplementary;

/** A stored tilläggsuppdrag, optimistically locked. */
@Entity
@Table(name = "supplementary")
@NamedQuery(name = "Supplementary.byKey", query = "select s from SupplementaryEntity s where"
        + " s.contractId = :contractId and s.code = :code and s.validFrom = :validFrom")
@NamedQuery(name = "Supplementary.byCareChoice", query = "select s from SupplementaryEntity s where s.contractId in"
        + " (select c.contractId from ContractEntity c where c.careChoice = :careChoice)"
        + " order by s.contractId, s.code, s.validFrom")
public class SupplementaryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplementary_seq")
    @SequenceGenerator(name = "supplementary_seq", sequenceName = "supplementary_seq", allocationSize = 50)
    private long id;
    @Column(name = "contract_id")
    private String contractId;
    private String code;
    private String name;
    @Column(name = "annual_amount")
    private BigDecimal annualAmount;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Version
    private long version;

    protected SupplementaryEntity() {
    }

    /** A new row for the record. */
    public SupplementaryEntity(Supplementary supplementary) {
        contractId = supplementary.contractId();
        code = supplementary.code();
        validFrom = supplementary.validFrom();
        apply(supplementary);
    }

    /** Copies the record's attributes (not its key). */
    public void apply(Supplementary supplementary) {
        name = supplementary.name();
        annualAmount = supplementary.annualAmount();
        validTo = supplementary.validTo();
    }

    /** The row as a record. */
    public Supplementary toRecord() {
        return new Supplementary(contractId, code, name, annualAmount, validFrom, validTo);
    }

    @Override
    public String toString() {
        return "Tilläggsuppdrag " + code + " of contract " + contractId;
    }
}
