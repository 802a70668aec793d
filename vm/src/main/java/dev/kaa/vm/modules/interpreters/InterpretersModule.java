package dev.kaa.vm.modules.interpreters;

import dev.kaa.vm.internal.eval.Eval;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.modules.Compiling;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.KwOnly;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyCode;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFrame;
import dev.kaa.vm.objects.PyFunction;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PySimpleNamespace;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.StarStar;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _interpreters}: several Kaa interpreters in one JVM, as CPython 3.13's module offers
 * them ({@code test.support.interpreters} is the Python layer). {@code exec} runs code in
 * another interpreter's {@code __main__} on the calling thread ({@link Interpreters#runIn}), and
 * an exception raised there comes back as CPython's snapshot: a namespace with the type's names,
 * the message, the one-line form and the traceback text.
 *
 * <p>Thread safety: the registry is self-locking; each function runs under its interpreter's GIL.
 */
public final class InterpretersModule {
    private InterpretersModule() {}

    static final PyType INTERPRETER_ERROR = PyType.builtin("interpreters.InterpreterError", PyBaseException.class,
            null, Exceptions.Exception);
    static final PyType NOT_FOUND = PyType.builtin("interpreters.InterpreterNotFoundError", PyBaseException.class,
            null, INTERPRETER_ERROR);
    static final PyType NOT_SHAREABLE = PyType.builtin("interpreters.NotShareableError", PyBaseException.class, null,
            Exceptions.ValueError);

    public static PyModule create() {
        PyModule m = new PyModule("_interpreters");
        m.put("__doc__", PyStr.of("Several Python interpreters in one process, each with its own objects and lock."));
        Exposer.functions(InterpretersModule.class, MethodHandles.lookup(), "_interpreters", m).forEach(m::put);
        m.put("InterpreterError", INTERPRETER_ERROR);
        m.put("InterpreterNotFoundError", NOT_FOUND);
        m.put("NotShareableError", NOT_SHAREABLE);
        m.put("CrossInterpreterBufferView", CrossInterpreterBufferView.TYPE);
        String[] whence = {"WHENCE_UNKNOWN", "WHENCE_RUNTIME", "WHENCE_LEGACY_CAPI", "WHENCE_CAPI", "WHENCE_XI",
            "WHENCE_STDLIB"};
        for (int i = 0; i < whence.length; i++) {
            m.put(whence[i], PyInt.of(i));
        }
        Interpreters.current();
        return m;
    }

    @PyMethod(positionalOnly = 1, doc = "A new interpreter's configuration: 'isolated', 'legacy' or 'empty', with overrides.")
    static Object new_config(@Opt Object name, @StarStar PyDict overrides) {
        PySimpleNamespace c;
        if (name == null || name == PyNone.NONE) {
            c = Configs.named("isolated");
        } else if (name instanceof PyStr s) {
            c = Configs.named(s.value());
        } else {
            throw PyErr.typeError("_interpreters.new_config() argument 1 must be str, not %T", name);
        }
        Configs.override(c, overrides);
        return c;
    }

    @PyMethod(positionalOnly = 0, doc = "Make a new interpreter and return its ID.")
    static Object create(@Opt Object config, @KwOnly @Opt("False") boolean reqrefs) {
        PySimpleNamespace c = Configs.of(config);
        if (!Configs.viable(c)) {
            throw PyErr.format(INTERPRETER_ERROR, "interpreter creation failed");
        }
        return Interpreters.idObject(Interpreters.create(c, reqrefs));
    }

    @PyMethod(positionalOnly = 1, doc = "Destroy the identified interpreter.")
    static void destroy(Object id, @KwOnly @Opt("False") boolean restrict) {
        Interpreters.destroy(checked(id, restrict, "destroy"));
    }

    @PyMethod(positionalOnly = 0, doc = "The (ID, whence) of every interpreter.")
    static Object list_all(@KwOnly @Opt("False") boolean require_ready) {
        PyList l = new PyList();
        for (Interpreters.Entry e : Interpreters.all()) {
            l.append(idAndWhence(e));
        }
        return l;
    }

    private static Object idAndWhence(Interpreters.Entry e) {
        return PyTuple.of(Interpreters.idObject(e), PyInt.of(e.whence));
    }

    @PyMethod(doc = "The (ID, whence) of the current interpreter.")
    static Object get_current() {
        return idAndWhence(Interpreters.current());
    }

    @PyMethod(doc = "The (ID, whence) of the main interpreter.")
    static Object get_main() {
        return idAndWhence(Interpreters.main());
    }

    @PyMethod(doc = "How the identified interpreter was made (one of the WHENCE_* values).")
    static Object whence(Object id) {
        return PyInt.of(Interpreters.lookup(id).whence);
    }

    @PyMethod(positionalOnly = 1, doc = "The configuration the identified interpreter was made with.")
    static Object get_config(Object id, @KwOnly @Opt("False") boolean restrict) {
        return Configs.copy(checked(id, restrict, "get the config of").config);
    }

    @PyMethod(positionalOnly = 1, doc = "Whether the identified interpreter runs code now.")
    static boolean is_running(Object id, @KwOnly @Opt("False") boolean restrict) {
        Interpreters.Entry e = checked(id, restrict, "check if running for");
        return e.owned == null || e == Interpreters.current() || e.running.get() > 0;
    }

    @PyMethod(positionalOnly = 1, doc = "Take a reference to the identified interpreter.")
    static void incref(Object id, @KwOnly @Opt("False") boolean implieslink, @KwOnly @Opt("False") boolean restrict) {
        checked(id, restrict, "incref").refs.incrementAndGet();
    }

    @PyMethod(positionalOnly = 1, doc = "Drop a reference; the last one destroys an interpreter made with reqrefs.")
    static void decref(Object id, @KwOnly @Opt("False") boolean restrict) {
        Interpreters.Entry e = checked(id, restrict, "decref");
        if (e.refs.decrementAndGet() <= 0 && e.reqrefs && e.owned != null && e.running.get() == 0
                && e != Interpreters.current()) {
            e.refs.set(0);
            Interpreters.destroy(e);
        }
    }

    /**
     * The interpreter {@code id}; with {@code restrict}, only one this module made, else an
     * InterpreterError that says what could not be done ({@code doing}, in CPython's words).
     */
    private static Interpreters.Entry checked(Object id, boolean restrict, String doing) {
        Interpreters.Entry e = Interpreters.lookup(id);
        if (restrict && e.whence != Interpreters.WHENCE_STDLIB) {
            throw PyErr.format(INTERPRETER_ERROR, "cannot %s unrecognized interpreter %d", doing, e.id);
        }
        return e;
    }

    @PyMethod(positionalOnly = 0, doc = "Whether obj can cross to another interpreter.")
    static boolean is_shareable(Object obj) {
        return Shared.isShareable(obj);
    }

    @PyMethod(positionalOnly = 2, doc = "Bind the names of ns in the identified interpreter's __main__.")
    static void set___main___attrs(Object id, Object ns, @KwOnly @Opt("False") boolean restrict) {
        Interpreters.Entry e = checked(id, restrict, "update __main__ for");
        if (!(ns instanceof PyDict d) || d.size() == 0) {
            throw PyErr.valueError("arg 2 must be a non-empty mapping");
        }
        List<Object[]> crossing = exportAll(d);
        Interpreters.runIn(e, ts -> {
            bind(e, crossing);
            return PyNone.NONE;
        });
    }

    private static List<Object[]> exportAll(PyDict d) {
        List<Object[]> crossing = new ArrayList<>();
        if (d == null) {
            return crossing;
        }
        for (Object k : d.keys()) {
            if (!(k instanceof PyStr)) {
                throw PyErr.typeError("expected str keys, got %T", k);
            }
            crossing.add(new Object[] {k, Shared.export(d.getItem(k))});
        }
        return crossing;
    }

    private static void bind(Interpreters.Entry e, List<Object[]> crossing) {
        PyDict main = e.main().dict();
        for (Object[] kv : crossing) {
            main.setItem(kv[0], Shared.rebuild(kv[1]));
        }
    }

    @PyMethod(positionalOnly = 3, doc = "Run code (source, a function without arguments, or a code object) in the "
            + "identified interpreter's __main__; None, or a snapshot of the exception it raised.")
    static Object exec(Object id, Object code, @Opt Object shared, @KwOnly @Opt("False") boolean restrict) {
        return run("exec", id, code, shared, restrict, Accept.ANY);
    }

    @PyMethod(positionalOnly = 3, doc = "Run source text in the identified interpreter's __main__.")
    static Object run_string(Object id, Object script, @Opt Object shared, @KwOnly @Opt("False") boolean restrict) {
        return run("run_string", id, script, shared, restrict, Accept.SOURCE);
    }

    @PyMethod(positionalOnly = 3, doc = "Run a function's code in the identified interpreter's __main__.")
    static Object run_func(Object id, Object func, @Opt Object shared, @KwOnly @Opt("False") boolean restrict) {
        return run("run_func", id, func, shared, restrict, Accept.FUNCTION);
    }

    @PyMethod(positionalOnly = 4, doc = "Call a function without arguments in the identified interpreter.")
    static Object call(Object id, Object callable, @Opt Object args, @Opt Object kwargs,
            @KwOnly @Opt("False") boolean restrict) {
        if (args != null && args != PyNone.NONE || kwargs != null && kwargs != PyNone.NONE) {
            throw PyErr.valueError("got unexpected args");
        }
        if (!(callable instanceof PyFunction)) {
            throw PyErr.typeError("_interpreters.call() argument 2 must be a function, not %T", callable);
        }
        return run("call", id, callable, null, restrict, Accept.FUNCTION);
    }

    private enum Accept { ANY, SOURCE, FUNCTION }

    private static Object run(String fn, Object id, Object code, Object shared, boolean restrict, Accept accept) {
        String doing = switch (fn) {
            case "exec" -> "exec code for";
            case "run_string" -> "run a string in";
            case "run_func" -> "run a function in";
            default -> "make a call in";
        };
        Interpreters.Entry e = checked(id, restrict, doing);
        Object source = codeArgument(fn, code, accept);
        List<Object[]> crossing;
        if (shared == null || shared == PyNone.NONE) {
            crossing = List.of();
        } else if (shared instanceof PyDict d) {
            crossing = exportAll(d);
        } else {
            throw PyErr.typeError("expected 'shared' to be a dict, got %T", shared);
        }
        return Interpreters.runIn(e, ts -> {
            try {
                bind(e, crossing);
                PyCode c = source instanceof String s ? Compiling.compile(s, "<string>", "exec", 0, 0) : (PyCode) source;
                PyDict main = e.main().dict();
                Eval.run(ts, new PyFrame(c, main, ts.runtime.builtins, main, null));
                return PyNone.NONE;
            } catch (PyException raised) {
                return Snapshots.of(ts, raised.value());
            }
        });
    }

    /** The source text (a Java string) or code object that {@code code} stands for. */
    private static Object codeArgument(String fn, Object code, Accept accept) {
        if (code instanceof PyStr s && accept != Accept.FUNCTION) {
            return s.value();
        }
        if (code instanceof PyFunction f && accept != Accept.SOURCE) {
            PyCode c = f.code;
            if (c.argcount > 0 || c.kwonlyargcount > 0 || c.hasFlag(dev.kaa.bytecode.CodeObject.CO_VARARGS)
                    || c.hasFlag(dev.kaa.bytecode.CodeObject.CO_VARKEYWORDS)) {
                throw PyErr.valueError("_interpreters.%s(): bad func (arguments not supported)", fn);
            }
            if (f.closure != null && f.closure.size() > 0) {
                throw PyErr.valueError("_interpreters.%s(): bad func (closures not supported)", fn);
            }
            return c;
        }
        if (code instanceof PyCode c && accept != Accept.SOURCE) {
            return c;
        }
        // CPython 3.13 names exec() in run_func's message: its check is shared.
        throw switch (accept) {
            case ANY -> PyErr.typeError("_interpreters.exec() argument 2 must be a string, a function, or a code "
                    + "object, not %T", code);
            case SOURCE -> PyErr.typeError("_interpreters.%s() argument 2 must be str, not %T", fn, code);
            case FUNCTION -> PyErr.typeError("_interpreters.exec() argument 2 must be a function or a code object, "
                    + "not %T", code);
        };
    }

    @PyMethod(positionalOnly = 0, doc = "A snapshot of an exception, as exec() returns one.")
    static Object capture_exception(@Opt Object exc) {
        if (exc == null || exc == PyNone.NONE) {
            return PyNone.NONE;
        }
        if (!(exc instanceof PyBaseException b)) {
            throw PyErr.typeError("expected exception, got %s", Abstract.str(exc).value());
        }
        return Snapshots.of(ThreadState.current(), b);
    }
}
