package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * {@code zip(*iterables, strict=False)}: tuples of the iterables' items side by side, ending
 * with the shortest; with {@code strict=True}, iterables of different lengths are a
 * {@code ValueError} naming the first one that differs.
 *
 * <p>Thread safety: GIL-guarded.
 */
public class PyZip extends BuiltinIterator {
    public static final PyType TYPE = PyType.builtin("zip", PyZip.class, MethodHandles.lookup());

    private Object[] iterators;
    private boolean strict;

    PyZip() {}

    @Override public PyType type() {
        return TYPE;
    }

    /** {@code zip(*iterables, strict=strict)}. */
    public static PyZip of(Object[] iterables, boolean strict) {
        PyZip z = new PyZip();
        z.init(iterables, iterables.length, strict);
        return z;
    }

    private void init(Object[] args, int npos, boolean strict) {
        Object[] its = new Object[npos];
        for (int i = 0; i < npos; i++) {
            its[i] = Abstract.iter(args[i]);
        }
        this.iterators = its;
        this.strict = strict;
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        boolean strict = false;
        if (nkw > 1) {
            throw PyErr.typeError("zip() takes at most 1 keyword argument (%d given)", nkw);
        }
        if (nkw == 1) {
            if (!kwnames[0].equals("strict")) {
                throw PyErr.typeError("zip() got an unexpected keyword argument '%s'%s", kwnames[0],
                        TracebackSuggestions.didYouMean(kwnames[0], "strict"));
            }
            strict = Abstract.isTrue(args[args.length - 1]);
        }
        PyZip z = cls == TYPE ? new PyZip() : new Derived(cls);
        z.init(args, args.length - nkw, strict);
        return z;
    }

    @PyMethod
    Object __iter__() {
        return this;
    }

    @Override Object advance() {
        int n = iterators.length;
        if (n == 0) {
            return null;
        }
        Object[] items = new Object[n];
        for (int i = 0; i < n; i++) {
            Object item = Abstract.next(iterators[i]);
            if (item == null) {
                if (strict) {
                    checkLengths(i);
                }
                return null;
            }
            items[i] = item;
        }
        return new PyTuple(items);
    }

    /** Iterator {@code i} ran out: strictness requires all the others to run out with it. */
    private void checkLengths(int i) {
        if (i > 0) {
            throw PyErr.valueError("zip() argument %d is shorter than argument%s", i + 1, which(i));
        }
        for (int j = 1; j < iterators.length; j++) {
            if (Abstract.next(iterators[j]) != null) {
                throw PyErr.valueError("zip() argument %d is longer than argument%s", j + 1, which(j));
            }
        }
    }

    /** " 1" or "s 1-n": the arguments before argument {@code n + 1}. */
    private static String which(int n) {
        return n == 1 ? " 1" : "s 1-" + n;
    }

    @PyMethod
    Object __reduce__() {
        PyTuple its = new PyTuple(iterators.clone());
        return strict ? PyTuple.of(Abstract.typeOf(this), its, PyBool.TRUE) : PyTuple.of(Abstract.typeOf(this), its);
    }

    @PyMethod
    void __setstate__(Object state) {
        strict = Abstract.isTrue(state);
    }

    /** An instance of a Python subclass of {@code zip}. */
    static final class Derived extends PyZip implements Instance {
        private PyType type;
        private PyDict dict;
        private final Object[] slots;

        Derived(PyType type) {
            this.type = type;
            this.dict = type.instancesHaveDict() ? new PyDict() : null;
            this.slots = type.slotCount() == 0 ? null : new Object[type.slotCount()];
        }

        @Override public PyType type() {
            return type;
        }

        @Override public PyDict instanceDict() {
            return dict;
        }

        @Override public void setInstanceDict(PyDict dict) {
            this.dict = dict;
        }

        @Override public void setType(PyType type) {
            this.type = type;
        }

        @Override public Object[] slotValues() {
            return slots;
        }
    }
}
