package dev.kaa.compiler.internal.astopt;

import dev.kaa.bytecode.Constant;
import java.math.BigInteger;

/**
 * {@code value[index]} on constants, for folding: a {@code str} gives a one-character string,
 * a {@code bytes} an {@code int}, a {@code tuple} its item; indices are ints (or bools), negative
 * from the end. Returns null where Python raises ({@code IndexError}, {@code TypeError}).
 *
 * <p>Thread safety: immutable (static functions only).
 */
final class Subscripts {
    private Subscripts() {}

    static Object getItem(Object value, Object index) {
        if (!ConstantFolder.isInt(index)) {
            return null;
        }
        BigInteger i = ConstantFolder.big(index);
        return switch (value) {
            case String s -> {
                int n = s.codePointCount(0, s.length());
                int k = normalize(i, n);
                if (k < 0) {
                    yield null;
                }
                int at = s.offsetByCodePoints(0, k);
                yield new String(Character.toChars(s.codePointAt(at)));
            }
            case Constant.Str s -> {
                int k = normalize(i, s.length());
                // One code point always fits a String unambiguously.
                yield k < 0 ? null : Constant.Str.of(s.codePoints(), k, k + 1);
            }
            case Constant.Bytes b -> {
                int k = normalize(i, b.length());
                yield k < 0 ? null : (Object) (long) (b.value()[k] & 0xff);
            }
            case Constant.Tuple t -> {
                int k = normalize(i, t.items().size());
                yield k < 0 ? null : t.items().get(k);
            }
            default -> null;
        };
    }

    /** The index in {@code [0, n)}, or -1 if out of range. */
    private static int normalize(BigInteger i, int n) {
        if (i.bitLength() > 31) {
            return -1;
        }
        long k = i.longValue();
        if (k < 0) {
            k += n;
        }
        return k < 0 || k >= n ? -1 : (int) k;
    }
}
