package se.vardval.tandvard;

import java.time.LocalDate;
import java.util.List;

/**
 * The children listed at each clinic on a month's listing day as the Tandvård capitation counts them: by the
 * rulebook's age groups (labels such as {@code 3–6}) and care-need groups 1 to {@code careNeedGroups}, and those
 * outside the age limits, who bring nothing.
 */
public record ListedChildren(LocalDate listingDay, List<String> ageGroups, int careNeedGroups,
        List<Clinic> clinics) {

    /**
     * One clinic's listed children: {@code counts.get(ageGroup).get(careNeedGroup - 1)}, and the number outside the
     * age limits; a clinic without contract in the month has its HSA-id as name.
     */
    public record Clinic(String hsaId, String name, List<List<Integer>> counts, int outsideLimits) {

        /** The children of an age group (index in {@link ListedChildren#ageGroups()}) and care-need group 1–3. */
        public int count(int ageGroup, int careNeedGroup) {
            return counts.get(ageGroup).get(careNeedGroup - 1);
        }

        /** The children within the age limits. */
        public int paid() {
            return counts.stream().flatMap(List::stream).mapToInt(Integer::intValue).sum();
        }

        /** Every listed child, within the limits or not. */
        public int listed() {
            return paid() + outsideLimits;
        }
    }
}
