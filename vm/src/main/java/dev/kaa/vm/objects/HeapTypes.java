package dev.kaa.vm.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * Classes made by Python code ({@code class} statements, {@code type(name, bases, ns)}): the
 * metaclass, the solid base whose Java class instances will have, {@code __slots__}, the
 * namespace fix-ups ({@code __new__} as a static method, {@code __init_subclass__} and
 * {@code __class_getitem__} as class methods, {@code __hash__ = None} beside {@code __eq__}),
 * then {@code __set_name__} and {@code __init_subclass__}.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class HeapTypes {
    private HeapTypes() {}

    private static PyStr s(String name) {
        return PyStr.intern(name);
    }

    public static PyType create(PyType metatype, String name, PyTuple basesTuple, PyDict ns, PyDict kwargs) {
        PyType[] bases = new PyType[basesTuple.size()];
        for (int i = 0; i < bases.length; i++) {
            if (!(basesTuple.get(i) instanceof PyType b)) {
                if (Abstract.lookupAttr(basesTuple.get(i), s("__mro_entries__")) != null) {
                    throw PyErr.typeError("type() doesn't support MRO entry resolution; use types.new_class()");
                }
                throw PyErr.typeError("bases must be types");
            }
            bases[i] = b;
        }
        if (bases.length == 0) {
            bases = new PyType[] {PyType.OBJECT};
        }
        PyType.checkTypeName(name);
        PyType winner = winner(metatype, bases);
        for (PyType b : bases) {
            if (!b.hasFlag(PyType.BASETYPE)) {
                throw PyErr.typeError("type '%s' is not an acceptable base type", b.messageName());
            }
        }
        PyType[] best = bestBase(bases);
        PyType solid = best[1];
        PyType type = new PyType(winner, name, solid.javaClass, PyType.HEAPTYPE | PyType.BASETYPE);
        type.bases = bases;
        PyDict dict = type.dict;
        // A namespace with its own iteration order (an OrderedDict) is copied in that order, as
        // CPython's PyDict_Merge does for a dict subclass that overrides __iter__ (bpo-34320).
        if (ns.getClass() == PyDict.class || Abstract.typeOf(ns).lookup("__iter__") == PyDict.TYPE.lookup("__iter__")) {
            dict.update(ns);
        } else {
            dict.mergeMapping(ns);
        }
        warnNonStringKeys(dict, name);
        Object qual = dict.delItem(s("__qualname__"));
        if (qual != null) {
            if (!(qual instanceof PyStr q)) {
                throw PyErr.typeError("type __qualname__ must be a str, not %T", qual);
            }
            type.qualname = q.toString();
        }
        Object classcell = dict.delItem(s("__classcell__"));
        if (classcell != null && !(classcell instanceof PyCell)) {
            throw PyErr.typeError("__classcell__ must be a nonlocal cell, not %T", classcell);
        }
        Object doc = dict.getItem(s("__doc__"));
        if (doc == null) {
            dict.setItem(s("__doc__"), PyNone.NONE);
        } else if (doc instanceof PyStr d) {
            // CPython keeps a copy of the docstring as UTF-8 (tp_doc): it must encode.
            StrCodec.encode(d.toString(), "utf-8", "strict");
        }
        if (dict.getItem(s("__module__")) == null) {
            // type(name, bases, ns) takes its module from the code that calls it.
            dev.kaa.vm.internal.eval.ThreadState ts = dev.kaa.vm.internal.eval.ThreadState.currentOrNull();
            Object module = ts == null || ts.frame == null ? null : ts.frame.globals.getItem(s("__name__"));
            if (module != null) {
                dict.setItem(s("__module__"), module);
            }
        }
        wrapImplicitMethods(dict);
        if (dict.getItem(s("__eq__")) != null && dict.getItem(s("__hash__")) == null) {
            dict.setItem(s("__hash__"), PyNone.NONE);
        }
        setUpSlots(type, bases, dict, ns);
        addDictAndWeakref(type, bases, dict);
        type.base = best[0];
        type.mro = Mro.compute(type);
        type.ready = true;
        for (PyType b : bases) {
            b.addSubclass(type);
        }
        SlotTable.fill(type);
        if (winner != PyType.TYPE && winner.lookup(s("mro")) != PyType.TYPE.dict.getItem(s("mro"))) {
            Object custom = Abstract.callMethod(type, "mro");
            List<PyType> order = new ArrayList<>();
            Abstract.forEach(custom, o -> order.add(checkMroEntry(type, o)));
            type.mro = order.toArray(new PyType[0]);
            type.changed(null);
        }
        if (classcell != null) {
            ((PyCell) classcell).value = type;
        }
        callSetName(type);
        callInitSubclass(type, kwargs);
        return type;
    }

    /**
     * CPython's {@code compatible_for_assignment}: below the classes that add nothing to their
     * base's layout, the two are the same class, or siblings that add the same slots (by name,
     * laid out in sorted order), {@code __dict__} and {@code __weakref__}.
     */
    private static boolean compatibleLayouts(PyType old, PyType neu) {
        PyType a = layoutBase(old), b = layoutBase(neu);
        if (a == b) {
            return true;
        }
        return a.base == b.base && a.isHeapType() && b.isHeapType() && a.slotCount == b.slotCount
                && a.instancesHaveDict == b.instancesHaveDict && hasWeakref(a) == hasWeakref(b)
                && slotLayout(a).equals(slotLayout(b));
    }

    private static PyType layoutBase(PyType t) {
        while (t.isHeapType() && t.base != null && t.base.isHeapType() && t.slotCount == t.base.slotCount
                && t.instancesHaveDict == t.base.instancesHaveDict && hasWeakref(t) == hasWeakref(t.base)) {
            t = t.base;
        }
        return t;
    }

    private static boolean hasWeakref(PyType t) {
        return t.lookup(s("__weakref__")) != null;
    }

    private static java.util.Map<Integer, String> slotLayout(PyType t) {
        java.util.Map<Integer, String> layout = new java.util.HashMap<>();
        for (PyType c : t.mro) {
            if (c.isHeapType()) {
                for (Object k : c.dict.keys()) {
                    if (c.dict.getItem(k) instanceof PyMemberDescr m && m.isSlotOf(c)) {
                        layout.putIfAbsent(m.slotIndex(), k.toString());
                    }
                }
            }
        }
        return layout;
    }

    /** The MRO the metatype's own {@code mro()} gives (checked), or the C3 one when it is type's. */
    static PyType[] mroOf(PyType type) {
        PyType meta = type.type();
        if (meta != PyType.TYPE && meta.lookup(s("mro")) != PyType.TYPE.dict.getItem(s("mro"))) {
            Object custom = Abstract.callMethod(type, "mro");
            List<PyType> order = new ArrayList<>();
            Abstract.forEach(custom, o -> order.add(checkMroEntry(type, o)));
            return order.toArray(new PyType[0]);
        }
        return Mro.compute(type);
    }

    /** gh-55664: a class namespace with a key that is not a str is allowed, but warned about. */
    private static void warnNonStringKeys(PyDict dict, String name) {
        for (Object k : dict.keys()) {
            if (!(k instanceof PyStr)) {
                PyErr.warn(Exceptions.RuntimeWarning, 1, "non-string key in the __dict__ of class %s", name);
                return;
            }
        }
    }

    /** An entry of a custom {@code mro()}'s answer: a class whose instances could be {@code type}'s. */
    private static PyType checkMroEntry(PyType type, Object o) {
        if (!(o instanceof PyType t)) {
            throw PyErr.typeError("mro() returned a non-class ('%s')", Abstract.typeOf(o).name());
        }
        if (!t.javaClass.isAssignableFrom(type.javaClass)) {
            throw PyErr.typeError("mro() returned base with unsuitable layout ('%s')", t.name());
        }
        return t;
    }

    /** The most derived metaclass among {@code metatype} and the bases' types, or the conflict error. */
    static PyType winner(PyType metatype, PyTuple bases) {
        PyType[] bs = new PyType[bases.size()];
        for (int i = 0; i < bs.length; i++) {
            if (!(bases.get(i) instanceof PyType b)) {
                if (Abstract.lookupAttr(bases.get(i), s("__mro_entries__")) != null) {
                    throw PyErr.typeError("type() doesn't support MRO entry resolution; use types.new_class()");
                }
                // CPython meets a non-class base first as a metaclass that is not one.
                throw PyErr.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                        + "subclass of the metaclasses of all its bases");
            }
            bs[i] = b;
        }
        return winner(metatype, bs);
    }

    private static PyType winner(PyType metatype, PyType[] bases) {
        PyType winner = metatype;
        for (PyType b : bases) {
            PyType bm = b.type();
            if (winner.isSubtypeOf(bm)) {
                continue;
            }
            if (bm.isSubtypeOf(winner)) {
                winner = bm;
                continue;
            }
            throw PyErr.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    private static void wrapImplicitMethods(PyDict dict) {
        Object n = dict.getItem(s("__new__"));
        if (n != null && Abstract.typeOf(n).hasFlag(PyType.METHOD_DESCRIPTOR) && !(n instanceof PyStaticMethod)) {
            dict.setItem(s("__new__"), new PyStaticMethod(n));
        }
        for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
            Object f = dict.getItem(s(cm));
            if (f != null && Abstract.typeOf(f).hasFlag(PyType.METHOD_DESCRIPTOR)) {
                PyClassMethod m = new PyClassMethod(f);
                dict.setItem(s(cm), m);
            }
        }
    }

    /**
     * CPython's {@code best_base}: {base, its solid layout}, where the layout is the most derived
     * Java class among the bases' (instances must be of it) and the base is the first base that
     * brings it ({@code __base__}).
     */
    static PyType[] bestBase(PyType[] bases) {
        PyType base = null, winner = null;
        for (PyType b : bases) {
            PyType candidate = solidOf(b);
            if (winner == null) {
                winner = candidate;
                base = b;
            } else if (winner.isSubtypeOf(candidate)) {
                continue;
            } else if (candidate.isSubtypeOf(winner)) {
                winner = candidate;
                base = b;
            } else {
                throw PyErr.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return new PyType[] {base, winner};
    }

    /**
     * CPython's {@code solid_base}: the nearest class along the base chain whose instances have
     * a layout of their own: a built-in type, or a class that added {@code __slots__} members.
     */
    static PyType solidOf(PyType t) {
        if (t.base == null) {
            return t;
        }
        PyType baseSolid = solidOf(t.base);
        boolean extra = t.isHeapType() ? t.slotCount > t.base.slotCount : t.javaClass != baseSolid.javaClass;
        return extra ? t : baseSolid;
    }

    private static PyType layoutOf(PyType t) {
        while (t.isHeapType() && t.base != null) {
            t = t.base;
        }
        return t;
    }

    /**
     * The built-in base whose instances CPython sizes by their items (int, bytes, tuple, type):
     * those leave no room for slots after the items. Null if there is none.
     */
    private static PyType variableSizedBase(PyType[] bases) {
        for (PyType b : bases) {
            for (PyType t = b; t != null; t = t.base) {
                if (t == PyInt.TYPE || t == PyBytes.TYPE || t == PyTuple.TYPE || t == PyType.TYPE) {
                    return t;
                }
            }
        }
        return null;
    }

    private static void setUpSlots(PyType type, PyType[] bases, PyDict dict, PyDict ns) {
        int inherited = 0;
        boolean baseHasDict = false;
        for (PyType b : bases) {
            inherited = Math.max(inherited, b.slotCount);
            // A built-in base gives a dict only if it has one itself (function, module, type …).
            baseHasDict |= b.isHeapType() ? b.instancesHaveDict : b.lookup(s("__dict__")) != null;
        }
        type.slotCount = inherited;
        Object slots = dict.getItem(s("__slots__"));
        if (slots == null) {
            type.instancesHaveDict = true;
            return;
        }
        List<PyStr> names = new ArrayList<>();
        if (slots instanceof PyStr one) {
            names.add(one);
        } else {
            Abstract.forEach(slots, o -> {
                if (!(o instanceof PyStr n)) {
                    throw PyErr.typeError("__slots__ items must be strings, not '%T'", o);
                }
                names.add(n);
            });
        }
        boolean wantDict = baseHasDict;
        boolean hasWeakref = false;
        for (PyType b : bases) {
            hasWeakref |= hasWeakref(b);
        }
        List<PyStr> members = new ArrayList<>();
        for (PyStr n : names) {
            String v = n.toString();
            if (!Identifiers.isIdentifier(v)) {
                throw PyErr.typeError("__slots__ must be identifiers");
            }
            if (v.equals("__dict__")) {
                if (wantDict) {
                    throw PyErr.typeError("__dict__ slot disallowed: we already got one");
                }
                wantDict = true;
                continue;
            }
            if (v.equals("__weakref__")) {
                if (hasWeakref) {
                    throw PyErr.typeError("__weakref__ slot disallowed: we already got one");
                }
                hasWeakref = true;
                continue;
            }
            PyStr mangled = PyStr.intern(Identifiers.mangle(type.name, v));
            // __qualname__ and __classcell__ are in the namespace but never class variables.
            if (ns.getItem(mangled) != null && !v.equals("__qualname__") && !v.equals("__classcell__")) {
                throw PyErr.valueError("'%s' in __slots__ conflicts with class variable", v);
            }
            members.add(mangled);
        }
        PyType varSized = variableSizedBase(bases);
        if (!members.isEmpty() && varSized != null) {
            throw PyErr.typeError("nonempty __slots__ not supported for subtype of '%s'", varSized.name());
        }
        // In sorted order, as CPython lays them out: classes that name the same slots in another
        // order then have the same layout (and __class__ may move between them).
        members.sort((a, b) -> a.toString().compareTo(b.toString()));
        for (PyStr mangled : members) {
            dict.setItem(mangled, new PyMemberDescr(type, mangled.toString(), type.slotCount++));
        }
        type.instancesHaveDict = wantDict;
    }

    /** Adds {@code __dict__} and {@code __weakref__} where this class is the first to give them. */
    private static void addDictAndWeakref(PyType type, PyType[] bases, PyDict dict) {
        boolean baseHasDictAttr = false;
        boolean baseHasWeakref = false;
        for (PyType b : bases) {
            // A base with a __dict__ of its own (a class, type, module, BaseException) gives it.
            baseHasDictAttr |= b.lookup(s("__dict__")) != null;
            baseHasWeakref |= b.lookup(s("__weakref__")) != null;
        }
        if (type.instancesHaveDict && !baseHasDictAttr && dict.getItem(s("__dict__")) == null) {
            dict.setItem(s("__dict__"), new InstanceDictDescr(type, false));
        }
        Object slots = dict.getItem(s("__slots__"));
        boolean wantWeakref = slots == null || slotsName(slots, "__weakref__");
        if (wantWeakref && !baseHasWeakref && dict.getItem(s("__weakref__")) == null) {
            dict.setItem(s("__weakref__"), new InstanceDictDescr(type, true));
        }
    }

    private static boolean slotsName(Object slots, String name) {
        if (slots instanceof PyStr one) {
            return one.value.equals(name);
        }
        boolean[] found = {false};
        Abstract.forEach(slots, o -> found[0] |= o instanceof PyStr n && n.value.equals(name));
        return found[0];
    }

    private static void callSetName(PyType type) {
        PyStr setName = s("__set_name__");
        for (Object key : type.dict.keys()) {
            Object v = type.dict.getItem(key);
            Object hook = Abstract.lookupSpecial(v, setName);
            if (hook != null) {
                try {
                    Abstract.call(hook, type, key);
                } catch (PyException e) {
                    Abstract.callMethod(e.value(), "add_note", PyStr.of("Error calling __set_name__ on '"
                            + Abstract.typeOf(v).name() + "' instance " + Abstract.repr(key) + " in '" + type.name + "'"));
                    throw e;
                }
            }
        }
    }

    private static void callInitSubclass(PyType type, PyDict kwargs) {
        PyType[] mro = type.mro;
        // CPython finds __init_subclass__ through super(type, type), which a custom mro()
        // leaving the class out of its own MRO makes fail (gh-92112).
        if (!java.util.Arrays.asList(mro).contains(type)) {
            throw PyErr.typeError("super(type, obj): obj (type %s) is not an instance or subtype of type (%s).",
                    type.name(), type.name());
        }
        PyStr name = s("__init_subclass__");
        for (int i = 1; i < mro.length; i++) {
            Object v = mro[i].dict.getItem(name);
            if (v == null) {
                continue;
            }
            Fn.Ternary get = Abstract.typeOf(v).ternary(Slot.__get__);
            Object bound = get == null ? v : get.call(v, null, type);
            List<Object> keys = kwargs.keys();
            Object[] args = new Object[keys.size()];
            String[] kwnames = new String[keys.size()];
            for (int k = 0; k < keys.size(); k++) {
                kwnames[k] = keys.get(k).toString();
                args[k] = kwargs.getItem(keys.get(k));
            }
            Abstract.call(bound, args, kwnames.length == 0 ? null : kwnames);
            return;
        }
    }

    /** {@code object.__new__(cls)}: a plain instance of a class whose only built-in base is object. */
    static Object newInstance(PyType cls) {
        if (cls.javaClass != PyObject.class) {
            throw PyErr.typeError("object.__new__(%s) is not safe, use %s.__new__()", cls.name(),
                    layoutOf(cls).name());
        }
        // Only a class with __del__ pays for finalization (DelFinalizers).
        return DelFinalizers.wanted(cls) ? new PyInstance.Finalizable(cls) : new PyInstance(cls);
    }

    /** {@code obj.__class__ = value}, allowed between heap types of the same layout. */
    static void assignClass(Object obj, Object value) {
        if (value == null) {
            throw PyErr.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType newType)) {
            throw PyErr.typeError("__class__ must be set to a class, not '%T' object", value);
        }
        PyType old = Abstract.typeOf(obj);
        // A module may move between module and its subclasses, built-in or not.
        boolean module = obj instanceof PyModule && old.isSubtypeOf(PyModule.TYPE) && newType.isSubtypeOf(PyModule.TYPE);
        if (!module && (!Instances.mayChangeType(obj) || !newType.isHeapType() || !old.isHeapType())) {
            throw PyErr.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        boolean sameLayout = module ? newType.slotCount == old.slotCount && slotLayout(old).equals(slotLayout(newType))
                : newType.javaClass == old.javaClass && compatibleLayouts(old, newType);
        if (!sameLayout) {
            throw PyErr.typeError("__class__ assignment: '%s' object layout differs from '%s'", newType.name(), old.name());
        }
        if (obj instanceof PyModule m && !(obj instanceof Instance)) {
            m.setAssignedType(newType);
            return;
        }
        Instances.setType(obj, newType);
    }
}
