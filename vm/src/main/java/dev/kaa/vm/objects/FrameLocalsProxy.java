package dev.kaa.vm.objects;

import dev.kaa.bytecode.CodeObject;
import java.lang.invoke.MethodHandles;

/**
 * {@code frame.f_locals} of a function frame, or of module or class code running an inlined
 * comprehension (PEP 667): a mapping that reads and writes the
 * frame's fast locals and cells themselves, with names that are not variables kept in the
 * frame's extra dict. Variables cannot be removed through it.
 *
 * <p>Thread safety: GIL-guarded, like the frame.
 */
public final class FrameLocalsProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("FrameLocalsProxy", FrameLocalsProxy.class, MethodHandles.lookup(),
            PyType.MAPPING | PyType.UNHASHABLE);

    private final PyFrame frame;

    FrameLocalsProxy(PyFrame frame) {
        this.frame = frame;
    }

    @Override public PyType type() {
        return TYPE;
    }

    private int indexOf(Object key) {
        if (!(key instanceof PyStr name)) {
            return -1;
        }
        PyStr[] names = frame.code.localsplusNames;
        for (int i = 0; i < names.length; i++) {
            if (names[i].value.equals(name.value) && visible(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether variable {@code i} is part of the mapping: the variables of a comprehension inlined
     * in module or class code (PEP 709's hidden locals) only while the comprehension binds them.
     */
    private boolean visible(int i) {
        return (frame.code.localsplusKinds[i] & CodeObject.CO_FAST_HIDDEN) == 0 || frame.localsplus[i] != null;
    }

    private boolean isCell(int i) {
        return (frame.code.localsplusKinds[i] & (CodeObject.CO_FAST_CELL | CodeObject.CO_FAST_FREE)) != 0;
    }

    private Object valueAt(int i) {
        Object v = frame.localsplus[i];
        if (isCell(i)) {
            return v instanceof PyCell c ? c.value : (frame.state == PyFrame.CREATED ? v : null);
        }
        return v;
    }

    private PyDict extra() {
        return frame.extraLocals();
    }

    @PyMethod
    Object __getitem__(Object key) {
        int i = indexOf(key);
        if (i >= 0) {
            Object v = valueAt(i);
            if (v != null) {
                return v;
            }
            throw PyErr.keyError(key);
        }
        Object v = frame.extraLocalsOrNull() == null ? null : extra().getItem(key);
        if (v == null) {
            throw PyErr.keyError(key);
        }
        return v;
    }

    @PyMethod
    void __setitem__(Object key, Object value) {
        int i = indexOf(key);
        if (i >= 0) {
            if (isCell(i) && frame.localsplus[i] instanceof PyCell c) {
                c.value = value;
            } else {
                frame.localsplus[i] = value;
            }
            return;
        }
        extra().setItem(key, value);
    }

    @PyMethod
    void __delitem__(Object key) {
        if (indexOf(key) >= 0) {
            throw PyErr.typeError("cannot remove variables from FrameLocalsProxy");
        }
        if (frame.extraLocalsOrNull() == null || extra().getItem(key) == null) {
            throw PyErr.typeError("cannot remove variables from FrameLocalsProxy");
        }
        extra().delItem(key);
    }

    @PyMethod
    Object __contains__(Object key) {
        int i = indexOf(key);
        if (i >= 0) {
            return PyBool.of(valueAt(i) != null);
        }
        return PyBool.of(frame.extraLocalsOrNull() != null && extra().getItem(key) != null);
    }

    /** A dict of the current contents, in CPython's order: variables, then extra names. */
    PyDict snapshot() {
        PyDict d = new PyDict();
        PyStr[] names = frame.code.localsplusNames;
        for (int i = 0; i < names.length; i++) {
            if (!visible(i)) {
                continue;
            }
            Object v = valueAt(i);
            if (v != null) {
                d.setItem(names[i], v);
            }
        }
        if (frame.extraLocalsOrNull() != null) {
            d.update(extra());
        }
        return d;
    }

    @PyMethod
    Object __iter__() {
        return Abstract.iter(new PyList(snapshot().keys().toArray()));
    }

    @PyMethod
    int __len__() {
        return snapshot().size();
    }

    @PyMethod
    Object keys() {
        return new PyList(snapshot().keys().toArray());
    }

    @PyMethod
    Object values() {
        PyDict d = snapshot();
        PyList out = new PyList();
        for (Object k : d.keys()) {
            out.append(d.getItem(k));
        }
        return out;
    }

    @PyMethod
    Object items() {
        PyDict d = snapshot();
        PyList out = new PyList();
        for (Object k : d.keys()) {
            out.append(PyTuple.of(k, d.getItem(k)));
        }
        return out;
    }

    @PyMethod
    Object get(Object key, @Opt("None") Object dflt) {
        return PyBool.TRUE == __contains__(key) ? __getitem__(key) : dflt;
    }

    @PyMethod
    Object setdefault(Object key, @Opt("None") Object dflt) {
        if (PyBool.TRUE == __contains__(key)) {
            return __getitem__(key);
        }
        __setitem__(key, dflt);
        return dflt;
    }

    @PyMethod
    void update(Object other) {
        PyDict d = new PyDict();
        Abstract.callMethod(d, "update", other);
        for (Object k : d.keys()) {
            __setitem__(k, d.getItem(k));
        }
    }

    @PyMethod
    Object copy() {
        return snapshot();
    }

    @PyMethod
    Object __repr__() {
        return Abstract.repr(snapshot());
    }

    @PyMethod
    Object __eq__(Object other) {
        return Abstract.richCompare(snapshot(), other instanceof FrameLocalsProxy p ? p.snapshot() : other, CompareOp.EQ);
    }

    @PyMethod
    Object __or__(Object other) {
        return Abstract.binaryOp(snapshot(), other, BinaryOp.OR);
    }
}
