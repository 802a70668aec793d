package dev.kaa.vm.objects;

import java.util.Arrays;

/**
 * Arguments of the bytes-like methods: buffers (bytes, bytearray, memoryview), byte values and
 * the construction of bytes from Python objects, with CPython's messages.
 *
 * <p>Thread safety: stateless.
 */
final class BytesArgs {
    private BytesArgs() {}

    /** The bytes of a buffer object (a copy unless it is an immutable bytes), or null for others. */
    static byte[] bufferOrNull(Object o) {
        return bufferOrNull(o, PyMemoryView.SIMPLE);
    }

    /** As {@link #bufferOrNull(Object)}, asking a Python class's {@code __buffer__} with {@code flags}. */
    static byte[] bufferOrNull(Object o, int flags) {
        if (o instanceof PyBytes b) {
            return b.data;
        }
        if (o instanceof PyByteArray b) {
            return Arrays.copyOf(b.data, b.size);
        }
        if (o instanceof PyMemoryView m) {
            return m.toByteArray();
        }
        if (o instanceof BufferExporter e) {
            return Arrays.copyOf(e.bufferArray(), e.bufferLength());
        }
        if (o instanceof dev.kaa.ext.BufferSource b) {
            return b.buffer().toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
        }
        return PyMemoryView.bytesViaBufferMethod(o, flags);
    }

    /** A buffer argument: "a bytes-like object is required, not 'str'". */
    static byte[] buffer(Object o) {
        byte[] b = bufferOrNull(o);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '%T'", o);
        }
        return b;
    }

    /** The sub argument of find/count/index: a buffer, or an int naming one byte. */
    static byte[] subOrByte(Object o) {
        byte[] b = bufferOrNull(o);
        if (b != null) {
            return b;
        }
        if (Abstract.typeOf(o).slot(Slot.__index__) == null) {
            throw PyErr.typeError("argument should be integer or bytes-like object, not '%T'", o);
        }
        return new byte[] {(byte) byteValue(o)};
    }

    /** An int in range(256): "byte must be in range(0, 256)". */
    static int byteValue(Object o) {
        PyInt i = Abstract.index(o);
        if (!i.isLong() || i.longValue() < 0 || i.longValue() > 255) {
            throw PyErr.valueError("byte must be in range(0, 256)");
        }
        return (int) i.longValue();
    }

    /**
     * The bytes that {@code bytes(source, encoding, errors)} and {@code bytearray(...)} hold;
     * {@code typeName} is the type named in "cannot convert 'float' object to bytes".
     */
    static byte[] construct(Object source, Object encoding, Object errors, String typeName) {
        if (source == null) {
            if (encoding != null || errors != null) {
                throw PyErr.typeError(encoding != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return new byte[0];
        }
        if (source instanceof PyStr s) {
            if (encoding == null) {
                throw PyErr.typeError("string argument without an encoding");
            }
            String enc = strArg(encoding, typeName, "encoding");
            // An absent errors stays absent: a codec from the registry is then called without it.
            String err = errors == null ? null : strArg(errors, typeName, "errors");
            return StrCodec.encode(s.value, enc, err);
        }
        if (encoding != null || errors != null) {
            throw PyErr.typeError(encoding != null ? "encoding without a string argument"
                    : "errors without a string argument");
        }
        if (typeName.equals("bytes")) {
            Object bytesMethod = Abstract.lookupSpecial(source, PyStr.intern("__bytes__"));
            if (bytesMethod != null) {
                Object r = Abstract.call(bytesMethod);
                if (!(r instanceof PyBytes rb)) {
                    throw PyErr.typeError("__bytes__ returned non-bytes (type %T)", r);
                }
                return rb.data;
            }
        }
        // bytes(x) asks an exporter for a full read-only buffer, as CPython's PyBUF_FULL_RO.
        byte[] buf = source instanceof PyBytes || source instanceof PyByteArray || source instanceof PyMemoryView
                ? bufferOrNull(source) : bufferOrNull(source, PyMemoryView.FULL_RO);
        if (buf != null) {
            return buf == (source instanceof PyBytes b ? b.data : null) ? buf.clone() : buf;
        }
        if (Abstract.typeOf(source).slot(Slot.__index__) != null) {
            PyInt n = Abstract.index(source);
            if (n.signum() < 0) {
                throw PyErr.valueError("negative count");
            }
            if (!n.isLong() || n.longValue() > Integer.MAX_VALUE - 16) {
                throw n.isLong() ? PyErr.memoryError()
                        : PyErr.overflowError("cannot fit 'int' into an index-sized integer");
            }
            return new byte[(int) n.longValue()];
        }
        PyType t = Abstract.typeOf(source);
        if (t.slot(Slot.__iter__) == null && t.slot(Slot.__getitem__) == null) {
            throw PyErr.typeError("cannot convert '%T' object to %s", source, typeName);
        }
        return fromIterable(source, typeName.equals("bytes") ? "bytes" : "byte");
    }

    /** The bytes of an iterable of ints in range(256). */
    static byte[] fromIterable(Object iterable) {
        return fromIterable(iterable, "byte");
    }

    /** As {@link #fromIterable(Object)}; {@code what} starts the range message ("bytes"/"byte"). */
    static byte[] fromIterable(Object iterable, String what) {
        ByteSink out = new ByteSink(16);
        Abstract.forEach(iterable, o -> {
            if (Abstract.typeOf(o).slot(Slot.__index__) == null) {
                throw PyErr.typeError("'%T' object cannot be interpreted as an integer", o);
            }
            PyInt i = Abstract.index(o);
            if (!i.isLong() || i.longValue() < 0 || i.longValue() > 255) {
                throw PyErr.valueError("%s must be in range(0, 256)", what);
            }
            out.add((int) i.longValue());
        });
        return out.toArray();
    }

    private static String strArg(Object o, String function, String name) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyErr.typeError("%s() argument '%s' must be str, not %s", function, name, Strs.clinicTypeName(o));
    }

    /** A growable byte buffer. */
    static final class ByteSink {
        byte[] a;
        int n;

        ByteSink(int capacity) {
            a = new byte[Math.max(capacity, 8)];
        }

        void add(int b) {
            if (n == a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = (byte) b;
        }

        void add(byte[] b, int from, int to) {
            int len = to - from;
            if (n + len > a.length) {
                a = Arrays.copyOf(a, Math.max(a.length * 2, n + len));
            }
            System.arraycopy(b, from, a, n, len);
            n += len;
        }

        byte[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
