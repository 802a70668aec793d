package dev.kaa.vm.modules.io;

import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The exceptions {@code _io} raises, with CPython's words, and the per-interpreter class
 * {@code io.UnsupportedOperation} (a subclass of both {@code OSError} and {@code ValueError},
 * made by calling {@code type} as a class statement would, once per interpreter).
 *
 * <p>Thread safety: the map of classes is synchronized; the rest is stateless.
 */
final class IoErrors {
    private IoErrors() {}

    private static final Map<Runtime, PyType> UNSUPPORTED = Collections.synchronizedMap(new WeakHashMap<>());

    /** This interpreter's {@code UnsupportedOperation}. */
    static PyType unsupportedType() {
        ThreadState ts = ThreadState.currentOrNull();
        Runtime rt = ts == null ? null : ts.runtime;
        PyType t = rt == null ? null : UNSUPPORTED.get(rt);
        if (t == null) {
            PyDict ns = new PyDict();
            ns.setItem(PyStr.intern("__module__"), PyStr.of("io"));
            t = (PyType) Abstract.call(PyType.TYPE, PyStr.of("UnsupportedOperation"),
                    PyTuple.of(Exceptions.OSError, Exceptions.ValueError), ns);
            if (rt != null) {
                UNSUPPORTED.put(rt, t);
            }
        }
        return t;
    }

    static PyException unsupported(String message) {
        return PyErr.format(unsupportedType(), "%s", message);
    }

    /** The closed-file error of the text and in-memory classes (with a full stop). */
    static PyException closedDot() {
        return PyErr.valueError("I/O operation on closed file.");
    }

    /** The closed-file error of the raw and buffered classes (no full stop). */
    static PyException closed() {
        return PyErr.valueError("I/O operation on closed file");
    }

    static PyException detached(String what) {
        return PyErr.valueError("%s", what);
    }

    static PyException blocking(int errno, String text, int written) {
        return new PyException(dev.kaa.vm.objects.PyBaseException.create(Exceptions.BlockingIOError,
                dev.kaa.vm.objects.PyInt.of(errno), PyStr.of(text), dev.kaa.vm.objects.PyInt.of(written)));
    }
}
