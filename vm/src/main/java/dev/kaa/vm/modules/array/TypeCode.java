package dev.kaa.vm.modules.array;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.Slot;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;

/**
 * One array type code: its C item size on x86-64 Linux, how an item is read from and written to
 * the array's little-endian bytes, and the conversion of a Python value with CPython's messages
 * (each C type has its own overflow wording, as {@code PyArg_Parse} and the long converters give).
 *
 * <p>Thread safety: immutable.
 */
final class TypeCode {
    enum Kind { SIGNED, UNSIGNED, FLOAT, UNICODE }

    static final String ALL = "bBuwhHiIlLqQfd";

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    final char code;
    final int size;
    final Kind kind;
    /** The C type name in "signed char is greater than maximum" (null where the message differs). */
    private final String cName;

    private TypeCode(char code, int size, Kind kind, String cName) {
        this.code = code;
        this.size = size;
        this.kind = kind;
        this.cName = cName;
    }

    private static final TypeCode[] CODES = {
        new TypeCode('b', 1, Kind.SIGNED, "signed char"),
        new TypeCode('B', 1, Kind.UNSIGNED, "unsigned byte integer"),
        new TypeCode('u', 4, Kind.UNICODE, null),
        new TypeCode('w', 4, Kind.UNICODE, null),
        new TypeCode('h', 2, Kind.SIGNED, "signed short integer"),
        new TypeCode('H', 2, Kind.UNSIGNED, "unsigned short"),
        new TypeCode('i', 4, Kind.SIGNED, "signed integer"),
        new TypeCode('I', 4, Kind.UNSIGNED, "unsigned int"),
        new TypeCode('l', 8, Kind.SIGNED, null),
        new TypeCode('L', 8, Kind.UNSIGNED, null),
        new TypeCode('q', 8, Kind.SIGNED, null),
        new TypeCode('Q', 8, Kind.UNSIGNED, null),
        new TypeCode('f', 4, Kind.FLOAT, null),
        new TypeCode('d', 8, Kind.FLOAT, null),
    };

    /** The type code for {@code c}, or null. */
    static TypeCode of(int c) {
        for (TypeCode t : CODES) {
            if (t.code == c) {
                return t;
            }
        }
        return null;
    }

    static TypeCode[] all() {
        return CODES.clone();
    }

    boolean isUnicode() {
        return kind == Kind.UNICODE;
    }

    /** The item at byte offset {@code off} as a Python object. */
    Object read(byte[] d, int off) {
        switch (code) {
            case 'b': return PyInt.of(d[off]);
            case 'B': return PyInt.of(d[off] & 0xFF);
            case 'h': return PyInt.of((short) SHORT.get(d, off));
            case 'H': return PyInt.of(((short) SHORT.get(d, off)) & 0xFFFF);
            case 'i': return PyInt.of((int) INT.get(d, off));
            case 'I': return PyInt.of(((int) INT.get(d, off)) & 0xFFFFFFFFL);
            case 'l', 'q': return PyInt.of((long) LONG.get(d, off));
            case 'L', 'Q': {
                long v = (long) LONG.get(d, off);
                return v >= 0 ? PyInt.of(v) : PyInt.of(BigInteger.valueOf(v).add(TWO_64));
            }
            case 'f': return new PyFloat((float) FLOAT.get(d, off));
            case 'd': return new PyFloat((double) DOUBLE.get(d, off));
            default: {
                int cp = (int) INT.get(d, off);
                if (cp < 0 || cp > 0x10FFFF) {
                    throw PyErr.valueError("chr() arg not in range(0x110000)");
                }
                return PyStr.of(Character.toString(cp));
            }
        }
    }

    /** The raw code point of a unicode item (no range check). */
    static int rawInt(byte[] d, int off) {
        return (int) INT.get(d, off);
    }

    static void putInt(byte[] d, int off, int v) {
        INT.set(d, off, v);
    }

    /** Converts {@code v} (raising CPython's errors) and stores it at byte offset {@code off}. */
    void write(byte[] d, int off, Object v) {
        switch (kind) {
            case FLOAT -> {
                double x = toDouble(v);
                if (size == 4) {
                    FLOAT.set(d, off, (float) x);
                } else {
                    DOUBLE.set(d, off, x);
                }
            }
            case UNICODE -> INT.set(d, off, toCodePoint(v));
            default -> store(d, off, toBits(v));
        }
    }

    private void store(byte[] d, int off, long bits) {
        switch (size) {
            case 1 -> d[off] = (byte) bits;
            case 2 -> SHORT.set(d, off, (short) bits);
            case 4 -> INT.set(d, off, (int) bits);
            default -> LONG.set(d, off, bits);
        }
    }

    private static double toDouble(Object v) {
        if (v instanceof PyFloat f) {
            return Abstract.asDouble(f);
        }
        if (v instanceof PyInt i) {
            return i.doubleValue();
        }
        return Abstract.asDouble(v);
    }

    private static int toCodePoint(Object v) {
        if (v instanceof PyStr s && s.length() == 1) {
            return s.codePointAt(0);
        }
        throw PyErr.typeError("array item must be unicode character");
    }

    /** The integer's bits, range-checked for this C type. */
    private long toBits(Object v) {
        if (!(v instanceof PyInt) && Abstract.typeOf(v).slot(Slot.__index__) == null) {
            throw PyErr.typeError("'%T' object cannot be interpreted as an integer", v);
        }
        PyInt i = Abstract.index(v);
        switch (code) {
            case 'q': {
                if (!i.isLong()) {
                    throw PyErr.overflowError("int too big to convert");
                }
                return i.longValue();
            }
            case 'Q': {
                if (i.signum() < 0) {
                    throw PyErr.overflowError("can't convert negative int to unsigned");
                }
                if (i.bigValue().bitLength() > 64) {
                    throw PyErr.overflowError("int too big to convert");
                }
                return i.bigValue().longValue();
            }
            case 'I', 'L': {
                if (i.signum() < 0) {
                    throw PyErr.overflowError("can't convert negative value to unsigned int");
                }
                if (i.bigValue().bitLength() > 64) {
                    throw PyErr.overflowError("Python int too large to convert to C unsigned long");
                }
                long bits = i.bigValue().longValue();
                if (code == 'I' && (bits >>> 32) != 0) {
                    throw PyErr.overflowError("unsigned int is greater than maximum");
                }
                return bits;
            }
            default: {
                if (!i.isLong()) {
                    throw PyErr.overflowError("Python int too large to convert to C long");
                }
                long x = i.longValue();
                if (code == 'l') {
                    return x;
                }
                long min = kind == Kind.UNSIGNED ? 0 : -(1L << (size * 8 - 1));
                long max = kind == Kind.UNSIGNED ? (1L << (size * 8)) - 1 : (1L << (size * 8 - 1)) - 1;
                if (x > max) {
                    throw PyErr.overflowError("%s is greater than maximum", cName);
                }
                if (x < min) {
                    throw PyErr.overflowError("%s is less than minimum", cName);
                }
                return x;
            }
        }
    }
}
