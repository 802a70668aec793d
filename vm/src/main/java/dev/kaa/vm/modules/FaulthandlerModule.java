package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFrame;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * {@code faulthandler}: Python tracebacks written straight to a file descriptor, on demand
 * ({@code dump_traceback}), from a watchdog thread after a timeout
 * ({@code dump_traceback_later}), and when Kaa dies of a fatal internal error while enabled
 * ({@link #fatalError}). The format is CPython's: a header per thread, then
 * {@code File "…", line N in name} per frame, most recent first, at most 100 frames.
 *
 * <p>Unlike CPython's, {@code enable()} installs no handlers for SIGSEGV, SIGFPE, SIGABRT,
 * SIGBUS or SIGILL: the JVM owns those signals (it uses SIGSEGV itself) and reports its own
 * crashes. {@code register()} for user signals, and CPython's crash helpers for its own tests
 * ({@code _sigsegv}, {@code _read_null} …), are not provided.
 *
 * <p>Thread safety: other threads' frames are read while they run, as CPython's watchdog reads
 * them, so a dump may show a frame a moment old; the state of each interpreter is guarded by
 * its monitor.
 */
public final class FaulthandlerModule {
    private FaulthandlerModule() {}

    private static final int MAX_FRAMES = 100;
    private static final int MAX_THREADS = 100;

    /** One interpreter's settings. */
    private static final class State {
        boolean enabled;
        int fd;
        PosixFdTable table;
        boolean allThreads;
        /** The file object given to enable(), kept alive as CPython keeps it. */
        Object file;
        Thread watchdog;
    }

    private static final Map<Runtime, State> STATES = Collections.synchronizedMap(new WeakHashMap<>());

    public static PyModule create() {
        PyModule m = new PyModule("faulthandler");
        m.put("__doc__", PyStr.of("Python tracebacks written straight to a file descriptor: on demand, after a timeout,\n"
                + "and when the interpreter dies of a fatal error.\n"));
        Exposer.functions(FaulthandlerModule.class, MethodHandles.lookup(), "faulthandler", m).forEach(m::put);
        return m;
    }

    private static State state() {
        return STATES.computeIfAbsent(ThreadState.current().runtime, r -> new State());
    }

    @PyMethod(positionalOnly = 0, doc = "dump_traceback($module, /, file=sys.stderr, all_threads=True)\n--\n\n"
            + "Writes the traceback of the current thread, or of every thread if all_threads is true, to file.")
    static void dump_traceback(@Opt Object file, @Opt("True") boolean all_threads) {
        int fd = descriptor(file);
        ThreadState ts = ThreadState.current();
        write(PosixFdTable.current(), fd, all_threads ? threads(ts.runtime, Thread.currentThread()) : stack("Stack", ts.frame));
    }

    @PyMethod(positionalOnly = 0, doc = "enable($module, /, file=sys.stderr, all_threads=True)\n--\n\n"
            + "Enables the fault handler: if Kaa dies of a fatal internal error, the tracebacks of the\n"
            + "current thread, or of every thread if all_threads is true, are written to file.")
    static void enable(@Opt Object file, @Opt("True") boolean all_threads) {
        int fd = descriptor(file);
        State s = state();
        synchronized (s) {
            s.enabled = true;
            s.fd = fd;
            s.table = PosixFdTable.current();
            s.allThreads = all_threads;
            s.file = file == null || file == PyNone.NONE ? null : file;
        }
    }

    @PyMethod(doc = "disable($module, /)\n--\n\nDisables the fault handler; true if it was enabled.")
    static boolean disable() {
        State s = state();
        synchronized (s) {
            boolean was = s.enabled;
            s.enabled = false;
            s.file = null;
            return was;
        }
    }

    @PyMethod(doc = "is_enabled($module, /)\n--\n\nWhether the fault handler is enabled.")
    static boolean is_enabled() {
        State s = state();
        synchronized (s) {
            return s.enabled;
        }
    }

    @PyMethod(positionalOnly = 0, doc = "dump_traceback_later($module, /, timeout, repeat=False, file=sys.stderr, exit=False)\n"
            + "--\n\n"
            + "Writes the tracebacks of every thread to file after timeout seconds, or every timeout seconds if\n"
            + "repeat is true; then ends the process at once with status 1 if exit is true. A new call, or\n"
            + "cancel_dump_traceback_later(), cancels the one before.")
    static void dump_traceback_later(double timeout, @Opt("False") boolean repeat, @Opt Object file,
            @Opt("False") boolean exit) {
        if (!(timeout > 0)) {
            throw PyErr.valueError("timeout must be greater than 0");
        }
        if (timeout * 1e6 >= Long.MAX_VALUE / 1000.0) {
            throw PyErr.overflowError("timestamp out of range for platform time_t");
        }
        int fd = descriptor(file);
        long nanos = (long) (timeout * 1e9);
        String header = "Timeout (" + clock(timeout) + ")!\n";
        Runtime rt = ThreadState.current().runtime;
        PosixFdTable table = PosixFdTable.current();
        State s = state();
        synchronized (s) {
            cancel(s);
            Thread watchdog = Thread.ofPlatform().daemon(true).name("faulthandler watchdog").unstarted(() -> {
                try {
                    do {
                        Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
                        write(table, fd, header + threads(rt, null));
                    } while (repeat && !exit);
                    if (exit) {
                        java.lang.Runtime.getRuntime().halt(1);
                    }
                } catch (InterruptedException e) {
                    // cancelled
                }
            });
            s.watchdog = watchdog;
            watchdog.start();
        }
    }

    @PyMethod(doc = "cancel_dump_traceback_later($module, /)\n--\n\nCancels the dump dump_traceback_later() scheduled.")
    static void cancel_dump_traceback_later() {
        State s = state();
        synchronized (s) {
            cancel(s);
        }
    }

    private static void cancel(State s) {
        if (s.watchdog != null) {
            s.watchdog.interrupt();
            s.watchdog = null;
        }
    }

    /**
     * Kaa is dying of a fatal internal error: every interpreter whose fault handler is enabled
     * gets CPython's report ("Fatal Python error: …" and the tracebacks) on its file.
     */
    public static void fatalError(String message) {
        List<Map.Entry<Runtime, State>> states;
        synchronized (STATES) {
            states = new ArrayList<>(STATES.entrySet());
        }
        for (Map.Entry<Runtime, State> e : states) {
            State s = e.getValue();
            if (s.enabled) {
                ThreadState ts = ThreadState.currentOrNull();
                String stacks = s.allThreads ? threads(e.getKey(), Thread.currentThread())
                        : stack("Stack", ts == null ? null : ts.frame);
                write(s.table, s.fd, "Fatal Python error: " + message + "\n\n" + stacks);
            }
        }
    }

    /** The descriptor of a file argument: sys.stderr's when absent or None, as CPython finds it. */
    private static int descriptor(Object file) {
        Object f = file;
        if (f == null || f == PyNone.NONE) {
            f = Abstract.getAttr(ThreadState.current().runtime.sys, PyStr.of("stderr"));
            if (f == null || f == PyNone.NONE) {
                throw PyErr.runtimeError("sys.stderr is None");
            }
        }
        if (f instanceof dev.kaa.vm.objects.PyInt) {
            int fd = Abstract.asInt(f);
            if (fd < 0) {
                throw PyErr.valueError("file is not a valid file descriptor");
            }
            return fd;
        }
        Object fd = Abstract.callMethod(f, "fileno");
        if (!(fd instanceof dev.kaa.vm.objects.PyInt)) {
            throw PyErr.runtimeError("file.fileno() is not a valid file descriptor");
        }
        int n = Abstract.asInt(fd);
        if (n < 0) {
            throw PyErr.runtimeError("file.fileno() is not a valid file descriptor");
        }
        try {
            Abstract.callMethod(f, "flush");
        } catch (dev.kaa.vm.objects.PyException e) {
            // CPython ignores a failing flush: the dump goes to the descriptor anyway.
        }
        return n;
    }

    /** Every thread of the interpreter, newest first, {@code current} marked as such. */
    private static String threads(Runtime rt, Thread current) {
        List<Map.Entry<Thread, ThreadState>> all = new ArrayList<>(rt.threads.entrySet());
        all.sort(Comparator.comparingLong((Map.Entry<Thread, ThreadState> e) -> e.getKey().threadId()).reversed());
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (Map.Entry<Thread, ThreadState> e : all) {
            if (n > 0) {
                out.append('\n');
            }
            if (++n > MAX_THREADS) {
                out.append("...\n");
                break;
            }
            String id = String.format("0x%016x", e.getKey().threadId());
            out.append(stack((e.getKey() == current ? "Current thread " : "Thread ") + id, e.getValue().frame));
        }
        return out.toString();
    }

    /** One thread's header and frames, most recent first. */
    private static String stack(String header, PyFrame frame) {
        StringBuilder out = new StringBuilder(header).append(" (most recent call first):\n");
        if (frame == null) {
            out.append("  <no Python frame>\n");
            return out.toString();
        }
        int depth = 0;
        for (PyFrame f = frame; f != null; f = f.back) {
            if (depth++ == MAX_FRAMES) {
                out.append("  ...\n");
                break;
            }
            int line = f.lineno();
            out.append("  File \"").append(f.filename() == null ? "???" : f.filename()).append("\", line ")
                    .append(line < 0 ? "???" : Integer.toString(line)).append(" in ").append(f.name()).append('\n');
        }
        return out.toString();
    }

    /** CPython's timeout text: H:MM:SS, with microseconds when there are any. */
    private static String clock(double timeout) {
        long micros = Math.round(timeout * 1e6);
        long seconds = micros / 1_000_000;
        String text = String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        return micros % 1_000_000 == 0 ? text : text + String.format(".%06d", micros % 1_000_000);
    }

    /**
     * Writes to the descriptor of {@code table}, as a signal handler would: errors are ignored.
     * The table is the interpreter's, captured by the caller: the watchdog thread runs no Python.
     */
    private static void write(PosixFdTable table, int fd, String text) {
        try {
            table.get(fd).write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // A dump must never raise: CPython's writes ignore errors too.
        }
    }
}
