package dev.kaa.vm.modules.struct;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyByteArray;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMemoryView;
import dev.kaa.vm.objects.PySlice;

/**
 * Reading and writing the bytes of buffer objects (bytes, bytearray, memoryview, and
 * {@link dev.kaa.vm.objects.BufferExporter}s such as arrays) from the Java modules, through the
 * public faces of those types.
 *
 * <p>Thread safety: stateless.
 */
public final class Buffers {
    private Buffers() {}

    /**
     * The bytes of a buffer object (callers must not change the array), or null for others. A
     * view that is not C-contiguous raises {@code BufferError}, as the C-level consumers do.
     */
    public static byte[] orNull(Object o) {
        if (o instanceof PyMemoryView && !contiguous(o)) {
            throw PyErr.format(Exceptions.BufferError, "memoryview: underlying buffer is not C-contiguous");
        }
        return contiguousOrNull(o);
    }

    /** As {@link #orNull}, but a view that is not C-contiguous counts as no buffer (null). */
    public static byte[] contiguousOrNull(Object o) {
        if (o instanceof PyBytes b) {
            return b.data();
        }
        if (o instanceof PyByteArray b) {
            return b.toByteArray();
        }
        if (o instanceof PyMemoryView && contiguous(o)) {
            return ((PyBytes) Abstract.callMethod(o, "tobytes")).data();
        }
        if (o instanceof dev.kaa.vm.objects.BufferExporter e) {
            return java.util.Arrays.copyOf(e.bufferArray(), e.bufferLength());
        }
        if (o instanceof dev.kaa.ext.BufferSource b) {
            return b.buffer().toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
        }
        return PyMemoryView.bytesOfBufferMethod(o);
    }

    private static boolean contiguous(Object view) {
        return Abstract.isTrue(Abstract.getAttr(view, "c_contiguous"));
    }

    /** A buffer argument: "a bytes-like object is required, not 'str'". */
    public static byte[] read(Object o) {
        byte[] b = orNull(o);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '%T'", o);
        }
        return b;
    }

    /** True for the writable buffers: bytearray and writable memoryviews. */
    public static boolean writable(Object o) {
        if (o instanceof PyByteArray || o instanceof dev.kaa.ext.BufferSource b && !b.bufferReadonly()) {
            return true;
        }
        return o instanceof PyMemoryView && !Abstract.isTrue(Abstract.getAttr(o, "readonly")) && contiguous(o);
    }

    /** Stores {@code data} at {@code offset} of a writable buffer (same length: no resize). */
    public static void write(Object o, int offset, byte[] data) {
        if (o instanceof dev.kaa.ext.BufferSource b) {
            java.lang.foreign.MemorySegment.copy(data, 0, b.buffer(), java.lang.foreign.ValueLayout.JAVA_BYTE, offset,
                    data.length);
            return;
        }
        PySlice at = new PySlice(PyInt.of(offset), PyInt.of((long) offset + data.length), dev.kaa.vm.objects.PyNone.NONE);
        Abstract.setItem(o, at, new PyBytes(data));
    }
}
