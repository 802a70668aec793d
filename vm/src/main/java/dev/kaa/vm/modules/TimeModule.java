package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PySimpleNamespace;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import java.lang.invoke.MethodHandles;
import java.time.Instant;

/**
 * {@code time}: clocks, sleeping, and broken-down times in UTC and the local zone, with glibc's
 * answers: the zone is what {@code TZ} names ({@link TimeZone}: zone files, POSIX rule strings),
 * {@code mktime} is glibc's ({@link TimeMktime}), formatting is glibc's in the C locale
 * ({@link TimeFormat}).
 *
 * <p>Thread safety: stateless; what C keeps per process is per interpreter in {@link TimeState}.
 */
public final class TimeModule {
    private TimeModule() {}

    private static final long START_NANOS = System.nanoTime();
    // Linux clock ids, as CPython exposes them.
    static final int CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1, CLOCK_PROCESS_CPUTIME_ID = 2,
            CLOCK_THREAD_CPUTIME_ID = 3, CLOCK_MONOTONIC_RAW = 4, CLOCK_BOOTTIME = 7, CLOCK_TAI = 11;

    public static PyModule create() {
        PyModule m = new PyModule("time");
        m.put("__doc__", PyStr.of("Clocks, sleeping, and conversions between timestamps, struct_time and text."));
        Exposer.functions(TimeModule.class, MethodHandles.lookup(), "time", m).forEach(m::put);
        m.put("struct_time", TimeTm.STRUCT_TIME.type());
        m.put("_STRUCT_TM_ITEMS", PyInt.of(11));
        m.put("CLOCK_REALTIME", PyInt.of(CLOCK_REALTIME));
        m.put("CLOCK_MONOTONIC", PyInt.of(CLOCK_MONOTONIC));
        m.put("CLOCK_PROCESS_CPUTIME_ID", PyInt.of(CLOCK_PROCESS_CPUTIME_ID));
        m.put("CLOCK_THREAD_CPUTIME_ID", PyInt.of(CLOCK_THREAD_CPUTIME_ID));
        m.put("CLOCK_MONOTONIC_RAW", PyInt.of(CLOCK_MONOTONIC_RAW));
        m.put("CLOCK_BOOTTIME", PyInt.of(CLOCK_BOOTTIME));
        m.put("CLOCK_TAI", PyInt.of(CLOCK_TAI));
        putZone(m, TimeState.current());
        return m;
    }

    /**
     * {@code timezone}, {@code altzone}, {@code daylight}, {@code tzname} as CPython computes them
     * on glibc: from local time about January 1 and July 2 of this year (the later offset is
     * standard time, so the southern hemisphere comes out right), names cut to 9 characters.
     */
    static void putZone(PyModule m, TimeState state) {
        putZone(m, state, state.tzset());
    }

    /** {@link #putZone(PyModule, TimeState)} for the zone a java.time id names (for Java callers). */
    static void putZone(PyModule m, java.time.ZoneId zone) {
        putZone(m, new TimeState(), TimeZone.of(zone));
    }

    private static void putZone(PyModule m, TimeState state, TimeZone zone) {
        final long year = (365 * 24 + 6) * 3600L;
        long t = Math.floorDiv(Math.floorDiv(nowNanos(), 1_000_000_000L), year) * year;
        TimeZone.Local jan = zone.at(t), jul = zone.at(t + year / 2);
        String janName = cut(jan.abbr()), julName = cut(jul.abbr());
        long janZone = -jan.offset(), julZone = -jul.offset();
        boolean south = janZone < julZone;
        state.stdName = south ? julName : janName;
        state.dstName = south ? janName : julName;
        m.put("timezone", PyInt.of(south ? julZone : janZone));
        m.put("altzone", PyInt.of(south ? janZone : julZone));
        m.put("daylight", PyInt.of(janZone != julZone ? 1 : 0));
        m.put("tzname", PyTuple.of(PyStr.of(state.stdName), PyStr.of(state.dstName)));
        state.cNames = jul.names();
    }

    private static String cut(String name) {
        return name.length() > 9 ? name.substring(0, 9) : name;
    }

    // ---- clocks

    private static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static long monotonicNanos() {
        return System.nanoTime() - START_NANOS;
    }

    /**
     * The CPU time of every thread of the process, dead ones included: user and system time from
     * /proc/self/stat, in Linux's clock ticks of 10 ms (USER_HZ is 100 on every Linux ABI).
     */
    private static long processNanos() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            // Fields after the command name (which may hold spaces) start at its closing parenthesis.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
        } catch (java.io.IOException | RuntimeException e) {
            return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
        }
    }

    /**
     * Name prefixes (as /proc shows them) of the JVM's threads that spend CPU time on their own:
     * the compilers and the collectors. The others are near idle, and each read costs.
     */
    private static final String[] JVM_THREADS = {"C1 CompilerThre", "C2 CompilerThre", "GC Thread", "G1 ",
        "VM Thread"};

    /** The schedstat files of the JVM's own threads now alive. */
    private static java.util.List<java.nio.file.Path> jvmTasks() {
        java.util.List<java.nio.file.Path> found = new java.util.ArrayList<>();
        try (var tasks = java.nio.file.Files.newDirectoryStream(java.nio.file.Path.of("/proc/self/task"))) {
            for (java.nio.file.Path task : tasks) {
                try {
                    String comm = java.nio.file.Files.readString(task.resolve("comm")).strip();
                    for (String prefix : JVM_THREADS) {
                        if (comm.startsWith(prefix)) {
                            found.add(task.resolve("schedstat"));
                            break;
                        }
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    // The thread ended meanwhile.
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // No /proc: nothing is subtracted.
        }
        return found;
    }

    /**
     * {@code process_time}: the process's CPU time less what the JVM's compiler and collector
     * threads now alive have used, which CPython's process would not spend (test_process_time
     * expects no CPU time across a sleep). Kept from going backwards between calls.
     */
    private static long programNanos() {
        TimeState state = TimeState.current();
        long now = System.nanoTime();
        if (state.jvmTasks == null || now - state.jvmTasksListed > 1_000_000_000L) {
            // Listing the tasks is the costly part: the JVM's threads rarely change, so a second's list serves.
            state.jvmTasks = jvmTasks();
            state.jvmTasksListed = now;
        }
        long service = 0;
        for (java.nio.file.Path schedstat : state.jvmTasks) {
            try {
                String st = java.nio.file.Files.readString(schedstat);
                service += Long.parseLong(st.substring(0, st.indexOf(' ')).trim());
            } catch (java.io.IOException | RuntimeException e) {
                // The thread ended meanwhile.
            }
        }
        long v = Math.max(0, processNanos() - service);
        if (v < state.lastProcessNanos) {
            return state.lastProcessNanos;
        }
        state.lastProcessNanos = v;
        return v;
    }

    /** The calling thread's CPU time: Linux's schedstat gives nanoseconds. */
    private static long threadNanos() {
        try {
            String s = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/thread-self/schedstat"));
            return Long.parseLong(s.substring(0, s.indexOf(' ')).trim());
        } catch (java.io.IOException | RuntimeException e) {
            return processNanos();
        }
    }

    private static Object seconds(long nanos) {
        return new PyFloat(nanos / 1e9);
    }

    @PyMethod
    static Object time() {
        return seconds(nowNanos());
    }

    @PyMethod
    static Object time_ns() {
        return PyInt.of(nowNanos());
    }

    @PyMethod
    static Object monotonic() {
        return seconds(monotonicNanos());
    }

    @PyMethod
    static Object monotonic_ns() {
        return PyInt.of(monotonicNanos());
    }

    @PyMethod
    static Object perf_counter() {
        return seconds(monotonicNanos());
    }

    @PyMethod
    static Object perf_counter_ns() {
        return PyInt.of(monotonicNanos());
    }

    @PyMethod
    static Object process_time() {
        return seconds(programNanos());
    }

    @PyMethod
    static Object process_time_ns() {
        return PyInt.of(programNanos());
    }

    @PyMethod
    static Object thread_time() {
        return seconds(threadNanos());
    }

    @PyMethod
    static Object thread_time_ns() {
        return PyInt.of(threadNanos());
    }

    private static long clockNanos(int clk) {
        if (clk < 0) {
            return cpuClockNanos(clk);
        }
        return switch (clk) {
            case CLOCK_REALTIME, CLOCK_TAI -> nowNanos();
            case CLOCK_MONOTONIC, CLOCK_MONOTONIC_RAW, CLOCK_BOOTTIME -> monotonicNanos();
            case CLOCK_PROCESS_CPUTIME_ID -> processNanos();
            case CLOCK_THREAD_CPUTIME_ID -> threadNanos();
            default -> throw PyErr.osError(22, null);
        };
    }

    /**
     * A dynamic CPU-time clock id as Linux makes them ({@code pthread_getcpuclockid},
     * {@code clock_getcpuclockid}): the complement of a task id shifted left by 3, bit 2 set for
     * a thread, low bits 2 for the scheduler's clock. Read from the task's schedstat.
     */
    private static long cpuClockNanos(int clk) {
        long id = ~(clk >> 3);
        boolean thread = (clk & 4) != 0;
        if ((clk & 3) == 3 || id <= 0) {
            throw PyErr.osError(22, null);
        }
        if (!thread) {
            if (id != ProcessHandle.current().pid()) {
                throw PyErr.osError(22, null);
            }
            return processNanos();
        }
        try {
            String s = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/task/" + id + "/schedstat"));
            return Long.parseLong(s.substring(0, s.indexOf(' ')).trim());
        } catch (java.io.IOException | RuntimeException e) {
            throw PyErr.osError(22, null);
        }
    }

    /** The calling thread's kernel task id, from /proc/thread-self. */
    private static long currentTid() {
        try {
            return Long.parseLong(java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/thread-self"))
                    .getFileName().toString());
        } catch (java.io.IOException | RuntimeException e) {
            throw PyErr.osError(95, null);
        }
    }

    @PyMethod
    static Object pthread_getcpuclockid(Object threadId) {
        long ident = Abstract.asLong(threadId);
        if (ident != ThreadModule.ident()) {
            // Kaa knows the kernel task of the calling thread only.
            throw PyErr.notImplementedError("pthread_getcpuclockid() of a thread other than the calling one");
        }
        return PyInt.of((~currentTid() << 3) | 6);
    }

    @PyMethod
    static Object clock_gettime(int clk_id) {
        return seconds(clockNanos(clk_id));
    }

    @PyMethod
    static Object clock_gettime_ns(int clk_id) {
        return PyInt.of(clockNanos(clk_id));
    }

    @PyMethod
    static Object clock_getres(int clk_id) {
        clockNanos(clk_id);
        return new PyFloat(1e-9);
    }

    // Setting the system clock needs a system call the JVM does not offer: CLOCK_REALTIME fails
    // as for a process without CAP_SYS_TIME; the kernel refuses every other clock with EINVAL.
    @PyMethod
    static void clock_settime(int clk_id, Object time) {
        Abstract.asDouble(time);
        throw PyErr.osError(clk_id == CLOCK_REALTIME ? 1 : 22, null);
    }

    @PyMethod
    static void clock_settime_ns(int clk_id, Object time) {
        Abstract.index(time);
        throw PyErr.osError(clk_id == CLOCK_REALTIME ? 1 : 22, null);
    }

    @PyMethod
    static Object get_clock_info(String name) {
        String impl;
        boolean monotonic = true, adjustable = false;
        switch (name) {
            case "time" -> {
                impl = "clock_gettime(CLOCK_REALTIME)";
                monotonic = false;
                adjustable = true;
            }
            case "monotonic", "perf_counter" -> impl = "clock_gettime(CLOCK_MONOTONIC)";
            case "process_time" -> impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
            case "thread_time" -> impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
            default -> throw PyErr.valueError("unknown clock");
        }
        return new PySimpleNamespace().with("implementation", PyStr.of(impl))
                .with("monotonic", PyBool.of(monotonic)).with("adjustable", PyBool.of(adjustable))
                .with("resolution", new PyFloat(1e-9));
    }

    @PyMethod
    static void sleep(Object secs) {
        long nanos;
        if (secs instanceof PyInt) {
            try {
                long s = Abstract.asLong(secs);
                if (s < 0) {
                    throw PyErr.valueError("sleep length must be non-negative");
                }
                nanos = s > Long.MAX_VALUE / 1_000_000_000L ? Long.MAX_VALUE : s * 1_000_000_000L;
            } catch (dev.kaa.vm.objects.PyException e) {
                if (e.matches(dev.kaa.vm.objects.Exceptions.OverflowError)) {
                    throw PyErr.overflowError("timestamp too large to convert to C _PyTime_t");
                }
                throw e;
            }
        } else if (secs instanceof PyFloat || Abstract.typeOf(secs).lookup("__float__") != null
                && !(secs instanceof PyStr)) {
            double d = Abstract.asDouble(secs);
            if (Double.isNaN(d)) {
                throw PyErr.valueError("Invalid value NaN (not a number)");
            }
            if (d < 0) {
                throw PyErr.valueError("sleep length must be non-negative");
            }
            if (d > 9.2e9) {
                throw PyErr.overflowError("timestamp too large to convert to C _PyTime_t");
            }
            nanos = (long) Math.ceil(d * 1e9);
        } else {
            // CPython accepts anything with __index__ after float; the message is the index one.
            long s = Abstract.asLong(Abstract.index(secs));
            if (s < 0) {
                throw PyErr.valueError("sleep length must be non-negative");
            }
            nanos = s * 1_000_000_000L;
        }
        ThreadWaits.sleep(nanos);
    }

    // ---- broken-down time

    /** CPython's conversion of a timestamp argument to whole seconds (rounding toward -inf). */
    private static long timestamp(Object secs) {
        if (secs == null || secs == PyNone.NONE) {
            return Math.floorDiv(nowNanos(), 1_000_000_000L);
        }
        if (secs instanceof PyFloat f) {
            double d = Abstract.asDouble(f);
            if (Double.isNaN(d)) {
                throw PyErr.valueError("Invalid value NaN (not a number)");
            }
            double fl = Math.floor(d);
            if (fl < -9.223372036854776E18 || fl >= 9.223372036854776E18) {
                throw PyErr.overflowError("timestamp out of range for platform time_t");
            }
            return (long) fl;
        }
        Object i = Abstract.index(secs);
        try {
            return Abstract.asLong(i);
        } catch (dev.kaa.vm.objects.PyException e) {
            throw PyErr.overflowError("timestamp out of range for platform time_t");
        }
    }

    private static TimeTm broken(long secs, boolean utc) {
        return TimeTm.of(secs, utc ? TimeTm.GMT : TimeState.current().local(secs));
    }

    @PyMethod
    static Object gmtime(@Opt Object seconds) {
        return broken(timestamp(seconds), true).toStruct();
    }

    @PyMethod
    static Object localtime(@Opt Object seconds) {
        return broken(timestamp(seconds), false).toStruct();
    }

    @PyMethod
    static Object mktime(Object t) {
        TimeTm tm = TimeTm.fromTuple(t, "mktime");
        TimeState state = TimeState.current();
        try {
            // glibc's mktime calls tzset: a changed TZ takes effect here, without time.tzset().
            return new PyFloat(TimeMktime.mktime(tm, state.tzset(), state));
        } catch (TimeMktime.OutOfRange e) {
            throw PyErr.overflowError("mktime argument out of range");
        }
    }

    /** The time argument of strftime/asctime: a tuple, or now in local time when absent. */
    private static TimeTm tmArg(Object t, String func) {
        if (t == null) {
            return broken(timestamp(null), false);
        }
        TimeTm tm = TimeTm.fromTuple(t, func);
        tm.check();
        if (!tm.hasZone) {
            // A plain 9-tuple has no zone: C names it after tzname[isdst], with a zero offset.
            TimeState state = TimeState.current();
            String[] names = state.cNames != null ? state.cNames : new String[] {state.stdName, state.dstName};
            tm.zone = tm.isdst == 0 || tm.isdst == 1 ? names[tm.isdst] : "";
            tm.gmtoff = 0;
        }
        return tm;
    }

    @PyMethod
    static Object strftime(Object format, @Opt Object t) {
        if (!(format instanceof PyStr f)) {
            throw PyErr.typeError("strftime() argument 1 must be str, not %T", format);
        }
        String text = f.toString();
        if (text.indexOf('\0') >= 0) {
            throw PyErr.valueError("embedded null character");
        }
        TimeTm tm = tmArg(t, "strftime");
        return PyStr.of(TimeFormat.format(text, tm));
    }

    private static String asctimeText(TimeTm tm) {
        return TimeTm.dayName(tm.wday, false) + " " + TimeTm.monthName(tm.mon, false) + " "
                + String.format("%2d %02d:%02d:%02d %d", tm.mday, tm.hour, tm.min, tm.sec, tm.year);
    }

    @PyMethod
    static Object asctime(@Opt Object t) {
        return PyStr.of(asctimeText(tmArg(t, "asctime")));
    }

    @PyMethod
    static Object ctime(@Opt Object seconds) {
        return PyStr.of(asctimeText(broken(timestamp(seconds), false)));
    }

    @PyMethod
    static Object strptime(Object string, @Opt Object format) {
        Object mod = Abstract.call(dev.kaa.vm.internal.eval.ThreadState.current().runtime.builtins
                .getItem(PyStr.intern("__import__")), PyStr.of("_strptime"));
        Object fn = Abstract.getAttr(mod, "_strptime_time");
        return format == null ? Abstract.call(fn, string) : Abstract.call(fn, string, format);
    }

    @PyMethod
    static void tzset() {
        // TZ as os.environ/os.putenv left it for this interpreter (the JVM's own never changes).
        var rt = dev.kaa.vm.internal.eval.ThreadState.current().runtime;
        TimeState state = TimeState.current();
        state.tzset();
        if (rt.modules.getItem(PyStr.intern("time")) instanceof PyModule m) {
            putZone(m, state);
        }
    }
}
