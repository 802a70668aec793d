package dev.kaa.vm.objects;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.vm.internal.eval.Eval;
import dev.kaa.vm.internal.eval.ThreadState;
import java.lang.invoke.MethodHandles;

/**
 * A function written in Python: code, globals, defaults, closure and the attributes
 * {@code functools.wraps} and {@code inspect} read and write.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class PyFunction extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.builtin("function", PyFunction.class, MethodHandles.lookup(),
            PyType.METHOD_DESCRIPTOR);

    public PyCode code;
    public final PyDict globals;
    public final Object builtins;
    public PyStr name;
    public PyStr qualname;
    /** {@code __defaults__}: null for None. */
    public PyTuple defaults;
    /** {@code __kwdefaults__}: null for None. */
    public PyDict kwdefaults;
    /** {@code __closure__}: the cells of the free variables, or null. */
    public PyTuple closure;
    public Object annotations;
    public Object doc;
    public Object module;
    public Object typeParams = PyTuple.EMPTY;
    private PyDict dict;
    /** True when a call with exactly {@code argcount} positional arguments needs no binding logic. */
    private boolean simple;

    public PyFunction(PyCode code, PyDict globals, Object builtins) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.name;
        this.qualname = code.qualname;
        // 3.13: the docstring is the first constant when that is a str (the compiler puts None
        // first in a function without one).
        this.doc = code.consts.length > 0 && code.consts[0] instanceof PyStr ? code.consts[0] : PyNone.NONE;
        Object m = globals.getItem(PyStr.intern("__name__"));
        this.module = m == null ? PyNone.NONE : m;
        updateSimple();
    }

    private void updateSimple() {
        simple = code.kwonlyargcount == 0
                && (code.flags & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS)) == 0;
    }

    @Override public PyType type() {
        return TYPE;
    }

    @Override public PyDict instanceDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** Calls the function with the vectorcall layout of {@link Fn.Call}. */
    public Object call(Object[] args, String[] kwnames) {
        return Eval.run(ThreadState.current(), frameFromStack(null, args, 0, args.length, kwnames));
    }

    /**
     * Calls with the positional arguments {@code src[from .. from+n)}, preceded by {@code self}
     * when not null.
     */
    public Object callFromStack(ThreadState ts, Object self, Object[] src, int from, int n) {
        return Eval.run(ts, frameFromStack(self, src, from, n, null));
    }

    /**
     * A new frame for a call with arguments {@code src[from .. from+n)} (the last
     * {@code kwnames.length} of them keyword values), preceded by {@code self} when not null:
     * the interpreter runs it inline.
     */
    public PyFrame frameFromStack(Object self, Object[] src, int from, int n, String[] kwnames) {
        PyFrame frame = new PyFrame(code, globals, builtins, null, this);
        Object[] locals = frame.localsplus;
        int total = n + (self == null ? 0 : 1);
        if (simple && kwnames == null && total == code.argcount) {
            int at = 0;
            if (self != null) {
                locals[at++] = self;
            }
            System.arraycopy(src, from, locals, at, n);
        } else if (self == null) {
            ArgBinding.bind(this, locals, src, from, n, kwnames);
        } else {
            Object[] args = new Object[total];
            args[0] = self;
            System.arraycopy(src, from, args, 1, n);
            ArgBinding.bind(this, locals, args, 0, total, kwnames);
        }
        return frame;
    }

    @PyMethod
    Object __call__(Object[] args, String[] kwnames) {
        return call(args, kwnames);
    }

    @PyMethod
    Object __get__(Object obj, @Opt Object type) {
        if (obj == null) {
            return this;
        }
        return new PyBoundMethod(this, obj);
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("<function " + qualname + " at " + Abstract.idHex(this) + ">");
    }

    @PyGetter("__code__")
    Object codeAttr() {
        return code;
    }

    @PySetter("__code__")
    void setCodeAttr(Object value) {
        if (!(value instanceof PyCode c)) {
            throw PyErr.typeError("__code__ must be set to a code object");
        }
        int nfree = ((PyTuple) c.co_freevars()).size();
        int have = closure == null ? 0 : closure.size();
        if (nfree != have) {
            throw PyErr.valueError("%s() requires a code object with %d free vars, not %d", name, have, nfree);
        }
        code = c;
        updateSimple();
    }

    @PyGetter(value = "__globals__", member = true)
    Object globalsAttr() {
        return globals;
    }

    @PyGetter(value = "__builtins__", member = true)
    Object builtinsAttr() {
        return builtins;
    }

    @PyGetter(value = "__closure__", member = true)
    Object closureAttr() {
        return closure == null ? PyNone.NONE : closure;
    }

    @PyGetter("__name__")
    Object nameAttr() {
        return name;
    }

    @PySetter("__name__")
    void setNameAttr(Object value) {
        if (!(value instanceof PyStr s)) {
            throw PyErr.typeError("__name__ must be set to a string object");
        }
        name = s;
    }

    @PyGetter("__qualname__")
    Object qualnameAttr() {
        return qualname;
    }

    @PySetter("__qualname__")
    void setQualnameAttr(Object value) {
        if (!(value instanceof PyStr s)) {
            throw PyErr.typeError("__qualname__ must be set to a string object");
        }
        qualname = s;
    }

    @PyGetter("__defaults__")
    Object defaultsAttr() {
        return defaults == null ? PyNone.NONE : defaults;
    }

    @PySetter("__defaults__")
    void setDefaultsAttr(Object value) {
        if (value == null || value == PyNone.NONE) {
            defaults = null;
        } else if (value instanceof PyTuple t) {
            defaults = t;
        } else {
            throw PyErr.typeError("__defaults__ must be set to a tuple object");
        }
    }

    @PyGetter("__kwdefaults__")
    Object kwdefaultsAttr() {
        return kwdefaults == null ? PyNone.NONE : kwdefaults;
    }

    @PySetter("__kwdefaults__")
    void setKwdefaultsAttr(Object value) {
        if (value == null || value == PyNone.NONE) {
            kwdefaults = null;
        } else if (value instanceof PyDict d) {
            kwdefaults = d;
        } else {
            throw PyErr.typeError("__kwdefaults__ must be set to a dict object");
        }
    }

    @PyGetter("__annotations__")
    Object annotationsAttr() {
        if (annotations == null || annotations == PyNone.NONE) {
            annotations = new PyDict();
        }
        return annotations;
    }

    @PySetter("__annotations__")
    void setAnnotationsAttr(Object value) {
        if (value != null && value != PyNone.NONE && !(value instanceof PyDict)) {
            throw PyErr.typeError("__annotations__ must be set to a dict object");
        }
        annotations = value;
    }

    @PyGetter(value = "__doc__", member = true)
    Object docAttr() {
        return doc;
    }

    @PySetter("__doc__")
    void setDocAttr(Object value) {
        doc = value == null ? PyNone.NONE : value;
    }

    @PyGetter(value = "__module__", member = true)
    Object moduleAttr() {
        return module;
    }

    @PySetter("__module__")
    void setModuleAttr(Object value) {
        module = value == null ? PyNone.NONE : value;
    }

    @PyGetter("__type_params__")
    Object typeParamsAttr() {
        return typeParams;
    }

    @PySetter("__type_params__")
    void setTypeParamsAttr(Object value) {
        if (!(value instanceof PyTuple)) {
            throw PyErr.typeError("__type_params__ must be set to a tuple");
        }
        typeParams = value;
    }

    @PyGetter("__dict__")
    Object dictAttr() {
        return instanceDict();
    }

    @PySetter("__dict__")
    void setDictAttr(Object value) {
        if (!(value instanceof PyDict d)) {
            throw PyErr.typeError("__dict__ must be set to a dictionary, not a '%T'", value);
        }
        dict = d;
    }
}
