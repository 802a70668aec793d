package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * The methods of {@code object}, the root type, and the generic attribute protocol
 * ({@code PyObject_GenericGetAttr}/{@code SetAttr}) they stand for: data descriptors on the type
 * first, then the instance dictionary, then other attributes of the type.
 *
 * <p>Thread safety: stateless.
 */
final class BaseObject {
    private BaseObject() {}

    /** The lookup {@link PyType#ready} exposes {@code object}'s methods with. */
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private static final PyStr DICT = PyStr.intern("__dict__");

    static boolean isDataDescriptor(PyType descrType) {
        return descrType.slot(Slot.__set__) != null || descrType.slot(Slot.__delete__) != null;
    }

    /** {@code object.__getattribute__(obj, name)}. */
    static Object genericGetAttr(Object obj, PyStr name) {
        PyType t = Abstract.typeOf(obj);
        Object descr = t.lookup(name);
        Fn.Ternary get = null;
        if (descr != null) {
            PyType dt = Abstract.typeOf(descr);
            get = dt.ternary(Slot.__get__);
            if (get != null && isDataDescriptor(dt)) {
                return get.call(descr, obj, t);
            }
        }
        PyDict d = Instances.dictOf(obj);
        if (d != null) {
            Object v = d.getItem(name);
            if (v != null) {
                return v;
            }
        }
        if (get != null) {
            return get.call(descr, obj, t);
        }
        if (descr != null) {
            return descr;
        }
        throw PyErr.noAttribute(obj, name);
    }

    /** {@code object.__setattr__(obj, name, value)}; {@code value} null deletes. */
    static void genericSetAttr(Object obj, PyStr name, Object value) {
        PyType t = Abstract.typeOf(obj);
        Object descr = t.lookup(name);
        if (descr != null) {
            PyType dt = Abstract.typeOf(descr);
            if (isDataDescriptor(dt)) {
                // A class with only one of __set__/__delete__ is still a data descriptor: the
                // missing one raises AttributeError, as CPython's slot_tp_descr_set does.
                if (value != null) {
                    Fn.Ternary set = dt.ternary(Slot.__set__);
                    if (set == null) {
                        throw PyErr.format(Exceptions.AttributeError, "__set__");
                    }
                    set.call(descr, obj, value);
                } else {
                    Fn.Binary del = dt.binary(Slot.__delete__);
                    if (del == null) {
                        throw PyErr.format(Exceptions.AttributeError, "__delete__");
                    }
                    del.call(descr, obj);
                }
                return;
            }
        }
        PyDict d = Instances.dictOf(obj);
        if (d == null) {
            if (descr != null && Abstract.typeOf(descr).slot(Slot.__get__) != null
                    && isDataDescriptor(Abstract.typeOf(descr))) {
                throw PyErr.attributeError("attribute '%s' of '%s' objects is not writable", name, t.messageName());
            }
            if (descr == null) {
                throw PyErr.attributeError("'%s' object has no attribute '%s' and no __dict__ for setting new attributes",
                        t.messageName(), name);
            }
            throw PyErr.attributeError("'%s' object attribute '%s' is read-only", t.messageName(), name);
        }
        if (value != null) {
            d.setItem(name, value);
        } else if (d.delItem(name) == null) {
            throw PyErr.noAttribute(obj, name);
        }
    }

    // object's methods apply to every object, so they are static with an explicit `self`
    // (Exposer's form for methods of any instance).

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        if (args.length > 0) {
            if (overrides(cls, NEW) || !newSlotIsObjects(cls)) {
                throw PyErr.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (!overrides(cls, INIT)) {
                throw PyErr.typeError("%s() takes no arguments", cls.name());
            }
        }
        if (cls.hasFlag(PyType.ABSTRACT)) {
            throw AbstractMethods.cannotInstantiate(cls);
        }
        return HeapTypes.newInstance(cls);
    }

    /** True when {@code t}'s {@code name} is not object's own (CPython compares tp_new/tp_init). */
    private static boolean overrides(PyType t, PyStr name) {
        return t.lookup(name) != PyType.OBJECT.dict.getItem(name);
    }

    private static final PyStr NEW = PyStr.intern("__new__"), INIT = PyStr.intern("__init__");

    /**
     * Whether {@code t}'s {@code __new__} slot is object's as CPython fills it: a class body's
     * {@code __new__ = object.__new__} keeps the slot its base had (CPython's update_one_slot).
     */
    private static boolean newSlotIsObjects(PyType t) {
        Object objectNew = PyType.OBJECT.dict.getItem(NEW);
        for (PyType c = t; c != null && c != PyType.OBJECT; c = c.base()) {
            Object n = c.dict.getItem(NEW);
            if (n != null && n != objectNew) {
                return false;
            }
        }
        return true;
    }

    @PyMethod
    static void __init__(Object self, Object[] args, String[] kwnames) {
        if (args.length > 0) {
            PyType t = Abstract.typeOf(self);
            if (overrides(t, INIT)) {
                throw PyErr.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (!overrides(t, NEW)) {
                throw PyErr.typeError("%s.__init__() takes exactly one argument (the instance to initialize)", t.name());
            }
        }
    }

    @PyMethod
    static Object __getattribute__(Object self, Object name) {
        return genericGetAttr(self, Abstract.attrName(name));
    }

    @PyMethod
    static void __setattr__(Object self, Object name, Object value) {
        if (self instanceof PyType) {
            refuseOnType(self, "__setattr__");
        }
        genericSetAttr(self, Abstract.attrName(name), value);
    }

    @PyMethod
    static void __delattr__(Object self, Object name) {
        if (self instanceof PyType) {
            refuseOnType(self, "__delattr__");
        }
        genericSetAttr(self, Abstract.attrName(name), null);
    }

    /**
     * Carlo Verre's hack: {@code object.__setattr__(str, ...)} would skip {@code type}'s own
     * {@code __setattr__} (and its checks); a built-in class between the metatype and object
     * that has its own method refuses it, as CPython's {@code hackcheck} does.
     */
    private static void refuseOnType(Object self, String what) {
        PyType meta = Abstract.typeOf(self);
        PyStr key = PyStr.intern(what);
        for (PyType t = meta; t != null && t != PyType.OBJECT; t = t.base()) {
            if (!t.isHeapType() && t.dict().getItem(key) != null) {
                throw PyErr.typeError("can't apply this %s to %s object", what, meta.name());
            }
        }
    }

    @PyMethod
    static Object __repr__(Object self) {
        PyType t = Abstract.typeOf(self);
        String module = t.moduleName();
        String name = module.equals("builtins") ? t.qualname() : module + "." + t.qualname();
        return PyStr.of("<" + name + " object at " + Abstract.idHex(self) + ">");
    }

    @PyMethod
    static Object __str__(Object self) {
        return Abstract.repr(self);
    }

    @PyMethod
    static long __hash__(Object self) {
        // CPython hashes an object by its address rotated by 4 bits; id() plays the address here.
        long id = Identity.id(self);
        return Long.rotateRight(id, 4);
    }

    @PyMethod
    static Object __eq__(Object self, Object other) {
        return self == other ? PyBool.TRUE : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    static Object __ne__(Object self, Object other) {
        Fn.Binary eq = Abstract.typeOf(self).binary(Slot.__eq__);
        Object r = eq.call(self, other);
        if (r == PySingletons.NOT_IMPLEMENTED) {
            return r;
        }
        return PyBool.of(!Abstract.isTrue(r));
    }

    @PyMethod
    static Object __lt__(Object self, Object other) {
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    static Object __le__(Object self, Object other) {
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    static Object __gt__(Object self, Object other) {
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    static Object __ge__(Object self, Object other) {
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    static Object __format__(Object self, Object spec) {
        if (!(spec instanceof PyStr s)) {
            throw PyErr.typeError("__format__() argument must be str, not %T", spec);
        }
        if (!s.value.isEmpty()) {
            throw PyErr.typeError("unsupported format string passed to %T.__format__", self);
        }
        return Abstract.str(self);
    }

    @PyMethod
    static Object __dir__(Object self) {
        return Dir.ofObject(self);
    }

    @PyMethod
    static int __sizeof__(Object self) {
        return 16;
    }

    @ClassMethod
    static void __init_subclass__(PyType cls, Object[] args, String[] kwnames) {
        // object's hook takes no arguments and does nothing.
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("%s.__init_subclass__() takes no keyword arguments", cls.name());
        }
        if (args.length > 0) {
            throw PyErr.typeError("%s.__init_subclass__() takes no arguments (%d given)", cls.name(), args.length);
        }
    }

    @ClassMethod
    static Object __subclasshook__(PyType cls, @Star Object[] args) {
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyGetter("__class__")
    static Object classAttr(Object self) {
        return Abstract.typeOf(self);
    }

    @PySetter("__class__")
    static void setClassAttr(Object self, Object value) {
        HeapTypes.assignClass(self, value);
    }

    private static Object copyreg() {
        dev.kaa.vm.internal.eval.ThreadState ts = dev.kaa.vm.internal.eval.ThreadState.current();
        return ts.runtime.services.importName(ts, "copyreg", null, PyNone.NONE, 0);
    }

    @PyMethod
    static Object __reduce_ex__(Object self, Object protocol) {
        int proto = Abstract.asInt(protocol);
        PyType t = Abstract.typeOf(self);
        Object reduce = t.lookup(PyStr.intern("__reduce__"));
        if (reduce != null && reduce != PyType.OBJECT.dict.getItem(PyStr.intern("__reduce__"))) {
            return Abstract.callMethod(self, "__reduce__");
        }
        return reduce(self, proto);
    }

    @PyMethod
    static Object __reduce__(Object self) {
        return reduce(self, 0);
    }

    /** {@code object.__reduce_ex__}'s work: {@code copyreg}'s protocol 0/1 form, or {@code __newobj__}. */
    private static Object reduce(Object self, int proto) {
        Object copyreg = copyreg();
        if (proto < 2) {
            return Abstract.call(Abstract.getAttr(copyreg, "_reduce_ex"), self, PyInt.of(proto));
        }
        PyType cls = Abstract.typeOf(self);
        Object[] argsAndKwargs = newArguments(self);
        boolean hasArgs = argsAndKwargs != null;
        PyTuple args = hasArgs ? (PyTuple) argsAndKwargs[0] : PyTuple.EMPTY;
        Object kwargs = hasArgs ? argsAndKwargs[1] : null;
        boolean required = !(hasArgs || self instanceof PyList || self instanceof PyDict);
        Object state = stateFor(self, required);
        Object listitems = self instanceof PyList ? Abstract.iter(self) : PyNone.NONE;
        Object dictitems = self instanceof PyDict ? Abstract.iter(Abstract.callMethod(self, "items")) : PyNone.NONE;
        Object newobj;
        Object newargs;
        if (kwargs != null && ((PyDict) kwargs).size() > 0) {
            newobj = Abstract.getAttr(copyreg, "__newobj_ex__");
            newargs = PyTuple.of(cls, args, kwargs);
        } else {
            newobj = Abstract.getAttr(copyreg, "__newobj__");
            Object[] a = args.items;
            Object[] all = new Object[a.length + 1];
            all[0] = cls;
            System.arraycopy(a, 0, all, 1, a.length);
            newargs = PyTuple.of(all);
        }
        return PyTuple.of(newobj, newargs, state, listitems, dictitems);
    }

    /**
     * {@code (args, kwargs)} from {@code __getnewargs_ex__} or {@code __getnewargs__} (kwargs
     * null), or null when the class has neither. Both are special methods: looked up on the type.
     */
    private static Object[] newArguments(Object self) {
        Object getnewargsEx = Abstract.lookupSpecial(self, PyStr.intern("__getnewargs_ex__"));
        if (getnewargsEx != null) {
            Object r = Abstract.call(getnewargsEx, new Object[0], null);
            if (!(r instanceof PyTuple pair)) {
                throw PyErr.typeError("__getnewargs_ex__ should return a tuple, not '%T'", r);
            }
            if (pair.size() != 2) {
                throw PyErr.valueError("__getnewargs_ex__ should return a tuple of length 2, not %d", pair.size());
            }
            if (!(pair.get(0) instanceof PyTuple)) {
                throw PyErr.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, "
                        + "not '%T'", pair.get(0));
            }
            if (!(pair.get(1) instanceof PyDict)) {
                throw PyErr.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, "
                        + "not '%T'", pair.get(1));
            }
            return new Object[] {pair.get(0), pair.get(1)};
        }
        Object getnewargs = Abstract.lookupSpecial(self, PyStr.intern("__getnewargs__"));
        if (getnewargs != null) {
            Object args = Abstract.call(getnewargs, new Object[0], null);
            if (!(args instanceof PyTuple)) {
                throw PyErr.typeError("__getnewargs__ should return a tuple, not '%T'", args);
            }
            return new Object[] {args, null};
        }
        return null;
    }

    /** {@code obj.__getstate__()}, or the default state, refused when it would lose built-in state. */
    private static Object stateFor(Object self, boolean required) {
        Object getstate = Abstract.getAttr(self, "__getstate__");
        if (required && getstate instanceof PyBuiltinFunction f
                && PyType.OBJECT.dict.getItem(PyStr.intern("__getstate__")) instanceof PyMethodDescr d
                && f.isBinding(d, self)) {
            return defaultState(self, true);
        }
        return Abstract.call(getstate, new Object[0], null);
    }

    @PyMethod
    static Object __getstate__(Object self) {
        return defaultState(self, false);
    }

    /**
     * The instance dict (None when empty), paired with a dict of the slots' values when any is
     * set; the slots are named by {@code copyreg._slotnames}, fetched with {@code getattr}. With
     * {@code required}, an object of a built-in class whose state that would lose is refused.
     */
    private static Object defaultState(Object self, boolean required) {
        PyType cls = Abstract.typeOf(self);
        if (required && cls.javaClass != PyObject.class && cls.javaClass != PyInstance.class) {
            throw PyErr.typeError("cannot pickle '%N' object", cls);
        }
        PyDict d = Instances.dictOf(self);
        Object state = d != null && d.size() > 0 ? d : PyNone.NONE;
        Object names = slotNames(cls);
        if (names instanceof PyList list && list.size > 0) {
            PyDict slots = new PyDict();
            int n = list.size;
            for (int i = 0; i < list.size; i++) {
                Object name = list.items[i];
                Object v = Abstract.lookupAttr(self, Abstract.attrName(name));
                if (v != null) {
                    slots.setItem(name, v);
                }
                // The list lives on the class: a __getattr__ may change it (bpo-24097).
                if (list.size != n) {
                    throw PyErr.runtimeError("__slotsname__ changed size during iteration");
                }
            }
            if (slots.size() > 0) {
                state = PyTuple.of(state, slots);
            }
        }
        return state;
    }

    /** {@code cls.__slotnames__} from the class's own dict, else {@code copyreg._slotnames(cls)}. */
    private static Object slotNames(PyType cls) {
        Object names = cls.dict.getItem(PyStr.intern("__slotnames__"));
        if (names == null) {
            names = Abstract.call(Abstract.getAttr(copyreg(), "_slotnames"), cls);
        }
        if (!(names instanceof PyList) && names != PyNone.NONE) {
            throw PyErr.typeError("copyreg._slotnames didn't return a list or None");
        }
        return names;
    }
}
