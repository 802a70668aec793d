package dev.kaa.vm.internal.eval;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.BinaryOp;
import dev.kaa.vm.objects.CompareOp;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Ints;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyBoundMethod;
import dev.kaa.vm.objects.PyBuiltinFunction;
import dev.kaa.vm.objects.PyCell;
import dev.kaa.vm.objects.PyCode;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyFrame;
import dev.kaa.vm.objects.PyFunction;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethodDescr;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PySlice;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Slot;
import dev.kaa.vm.modules.BuiltinFunctions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The work of the interpreter's instructions that takes more than a few lines: calls,
 * attribute and name lookups, building and unpacking, imports, raising, {@code with}.
 *
 * <p>Thread safety: stateless; runs under the GIL.
 */
final class EvalOps {
    private EvalOps() {}

    private static final PyStr BUILD_CLASS = PyStr.intern("__build_class__");
    private static final PyStr IMPORT = PyStr.intern("__import__");
    private static final PyStr ANNOTATIONS = PyStr.intern("__annotations__");
    private static final PyStr ENTER = PyStr.intern("__enter__"), EXIT = PyStr.intern("__exit__");
    private static final PyStr AENTER = PyStr.intern("__aenter__"), AEXIT = PyStr.intern("__aexit__");
    private static final PyStr NAME = PyStr.intern("__name__");

    // ---- names ----------------------------------------------------------------------------------

    static PyException unboundLocal(PyCode code, int index) {
        return PyErr.format(Exceptions.UnboundLocalError,
                "cannot access local variable '%s' where it is not associated with a value", code.localsplusNames[index]);
    }

    static PyException unboundDeref(PyCode code, int index) {
        if ((code.localsplusKinds[index] & CodeObject.CO_FAST_FREE) != 0) {
            return PyErr.format(Exceptions.NameError,
                    "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                    code.localsplusNames[index]);
        }
        return unboundLocal(code, index);
    }

    /** {@code LOAD_GLOBAL} at code unit {@code site}, through the site's cache when it holds. */
    static Object loadGlobal(PyFrame f, PyStr name, int site) {
        if (!(f.builtins instanceof PyDict b) || b.getClass() != PyDict.class || f.globals.getClass() != PyDict.class) {
            return loadGlobal(f, name);
        }
        Object[] caches = f.code.siteCaches();
        GlobalCache c = (GlobalCache) caches[site];
        if (c != null) {
            Object v = c.get(f.globals, b);
            if (v != null) {
                return v;
            }
        } else {
            c = new GlobalCache();
            caches[site] = c;
        }
        PyDict g = f.globals;
        int e = g.entryOf(name);
        if (e >= 0) {
            c.inGlobals = true;
        } else {
            e = b.entryOf(name);
            if (e < 0) {
                throw PyErr.nameError(name);
            }
            c.inGlobals = false;
        }
        c.globals = g;
        c.builtins = b;
        c.globalsVersion = g.keysVersion();
        c.builtinsVersion = b.keysVersion();
        c.entry = e;
        return (c.inGlobals ? g : b).valueAt(e);
    }

    static Object loadGlobal(PyFrame f, PyStr name) {
        Object v = f.globals.getItem(name);
        if (v != null) {
            return v;
        }
        v = mappingGet(f.builtins, name);
        if (v != null) {
            return v;
        }
        throw PyErr.nameError(name);
    }

    private static Object mappingGet(Object mapping, PyStr name) {
        if (mapping.getClass() == PyDict.class) {
            return ((PyDict) mapping).getItem(name);
        }
        try {
            return Abstract.getItem(mapping, name);
        } catch (PyException e) {
            if (e.matches(Exceptions.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    static Object loadName(PyFrame f, PyStr name) {
        if (f.locals == null) {
            throw PyErr.systemError("no locals when loading '%s'", name);
        }
        Object v = mappingGet(f.locals, name);
        if (v != null) {
            return v;
        }
        return loadGlobal(f, name);
    }

    static void storeName(PyFrame f, PyStr name, Object value) {
        if (f.locals == null) {
            throw PyErr.systemError("no locals found when storing '%s'", name);
        }
        if (f.locals.getClass() == PyDict.class) {
            ((PyDict) f.locals).setItem(name, value);
        } else {
            Abstract.setItem(f.locals, name, value);
        }
    }

    /** {@code DELETE_NAME}; returns the value removed when the namespace is a dict (else null). */
    static Object deleteName(PyFrame f, PyStr name) {
        if (f.locals == null) {
            throw PyErr.systemError("no locals when deleting '%s'", name);
        }
        if (f.locals.getClass() == PyDict.class) {
            Object v = ((PyDict) f.locals).delItem(name);
            if (v == null) {
                throw PyErr.nameError(name);
            }
            return v;
        }
        try {
            Abstract.delItem(f.locals, name);
        } catch (PyException e) {
            if (e.matches(Exceptions.KeyError)) {
                throw PyErr.nameError(name);
            }
            throw e;
        }
        return null;
    }

    static Object loadFromDictOrDeref(PyFrame f, Object mapping, int index) {
        Object v = mappingGet(mapping, f.code.localsplusNames[index]);
        if (v != null) {
            return v;
        }
        v = ((PyCell) f.localsplus[index]).value;
        if (v == null) {
            throw unboundDeref(f.code, index);
        }
        return v;
    }

    static Object loadFromDictOrGlobals(PyFrame f, Object mapping, PyStr name) {
        Object v = mappingGet(mapping, name);
        return v != null ? v : loadGlobal(f, name);
    }

    static void copyFreeVars(PyFrame f, int n) {
        PyTuple closure = f.func.closure;
        int offset = f.code.nlocalsplus() - n;
        for (int i = 0; i < n; i++) {
            f.localsplus[offset + i] = closure.get(i);
        }
    }

    static Object loadBuildClass(PyFrame f) {
        Object v = mappingGet(f.builtins, BUILD_CLASS);
        if (v == null) {
            throw PyErr.format(Exceptions.NameError, "__build_class__ not found");
        }
        return v;
    }

    static void setupAnnotations(PyFrame f) {
        if (f.locals == null) {
            throw PyErr.systemError("no locals found when setting up annotations");
        }
        if (mappingGet(f.locals, ANNOTATIONS) == null) {
            Abstract.setItem(f.locals, ANNOTATIONS, new PyDict());
        }
    }

    // ---- attributes --------------------------------------------------------------------------------

    /**
     * {@code LOAD_ATTR} in method form: pushes the unbound function and {@code self} when the
     * attribute is a method found on the type and not shadowed by the instance, else the
     * attribute and NULL.
     */
    /**
     * The entry of the inline cache at code unit {@code site} that serves an owner of type
     * {@code t}, or null when none does yet. See {@link #newAttrEntry}.
     */
    private static AttrCache attrEntry(PyCode code, int site, PyType t) {
        AttrCache head = (AttrCache) code.siteCaches()[site];
        return head == null ? null : head.find(t);
    }

    /** A fresh entry of the site's cache to fill for a new owner type; null when the site is megamorphic. */
    private static AttrCache newAttrEntry(PyCode code, int site) {
        Object[] caches = code.siteCaches();
        AttrCache head = (AttrCache) caches[site];
        if (head == null) {
            head = new AttrCache();
            caches[site] = head;
            return head;
        }
        return head.megamorphic() ? null : head.entryToFill();
    }

    /** {@code LOAD_ATTR} (not the method form) at code unit {@code site}, through its inline cache. */
    static Object loadAttr(PyCode code, int site, Object owner, PyStr name) {
        PyType t = Abstract.typeOf(owner);
        AttrCache c = attrEntry(code, site, t);
        if (c == null && (c = newAttrEntry(code, site)) != null) {
            c.fillLoad(owner, t, name, false);
        }
        if (c != null) {
            Object v = switch (c.kind) {
                case AttrCache.GENERIC, AttrCache.METHOD -> null;
                case AttrCache.MODULE -> c.moduleValue(owner);
                default -> c.load(owner, t, name);
            };
            if (v != null) {
                return v;
            }
            if (c.kind == AttrCache.MODULE) {
                // Another module, or the module's keys changed: refill for the next time.
                c.fillLoad(owner, t, name, false);
            }
        }
        return Abstract.getAttr(owner, name);
    }

    /** {@code LOAD_ATTR} in its method form at code unit {@code site}, through its inline cache. */
    static int loadMethod(PyCode code, int site, Object[] s, int sp, Object owner, PyStr name) {
        PyType t = Abstract.typeOf(owner);
        AttrCache c = attrEntry(code, site, t);
        if (c == null && (c = newAttrEntry(code, site)) != null) {
            c.fillLoad(owner, t, name, true);
        }
        if (c == null) {
            return loadMethod(s, sp, owner, name);
        }
        Object v;
        switch (c.kind) {
            case AttrCache.METHOD:
                if (c.methodUnshadowed(owner, name)) {
                    s[sp - 1] = c.descr;
                    s[sp++] = owner;
                    return sp;
                }
                v = null;
                break;
            case AttrCache.GENERIC:
                v = null;
                break;
            case AttrCache.MODULE:
                v = c.moduleValue(owner);
                if (v == null) {
                    c.fillLoad(owner, t, name, true);
                }
                break;
            default:
                v = c.load(owner, t, name);
                break;
        }
        if (v != null) {
            s[sp - 1] = v;
            s[sp++] = null;
            return sp;
        }
        return loadMethod(s, sp, owner, name);
    }

    /** {@code STORE_ATTR} at code unit {@code site}, through its inline cache. */
    static void storeAttr(PyCode code, int site, Object owner, PyStr name, Object value) {
        PyType t = Abstract.typeOf(owner);
        AttrCache c = attrEntry(code, site, t);
        if (c == null && (c = newAttrEntry(code, site)) != null) {
            c.fillStore(owner, t, name);
        }
        if (c == null || !c.store(owner, name, value)) {
            Abstract.setAttr(owner, name, value);
        }
    }

    static int loadMethod(Object[] s, int sp, Object owner, PyStr name) {
        PyType t = Abstract.typeOf(owner);
        if (t.slot(Slot.__getattr__) == null && isGenericGetAttr(t)) {
            Object descr = t.lookup(name);
            if (descr != null && Abstract.typeOf(descr).hasFlag(PyType.METHOD_DESCRIPTOR)) {
                boolean shadowed = owner instanceof dev.kaa.vm.objects.HasDict h && h.instanceDict() != null
                        && h.instanceDict().getItem(name) != null;
                if (!shadowed) {
                    s[sp - 1] = descr;
                    s[sp++] = owner;
                    return sp;
                }
            }
        }
        s[sp - 1] = Abstract.getAttr(owner, name);
        s[sp++] = null;
        return sp;
    }

    private static final PyStr GETATTRIBUTE = PyStr.intern("__getattribute__");
    private static final Object OBJECT_GETATTRIBUTE = PyType.OBJECT.dict().getItem(GETATTRIBUTE);

    private static boolean isGenericGetAttr(PyType t) {
        return t.lookup(GETATTRIBUTE) == OBJECT_GETATTRIBUTE;
    }

    static int loadSuperAttr(ThreadState ts, PyFrame f, Object[] s, int sp, PyStr name, int arg) {
        Object globalSuper = s[sp - 3];
        Object cls = s[sp - 2];
        Object self = s[sp - 1];
        Object sup = (arg & 2) != 0 || globalSuper != PySuper.TYPE
                ? Abstract.call(globalSuper, (arg & 2) != 0 ? new Object[] {cls, self} : new Object[0], null)
                : PySuper.make(cls, self);
        s[sp - 1] = null;
        s[sp - 2] = null;
        sp -= 2;
        if ((arg & 1) != 0 && sup instanceof PySuper ps) {
            Object found = ps.findRaw(name);
            if (found != null && Abstract.typeOf(found).hasFlag(PyType.METHOD_DESCRIPTOR)) {
                s[sp - 1] = found;
                s[sp++] = self;
                return sp;
            }
        }
        s[sp - 1] = Abstract.getAttr(sup, name);
        if ((arg & 1) != 0) {
            s[sp++] = null;
        }
        return sp;
    }

    // ---- operators --------------------------------------------------------------------------------

    static Object negative(Object v) {
        if (v.getClass() == PyInt.class) {
            return Ints.negate((PyInt) v);
        }
        if (v.getClass() == PyFloat.class) {
            return new PyFloat(-((PyFloat) v).doubleValue());
        }
        return Abstract.unaryOp(v, Slot.__neg__, "-");
    }

    static Object binaryOp(Object a, Object b, int arg) {
        Class<?> ca = a.getClass();
        if (ca == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            switch (arg) {
                case 0, 13: return Ints.add(x, y);
                case 10, 23: return Ints.sub(x, y);
                case 5, 18: return Ints.mul(x, y);
                case 2, 15: return Ints.floorDiv(x, y);
                case 6, 19: return Ints.mod(x, y);
                default: break;
            }
        } else if (ca == PyFloat.class && b.getClass() == PyFloat.class) {
            double x = ((PyFloat) a).doubleValue(), y = ((PyFloat) b).doubleValue();
            switch (arg) {
                case 0, 13: return new PyFloat(x + y);
                case 10, 23: return new PyFloat(x - y);
                case 5, 18: return new PyFloat(x * y);
                case 11, 24:
                    if (y == 0) {
                        throw PyErr.zeroDivisionError("float division by zero");
                    }
                    return new PyFloat(x / y);
                default: break;
            }
        } else if ((ca == PyFloat.class || ca == PyInt.class) && (b.getClass() == PyFloat.class || b.getClass() == PyInt.class)
                && (ca == PyFloat.class) != (b.getClass() == PyFloat.class)) {
            // int with float: the int converts to float first, as float's own methods do.
            Object r = mixedFloat(a, b, arg);
            if (r != null) {
                return r;
            }
        } else if (ca == PyStr.class && b.getClass() == PyStr.class && (arg == 0 || arg == 13)) {
            return PyStr.of(((PyStr) a).value().concat(((PyStr) b).value()));
        }
        BinaryOp op = BinaryOp.of(arg);
        return arg >= 13 ? Abstract.inplaceOp(a, b, op) : Abstract.binaryOp(a, b, op);
    }

    /** +, -, * and / of a float and an int that fits a long; null for anything else. */
    private static Object mixedFloat(Object a, Object b, int arg) {
        double x, y;
        if (a instanceof PyFloat fa) {
            PyInt ib = (PyInt) b;
            if (!ib.isLong()) {
                return null;
            }
            x = fa.doubleValue();
            y = ib.longValue();
        } else {
            PyInt ia = (PyInt) a;
            if (!ia.isLong()) {
                return null;
            }
            x = ia.longValue();
            y = ((PyFloat) b).doubleValue();
        }
        return switch (arg) {
            case 0, 13 -> new PyFloat(x + y);
            case 10, 23 -> new PyFloat(x - y);
            case 5, 18 -> new PyFloat(x * y);
            case 11, 24 -> {
                if (y == 0) {
                    throw PyErr.zeroDivisionError("float division by zero");
                }
                yield new PyFloat(x / y);
            }
            default -> null;
        };
    }

    static Object compare(Object a, Object b, CompareOp op) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return PyBool.of(op.test(Ints.compare((PyInt) a, (PyInt) b)));
        }
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            double x = ((PyFloat) a).doubleValue(), y = ((PyFloat) b).doubleValue();
            return PyBool.of(switch (op) {
                case LT -> x < y;
                case LE -> x <= y;
                case EQ -> x == y;
                case NE -> x != y;
                case GT -> x > y;
                case GE -> x >= y;
            });
        }
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            if (op == CompareOp.EQ) {
                return PyBool.of(a.equals(b));
            }
            if (op == CompareOp.NE) {
                return PyBool.of(!a.equals(b));
            }
            return PyBool.of(op.test(((PyStr) a).compareTo((PyStr) b)));
        }
        return Abstract.richCompare(a, b, op);
    }

    static Object subscript(Object container, Object key) {
        if (key.getClass() == PyInt.class) {
            if (container instanceof PyList l && l.getClass() == PyList.class) {
                PyInt k = (PyInt) key;
                if (k.isLong()) {
                    long i = k.longValue();
                    if (i < 0) {
                        i += l.size();
                    }
                    if (i >= 0 && i < l.size()) {
                        return l.get((int) i);
                    }
                }
            } else if (container instanceof PyTuple t && t.getClass() == PyTuple.class) {
                PyInt k = (PyInt) key;
                if (k.isLong()) {
                    long i = k.longValue();
                    if (i < 0) {
                        i += t.size();
                    }
                    if (i >= 0 && i < t.size()) {
                        return t.get((int) i);
                    }
                }
            } else if (container.getClass() == PyStr.class && ((PyInt) key).isLong()) {
                PyStr c = ((PyStr) container).itemOrNull(((PyInt) key).longValue());
                if (c != null) {
                    return c;
                }
            }
        }
        if (container.getClass() == PyDict.class) {
            Object v = ((PyDict) container).getItem(key);
            if (v != null) {
                return v;
            }
            throw PyErr.keyError(key);
        }
        return Abstract.getItem(container, key);
    }

    static Object slice(Object container, Object start, Object stop) {
        return Abstract.getItem(container, new PySlice(start, stop, PyNone.NONE));
    }

    static void storeSlice(Object container, Object start, Object stop, Object value) {
        Abstract.setItem(container, new PySlice(start, stop, PyNone.NONE), value);
    }

    static int buildSlice(Object[] s, int sp, int n) {
        Object step = n == 3 ? s[--sp] : PyNone.NONE;
        Object stop = s[--sp];
        Object start = s[sp - 1];
        s[sp] = null;
        s[sp + 1] = null;
        s[sp - 1] = new PySlice(start, stop, step);
        return sp;
    }

    // ---- building and unpacking ---------------------------------------------------------------------

    static int buildTuple(Object[] s, int sp, int n) {
        Object[] items = Arrays.copyOfRange(s, sp - n, sp);
        Arrays.fill(s, sp - n, sp, null);
        sp -= n;
        s[sp++] = PyTuple.of(items);
        return sp;
    }

    static int buildList(Object[] s, int sp, int n) {
        Object[] items = Arrays.copyOfRange(s, sp - n, sp);
        Arrays.fill(s, sp - n, sp, null);
        sp -= n;
        s[sp++] = new PyList(items);
        return sp;
    }

    static int buildSet(Object[] s, int sp, int n) {
        dev.kaa.vm.objects.PySet set = new dev.kaa.vm.objects.PySet();
        for (int i = sp - n; i < sp; i++) {
            set.addItem(s[i]);
        }
        Arrays.fill(s, sp - n, sp, null);
        sp -= n;
        s[sp++] = set;
        return sp;
    }

    static int buildMap(Object[] s, int sp, int n) {
        PyDict d = new PyDict();
        for (int i = sp - 2 * n; i < sp; i += 2) {
            d.setItem(s[i], s[i + 1]);
        }
        Arrays.fill(s, sp - 2 * n, sp, null);
        sp -= 2 * n;
        s[sp++] = d;
        return sp;
    }

    static int buildConstKeyMap(Object[] s, int sp, int n) {
        PyTuple keys = (PyTuple) s[--sp];
        s[sp] = null;
        PyDict d = new PyDict();
        for (int i = 0; i < n; i++) {
            d.setItem(keys.get(i), s[sp - n + i]);
        }
        Arrays.fill(s, sp - n, sp, null);
        sp -= n;
        s[sp++] = d;
        return sp;
    }

    static int buildString(Object[] s, int sp, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = sp - n; i < sp; i++) {
            sb.append(((PyStr) s[i]).value());
        }
        Arrays.fill(s, sp - n, sp, null);
        sp -= n;
        s[sp++] = PyStr.of(sb.toString());
        return sp;
    }

    static void listExtend(PyList list, Object iterable) {
        PyType t = Abstract.typeOf(iterable);
        if (t.slot(Slot.__iter__) == null && t.slot(Slot.__getitem__) == null) {
            throw PyErr.typeError("Value after * must be an iterable, not %T", iterable);
        }
        list.extend(iterable);
    }

    static void dictUpdate(PyDict dict, Object other) {
        if (other instanceof PyDict d) {
            dict.update(d);
            return;
        }
        if (Abstract.lookupAttr(other, PyStr.intern("keys")) == null) {
            throw PyErr.typeError("'%T' object is not a mapping", other);
        }
        Abstract.forEach(Abstract.callMethod(other, "keys"), k -> dict.setItem(k, Abstract.getItem(other, k)));
    }

    static void dictMerge(Object func, PyDict dict, Object other) {
        if (!(other instanceof PyDict) && Abstract.lookupAttr(other, PyStr.intern("keys")) == null) {
            throw PyErr.typeError("%s argument after ** must be a mapping, not %T", funcDescription(func), other);
        }
        List<Object> keys = new ArrayList<>();
        if (other instanceof PyDict d) {
            keys.addAll(d.keys());
        } else {
            Abstract.forEach(Abstract.callMethod(other, "keys"), keys::add);
        }
        for (Object k : keys) {
            if (!(k instanceof PyStr)) {
                throw PyErr.typeError("keywords must be strings");
            }
            if (dict.getItem(k) != null) {
                throw PyErr.typeError("%s got multiple values for keyword argument '%s'", funcDescription(func), k);
            }
            dict.setItem(k, other instanceof PyDict d ? d.getItem(k) : Abstract.getItem(other, k));
        }
    }

    /**
     * The function as CPython's argument errors name it ({@code _PyObject_FunctionStr}):
     * {@code module.qualname()}, or {@code qualname()} for built-ins and methods without a module.
     */
    static String funcDescription(Object func) {
        try {
            Object qualname = Abstract.lookupAttr(func, PyStr.intern("__qualname__"));
            if (!(qualname instanceof PyStr q)) {
                return Abstract.typeOf(func).name() + " object";
            }
            Object module = Abstract.lookupAttr(func, PyStr.intern("__module__"));
            if (module instanceof PyStr m && !m.value().equals("builtins")) {
                return m.value() + "." + q.value() + "()";
            }
            return q.value() + "()";
        } catch (PyException e) {
            return Abstract.typeOf(func).name() + " object";
        }
    }

    static int unpackSequence(Object[] s, int sp, int n) {
        Object seq = s[--sp];
        s[sp] = null;
        Object[] items;
        if (seq instanceof PyTuple t && t.getClass() == PyTuple.class) {
            items = t.items();
        } else if (seq instanceof PyList l && l.getClass() == PyList.class) {
            items = l.toArray();
        } else {
            items = unpackIterable(seq, n);
        }
        if (items.length != n) {
            if (items.length < n) {
                throw PyErr.valueError("not enough values to unpack (expected %d, got %d)", n, items.length);
            }
            throw PyErr.valueError("too many values to unpack (expected %d)", n);
        }
        for (int i = n - 1; i >= 0; i--) {
            s[sp++] = items[i];
        }
        return sp;
    }

    private static Object[] unpackIterable(Object seq, int n) {
        PyType t = Abstract.typeOf(seq);
        if (t.slot(Slot.__iter__) == null && t.slot(Slot.__getitem__) == null) {
            throw PyErr.typeError("cannot unpack non-iterable %T object", seq);
        }
        Object it = Abstract.iter(seq);
        List<Object> out = new ArrayList<>();
        Object item;
        while ((item = Abstract.next(it)) != null) {
            out.add(item);
            if (out.size() > n) {
                break;
            }
        }
        return out.toArray();
    }

    static int unpackEx(Object[] s, int sp, int before, int after) {
        Object seq = s[--sp];
        s[sp] = null;
        PyType t = Abstract.typeOf(seq);
        if (t.slot(Slot.__iter__) == null && t.slot(Slot.__getitem__) == null) {
            throw PyErr.typeError("cannot unpack non-iterable %T object", seq);
        }
        List<Object> all = new ArrayList<>();
        Abstract.forEach(seq, all::add);
        if (all.size() < before + after) {
            throw PyErr.valueError("not enough values to unpack (expected at least %d, got %d)", before + after, all.size());
        }
        int middle = all.size() - before - after;
        Object[] values = new Object[before + 1 + after];
        for (int i = 0; i < before; i++) {
            values[i] = all.get(i);
        }
        values[before] = new PyList(all.subList(before, before + middle).toArray());
        for (int i = 0; i < after; i++) {
            values[before + 1 + i] = all.get(before + middle + i);
        }
        for (int i = values.length - 1; i >= 0; i--) {
            s[sp++] = values[i];
        }
        return sp;
    }

    // ---- formatting ----------------------------------------------------------------------------------

    static Object convertValue(Object v, int which) {
        return switch (which) {
            case 1 -> Abstract.str(v);
            case 2 -> Abstract.repr(v);
            case 3 -> BuiltinFunctions.ascii(v);
            default -> throw PyErr.systemError("bad conversion %d", which);
        };
    }

    // ---- functions and calls --------------------------------------------------------------------------

    static Object makeFunction(PyFrame f, PyCode code) {
        return new PyFunction(code, f.globals, f.builtins);
    }

    static void setFunctionAttribute(PyFunction fn, Object value, int flag) {
        switch (flag) {
            case 1 -> fn.defaults = (PyTuple) value;
            case 2 -> fn.kwdefaults = (PyDict) value;
            case 4 -> fn.annotations = annotationsOf(value);
            case 8 -> fn.closure = (PyTuple) value;
            default -> throw PyErr.systemError("bad SET_FUNCTION_ATTRIBUTE flag %d", flag);
        }
    }

    private static Object annotationsOf(Object value) {
        if (value instanceof PyTuple t) {
            // The compiler passes annotations as a flat tuple of name, value pairs.
            PyDict d = new PyDict();
            for (int i = 0; i + 1 < t.size(); i += 2) {
                d.setItem(t.get(i), t.get(i + 1));
            }
            return d;
        }
        return value;
    }

    /**
     * For a call the loop can run inline: the callee's new frame with the arguments bound, or
     * null when the callable is not a Python function. Counts the recursion depth (so
     * RecursionError is raised here, at the call).
     */
    static PyFrame inlineCallee(ThreadState ts, Object[] s, int base, int argc, String[] kwnames) {
        Object callable = s[base];
        Object self = s[base + 1];
        if (self == null && callable instanceof PyBoundMethod m && m.function() instanceof PyFunction) {
            callable = m.function();
            self = m.self();
        }
        if (!(callable instanceof PyFunction fn)) {
            return null;
        }
        ts.enter();
        try {
            return fn.frameFromStack(self, s, base + 2, argc, kwnames);
        } catch (RuntimeException e) {
            ts.leave();
            throw e;
        }
    }

    /**
     * {@code CALL}/{@code CALL_KW}: the callable at {@code s[base]}, self-or-NULL at
     * {@code s[base+1]}, then {@code argc} arguments (the last {@code kwnames.length} of them
     * keyword values).
     */
    static Object call(ThreadState ts, Object[] s, int base, int argc, String[] kwnames) {
        Object callable = s[base];
        Object self = s[base + 1];
        ts.runtime.checkBreaker(ts);
        if (kwnames == null) {
            // Built-in methods and functions take their arguments straight from the stack.
            if (callable instanceof PyMethodDescr d) {
                if (self != null) {
                    return d.callFromStack(self, s, base + 2, argc);
                }
                if (argc > 0) {
                    return d.callFromStack(s[base + 2], s, base + 3, argc - 1);
                }
            } else if (callable instanceof PyBuiltinFunction b && self == null) {
                return b.callFromStack(s, base + 2, argc);
            }
        }
        if (self == null && callable instanceof PyBoundMethod m && kwnames == null) {
            callable = m.function();
            self = m.self();
        }
        if (kwnames == null && callable instanceof PyFunction fn) {
            return fn.callFromStack(ts, self, s, base + 2, argc);
        }
        int total = argc + (self == null ? 0 : 1);
        Object[] args = new Object[total];
        int at = 0;
        if (self != null) {
            args[at++] = self;
        }
        System.arraycopy(s, base + 2, args, at, argc);
        if (callable instanceof PyBoundMethod m) {
            return Abstract.callPrepend(m.function(), m.self(), args, kwnames);
        }
        return Abstract.call(callable, args, kwnames);
    }

    /** {@code CALL_FUNCTION_EX}: {@code f(*args, **kwargs)}. */
    static int callFunctionEx(Object[] s, int sp, int flags) {
        Object kwargs = (flags & 1) != 0 ? s[--sp] : null;
        Object callargs = s[--sp];
        sp--; // the NULL (or self) slot beside the callable
        Object func = s[sp - 1];
        Object[] positional;
        if (callargs instanceof PyTuple t) {
            positional = t.items();
        } else {
            PyType t = Abstract.typeOf(callargs);
            if (t.slot(Slot.__iter__) == null && t.slot(Slot.__getitem__) == null) {
                throw PyErr.typeError("%s argument after * must be an iterable, not %T", funcDescription(func), callargs);
            }
            positional = PyTuple.fromIterable(callargs).items();
        }
        Object[] args = positional;
        String[] kwnames = null;
        if (kwargs != null) {
            PyDict kw;
            if (kwargs instanceof PyDict d) {
                kw = d;
            } else {
                kw = new PyDict();
                dictMerge(func, kw, kwargs);
            }
            if (kw.size() > 0) {
                List<Object> keys = kw.keys();
                kwnames = new String[keys.size()];
                args = Arrays.copyOf(positional, positional.length + keys.size());
                for (int i = 0; i < kwnames.length; i++) {
                    if (!(keys.get(i) instanceof PyStr k)) {
                        throw PyErr.typeError("keywords must be strings");
                    }
                    kwnames[i] = k.value();
                    args[positional.length + i] = kw.getItem(k);
                }
            }
        }
        Object r = Abstract.call(func, args == positional ? positional.clone() : args, kwnames);
        for (int i = sp; i < sp + 3; i++) {
            s[i] = null;
        }
        s[sp - 1] = r;
        return sp;
    }

    // ---- imports --------------------------------------------------------------------------------------

    /**
     * {@code IMPORT_NAME}: calls the {@code __import__} of the frame's builtins, so code that
     * replaces it (or runs with builtins that lack it) sees what CPython does. The built-in one
     * goes straight to the import system.
     */
    static Object importName(ThreadState ts, PyFrame f, PyStr name, Object fromlist, Object level) {
        Object importFunc = mappingGet(f.builtins, IMPORT);
        if (importFunc == null) {
            throw PyErr.format(Exceptions.ImportError, "__import__ not found");
        }
        if (importFunc instanceof PyBuiltinFunction b && b.name().equals("__import__")) {
            int lv = (int) ((PyInt) level).longValue();
            return ts.runtime.services.importName(ts, name.value(), f.globals, fromlist, lv);
        }
        Object locals = f.locals == null ? PyNone.NONE : f.locals;
        return Abstract.call(importFunc, name, f.globals, locals, fromlist, level);
    }

    static Object importFrom(ThreadState ts, Object module, PyStr name) {
        Object v = Abstract.lookupAttr(module, name);
        if (v != null) {
            return v;
        }
        Object modName = Abstract.lookupAttr(module, NAME);
        if (modName instanceof PyStr mn) {
            Object sub = ts.runtime.modules.getItem(PyStr.of(mn.value() + "." + name.value()));
            if (sub != null) {
                return sub;
            }
        }
        String from = modName instanceof PyStr mn ? mn.value() : "<unknown module name>";
        Object file = module instanceof PyModule m ? m.dict().getItem(PyStr.intern("__file__")) : null;
        String where = file instanceof PyStr fs ? " (" + fs.value() + ")" : " (unknown location)";
        Object message = PyStr.of("cannot import name '" + name + "' from '" + from + "'" + where);
        Object e = Abstract.call(Exceptions.ImportError, new Object[] {message, PyStr.of(from),
                file instanceof PyStr ? file : PyNone.NONE}, new String[] {"name", "path"});
        throw new PyException((PyBaseException) e);
    }

    // ---- exceptions -----------------------------------------------------------------------------------

    /** {@code RAISE_VARARGS}: the exception to raise. */
    static PyException raise(ThreadState ts, Object[] s, int sp, int argc) {
        if (argc == 0) {
            PyBaseException handled = ts.currentException();
            if (handled == null) {
                return PyErr.runtimeError("No active exception to reraise");
            }
            return reraised(handled);
        }
        Object cause = argc == 2 ? s[sp - 1] : null;
        Object exc = s[sp - argc];
        PyBaseException value = instantiate(exc, "exceptions must derive from BaseException");
        if (cause != null) {
            if (cause == PyNone.NONE) {
                value.setCause(null);
            } else {
                value.setCause(instantiate(cause, "exception causes must derive from BaseException"));
            }
            value.setSuppressContext(true);
        }
        return new PyException(value);
    }

    private static PyBaseException instantiate(Object exc, String message) {
        if (exc instanceof PyType t && t.isSubtypeOf(Exceptions.BaseException)) {
            Object made = Abstract.call(t, new Object[0], null);
            if (made instanceof PyBaseException e) {
                return e;
            }
            throw PyErr.typeError("calling %R should have returned an instance of BaseException, not %R", exc,
                    Abstract.typeOf(made));
        }
        if (exc instanceof PyBaseException e) {
            return e;
        }
        throw PyErr.typeError(message);
    }

    /**
     * An exception raised again (a bare {@code raise}, {@code RERAISE}): its {@code __context__}
     * was settled where it first arose, so no frame it now leaves sets it again.
     */
    static PyException reraised(PyBaseException value) {
        PyException e = new PyException(value);
        e.contextSet = true;
        return e;
    }

    /** Sets {@code __context__} of a newly raised exception to the one being handled. */
    static void setContext(ThreadState ts, PyException e) {
        if (e.contextSet) {
            return;
        }
        e.contextSet = true;
        chainContext(e.value(), ts.currentException());
    }

    /** Makes {@code handled} (if any) the {@code __context__} of {@code value}. */
    static void chainContext(PyBaseException value, PyBaseException handled) {
        if (handled == null || handled == value) {
            return;
        }
        // Break a cycle the new context would make, as CPython's _PyErr_SetObject does. The
        // chain may already hold a cycle that does not pass through value (code may set
        // __context__ freely, gh-69968): a second walker at half speed meets the first there.
        PyBaseException o = handled;
        PyBaseException slow = handled;
        boolean stepSlow = false;
        while (o != null) {
            PyBaseException next = o.context();
            if (next == value) {
                o.setContext(null);
                break;
            }
            o = next;
            if (o == slow) {
                break;
            }
            if (stepSlow) {
                slow = slow.context();
            }
            stepSlow = !stepSlow;
        }
        value.setContext(handled);
    }

    /** {@code except type:} matching by the MRO alone, as CPython's PyErr_GivenExceptionMatches (no hooks). */
    static boolean exceptionMatches(Object exc, Object type) {
        checkCatchable(type, "catching classes that do not inherit from BaseException is not allowed");
        return matchesByMro(Abstract.typeOf(exc), type);
    }

    private static boolean matchesByMro(PyType t, Object type) {
        if (type instanceof PyTuple tuple) {
            for (Object o : tuple.items()) {
                if (matchesByMro(t, o)) {
                    return true;
                }
            }
            return false;
        }
        return t.isSubtypeOf((PyType) type);
    }

    private static void checkCatchable(Object type, String message) {
        if (type instanceof PyTuple t) {
            for (Object o : t.items()) {
                checkCatchable(o, message);
            }
            return;
        }
        if (!(type instanceof PyType c) || !c.isSubtypeOf(Exceptions.BaseException)) {
            throw PyErr.typeError(message);
        }
    }

    /** {@code CHECK_EG_MATCH}: {@code (exc_value, match_type -- rest, match)}. */
    static void checkEgMatch(Object[] s, int sp) {
        Object exc = s[sp - 2];
        PyBaseException[] restMatch = exc == PyNone.NONE
                ? new PyBaseException[] {null, null}
                : dev.kaa.vm.objects.ExceptionGroups.exceptStarMatch((PyBaseException) exc, s[sp - 1]);
        s[sp - 2] = restMatch[0] == null ? PyNone.NONE : restMatch[0];
        s[sp - 1] = restMatch[1] == null ? PyNone.NONE : restMatch[1];
        if (restMatch[1] != null) {
            ThreadState.current().handled = restMatch[1];
        }
    }

    /** {@code CLEANUP_THROW}: {@code (sub_iter, last_sent_val, exc_value -- none, value)}. */
    static int cleanupThrow(Object[] s, int sp) {
        Object exc = s[sp - 1];
        if (exc instanceof PyBaseException e && e.type().isSubtypeOf(Exceptions.StopIteration)) {
            Object value = Generators.stopIterationValue(e);
            s[--sp] = null;
            s[sp - 1] = value;
            s[sp - 2] = PyNone.NONE;
            return sp;
        }
        throw reraised((PyBaseException) exc);
    }

    // ---- with -----------------------------------------------------------------------------------------

    /** {@code BEFORE_WITH}: {@code (mgr -- exit, enter_result)}. */
    static int beforeWith(Object[] s, int sp) {
        Object mgr = s[sp - 1];
        Object enter = Abstract.lookupSpecial(mgr, ENTER);
        if (enter == null) {
            throw PyErr.typeError("'%T' object does not support the context manager protocol", mgr);
        }
        Object exit = Abstract.lookupSpecial(mgr, EXIT);
        if (exit == null) {
            throw PyErr.typeError("'%T' object does not support the context manager protocol (missed __exit__ method)", mgr);
        }
        Object r = Abstract.call(enter, new Object[0], null);
        s[sp - 1] = exit;
        s[sp++] = r;
        return sp;
    }

    /** {@code BEFORE_ASYNC_WITH}: {@code (mgr -- aexit, awaitable)}. */
    static int beforeAsyncWith(Object[] s, int sp) {
        Object mgr = s[sp - 1];
        Object enter = Abstract.lookupSpecial(mgr, AENTER);
        if (enter == null) {
            throw PyErr.typeError("'%T' object does not support the asynchronous context manager protocol", mgr);
        }
        Object exit = Abstract.lookupSpecial(mgr, AEXIT);
        if (exit == null) {
            throw PyErr.typeError("'%T' object does not support the asynchronous context manager protocol "
                    + "(missed __aexit__ method)", mgr);
        }
        Object r = Abstract.call(enter, new Object[0], null);
        s[sp - 1] = exit;
        s[sp++] = Generators.getAwaitable(r, 1);
        return sp;
    }

    static Object withExceptStart(Object exit, Object val) {
        PyBaseException e = (PyBaseException) val;
        Object tb = e.traceback() == null ? PyNone.NONE : e.traceback();
        return Abstract.call(exit, new Object[] {e.type(), val, tb}, null);
    }

    // ---- generators -----------------------------------------------------------------------------------

    static Object yieldFromIter(PyCode code, Object v) {
        if (Generators.isCoroutine(v)) {
            if (!code.hasFlag(CodeObject.CO_COROUTINE | CodeObject.CO_ITERABLE_COROUTINE)) {
                throw PyErr.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return v;
        }
        if (Generators.isGenerator(v)) {
            return v;
        }
        return Abstract.iter(v);
    }

    /**
     * {@code SEND}: {@code (receiver, v -- receiver, retval)}. Returns 0 when the receiver
     * yielded (retval is the yielded value), -1 when it finished (retval is its return value).
     */
    static int send(ThreadState ts, Object[] s, int sp) {
        Object receiver = s[sp - 2];
        Object v = s[sp - 1];
        Object[] result = new Object[1];
        boolean yielded = Generators.send(ts, receiver, v, result);
        s[sp - 1] = result[0];
        return yielded ? 0 : -1;
    }

    static int endAsyncFor(Object[] s, int sp) {
        Object exc = s[sp - 1];
        if (exc instanceof PyBaseException e && e.type().isSubtypeOf(Exceptions.StopAsyncIteration)) {
            s[--sp] = null;
            s[--sp] = null;
            return sp;
        }
        throw reraised((PyBaseException) exc);
    }
}
