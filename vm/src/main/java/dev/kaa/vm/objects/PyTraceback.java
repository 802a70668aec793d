package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * A traceback entry: the frame an exception passed through, the instruction and line where it
 * was, and the entry of the next (inner) frame.
 *
 * <p>Thread safety: GIL-guarded ({@code tb_next} may be assigned from Python). The frame is a
 * {@link TracebackFrame}.
 */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyTraceback.class, MethodHandles.lookup(), 0);

    private PyTraceback next;
    private final PyObject frame;
    private final int lasti;
    private final int lineno;

    public PyTraceback(PyTraceback next, PyObject frame, int lasti, int lineno) {
        this.next = next;
        this.frame = frame;
        this.lasti = lasti;
        this.lineno = lineno;
    }

    @Override public PyType type() {
        return TYPE;
    }

    public PyTraceback next() {
        return next;
    }

    public PyObject frame() {
        return frame;
    }

    /** The offset in bytes of the instruction that raised ({@code tb_lasti}). */
    public int lasti() {
        return lasti;
    }

    public int lineno() {
        return lineno;
    }

    @PyGetter
    Object tb_next() {
        return next == null ? PyNone.NONE : next;
    }

    @PySetter("tb_next")
    void setTbNext(Object value) {
        if (value == null) {
            throw PyErr.typeError("can't delete tb_next attribute");
        }
        if (value == PyNone.NONE) {
            next = null;
            return;
        }
        if (!(value instanceof PyTraceback t)) {
            throw PyErr.typeError("expected traceback object, got '%T'", value);
        }
        for (PyTraceback c = t; c != null; c = c.next) {
            if (c == this) {
                throw PyErr.valueError("traceback loop detected");
            }
        }
        next = t;
    }

    @PyGetter
    Object tb_frame() {
        return frame;
    }

    @PyGetter
    Object tb_lasti() {
        return PyInt.of(lasti);
    }

    /** {@code tb_lineno}: the line given, else the line of the instruction at {@code tb_lasti}. */
    @PyGetter
    Object tb_lineno() {
        if (lineno >= 0) {
            return PyInt.of(lineno);
        }
        int line = frame instanceof TracebackFrame f && lasti >= 0 ? f.positions(lasti)[0] : -1;
        return line < 0 ? PyNone.NONE : PyInt.of(line);
    }

    /** {@code types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)}. */
    /** Only the four tb_ attributes, as CPython lists them (its type keeps object's others out). */
    @PyMethod
    Object __dir__() {
        return new PyList(new Object[] {PyStr.of("tb_frame"), PyStr.of("tb_lasti"), PyStr.of("tb_lineno"),
                PyStr.of("tb_next")});
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        String[] names = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"};
        Object[] v = new Object[4];
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos > 4) {
            throw PyErr.typeError("traceback() takes at most 4 arguments (%d given)", args.length);
        }
        System.arraycopy(args, 0, v, 0, npos);
        for (int k = 0; kwnames != null && k < kwnames.length; k++) {
            int at = java.util.Arrays.asList(names).indexOf(kwnames[k]);
            if (at < 0) {
                throw PyErr.typeError("traceback() got an unexpected keyword argument '%s'", kwnames[k]);
            }
            if (v[at] != null) {
                throw PyErr.typeError("argument for traceback() given by name ('%s') and position (%d)", kwnames[k], at + 1);
            }
            v[at] = args[npos + k];
        }
        for (int k = 0; k < 4; k++) {
            if (v[k] == null) {
                throw PyErr.typeError("traceback() missing required argument '%s' (pos %d)", names[k], k + 1);
            }
        }
        if (v[0] != PyNone.NONE && !(v[0] instanceof PyTraceback)) {
            throw PyErr.typeError("expected traceback object or None, got '%T'", v[0]);
        }
        if (!(v[1] instanceof TracebackFrame) || !(v[1] instanceof PyObject frame)) {
            throw PyErr.typeError("traceback() argument 'tb_frame' must be frame, not %T", v[1]);
        }
        int lasti = Abstract.asInt(v[2]);
        int lineno = Abstract.asInt(v[3]);
        return new PyTraceback(v[0] == PyNone.NONE ? null : (PyTraceback) v[0], frame, lasti, lineno);
    }
}
