package se.vardval.core.security;

import java.util.List;
import java.util.Optional;
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
     * @throws UserError with the {@link #refusal}
     */
    public void require(Permission permission, String careChoice) {
        refusal(permission, careChoice).ifPresent(refused -> {
            throw new UserError(refused);
        });
    }

    /**
     * Why the grants do not allow a write, naming what it needs, e.g. "anna får inte attestera utbetalningar i
     * halsoval: det kräver rollen attestant för halsoval, och att någon annan än den som beräknade körningen
     * attesterar den; anna är läsbehörig"; empty when they allow it.
     */
    public Optional<String> refusal(Permission permission, String careChoice) {
        return may(permission, careChoice) ? Optional.empty()
                : Optional.of(name + " får inte " + permission.action() + (careChoice == null ? "" : " i " + careChoice)
                        + ": det kräver " + permission.requirement(careChoice) + "; " + name + " är "
                        + rolesInSwedish());
    }

    /** The grants in Swedish words, as a refusal names them, e.g. {@code attestant för halsoval, läsbehörig}. */
    public String rolesInSwedish() {
        return grants.isEmpty() ? "utan roll"
                : grants.stream().map(RoleGrant::inSwedish).collect(Collectors.joining(", "));
    }
}
