package dev.kaa.vm.objects;

import java.math.BigInteger;

/**
 * {@code int ** int} and three-argument {@code pow(int, int, int)}: a negative exponent gives a
 * float (or, with a modulus, the power of the modular inverse), as CPython's {@code long_pow}.
 *
 * <p>Thread safety: stateless.
 */
final class IntPow {
    private IntPow() {}

    /** {@code a ** b}: an int, or a float when {@code b} is negative. */
    static Object pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            return FloatMath.pow(a.doubleValue(), b.doubleValue());
        }
        if (a.big == null) {
            long base = a.value;
            if (base == 0 || base == 1) {
                return b.signum() == 0 ? PyInt.ONE : a.getClass() == PyInt.class ? a : PyInt.of(base);
            }
            if (base == -1) {
                return b.bigValue().testBit(0) ? PyInt.MINUS_ONE : PyInt.ONE;
            }
        }
        long bits = IntBits.bitLength(a);
        if (!b.isLong() || (double) b.value * bits > Integer.MAX_VALUE - 64) {
            throw PyErr.memoryError();
        }
        int e = (int) b.value;
        if (a.big == null && bits * e < 63) {
            long r = 1, x = a.value;
            for (int i = 0; i < e; i++) {
                r *= x;
            }
            return PyInt.of(r);
        }
        return PyInt.of(a.bigValue().pow(e));
    }

    /** {@code pow(a, b, m)}: the result has the sign of {@code m}, as Python's {@code %}. */
    static PyInt pow(PyInt a, PyInt b, PyInt m) {
        if (m.signum() == 0) {
            throw PyErr.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger mod = m.bigValue();
        boolean negMod = mod.signum() < 0;
        BigInteger am = mod.abs();
        if (am.equals(BigInteger.ONE)) {
            return PyInt.ZERO;
        }
        BigInteger base = a.bigValue().mod(am);
        BigInteger e = b.bigValue();
        if (e.signum() < 0) {
            try {
                base = base.modInverse(am);
            } catch (ArithmeticException notInvertible) {
                throw PyErr.valueError("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        BigInteger r = base.modPow(e, am);
        if (negMod && r.signum() != 0) {
            r = r.subtract(am);
        }
        return PyInt.of(r);
    }
}
