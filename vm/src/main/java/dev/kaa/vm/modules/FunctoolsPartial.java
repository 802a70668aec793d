package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.ClassMethod;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.GenericAlias;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PySetter;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code functools.partial(func, /, *args, **keywords)}: {@code func} with some arguments
 * fixed. A partial of a partial (without instance attributes) flattens into one. In 3.13 a
 * partial is not yet a method descriptor: {@code __get__} returns the partial itself, with a
 * {@code FutureWarning}.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class FunctoolsPartial extends CollectionsSubclassable {
    public static final PyType TYPE = PyType.builtin("functools.partial", FunctoolsPartial.class,
            MethodHandles.lookup(), PyType.BASETYPE).withDoc("Bind some positional and keyword arguments of func now;"
                    + " calling the result\n"
            + "supplies the rest.");

    private Object func;
    private PyTuple args;
    private PyDict keywords;

    private FunctoolsPartial(PyType cls) {
        super(cls, true);
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos < 1) {
            throw PyErr.typeError("type 'partial' takes at least one argument");
        }
        Object func = args[0];
        if (!FunctoolsModule.callable(func)) {
            throw PyErr.typeError("the first argument must be callable");
        }
        Object[] before = new Object[0];
        PyDict kw = new PyDict();
        if (func instanceof FunctoolsPartial inner && (inner.instanceDict() == null || inner.instanceDict().size() == 0)) {
            before = inner.args.items();
            kw.update(inner.keywords);
            func = inner.func;
        }
        Object[] all = new Object[before.length + npos - 1];
        System.arraycopy(before, 0, all, 0, before.length);
        System.arraycopy(args, 1, all, before.length, npos - 1);
        for (int k = 0; k < nkw; k++) {
            kw.setItem(PyStr.of(kwnames[k]), args[npos + k]);
        }
        FunctoolsPartial p = new FunctoolsPartial(cls);
        p.func = func;
        p.args = new PyTuple(all);
        p.keywords = kw;
        return p;
    }

    @PyMethod
    Object __call__(Object[] callArgs, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = callArgs.length - nkw;
        Object[] fixed = args.items();
        if (keywords.size() == 0) {
            Object[] all = new Object[fixed.length + callArgs.length];
            System.arraycopy(fixed, 0, all, 0, fixed.length);
            System.arraycopy(callArgs, 0, all, fixed.length, callArgs.length);
            return Abstract.call(func, all, kwnames);
        }
        PyDict kw = keywords.copy();
        for (int k = 0; k < nkw; k++) {
            kw.setItem(PyStr.of(kwnames[k]), callArgs[npos + k]);
        }
        int n = kw.size();
        Object[] all = new Object[fixed.length + npos + n];
        String[] names = new String[n];
        System.arraycopy(fixed, 0, all, 0, fixed.length);
        System.arraycopy(callArgs, 0, all, fixed.length, npos);
        int i = 0;
        for (int e = kw.nextEntry(0); e >= 0; e = kw.nextEntry(e + 1)) {
            Object key = kw.keyAt(e);
            if (!(key instanceof PyStr s)) {
                throw PyErr.typeError("keywords must be strings");
            }
            names[i] = s.value();
            all[fixed.length + npos + i] = kw.valueAt(e);
            i++;
        }
        return Abstract.call(func, all, names);
    }

    @PyMethod
    Object __get__(Object obj, @Opt Object type) {
        if (obj != null && obj != PyNone.NONE) {
            warnFuture("functools.partial will be a method descriptor in future Python versions; "
                    + "wrap it in staticmethod() if you want to preserve the old behavior");
        }
        return this;
    }

    /**
     * {@code warnings.warn(message, FutureWarning, 1)}, attributed to the running Python code.
     * Kaa has no C-level {@code _warnings} yet: while {@code warnings} itself cannot be imported
     * (it needs {@code re}), the warning is not issued rather than failing the attribute access.
     */
    static void warnFuture(String message) {
        ThreadState ts = ThreadState.current();
        Object warnings;
        try {
            warnings = ts.runtime.services.importName(ts, "warnings", null, PyNone.NONE, 0);
        } catch (dev.kaa.vm.objects.PyException e) {
            if (e.matches(Exceptions.ImportError)) {
                return;
            }
            throw e;
        }
        Abstract.callMethod(warnings, "warn", PyStr.of(message), Exceptions.FutureWarning, dev.kaa.vm.objects.PyInt.ONE);
    }

    @PyGetter(doc = "the callable the bound arguments are passed to")
    Object func() {
        return func;
    }

    @PyGetter(doc = "the leading positional arguments bound in, as a tuple")
    Object args() {
        return args;
    }

    @PyGetter(doc = "the keyword arguments bound in, as a dict")
    Object keywords() {
        return keywords;
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
        setInstanceDict(d);
    }

    @PyMethod
    Object __repr__() {
        if (!CollectionsRecursion.enter(this)) {
            return PyStr.of("...");
        }
        try {
            StringBuilder sb = new StringBuilder();
            sb.append(Abstract.repr(func).value());
            for (Object a : args.items()) {
                sb.append(", ").append(Abstract.repr(a).value());
            }
            for (int e = keywords.nextEntry(0); e >= 0; e = keywords.nextEntry(e + 1)) {
                sb.append(", ").append(Abstract.str(keywords.keyAt(e)).value()).append('=')
                        .append(Abstract.repr(keywords.valueAt(e)).value());
            }
            PyType t = type();
            return PyStr.of(t.moduleName() + "." + t.qualname() + "(" + sb + ")");
        } finally {
            CollectionsRecursion.leave(this);
        }
    }

    @PyMethod
    Object __reduce__() {
        PyDict d = instanceDict();
        return PyTuple.of(type(), PyTuple.of(func), PyTuple.of(func, args,
                keywords.size() == 0 ? PyNone.NONE : keywords, d == null || d.size() == 0 ? PyNone.NONE : d));
    }

    @PyMethod
    void __setstate__(Object state) {
        if (!(state instanceof PyTuple t)) {
            throw PyErr.typeError("argument to __setstate__ must be a tuple");
        }
        if (t.size() != 4) {
            throw PyErr.typeError("expected 4 items in state, got %d", t.size());
        }
        Object fn = t.get(0), fnargs = t.get(1), kw = t.get(2), dict = t.get(3);
        if (!FunctoolsModule.callable(fn) || !(fnargs instanceof PyTuple)
                || (kw != PyNone.NONE && !(kw instanceof PyDict))) {
            throw PyErr.typeError("invalid partial state");
        }
        PyTuple a = fnargs.getClass() == PyTuple.class ? (PyTuple) fnargs : new PyTuple(((PyTuple) fnargs).items().clone());
        PyDict k;
        if (kw == PyNone.NONE) {
            k = new PyDict();
        } else {
            k = new PyDict();
            k.update((PyDict) kw);
        }
        func = fn;
        args = a;
        keywords = k;
        if (dict == PyNone.NONE) {
            setInstanceDict(new PyDict());
        } else if (dict instanceof PyDict d) {
            setInstanceDict(d);
        } else {
            throw PyErr.typeError("setting partial object's dictionary to a non-dict");
        }
    }

    @ClassMethod
    static Object __class_getitem__(PyType cls, Object item) {
        return GenericAlias.of(cls, item);
    }
}
