package dev.kaa.vm.modules.io;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyByteArray;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMemoryView;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PySlice;
import dev.kaa.vm.objects.PyStr;
import java.util.Arrays;

/**
 * Argument conversions shared by the I/O classes: sizes ({@code int} or {@code None}),
 * bytes-like objects read from and written into.
 *
 * <p>Thread safety: stateless.
 */
final class IoArgs {
    private IoArgs() {}

    /** A size argument: an index, or None (and a missing argument) for -1. */
    static long size(Object o) {
        if (o == null || o == PyNone.NONE) {
            return -1;
        }
        if (!(o instanceof PyInt) && Abstract.lookupSpecial(o, PyStr.intern("__index__")) == null) {
            throw PyErr.typeError("argument should be integer or None, not '%T'", o);
        }
        return Abstract.asLong(o);
    }

    /** The one optional argument of {@code name(size=-1, /)}, or null when not given. */
    static Object optionalOne(String name, Object[] args) {
        if (args.length > 1) {
            throw PyErr.typeError("%s expected at most 1 argument, got %d", name, args.length);
        }
        return args.length > 0 ? args[0] : null;
    }

    /** Checks the arguments of {@code seek(target, whence=0, /)}. */
    static void seekArgs(Object[] args) {
        if (args.length < 1) {
            throw PyErr.typeError("seek expected at least 1 argument, got %d", args.length);
        }
        if (args.length > 2) {
            throw PyErr.typeError("seek expected at most 2 arguments, got %d", args.length);
        }
    }

    /** The bytes of a {@code bytes}/{@code bytearray} result, else TypeError with {@code message}. */
    static byte[] bytesOf(Object o, String message) {
        if (o instanceof PyBytes b) {
            return b.data();
        }
        if (o instanceof PyByteArray b) {
            return b.toByteArray();
        }
        throw PyErr.typeError(message, o);
    }

    /** The length in bytes of a writable buffer; TypeError naming {@code function} for others. */
    static int writableLength(Object b, String function) {
        if (b instanceof PyByteArray) {
            return Abstract.len(b);
        }
        if (b instanceof PyMemoryView) {
            if (Abstract.isTrue(Abstract.getAttr(b, "readonly"))) {
                throw PyErr.typeError("%s must be read-write bytes-like object, not memoryview", function);
            }
            return Abstract.asInt(Abstract.getAttr(b, "nbytes"));
        }
        Object view = viewOrNull(b); // another buffer: an array.array, say
        if (view == null || Abstract.isTrue(Abstract.getAttr(view, "readonly"))) {
            throw PyErr.typeError("%s must be read-write bytes-like object, not %T", function, b);
        }
        return Abstract.asInt(Abstract.getAttr(view, "nbytes"));
    }

    /** {@code memoryview(b)}, or null when {@code b} has no buffer. */
    private static Object viewOrNull(Object b) {
        try {
            return Abstract.call(PyMemoryView.TYPE, b);
        } catch (dev.kaa.vm.objects.PyException e) {
            if (e.matches(dev.kaa.vm.objects.Exceptions.TypeError)) {
                return null;
            }
            throw e;
        }
    }

    /** Copies {@code n} bytes of {@code data} to the start of the writable buffer {@code b}. */
    static void copyInto(Object b, byte[] data, int n) {
        if (n == 0) {
            return;
        }
        Object target = b instanceof PyByteArray ? b : b instanceof PyMemoryView ? b : viewOrNull(b);
        if (target instanceof PyMemoryView && !PyStr.of("B").equals(Abstract.getAttr(target, "format"))) {
            target = Abstract.callMethod(target, "cast", PyStr.of("B"));
        }
        byte[] part = n == data.length ? data : Arrays.copyOf(data, n);
        Abstract.setItem(target, new PySlice(PyInt.ZERO, PyInt.of(n), PyNone.NONE), new PyBytes(part));
    }
}
