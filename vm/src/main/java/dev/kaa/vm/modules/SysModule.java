package dev.kaa.vm.modules;

import dev.kaa.vm.Config;
import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.internal.eval.Tracing;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.IntLimits;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyFrame;
import dev.kaa.vm.objects.PyFrozenSet;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PySimpleNamespace;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.Star;
import dev.kaa.vm.objects.StarStar;
import dev.kaa.vm.objects.StructSeq;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code sys} module: the interpreter's configuration and state as Python sees them.
 *
 * <p>Thread safety: the module is GIL-guarded interpreter state; this class is stateless.
 */
public final class SysModule {
    private SysModule() {}

    /** The language version Kaa implements. */
    public static final int MAJOR = 3, MINOR = 13, MICRO = 0;
    public static final String VERSION = "3.13.0 (Kaa 0.1.0) [Java " + System.getProperty("java.version") + "]";

    private static final StructSeq.Kind VERSION_INFO = StructSeq.newType("sys", "version_info",
            new String[] {"major", "minor", "micro", "releaselevel", "serial"}, 5);
    private static final StructSeq.Kind FLAGS = StructSeq.newType("sys", "flags", new String[] {
        "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
        "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
        "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits", "gil"}, 18);
    private static final StructSeq.Kind FLOAT_INFO = StructSeq.newType("sys", "float_info", new String[] {
        "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
        "rounds"}, 11);
    private static final StructSeq.Kind INT_INFO = StructSeq.newType("sys", "int_info", new String[] {
        "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}, 4);
    private static final StructSeq.Kind HASH_INFO = StructSeq.newType("sys", "hash_info", new String[] {
        "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}, 9);
    private static final StructSeq.Kind THREAD_INFO = StructSeq.newType("sys", "thread_info", new String[] {
        "name", "lock", "version"}, 3);

    private static final StructSeq.Kind ASYNCGEN_HOOKS = StructSeq.newType("builtins", "asyncgen_hooks",
            new String[] {"firstiter", "finalizer"}, 2);

    private static PyInt i(long v) {
        return PyInt.of(v);
    }

    private static PyStr s(String v) {
        return PyStr.of(v);
    }

    public static PyModule create(Runtime rt, Config config) {
        PyModule m = new PyModule("sys");
        rt.sys = m;
        m.put("modules", rt.modules);
        m.put("argv", strList(config.argv()));
        m.put("orig_argv", strList(config.origArgv()));
        m.put("path", strList(List.of()));
        m.put("meta_path", new PyList());
        m.put("path_hooks", new PyList());
        m.put("path_importer_cache", new PyDict());
        m.put("executable", s(config.executable()));
        m.put("_base_executable", s(config.executable()));
        m.put("platform", s("linux"));
        m.put("byteorder", s("little"));
        m.put("maxsize", i(Long.MAX_VALUE));
        m.put("maxunicode", i(0x10FFFF));
        m.put("version", s(VERSION));
        m.put("hexversion", i(0x030D00F0L));
        m.put("api_version", i(1013));
        m.put("version_info", VERSION_INFO.make(i(MAJOR), i(MINOR), i(MICRO), s("final"), i(0)));
        m.put("implementation", new PySimpleNamespace()
                .with("name", s("kaa"))
                .with("cache_tag", s("kaa-313"))
                .with("version", VERSION_INFO.make(i(0), i(1), i(0), s("alpha"), i(0)))
                .with("hexversion", i(0x000100A0L))
                .with("_multiarch", s("x86_64-linux-gnu")));
        m.put("copyright", s("Copyright (c) the Kaa authors.\nPython is Copyright (c) Python Software Foundation."));
        m.put("float_info", FLOAT_INFO.make(new PyFloat(Double.MAX_VALUE), i(1024), i(308), new PyFloat(Double.MIN_NORMAL),
                i(-1021), i(-307), i(15), i(53), new PyFloat(Math.ulp(1.0)), i(2), i(1)));
        m.put("float_repr_style", s("short"));
        m.put("int_info", INT_INFO.make(i(30), i(4), i(4300), i(640)));
        m.put("hash_info", HASH_INFO.make(i(64), i((1L << 61) - 1), i(314159), i(0), i(1000003), s("siphash13"),
                i(64), i(128), i(0)));
        m.put("thread_info", THREAD_INFO.make(s("pthread"), s("mutex+cond"), PyNone.NONE));
        m.put("flags", FLAGS.make(i(0), i(config.inspect() ? 1 : 0), i(config.interactive() ? 1 : 0),
                i(config.optimize()), i(config.dontWriteBytecode() ? 1 : 0), i(config.noUserSite() ? 1 : 0),
                i(config.noSite() ? 1 : 0), i(config.ignoreEnvironment() ? 1 : 0), i(config.verbose()),
                i(config.bytesWarning()), i(config.quiet() ? 1 : 0), i(1), i(config.isolated() ? 1 : 0),
                PyBool.of(config.devMode()), i(1), i(0), PyBool.of(config.safePath()), i(config.intMaxStrDigits()), i(1)));
        m.put("dont_write_bytecode", PyBool.of(config.dontWriteBytecode()));
        m.put("pycache_prefix", config.pycachePrefix() == null ? PyNone.NONE : PyStr.of(config.pycachePrefix()));
        PyDict xoptions = new PyDict();
        for (Map.Entry<String, Object> e : config.xoptions().entrySet()) {
            xoptions.setItem(s(e.getKey()), e.getValue() instanceof String v ? s(v) : PyBool.TRUE);
        }
        m.put("_xoptions", xoptions);
        m.put("warnoptions", strList(config.warnOptions()));
        String prefix = config.stdlibPath() == null ? "" : config.stdlibPath().toString();
        for (String k : new String[] {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) {
            m.put(k, s(prefix));
        }
        m.put("platlibdir", s("lib"));
        m.put("abiflags", s(""));
        // The macOS framework name, '' elsewhere: sysconfig and its tests read it on every POSIX system.
        m.put("_framework", s(""));
        m.put("stdlib_module_names", PyFrozenSet.of(PyTuple.of(
                dev.kaa.vm.objects.TracebackSuggestions.stdlibModuleNames().stream().map(PyStr::of).toArray())));
        m.put("builtin_module_names", PyTuple.of(s("builtins"), s("sys")));
        // The standard streams come once _io can make them (Interpreter.installStandardStreams).
        for (String name : new String[] {"stdin", "stdout", "stderr", "__stdin__", "__stdout__", "__stderr__"}) {
            m.put(name, PyNone.NONE);
        }
        Exposer.functions(SysModule.class, MethodHandles.lookup(), "sys", m).forEach(m::put);
        for (String hook : new String[] {"displayhook", "excepthook", "breakpointhook", "unraisablehook"}) {
            m.put("__" + hook + "__", m.dict().getItem(PyStr.intern(hook)));
        }
        return m;
    }

    private static PyList strList(List<String> items) {
        PyList l = new PyList();
        for (String v : items) {
            l.append(PyStr.of(v));
        }
        return l;
    }

    private static Runtime rt() {
        return ThreadState.current().runtime;
    }

    @PyMethod(doc = "Leave the program by raising SystemExit(status).\n"
            + "\n"
            + "No status or None means success (0); an int is the process's exit status; any other\n"
            + "object is printed to stderr and the exit status is 1.")
    static void exit(@Opt Object status) {
        throw PyErr.systemExit(status == null ? PyNone.NONE : status);
    }

    /** Sentinel of {@link #set_asyncgen_hooks}: the argument was not given (None is a value). */
    private static final Object UNSET = new Object();

    @PyMethod(positionalOnly = 0, doc = "Set the hooks that an event loop uses to keep track of asynchronous generators:\n"
            + "firstiter is called with each one as it is first iterated, finalizer when one is\n"
            + "collected unfinished.")
    static void set_asyncgen_hooks(@Opt Object firstiter, @Opt Object finalizer) {
        ThreadState ts = ThreadState.current();
        Object first = firstiter == null ? UNSET : firstiter;
        Object fin = finalizer == null ? UNSET : finalizer;
        if (fin != UNSET && fin != PyNone.NONE && !callable(fin)) {
            throw PyErr.typeError("callable finalizer expected, got %T", fin);
        }
        if (first != UNSET && first != PyNone.NONE && !callable(first)) {
            throw PyErr.typeError("callable firstiter expected, got %T", first);
        }
        if (fin != UNSET) {
            ts.asyncgenFinalizer = fin == PyNone.NONE ? null : fin;
        }
        if (first != UNSET) {
            ts.asyncgenFirstiter = first == PyNone.NONE ? null : first;
        }
    }

    private static boolean callable(Object o) {
        return Abstract.typeOf(o).slot(dev.kaa.vm.objects.Slot.__call__) != null;
    }

    @PyMethod(doc = "The hooks set_asyncgen_hooks set for this thread, as a named tuple (firstiter, finalizer).")
    static Object get_asyncgen_hooks() {
        ThreadState ts = ThreadState.current();
        return ASYNCGEN_HOOKS.make(ts.asyncgenFirstiter == null ? PyNone.NONE : ts.asyncgenFirstiter,
                ts.asyncgenFinalizer == null ? PyNone.NONE : ts.asyncgenFinalizer);
    }

    @PyMethod
    static int getrecursionlimit() {
        return rt().recursionLimit;
    }

    @PyMethod
    static void setrecursionlimit(Object limit) {
        if (!(limit instanceof PyInt)) {
            throw PyErr.typeError("'%T' object cannot be interpreted as an integer", limit);
        }
        int n = Abstract.asInt(limit);
        if (n < 1) {
            throw PyErr.valueError("recursion limit must be greater or equal than 1");
        }
        int depth = ThreadState.current().depth();
        if (n <= depth) {
            throw PyErr.recursionError("cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                    n, depth);
        }
        rt().recursionLimit = n;
    }

    @PyMethod
    static Object exc_info() {
        PyBaseException e = ThreadState.current().currentException();
        if (e == null) {
            return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
        }
        return PyTuple.of(e.type(), e, e.traceback() == null ? PyNone.NONE : e.traceback());
    }

    @PyMethod
    static Object exception() {
        PyBaseException e = ThreadState.current().currentException();
        return e == null ? PyNone.NONE : e;
    }

    @PyMethod
    static Object intern(Object s) {
        if (!(s instanceof PyStr str)) {
            throw PyErr.typeError("intern() argument must be str, not %T", s);
        }
        if (str.getClass() != PyStr.class) {
            throw PyErr.typeError("can't intern %s", Abstract.typeOf(s).name());
        }
        return PyStr.intern(str.value());
    }

    @PyMethod(doc = "_current_frames($module, /)\n--\n\n"
            + "The innermost frame of each thread running Python code, by thread identifier. The frames\n"
            + "of other threads are read while they run, so they may be a moment old.")
    static Object _current_frames() {
        PyDict result = new PyDict();
        for (var e : ThreadState.current().runtime.threads.entrySet()) {
            PyFrame f = e.getValue().frame;
            if (f != null) {
                result.setItem(dev.kaa.vm.objects.PyInt.of(e.getKey().threadId()), f);
            }
        }
        return result;
    }

    @PyMethod
    static Object _getframe(@Opt("0") int depth) {
        PyFrame f = ThreadState.current().frame;
        for (int i = 0; i < depth && f != null; i++) {
            f = f.back;
        }
        if (f == null) {
            throw PyErr.valueError("call stack is not deep enough");
        }
        return f;
    }

    /**
     * {@code o.__sizeof__()} (a special method: looked up on the type) plus the 16 bytes of the
     * header CPython puts before a container; the sizes themselves are CPython-like estimates.
     */
    @PyMethod
    static Object getsizeof(Object o, @Opt Object dflt) {
        try {
            Object method = Abstract.lookupSpecial(o, PyStr.intern("__sizeof__"));
            if (method == null) {
                throw PyErr.typeError("Type %s doesn't define __sizeof__", Abstract.typeOf(o).name());
            }
            Object r = Abstract.call(method);
            if (!(r instanceof PyInt size)) {
                throw PyErr.typeError("'%T' object cannot be interpreted as an integer", r);
            }
            if (size.signum() < 0) {
                throw PyErr.valueError("__sizeof__() should return >= 0");
            }
            boolean atomic = o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr
                    || o instanceof dev.kaa.vm.objects.PyBytes || o == PyNone.NONE;
            return PyInt.of(size.longValue() + (atomic ? 0 : 16));
        } catch (dev.kaa.vm.objects.PyException e) {
            if (dflt != null && e.matches(Exceptions.TypeError)) {
                return dflt;
            }
            throw e;
        }
    }

    @PyMethod
    static int getrefcount(Object o) {
        // No reference counts on the JVM: 2 is what CPython shows for an object held by one name.
        return 2;
    }

    @PyMethod
    static void displayhook(Object value) {
        if (value == PyNone.NONE) {
            return;
        }
        Runtime rt = rt();
        rt.builtins.setItem(PyStr.intern("_"), PyNone.NONE);
        Object out = rt.sys.dict().getItem(PyStr.intern("stdout"));
        if (out == null || out == PyNone.NONE) {
            throw PyErr.runtimeError("lost sys.stdout");
        }
        Abstract.callMethod(out, "write", Abstract.repr(value));
        Abstract.callMethod(out, "write", PyStr.of("\n"));
        rt.builtins.setItem(PyStr.intern("_"), value);
    }

    @PyMethod
    static void excepthook(Object type, Object value, Object traceback) {
        ExceptionDisplay.print(rt(), value);
    }

    @PyMethod
    static void unraisablehook(Object unraisable) {
        Object err = rt().sys.dict().getItem(PyStr.intern("stderr"));
        if (err != null && err != PyNone.NONE) {
            Abstract.callMethod(err, "write", PyStr.of("Exception ignored in: " + Abstract.repr(
                    Abstract.getAttr(unraisable, "object")) + "\n"));
        }
    }

    /**
     * {@code sys.breakpointhook}: calls the callable {@code $PYTHONBREAKPOINT} names (default
     * {@code pdb.set_trace}, {@code "0"} for none), read from {@code os.environ} so that changes
     * made while running count, as CPython's {@code getenv} sees them.
     */
    @PyMethod
    static Object breakpointhook(Object[] args, String[] kwnames) {
        String name = breakpointEnv();
        if (name == null || name.isEmpty()) {
            name = "pdb.set_trace";
        } else if (name.equals("0")) {
            return PyNone.NONE;
        }
        int dot = name.lastIndexOf('.');
        String module = dot < 0 ? "builtins" : name.substring(0, dot);
        String attr = name.substring(dot + 1);
        Object hook;
        try {
            ThreadState ts = ThreadState.current();
            Object top = ts.runtime.services.importName(ts, module, null, PyNone.NONE, 0);
            // The import answers the top package of a dotted name; the module itself is in sys.modules.
            Object m = module.indexOf('.') < 0 ? top : ts.runtime.modules.getItem(PyStr.of(module));
            hook = Abstract.getAttr(m == null ? top : m, attr);
        } catch (PyException e) {
            // Names that cannot be imported ("", ".", "a.") fail in the import machinery with
            // ValueError or KeyError; like a missing module or attribute they only warn.
            if (!e.matches(Exceptions.ImportError) && !e.matches(Exceptions.AttributeError)
                    && !e.matches(Exceptions.ValueError) && !e.matches(Exceptions.KeyError)) {
                throw e;
            }
            PyErr.warn(Exceptions.RuntimeWarning, 1, "Ignoring unimportable $PYTHONBREAKPOINT: \"%s\"", name);
            return PyNone.NONE;
        }
        return Abstract.call(hook, args, kwnames);
    }

    /** {@code os.environ.get("PYTHONBREAKPOINT")} when {@code os} is loaded, else the process's. */
    private static String breakpointEnv() {
        Object os = rt().modules.getItem(PyStr.intern("os"));
        if (os == null) {
            return System.getenv("PYTHONBREAKPOINT");
        }
        Object v = Abstract.callMethod(Abstract.getAttr(os, "environ"), "get", PyStr.of("PYTHONBREAKPOINT"));
        return v instanceof PyStr s ? s.value() : null;
    }

    @PyMethod
    static void settrace(Object function) {
        audit(PyStr.intern("sys.settrace"), new Object[0]);
        Tracing.setTrace(ThreadState.current(), function == PyNone.NONE ? null : function);
    }

    @PyMethod
    static Object gettrace() {
        Object f = Tracing.traceFunction(ThreadState.current());
        return f == null ? PyNone.NONE : f;
    }

    @PyMethod
    static void setprofile(Object function) {
        audit(PyStr.intern("sys.setprofile"), new Object[0]);
        Tracing.setProfile(ThreadState.current(), function == PyNone.NONE ? null : function);
    }

    @PyMethod
    static Object getprofile() {
        Object f = Tracing.profileFunction(ThreadState.current());
        return f == null ? PyNone.NONE : f;
    }

    /** {@code threading.settrace_all_threads}: the trace function of every thread. */
    @PyMethod
    static void _settraceallthreads(Object function) {
        audit(PyStr.intern("sys._settraceallthreads"), new Object[0]);
        for (ThreadState ts : allThreads()) {
            Tracing.setTrace(ts, function == PyNone.NONE ? null : function);
        }
    }

    /** {@code threading.setprofile_all_threads}: the profile function of every thread. */
    @PyMethod
    static void _setprofileallthreads(Object function) {
        audit(PyStr.intern("sys._setprofileallthreads"), new Object[0]);
        for (ThreadState ts : allThreads()) {
            Tracing.setProfile(ts, function == PyNone.NONE ? null : function);
        }
    }

    private static List<ThreadState> allThreads() {
        List<ThreadState> all = new ArrayList<>(rt().threads.values());
        ThreadState self = ThreadState.current();
        if (!all.contains(self)) {
            all.add(self);
        }
        return all;
    }

    @PyMethod
    static Object getdefaultencoding() {
        return PyStr.of("utf-8");
    }

    @PyMethod
    static Object getfilesystemencoding() {
        return PyStr.of("utf-8");
    }

    @PyMethod
    static Object getfilesystemencodeerrors() {
        return PyStr.of("surrogateescape");
    }

    @PyMethod
    static int get_int_max_str_digits() {
        return IntLimits.maxStrDigits();
    }

    @PyMethod(positionalOnly = 0)
    static void set_int_max_str_digits(int maxdigits) {
        if (maxdigits != 0 && maxdigits < 640) {
            throw PyErr.valueError("maxdigits must be 0 or larger than %d", 640);
        }
        IntLimits.setMaxStrDigits(maxdigits);
    }

    @PyMethod
    static double getswitchinterval() {
        return rt().gil.switchInterval() / 1000 * 1e-6;
    }

    @PyMethod
    static void setswitchinterval(double interval) {
        if (interval <= 0) {
            throw PyErr.valueError("switch interval must be strictly positive");
        }
        // Whole microseconds, as CPython keeps it.
        long micros = (long) Math.min(1e6 * interval, Long.MAX_VALUE / 1000.0);
        rt().gil.setSwitchInterval(Math.max(1, micros) * 1000);
    }

    @PyMethod(positionalOnly = 0)
    static void set_coroutine_origin_tracking_depth(int depth) {
        if (depth < 0) {
            throw PyErr.valueError("depth must be >= 0");
        }
        rt().coroutineOriginDepth = depth;
    }

    @PyMethod
    static int get_coroutine_origin_tracking_depth() {
        return rt().coroutineOriginDepth;
    }

    @PyMethod
    static boolean is_finalizing() {
        return false;
    }

    @PyMethod
    static boolean _is_gil_enabled() {
        return rt().gil.enabled();
    }

    @PyMethod
    static void audit(Object event, @Star Object[] args) {
        List<Object> hooks = new ArrayList<>(rt().auditHooks);
        for (Object h : hooks) {
            Abstract.call(h, event, PyTuple.of(args.clone()));
        }
    }

    @PyMethod
    static void addaudithook(Object hook) {
        rt().auditHooks.add(hook);
    }

    @PyMethod
    static Object call_tracing(Object func, Object args) {
        return Abstract.call(func, PyTuple.fromIterable(args).items().clone(), null);
    }

    @PyMethod
    static Object _getframemodulename(@Opt("0") int depth) {
        PyFrame f = (PyFrame) _getframe(depth);
        Object name = f.globals.getItem(PyStr.intern("__name__"));
        return name == null ? PyNone.NONE : name;
    }
}
