package se.vardval.persistence.internal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.vardval.core.domain.RulebookStatus;

/** A stored rulebook; its parameters are kept as JSON text. */
@Entity
@Table(name = "rulebook")
@NamedQuery(name = "Rulebook.byYear",
        query = "select r from RulebookEntity r where r.careChoice = :careChoice and r.year = :year")
@NamedQuery(name = "Rulebook.byCareChoice",
        query = "select r from RulebookEntity r where r.careChoice = :careChoice order by r.year")
public class RulebookEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rulebook_seq")
    @SequenceGenerator(name = "rulebook_seq", sequenceName = "rulebook_seq", allocationSize = 50)
    private long id;
    @Column(name = "care_choice")
    private String careChoice;
    @Column(name = "rulebook_year")
    private int year;
    @Column(name = "model_type")
    private String modelType;
    @Enumerated(EnumType.STRING)
    private RulebookStatus status;
    private String decision;
    @Lob
    private String parameters;
    @Version
    private long version;

    protected RulebookEntity() {
    }

    /** A new row for a vårdval and year. */
    public RulebookEntity(String careChoice, int year) {
        this.careChoice = careChoice;
        this.year = year;
    }

    /** Sets everything but the key. */
    public void apply(String modelType, RulebookStatus status, String decision, String parametersJson) {
        this.modelType = modelType;
        this.status = status;
        this.decision = decision;
        this.parameters = parametersJson;
    }

    /** The vårdval id. */
    public String careChoice() {
        return careChoice;
    }

    /** The calendar year the rulebook applies to. */
    public int year() {
        return year;
    }

    /** The model type id. */
    public String modelType() {
        return modelType;
    }

    /** Draft or decided. */
    public RulebookStatus status() {
        return status;
    }

    /** The decision reference. */
    public String decision() {
        return decision;
    }

    /** The parameters as JSON text. */
    public String parameters() {
        return parameters;
    }

    @Override
    public String toString() {
        return "Rulebook " + careChoice + " " + year;
    }
}
