package dev.kaa.stdlib.sqlite3;

import dev.kaa.ext.Py;
import dev.kaa.ext.PythonException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Python callables that SQLite calls back: user functions, aggregates, window functions,
 * collations, the authorizer, the progress handler and the trace callback. SQLite is given one
 * function pointer per kind of callback (an upcall stub made once) and, as its user data, the
 * number under which the Python object is kept here; the callbacks take the GIL back
 * ({@link Gil#held}) and never let a Java exception out into SQLite (that would end the JVM).
 * An exception a callback raises becomes an SQLite error, reported through
 * {@code sys.unraisablehook} when {@code enable_callback_tracebacks(True)} asked for it.
 *
 * <p>Thread safety: the table is concurrent (SQLite may destroy a function's data while
 * closing a database on the cleaner's thread); the callbacks run Python code under the GIL.
 */
final class Callbacks {
    private Callbacks() {}

    private static final ConcurrentHashMap<Long, Object> TABLE = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong(1);

    /** Keeps {@code o} here until {@link #forget} (an aggregate's instance during a query). */
    static long keep(Object o) {
        long id = NEXT.getAndIncrement();
        TABLE.put(id, o);
        return id;
    }

    /**
     * Keeps a connection's callback for as long as the connection lives: the connection holds
     * it, the table only weakly, so that a callback whose closure refers to its connection does
     * not keep an unclosed connection from being collected (and its database closed).
     */
    static long keepFor(Connection c, Object o) {
        c.callbackObjects.add(o);
        return keep(new WeakReference<>(o));
    }

    static Object get(long id) {
        Object o = TABLE.get(id);
        return o instanceof WeakReference<?> w ? w.get() : o;
    }

    static void forget(long id) {
        TABLE.remove(id);
    }

    /** A user function, aggregate or window function's class, with the connection it belongs to. */
    private record Entry(Object callable) {}

    private static final ValueLayout P = ValueLayout.ADDRESS, I = ValueLayout.JAVA_INT;

    /** The upcall stubs, made at the first registration. */
    private static final class Stubs {
        private static final MethodHandles.Lookup L = MethodHandles.lookup();
        static final MemorySegment FUNCTION = stub("function", FunctionDescriptor.ofVoid(P, I, P));
        static final MemorySegment STEP = stub("step", FunctionDescriptor.ofVoid(P, I, P));
        static final MemorySegment FINAL = stub("finalValue", FunctionDescriptor.ofVoid(P));
        static final MemorySegment VALUE = stub("value", FunctionDescriptor.ofVoid(P));
        static final MemorySegment INVERSE = stub("inverse", FunctionDescriptor.ofVoid(P, I, P));
        static final MemorySegment DESTROY = stub("destroy", FunctionDescriptor.ofVoid(P));
        static final MemorySegment COMPARE = stub("compare", FunctionDescriptor.of(I, P, I, P, I, P));
        static final MemorySegment AUTHORIZE = stub("authorize", FunctionDescriptor.of(I, P, I, P, P, P, P));
        static final MemorySegment PROGRESS = stub("progress", FunctionDescriptor.of(I, P));
        static final MemorySegment TRACE = stub("trace", FunctionDescriptor.of(I, I, P, P, P));

        private static MemorySegment stub(String name, FunctionDescriptor d) {
            return Sqlite.upcall(Callbacks.class, L, name, d);
        }
    }

    private static MemorySegment data(long id) {
        return MemorySegment.ofAddress(id);
    }

    private static final MemorySegment NONE = MemorySegment.NULL;

    // ---- registration ----------------------------------------------------------------------------

    static void createFunction(Connection c, String name, int narg, Object func, int flags) {
        // Any object is taken, None included (calling it fails when the function runs), as CPython does.
        long id = keepFor(c, new Entry(func));
        int rc = Sqlite.register(Sqlite.CREATE_FUNCTION, c.handle(), cName(name), narg, flags, data(id),
                Stubs.FUNCTION, NONE, NONE, Stubs.DESTROY);
        if (rc != Sqlite.OK) {
            throw Errors.operational("Error creating function");
        }
    }

    static void createAggregate(Connection c, String name, int narg, Object cls) {
        long id = keepFor(c, new Entry(cls));
        int rc = Sqlite.register(Sqlite.CREATE_FUNCTION, c.handle(), cName(name), narg, Sqlite.UTF8, data(id),
                NONE, Stubs.STEP, Stubs.FINAL, Stubs.DESTROY);
        if (rc != Sqlite.OK) {
            throw Errors.operational("Error creating aggregate");
        }
    }

    static void createWindowFunction(Connection c, String name, int narg, Object cls) {
        if (Sqlite.CREATE_WINDOW_FUNCTION == null) {
            throw Py.error(Errors.notSupportedError, "create_window_function() requires SQLite 3.25.0 or higher");
        }
        boolean remove = cls == Py.none();
        long id = remove ? 0 : keepFor(c, new Entry(cls));
        int rc = Sqlite.register(Sqlite.CREATE_WINDOW_FUNCTION, c.handle(), cName(name), narg,
                Sqlite.UTF8 | Sqlite.DETERMINISTIC, data(id), remove ? NONE : Stubs.STEP,
                remove ? NONE : Stubs.FINAL, remove ? NONE : Stubs.VALUE, remove ? NONE : Stubs.INVERSE,
                remove ? NONE : Stubs.DESTROY);
        if (rc != Sqlite.OK) {
            throw Errors.programming(Sqlite.errstr(rc));
        }
    }

    static void createCollation(Connection c, String name, Object callable) {
        boolean remove = callable == Py.none();
        if (!remove && !Py.isTrue(Py.call(Py.getAttr(Py.importModule("builtins"), "callable"), callable))) {
            throw Py.typeError("parameter must be callable");
        }
        if (name.indexOf('\0') >= 0) {
            throw Py.valueError("embedded null character");
        }
        long id = remove ? 0 : keepFor(c, new Entry(callable));
        int rc = Sqlite.register(Sqlite.CREATE_COLLATION, c.handle(), cName(name), Sqlite.UTF8, data(id),
                remove ? NONE : Stubs.COMPARE, remove ? NONE : Stubs.DESTROY);
        if (rc != Sqlite.OK) {
            throw Errors.fromDb(c.handle());
        }
    }

    static void setAuthorizer(Connection c, Object callback) {
        long id = replace(c, c.authorizerId, callback);
        int rc = Sqlite.register(Sqlite.SET_AUTHORIZER, c.handle(), id == 0 ? NONE : Stubs.AUTHORIZE, data(id));
        c.authorizerId = id;
        if (rc != Sqlite.OK) {
            throw Errors.operational("Error setting authorizer callback");
        }
    }

    static void setProgressHandler(Connection c, Object callback, int n) {
        long id = replace(c, c.progressId, callback);
        Sqlite.register(Sqlite.PROGRESS_HANDLER, c.handle(), n, id == 0 ? NONE : Stubs.PROGRESS, data(id));
        c.progressId = id;
    }

    static void setTraceCallback(Connection c, Object callback) {
        long id = replace(c, c.traceId, callback);
        Sqlite.register(Sqlite.TRACE_V2, c.handle(), id == 0 ? 0 : Sqlite.TRACE_STMT, id == 0 ? NONE : Stubs.TRACE,
                data(id));
        c.traceId = id;
    }

    /** Keeps {@code callback} (none for None) in place of registration {@code old}. */
    private static long replace(Connection c, long old, Object callback) {
        if (old != 0) {
            forget(old);
            c.db.callbacks.remove(old);
        }
        if (callback == Py.none()) {
            return 0;
        }
        long id = keepFor(c, new Entry(callback));
        c.db.callbacks.add(id);
        return id;
    }

    private static MemorySegment cName(String name) {
        return Sqlite.cString(java.lang.foreign.Arena.ofAuto(), Values.utf8(name));
    }

    // ---- errors ----------------------------------------------------------------------------------

    /** Reports {@code e} (if any) as the callback's SQLite error, with CPython's message. */
    private static void fail(MemorySegment ctx, PythonException e, Object callable, String message) {
        if (e != null && e.matches(Py.builtinType("MemoryError"))) {
            Sqlite.resultErrorNomem(ctx);
        } else if (e != null && e.matches(Py.builtinType("OverflowError"))) {
            Sqlite.resultErrorToobig(ctx);
        } else {
            Sqlite.resultError(ctx, message);
        }
        report(e, callable);
    }

    /** Prints a callback's exception through sys.unraisablehook if tracebacks are enabled. */
    private static void report(PythonException e, Object callable) {
        if (e != null && Sqlite3Module.callbackTracebacks) {
            Py.writeUnraisable(e, callable);
        }
    }

    /** The Python object behind a call's user data. */
    private static Object entry(MemorySegment ctx) {
        return ((Entry) get(Sqlite.userData(ctx).address())).callable();
    }

    /** Runs a callback body with the GIL; a Java failure (a bug) becomes an SQLite error, never a crash. */
    private static void guarded(MemorySegment ctx, Runnable body) {
        try {
            Gil.held(body);
        } catch (Throwable t) {
            try {
                Sqlite.resultError(ctx, "internal error in a Python callback: " + t);
            } catch (Throwable ignored) {
                // nothing more can be done inside an upcall
            }
        }
    }

    // ---- the upcalls -----------------------------------------------------------------------------

    private static void function(MemorySegment ctx, int argc, MemorySegment argv) {
        guarded(ctx, () -> {
            Object f = entry(ctx);
            try {
                Object result = Py.call(f, Values.arguments(argc, argv));
                if (!Values.result(ctx, result)) {
                    fail(ctx, null, f, "user-defined function raised exception");
                }
            } catch (PythonException e) {
                fail(ctx, e, f, "user-defined function raised exception");
            }
        });
    }

    /** The aggregate's instance for this query (made at its first step), or null. */
    private static Object instance(MemorySegment ctx, boolean create) {
        MemorySegment slot = Sqlite.aggregateContext(ctx, create);
        if (slot.address() == 0) {
            return null;
        }
        long id = slot.get(ValueLayout.JAVA_LONG, 0);
        if (id != 0 || !create) {
            return id == 0 ? null : get(id);
        }
        Object cls = entry(ctx);
        Object made;
        try {
            made = Py.call(cls);
        } catch (PythonException e) {
            fail(ctx, e, cls, "user-defined aggregate's '__init__' method raised error");
            return null;
        }
        slot.set(ValueLayout.JAVA_LONG, 0, keep(made));
        return made;
    }

    private static void step(MemorySegment ctx, int argc, MemorySegment argv) {
        guarded(ctx, () -> callMethod(ctx, instance(ctx, true), "step", argc, argv, false));
    }

    private static void inverse(MemorySegment ctx, int argc, MemorySegment argv) {
        guarded(ctx, () -> callMethod(ctx, instance(ctx, true), "inverse", argc, argv, false));
    }

    private static void finalValue(MemorySegment ctx) {
        guarded(ctx, () -> {
            MemorySegment slot = Sqlite.aggregateContext(ctx, false);
            long id = slot.address() == 0 ? 0 : slot.get(ValueLayout.JAVA_LONG, 0);
            if (id == 0) {
                return;
            }
            Object instance = get(id);
            forget(id);
            callMethod(ctx, instance, "finalize", 0, MemorySegment.NULL, true);
        });
    }

    private static void value(MemorySegment ctx) {
        guarded(ctx, () -> callMethod(ctx, instance(ctx, false), "value", 0, MemorySegment.NULL, true));
    }

    /**
     * Calls the aggregate instance's method {@code name} with the call's arguments; its result
     * is the SQL function's when {@code isResult} ({@code finalize}, {@code value}).
     */
    private static void callMethod(MemorySegment ctx, Object instance, String name, int argc, MemorySegment argv,
            boolean isResult) {
        if (instance == null) {
            return;
        }
        String message = "user-defined aggregate's '" + name + "' method raised error";
        Object method;
        try {
            method = Py.getAttr(instance, name);
        } catch (PythonException e) {
            fail(ctx, e, entry(ctx), "user-defined aggregate's '" + name + "' method not defined");
            return;
        }
        try {
            Object result = Py.call(method, Values.arguments(argc, argv));
            if (isResult && !Values.result(ctx, result)) {
                fail(ctx, null, entry(ctx), message);
            }
        } catch (PythonException e) {
            fail(ctx, e, entry(ctx), message);
        }
    }

    private static void destroy(MemorySegment data) {
        forget(data.address());
    }

    private static int compare(MemorySegment data, int n1, MemorySegment s1, int n2, MemorySegment s2) {
        int[] out = {0};
        try {
            Gil.held(() -> {
                Object f = ((Entry) get(data.address())).callable();
                try {
                    Object r = Py.call(f, Values.decodeStrict(Sqlite.bytesAt(s1, n1)),
                            Values.decodeStrict(Sqlite.bytesAt(s2, n2)));
                    out[0] = Integer.signum(Py.asBigInteger(r).signum());
                } catch (PythonException e) {
                    report(e, f);
                }
            });
        } catch (Throwable ignored) {
            // an internal failure compares equal
        }
        return out[0];
    }

    private static int authorize(MemorySegment data, int action, MemorySegment a1, MemorySegment a2,
            MemorySegment db, MemorySegment source) {
        int[] out = {Sqlite.DENY};
        try {
            Gil.held(() -> {
                Object f = ((Entry) get(data.address())).callable();
                try {
                    Object r = Py.call(f, Py.integer(action), text(a1), text(a2), text(db), text(source));
                    if (Py.isInstance(r, Values.intType)) {
                        java.math.BigInteger v = Py.asBigInteger(r);
                        if (v.bitLength() < 32) {
                            out[0] = v.intValue();
                        } else {
                            report(Py.overflowError("Python int too large to convert to C int"), f);
                        }
                    }
                } catch (PythonException e) {
                    report(e, f);
                }
            });
        } catch (Throwable ignored) {
            // denied
        }
        return out[0];
    }

    private static Object text(MemorySegment p) {
        String s = Sqlite.stringOf(p);
        return s == null ? Py.none() : Py.str(s);
    }

    private static int progress(MemorySegment data) {
        int[] out = {0};
        try {
            Gil.held(() -> {
                Object f = ((Entry) get(data.address())).callable();
                try {
                    out[0] = Py.isTrue(Py.call(f)) ? 1 : 0;
                } catch (PythonException e) {
                    report(e, f);
                    out[0] = -1;
                }
            });
        } catch (Throwable ignored) {
            out[0] = -1;
        }
        return out[0];
    }

    private static int trace(int mask, MemorySegment data, MemorySegment stmt, MemorySegment sql) {
        if (mask != Sqlite.TRACE_STMT) {
            return 0;
        }
        try {
            Gil.held(() -> {
                Object f = ((Entry) get(data.address())).callable();
                try {
                    String text = Sqlite.expandedSql(stmt);
                    if (text == null) {
                        report(Py.error(Errors.dataError, "Expanded SQL string exceeds the maximum string length"), f);
                        text = Sqlite.sql(stmt);
                    }
                    Py.call(f, Py.str(text));
                } catch (PythonException e) {
                    report(e, f);
                }
            });
        } catch (Throwable ignored) {
            // tracing is best effort
        }
        return 0;
    }
}
