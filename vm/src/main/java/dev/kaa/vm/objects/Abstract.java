package dev.kaa.vm.objects;

import java.util.function.Consumer;

/**
 * The abstract object layer: the operations Python code performs on any object ({@code repr},
 * attribute access, calls, operators, iteration, truth), each through the operand's type slots
 * with CPython's rules and messages. Fast paths for the common exact built-in types come first.
 *
 * <p>Thread safety: stateless; the objects operated on are GIL-guarded.
 */
public final class Abstract {
    private Abstract() {}

    private static final Object[] NO_ARGS = new Object[0];

    public static PyType typeOf(Object o) {
        // The commonest classes by a class comparison first: cheaper than the virtual call,
        // which sees every class of object there is.
        Class<?> c = o.getClass();
        if (c == PyInstance.class) {
            return ((PyInstance) o).type();
        }
        if (c == PyInt.class) {
            return PyInt.TYPE;
        }
        if (c == PyStr.class) {
            return PyStr.TYPE;
        }
        if (c == PyFloat.class) {
            return PyFloat.TYPE;
        }
        if (c == PyList.class) {
            return PyList.TYPE;
        }
        if (c == PyTuple.class) {
            return PyTuple.TYPE;
        }
        if (o instanceof PyObject p) {
            return p.type();
        }
        // The one other kind of Python object: an extension's (native-ext-api).
        return (PyType) ((dev.kaa.ext.ExtensionObject) o).pythonType();
    }

    // ---- attributes -------------------------------------------------------------------------

    /** The attribute name argument of {@code getattr} and friends, checked to be a str. */
    public static PyStr attrName(Object name) {
        if (name instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError("attribute name must be string, not '%T'", name);
    }

    /** {@code getattr(o, name)}. */
    public static Object getAttr(Object o, PyStr name) {
        PyType t = typeOf(o);
        Fn.Binary hook = t.binary(Slot.__getattr__);
        Fn.Binary get = t.binary(Slot.__getattribute__);
        if (hook == null) {
            return get.call(o, name);
        }
        try {
            return get.call(o, name);
        } catch (PyException e) {
            if (!e.matches(Exceptions.AttributeError)) {
                throw e;
            }
            return hook.call(o, name);
        }
    }

    public static Object getAttr(Object o, String name) {
        return getAttr(o, PyStr.intern(name));
    }

    /** {@code getattr(o, name, None)} without raising for a missing attribute: null when missing. */
    public static Object lookupAttr(Object o, PyStr name) {
        try {
            return getAttr(o, name);
        } catch (PyException e) {
            if (e.matches(Exceptions.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    public static void setAttr(Object o, PyStr name, Object value) {
        typeOf(o).ternary(Slot.__setattr__).call(o, name, value);
    }

    public static void delAttr(Object o, PyStr name) {
        typeOf(o).binary(Slot.__delattr__).call(o, name);
    }

    /**
     * Looks up {@code name} on {@code type(o)} as a special method does (not on the instance) and
     * binds it; null when the type has no such attribute.
     */
    public static Object lookupSpecial(Object o, PyStr name) {
        PyType t = typeOf(o);
        Object v = t.lookup(name);
        if (v == null) {
            return null;
        }
        Fn.Ternary get = typeOf(v).ternary(Slot.__get__);
        return get == null ? v : get.call(v, o, t);
    }

    // ---- calls --------------------------------------------------------------------------------

    /** {@code callable(*args, **kw)} in vectorcall layout ({@link Fn.Call}). */
    public static Object call(Object callable, Object[] args, String[] kwnames) {
        if (callable instanceof PyBuiltinFunction f) {
            return f.call(args, kwnames);
        }
        if (callable instanceof PyFunction f) {
            return f.call(args, kwnames);
        }
        PyType meta = typeOf(callable);
        if (meta == PyType.TYPE) {
            // A class whose metaclass is type: type.__call__ itself, without binding its
            // (*args, **kwargs) as a call from Python would.
            return ((PyType) callable).__call__(args, kwnames);
        }
        Fn.Call call = meta.call(Slot.__call__);
        if (call == null) {
            throw PyErr.typeError("'%T' object is not callable", callable);
        }
        return call.call(callable, args, kwnames);
    }

    public static Object call(Object callable, Object... args) {
        return call(callable, args, null);
    }

    /** {@code o.name(*args)}. */
    public static Object callMethod(Object o, String name, Object... args) {
        return call(getAttr(o, PyStr.intern(name)), args, null);
    }

    /** Calls {@code fn} with {@code first} before {@code args}. */
    public static Object callPrepend(Object fn, Object first, Object[] args, String[] kwnames) {
        Object[] all = new Object[args.length + 1];
        all[0] = first;
        System.arraycopy(args, 0, all, 1, args.length);
        return call(fn, all, kwnames);
    }

    /**
     * Calls {@code v}, an attribute found on {@code self}'s type, as a method of {@code self}:
     * functions and method descriptors get {@code self} first without a bound-method object;
     * other descriptors are bound through {@code __get__}.
     */
    public static Object callMethodValue(Object v, Object self, Object... args) {
        return callMethodValueKw(v, self, args, null);
    }

    public static Object callMethodValueKw(Object v, Object self, Object[] args, String[] kwnames) {
        if (v instanceof PyMethodDescr d) {
            return d.callMethod(self, args, kwnames);
        }
        PyType vt = typeOf(v);
        if (vt.hasFlag(PyType.METHOD_DESCRIPTOR)) {
            return callPrepend(v, self, args, kwnames);
        }
        Fn.Ternary get = vt.ternary(Slot.__get__);
        Object bound = get == null ? v : get.call(v, self, typeOf(self));
        return call(bound, args, kwnames);
    }

    // ---- conversions --------------------------------------------------------------------------

    /** {@code repr(o)}. */
    public static PyStr repr(Object o) {
        Fn.Unary f = typeOf(o).unary(Slot.__repr__);
        Object r = f.call(o);
        if (r instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError("__repr__ returned non-string (type %T)", r);
    }

    /** {@code str(o)}. */
    public static PyStr str(Object o) {
        if (o.getClass() == PyStr.class) {
            return (PyStr) o;
        }
        Fn.Unary f = typeOf(o).unary(Slot.__str__);
        Object r = f.call(o);
        if (r instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError("__str__ returned non-string (type %T)", r);
    }

    /** {@code hash(o)}. */
    public static long hash(Object o) {
        // Exact str only: a subclass may define its own __hash__.
        if (o.getClass() == PyStr.class) {
            return ((PyStr) o).pyHash();
        }
        if (o.getClass() == PyInt.class) {
            return ((PyInt) o).pyHash();
        }
        Fn.Unary f = typeOf(o).unary(Slot.__hash__);
        if (f == null) {
            throw PyErr.typeError("unhashable type: '%T'", o);
        }
        Object r = f.call(o);
        if (r instanceof PyInt i) {
            long h = i.isLong() ? i.longValue() : i.pyHash();
            return h == -1 ? -2 : h;
        }
        throw PyErr.typeError("__hash__ method should return an integer");
    }

    /** The hash of a tuple of these items, by CPython's xxHash-based combination. */
    public static long hashTuple(Object[] items) {
        final long p1 = 0x9E3779B185EBCA87L, p2 = 0xC2B2AE3D27D4EB4FL, p5 = 0x27D4EB2F165667C5L;
        long acc = p5;
        for (Object item : items) {
            long lane = hash(item);
            acc += lane * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        acc += items.length ^ (p5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    /** {@code bool(o)}. */
    public static boolean isTrue(Object o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == PyNone.NONE) {
            return false;
        }
        PyType t = typeOf(o);
        Fn.Unary b = t.unary(Slot.__bool__);
        if (b != null) {
            Object r = b.call(o);
            if (r instanceof PyBool) {
                return r == PyBool.TRUE;
            }
            throw PyErr.typeError("__bool__ should return bool, returned %T", r);
        }
        Fn.Unary len = t.unary(Slot.__len__);
        if (len != null) {
            return lengthResult(len.call(o)) != 0;
        }
        return true;
    }

    /**
     * {@code len(o)} where the caller needs a Java array-sized length: an OverflowError for a
     * {@code __len__} beyond {@code Integer.MAX_VALUE}. {@link #lenLong} is {@code len()} itself.
     */
    public static int len(Object o) {
        if (o.getClass() == PyList.class) {
            return ((PyList) o).size;
        }
        if (o.getClass() == PyTuple.class) {
            return ((PyTuple) o).items.length;
        }
        long n = lenLong(o);
        if (n > Integer.MAX_VALUE) {
            throw PyErr.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return (int) n;
    }

    /** The builtin {@code len(o)}: any length a Py_ssize_t holds, as CPython's. */
    public static long lenLong(Object o) {
        if (o.getClass() == PyList.class) {
            return ((PyList) o).size;
        }
        if (o.getClass() == PyTuple.class) {
            return ((PyTuple) o).items.length;
        }
        Fn.Unary len = typeOf(o).unary(Slot.__len__);
        if (len == null) {
            throw PyErr.typeError("object of type '%T' has no len()", o);
        }
        return lengthResult(len.call(o));
    }

    private static long lengthResult(Object r) {
        if (!(r instanceof PyInt)) {
            r = index(r);
        }
        PyInt i = (PyInt) r;
        if (i.signum() < 0) {
            throw PyErr.valueError("__len__() should return >= 0");
        }
        if (!i.isLong()) {
            throw PyErr.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return i.longValue();
    }

    /** {@code operator.index(o)}: an exact or subclass int. */
    public static PyInt index(Object o) {
        if (o instanceof PyInt i) {
            return i;
        }
        Fn.Unary f = typeOf(o).unary(Slot.__index__);
        if (f == null) {
            throw PyErr.typeError("'%T' object cannot be interpreted as an integer", o);
        }
        Object r = f.call(o);
        if (r instanceof PyInt i) {
            if (r.getClass() != PyInt.class) {
                PyErr.warn(Exceptions.DeprecationWarning, 1, "__index__ returned non-int (type %T).  The ability to return "
                        + "an instance of a strict subclass of int is deprecated, and may be removed in a future "
                        + "version of Python.", r);
            }
            return i;
        }
        throw PyErr.typeError("__index__ returned non-int (type %T)", r);
    }

    /** An index-sized int argument, {@code OverflowError} beyond a Java int. */
    public static int asInt(Object o) {
        PyInt i = index(o);
        if (!i.isLong() || i.longValue() != (int) i.longValue()) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    /** An index for sequences ({@code Py_ssize_t}): clamps nothing, overflow is an error. */
    public static int asIndexSize(Object o) {
        PyInt i = index(o);
        if (!i.isLong() || i.longValue() != (int) i.longValue()) {
            throw PyErr.indexError("cannot fit '%T' into an index-sized integer", o);
        }
        return (int) i.longValue();
    }

    public static long asLong(Object o) {
        PyInt i = index(o);
        if (!i.isLong()) {
            throw PyErr.overflowError("Python int too large to convert to C long");
        }
        return i.longValue();
    }

    /** A float argument: a float, or anything with {@code __float__} or {@code __index__}. */
    public static double asDouble(Object o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.doubleValue();
        }
        PyType t = typeOf(o);
        Fn.Unary f = t.unary(Slot.__float__);
        if (f != null) {
            Object r = f.call(o);
            if (r instanceof PyFloat x) {
                return x.value;
            }
            throw PyErr.typeError("%T.__float__ returned non-float (type %T)", o, r);
        }
        if (t.unary(Slot.__index__) != null) {
            return index(o).doubleValue();
        }
        throw PyErr.typeError("must be real number, not %T", o);
    }

    /** Normalizes a sequence index (negative from the end) or raises {@code IndexError(message)}. */
    public static int normalizeIndex(int i, int size, String message) {
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyErr.indexError(message);
        }
        return i;
    }

    /** {@code id(o)}: unique among live objects, stable for the object's life. */
    public static long id(Object o) {
        return Identity.id(o);
    }

    /** The hex address {@code repr} shows; stable for the object's life. */
    public static String idHex(Object o) {
        return "0x" + Long.toHexString(Identity.id(o));
    }

    // ---- comparison -------------------------------------------------------------------------------

    /** {@code a == b} as a Java boolean (identity first, as containers compare). */
    public static boolean equals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            // Exact str only: a subclass may define its own __eq__.
            return ((PyStr) a).value.equals(((PyStr) b).value);
        }
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return Ints.compare((PyInt) a, (PyInt) b) == 0;
        }
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return ((PyFloat) a).value == ((PyFloat) b).value;
        }
        return isTrue(richCompare(a, b, CompareOp.EQ));
    }

    /** {@code a OP b} with reflection and the identity fallback of {@code ==}/{@code !=}. */
    public static Object richCompare(Object a, Object b, CompareOp op) {
        PyType ta = typeOf(a), tb = typeOf(b);
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtypeOf(ta) && tb.binary(op.swapped().slot) != null
                && overrides(tb, ta, op.swapped().slot)) {
            checkedReverse = true;
            Object r = tb.binary(op.swapped().slot).call(b, a);
            if (r != PySingletons.NOT_IMPLEMENTED) {
                return r;
            }
        }
        Fn.Binary f = ta.binary(op.slot);
        if (f != null) {
            Object r = f.call(a, b);
            if (r != PySingletons.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (!checkedReverse) {
            Fn.Binary g = tb.binary(op.swapped().slot);
            if (g != null) {
                Object r = g.call(b, a);
                if (r != PySingletons.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        return switch (op) {
            case EQ -> PyBool.of(a == b);
            case NE -> PyBool.of(a != b);
            default -> throw PyErr.typeError("'%s' not supported between instances of '%T' and '%T'",
                    op.symbol, a, b);
        };
    }

    private static boolean overrides(PyType sub, PyType base, Slot slot) {
        PyStr name = PyStr.intern(slot.name());
        return sub.lookup(name) != base.lookup(name);
    }

    // ---- operators --------------------------------------------------------------------------------

    /** {@code a OP b}, with the reflected operand tried as Python's data model says. */
    public static Object binaryOp(Object a, Object b, BinaryOp op) {
        Object r = binaryOpOrNotImplemented(a, b, op);
        if (r != PySingletons.NOT_IMPLEMENTED) {
            return r;
        }
        throw binaryTypeError(a, b, op.symbol);
    }

    static PyException binaryTypeError(Object a, Object b, String symbol) {
        if (symbol.equals("**")) {
            return PyErr.typeError("unsupported operand type(s) for ** or pow(): '%T' and '%T'", a, b);
        }
        return PyErr.typeError("unsupported operand type(s) for %s: '%T' and '%T'", symbol, a, b);
    }

    static Object binaryOpOrNotImplemented(Object a, Object b, BinaryOp op) {
        PyType ta = typeOf(a), tb = typeOf(b);
        Fn.Binary fwd = ta.binary(op.forward);
        Fn.Binary rev = ta == tb ? null : tb.binary(op.reflected);
        if (rev != null && tb.isSubtypeOf(ta) && overrides(tb, ta, op.reflected)) {
            Object r = rev.call(b, a);
            if (r != PySingletons.NOT_IMPLEMENTED) {
                return r;
            }
            rev = null;
        }
        if (fwd != null) {
            Object r = fwd.call(a, b);
            if (r != PySingletons.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (rev != null) {
            return rev.call(b, a);
        }
        return PySingletons.NOT_IMPLEMENTED;
    }

    /** {@code a OP= b}: the in-place method first, then the binary operator. */
    public static Object inplaceOp(Object a, Object b, BinaryOp op) {
        Fn.Binary ip = typeOf(a).binary(op.inplace);
        if (ip != null) {
            Object r = ip.call(a, b);
            if (r != PySingletons.NOT_IMPLEMENTED) {
                return r;
            }
        }
        Object r = binaryOpOrNotImplemented(a, b, op);
        if (r != PySingletons.NOT_IMPLEMENTED) {
            return r;
        }
        throw binaryTypeError(a, b, op.symbol + "=");
    }

    /** A unary operator through its slot ({@code -a}, {@code +a}, {@code ~a}). */
    public static Object unaryOp(Object a, Slot slot, String symbol) {
        Fn.Unary f = typeOf(a).unary(slot);
        if (f == null) {
            throw PyErr.typeError("bad operand type for unary %s: '%T'", symbol, a);
        }
        return f.call(a);
    }

    // ---- containers ---------------------------------------------------------------------------------

    public static Object getItem(Object o, Object key) {
        PyType t = typeOf(o);
        Fn.Binary f = t.binary(Slot.__getitem__);
        if (f != null) {
            return f.call(o, key);
        }
        if (o instanceof PyType cls) {
            Object cg = cls.lookup(PyStr.intern("__class_getitem__"));
            if (cls == PyType.TYPE) {
                return GenericAlias.of(cls, key);
            }
            if (cg != null) {
                Fn.Ternary get = typeOf(cg).ternary(Slot.__get__);
                Object bound = get == null ? cg : get.call(cg, null, cls);
                return call(bound, key);
            }
            throw PyErr.typeError("type '%s' is not subscriptable", cls.name());
        }
        throw PyErr.typeError("'%T' object is not subscriptable", o);
    }

    public static void setItem(Object o, Object key, Object value) {
        Fn.Ternary f = typeOf(o).ternary(Slot.__setitem__);
        if (f == null) {
            throw PyErr.typeError("'%T' object does not support item assignment", o);
        }
        f.call(o, key, value);
    }

    public static void delItem(Object o, Object key) {
        PyType t = typeOf(o);
        Fn.Binary f = t.binary(Slot.__delitem__);
        if (f == null) {
            // CPython words it differently for a type with the sequence or mapping protocol.
            boolean container = t.binary(Slot.__getitem__) != null || t.unary(Slot.__len__) != null
                    || t.binary(Slot.__contains__) != null;
            throw PyErr.typeError(container ? "'%T' object doesn't support item deletion"
                    : "'%T' object does not support item deletion", o);
        }
        f.call(o, key);
    }

    /** {@code x in container}. */
    public static boolean contains(Object container, Object x) {
        // The built-in containers answer at once (their own __contains__, without the slot call).
        Class<?> c = container.getClass();
        if (c == PySet.class || c == PyFrozenSet.class) {
            return SetOps.contains((SetBase) container, x);
        }
        if (c == PyDict.class) {
            return ((PyDict) container).getItem(x) != null;
        }
        if (c == PyStr.class) {
            return ((PyStr) container).__contains__(x) == PyBool.TRUE;
        }
        if (c == PyList.class) {
            return ((PyList) container).__contains__(x) == PyBool.TRUE;
        }
        if (c == PyTuple.class) {
            return ((PyTuple) container).__contains__(x) == PyBool.TRUE;
        }
        Fn.Binary f = typeOf(container).binary(Slot.__contains__);
        if (f != null) {
            return isTrue(f.call(container, x));
        }
        PyType t = typeOf(container);
        if (t.unary(Slot.__iter__) == null && t.binary(Slot.__getitem__) == null) {
            throw PyErr.typeError("argument of type '%T' is not iterable", container);
        }
        Object it = iter(container);
        Object item;
        while ((item = next(it)) != null) {
            if (item == x || equals(item, x)) {
                return true;
            }
        }
        return false;
    }

    // ---- iteration ----------------------------------------------------------------------------------

    /** {@code iter(o)}. */
    public static Object iter(Object o) {
        PyType t = typeOf(o);
        Fn.Unary f = t.unary(Slot.__iter__);
        if (f != null) {
            Object it = f.call(o);
            if (typeOf(it).unary(Slot.__next__) == null) {
                throw PyErr.typeError("iter() returned non-iterator of type '%T'", it);
            }
            return it;
        }
        if (t.binary(Slot.__getitem__) != null) {
            return new SeqIterFromGetItem(o);
        }
        throw PyErr.typeError("'%T' object is not iterable", o);
    }

    /** The next item of iterator {@code it}, or null when it is exhausted. */
    public static Object next(Object it) {
        if (it instanceof Sequences.FastIterator s) {
            return s.nextOrNull();
        }
        return nextViaSlot(it);
    }

    /** {@link #next} through the type's {@code __next__} slot. */
    public static Object nextViaSlot(Object it) {
        Fn.Unary f = typeOf(it).unary(Slot.__next__);
        if (f == null) {
            throw PyErr.typeError("'%T' object is not an iterator", it);
        }
        try {
            return f.call(it);
        } catch (PyException e) {
            if (e.matches(Exceptions.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    /** Calls {@code action} with each item of {@code iterable}. */
    public static void forEach(Object iterable, Consumer<Object> action) {
        if (iterable.getClass() == PyList.class) {
            PyList l = (PyList) iterable;
            for (int i = 0; i < l.size; i++) {
                action.accept(l.items[i]);
            }
            return;
        }
        if (iterable.getClass() == PyTuple.class) {
            for (Object o : ((PyTuple) iterable).items) {
                action.accept(o);
            }
            return;
        }
        Object it = iter(iterable);
        Object item;
        while ((item = next(it)) != null) {
            action.accept(item);
        }
    }

    // ---- type checks ----------------------------------------------------------------------------------

    /** {@code isinstance(o, cls)} by the MRO only (no {@code __instancecheck__}). */
    public static boolean isInstanceExact(Object o, PyType cls) {
        return typeOf(o).isSubtypeOf(cls);
    }
}
