package dev.kaa.vm.objects;

/**
 * The bitwise operators and shifts of {@code int} (two's complement of unbounded width, as
 * Python defines them), with {@code long} fast paths.
 *
 * <p>Thread safety: stateless.
 */
final class IntBits {
    private IntBits() {}

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
        // A BigInteger holds at most 2**31 - 1 bits; CPython runs out of memory at a similar size.
        if (!n.isLong() || n.value + a.bigValue().bitLength() >= Integer.MAX_VALUE) {
            throw PyErr.memoryError();
        }
        int s = (int) n.value;
        if (a.big == null && s < 63) {
            long v = a.value;
            long r = v << s;
            if (r >> s == v) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(a.bigValue().shiftLeft(s));
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
