package se.vardval.persistence.internal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.vardval.core.domain.CareChoice;

/** A stored vårdval instance. */
@Entity
@Table(name = "care_choice")
public class CareChoiceEntity {

    @Id
    private String id;
    private String name;
    @Column(name = "model_type")
    private String modelType;
    @Column(name = "key_number")
    private int keyNumber;

    protected CareChoiceEntity() {
    }

    /** A new row for the record, numbered {@code keyNumber} in the listing table's keys. */
    public CareChoiceEntity(CareChoice careChoice, int keyNumber) {
        id = careChoice.id();
        this.keyNumber = keyNumber;
        apply(careChoice);
    }

    /** Copies the record's attributes (not its id). */
    public void apply(CareChoice careChoice) {
        name = careChoice.name();
        modelType = careChoice.modelType();
    }

    /** The row as a record. */
    public CareChoice toRecord() {
        return new CareChoice(id, name, modelType);
    }

    @Override
    public String toString() {
        return "Vårdval " + id;
    }
}
