package dev.kaa.vm.objects;

import java.math.BigInteger;

/**
 * The native single-character struct formats of {@code memoryview} items ('B', 'b', 'c', '?',
 * 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'f', 'd', 'e'): their sizes on a 64-bit
 * little-endian machine, and reading and writing one item with CPython's messages.
 *
 * <p>Thread safety: stateless.
 */
final class BytesItemFormat {
    private BytesItemFormat() {}

    /** The format of {@code cast(format)}: one native code, optionally after '@'. */
    static char parse(String f) {
        String code = f.startsWith("@") ? f.substring(1) : f;
        // 'w' (UCS-4, what an array of 'u' or 'w' exports) is a format views have, not one to cast to.
        if (code.length() != 1 || size(code.charAt(0)) == 0 || code.charAt(0) == 'w') {
            throw PyErr.valueError("memoryview: destination format must be a native single character format "
                    + "prefixed with an optional '@'");
        }
        return code.charAt(0);
    }

    /** The item size of a format, or 0 for an unknown one. */
    static int size(char f) {
        return switch (f) {
            case 'B', 'b', 'c', '?' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f', 'w' -> 4;
            case 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'd' -> 8;
            default -> 0;
        };
    }

    static boolean isByte(char f) {
        return f == 'B' || f == 'b' || f == 'c';
    }

    private static long raw(byte[] a, int at, int size) {
        long v = 0;
        for (int k = size - 1; k >= 0; k--) {
            v = v << 8 | (a[at + k] & 0xFF);
        }
        return v;
    }

    private static void put(byte[] a, int at, int size, long v) {
        for (int k = 0; k < size; k++) {
            a[at + k] = (byte) (v >> (8 * k));
        }
    }

    /** The item at byte {@code at}. */
    static Object read(char f, byte[] a, int at) {
        int size = size(f);
        long v = raw(a, at, size);
        return switch (f) {
            case 'B', 'H', 'I' -> PyInt.of(v);
            case 'b', 'h', 'i' -> PyInt.of(v << (64 - 8 * size) >> (64 - 8 * size));
            case 'c' -> new PyBytes(new byte[] {a[at]});
            case 'w' -> throw PyErr.notImplementedError("memoryview: format w not supported");
            case '?' -> PyBool.of(v != 0);
            case 'l', 'q', 'n' -> PyInt.of(v);
            case 'L', 'Q', 'N', 'P' -> v >= 0 ? PyInt.of(v) : PyInt.of(new BigInteger(Long.toUnsignedString(v)));
            case 'f' -> new PyFloat(Float.intBitsToFloat((int) v));
            case 'e' -> new PyFloat(Float.float16ToFloat((short) v));
            default -> new PyFloat(Double.longBitsToDouble(v));
        };
    }

    /** Stores {@code value} as the item at byte {@code at}. */
    static void write(char f, byte[] a, int at, Object value) {
        int size = size(f);
        switch (f) {
            case 'c' -> {
                if (!(value instanceof PyBytes b)) {
                    throw invalidType(f);
                }
                if (b.data.length != 1) {
                    throw invalidValue(f);
                }
                a[at] = b.data[0];
            }
            case '?' -> a[at] = (byte) (Abstract.isTrue(value) ? 1 : 0);
            case 'w' -> throw PyErr.notImplementedError("memoryview: format w not supported");
            case 'f', 'd', 'e' -> {
                double d;
                try {
                    d = Abstract.asDouble(value);
                } catch (PyException e) {
                    throw e.matches(Exceptions.TypeError) ? invalidType(f) : e;
                }
                long bits = switch (f) {
                    case 'f' -> {
                        float x = (float) d;
                        if (Float.isInfinite(x) && !Double.isInfinite(d)) {
                            throw invalidValue(f);
                        }
                        yield Float.floatToRawIntBits(x);
                    }
                    case 'e' -> {
                        short h = Float.floatToFloat16((float) d);
                        if (Float.isInfinite(Float.float16ToFloat(h)) && !Double.isInfinite(d)) {
                            throw PyErr.overflowError("float too large to pack with e format");
                        }
                        yield h;
                    }
                    default -> Double.doubleToRawLongBits(d);
                };
                put(a, at, size, bits);
            }
            default -> {
                if (!(value instanceof PyInt) && Abstract.typeOf(value).slot(Slot.__index__) == null) {
                    throw invalidType(f);
                }
                BigInteger v = Abstract.index(value).bigValue();
                boolean signed = f == 'b' || f == 'h' || f == 'i' || f == 'l' || f == 'q' || f == 'n';
                BigInteger min = signed ? BigInteger.ONE.shiftLeft(8 * size - 1).negate() : BigInteger.ZERO;
                BigInteger max = signed ? BigInteger.ONE.shiftLeft(8 * size - 1).subtract(BigInteger.ONE)
                        : BigInteger.ONE.shiftLeft(8 * size).subtract(BigInteger.ONE);
                if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
                    throw invalidValue(f);
                }
                put(a, at, size, v.longValue());
            }
        }
    }

    private static PyException invalidType(char f) {
        return PyErr.typeError("memoryview: invalid type for format '%s'", String.valueOf(f));
    }

    private static PyException invalidValue(char f) {
        return PyErr.valueError("memoryview: invalid value for format '%s'", String.valueOf(f));
    }
}
