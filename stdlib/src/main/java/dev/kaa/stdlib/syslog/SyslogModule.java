package dev.kaa.stdlib.syslog;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonException;
import dev.kaa.stdlib.internal.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;

/**
 * {@code syslog}: messages to the system logger through the C library's {@code openlog},
 * {@code syslog}, {@code setlogmask} and {@code closelog}, with CPython's defaults (the first
 * message opens the log with the script's name, {@code sys.argv[0]}'s last component, as its
 * ident) and audit events.
 *
 * <p>Thread safety: the log is the process's, as in C. {@link #LOG} records whether it is open
 * and holds the ident string, which the C library keeps pointing at (it does not copy it); it
 * is locked only around native calls, never while Python code runs. The ident lives in an
 * automatically managed arena: a call that is using it keeps it reachable, so a concurrent
 * {@code openlog} cannot free it under the call.
 */
public final class SyslogModule implements ExtensionModule {
    private static final int LOG_USER = 8;
    private static final int LOG_INFO = 6;

    private static final MethodHandle OPENLOG = Libc.function("openlog",
            FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle SYSLOG = Libc.function("syslog",
            FunctionDescriptor.ofVoid(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS),
            Linker.Option.firstVariadicArg(2));
    private static final MethodHandle CLOSELOG = Libc.function("closelog", FunctionDescriptor.ofVoid());
    private static final MethodHandle SETLOGMASK = Libc.function("setlogmask",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

    /** The process's log: whether it is open, and the ident the C library was given (or NULL). */
    private static final class Log {
        boolean open;
        MemorySegment ident = MemorySegment.NULL;
    }

    private static final Log LOG = new Log();

    /** Priorities, facilities and options of Linux's {@code <syslog.h>}. */
    private static final Object[][] CONSTANTS = {
        {"LOG_EMERG", 0}, {"LOG_ALERT", 1}, {"LOG_CRIT", 2}, {"LOG_ERR", 3}, {"LOG_WARNING", 4},
        {"LOG_NOTICE", 5}, {"LOG_INFO", 6}, {"LOG_DEBUG", 7},
        {"LOG_KERN", 0}, {"LOG_USER", 8}, {"LOG_MAIL", 16}, {"LOG_DAEMON", 24}, {"LOG_AUTH", 32},
        {"LOG_SYSLOG", 40}, {"LOG_LPR", 48}, {"LOG_NEWS", 56}, {"LOG_UUCP", 64}, {"LOG_CRON", 72},
        {"LOG_AUTHPRIV", 80}, {"LOG_FTP", 88},
        {"LOG_LOCAL0", 128}, {"LOG_LOCAL1", 136}, {"LOG_LOCAL2", 144}, {"LOG_LOCAL3", 152},
        {"LOG_LOCAL4", 160}, {"LOG_LOCAL5", 168}, {"LOG_LOCAL6", 176}, {"LOG_LOCAL7", 184},
        {"LOG_PID", 1}, {"LOG_CONS", 2}, {"LOG_ODELAY", 4}, {"LOG_NDELAY", 8}, {"LOG_NOWAIT", 16},
        {"LOG_PERROR", 32},
    };

    @Override public String name() {
        return "syslog";
    }

    @Override public void initialize(ModuleDefinition m) {
        m.addFunctions(SyslogModule.class, MethodHandles.lookup());
        for (Object[] c : CONSTANTS) {
            m.add((String) c[0], c[1]);
        }
    }

    @PyMethod(positionalOnly = 0, doc = "openlog($module, /, ident=<unrepresentable>, logoption=0,\n"
            + "        facility=LOG_USER)\n--\n\n"
            + "Sets how later messages are logged: their ident (by default the script's name), the\n"
            + "options (LOG_PID, LOG_CONS …) and the default facility.")
    static void openlog(@Opt Object ident, @Opt("0") long logoption, @Opt("8") long facility) {
        if (ident != null && !Py.isInstance(ident, Py.builtinType("str"))) {
            throw Py.typeError("openlog() argument 'ident' must be str, not "
                    + (ident == Py.none() ? "None" : Py.typeOf(ident).name()));
        }
        open(ident != null ? ident : scriptName(), logoption, facility);
    }

    @PyMethod(doc = "syslog([priority=LOG_INFO,] message)\n"
            + "Sends the string message to the system logger, with the priority (and facility) given.")
    static void syslog(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Py.typeError("syslog.syslog() takes no keyword arguments");
        }
        if (args.length < 1 || args.length > 2) {
            throw Py.typeError("syslog.syslog requires 1 to 2 arguments");
        }
        int pri = args.length == 2 ? toCInt(Py.asLong(args[0])) : LOG_INFO;
        Object message = args[args.length - 1];
        if (!Py.isInstance(message, Py.builtinType("str"))) {
            throw Py.typeError("syslog() argument " + args.length + " must be str, not "
                    + (message == Py.none() ? "None" : Py.typeOf(message).name()));
        }
        byte[] text = utf8(message);
        if (indexOfNul(text) >= 0) {
            throw Py.valueError("embedded null character");
        }
        Py.callMethod(Py.importModule("sys"), "audit", Py.str("syslog.syslog"), Py.integer(pri), message);
        boolean isOpen;
        synchronized (LOG) {
            isOpen = LOG.open;
        }
        if (!isOpen) {
            // Outside the lock: open() runs audit hooks, Python code that may let another
            // thread take the GIL and come here.
            open(scriptName(), 0, LOG_USER);
        }
        MemorySegment ident;
        synchronized (LOG) {
            ident = LOG.ident;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment format = Libc.string(arena, "%s".getBytes(StandardCharsets.US_ASCII));
            MemorySegment c = Libc.string(arena, text);
            // syslog() may block on the logging socket: let other threads run meanwhile.
            try (var released = Py.releaseGil()) {
                Libc.call(SYSLOG, Libc.callState(arena), pri, format, c);
            }
        } finally {
            Reference.reachabilityFence(ident);
        }
    }

    @PyMethod(doc = "closelog($module, /)\n--\n\n"
            + "Closes the log, so that the next message opens it again with the default settings.")
    static void closelog() {
        Py.callMethod(Py.importModule("sys"), "audit", Py.str("syslog.closelog"));
        synchronized (LOG) {
            if (LOG.open) {
                try (Arena arena = Arena.ofConfined()) {
                    Libc.call(CLOSELOG, Libc.callState(arena));
                }
                LOG.open = false;
                LOG.ident = MemorySegment.NULL;
            }
        }
    }

    @PyMethod(doc = "setlogmask($module, maskpri, /)\n--\n\n"
            + "Sets the mask of the priorities that are logged (0: leave it) and returns the mask before.")
    static long setlogmask(long maskpri) {
        Py.callMethod(Py.importModule("sys"), "audit", Py.str("syslog.setlogmask"), Py.integer(maskpri));
        try (Arena arena = Arena.ofConfined()) {
            return Libc.call(SETLOGMASK, Libc.callState(arena), (int) maskpri);
        }
    }

    @PyMethod(doc = "LOG_MASK($module, pri, /)\n--\n\nThe mask of the single priority pri.")
    static long LOG_MASK(long pri) {
        // C's int shift, as the macro computes it on this machine (the count taken modulo 32).
        return 1 << (int) pri;
    }

    @PyMethod(doc = "LOG_UPTO($module, pri, /)\n--\n\nThe mask of the priorities up to pri, pri included.")
    static long LOG_UPTO(long pri) {
        return (1 << (int) (pri + 1)) - 1;
    }

    /** openlog() itself; ident is a str, or None when there is no script name to give. */
    private static void open(Object ident, long logoption, long facility) {
        Py.callMethod(Py.importModule("sys"), "audit", Py.str("syslog.openlog"), ident,
                Py.integer(logoption), Py.integer(facility));
        MemorySegment c = ident == Py.none() ? MemorySegment.NULL : Libc.string(Arena.ofAuto(), utf8(ident));
        synchronized (LOG) {
            try (Arena arena = Arena.ofConfined()) {
                Libc.call(OPENLOG, Libc.callState(arena), c, (int) logoption, (int) facility);
            }
            LOG.open = true;
            LOG.ident = c;
        }
    }

    /** What CPython names the log by default: the last component of sys.argv[0], or None. */
    private static Object scriptName() {
        Object argv;
        try {
            argv = Py.getAttr(Py.importModule("sys"), "argv");
        } catch (PythonException e) {
            return Py.none();
        }
        if (!Py.isInstance(argv, Py.builtinType("list")) || Py.len(argv) == 0) {
            return Py.none();
        }
        Object script = Py.getItem(argv, Py.integer(0));
        if (!Py.isInstance(script, Py.builtinType("str")) || Py.len(script) == 0) {
            return Py.none();
        }
        String s = Py.asString(script);
        int slash = s.lastIndexOf('/');
        return slash < 0 ? script : Py.str(s.substring(slash + 1));
    }

    /** A priority as CPython's "i" argument format takes it. */
    private static int toCInt(long v) {
        if (v > Integer.MAX_VALUE) {
            throw Py.overflowError("signed integer is greater than maximum");
        }
        if (v < Integer.MIN_VALUE) {
            throw Py.overflowError("signed integer is less than minimum");
        }
        return (int) v;
    }

    /** A str's UTF-8 bytes, with CPython's error for a lone surrogate. */
    private static byte[] utf8(Object text) {
        return Py.asBytes(Py.callMethod(text, "encode", Py.str("utf-8")));
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
