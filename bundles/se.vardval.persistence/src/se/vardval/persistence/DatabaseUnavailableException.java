package se.vardval.persistence;

import se.vardval.core.service.UserError;

/** Thrown when the database cannot be reached or prepared; the message says which database and what to check. */
public class DatabaseUnavailableException extends UserError {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message a user can act on. */
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
