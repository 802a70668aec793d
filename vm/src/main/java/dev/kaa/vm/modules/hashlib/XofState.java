package dev.kaa.vm.modules.hashlib;

import dev.kaa.vm.modules.hashes.HashEngine;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.util.HexFormat;

/**
 * {@code _hashlib.HASHXOF}: a SHAKE hash object, whose {@code digest(length)} and
 * {@code hexdigest(length)} give as many bytes as asked.
 *
 * <p>Thread safety: as {@link HashState}.
 */
final class XofState extends HashState {
    static final PyType TYPE = PyType.builtin("_hashlib.HASHXOF", XofState.class, MethodHandles.lookup(),
            PyType.BASETYPE | PyType.DISALLOW_INSTANTIATION, HashState.TYPE);

    /** The longest output a Java array holds (twice over for the hex digits). */
    private static final long MAX_OUTPUT = Integer.MAX_VALUE - 8;

    XofState(Algorithm alg, HashEngine engine) {
        super(alg, engine);
    }

    @Override public PyType type() {
        return TYPE;
    }

    /** A {@code Py_ssize_t} length; a negative one is the caller's to report. */
    private static long length(Object length) {
        PyInt n = Abstract.index(length);
        if (!n.isLong()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return n.longValue();
    }

    @PyMethod(positionalOnly = 0, doc = "Return the first length bytes of the digest, as bytes.")
    Object digest(Object length) {
        long n = length(length);
        if (n < 0) {
            // CPython passes the length on unchecked, and the bytes constructor complains.
            throw PyErr.systemError("Negative size passed to PyBytes_FromStringAndSize");
        }
        if (n > MAX_OUTPUT) {
            throw PyErr.memoryError();
        }
        return new PyBytes(output((int) n));
    }

    @PyMethod(positionalOnly = 0, doc = "Return the first length bytes of the digest, as hexadecimal digits.")
    String hexdigest(Object length) {
        long n = length(length);
        // CPython's buffer allocation fails for a negative length.
        if (n < 0 || 2 * n > MAX_OUTPUT) {
            throw PyErr.memoryError();
        }
        return HexFormat.of().formatHex(output((int) n));
    }
}
