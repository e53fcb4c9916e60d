package se.vardval.core.service;

import java.io.Serial;

/** The user cancelled a calculation before it was stored; nothing was changed. */
public class RunCancelledException extends UserError {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Creates the exception naming what was cancelled. */
    public RunCancelledException(String message) {
        super(message);
    }
}
