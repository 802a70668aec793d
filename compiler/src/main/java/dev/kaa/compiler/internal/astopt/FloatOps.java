package dev.kaa.compiler.internal.astopt;

import dev.kaa.parser.ast.Operator;
import java.math.BigInteger;

/**
 * Python's {@code float} arithmetic for folding, with CPython's semantics: IEEE operations for
 * {@code + - * /}, floor division and modulo with the sign of the divisor ({@code float_divmod}),
 * and {@code **} with C99's special cases. Returns null where Python raises (division by zero,
 * overflow of {@code **}) and where the result would come from the C library's {@code pow} with
 * a non-integer exponent (other than 0.5), which Java does not reproduce bit for bit; integer
 * powers are exact ({@link ExactDouble}).
 *
 * <p>Thread safety: immutable (static functions only).
 */
final class FloatOps {
    /** Integer powers are computed exactly up to this many bits of mantissa power. */
    private static final long MAX_EXACT_BITS = 4_000_000;

    private FloatOps() {}

    static Object arith(Operator op, double a, double b) {
        return switch (op) {
            case Add -> a + b;
            case Sub -> a - b;
            case Mult -> a * b;
            case Div -> b == 0.0 ? null : a / b;
            case FloorDiv -> b == 0.0 ? null : floorDiv(a, b);
            case Mod -> b == 0.0 ? null : mod(a, b);
            case Pow -> pow(a, b);
            default -> null;
        };
    }

    /** {@code a % b}: Java's {@code %} is C's {@code fmod}; the result takes the divisor's sign. */
    static double mod(double a, double b) {
        double m = a % b;
        if (m != 0.0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    /** {@code a // b}, as CPython's {@code float_floor_div} (through {@code _float_div_mod}). */
    static double floorDiv(double a, double b) {
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0.0) {
            if ((b < 0) != (m < 0)) {
                div -= 1.0;
            }
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return floordiv;
    }

    /** {@code a ** b} as CPython's {@code float_pow}, or null (raises, or not reproducible). */
    static Double pow(double iv, double iw) {
        if (iw == 0.0) {
            return 1.0;
        }
        if (Double.isNaN(iv)) {
            return iv;
        }
        if (Double.isNaN(iw)) {
            return iv == 1.0 ? 1.0 : iw;
        }
        if (Double.isInfinite(iw)) {
            double av = Math.abs(iv);
            if (av == 1.0) {
                return 1.0;
            }
            return (iw > 0) == (av > 1.0) ? Math.abs(iw) : 0.0;
        }
        boolean odd = isOddInteger(iw);
        if (Double.isInfinite(iv)) {
            if (iw > 0) {
                return odd ? iv : Math.abs(iv);
            }
            return odd ? Math.copySign(0.0, iv) : 0.0;
        }
        if (iv == 0.0) {
            if (iw < 0) {
                return null; // ZeroDivisionError
            }
            return odd ? iv : 0.0;
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                return null; // the result is complex
            }
            iv = -iv;
            negate = odd;
        }
        if (iv == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double log2 = Math.abs(Math.log(iv) / Math.log(2) * iw);
        if (log2 > 1100) {
            // Far outside the double range: overflow raises, underflow is 0.
            boolean big = (iv > 1.0) == (iw > 0);
            return big ? null : (negate ? -0.0 : 0.0);
        }
        if (iw != Math.floor(iw)) {
            // CPython uses the C library's pow, which Java does not reproduce bit for bit;
            // only x ** 0.5 is sure to be the (correctly rounded) square root.
            if (iw == 0.5) {
                double r = Math.sqrt(iv);
                return negate ? -r : r;
            }
            return null;
        }
        // An integer power of m * 2^e is m^n * 2^(e*n), exactly; rounded once, as pow does.
        long n = (long) iw;
        long[] me = ExactDouble.split(iv);
        if (64L * Math.abs(n) > MAX_EXACT_BITS) {
            return null;
        }
        BigInteger mn = BigInteger.valueOf(me[0]).pow((int) Math.abs(n));
        double r = n > 0 ? ExactDouble.of(mn, BigInteger.ONE, me[1] * n)
                : ExactDouble.of(BigInteger.ONE, mn, me[1] * n);
        if (Double.isInfinite(r)) {
            return null; // OverflowError
        }
        return negate ? -r : r;
    }

    private static boolean isOddInteger(double x) {
        return Math.abs(x) < 0x1p53 && x == Math.floor(x) && Math.abs(x % 2.0) == 1.0;
    }
}
