package dev.kaa.vm.objects;

import java.math.BigInteger;

/**
 * {@code float.hex()}, {@code float.fromhex()} and {@code float.as_integer_ratio()}: the exact
 * binary value of a double, and correct rounding (half to even) of a binary fraction to one.
 *
 * <p>Thread safety: stateless.
 */
final class FloatHex {
    private FloatHex() {}

    static String toHex(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.isNaN(x) ? "nan" : x < 0 ? "-inf" : "inf";
        }
        String sign = Math.copySign(1.0, x) < 0 ? "-" : "";
        if (x == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(x);
        long mant = bits & ((1L << 52) - 1);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        String lead = biased == 0 ? "0" : "1";
        int e = biased == 0 ? -1022 : biased - 1023;
        String frac = String.format("%013x", mant);
        return sign + "0x" + lead + "." + frac + "p" + (e < 0 ? "" : "+") + e;
    }

    private static PyException invalid() {
        return PyErr.valueError("invalid hexadecimal floating-point string");
    }

    static double fromHex(String original) {
        String s = NumText.strip(original);
        int i = 0, n = s.length();
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        if (i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
            i += 2;
        }
        StringBuilder digits = new StringBuilder();
        int fracDigits = 0;
        boolean any = false;
        while (i < n && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128) {
            digits.append(s.charAt(i++));
            any = true;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128) {
                digits.append(s.charAt(i++));
                fracDigits++;
                any = true;
            }
        }
        if (!any) {
            throw invalid();
        }
        long exp = 0;
        if (i < n && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
            i++;
            boolean eneg = false;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                eneg = s.charAt(i) == '-';
                i++;
            }
            int start = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                // Exponents beyond any double's range saturate; the result is then 0 or too large.
                exp = Math.min(exp * 10 + (s.charAt(i) - '0'), 1L << 40);
                i++;
            }
            if (i == start) {
                throw invalid();
            }
            exp = eneg ? -exp : exp;
        }
        if (i != n) {
            throw invalid();
        }
        BigInteger m = new BigInteger(digits.toString(), 16);
        double v = scaled(m, exp - 4L * fracDigits);
        if (Double.isInfinite(v)) {
            throw PyErr.overflowError("hexadecimal value too large to represent as a float");
        }
        return negative ? -v : v;
    }

    /** {@code m * 2**e} rounded half to even to a double (infinite when too large). */
    static double scaled(BigInteger m, long e) {
        if (m.signum() == 0) {
            return 0.0;
        }
        int bl = m.bitLength();
        long top = bl + e;
        if (top > 1025) {
            return Double.POSITIVE_INFINITY;
        }
        if (top < -1080) {
            return 0.0;
        }
        // Keep 53 bits, or fewer where the result is subnormal (its unit is 2**-1074).
        long shift = Math.max(bl - 53, -1074 - e);
        long q;
        if (shift > 0) {
            BigInteger kept = m.shiftRight((int) shift);
            boolean half = m.testBit((int) shift - 1);
            boolean sticky = m.getLowestSetBit() < shift - 1;
            q = kept.longValue();
            if (half && (sticky || (q & 1) == 1)) {
                q++;
            }
        } else {
            q = m.longValue();
        }
        long exp2 = e + Math.max(shift, 0);
        return Math.scalb((double) q, (int) Math.max(Math.min(exp2, 2000), -2000));
    }

    static PyTuple integerRatio(double x) {
        if (Double.isNaN(x)) {
            throw PyErr.valueError("cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(x)) {
            throw PyErr.overflowError("cannot convert Infinity to integer ratio");
        }
        if (x == 0) {
            return PyTuple.of(PyInt.ZERO, PyInt.ONE);
        }
        long bits = Double.doubleToRawLongBits(Math.abs(x));
        int biased = (int) (bits >>> 52);
        long mant = bits & ((1L << 52) - 1);
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            mant |= 1L << 52;
            e = biased - 1075;
        }
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>= tz;
        e += tz;
        BigInteger num = BigInteger.valueOf(x < 0 ? -mant : mant);
        if (e >= 0) {
            return PyTuple.of(PyInt.of(num.shiftLeft(e)), PyInt.ONE);
        }
        return PyTuple.of(PyInt.of(num), PyInt.of(BigInteger.ONE.shiftLeft(-e)));
    }
}
