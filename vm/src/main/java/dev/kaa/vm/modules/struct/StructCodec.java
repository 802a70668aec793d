package dev.kaa.vm.modules.struct;

import dev.kaa.vm.modules.struct.StructFormat.Code;
import dev.kaa.vm.modules.struct.StructFormat.Mode;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyByteArray;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.Slot;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Packing Python values into the bytes of a {@link StructFormat} and unpacking them again,
 * with CPython's range checks and messages.
 *
 * <p>Thread safety: stateless.
 */
final class StructCodec {
    private StructCodec() {}

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** Packs {@code args[from..]} (exactly {@code f.items} values) into {@code buf} at {@code at}. */
    static void pack(StructFormat f, Object[] args, int from, byte[] buf, int at) {
        int a = from;
        for (Code code : f.codes) {
            int off = at + (int) code.offset();
            switch (code.c()) {
                case 's', 'p' -> packString(code, args[a++], buf, off);
                default -> {
                    for (long r = 0; r < code.repeat(); r++) {
                        packOne(code.c(), code.size(), f.mode, args[a++], buf, off);
                        off += code.size();
                    }
                }
            }
        }
    }

    private static void packString(Code code, Object v, byte[] buf, int off) {
        byte[] data;
        if (v instanceof PyBytes b) {
            data = b.data();
        } else if (v instanceof PyByteArray b) {
            data = b.toByteArray();
        } else {
            throw StructModule.error("argument for '%s' must be a bytes object", String.valueOf(code.c()));
        }
        int size = code.size();
        if (code.c() == 's') {
            System.arraycopy(data, 0, buf, off, Math.min(size, data.length));
        } else if (size > 0) {
            // All that fits is copied; the length byte saturates at 255.
            int n = Math.min(data.length, size - 1);
            buf[off] = (byte) Math.min(n, 255);
            System.arraycopy(data, 0, buf, off + 1, n);
        }
    }

    private static void packOne(char c, int size, Mode mode, Object v, byte[] buf, int off) {
        boolean little = mode != Mode.BIG;
        switch (c) {
            case 'c' -> {
                if (!(v instanceof PyBytes b) || b.data().length != 1) {
                    throw StructModule.error("char format requires a bytes object of length 1");
                }
                buf[off] = b.data()[0];
            }
            case '?' -> buf[off] = (byte) (Abstract.isTrue(v) ? 1 : 0);
            case 'e' -> {
                double x = toDouble(v);
                int h = HalfFloat.pack(x);
                if (h < 0) {
                    throw floatOverflow(v, "float too large to pack with e format");
                }
                putBits(buf, off, 2, h, little);
            }
            case 'f' -> {
                double x = toDouble(v);
                float y = (float) x;
                if (mode != Mode.NATIVE && Float.isInfinite(y) && !Double.isInfinite(x)) {
                    throw floatOverflow(v, "float too large to pack with f format");
                }
                putBits(buf, off, 4, Float.floatToRawIntBits(y), little);
            }
            case 'd' -> putBits(buf, off, 8, Double.doubleToRawLongBits(toDouble(v)), little);
            default -> putBits(buf, off, size, toInteger(c, size, mode, v), little);
        }
    }

    /** The float error for a float argument; an int one gets struct.error as CPython's does. */
    private static PyException floatOverflow(Object v, String message) {
        return v instanceof PyFloat ? PyErr.overflowError(message) : StructModule.error("int too large to convert");
    }

    private static double toDouble(Object v) {
        if (v instanceof PyFloat f) {
            return f.doubleValue();
        }
        try {
            return Abstract.asDouble(v);
        } catch (PyException e) {
            if (e.pyType() == Exceptions.TypeError || e.pyType() == Exceptions.OverflowError) {
                throw StructModule.error("required argument is not a float");
            }
            throw e;
        }
    }

    /** The bits of an integer item, range-checked for its format character and size. */
    private static long toInteger(char c, int size, Mode mode, Object v) {
        if (!(v instanceof PyInt) && Abstract.typeOf(v).slot(Slot.__index__) == null) {
            throw StructModule.error("required argument is not an integer");
        }
        PyInt i = Abstract.index(v);
        if (c == 'P') {
            // A pointer takes any value a signed or an unsigned 64-bit integer can hold.
            BigInteger b = i.bigValue();
            if (b.bitLength() > 64 || b.signum() < 0 && b.bitLength() > 63) {
                throw StructModule.error("int too large to convert");
            }
            return b.longValue();
        }
        boolean signed = Character.isLowerCase(c);
        int bits = size * 8;
        BigInteger min, max;
        if (signed) {
            max = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
            min = BigInteger.ONE.shiftLeft(bits - 1).negate();
        } else {
            max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
            min = BigInteger.ZERO;
        }
        if (i.isLong()) {
            long x = i.longValue();
            boolean ok = signed ? bits == 64 || (x >= min.longValue() && x <= max.longValue())
                    : x >= 0 && (bits == 64 || x <= max.longValue());
            if (ok) {
                return x;
            }
        } else {
            BigInteger b = i.bigValue();
            if (b.compareTo(min) >= 0 && b.compareTo(max) <= 0) {
                return b.longValue();
            }
        }
        throw StructModule.error("'%s' format requires %s <= number <= %s", String.valueOf(c), min, max);
    }

    private static void putBits(byte[] buf, int off, int size, long bits, boolean little) {
        for (int k = 0; k < size; k++) {
            byte b = (byte) (bits >>> (8 * k));
            buf[little ? off + k : off + size - 1 - k] = b;
        }
    }

    private static long getBits(byte[] buf, int off, int size, boolean little) {
        long bits = 0;
        for (int k = 0; k < size; k++) {
            long b = buf[little ? off + k : off + size - 1 - k] & 0xffL;
            bits |= b << (8 * k);
        }
        return bits;
    }

    /** Unpacks the values of {@code f} from {@code buf} at {@code at}. */
    static PyTuple unpack(StructFormat f, byte[] buf, int at) {
        Object[] out = new Object[(int) f.items];
        int a = 0;
        boolean little = f.mode != Mode.BIG;
        for (Code code : f.codes) {
            int off = at + (int) code.offset();
            char c = code.c();
            if (c == 's') {
                out[a++] = new PyBytes(Arrays.copyOfRange(buf, off, off + code.size()));
                continue;
            }
            if (c == 'p') {
                int size = code.size();
                if (size == 0) {
                    out[a++] = PyBytes.EMPTY;
                    continue;
                }
                int n = Math.min(buf[off] & 0xff, size - 1);
                out[a++] = new PyBytes(Arrays.copyOfRange(buf, off + 1, off + 1 + n));
                continue;
            }
            for (long r = 0; r < code.repeat(); r++) {
                out[a++] = unpackOne(c, code.size(), buf, off, little);
                off += code.size();
            }
        }
        return new PyTuple(out);
    }

    private static Object unpackOne(char c, int size, byte[] buf, int off, boolean little) {
        return switch (c) {
            case 'c' -> new PyBytes(new byte[] {buf[off]});
            case '?' -> PyBool.of(buf[off] != 0);
            case 'e' -> new PyFloat(HalfFloat.unpack((int) getBits(buf, off, 2, little)));
            case 'f' -> new PyFloat(Float.intBitsToFloat((int) getBits(buf, off, 4, little)));
            case 'd' -> new PyFloat(Double.longBitsToDouble(getBits(buf, off, 8, little)));
            default -> {
                long bits = getBits(buf, off, size, little);
                if (Character.isLowerCase(c)) {
                    int shift = 64 - 8 * size;
                    yield PyInt.of(bits << shift >> shift);
                }
                if (size == 8 && bits < 0) {
                    yield PyInt.of(BigInteger.valueOf(bits).add(TWO_64));
                }
                yield PyInt.of(bits);
            }
        };
    }
}
