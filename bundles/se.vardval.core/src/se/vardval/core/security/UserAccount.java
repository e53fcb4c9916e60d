package se.vardval.core.security;

import java.util.List;
import java.util.stream.Collectors;

import se.vardval.core.service.UserError;

/** A user of the workbench with the roles granted; never carries a password or its hash. */
public record UserAccount(String name, List<RoleGrant> grants) {

    /** Copies the grants. */
    public UserAccount {
        grants = List.copyOf(grants);
    }

    /** Whether one of the grants allows the write in a vårdval ({@code null}: region-wide data). */
    public boolean may(Permission permission, String careChoice) {
        return grants.stream().anyMatch(grant -> permission.allowedBy(grant, careChoice));
    }

    /**
     * Refuses a write the grants do not allow.
     *
     * @throws UserError e.g. "anna may not approve payments in halsoval: anna is read-only"
     */
    public void require(Permission permission, String careChoice) {
        if (!may(permission, careChoice)) {
            throw new UserError(name + " may not " + permission.action()
                    + (careChoice == null ? "" : " in " + careChoice) + ": " + name + " is " + roles());
        }
    }

    /** The grants in words, e.g. {@code approver of halsoval, read-only}. */
    public String roles() {
        return grants.isEmpty() ? "without a role"
                : grants.stream().map(RoleGrant::toString).collect(Collectors.joining(", "));
    }
}
