package dev.kaa.vm.objects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The digits of a float in the styles 'e', 'f' and 'g' (and upper-case forms) of
 * {@code %}-formatting, correctly rounded (half-even on the exact binary value, as CPython's
 * dtoa-based {@code PyOS_double_to_string}). The sign is the caller's.
 *
 * <p>Thread safety: stateless.
 */
final class PercentFormatFloat {
    private PercentFormatFloat() {}

    /**
     * The digits of {@code |v|} in {@code type} ('e', 'f', 'g', 'E', 'F', 'G') with precision
     * {@code prec} and the alternate form {@code alt}; "inf"/"nan" (upper-cased for upper types).
     */
    static String digits(double v, char type, int prec, boolean alt) {
        boolean upper = Character.isUpperCase(type);
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            String s = Double.isNaN(v) ? "nan" : "inf";
            return upper ? s.toUpperCase() : s;
        }
        double a = Math.abs(v);
        String out = switch (Character.toLowerCase(type)) {
            case 'f' -> fixed(a, prec, alt);
            case 'e' -> exponent(a, prec, alt);
            default -> general(a, prec, alt);
        };
        return upper ? out.toUpperCase() : out;
    }

    static String fixed(double a, int prec, boolean alt) {
        String s = new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        return alt && prec == 0 ? s + "." : s;
    }

    /** {digits without point, decimal exponent} of {@code a} rounded to {@code sig} significant digits. */
    private static Object[] significant(double a, int sig) {
        if (a == 0) {
            return new Object[] {"0".repeat(sig), 0};
        }
        BigDecimal r = new BigDecimal(a).round(new MathContext(sig, RoundingMode.HALF_EVEN));
        String d = r.unscaledValue().toString();
        int exp = d.length() - 1 - r.scale();
        if (d.length() < sig) {
            d = d + "0".repeat(sig - d.length());
        } else if (d.length() > sig) {
            d = d.substring(0, sig);
        }
        return new Object[] {d, exp};
    }

    static String exponent(double a, int prec, boolean alt) {
        Object[] s = significant(a, prec + 1);
        String d = (String) s[0];
        int exp = (Integer) s[1];
        StringBuilder sb = new StringBuilder();
        sb.append(d.charAt(0));
        if (prec > 0 || alt) {
            sb.append('.');
        }
        sb.append(d, 1, d.length());
        return sb.append(expSuffix(exp)).toString();
    }

    private static String expSuffix(int exp) {
        String e = Integer.toString(Math.abs(exp));
        return (exp < 0 ? "e-" : "e+") + (e.length() < 2 ? "0" + e : e);
    }

    static String general(double a, int prec, boolean alt) {
        int p = prec == 0 ? 1 : prec;
        Object[] s = significant(a, p);
        String d = (String) s[0];
        int exp = (Integer) s[1];
        String body;
        String suffix = "";
        if (exp >= -4 && exp < p) {
            if (exp >= 0) {
                body = exp + 1 >= d.length() ? d + "0".repeat(exp + 1 - d.length())
                        : d.substring(0, exp + 1) + "." + d.substring(exp + 1);
            } else {
                body = "0." + "0".repeat(-exp - 1) + d;
            }
        } else {
            body = d.length() > 1 ? d.charAt(0) + "." + d.substring(1) : d;
            suffix = expSuffix(exp);
        }
        if (alt) {
            if (body.indexOf('.') < 0) {
                body = body + ".";
            }
        } else if (body.indexOf('.') >= 0) {
            int end = body.length();
            while (body.charAt(end - 1) == '0') {
                end--;
            }
            if (body.charAt(end - 1) == '.') {
                end--;
            }
            body = body.substring(0, end);
        }
        return body + suffix;
    }
}
