package dev.kaa.stdlib.sqlite3;

import dev.kaa.ext.Py;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;
import java.lang.foreign.MemorySegment;

/**
 * A statement's parameters from a sequence (qmark style, {@code ?}) or a mapping (named style,
 * {@code :name}), each adapted first (the adapters registry, {@code __adapt__},
 * {@code __conform__}) as CPython's microprotocols do, with CPython's errors and 3.12's
 * deprecation of named placeholders given a sequence.
 *
 * <p>Thread safety: stateless; {@link #baseTypeAdapted} is set once any adapter is registered
 * for {@code int}, {@code float}, {@code str} or {@code bytearray}.
 */
final class Binding {
    private Binding() {}

    /** Whether an adapter was registered for a type bound without adaptation otherwise. */
    static volatile boolean baseTypeAdapted;

    static void bind(Connection c, MemorySegment st, Object params) {
        int needed = Sqlite.bindParameterCount(st);
        PythonType t = Py.typeOf(params);
        boolean dict = Py.isInstance(params, Values.dictType);
        if (t == Values.tupleType || t == Values.listType || (!dict && isSequence(params))) {
            bindSequence(c, st, params, needed);
        } else if (dict) {
            bindMapping(c, st, params, needed);
        } else {
            throw Errors.programming("parameters are of unsupported type");
        }
    }

    /** {@code PySequence_Check}: the type has {@code __getitem__} and is no dict. */
    private static boolean isSequence(Object o) {
        return Py.hasAttr(Py.typeOf(o), "__getitem__");
    }

    private static void bindSequence(Connection c, MemorySegment st, Object params, int needed) {
        long given = Py.len(params);
        if (given != needed) {
            throw Errors.programming("Incorrect number of bindings supplied. The current statement uses " + needed
                    + ", and there are " + given + " supplied.");
        }
        for (int i = 1; i <= needed; i++) {
            String name = Sqlite.bindParameterName(st, i);
            if (name != null && name.charAt(0) != '?') {
                Args.deprecation("Binding " + i + " ('" + name + "') is a named parameter, but you supplied a "
                        + "sequence which requires nameless (qmark) placeholders. Starting with Python 3.14 an "
                        + "sqlite3.ProgrammingError will be raised.", 1);
            }
            Object v = Py.getItem(params, Py.integer(i - 1));
            bindOne(c, st, i, v);
        }
    }

    private static void bindMapping(Connection c, MemorySegment st, Object params, int needed) {
        for (int i = 1; i <= needed; i++) {
            String name = Sqlite.bindParameterName(st, i);
            if (name == null) {
                throw Errors.programming("Binding " + i + " has no name, but you supplied a dictionary "
                        + "(which has only names).");
            }
            Object v;
            try {
                v = Py.getItem(params, Py.str(name.substring(1)));
            } catch (PythonException e) {
                if (e.matches(Py.builtinType("KeyError"))) {
                    throw Errors.programming("You did not supply a value for binding parameter " + name + ".");
                }
                throw e;
            }
            bindOne(c, st, i, v);
        }
    }

    private static void bindOne(Connection c, MemorySegment st, int i, Object v) {
        Object adapted = needsAdapting(v) ? adapt(c.adapters, v, PrepareProtocol.type, v) : v;
        int rc = Values.bind(st, i, adapted);
        if (rc != Sqlite.OK) {
            throw Errors.fromDb(c.handle());
        }
    }

    private static boolean needsAdapting(Object v) {
        if (baseTypeAdapted) {
            return true;
        }
        PythonType t = Py.typeOf(v);
        return !(t == Values.intType || t == Values.floatType || t == Values.strType || t == Values.bytearrayType);
    }

    /** {@code owner.method(arg)} if there is such a method; null for None or a TypeError it raised. */
    private static Object tryAdapter(Object owner, String method, Object arg) {
        if (!Py.hasAttr(owner, method)) {
            return null;
        }
        try {
            Object r = Py.callMethod(owner, method, arg);
            return r == Py.none() ? null : r;
        } catch (PythonException e) {
            if (e.matches(Py.builtinType("TypeError"))) {
                return null;
            }
            throw e;
        }
    }

    /**
     * {@code adapt(obj, proto, alt)}: the registered adapter for {@code (type(obj), proto)},
     * else {@code proto.__adapt__(obj)}, else {@code obj.__conform__(proto)}, else {@code alt};
     * ProgrammingError "can't adapt" when {@code alt} is null.
     */
    static Object adapt(Object adapters, Object obj, Object proto, Object alt) {
        Object key = Py.tuple(Py.typeOf(obj), proto);
        Object adapter = Py.callMethod(adapters, "get", key);
        if (adapter != Py.none()) {
            return Py.call(adapter, obj);
        }
        Object r = tryAdapter(proto, "__adapt__", obj);
        if (r == null) {
            r = tryAdapter(obj, "__conform__", proto);
        }
        if (r != null) {
            return r;
        }
        if (alt != null) {
            return alt;
        }
        throw Errors.programming("can't adapt");
    }
}
