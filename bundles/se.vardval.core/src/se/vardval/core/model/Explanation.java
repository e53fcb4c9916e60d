package se.vardval.core.model;

import java.util.List;

/**
 * How an amount arose, as a table a person can read: a summary line, column headings, and one row per person,
 * visit or item behind the amount.
 */
public record Explanation(String summary, List<String> columns, List<List<String>> rows) {
}
