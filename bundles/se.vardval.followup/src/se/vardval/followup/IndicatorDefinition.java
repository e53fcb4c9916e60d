package se.vardval.followup;

/**
 * What an indicator code means to a reader of the comparison page: its Swedish name and description, how its value
 * is shown, and whether it is imported or computed from activities.
 */
public record IndicatorDefinition(String code, String name, String description, IndicatorScale scale,
        boolean computed) {
}
