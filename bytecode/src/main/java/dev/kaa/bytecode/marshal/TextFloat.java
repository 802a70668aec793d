package dev.kaa.bytecode.marshal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
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
     * The text CPython writes: C's {@code %.17g} (17 significant digits, trailing zeros dropped,
     * an exponent of at least two digits when below -4 or at 17 or more), {@code inf}, {@code nan}.
     */
    static String format(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(value) < 0) ? "-" : "";
        if (value == 0) {
            return sign + "0";
        }
        BigDecimal rounded = new BigDecimal(Math.abs(value)).round(new MathContext(17, RoundingMode.HALF_EVEN));
        String digits = rounded.unscaledValue().toString();
        int exponent = digits.length() - rounded.scale() - 1;
        digits = digits.replaceFirst("0+$", "");
        if (exponent < -4 || exponent >= 17) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exp = String.format(Locale.ROOT, "%02d", Math.abs(exponent));
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
        }
        if (exponent < 0) {
            return sign + "0." + "0".repeat(-exponent - 1) + digits;
        }
        if (digits.length() <= exponent + 1) {
            return sign + digits + "0".repeat(exponent + 1 - digits.length());
        }
        return sign + digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
    }
}
