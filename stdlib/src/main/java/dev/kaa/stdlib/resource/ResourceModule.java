package dev.kaa.stdlib.resource;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import dev.kaa.stdlib.internal.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * {@code resource}: the process's resource limits and usage, read and set with the C library's
 * {@code getrlimit}, {@code setrlimit}, {@code prlimit} and {@code getrusage} (through
 * {@link Libc}), so they are the limits of the process Kaa runs in, the JVM's included:
 * lowering {@code RLIMIT_NOFILE} limits the JVM's own files too. Linux on a 64-bit machine:
 * {@code rlim_t} and {@code long} are 64 bits, {@code RLIM_INFINITY} reads as -1 as it does in
 * CPython.
 *
 * <p>Thread safety: stateless; each call has its own native memory.
 */
public final class ResourceModule implements ExtensionModule {
    /** Linux's resource numbers, and how many there are ({@code RLIM_NLIMITS}). */
    private static final String[] LIMITS = {"RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_DATA", "RLIMIT_STACK",
        "RLIMIT_CORE", "RLIMIT_RSS", "RLIMIT_NPROC", "RLIMIT_NOFILE", "RLIMIT_MEMLOCK", "RLIMIT_AS",
        "RLIMIT_LOCKS", "RLIMIT_SIGPENDING", "RLIMIT_MSGQUEUE", "RLIMIT_NICE", "RLIMIT_RTPRIO", "RLIMIT_RTTIME"};
    private static final int EPERM = 1;
    private static final int EINVAL = 22;

    private static final MethodHandle GETRLIMIT = Libc.function("getrlimit",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle SETRLIMIT = Libc.function("setrlimit",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle PRLIMIT = Libc.function("prlimit",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
                    ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    private static final MethodHandle GETRUSAGE = Libc.function("getrusage",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle GETPAGESIZE = Libc.function("getpagesize",
            FunctionDescriptor.of(ValueLayout.JAVA_INT));
    /** {@code struct rusage}: two {@code struct timeval}s, then fourteen {@code long}s. */
    private static final int RUSAGE_SIZE = 2 * 16 + 14 * 8;

    private static PythonType structRusage;

    @Override public String name() {
        return "resource";
    }

    @Override public void initialize(ModuleDefinition m) {
        m.doc("The process's resource limits (getrlimit, setrlimit, prlimit) and the resources it and its\n"
                + "children have used (getrusage), from the C library.");
        m.addFunctions(ResourceModule.class, MethodHandles.lookup());
        structRusage = m.addStructSequence("struct_rusage",
                "struct_rusage: what getrusage() returns.\n\n"
                + "A tuple of (utime, stime, maxrss, ixrss, idrss, isrss, minflt, majflt, nswap, inblock,\n"
                + "oublock, msgsnd, msgrcv, nsignals, nvcsw, nivcsw), whose items are also the attributes\n"
                + "ru_utime, ru_stime, ru_maxrss and so on. The times are in seconds.",
                16, "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt",
                "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals",
                "ru_nvcsw", "ru_nivcsw");
        m.add("error", Py.builtinType("OSError"));
        for (int i = 0; i < LIMITS.length; i++) {
            m.add(LIMITS[i], i);
        }
        m.add("RLIMIT_OFILE", 7);
        m.add("RLIM_INFINITY", -1L);
        m.add("RUSAGE_SELF", 0);
        m.add("RUSAGE_CHILDREN", -1);
        m.add("RUSAGE_THREAD", 1);
    }

    @PyMethod(doc = "getrlimit(resource, /)\n--\n\n"
            + "The (soft, hard) limits of the resource, -1 (RLIM_INFINITY) for no limit.")
    static Object getrlimit(int resource) {
        checkResource(resource);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            MemorySegment limits = arena.allocate(16);
            int rc = Libc.call(GETRLIMIT, state, resource, limits);
            if (rc != 0) {
                throw Py.osError(Libc.errno(state), null);
            }
            return pair(limits);
        }
    }

    @PyMethod(doc = "setrlimit(resource, limits, /)\n--\n\n"
            + "Sets the resource's limits to limits, a pair (soft, hard); -1 (RLIM_INFINITY) for no limit.\n"
            + "Raising the hard limit needs privilege.")
    static void setrlimit(int resource, Object limits) {
        checkResource(resource);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            MemorySegment wanted = limitsOf(arena, limits);
            int rc = Libc.call(SETRLIMIT, state, resource, wanted);
            if (rc != 0) {
                throw limitError(Libc.errno(state));
            }
        }
    }

    @PyMethod(doc = "prlimit(pid, resource, limits=None, /)\n--\n\n"
            + "The (soft, hard) limits of the resource for process pid (0: this one), after setting them to\n"
            + "limits first when it is given; the limits returned are those before.")
    static Object prlimit(int pid, int resource, @Opt Object limits) {
        checkResource(resource);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            MemorySegment wanted = limits == null || limits == Py.none() ? MemorySegment.NULL : limitsOf(arena, limits);
            MemorySegment old = arena.allocate(16);
            int rc = Libc.call(PRLIMIT, state, pid, resource, wanted, old);
            if (rc != 0) {
                throw limitError(Libc.errno(state));
            }
            return pair(old);
        }
    }

    @PyMethod(doc = "getrusage(who, /)\n--\n\n"
            + "The resources used by this process (RUSAGE_SELF), its waited-for children (RUSAGE_CHILDREN)\n"
            + "or the calling thread (RUSAGE_THREAD), as a struct_rusage.")
    static Object getrusage(int who) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            MemorySegment usage = arena.allocate(RUSAGE_SIZE);
            int rc = Libc.call(GETRUSAGE, state, who, usage);
            if (rc != 0) {
                int errno = Libc.errno(state);
                throw errno == EINVAL ? Py.valueError("invalid who parameter") : Py.osError(errno, null);
            }
            Object[] fields = new Object[16];
            fields[0] = Py.floating(seconds(usage, 0));
            fields[1] = Py.floating(seconds(usage, 16));
            for (int i = 0; i < 14; i++) {
                fields[2 + i] = Py.integer(usage.get(ValueLayout.JAVA_LONG, 32 + 8L * i));
            }
            return Py.structSequence(structRusage, fields);
        }
    }

    @PyMethod(doc = "getpagesize()\n--\n\nThe size of a memory page, in bytes.")
    static long getpagesize() {
        try (Arena arena = Arena.ofConfined()) {
            return Libc.call(GETPAGESIZE, Libc.callState(arena));
        }
    }

    private static void checkResource(int resource) {
        if (resource < 0 || resource >= LIMITS.length) {
            throw Py.valueError("invalid resource specified");
        }
    }

    /** A {@code struct timeval} as seconds, as CPython adds its two fields. */
    private static double seconds(MemorySegment usage, long offset) {
        return usage.get(ValueLayout.JAVA_LONG, offset) + usage.get(ValueLayout.JAVA_LONG, offset + 8) * 0.000001;
    }

    private static Object pair(MemorySegment limits) {
        return Py.tuple(Py.integer(limits.get(ValueLayout.JAVA_LONG, 0)),
                Py.integer(limits.get(ValueLayout.JAVA_LONG, 8)));
    }

    /** A {@code struct rlimit} from a Python pair, with CPython's complaints about other values. */
    private static MemorySegment limitsOf(Arena arena, Object limits) {
        Object items = Py.call(Py.builtinType("tuple"), limits);
        if (Py.len(items) != 2) {
            throw Py.valueError("expected a tuple of 2 integers");
        }
        MemorySegment segment = arena.allocate(16);
        segment.set(ValueLayout.JAVA_LONG, 0, Py.asLong(Py.getItem(items, Py.integer(0))));
        segment.set(ValueLayout.JAVA_LONG, 8, Py.asLong(Py.getItem(items, Py.integer(1))));
        return segment;
    }

    private static RuntimeException limitError(int errno) {
        return switch (errno) {
            case EINVAL -> Py.valueError("current limit exceeds maximum limit");
            case EPERM -> Py.valueError("not allowed to raise maximum limit");
            default -> Py.osError(errno, null);
        };
    }
}
