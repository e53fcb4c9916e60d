package se.vardval.core.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A kind of write and the roles that allow it. */
public enum Permission {
    /** Change vårdval, providers, units, contracts and tilläggsuppdrag. */
    EDIT_REGISTER("ändra registret", false, Role.ADMINISTRATOR),
    /** Change a vårdval's settings, such as the finance account of each payment component. */
    EDIT_SETTINGS("ändra inställningarna", false, Role.ADMINISTRATOR),
    /** Import listings, activities and the other files. */
    IMPORT("importera filer", false, Role.ADMINISTRATOR),
    /** Import, draft, edit and index rulebooks. */
    EDIT_RULEBOOK("redigera förfrågningsunderlag", false, Role.ADMINISTRATOR),
    /** Decide a draft rulebook. */
    DECIDE_RULEBOOK("besluta förfrågningsunderlag", false, Role.ADMINISTRATOR),
    /** Calculate payment runs and correction runs. */
    RUN("beräkna ersättningar", false, Role.ADMINISTRATOR),
    /** Propose payments decided outside the model (e.g. deficit compensation) and save their calculation. */
    PROPOSE_PAYMENT("föreslå utbetalningar för beslut", false, Role.ADMINISTRATOR),
    /** Decide such payments, after which the month's payment run pays them. */
    DECIDE_PAYMENT("besluta utbetalningar", false, Role.ADMINISTRATOR),
    /** Attest calculated payment runs. */
    APPROVE("attestera utbetalningar", "och att någon annan än den som beräknade körningen attesterar den", false,
            Role.APPROVER),
    /** Hand an approved run to the finance system. */
    EXPORT_TO_FINANCE("exportera utbetalningar till ekonomisystemet", false, Role.ADMINISTRATOR, Role.APPROVER),
    /** Add users, set their passwords and grant or revoke roles; needs an administrator of every vårdval. */
    MANAGE_USERS("administrera användare", true, Role.ADMINISTRATOR);

    private final String action;
    private final String also;
    private final boolean everyCareChoice;
    private final Set<Role> roles;

    Permission(String action, boolean everyCareChoice, Role first, Role... more) {
        this(action, "", everyCareChoice, first, more);
    }

    Permission(String action, String also, boolean everyCareChoice, Role first, Role... more) {
        this.action = action;
        this.also = also;
        this.everyCareChoice = everyCareChoice;
        this.roles = EnumSet.of(first, more);
    }

    /** The write in Swedish words, as a refusal names it, e.g. {@code attestera utbetalningar}. */
    public String action() {
        return action;
    }

    /**
     * What the write needs, in Swedish words as a refusal names it, e.g. {@code rollen attestant för halsoval, och att
     * någon annan än den som beräknade körningen attesterar den}.
     */
    public String requirement(String careChoice) {
        String needed = (roles.size() == 1 ? "rollen " : "någon av rollerna ")
                + roles.stream().map(Role::swedishTitle).collect(Collectors.joining(" eller "))
                + (everyCareChoice ? " för alla vårdval" : careChoice == null ? "" : " för " + careChoice);
        return also.isEmpty() ? needed : needed + ", " + also;
    }

    /** Whether a grant allows this write in the requested vårdval ({@code null}: region-wide data). */
    public boolean allowedBy(RoleGrant grant, String careChoice) {
        return roles.contains(grant.role()) && (everyCareChoice ? grant.everyCareChoice() : grant.covers(careChoice));
    }
}
