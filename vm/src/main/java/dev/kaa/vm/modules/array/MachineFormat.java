package dev.kaa.vm.modules.array;

import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyInt;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The machine format codes of array pickles (protocol 3 and later): each names a C layout, size,
 * signedness and byte order, so that an array pickled on one machine can be rebuilt on another
 * ({@code array._array_reconstructor}). Kaa writes the little-endian codes of x86-64 Linux.
 *
 * <p>Thread safety: stateless.
 */
final class MachineFormat {
    private MachineFormat() {}

    static final int MAX = 21;
    static final int UTF16_LE = 18, UTF16_BE = 19, UTF32_LE = 20, UTF32_BE = 21;

    /** The code Kaa's own layout of {@code tc} has. */
    static int of(TypeCode tc) {
        return switch (tc.code) {
            case 'b' -> 1;
            case 'B' -> 0;
            case 'h' -> 4;
            case 'H' -> 2;
            case 'i' -> 8;
            case 'I' -> 6;
            case 'l', 'q' -> 12;
            case 'L', 'Q' -> 10;
            case 'f' -> 14;
            case 'd' -> 16;
            default -> UTF32_LE;
        };
    }

    /** The item size of a format code. */
    static int size(int code) {
        if (code <= 1) {
            return 1;
        }
        if (code <= 5) {
            return 2;
        }
        if (code <= 9) {
            return 4;
        }
        if (code <= 13) {
            return 8;
        }
        return switch (code) {
            case 14, 15 -> 4;
            case 16, 17 -> 8;
            case UTF16_LE, UTF16_BE -> 2;
            default -> 4;
        };
    }

    static boolean isFloat(int code) {
        return code >= 14 && code <= 17;
    }

    static boolean isUnicode(int code) {
        return code >= UTF16_LE;
    }

    /** Integer formats: unsigned codes are 0, 2, 3, 6, 7, 10, 11. */
    static boolean isSigned(int code) {
        return code == 1 || code == 4 || code == 5 || code == 8 || code == 9 || code == 12 || code == 13;
    }

    private static boolean bigEndian(int code) {
        return switch (code) {
            case 3, 5, 7, 9, 11, 13, 15, 17, UTF16_BE, UTF32_BE -> true;
            default -> false;
        };
    }

    /** Decodes the numbers of a non-unicode format into Python ints or floats. */
    static Object[] decodeNumbers(int code, byte[] b) {
        int sz = size(code);
        ByteBuffer buf = ByteBuffer.wrap(b).order(bigEndian(code) ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        Object[] out = new Object[b.length / sz];
        boolean signed = isSigned(code);
        for (int i = 0; i < out.length; i++) {
            if (isFloat(code)) {
                out[i] = new PyFloat(sz == 4 ? buf.getFloat() : buf.getDouble());
                continue;
            }
            long v = switch (sz) {
                case 1 -> signed ? buf.get() : buf.get() & 0xFF;
                case 2 -> signed ? buf.getShort() : buf.getShort() & 0xFFFF;
                case 4 -> signed ? buf.getInt() : buf.getInt() & 0xFFFFFFFFL;
                default -> buf.getLong();
            };
            out[i] = sz == 8 && !signed && v < 0
                    ? PyInt.of(BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64))) : PyInt.of(v);
        }
        return out;
    }

    /** Decodes a UTF-16/UTF-32 format into text (malformed units become U+FFFD). */
    static String decodeText(int code, byte[] b) {
        String cs = switch (code) {
            case UTF16_LE -> "UTF-16LE";
            case UTF16_BE -> "UTF-16BE";
            case UTF32_LE -> "UTF-32LE";
            default -> "UTF-32BE";
        };
        return new String(b, java.nio.charset.Charset.forName(cs));
    }
}
