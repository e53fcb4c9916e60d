package se.vardval.core.service;

import java.io.Serial;

/** A request that cannot be carried out because of what the user asked or supplied; its message is for the user. */
public class UserError extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message a user can act on. */
    public UserError(String message) {
        super(message);
    }

    /** Creates the error with a message a user can act on and the technical cause behind it. */
    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
