package se.vardval.core.service;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes a payment run's outputs: the payment specification (CSV), the workbook (xlsx), the rejected items (CSV),
 * each provider's ersättningsbesked (PDF) and the voucher for the finance system (SIE4).
 */
public interface PaymentExports {

    /** The output formats. */
    enum Format {
        /** The payment specification of data-formats.md. */
        CSV,
        /** A workbook with a summary sheet and one sheet per provider. */
        XLSX,
        /** The run's rejected items with their reasons, one row each (every provider's: for administrators). */
        REJECTIONS,
        /** One ersättningsbesked per provider, in Swedish; only for an approved run. */
        PDF,
        /** One voucher for the finance system; only for an approved run, which it marks EXPORTED. */
        SIE4
    }

    /**
     * Writes a run in a format and returns the files written. {@code target} is the file to write, or for
     * {@link Format#PDF} the directory to write one file per provider into; a directory target (or null for the
     * current directory) gets the conventional file names.
     *
     * @throws UserError when the run does not exist, a provider document or finance file is asked for a run that is
     *             not approved, or the target cannot be written
     */
    List<Path> export(long runId, Format format, Path target, String user);
}
