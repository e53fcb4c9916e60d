package se.vardval.core.store;

import se.vardval.core.service.UserError;

/** Thrown when a row was changed by someone else since the user read it; the user should reload and edit again. */
public class ConcurrentChangeException extends UserError {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the row. */
    public ConcurrentChangeException(String message) {
        super(message);
    }

    /** Creates the exception with a message naming the row and the database's signal. */
    public ConcurrentChangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
