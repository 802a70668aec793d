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
                throw PyErr.typeError("bases must be types");
            }
            bases[i] = b;
        }
        if (bases.length == 0) {
            bases = new PyType[] {PyType.OBJECT};
        }
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
        for (PyType b : bases) {
            if (!b.hasFlag(PyType.BASETYPE)) {
                throw PyErr.typeError("type '%s' is not an acceptable base type", b.messageName());
            }
        }
        PyType solid = solidBase(bases);
        PyType type = new PyType(winner, name, solid.javaClass, PyType.HEAPTYPE | PyType.BASETYPE);
        type.bases = bases;
        PyDict dict = type.dict;
        dict.update(ns);
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
        if (dict.getItem(s("__doc__")) == null) {
            dict.setItem(s("__doc__"), PyNone.NONE);
        }
        wrapImplicitMethods(dict);
        if (dict.getItem(s("__eq__")) != null && dict.getItem(s("__hash__")) == null) {
            dict.setItem(s("__hash__"), PyNone.NONE);
        }
        setUpSlots(type, bases, dict);
        addDictAndWeakref(type, bases, dict);
        type.base = solid;
        type.mro = Mro.compute(type);
        type.ready = true;
        for (PyType b : bases) {
            b.addSubclass(type);
        }
        SlotTable.fill(type);
        if (winner != PyType.TYPE && winner.lookup(s("mro")) != PyType.TYPE.dict.getItem(s("mro"))) {
            Object custom = Abstract.callMethod(type, "mro");
            List<PyType> order = new ArrayList<>();
            Abstract.forEach(custom, o -> order.add((PyType) o));
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

    /** The base whose Java class is the most derived: instances must be of that class. */
    private static PyType solidBase(PyType[] bases) {
        PyType best = null;
        for (PyType b : bases) {
            PyType sb = layoutOf(b);
            if (best == null || sb.javaClass != best.javaClass && best.javaClass.isAssignableFrom(sb.javaClass)) {
                best = sb;
            } else if (sb.javaClass != best.javaClass && !sb.javaClass.isAssignableFrom(best.javaClass)) {
                throw PyErr.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return best;
    }

    private static PyType layoutOf(PyType t) {
        while (t.isHeapType() && t.base != null) {
            t = t.base;
        }
        return t;
    }

    private static void setUpSlots(PyType type, PyType[] bases, PyDict dict) {
        int inherited = 0;
        boolean baseHasDict = false;
        for (PyType b : bases) {
            inherited = Math.max(inherited, b.slotCount);
            baseHasDict |= b.instancesHaveDict || (!b.isHeapType() && b != PyType.OBJECT);
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
                continue;
            }
            PyStr mangled = PyStr.intern(Identifiers.mangle(type.name, v));
            if (dict.getItem(mangled) != null) {
                throw PyErr.valueError("'%s' in __slots__ conflicts with class variable", v);
            }
            dict.setItem(mangled, new PyMemberDescr(type, mangled.toString(), type.slotCount++));
        }
        type.instancesHaveDict = wantDict;
    }

    /** Adds {@code __dict__} and {@code __weakref__} where this class is the first to give them. */
    private static void addDictAndWeakref(PyType type, PyType[] bases, PyDict dict) {
        boolean baseHasDictAttr = false;
        boolean baseHasWeakref = false;
        for (PyType b : bases) {
            baseHasDictAttr |= b.lookup(s("__dict__")) != null && b != PyType.OBJECT && b.isHeapType();
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
                Abstract.call(hook, type, key);
            }
        }
    }

    private static void callInitSubclass(PyType type, PyDict kwargs) {
        PyType[] mro = type.mro;
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
        return new PyInstance(cls);
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
        if (!(obj instanceof Instance inst) || !newType.isHeapType() || !old.isHeapType()) {
            throw PyErr.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (newType.javaClass != old.javaClass || newType.slotCount != old.slotCount
                || newType.instancesHaveDict != old.instancesHaveDict) {
            throw PyErr.typeError("__class__ assignment: '%s' object layout differs from '%s'", newType.name(), old.name());
        }
        inst.setType(newType);
    }
}
