package dev.kaa.vm.objects;

import java.math.BigInteger;

/**
 * {@code int.to_bytes} and {@code int.from_bytes}: two's complement (when signed) or unsigned
 * magnitude in a given number of bytes, big- or little-endian.
 *
 * <p>Thread safety: stateless.
 */
final class IntBytes {
    private IntBytes() {}

    /** True for "little", false for "big"; ValueError otherwise. */
    static boolean littleEndian(Object byteorder, String fn) {
        if (byteorder == null) {
            return false;
        }
        if (!(byteorder instanceof PyStr s)) {
            throw PyErr.typeError("%s() argument 'byteorder' must be str, not %T", fn, byteorder);
        }
        return switch (s.toString()) {
            case "little" -> true;
            case "big" -> false;
            default -> throw PyErr.valueError("byteorder must be either 'little' or 'big'");
        };
    }

    static PyBytes toBytes(PyInt self, Object lengthArg, Object byteorder, boolean signed) {
        long length = 1;
        if (lengthArg != null) {
            PyInt n = Abstract.index(lengthArg);
            if (!n.isLong()) {
                throw PyErr.overflowError("Python int too large to convert to C ssize_t");
            }
            length = n.longValue();
            if (length < 0) {
                throw PyErr.valueError("length argument must be non-negative");
            }
        }
        boolean little = littleEndian(byteorder, "to_bytes");
        BigInteger v = self.bigValue();
        if (!signed && v.signum() < 0) {
            throw PyErr.overflowError("can't convert negative int to unsigned");
        }
        // Bits needed: the magnitude's bits, plus a sign bit when signed.
        long needed = v.bitLength() + (signed ? 1 : 0);
        if (v.signum() == 0 || (signed && v.equals(BigInteger.ONE.negate()))) {
            needed = 0;
        }
        if (needed > length * 8) {
            throw PyErr.overflowError("int too big to convert");
        }
        if (length > Integer.MAX_VALUE - 16) {
            throw PyErr.memoryError();
        }
        byte[] out = new byte[(int) length];
        byte[] be = v.toByteArray();
        byte pad = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < out.length; i++) {
            int src = be.length - 1 - i;
            byte b = src >= 0 ? be[src] : pad;
            out[little ? i : out.length - 1 - i] = b;
        }
        return new PyBytes(out);
    }

    static PyInt fromBytes(Object bytes, Object byteorder, boolean signed) {
        byte[] data = BytesArgs.bufferOrNull(bytes);
        if (bytes instanceof PyStr) {
            throw PyErr.typeError("cannot convert 'str' object to bytes");
        }
        if (data == null) {
            Object m = Abstract.lookupSpecial(bytes, PyStr.intern("__bytes__"));
            if (m != null) {
                Object r = Abstract.call(m);
                if (!(r instanceof PyBytes rb)) {
                    throw PyErr.typeError("__bytes__ returned non-bytes (type %T)", r);
                }
                data = rb.data();
            } else if (Abstract.typeOf(bytes).slot(Slot.__index__) != null) {
                throw PyErr.typeError("cannot convert '%T' object to bytes", bytes);
            } else {
                PyType t = Abstract.typeOf(bytes);
                if (t.slot(Slot.__iter__) == null && t.slot(Slot.__getitem__) == null) {
                    throw PyErr.typeError("cannot convert '%T' object to bytes", bytes);
                }
                data = BytesArgs.fromIterable(bytes, "bytes");
            }
        }
        boolean little = littleEndian(byteorder, "from_bytes");
        int n = data.length;
        if (n == 0) {
            return PyInt.ZERO;
        }
        byte[] be = new byte[n + 1];
        for (int i = 0; i < n; i++) {
            be[i + 1] = little ? data[n - 1 - i] : data[i];
        }
        if (signed && be[1] < 0) {
            be[0] = (byte) 0xff;
        }
        return PyInt.of(new BigInteger(be));
    }
}
