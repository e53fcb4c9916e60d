package se.vardval.cli;

import java.math.BigDecimal;

import picocli.CommandLine.ITypeConverter;

/**
 * Reads an option's or parameter's decimal number as a Swedish administrator types it, with a decimal comma
 * ({@code 2,3}, {@code -0,4}) or point ({@code 2.3}), and refuses anything else with the reason in Swedish.
 */
final class DecimalConverter implements ITypeConverter<BigDecimal> {

    @Override
    public BigDecimal convert(String value) {
        return SwedishNumbers.parse(value).orElseThrow(() -> new ParameterErrors.Refusal(
                "ange ett tal med decimalkomma eller decimalpunkt, t.ex. 2,3 eller -0,4"));
    }
}
