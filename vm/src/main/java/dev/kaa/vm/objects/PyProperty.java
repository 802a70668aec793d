package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * {@code property}: a data descriptor calling its getter, setter and deleter functions.
 * Its docstring comes from the getter when none is given; {@code getter()}, {@code setter()}
 * and {@code deleter()} make a copy with one function replaced (a new instance of the same
 * class, as subclasses expect); {@code __set_name__} records the attribute name that 3.13's
 * error messages show ("property 'x' of 'C' object has no setter").
 *
 * <p>Thread safety: GIL-guarded.
 */
public class PyProperty extends PyObject {
    public static final PyType TYPE = PyType.builtin("property", PyProperty.class, MethodHandles.lookup());

    private static final PyStr DOC = PyStr.intern("__doc__"), NAME = PyStr.intern("__name__");
    private static final PyStr ISABSTRACT = PyStr.intern("__isabstractmethod__");
    private static final String[] PARAMS = {"fget", "fset", "fdel", "doc"};

    /** The functions; null where CPython stores NULL for an absent or None function. */
    private Object fget, fset, fdel;
    /** The docstring; null when unset (reads as None). */
    private Object doc;
    /** The name from {@code __set_name__} or {@code __name__ = …}; null when unset. */
    private Object name;
    /** True when {@link #doc} was taken from the getter, so that a new getter brings its own. */
    private boolean getterDoc;

    public PyProperty() {}

    /** A property with these functions (null or None for none) and docstring, as {@code property(...)} makes. */
    public static PyProperty of(Object fget, Object fset, Object fdel, Object doc) {
        PyProperty p = new PyProperty();
        p.init(fget, fset, fdel, doc);
        return p;
    }

    @Override public PyType type() {
        return TYPE;
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }

    private static Object noneIsNull(Object o) {
        return o == PyNone.NONE ? null : o;
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        return cls == TYPE ? new PyProperty() : new Derived(cls);
    }

    @PyMethod
    void __init__(Object[] args, String[] kwnames) {
        Object[] a = bindInit(args, kwnames);
        init(a[0], a[1], a[2], a[3]);
    }

    /** Binds {@code property(fget=None, fset=None, fdel=None, doc=None)} with CPython's messages. */
    private static Object[] bindInit(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (args.length > PARAMS.length) {
            throw PyErr.typeError("property() takes at most 4 %sarguments (%d given)", npos == 0 ? "keyword " : "",
                    args.length);
        }
        Object[] out = new Object[PARAMS.length];
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int at = java.util.Arrays.asList(PARAMS).indexOf(kwnames[k]);
            if (at < 0) {
                throw PyErr.typeError("property() got an unexpected keyword argument '%s'%s", kwnames[k],
                        TracebackSuggestions.didYouMean(kwnames[k], PARAMS));
            }
            if (at < npos) {
                throw PyErr.typeError("argument for property() given by name ('%s') and position (%d)",
                        kwnames[k], at + 1);
            }
            out[at] = args[npos + k];
        }
        return out;
    }

    private void init(Object get, Object set, Object del, Object docArg) {
        fget = noneIsNull(get);
        fset = noneIsNull(set);
        fdel = noneIsNull(del);
        Object d = noneIsNull(docArg);
        getterDoc = false;
        if (d == null && fget != null) {
            // A getter without a docstring leaves doc unset rather than None (CPython ignores
            // an AttributeError from the getter's __doc__ too).
            d = noneIsNull(Abstract.lookupAttr(fget, DOC));
            getterDoc = d != null;
        }
        if (getClass() == PyProperty.class) {
            doc = d;
            return;
        }
        // In a subclass the class body's __doc__ (None at least) would shadow the member, so
        // the docstring goes into the instance's __dict__. A subclass with __slots__ and no
        // __dict__ cannot hold it: Python 3.11 and earlier dropped it silently and 3.12+ keep
        // doing so unless the docstring came from the getter (gh-98963).
        try {
            Abstract.setAttr(this, DOC, orNone(d));
        } catch (PyException e) {
            if (!getterDoc && e.matches(Exceptions.AttributeError)) {
                return;
            }
            throw e;
        }
    }

    // ---- descriptor protocol --------------------------------------------------------------------

    @PyMethod
    Object __get__(Object obj, @Opt Object type) {
        if (obj == null || obj == PyNone.NONE) {
            return this;
        }
        if (fget == null) {
            throw missing(obj, "getter");
        }
        return Abstract.call(fget, obj);
    }

    @PyMethod
    void __set__(Object obj, Object value) {
        if (fset == null) {
            throw missing(obj, "setter");
        }
        Abstract.call(fset, obj, value);
    }

    @PyMethod
    void __delete__(Object obj) {
        if (fdel == null) {
            throw missing(obj, "deleter");
        }
        Abstract.call(fdel, obj);
    }

    /** 3.13's "property 'x' of 'C' object has no setter", naming what is known. */
    private PyException missing(Object obj, String what) {
        String qualname = Abstract.repr(PyStr.of(Abstract.typeOf(obj).qualname())).toString();
        if (name != null) {
            return PyErr.attributeError("property %s of %s object has no %s", Abstract.repr(name), qualname, what);
        }
        return PyErr.attributeError("property of %s object has no %s", qualname, what);
    }

    @PyMethod
    void __set_name__(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("property.__set_name__() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw PyErr.typeError("__set_name__() takes 2 positional arguments but %d were given", args.length);
        }
        name = args[1];
    }

    // ---- copies with one function replaced ------------------------------------------------------

    // None for the function means "keep the current one", as in CPython: p.setter(None) is a copy.

    @PyMethod
    Object getter(Object function) {
        return copy(keep(function, fget), fset, fdel);
    }

    @PyMethod
    Object setter(Object function) {
        return copy(fget, keep(function, fset), fdel);
    }

    @PyMethod
    Object deleter(Object function) {
        return copy(fget, fset, keep(function, fdel));
    }

    private static Object keep(Object function, Object current) {
        return function == PyNone.NONE ? current : function;
    }

    private Object copy(Object get, Object set, Object del) {
        // A docstring taken from the old getter must not outlive it: the new getter's own wins.
        // (A subclass keeps its docstring in its __dict__, which copies do not read, as in CPython.)
        Object d = getterDoc && get != null ? PyNone.NONE : orNone(doc);
        Object made = Abstract.call(Abstract.typeOf(this), orNone(get), orNone(set), orNone(del), d);
        if (made instanceof PyProperty p) {
            p.name = name;
        }
        return made;
    }

    // ---- attributes ----------------------------------------------------------------------------

    @PyGetter
    Object fget() {
        return orNone(fget);
    }

    @PyGetter
    Object fset() {
        return orNone(fset);
    }

    @PyGetter
    Object fdel() {
        return orNone(fdel);
    }

    // fget, fset and fdel are read-only members in CPython, refused with the members' words.

    @PySetter("fget")
    void setFget(Object value) {
        throw PyErr.attributeError("readonly attribute");
    }

    @PySetter("fset")
    void setFset(Object value) {
        throw PyErr.attributeError("readonly attribute");
    }

    @PySetter("fdel")
    void setFdel(Object value) {
        throw PyErr.attributeError("readonly attribute");
    }

    @PyGetter("__doc__")
    Object docAttr() {
        return orNone(doc);
    }

    @PySetter("__doc__")
    void setDocAttr(Object value) {
        doc = value;
    }

    @PyGetter("__name__")
    Object nameAttr() {
        if (name != null) {
            return name;
        }
        if (fget != null) {
            Object n = Abstract.lookupAttr(fget, NAME);
            if (n != null) {
                return n;
            }
        }
        throw PyErr.attributeError("'%T' object has no attribute '__name__'", this);
    }

    @PySetter("__name__")
    void setNameAttr(Object value) {
        name = value;
    }

    @PyGetter
    Object __isabstractmethod__() {
        for (Object f : new Object[] {fget, fset, fdel}) {
            if (f != null) {
                Object v = Abstract.lookupAttr(f, ISABSTRACT);
                if (v != null && Abstract.isTrue(v)) {
                    return PyBool.TRUE;
                }
            }
        }
        return PyBool.FALSE;
    }

    /** An instance of a Python subclass of {@code property}. */
    static final class Derived extends PyProperty implements Instance {
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
