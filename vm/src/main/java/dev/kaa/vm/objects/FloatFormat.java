package dev.kaa.vm.objects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code float.__format__} (types {@code e E f F g G n %} and none) and the digit generation
 * behind it: correctly rounded (half to even on the exact binary value, as CPython's
 * {@code dtoa}) through {@link BigDecimal}; the shortest round-trip digits for {@code repr}.
 *
 * <p>Thread safety: stateless.
 */
final class FloatFormat {
    private FloatFormat() {}

    static String format(PyFloat self, String specText) {
        if (specText.isEmpty()) {
            return Abstract.str(self).toString();
        }
        String typeName = Abstract.typeOf(self).messageName();
        return format(self.value, FormatSpec.parse(specText, typeName, 0, '>'), typeName);
    }

    /** Formats {@code x} by {@code spec}; {@code typeName} is the object's type for messages. */
    static String format(double x, FormatSpec spec, String typeName) {
        int type = spec.type;
        long p = spec.precision;
        boolean addDot0 = false;
        char mode;
        switch (type) {
            case 0 -> {
                mode = p < 0 ? 'r' : 'g';
                p = p == 0 ? 1 : p;
                addDot0 = true;
            }
            case 'e', 'E' -> {
                mode = 'e';
                p = p < 0 ? 6 : p;
            }
            case 'f', 'F', '%' -> {
                mode = 'f';
                p = p < 0 ? 6 : p;
            }
            case 'g', 'G', 'n' -> {
                mode = 'g';
                p = p < 0 ? 6 : p == 0 ? 1 : p;
            }
            default -> throw spec.unknownCode(typeName);
        }
        if (p > Integer.MAX_VALUE / 2) {
            throw PyErr.valueError("precision too big");
        }
        double v = type == '%' ? x * 100 : x;
        boolean negative = !Double.isNaN(v) && Math.copySign(1.0, v) < 0;
        String body = magnitude(Math.abs(v), mode, (int) p, spec.alternate, addDot0);
        if (type == 'E' || type == 'F' || type == 'G') {
            body = body.toUpperCase(java.util.Locale.ROOT);
        }
        if (negative && spec.noNegativeZero && Double.isFinite(v) && isZero(body)) {
            negative = false;
        }
        if (type == '%') {
            body += "%";
        }
        int intEnd = 0;
        while (intEnd < body.length() && Character.isDigit(body.charAt(intEnd))) {
            intEnd++;
        }
        return NumFormat.layout(spec, NumFormat.sign(negative, spec.sign), body.substring(0, intEnd),
                body.substring(intEnd), Double.isFinite(v));
    }

    private static boolean isZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The text of {@code a >= 0} in {@code mode} ('e', 'f', 'g', or 'r' for repr's shortest
     * digits), {@code alt} being the '#' option and {@code addDot0} writing integral fixed-point
     * results with ".0" (the format type none, and {@code repr}).
     */
    static String magnitude(double a, char mode, int p, boolean alt, boolean addDot0) {
        if (Double.isNaN(a)) {
            return "nan";
        }
        if (Double.isInfinite(a)) {
            return "inf";
        }
        switch (mode) {
            case 'f': {
                String s = new BigDecimal(a).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
                return alt && p == 0 ? s + "." : s;
            }
            case 'e': {
                int[] decpt = new int[1];
                String d = digits(a, p + 1, decpt);
                return exponential(d, decpt[0], alt);
            }
            default: {
                int[] decpt = new int[1];
                String d;
                int limit;
                if (mode == 'r') {
                    d = shortest(a, decpt);
                    limit = 16;
                } else {
                    d = digits(a, p, decpt);
                    if (!alt) {
                        d = stripZeros(d);
                    }
                    limit = addDot0 ? p - 1 : p;
                }
                if (decpt[0] <= -4 || decpt[0] > limit) {
                    return exponential(d, decpt[0], alt);
                }
                return fixed(d, decpt[0], alt, addDot0);
            }
        }
    }

    private static String stripZeros(String d) {
        int end = d.length();
        while (end > 1 && d.charAt(end - 1) == '0') {
            end--;
        }
        return d.substring(0, end);
    }

    /** {@code d[0].d[1:]e±XX}, the exponent with at least two digits. */
    private static String exponential(String d, int decpt, boolean alt) {
        StringBuilder sb = new StringBuilder(d.length() + 6);
        sb.append(d.charAt(0));
        if (d.length() > 1) {
            sb.append('.').append(d, 1, d.length());
        } else if (alt) {
            sb.append('.');
        }
        int e = d.charAt(0) == '0' ? 0 : decpt - 1;
        sb.append(e < 0 ? "e-" : "e+");
        int ae = Math.abs(e);
        if (ae < 10) {
            sb.append('0');
        }
        return sb.append(ae).toString();
    }

    /** The digits {@code d} with the decimal point {@code decpt} places from their start. */
    private static String fixed(String d, int decpt, boolean alt, boolean addDot0) {
        StringBuilder sb = new StringBuilder(d.length() + 8);
        if (decpt <= 0) {
            sb.append("0.").repeat('0', -decpt).append(d);
        } else if (decpt >= d.length()) {
            sb.append(d).repeat('0', decpt - d.length());
            if (addDot0) {
                sb.append(".0");
            } else if (alt) {
                sb.append('.');
            }
        } else {
            sb.append(d, 0, decpt).append('.').append(d, decpt, d.length());
        }
        return sb.toString();
    }

    /** Exactly {@code n} significant digits of {@code a}, correctly rounded; decpt[0] as in 0.DIGITS * 10**decpt. */
    static String digits(double a, int n, int[] decpt) {
        if (a == 0) {
            decpt[0] = 1;
            return "0".repeat(n);
        }
        BigDecimal bd = new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN));
        String s = bd.unscaledValue().toString();
        decpt[0] = s.length() - bd.scale();
        if (s.length() < n) {
            s = s + "0".repeat(n - s.length());
        } else if (s.length() > n) {
            s = s.substring(0, n);
        }
        return s;
    }

    /** The shortest digits that read back as {@code a} (the nearest such when several). */
    static String shortest(double a, int[] decpt) {
        if (a == 0) {
            decpt[0] = 1;
            return "0";
        }
        return FloatRepr.shortest(a, decpt);
    }
}
