package se.vardval.persistence.internal.jdbc;

/**
 * A record's natural key in the order of the primary key's index: the number of its leading person column, when it has
 * one, then the text of its other key columns ({@link NaturalKey}).
 */
record SortKey(long leadingPerson, String rest) implements Comparable<SortKey> {

    /** The leading number of a key whose first column is no person. */
    static final long NO_PERSON = -1;

    @Override
    public int compareTo(SortKey other) {
        int byPerson = Long.compare(leadingPerson, other.leadingPerson);
        return byPerson != 0 ? byPerson : rest.compareTo(other.rest);
    }
}
