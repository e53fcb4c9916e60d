package se.vardval.persistence.internal.jdbc;

/**
 * A record's natural key in the order of the primary key's index: the number of its leading person or bigint column,
 * when it has one, then the text of its other key columns ({@link NaturalKey}).
 */
record SortKey(long leadingNumber, String rest) implements Comparable<SortKey> {

    /** The leading number of a key whose first column is no number. */
    static final long NO_NUMBER = -1;

    @Override
    public int compareTo(SortKey other) {
        int byNumber = Long.compare(leadingNumber, other.leadingNumber);
        return byNumber != 0 ? byNumber : rest.compareTo(other.rest);
    }
}
