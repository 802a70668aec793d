package dev.kaa.stdlib.ctypes;

import dev.kaa.ext.Py;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.math.BigInteger;
import java.nio.ByteOrder;

/**
 * C scalars in native memory, named by ctypes' {@code _type_} codes: {@code b B h H i I l L q Q}
 * integers, {@code f d g} floating point, {@code ?} bool, {@code c} char, {@code u} wchar_t
 * (UTF-32 on Linux), {@code P z Z O} pointers. Reads give the Python value (an unsigned code an
 * unsigned int, {@code c} a one-byte bytes, {@code u} a one-character str, a pointer its address);
 * writes take it, truncating integers to the C type's width as C does (ctypes checks no range).
 * {@code swap} reads or writes the value in the other byte order, for {@code __ctype_be__}.
 *
 * <p>Thread safety: stateless.
 */
final class CValues {
    private CValues() {}

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    private static final BigInteger MASK_64 = TWO_64.subtract(BigInteger.ONE);

    /** The size in bytes of a value of {@code code}; -1 for an unknown code. */
    static int size(char code) {
        return switch (code) {
            case 'b', 'B', 'c', '?' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f', 'u' -> 4;
            case 'l', 'L', 'q', 'Q', 'd', 'P', 'z', 'Z', 'O' -> 8;
            case 'g' -> 16;
            default -> -1;
        };
    }

    /** The memory at {@code address}, {@code size} bytes long. */
    static MemorySegment at(long address, long size) {
        return MemorySegment.ofAddress(address).reinterpret(size);
    }

    /** The value of {@code code} at {@code address}. */
    static Object get(long address, char code, boolean swap) {
        MemorySegment m = at(address, size(code));
        ByteOrder order = swap ? swapped() : ByteOrder.nativeOrder();
        return switch (code) {
            case 'b' -> Py.integer(m.get(ValueLayout.JAVA_BYTE, 0));
            case 'B' -> Py.integer(m.get(ValueLayout.JAVA_BYTE, 0) & 0xFF);
            case '?' -> Py.bool(m.get(ValueLayout.JAVA_BYTE, 0) != 0);
            case 'c' -> Py.bytes(new byte[] {m.get(ValueLayout.JAVA_BYTE, 0)});
            case 'h' -> Py.integer(m.get(ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(order), 0));
            case 'H' -> Py.integer(m.get(ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(order), 0) & 0xFFFF);
            case 'i' -> Py.integer(m.get(ValueLayout.JAVA_INT_UNALIGNED.withOrder(order), 0));
            case 'I' -> Py.integer(m.get(ValueLayout.JAVA_INT_UNALIGNED.withOrder(order), 0) & 0xFFFF_FFFFL);
            case 'u' -> character(m.get(ValueLayout.JAVA_INT_UNALIGNED.withOrder(order), 0));
            case 'l', 'q' -> Py.integer(m.get(ValueLayout.JAVA_LONG_UNALIGNED.withOrder(order), 0));
            case 'L', 'Q', 'P', 'z', 'Z', 'O' -> unsigned(m.get(ValueLayout.JAVA_LONG_UNALIGNED.withOrder(order), 0));
            case 'f' -> Py.floating(m.get(ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(order), 0));
            case 'd' -> Py.floating(m.get(ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(order), 0));
            case 'g' -> Py.floating(LongDouble.read(m));
            default -> throw Py.valueError("unknown C type code '" + code + "'");
        };
    }

    /** Writes {@code value}, a Python object of the code's kind, at {@code address}. */
    static void put(long address, char code, Object value, boolean swap) {
        MemorySegment m = at(address, size(code));
        ByteOrder order = swap ? swapped() : ByteOrder.nativeOrder();
        switch (code) {
            case 'b', 'B', 'c' -> m.set(ValueLayout.JAVA_BYTE, 0, (byte) bits(value));
            case '?' -> m.set(ValueLayout.JAVA_BYTE, 0, (byte) (Py.isTrue(value) ? 1 : 0));
            case 'h', 'H' -> m.set(ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(order), 0, (short) bits(value));
            case 'i', 'I', 'u' -> m.set(ValueLayout.JAVA_INT_UNALIGNED.withOrder(order), 0, (int) bits(value));
            case 'l', 'L', 'q', 'Q', 'P', 'z', 'Z', 'O' ->
                    m.set(ValueLayout.JAVA_LONG_UNALIGNED.withOrder(order), 0, bits(value));
            case 'f' -> m.set(ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(order), 0, (float) Py.asDouble(value));
            case 'd' -> m.set(ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(order), 0, Py.asDouble(value));
            case 'g' -> LongDouble.write(m, Py.asDouble(value));
            default -> throw Py.valueError("unknown C type code '" + code + "'");
        }
    }

    /** A {@code wchar_t} as a one-character str; ValueError past Unicode's range, as CPython's. */
    static Object character(int code) {
        if (!Character.isValidCodePoint(code)) {
            throw Py.valueError(String.format("character U+%x is not in range [U+0000; U+10ffff]", code));
        }
        return Py.str(Character.toString(code));
    }

    /** The low 64 bits of an integer of any size (C's conversion to an integer type). */
    static long bits(Object value) {
        return Py.asBigInteger(value).longValue();
    }

    /** A 64-bit pattern read as an unsigned integer. */
    static Object unsigned(long bits) {
        return bits >= 0 ? Py.integer(bits) : Py.integer(BigInteger.valueOf(bits).and(MASK_64));
    }

    private static ByteOrder swapped() {
        return ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }
}
