package dev.kaa.vm.internal.eval;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Fn;
import dev.kaa.vm.objects.Instance;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyCell;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFrame;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Slot;
import java.lang.invoke.MethodHandles;

/**
 * {@code super}: attribute lookup that starts after a class in the MRO of an object's type.
 * The zero-argument form reads the calling frame's first argument and its {@code __class__}
 * cell, as CPython does.
 *
 * <p>Thread safety: immutable once initialized.
 */
public class PySuper extends PyObject {
    public static final PyType TYPE = PyType.builtin("super", PySuper.class, MethodHandles.lookup());

    private PyType thisClass;
    private Object obj;
    private PyType objType;

    PySuper() {}

    @Override public PyType type() {
        return TYPE;
    }

    /** {@code super(cls, self)} made directly, for {@code LOAD_SUPER_ATTR}. */
    static PySuper make(Object cls, Object self) {
        PySuper s = new PySuper();
        s.init(cls, self);
        return s;
    }

    private void init(Object cls, Object self) {
        if (!(cls instanceof PyType t)) {
            throw PyErr.typeError("super() argument 1 must be a type, not %T", cls);
        }
        thisClass = t;
        if (self != null && self != PyNone.NONE) {
            obj = self;
            objType = checkType(t, self);
        }
    }

    private static PyType checkType(PyType type, Object obj) {
        if (obj instanceof PyType ot && ot.isSubtypeOf(type)) {
            return ot;
        }
        PyType t = Abstract.typeOf(obj);
        if (t.isSubtypeOf(type)) {
            return t;
        }
        Object cls = Abstract.lookupAttr(obj, PyStr.intern("__class__"));
        if (cls instanceof PyType c && c != t && c.isSubtypeOf(type)) {
            return c;
        }
        throw PyErr.typeError("super(type, obj): obj (%s %s) is not an instance or subtype of type (%s).",
                obj instanceof PyType ? "type" : "instance of", obj instanceof PyType ot ? ot.name() : t.name(),
                type.name());
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        return cls == TYPE ? new PySuper() : new Derived(cls);
    }

    @PyMethod
    void __init__(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("super() takes no keyword arguments");
        }
        if (args.length > 2) {
            throw PyErr.typeError("super() expected at most 2 arguments, got %d", args.length);
        }
        if (args.length == 0) {
            zeroArgs();
            return;
        }
        init(args[0], args.length == 2 ? args[1] : null);
    }

    private void zeroArgs() {
        ThreadState ts = ThreadState.current();
        PyFrame f = ts.frame;
        if (f == null) {
            throw PyErr.runtimeError("super(): no current frame");
        }
        if (f.code.argcount == 0) {
            // A bare *args is not an argument super() can use (CPython reads co_varnames[0]).
            throw PyErr.runtimeError("super(): no arguments");
        }
        Object first = f.localsplus[0];
        if (first instanceof PyCell c && (f.code.localsplusKinds[0] & CodeObject.CO_FAST_CELL) != 0) {
            first = c.value;
        }
        if (first == null) {
            throw PyErr.runtimeError("super(): arg[0] deleted");
        }
        PyStr[] names = f.code.localsplusNames;
        for (int i = 0; i < names.length; i++) {
            if ((f.code.localsplusKinds[i] & CodeObject.CO_FAST_FREE) != 0 && names[i].value().equals("__class__")) {
                Object cell = f.localsplus[i];
                Object cls = cell instanceof PyCell c ? c.value : null;
                if (cls == null) {
                    throw PyErr.runtimeError("super(): empty __class__ cell");
                }
                if (!(cls instanceof PyType)) {
                    throw PyErr.runtimeError("super(): __class__ is not a type (%T)", cls);
                }
                init(cls, first);
                return;
            }
        }
        throw PyErr.runtimeError("super(): __class__ cell not found");
    }

    /** The attribute {@code name} from the classes after {@code thisClass}, unbound; or null. */
    Object findRaw(PyStr name) {
        if (objType == null) {
            return null;
        }
        PyType[] mro = objType.mro();
        int i = 0;
        while (i < mro.length && mro[i] != thisClass) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            Object v = mro[i].dict().getItem(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    @PyMethod
    Object __getattribute__(Object nameObj) {
        PyStr name = Abstract.attrName(nameObj);
        if (objType != null && !name.value().equals("__class__")) {
            Object v = findRaw(name);
            if (v != null) {
                Fn.Ternary get = Abstract.typeOf(v).ternary(Slot.__get__);
                if (get == null) {
                    return v;
                }
                return get.call(v, obj == objType ? null : obj, objType);
            }
        }
        return dev.kaa.vm.objects.Abstract.callMethodValue(PyType.OBJECT.dict().getItem(PyStr.intern("__getattribute__")),
                this, name);
    }

    @PyMethod
    Object __get__(Object instance, @Opt Object owner) {
        if (instance == null || obj != null) {
            return this;
        }
        if (type() != TYPE) {
            // A subclass of super makes its own kind of bound super.
            return Abstract.call(type(), thisClass, instance);
        }
        return make(thisClass, instance);
    }

    @PyMethod
    Object __repr__() {
        String cls = thisClass == null ? "NULL" : Abstract.repr(thisClass).value();
        if (objType != null) {
            return PyStr.of("<super: " + cls + ", <" + objType.name() + " object>>");
        }
        return PyStr.of("<super: " + cls + ", NULL>");
    }

    @PyGetter(member = true)
    Object __thisclass__() {
        return thisClass == null ? PyNone.NONE : thisClass;
    }

    @PyGetter(member = true)
    Object __self__() {
        return obj == null ? PyNone.NONE : obj;
    }

    @PyGetter(member = true)
    Object __self_class__() {
        return objType == null ? PyNone.NONE : objType;
    }

    /** An instance of a Python subclass of {@code super}. */
    static final class Derived extends PySuper implements Instance {
        private PyType type;
        private dev.kaa.vm.objects.PyDict dict;

        Derived(PyType type) {
            this.type = type;
            this.dict = type.instancesHaveDict() ? new dev.kaa.vm.objects.PyDict() : null;
        }

        @Override public PyType type() {
            return type;
        }

        @Override public dev.kaa.vm.objects.PyDict instanceDict() {
            return dict;
        }

        @Override public void setInstanceDict(dev.kaa.vm.objects.PyDict dict) {
            this.dict = dict;
        }

        @Override public void setType(PyType type) {
            this.type = type;
        }

        @Override public Object[] slotValues() {
            return null;
        }
    }
}
