package se.vardval.core.model;

/**
 * A kr-per-point annual rate that budget calibration may solve: its parameter path (e.g. {@code cni.krPerIndexPoint}),
 * the payment component whose lines it prices (e.g. {@code CNI}) and the decimals it is written with by default.
 * The rate is annual and paid by twelfths: a unit's line of the component in a month is its points × rate / 12,
 * rounded once.
 */
public record CalibratableRate(String path, String component, int decimals) {
}
