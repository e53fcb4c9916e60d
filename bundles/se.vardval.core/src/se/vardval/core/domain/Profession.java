package se.vardval.core.domain;

/** The profession of the clinician who made a contact. */
public enum Profession {
    /** Physician. */
    DOCTOR,
    /** Nurse. */
    NURSE,
    /** Physiotherapist. */
    PHYSIO,
    /** Psychologist. */
    PSYCHOLOGIST,
    /** Dentist. */
    DENTIST,
    /** Dental hygienist. */
    DENTAL_HYGIENIST,
    /** Podiatrist (medicinsk fotterapeut). */
    PODIATRIST,
    /** Any other profession. */
    OTHER;

    /** The profession as a Swedish administrator reads it: {@code läkare}, {@code sjuksköterska}. */
    public String swedishName() {
        return switch (this) {
            case DOCTOR -> "läkare";
            case NURSE -> "sjuksköterska";
            case PHYSIO -> "fysioterapeut";
            case PSYCHOLOGIST -> "psykolog";
            case DENTIST -> "tandläkare";
            case DENTAL_HYGIENIST -> "tandhygienist";
            case PODIATRIST -> "medicinsk fotterapeut";
            case OTHER -> "annan yrkesgrupp";
        };
    }
}
