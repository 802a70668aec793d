package dev.kaa.vm.objects;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code repr(float)}: the shortest digits that read back to the same double (the nearest such
 * when several), in positional notation for decimal exponents from -4 to 16 and as
 * {@code 1.5e+16} beyond. The digits come from {@link Double#toString} (shortest since JDK 19),
 * taken apart as text; only its two-digit answers need a second look, because Java writes
 * at least two digits where Python may use one ({@code 4.9E-324} against {@code 5e-324}).
 *
 * <p>Thread safety: stateless.
 */
final class FloatRepr {
    private FloatRepr() {}

    static String repr(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return Math.copySign(1.0, v) < 0 ? "-0.0" : "0.0";
        }
        int[] decpt = new int[1];
        String d = shortest(Math.abs(v), decpt);
        StringBuilder sb = new StringBuilder(d.length() + 8);
        if (v < 0) {
            sb.append('-');
        }
        int p = decpt[0];
        if (p > -4 && p <= 16) {
            if (p <= 0) {
                sb.append("0.").repeat('0', -p).append(d);
            } else if (p >= d.length()) {
                sb.append(d).repeat('0', p - d.length()).append(".0");
            } else {
                sb.append(d, 0, p).append('.').append(d, p, d.length());
            }
        } else {
            sb.append(d.charAt(0));
            if (d.length() > 1) {
                sb.append('.').append(d, 1, d.length());
            }
            int e = p - 1;
            sb.append(e < 0 ? "e-" : "e+");
            if (Math.abs(e) < 10) {
                sb.append('0');
            }
            sb.append(Math.abs(e));
        }
        return sb.toString();
    }

    /**
     * The shortest round-trip digits of {@code a > 0} without leading or trailing zeros;
     * {@code decpt[0]} places the decimal point: a = 0.DIGITS * 10**decpt.
     */
    static String shortest(double a, int[] decpt) {
        String s = Double.toString(a);
        int e = s.indexOf('E');
        int exp10 = e < 0 ? 0 : Integer.parseInt(s, e + 1, s.length(), 10);
        int end = e < 0 ? s.length() : e;
        int dot = s.indexOf('.');
        StringBuilder digits = new StringBuilder(end);
        digits.append(s, 0, dot).append(s, dot + 1, end);
        int point = dot + exp10;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        int trail = digits.length();
        while (trail > lead + 1 && digits.charAt(trail - 1) == '0') {
            trail--;
        }
        String d = digits.substring(lead, trail);
        decpt[0] = point - lead;
        if (d.length() == 2) {
            d = oneDigit(a, d, decpt);
        }
        return d;
    }

    /** A one-digit answer for {@code a} when one reads back, else the two digits {@code d}. */
    private static String oneDigit(double a, String d, int[] decpt) {
        BigDecimal two = new BigDecimal(new java.math.BigInteger(d), 2 - decpt[0]);
        BigDecimal lo = two.setScale(two.scale() - 1, RoundingMode.FLOOR);
        BigDecimal hi = two.setScale(two.scale() - 1, RoundingMode.CEILING);
        boolean loOk = lo.signum() > 0 && Double.parseDouble(lo.toString()) == a;
        boolean hiOk = Double.parseDouble(hi.toString()) == a;
        BigDecimal pick;
        if (loOk && hiOk) {
            BigDecimal exact = new BigDecimal(a);
            pick = exact.subtract(lo).compareTo(hi.subtract(exact)) <= 0 ? lo : hi;
        } else if (loOk || hiOk) {
            pick = loOk ? lo : hi;
        } else {
            return d;
        }
        pick = pick.stripTrailingZeros();
        String u = pick.unscaledValue().toString();
        decpt[0] = u.length() - pick.scale();
        return u;
    }
}
