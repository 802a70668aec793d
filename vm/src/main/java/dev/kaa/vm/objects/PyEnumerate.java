package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * {@code enumerate(iterable, start=0)}: pairs {@code (count, item)}, the count a machine long
 * until it overflows, an arbitrary int after.
 *
 * <p>Thread safety: GIL-guarded.
 */
public class PyEnumerate extends BuiltinIterator {
    public static final PyType TYPE = PyType.builtin("enumerate", PyEnumerate.class, MethodHandles.lookup());

    private Object iterator;
    private long index;
    /** The count once it no longer fits a long; null before. */
    private PyInt bigIndex;

    PyEnumerate() {}

    /** {@code enumerate(iterable, start)}. */
    public static PyEnumerate of(Object iterable, PyInt start) {
        PyEnumerate e = new PyEnumerate();
        e.init(iterable, start);
        return e;
    }

    @Override public PyType type() {
        return TYPE;
    }

    private void init(Object iterable, PyInt start) {
        iterator = Abstract.iter(iterable);
        if (start.isLong()) {
            index = start.longValue();
        } else {
            bigIndex = start;
        }
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        Object[] a = bind(args, kwnames);
        PyEnumerate e = cls == TYPE ? new PyEnumerate() : new Derived(cls);
        e.init(a[0], a[1] == null ? PyInt.ZERO : Abstract.index(a[1]));
        return e;
    }

    /**
     * Binds {@code (iterable, start)} with the messages of CPython's enumerate: a keyword that
     * cannot fill a free parameter is "invalid", including {@code start} without an iterable.
     */
    private static Object[] bind(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (args.length > 2) {
            throw PyErr.typeError("enumerate() takes at most 2 %sarguments (%d given)", npos == 0 ? "keyword " : "",
                    args.length);
        }
        if (args.length == 0) {
            throw PyErr.typeError("enumerate() missing required argument 'iterable'");
        }
        Object[] out = new Object[2];
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            // With one argument in all it must be the iterable; with two, the keywords must fill
            // exactly the parameters not given by position.
            int at = kw.equals("iterable") ? 0 : kw.equals("start") && args.length == 2 ? 1 : -1;
            if (at < npos || out[at] != null) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for enumerate()", kw);
            }
            out[at] = args[npos + k];
        }
        return out;
    }

    @PyMethod
    Object __iter__() {
        return this;
    }

    @Override Object advance() {
        Object item = Abstract.next(iterator);
        if (item == null) {
            return null;
        }
        return PyTuple.of(nextCount(), item);
    }

    private PyInt nextCount() {
        if (bigIndex == null) {
            PyInt count = PyInt.of(index);
            if (index == Long.MAX_VALUE) {
                bigIndex = Ints.add(count, PyInt.ONE);
            } else {
                index++;
            }
            return count;
        }
        PyInt count = bigIndex;
        bigIndex = Ints.add(count, PyInt.ONE);
        return count;
    }

    @PyMethod
    Object __reduce__() {
        PyInt count = bigIndex != null ? bigIndex : PyInt.of(index);
        return PyTuple.of(Abstract.typeOf(this), PyTuple.of(iterator, count));
    }

    @ClassMethod
    static Object __class_getitem__(PyType cls, Object item) {
        return GenericAlias.of(cls, item);
    }

    /** An instance of a Python subclass of {@code enumerate}. */
    static final class Derived extends PyEnumerate implements Instance {
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
