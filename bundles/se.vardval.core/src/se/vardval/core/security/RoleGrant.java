package se.vardval.core.security;

/** A role held for one vårdval ({@code careChoice} its id) or for every vårdval ({@code careChoice} null). */
public record RoleGrant(Role role, String careChoice) {

    /** Whether the grant applies to every vårdval. */
    public boolean everyCareChoice() {
        return careChoice == null;
    }

    /** Whether the grant applies to a vårdval; a region-wide request ({@code null}) is covered by every grant. */
    public boolean covers(String requested) {
        return careChoice == null || requested == null || careChoice.equals(requested);
    }

    /** The grant in Swedish words, as a refusal names it, e.g. {@code attestant för halsoval}. */
    public String inSwedish() {
        if (role == Role.READ_ONLY) {
            return role.swedishTitle();
        }
        return role.swedishTitle() + (careChoice == null ? " för alla vårdval" : " för " + careChoice);
    }
}
