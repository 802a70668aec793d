package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.BinaryOp;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.Fn;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBuiltinFunction;
import dev.kaa.vm.objects.PyByteArray;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyCallIter;
import dev.kaa.vm.objects.PyEnumerate;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFilter;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMap;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyProperty;
import dev.kaa.vm.objects.PyReversed;
import dev.kaa.vm.objects.PySingletons;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.PyZip;
import dev.kaa.vm.objects.Slot;
import dev.kaa.vm.objects.TypeChecks;
import java.lang.invoke.MethodHandles;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The functions of {@code builtins} that need no interpreter internals (no frames, no
 * {@code sys} beyond the standard streams): {@code abs} … {@code sum}, with CPython 3.13's
 * signatures and messages. Each is a static {@link PyMethod}; {@link #functions} makes them
 * built-in functions, and {@link #types} lists the built-in types of this family that
 * {@code builtins} also names ({@code enumerate}, {@code zip}, {@code property} …).
 *
 * <p>Not here, because they need the interpreter: {@code dir}, {@code vars}, {@code globals},
 * {@code locals}, {@code exec}, {@code eval}, {@code compile}, {@code __import__},
 * {@code input}, {@code open}, {@code breakpoint}, {@code help}.
 *
 * <p>Thread safety: stateless; the objects operated on are GIL-guarded.
 */
public final class BuiltinFunctions {
    private BuiltinFunctions() {}

    private static final PyStr ROUND = PyStr.intern("__round__"), FORMAT = PyStr.intern("__format__");
    private static final PyStr POW = PyStr.intern("__pow__");
    private static final BuiltinArgs SUM = new BuiltinArgs("sum", 1, 1, "iterable", "start");
    private static final BuiltinArgs POW_ARGS = new BuiltinArgs("pow", 0, 2, "base", "exp", "mod");
    private static final BuiltinArgs ROUND_ARGS = new BuiltinArgs("round", 0, 1, "number", "ndigits");

    /** The functions as built-in functions of module {@code builtins}, whose {@code __self__} is {@code module}. */
    public static Map<String, PyBuiltinFunction> functions(Object module) {
        return Exposer.functions(BuiltinFunctions.class, MethodHandles.lookup(), "builtins", module);
    }

    /** The types {@code builtins} names besides its functions, by their Python names. */
    public static Map<String, PyType> types() {
        Map<String, PyType> types = new LinkedHashMap<>();
        for (PyType t : new PyType[] {PyEnumerate.TYPE, PyFilter.TYPE, PyMap.TYPE, PyProperty.TYPE,
                PyReversed.TYPE, PyZip.TYPE}) {
            types.put(t.name(), t);
        }
        return types;
    }

    // ---- numbers ------------------------------------------------------------------------------

    @PyMethod
    static Object abs(Object x) {
        Fn.Unary f = Abstract.typeOf(x).unary(Slot.__abs__);
        if (f == null) {
            throw PyErr.typeError("bad operand type for abs(): '%T'", x);
        }
        return f.call(x);
    }

    @PyMethod
    static Object bin(Object x) {
        return toBase(x, 2, "0b");
    }

    @PyMethod
    static Object oct(Object x) {
        return toBase(x, 8, "0o");
    }

    @PyMethod
    static Object hex(Object x) {
        return toBase(x, 16, "0x");
    }

    /** {@code bin}/{@code oct}/{@code hex}: the sign, the prefix, then the magnitude's digits. */
    private static PyStr toBase(Object x, int radix, String prefix) {
        PyInt i = Abstract.index(x);
        String digits;
        if (i.isLong() && i.longValue() != Long.MIN_VALUE) {
            digits = Long.toString(Math.abs(i.longValue()), radix);
        } else {
            digits = i.bigValue().abs().toString(radix);
        }
        return PyStr.of((i.signum() < 0 ? "-" : "") + prefix + digits);
    }

    @PyMethod
    static Object divmod(Object a, Object b) {
        PyType ta = Abstract.typeOf(a), tb = Abstract.typeOf(b);
        Fn.Binary fwd = ta.binary(Slot.__divmod__);
        Fn.Binary rev = ta == tb ? null : tb.binary(Slot.__rdivmod__);
        // The right operand's reflected method goes first when its type is a subclass that overrides it.
        if (rev != null && tb.isSubtypeOf(ta) && tb.lookup("__rdivmod__") != ta.lookup("__rdivmod__")) {
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
            Object r = rev.call(b, a);
            if (r != PySingletons.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw PyErr.typeError("unsupported operand type(s) for divmod(): '%T' and '%T'", a, b);
    }

    /** {@code pow(base, exp, mod=None)}. */
    @PyMethod
    static Object pow(Object[] args, String[] kwnames) {
        Object[] a = POW_ARGS.bind(args, kwnames);
        Object base = a[0], exp = a[1], mod = a[2];
        if (mod == null || mod == PyNone.NONE) {
            return Abstract.binaryOp(base, exp, BinaryOp.POWER);
        }
        // Three-argument pow never reflects: only the base's own __pow__ can take a modulus.
        Object r = callSpecial(base, POW, exp, mod);
        if (r != null && r != PySingletons.NOT_IMPLEMENTED) {
            return r;
        }
        if (isNumber(base) && isNumber(exp) && isNumber(mod)) {
            // float's pow is the one that rejects a modulus among ints and floats.
            throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        throw PyErr.typeError("unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", base, exp, mod);
    }

    private static boolean isNumber(Object o) {
        return o instanceof PyInt || o instanceof PyFloat;
    }

    /** {@code round(number, ndigits=None)}: {@code type(number).__round__}, without ndigits when None. */
    @PyMethod
    static Object round(Object[] args, String[] kwnames) {
        Object[] a = ROUND_ARGS.bind(args, kwnames);
        Object number = a[0], ndigits = a[1];
        Object r = ndigits == null || ndigits == PyNone.NONE ? callSpecial(number, ROUND)
                : callSpecial(number, ROUND, ndigits);
        if (r == null) {
            throw PyErr.typeError("type %s doesn't define __round__ method", Abstract.typeOf(number).name());
        }
        return r;
    }

    /**
     * Calls the special method {@code name} found on {@code o}'s type (never on the instance) as a
     * method of {@code o}; null when the type has none.
     */
    private static Object callSpecial(Object o, PyStr name, Object... args) {
        Object method = Abstract.typeOf(o).lookup(name);
        return method == null ? null : Abstract.callMethodValue(method, o, args);
    }

    /** {@code sum(iterable, /, start=0)}. */
    @PyMethod
    static Object sum(Object[] args, String[] kwnames) {
        Object[] a = SUM.bind(args, kwnames);
        return BuiltinSum.sum(a[0], a[1]);
    }

    @PyMethod
    static Object max(Object[] args, String[] kwnames) {
        return BuiltinMinMax.minMax(args, kwnames, true);
    }

    @PyMethod
    static Object min(Object[] args, String[] kwnames) {
        return BuiltinMinMax.minMax(args, kwnames, false);
    }

    // ---- truth over iterables ---------------------------------------------------------------

    @PyMethod
    static boolean all(Object iterable) {
        Object it = Abstract.iter(iterable), item;
        while ((item = Abstract.next(it)) != null) {
            if (!Abstract.isTrue(item)) {
                return false;
            }
        }
        return true;
    }

    @PyMethod
    static boolean any(Object iterable) {
        Object it = Abstract.iter(iterable), item;
        while ((item = Abstract.next(it)) != null) {
            if (Abstract.isTrue(item)) {
                return true;
            }
        }
        return false;
    }

    // ---- strings and characters -----------------------------------------------------------

    @PyMethod
    static Object repr(Object obj) {
        return Abstract.repr(obj);
    }

    /** {@code repr()} with every non-ASCII character escaped as {@code \xNN}, {@code \}{@code uNNNN} or {@code \UNNNNNNNN}. */
    @PyMethod
    public static Object ascii(Object obj) {
        PyStr r = Abstract.repr(obj);
        String s = r.value();
        if (s.chars().allMatch(c -> c < 0x80)) {
            return r;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int cp : r.codePoints()) {
            if (cp < 0x80) {
                out.append((char) cp);
            } else if (cp < 0x100) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        }
        return PyStr.of(out.toString());
    }

    @PyMethod
    static Object chr(Object i) {
        PyInt n = Abstract.index(i);
        if (!n.isLong() || n.longValue() < 0 || n.longValue() > 0x10FFFF) {
            throw PyErr.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.of(new String(Character.toChars((int) n.longValue())));
    }

    @PyMethod
    static Object ord(Object c) {
        if (c instanceof PyStr s) {
            int n = s.length();
            if (n != 1) {
                throw PyErr.typeError("ord() expected a character, but string of length %d found", n);
            }
            return PyInt.of(s.codePointAt(0));
        }
        byte[] data = c instanceof PyBytes b ? b.data() : c instanceof PyByteArray a ? a.toByteArray() : null;
        if (data == null) {
            throw PyErr.typeError("ord() expected string of length 1, but %T found", c);
        }
        if (data.length != 1) {
            // CPython says "string" for bytes too.
            throw PyErr.typeError("ord() expected a character, but string of length %d found", data.length);
        }
        return PyInt.of(data[0] & 0xff);
    }

    /**
     * {@code format(value, format_spec='')}: {@code type(value).__format__(value, format_spec)};
     * public for the interpreter's {@code FORMAT_SIMPLE}/{@code FORMAT_WITH_SPEC} (spec null: "").
     */
    @PyMethod
    public static Object format(Object value, @Opt Object spec) {
        if (spec == null) {
            spec = PyStr.EMPTY;
        } else if (!(spec instanceof PyStr)) {
            throw PyErr.typeError("format() argument 2 must be str, not %T", spec);
        }
        if (((PyStr) spec).value().isEmpty()) {
            if (value.getClass() == PyStr.class) {
                return value;
            }
            if (value.getClass() == PyInt.class) {
                return Abstract.str(value);
            }
        }
        Object r = callSpecial(value, FORMAT, spec);
        if (r == null) {
            throw PyErr.typeError("Type %s doesn't define __format__", Abstract.typeOf(value).name());
        }
        if (!(r instanceof PyStr)) {
            throw PyErr.typeError("__format__ must return a str, not %T", r);
        }
        return r;
    }

    // ---- attributes -----------------------------------------------------------------------------

    @PyMethod
    static Object getattr(Object obj, Object name, @Opt Object dflt) {
        PyStr n = Abstract.attrName(name);
        if (dflt == null) {
            return Abstract.getAttr(obj, n);
        }
        Object v = Abstract.lookupAttr(obj, n);
        return v == null ? dflt : v;
    }

    @PyMethod
    static boolean hasattr(Object obj, Object name) {
        return Abstract.lookupAttr(obj, Abstract.attrName(name)) != null;
    }

    @PyMethod
    static void setattr(Object obj, Object name, Object value) {
        Abstract.setAttr(obj, Abstract.attrName(name), value);
    }

    @PyMethod
    static void delattr(Object obj, Object name) {
        Abstract.delAttr(obj, Abstract.attrName(name));
    }

    // ---- identity and types ------------------------------------------------------------------

    @PyMethod
    static Object hash(Object obj) {
        return PyInt.of(Abstract.hash(obj));
    }

    @PyMethod
    static Object id(Object obj) {
        return PyInt.of(Abstract.id(obj));
    }

    @PyMethod
    static boolean callable(Object obj) {
        return obj instanceof PyBuiltinFunction || Abstract.typeOf(obj).call(Slot.__call__) != null;
    }

    @PyMethod
    static boolean isinstance(Object obj, Object classinfo) {
        return TypeChecks.isInstance(obj, classinfo);
    }

    @PyMethod
    static boolean issubclass(Object cls, Object classinfo) {
        return TypeChecks.isSubclass(cls, classinfo);
    }

    // ---- iteration ------------------------------------------------------------------------------

    /** {@code len(obj)}: any size up to {@code sys.maxsize} ({@code len(range(2 ** 62))}), as in CPython. */
    @PyMethod
    static Object len(Object obj) {
        Class<?> c = obj.getClass();
        if (c == PyList.class || c == PyTuple.class || c == PyStr.class) {
            return PyInt.of(Abstract.lenLong(obj));
        }
        Fn.Unary f = Abstract.typeOf(obj).unary(Slot.__len__);
        if (f == null) {
            throw PyErr.typeError("object of type '%T' has no len()", obj);
        }
        Object r = f.call(obj);
        PyInt n = r instanceof PyInt i ? i : Abstract.index(r);
        if (n.signum() < 0) {
            throw PyErr.valueError("__len__() should return >= 0");
        }
        if (!n.isLong()) {
            throw PyErr.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return PyInt.of(n.longValue());
    }

    /** {@code iter(object)} or {@code iter(callable, sentinel)}. */
    @PyMethod
    static Object iter(Object obj, @Opt Object sentinel) {
        if (sentinel == null) {
            return Abstract.iter(obj);
        }
        if (!callable(obj)) {
            throw PyErr.typeError("iter(v, w): v must be callable");
        }
        return new PyCallIter(obj, sentinel);
    }

    /**
     * {@code next(iterator[, default])}. Without a default the iterator's own
     * {@code StopIteration} propagates, keeping its value (a generator's return value).
     */
    @PyMethod
    static Object next(Object iterator, @Opt Object dflt) {
        Fn.Unary f = Abstract.typeOf(iterator).unary(Slot.__next__);
        if (f == null) {
            throw PyErr.typeError("'%T' object is not an iterator", iterator);
        }
        try {
            return f.call(iterator);
        } catch (PyException e) {
            if (dflt != null && e.matches(Exceptions.StopIteration)) {
                return dflt;
            }
            throw e;
        }
    }

    /** {@code sorted(iterable, /, *, key=None, reverse=False)}: a new list sorted by its own {@code sort}. */
    @PyMethod
    static Object sorted(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos != 1) {
            throw PyErr.typeError("sorted expected 1 argument, got %d", npos);
        }
        PyList list = new PyList();
        list.extend(args[0]);
        Object[] kw = java.util.Arrays.copyOfRange(args, 1, args.length);
        Abstract.call(Abstract.getAttr(list, "sort"), kw, nkw == 0 ? null : kwnames);
        return list;
    }

    @PyMethod
    static Object aiter(Object obj) {
        Fn.Unary f = Abstract.typeOf(obj).unary(Slot.__aiter__);
        if (f == null) {
            throw PyErr.typeError("'%T' object is not an async iterable", obj);
        }
        Object it = f.call(obj);
        if (Abstract.typeOf(it).unary(Slot.__anext__) == null) {
            throw PyErr.typeError("aiter() returned not an async iterator of type '%T'", it);
        }
        return it;
    }

    /**
     * {@code anext(aiterator[, default])}: the awaitable of {@code aiterator.__anext__()}, or
     * with a default one that yields it where the async iterator ends.
     */
    @PyMethod
    static Object anext(Object aiterator, @Opt Object dflt) {
        Fn.Unary f = Abstract.typeOf(aiterator).unary(Slot.__anext__);
        if (f == null) {
            throw PyErr.typeError("'%T' object is not an async iterator", aiterator);
        }
        Object awaitable = f.call(aiterator);
        return dflt == null ? awaitable : new BuiltinAnextAwaitable(awaitable, dflt);
    }

    // ---- output -------------------------------------------------------------------------------

    @PyMethod
    static void print(Object[] args, String[] kwnames) {
        BuiltinPrint.print(args, kwnames);
    }
}
