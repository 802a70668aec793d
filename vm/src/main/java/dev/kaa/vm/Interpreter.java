package dev.kaa.vm;

import dev.kaa.stdlib.lib.StdlibLocator;
import dev.kaa.vm.internal.eval.Eval;
import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.internal.imports.BuiltinModules;
import dev.kaa.vm.internal.imports.Importer;
import dev.kaa.vm.internal.imports.PathFinder;
import dev.kaa.vm.internal.imports.RunModule;
import dev.kaa.vm.modules.BuiltinsModule;
import dev.kaa.vm.modules.Compiling;
import dev.kaa.vm.modules.ExceptionDisplay;
import dev.kaa.vm.modules.StdStreams;
import dev.kaa.vm.modules.SysModule;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.BuiltinTypes;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.IntLimits;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyCode;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFrame;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python interpreter: its {@code builtins}, {@code sys}, modules and import system, running
 * on the thread that made it. The {@code kaa} launcher is one user; a Java host embeds Kaa
 * through the same class.
 *
 * <p>Thread safety: confined to the creating thread. Each call holds the interpreter's global
 * interpreter lock while it runs Python code, so the Python threads a program started run
 * between calls, and while a call blocks.
 */
public final class Interpreter implements AutoCloseable {
    private final Config config;
    private final Runtime rt;
    private final ThreadState ts;
    private final Importer importer;
    private final PathFinder pathFinder;
    private final ThreadState previous;
    private final StdStreams previousStreams;

    private Interpreter(Config config, InputStream in, OutputStream out, OutputStream err) {
        BuiltinTypes.boot();
        this.config = config;
        PyModule builtins = BuiltinsModule.create(config.optimize() == 0);
        rt = new Runtime(builtins, config.gil());
        rt.mainThread = Thread.currentThread();
        ts = new ThreadState(rt);
        previous = ThreadState.attach(ts);
        ThreadState.GilScope held = ts.holdGil();
        try {
            IntLimits.setMaxStrDigits(config.intMaxStrDigits());
            PyModule sys = SysModule.create(rt, config);
            rt.modules.setItem(PyStr.of("builtins"), builtins);
            rt.modules.setItem(PyStr.of("sys"), sys);
            previousStreams = StdStreams.install(new SysStreams(rt));

            Map<String, Path> virtual = new HashMap<>();
            PyList path = new PyList();
            for (String p : config.pathPrefix()) {
                path.append(PyStr.of(p));
            }
            String stdlibEntry = stdlibEntry(virtual);
            if (stdlibEntry != null) {
                path.append(PyStr.of(stdlibEntry));
            }
            sys.put("path", path);
            BuiltinModules builtinModules = new BuiltinModules();
            builtinModules.register("sys", () -> sys);
            builtinModules.register("builtins", () -> builtins);
            dev.kaa.vm.modules.JavaModules.registerAll(builtinModules);
            dev.kaa.vm.internal.ext.ExtensionModules.registerAll(builtinModules);
            pathFinder = new PathFinder(rt, config.dontWriteBytecode(), config.optimize(), virtual);
            rt.sources.setFallback(name -> pathFinder.readSource(name));
            importer = new Importer(rt, builtinModules, pathFinder);
            rt.services = new VmServices(importer, rt);
            java.util.List<Object> builtinNames = new java.util.ArrayList<>();
            for (String name : builtinModules.names()) {
                builtinNames.add(PyStr.of(name));
            }
            builtinNames.sort((a, b) -> a.toString().compareTo(b.toString()));
            sys.put("builtin_module_names", dev.kaa.vm.objects.PyTuple.of(builtinNames.toArray()));
            PyList metaPath = (PyList) sys.dict().getItem(PyStr.intern("meta_path"));
            metaPath.append(builtinModules);
            metaPath.append(new dev.kaa.vm.internal.imports.FrozenImporter());
            metaPath.append(pathFinder);
            ((PyList) sys.dict().getItem(PyStr.intern("path_hooks"))).append(pathFinder.pathHook());
            // builtins.open is io.open, as CPython's start-up makes it.
            Object io = importer.importName(ts, "_io", null, PyNone.NONE, 0);
            builtins.put("open", Abstract.getAttr(io, PyStr.intern("open")));
            installStandardStreams(sys, config, in, out, err);
            if (!config.noSite()) {
                dev.kaa.vm.modules.SiteBuiltins.install(builtins, sys);
            }
            PyModule main = new PyModule("__main__");
            main.put("__builtins__", builtins);
            main.put("__annotations__", new PyDict());
            rt.modules.setItem(PyStr.of("__main__"), main);
        } finally {
            held.close();
        }
    }

    /**
     * {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr} (and their {@code __std*__}
     * twins), made as CPython's start-up makes them ({@code IoModule.standardStream}): over the
     * process's descriptors 0, 1 and 2 when the streams given are null (the {@code kaa}
     * command), else over the host's Java streams. Text is UTF-8; stdin and stdout use
     * surrogateescape in UTF-8 mode and in the C, POSIX and C.UTF-8 locales, as CPython does,
     * and strict otherwise; stderr uses backslashreplace.
     */
    private static void installStandardStreams(PyModule sys, Config config, InputStream in, OutputStream out,
            OutputStream err) {
        String locale = firstSet(System.getenv("LC_ALL"), System.getenv("LC_CTYPE"), System.getenv("LANG"), "C");
        boolean cLocale = locale.equals("C") || locale.equals("POSIX") || locale.equalsIgnoreCase("C.UTF-8")
                || locale.equalsIgnoreCase("C.utf8");
        String errors = config.xoptions().containsKey("utf8") || cLocale ? "surrogateescape" : "strict";
        boolean host = in != null || out != null || err != null;
        boolean unbuffered = config.unbuffered();
        Object stdin = dev.kaa.vm.modules.io.IoModule.standardStream(0, host ? nullInput(in) : null, null, "utf-8",
                errors, unbuffered);
        Object stdout = dev.kaa.vm.modules.io.IoModule.standardStream(1, null, host ? nullOutput(out) : null, "utf-8",
                errors, unbuffered);
        Object stderr = dev.kaa.vm.modules.io.IoModule.standardStream(2, null, host ? nullOutput(err) : null, "utf-8",
                "backslashreplace", unbuffered);
        for (String[] names : new String[][] {{"stdin", "__stdin__"}, {"stdout", "__stdout__"}, {"stderr", "__stderr__"}}) {
            Object stream = names[0].equals("stdin") ? stdin : names[0].equals("stdout") ? stdout : stderr;
            sys.put(names[0], stream);
            sys.put(names[1], stream);
        }
    }

    private static String firstSet(String... values) {
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    private static InputStream nullInput(InputStream in) {
        return in != null ? in : InputStream.nullInputStream();
    }

    private static OutputStream nullOutput(OutputStream out) {
        return out != null ? out : OutputStream.nullOutputStream();
    }

    /** The {@code sys.path} entry of the standard library, recording a virtual one in {@code virtual}. */
    private static String stdlibEntry(Map<String, Path> virtual) {
        if (!StdlibLocator.present()) {
            return null;
        }
        try {
            Path lib = StdlibLocator.libDir();
            Path location = StdlibLocator.location();
            if (lib.getFileSystem() == java.nio.file.FileSystems.getDefault()) {
                return lib.toString();
            }
            String entry = location + "/" + StdlibLocator.LIB;
            virtual.put(entry, lib);
            return entry;
        } catch (IOException e) {
            return null;
        }
    }

    /** Makes an interpreter with the given configuration and standard streams. */
    public static Interpreter create(Config config, InputStream in, OutputStream out, OutputStream err) {
        return new Interpreter(config, in, out, err);
    }

    /**
     * Makes an interpreter whose standard streams are the process's own descriptors 0, 1 and 2,
     * as the {@code kaa} command's are: {@code sys.stdout.fileno()} is 1, and a child process
     * started with {@code subprocess} inherits them.
     */
    public static Interpreter create(Config config) {
        return new Interpreter(config, null, null, null);
    }

    private PyModule mainModule() {
        return (PyModule) rt.modules.getItem(PyStr.of("__main__"));
    }

    /** Runs a script file as {@code __main__}; returns the process exit status. */
    public int runFile(Path file, String displayName) {
        return guarded(() -> {
            byte[] source = java.nio.file.Files.readAllBytes(file);
            PyModule main = mainModule();
            main.put("__file__", PyStr.of(displayName));
            main.put("__cached__", PyNone.NONE);
            main.put("__loader__", pathFinder);
            PyCode code = isPyc(source) ? pycCode(source, displayName)
                    : Compiling.compileScript(source, displayName, config.optimize());
            runModuleCode(code, main);
            return 0;
        });
    }

    private static boolean isPyc(byte[] source) {
        return source.length >= 4 && (source[0] & 0xff) == (dev.kaa.bytecode.pyc.PycHeader.MAGIC & 0xff)
                && (source[1] & 0xff) == (dev.kaa.bytecode.pyc.PycHeader.MAGIC >> 8 & 0xff) && source[2] == '\r'
                && source[3] == '\n';
    }

    private static PyCode pycCode(byte[] data, String name) {
        try {
            return new PyCode(dev.kaa.bytecode.pyc.PycFile.parse(data, name).code());
        } catch (dev.kaa.bytecode.pyc.PycFormatException e) {
            throw PyErr.valueError("bad .pyc file %s: %s", name, e.getMessage());
        }
    }

    /** Runs source text ({@code -c}) as {@code __main__}; returns the exit status. */
    public int runSource(String source, String filename) {
        return guarded(() -> {
            PyCode code = Compiling.compile(source, filename, "exec", 0, config.optimize());
            runModuleCode(code, mainModule());
            return 0;
        });
    }

    /**
     * Runs the {@code __main__} module of a folder or ZIP archive ({@code kaa DIR},
     * {@code kaa APP.zip}), which the caller has put first on {@code sys.path}; {@code shown} is
     * the argument as given, for the error when it has none. Returns the exit status.
     */
    public int runMainOf(String shown) {
        return guarded(() -> {
            Runnable body;
            try {
                body = RunModule.prepareMain(rt, importer);
            } catch (PyException e) {
                if (!e.matches(Exceptions.ImportError)) {
                    throw e;
                }
                ExceptionDisplay.write(rt, config.executable() + ": can't find '__main__' module in '" + shown + "'\n");
                return 1;
            }
            body.run();
            return 0;
        });
    }

    /** Runs module {@code name} as {@code __main__} ({@code -m}); returns the exit status. */
    public int runModule(String name) {
        return guarded(() -> {
            Runnable body;
            try {
                body = RunModule.prepare(rt, importer, name);
            } catch (PyException e) {
                if (!e.matches(Exceptions.ImportError)) {
                    throw e;
                }
                // runpy reports a module it cannot find without a traceback.
                ExceptionDisplay.write(rt, config.executable() + ": " + Abstract.str(e.value()).value() + "\n");
                return 1;
            }
            body.run();
            return 0;
        });
    }

    private void runModuleCode(PyCode code, PyModule module) {
        Eval.run(ts, new PyFrame(code, module.dict(), rt.builtins, module.dict(), null));
    }

    /** Runs code with the interpreter's top-level handling of exceptions and SystemExit. */
    private int guarded(Body body) {
        try (var held = ts.holdGil()) {
            int status;
            try {
                status = body.run();
            } catch (PyException e) {
                status = handleTopLevel(e.value());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            int atExit = finish();
            flush();
            return atExit >= 0 ? atExit : status;
        }
    }

    /**
     * What CPython does when the main program ends: waits for non-daemon threads
     * ({@code threading._shutdown}), then runs the {@code atexit} functions. A SystemExit raised
     * there sets the exit status (returned; -1 when none).
     */
    private int finish() {
        int status = -1;
        try {
            Object threading = rt.modules.getItem(PyStr.of("threading"));
            if (threading != null) {
                Object shutdown = Abstract.lookupAttr(threading, PyStr.intern("_shutdown"));
                if (shutdown != null) {
                    Abstract.call(shutdown, new Object[0], null);
                }
            }
        } catch (PyException e) {
            if (e.matches(Exceptions.SystemExit)) {
                status = exitStatus(e.value());
            } else {
                ExceptionDisplay.write(rt, "Exception ignored on threading shutdown:\n");
                ExceptionDisplay.print(rt, e.value());
            }
        }
        dev.kaa.vm.modules.AtexitModule.runExitFuncs(rt);
        finalizeMainGenerators();
        dev.kaa.vm.modules.io.IoModule.flushAtExit(rt);
        return status;
    }

    /**
     * As CPython clears {@code __main__}'s globals at exit (names with one leading underscore
     * first, then the rest, in order), the suspended generators they held are closed, so that
     * their {@code finally} blocks run. Kaa has no reference counts to tell which other objects
     * die then; generators are the case programs notice.
     */
    private void finalizeMainGenerators() {
        PyModule main = mainModule();
        if (main == null) {
            return;
        }
        PyDict d = main.dict();
        List<Object> first = new ArrayList<>(), rest = new ArrayList<>();
        for (Object k : d.keys()) {
            Object v = d.getItem(k);
            if (v instanceof dev.kaa.vm.internal.eval.PyGenerator) {
                String name = k instanceof PyStr s ? s.value() : "";
                (name.startsWith("_") && !name.startsWith("__") ? first : rest).add(v);
            }
        }
        ThreadState ts = ThreadState.current();
        for (List<Object> gens : List.of(first, rest)) {
            for (Object g : gens) {
                ((dev.kaa.vm.internal.eval.PyGenerator) g).finalizeNow(ts);
            }
        }
    }

    /** What an exception reaching the top gives: SystemExit's status, or the traceback and 1. */
    public int handleTopLevel(PyBaseException value) {
        try (var held = ts.holdGil()) {
            if (value.type().isSubtypeOf(Exceptions.SystemExit)) {
                return exitStatus(value);
            }
            ExceptionDisplay.handleUncaught(rt, value);
            if (value.type().isSubtypeOf(Exceptions.KeyboardInterrupt)) {
                return 130;
            }
            return 1;
        }
    }

    private int exitStatus(PyBaseException exit) {
        Object code = Abstract.lookupAttr(exit, PyStr.intern("code"));
        if (code == null) {
            code = exit.args().size() == 0 ? PyNone.NONE : exit.args().size() == 1 ? exit.args().get(0) : exit.args();
        }
        if (code == PyNone.NONE) {
            return 0;
        }
        if (code instanceof PyInt i) {
            return i.isLong() ? (int) i.longValue() & 0xff : 1;
        }
        flushQuietly(rt.sys.dict().getItem(PyStr.intern("stdout")));
        ExceptionDisplay.write(rt, Abstract.str(code).value() + "\n");
        return 1;
    }

    private interface Body {
        int run() throws IOException;
    }

    /** Flushes {@code sys.stdout} and {@code sys.stderr}, as CPython does at exit. */
    public void flush() {
        try (var held = ts.holdGil()) {
            for (String name : new String[] {"stdout", "stderr"}) {
                Object s = rt.sys.dict().getItem(PyStr.intern(name));
                if (s != null && s != PyNone.NONE) {
                    try {
                        Abstract.callMethod(s, "flush");
                    } catch (PyException e) {
                        // CPython reports a failing flush at exit and carries on.
                    }
                }
            }
        }
    }

    private static void flushQuietly(Object stream) {
        if (stream == null || stream == PyNone.NONE) {
            return;
        }
        try {
            Abstract.callMethod(stream, "flush");
        } catch (PyException e) {
            // Nothing more to do at exit.
        }
    }

    /** What the REPL's last input was: not yet a whole statement, run, or a request to exit. */
    public enum Statement { INCOMPLETE, DONE, EXIT }

    private int exitStatus;

    /** The status a SystemExit in the REPL asked for. */
    public int exitStatus() {
        return exitStatus;
    }

    /**
     * Compiles and runs one interactive input ({@code single} mode, so expression values are
     * displayed), or answers that more lines are needed. Errors are printed as tracebacks.
     */
    public Statement interactiveStatement(String source) {
        try (var held = ts.holdGil()) {
            return runInteractive(source);
        }
    }

    private Statement runInteractive(String source) {
        if (source.isBlank()) {
            return Statement.DONE;
        }
        String[] lines = source.split("\n", -1);
        boolean blockOpen = lines[0].stripTrailing().endsWith(":") || lines[0].stripLeading().startsWith("@");
        boolean endsWithBlank = source.endsWith("\n\n") || lines.length >= 2 && lines[lines.length - 2].isBlank();
        PyCode code;
        try {
            code = Compiling.compile(source, "<stdin>", "single", 0, config.optimize());
        } catch (PyException e) {
            String msg = Abstract.str(e.value()).value();
            if (!endsWithBlank && (blockOpen || msg.contains("was never closed") || msg.contains("unterminated triple-quoted")
                    || msg.contains("expected an indented block") || msg.contains("unexpected EOF"))) {
                return Statement.INCOMPLETE;
            }
            handleTopLevel(e.value());
            return Statement.DONE;
        }
        if (blockOpen && !endsWithBlank) {
            return Statement.INCOMPLETE;
        }
        try {
            runModuleCode(code, mainModule());
        } catch (PyException e) {
            if (e.matches(Exceptions.SystemExit)) {
                exitStatus = exitStatus(e.value());
                return Statement.EXIT;
            }
            handleTopLevel(e.value());
        } finally {
            flush();
        }
        return Statement.DONE;
    }

    /**
     * Asks the interpreter's main thread to raise KeyboardInterrupt at its next check point (to
     * run its Python SIGINT handler, once {@code _signal} has one): what Ctrl-C does, and how a
     * host stops a program that runs too long.
     */
    public void interrupt() {
        rt.setBreaker(Runtime.INTERRUPT);
    }

    /**
     * Gives the process's SIGINT to this interpreter's {@code _signal}: Ctrl-C then runs the
     * Python SIGINT handler in the main thread, {@code default_int_handler} (KeyboardInterrupt) at
     * first. What the launcher does; an embedding program may leave the JVM's SIGINT alone.
     */
    public void installSignalHandlers() {
        dev.kaa.vm.modules.signal.SignalModule.installInterruptHandler(rt);
    }

    /** Lets uncaught tracebacks be coloured, as CPython 3.13 does on a terminal. */
    public void colorTracebacks(boolean color) {
        rt.colorTracebacks = color;
    }

    /** The module namespace of {@code __main__}. */
    public Object mainNamespace() {
        return mainModule().dict();
    }

    /** Sets {@code sys.argv}. */
    public void setArgv(java.util.List<String> argv) {
        try (var held = ts.holdGil()) {
            PyList l = new PyList();
            for (String a : argv) {
                l.append(PyStr.of(a));
            }
            rt.sys.put("argv", l);
        }
    }

    @Override public void close() {
        flush();
        rt.finalizing = true;
        StdStreams.install(previousStreams);
        ThreadState.attach(previous);
    }

    /** {@code print}'s and {@code input}'s view of {@code sys}'s streams. */
    private record SysStreams(Runtime rt) implements StdStreams {
        @Override public Object stdout() {
            return rt.sys.dict().getItem(PyStr.intern("stdout"));
        }

        @Override public Object stderr() {
            return rt.sys.dict().getItem(PyStr.intern("stderr"));
        }

        @Override public Object stdin() {
            return rt.sys.dict().getItem(PyStr.intern("stdin"));
        }
    }

    /** The services the loop calls back into. */
    private record VmServices(Importer importer, Runtime rt) implements Runtime.Services {
        @Override public Object importName(ThreadState ts, String name, PyDict globals, Object fromlist, int level) {
            return importer.importName(ts, name, globals, fromlist, level);
        }

        @Override public void warn(Object category, String message, int stacklevel) {
            ThreadState ts = ThreadState.current();
            Object warnings;
            try {
                warnings = importer.importName(ts, "warnings", null, PyNone.NONE, 0);
            } catch (PyException e) {
                if (!e.matches(Exceptions.ImportError)) {
                    throw e;
                }
                dev.kaa.vm.modules.WarningsFallback.warn(rt, category, message, stacklevel);
                return;
            }
            Abstract.call(Abstract.getAttr(warnings, "warn"), new Object[] {PyStr.of(message), category,
                    PyInt.of(stacklevel)}, null);
        }

        @Override public void unraisable(PyException e, Object obj) {
            dev.kaa.vm.modules.Weakrefs.writeUnraisable(e, obj);
        }

        @Override public void displayHook(Object value) {
            Object hook = rt.sys.dict().getItem(PyStr.intern("displayhook"));
            if (hook == null) {
                throw PyErr.runtimeError("lost sys.displayhook");
            }
            Abstract.call(hook, value);
        }
    }
}
