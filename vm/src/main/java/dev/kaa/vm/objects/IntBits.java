package dev.kaa.vm.objects;

import java.math.BigInteger;

/**
 * The bitwise operators and shifts of {@code int} (two's complement of unbounded width, as
 * Python defines them), with {@code long} fast paths.
 *
 * <p>Thread safety: stateless.
 */
final class IntBits {
    private IntBits() {}

    /** The most 30-bit digits a CPython int may have: (PY_SSIZE_T_MAX - header) / 4. */
    private static final long MAX_DIGITS = (Long.MAX_VALUE - 24) / 4;

    static PyInt and(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return PyInt.of(a.value & b.value);
        }
        return PyInt.of(a.bigValue().and(b.bigValue()));
    }

    static PyInt or(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return PyInt.of(a.value | b.value);
        }
        return PyInt.of(a.bigValue().or(b.bigValue()));
    }

    static PyInt xor(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return PyInt.of(a.value ^ b.value);
        }
        return PyInt.of(a.bigValue().xor(b.bigValue()));
    }

    static PyInt invert(PyInt a) {
        if (a.big == null) {
            return PyInt.of(~a.value);
        }
        return PyInt.of(a.big.not());
    }

    static PyInt lshift(PyInt a, PyInt n) {
        if (n.signum() < 0) {
            throw PyErr.valueError("negative shift count");
        }
        if (a.signum() == 0) {
            return PyInt.ZERO;
        }
        if (a.big == null && n.big == null && n.value < 63) {
            int s = (int) n.value;
            long r = a.value << s;
            if (r >> s == a.value) {
                return PyInt.of(r);
            }
        }
        long bits = a.bigValue().bitLength();
        if (n.isLong() && n.value + bits < Integer.MAX_VALUE) {
            return PyInt.of(a.bigValue().shiftLeft((int) n.value));
        }
        // CPython refuses a result of more 30-bit digits than a size can count, and runs out of
        // memory before that; a BigInteger holds at most 2**31 - 1 bits.
        BigInteger words = n.bigValue().divide(BigInteger.valueOf(30));
        if (words.compareTo(BigInteger.valueOf(MAX_DIGITS)) > 0) {
            throw PyErr.overflowError("too many digits in integer");
        }
        throw PyErr.memoryError();
    }

    static PyInt rshift(PyInt a, PyInt n) {
        if (n.signum() < 0) {
            throw PyErr.valueError("negative shift count");
        }
        if (a.big == null) {
            return PyInt.of(n.isLong() && n.value < 64 ? a.value >> n.value : a.value < 0 ? -1 : 0);
        }
        if (!n.isLong() || n.value >= Integer.MAX_VALUE) {
            return a.big.signum() < 0 ? PyInt.MINUS_ONE : PyInt.ZERO;
        }
        return PyInt.of(a.big.shiftRight((int) n.value));
    }

    /** {@code int.bit_length()}: bits of the absolute value. */
    static long bitLength(PyInt a) {
        if (a.big == null) {
            return a.value == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(a.value));
        }
        return a.big.abs().bitLength();
    }

    /** {@code int.bit_count()}: one bits of the absolute value. */
    static long bitCount(PyInt a) {
        if (a.big == null) {
            return a.value == Long.MIN_VALUE ? 1 : Long.bitCount(Math.abs(a.value));
        }
        return a.big.abs().bitCount();
    }
}
