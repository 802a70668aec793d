package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.KwOnly;
import dev.kaa.vm.objects.Named;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Exceptions;
import java.lang.invoke.MethodHandles;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * {@code _contextvars}: context variables (PEP 567). A {@code Context} is an immutable mapping
 * from variables to values; setting a variable replaces the thread's current context with a
 * changed copy. (CPython shares structure with a HAMT; Kaa copies the map, which is small in
 * practice.)
 *
 * <p>Thread safety: each thread has its own current context (kept with its thread state);
 * contexts themselves are immutable.
 */
public final class ContextVarsModule {
    private ContextVarsModule() {}

    /** The sentinel {@code Token.MISSING}. */
    public static final class Missing extends PyObject {
        static final PyType TYPE = PyType.builtin("Token.MISSING", Missing.class, MethodHandles.lookup(), 0);
        static final Missing INSTANCE = new Missing();

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        Object __repr__() {
            return PyStr.of("<Token.MISSING>");
        }
    }

    public static PyModule create() {
        PyModule m = new PyModule("_contextvars");
        m.put("ContextVar", ContextVar.TYPE);
        m.put("Context", Context.TYPE);
        m.put("Token", Token.TYPE);
        Token.TYPE.dict().setItem(PyStr.intern("MISSING"), Missing.INSTANCE);
        Exposer.functions(ContextVarsModule.class, MethodHandles.lookup(), "_contextvars", m).forEach(m::put);
        return m;
    }

    private static final ThreadLocal<Context> CURRENT = ThreadLocal.withInitial(Context::new);

    static Context current() {
        return CURRENT.get();
    }

    @PyMethod
    static Object copy_context() {
        return current().copy();
    }

    /** {@code contextvars.Context}. */
    public static final class Context extends PyObject {
        public static final PyType TYPE = PyType.builtin("_contextvars.Context", Context.class, MethodHandles.lookup(),
                PyType.MAPPING | PyType.UNHASHABLE);
        final Map<ContextVar, Object> vars;
        private boolean entered;

        Context() {
            this(new IdentityHashMap<>());
        }

        private Context(Map<ContextVar, Object> vars) {
            this.vars = vars;
        }

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        static Object __new__(PyType cls, Object[] args, String[] kwnames) {
            if (args.length > 0) {
                throw PyErr.typeError("Context() does not accept any arguments");
            }
            return new Context();
        }

        Context copy() {
            return new Context(new IdentityHashMap<>(vars));
        }

        Context with(ContextVar var, Object value) {
            Map<ContextVar, Object> m = new IdentityHashMap<>(vars);
            if (value == null) {
                m.remove(var);
            } else {
                m.put(var, value);
            }
            return new Context(m);
        }

        @PyMethod("copy")
        Object copyMethod() {
            return copy();
        }

        @PyMethod
        Object run(Object[] args, String[] kwnames) {
            int npos = args.length - (kwnames == null ? 0 : kwnames.length);
            if (npos < 1) {
                throw PyErr.typeError("run() missing 1 required positional argument");
            }
            if (entered) {
                throw PyErr.runtimeError("cannot enter context: %R is already entered", this);
            }
            Context saved = CURRENT.get();
            entered = true;
            CURRENT.set(this);
            try {
                return Abstract.call(args[0], java.util.Arrays.copyOfRange(args, 1, args.length), kwnames);
            } finally {
                // The context ran in keeps what the callable set: its map is replaced in place.
                Context after = CURRENT.get();
                if (after != this) {
                    this.vars.clear();
                    this.vars.putAll(after.vars);
                }
                CURRENT.set(saved);
                entered = false;
            }
        }

        private ContextVar key(Object key) {
            if (!(key instanceof ContextVar v)) {
                throw PyErr.typeError("a ContextVar key was expected, got %R", key);
            }
            return v;
        }

        @PyMethod
        Object __getitem__(Object key) {
            Object v = vars.get(key(key));
            if (v == null) {
                throw PyErr.keyError(key);
            }
            return v;
        }

        @PyMethod
        Object get(Object key, @Opt("None") Object dflt) {
            Object v = vars.get(key(key));
            return v == null ? dflt : v;
        }

        @PyMethod
        Object __contains__(Object key) {
            return PyBool.of(vars.containsKey(key(key)));
        }

        @PyMethod
        int __len__() {
            return vars.size();
        }

        @PyMethod
        Object __iter__() {
            return Abstract.iter(keys());
        }

        @PyMethod
        Object keys() {
            return new PyList(vars.keySet().toArray());
        }

        @PyMethod
        Object values() {
            return new PyList(vars.values().toArray());
        }

        @PyMethod
        Object items() {
            PyList out = new PyList();
            vars.forEach((k, v) -> out.append(PyTuple.of(k, v)));
            return out;
        }

        @PyMethod
        Object __eq__(Object other) {
            if (!(other instanceof Context c)) {
                return dev.kaa.vm.objects.PySingletons.NOT_IMPLEMENTED;
            }
            if (c.vars.size() != vars.size()) {
                return PyBool.FALSE;
            }
            for (Map.Entry<ContextVar, Object> e : vars.entrySet()) {
                Object o = c.vars.get(e.getKey());
                if (o == null || !Abstract.equals(e.getValue(), o)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        }
    }

    /** {@code contextvars.ContextVar}. */
    public static final class ContextVar extends PyObject {
        public static final PyType TYPE = PyType.builtin("_contextvars.ContextVar", ContextVar.class,
                MethodHandles.lookup(), 0);
        private final PyStr name;
        private final Object dflt;

        ContextVar(PyStr name, Object dflt) {
            this.name = name;
            this.dflt = dflt;
        }

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod(positionalOnly = 1)
        static Object __new__(PyType cls, Object name, @KwOnly @Named("default") @Opt Object dflt) {
            if (!(name instanceof PyStr n)) {
                throw PyErr.typeError("context variable name must be a str");
            }
            return new ContextVar(n, dflt);
        }

        @PyGetter
        Object name() {
            return name;
        }

        @PyMethod
        Object get(@Opt Object dflt) {
            Object v = current().vars.get(this);
            if (v != null) {
                return v;
            }
            if (dflt != null) {
                return dflt;
            }
            if (this.dflt != null) {
                return this.dflt;
            }
            throw PyErr.format(Exceptions.LookupError, "%s", Abstract.repr(this));
        }

        @PyMethod
        Object set(Object value) {
            Context ctx = current();
            Object old = ctx.vars.get(this);
            CURRENT.set(ctx.with(this, value));
            return new Token(CURRENT.get(), this, old == null ? Missing.INSTANCE : old);
        }

        @PyMethod
        void reset(Object token) {
            if (!(token instanceof Token t)) {
                throw PyErr.typeError("expected an instance of Token, got %R", token);
            }
            if (t.used) {
                throw PyErr.runtimeError("%R has already been used once", t);
            }
            if (t.var != this) {
                throw PyErr.valueError("%R was created by a different ContextVar", t);
            }
            Context ctx = current();
            if (t.context != ctx) {
                throw PyErr.valueError("%R was created in a different Context", t);
            }
            t.used = true;
            CURRENT.set(ctx.with(this, t.old == Missing.INSTANCE ? null : t.old));
        }

        @PyMethod
        Object __class_getitem__(Object item) {
            return dev.kaa.vm.objects.GenericAlias.of(TYPE, item);
        }

        @PyMethod
        Object __repr__() {
            String d = dflt == null ? "" : " default=" + Abstract.repr(dflt);
            return PyStr.of("<ContextVar name=" + Abstract.repr(name) + d + " at " + Abstract.idHex(this) + ">");
        }

        @PyMethod
        long __hash__() {
            return dev.kaa.vm.objects.Abstract.hash(name) ^ System.identityHashCode(this);
        }
    }

    /** {@code contextvars.Token}: what {@code ContextVar.set} returns for {@code reset}. */
    public static final class Token extends PyObject {
        public static final PyType TYPE = PyType.builtin("_contextvars.Token", Token.class, MethodHandles.lookup(), 0);
        final Context context;
        final ContextVar var;
        final Object old;
        boolean used;

        Token(Context context, ContextVar var, Object old) {
            this.context = context;
            this.var = var;
            this.old = old;
        }

        @Override public PyType type() {
            return TYPE;
        }

        @PyGetter
        Object var() {
            return var;
        }

        @PyGetter
        Object old_value() {
            return old;
        }

        @PyMethod
        Object __repr__() {
            return PyStr.of("<Token" + (used ? " used" : "") + " var=" + Abstract.repr(var) + " at "
                    + Abstract.idHex(this) + ">");
        }
    }
}
