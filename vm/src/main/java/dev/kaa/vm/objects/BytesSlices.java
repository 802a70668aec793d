package dev.kaa.vm.objects;

import java.util.Arrays;

/**
 * Sequence operations of {@code bytes} and {@code bytearray}: slices, membership, concatenation,
 * repetition and comparison.
 *
 * <p>Thread safety: stateless.
 */
final class BytesSlices {
    private BytesSlices() {}

    /** The bytes of slice indices {@code r} ({start, stop, step, count}). */
    static byte[] get(byte[] a, long[] r) {
        int start = (int) r[0], step = (int) r[2], n = (int) r[3];
        if (step == 1) {
            return Arrays.copyOfRange(a, start, start + n);
        }
        byte[] out = new byte[n];
        for (int i = 0, j = start; i < n; i++, j += step) {
            out[i] = a[j];
        }
        return out;
    }

    static boolean contains(byte[] a, int n, Object x) {
        if (Abstract.typeOf(x).slot(Slot.__index__) != null && BytesArgs.bufferOrNull(x) == null) {
            byte v = (byte) BytesArgs.byteValue(x);
            for (int i = 0; i < n; i++) {
                if (a[i] == v) {
                    return true;
                }
            }
            return false;
        }
        return BytesOps.indexOf(a, 0, n, BytesArgs.buffer(x)) >= 0;
    }

    static byte[] concat(byte[] a, int n, byte[] b) {
        if ((long) n + b.length > Integer.MAX_VALUE - 16) {
            throw PyErr.memoryError();
        }
        byte[] out = Arrays.copyOf(a, n + b.length);
        System.arraycopy(b, 0, out, n, b.length);
        return out;
    }

    /** {@code a[0:n] * count}. */
    static byte[] repeat(byte[] a, int n, Object count) {
        if (Abstract.typeOf(count).slot(Slot.__index__) == null) {
            throw PyErr.typeError("can't multiply sequence by non-int of type '%T'", count);
        }
        PyInt c = Abstract.index(count);
        if (c.signum() <= 0 || n == 0) {
            return new byte[0];
        }
        if (!c.isLong()) {
            throw PyErr.overflowError("cannot fit 'int' into an index-sized integer");
        }
        long total = c.longValue() * n;
        if (c.longValue() > Integer.MAX_VALUE || total > Integer.MAX_VALUE - 16) {
            throw PyErr.memoryError();
        }
        byte[] out = new byte[(int) total];
        for (int i = 0; i < total; i += n) {
            System.arraycopy(a, 0, out, i, n);
        }
        return out;
    }

    /** The bytes of a bytes-like object to compare with, or null (NotImplemented). */
    static byte[] comparable(Object o) {
        return BytesArgs.bufferOrNull(o);
    }

    static boolean equal(byte[] a, int n, Object o) {
        byte[] b = comparable(o);
        return b != null && Arrays.equals(a, 0, n, b, 0, b.length);
    }

    /** A rich comparison of {@code a[0:n]} with a bytes-like {@code o}, or NotImplemented. */
    static Object compare(byte[] a, int n, Object o, CompareOp op) {
        byte[] b = comparable(o);
        if (b == null) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        int c = BytesOps.compare(a, n, b, b.length);
        return PyBool.of(switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            default -> c >= 0;
        });
    }
}
