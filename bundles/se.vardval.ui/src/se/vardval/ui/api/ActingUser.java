package se.vardval.ui.api;

/**
 * The user the client acts as, in the workbench's context: every write is made in this name and the service layer
 * checks that user's roles. On the embedded database it is the seeded {@code demo} administrator (or {@code
 * -Dvardval.user}); on a shared server the user who logged in.
 */
public record ActingUser(String name) {
}
