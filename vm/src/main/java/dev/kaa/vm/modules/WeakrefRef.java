package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.GenericAlias;
import dev.kaa.vm.objects.Instance;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PySingletons;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.ClassMethod;
import java.lang.invoke.MethodHandles;

/**
 * {@code weakref.ref} ({@code weakref.ReferenceType}): calling it gives the referent, or
 * {@code None} once the referent is gone. Subclassable ({@code weakref.KeyedRef}).
 *
 * <p>Thread safety: see {@link WeakrefBase}; the cached hash is a benign race.
 */
public class WeakrefRef extends WeakrefBase {
    public static final PyType TYPE = PyType.builtin("weakref.ReferenceType", WeakrefRef.class,
            MethodHandles.lookup(), PyType.BASETYPE);

    private long hash;
    private boolean hashed;

    WeakrefRef() {}

    @Override public PyType type() {
        return TYPE;
    }

    @Override boolean exactType() {
        return getClass() == WeakrefRef.class;
    }

    /** A new {@code weakref.ref(referent, callback)} (the shared one when there is no callback). */
    public static WeakrefRef of(Object referent, Object callback) {
        return (WeakrefRef) make(TYPE, referent, callback);
    }

    static Object make(PyType cls, Object referent, Object callback) {
        Weakrefs.drain();
        Weakrefs.checkReferable(referent);
        boolean noCallback = callback == null || callback == PyNone.NONE;
        if (cls == TYPE && noCallback) {
            WeakrefBase basic = Weakrefs.basic(referent, false);
            if (basic != null) {
                return basic;
            }
        }
        WeakrefRef r = cls == TYPE ? new WeakrefRef() : new Derived(cls);
        r.bind(referent, callback);
        return r;
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        checkArgs(args, kwnames);
        return make(cls, args[0], args.length > 1 ? args[1] : null);
    }

    @PyMethod
    void __init__(Object[] args, String[] kwnames) {
        // __new__ did the work; the arguments are checked again as CPython's ref.__init__ does.
        checkArgs(args, kwnames);
    }

    private static void checkArgs(Object[] args, String[] kwnames) {
        int n = args.length - (kwnames == null ? 0 : kwnames.length);
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("ref() takes no keyword arguments");
        }
        if (n < 1) {
            throw PyErr.typeError("__new__ expected at least 1 argument, got %s", n);
        }
        if (n > 2) {
            throw PyErr.typeError("__new__ expected at most 2 arguments, got %s", n);
        }
    }

    @PyMethod
    Object __call__(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("weakref() takes no keyword arguments");
        }
        if (args.length > 0) {
            throw PyErr.typeError("weakref expected 0 arguments, got %s", args.length);
        }
        Object o = referentOrNull();
        return o == null ? PyNone.NONE : o;
    }

    @PyMethod
    long __hash__() {
        if (hashed) {
            return hash;
        }
        Object o = referentOrNull();
        if (o == null) {
            throw PyErr.typeError("weak object has gone away");
        }
        hash = Abstract.hash(o);
        hashed = true;
        return hash;
    }

    @PyMethod
    Object __eq__(Object other) {
        return compare(other, true);
    }

    @PyMethod
    Object __ne__(Object other) {
        return compare(other, false);
    }

    private Object compare(Object other, boolean eq) {
        if (!(other instanceof WeakrefRef o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        Object a = referentOrNull();
        Object b = o.referentOrNull();
        if (a == null || b == null) {
            boolean same = this == other;
            return PyBool.of(eq == same);
        }
        return Abstract.richCompare(a, b, eq ? dev.kaa.vm.objects.CompareOp.EQ : dev.kaa.vm.objects.CompareOp.NE);
    }

    @PyMethod
    Object __repr__() {
        Object o = referentOrNull();
        String head = "<weakref at " + Abstract.idHex(this) + "; ";
        return PyStr.of(o == null ? head + "dead>" : head + referentDescription(o) + ">");
    }

    @PyGetter
    Object __callback__() {
        Object cb = callback;
        return cb == null ? PyNone.NONE : cb;
    }

    @ClassMethod
    static Object __class_getitem__(PyType cls, Object item) {
        return GenericAlias.of(cls, item);
    }

    static final class Derived extends WeakrefRef implements Instance {
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
