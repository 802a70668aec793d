package dev.kaa.bytecode.marshal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text form of floats in {@code marshal} types {@code 'f'} and {@code 'x'} (formats 0 and 1,
 * which CPython still reads): the syntax of {@code PyOS_string_to_double}, no spaces, no
 * underscores.
 *
 * <p>Thread safety: stateless.
 */
final class TextFloat {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private TextFloat() {}

    /** The value of {@code text}, or null if Python would not accept it. */
    static Double parse(String text) {
        if (NUMBER.matcher(text).matches()) {
            return Double.parseDouble(text);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean negative = lower.startsWith("-");
        String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        return switch (body) {
            case "inf", "infinity" -> negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            case "nan" -> negative ? -Double.NaN : Double.NaN;
            default -> null;
        };
    }

    /**
     * A text Python parses back to {@code value}: Java's shortest round-trip digits, whose form
     * ({@code 1.0E10}, {@code Infinity}, {@code NaN}) Python's float syntax accepts.
     */
    static String format(double value) {
        return Double.toString(value);
    }
}
