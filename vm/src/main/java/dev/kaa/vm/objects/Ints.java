package dev.kaa.vm.objects;

import java.math.BigInteger;

/**
 * Arithmetic on {@link PyInt}: the {@code long} fast paths, overflow into {@link BigInteger},
 * and Python's rounding rules (floor division and modulo follow the divisor's sign).
 *
 * <p>Thread safety: stateless.
 */
public final class Ints {
    private Ints() {}

    /** 2**61 - 1, the modulus of numeric hashes ({@code sys.hash_info.modulus}). */
    static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    static long hash(long v) {
        long h = Math.floorMod(Math.abs(v == Long.MIN_VALUE ? v + MODULUS : v), MODULUS);
        if (v < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    static long hash(BigInteger v) {
        long h = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** An exact {@code int} of the same value (for a subclass instance). */
    static PyInt exact(PyInt a) {
        if (a.getClass() == PyInt.class) {
            return a;
        }
        return a.big == null ? PyInt.of(a.value) : PyInt.of(a.big);
    }

    /** The decimal text of {@code a}, refused beyond {@code sys.get_int_max_str_digits()} digits. */
    static String toDecimal(PyInt a) {
        if (a.big == null) {
            return Long.toString(a.value);
        }
        int limit = IntLimits.maxStrDigits();
        // log10(2) < 0.30103: this many bits surely exceed the limit; refuse before converting.
        if (limit > 0 && (long) (a.big.bitLength() - 1) * 30103 / 100000 >= limit) {
            throw digitLimit(limit);
        }
        String s = a.big.toString();
        if (limit > 0 && s.length() - (a.big.signum() < 0 ? 1 : 0) > limit) {
            throw digitLimit(limit);
        }
        return s;
    }

    private static PyException digitLimit(int limit) {
        return PyErr.valueError("Exceeds the limit (%d digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit", limit);
    }

    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return Long.compare(a.value, b.value);
        }
        return a.bigValue().compareTo(b.bigValue());
    }

    public static PyInt negate(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) {
            return PyInt.of(-a.value);
        }
        return PyInt.of(a.bigValue().negate());
    }

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value + b.value;
            if (((a.value ^ r) & (b.value ^ r)) >= 0) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(a.bigValue().add(b.bigValue()));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value - b.value;
            if (((a.value ^ b.value) & (a.value ^ r)) >= 0) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(a.bigValue().subtract(b.bigValue()));
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long hi = Math.multiplyHigh(a.value, b.value);
            long lo = a.value * b.value;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return PyInt.of(lo);
            }
        }
        return PyInt.of(a.bigValue().multiply(b.bigValue()));
    }

    public static PyInt floorDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyErr.zeroDivisionError("integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return PyInt.of(Math.floorDiv(a.value, b.value));
        }
        BigInteger[] qr = a.bigValue().divideAndRemainder(b.bigValue());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return PyInt.of(q);
    }

    public static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyErr.zeroDivisionError("integer modulo by zero");
        }
        if (a.big == null && b.big == null) {
            return PyInt.of(b.value == -1 ? 0 : Math.floorMod(a.value, b.value));
        }
        BigInteger r = a.bigValue().mod(b.bigValue().abs());
        if (b.signum() < 0 && r.signum() != 0) {
            r = r.add(b.bigValue());
        }
        return PyInt.of(r);
    }

    /** {@code a / b}: correctly rounded, as CPython's {@code long_true_divide}. */
    public static Object trueDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyErr.zeroDivisionError("division by zero");
        }
        if (a.big == null && b.big == null && Math.abs(a.value) < (1L << 53) && Math.abs(b.value) < (1L << 53)) {
            return new PyFloat((double) a.value / (double) b.value);
        }
        return new PyFloat(IntDivision.trueDivide(a.bigValue(), b.bigValue()));
    }

    /** {@code divmod(a, b)} of two ints. */
    public static PyTuple divmod(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyErr.zeroDivisionError("integer division or modulo by zero");
        }
        return PyTuple.of(floorDiv(a, b), mod(a, b));
    }

    /** {@code a ** b} or {@code pow(a, b, mod)}; NotImplemented for operands that are not ints. */
    static Object pow(PyInt a, Object b, Object mod) {
        if (!(b instanceof PyInt e)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        if (mod == null || mod == PyNone.NONE) {
            return IntPow.pow(a, e);
        }
        if (!(mod instanceof PyInt m)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return IntPow.pow(a, e, m);
    }

    /** {@code round(a, ndigits)}: exact for ndigits >= 0, else to a multiple of 10**-ndigits, ties to even. */
    static PyInt round(PyInt a, Object ndigits) {
        if (ndigits == null) {
            return exact(a);
        }
        PyInt n = Abstract.index(ndigits);
        if (n.signum() >= 0) {
            return exact(a);
        }
        BigInteger v = a.bigValue();
        // 10**k exceeds |a| when k is above its decimal digits: the result is 0.
        if (!n.isLong() || -n.value > (long) (v.bitLength() * 0.30103) + 2) {
            return PyInt.ZERO;
        }
        BigInteger pow = BigInteger.TEN.pow((int) -n.value);
        BigInteger[] qr = v.divideAndRemainder(pow);
        BigInteger q = qr[0], r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return PyInt.of(q.multiply(pow));
    }
}
