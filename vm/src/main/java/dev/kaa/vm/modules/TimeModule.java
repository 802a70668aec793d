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
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * {@code time}: clocks, sleeping, and broken-down times in UTC and the local zone (the JVM's
 * default zone, which follows {@code TZ} at start-up), formatted as glibc does in the C locale.
 *
 * <p>Thread safety: stateless apart from the zone constants, which {@code tzset} recomputes.
 */
public final class TimeModule {
    private TimeModule() {}

    private static final long START_NANOS = System.nanoTime();
    // Linux clock ids, as CPython exposes them.
    static final int CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1, CLOCK_PROCESS_CPUTIME_ID = 2,
            CLOCK_THREAD_CPUTIME_ID = 3, CLOCK_MONOTONIC_RAW = 4, CLOCK_BOOTTIME = 7, CLOCK_TAI = 11;

    public static PyModule create() {
        PyModule m = new PyModule("time");
        m.put("__doc__", PyStr.of("This module provides various functions to manipulate time values."));
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
        putZone(m, localZone());
        return m;
    }

    /** The local zone: the JVM's default, or what {@code tzset} found in {@code TZ}. */
    private static volatile ZoneId localZone;

    static ZoneId localZone() {
        ZoneId z = localZone;
        return z != null ? z : ZoneId.systemDefault();
    }

    private static Object zoneNames() {
        ZoneId zone = localZone();
        int year = ZonedDateTime.now(zone).getYear();
        ZonedDateTime jan = ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, zone);
        ZonedDateTime jul = ZonedDateTime.of(year, 7, 1, 0, 0, 0, 0, zone);
        String janName = TimeTm.zoneAbbreviation(jan);
        String julName = TimeTm.zoneAbbreviation(jul);
        boolean south = jan.getOffset().getTotalSeconds() > jul.getOffset().getTotalSeconds();
        return south ? PyTuple.of(PyStr.of(julName), PyStr.of(janName)) : PyTuple.of(PyStr.of(janName), PyStr.of(julName));
    }

    /** {@code timezone}, {@code altzone}, {@code daylight}, {@code tzname} from January and July. */
    static void putZone(PyModule m, ZoneId zone) {
        int year = ZonedDateTime.now(zone).getYear();
        ZonedDateTime jan = ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, zone);
        ZonedDateTime jul = ZonedDateTime.of(year, 7, 1, 0, 0, 0, 0, zone);
        long janZone = -jan.getOffset().getTotalSeconds();
        long julZone = -jul.getOffset().getTotalSeconds();
        String janName = TimeTm.zoneAbbreviation(jan);
        String julName = TimeTm.zoneAbbreviation(jul);
        if (janZone < julZone) {
            // The southern hemisphere has its summer (daylight saving time) in January.
            m.put("timezone", PyInt.of(julZone));
            m.put("altzone", PyInt.of(janZone));
            m.put("tzname", PyTuple.of(PyStr.of(julName), PyStr.of(janName)));
        } else {
            m.put("timezone", PyInt.of(janZone));
            m.put("altzone", PyInt.of(julZone));
            m.put("tzname", PyTuple.of(PyStr.of(janName), PyStr.of(julName)));
        }
        m.put("daylight", PyInt.of(janZone != julZone ? 1 : 0));
    }

    // ---- clocks

    private static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static long monotonicNanos() {
        return System.nanoTime() - START_NANOS;
    }

    private static long processNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
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
        return seconds(processNanos());
    }

    @PyMethod
    static Object process_time_ns() {
        return PyInt.of(processNanos());
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
        return switch (clk) {
            case CLOCK_REALTIME, CLOCK_TAI -> nowNanos();
            case CLOCK_MONOTONIC, CLOCK_MONOTONIC_RAW, CLOCK_BOOTTIME -> monotonicNanos();
            case CLOCK_PROCESS_CPUTIME_ID -> processNanos();
            case CLOCK_THREAD_CPUTIME_ID -> threadNanos();
            default -> throw PyErr.osError(22, null);
        };
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

    @PyMethod
    static void clock_settime(int clk_id, Object time) {
        Abstract.asDouble(time);
        clockNanos(clk_id);
        throw PyErr.osError(1, null);
    }

    @PyMethod
    static void clock_settime_ns(int clk_id, Object time) {
        Abstract.index(time);
        clockNanos(clk_id);
        throw PyErr.osError(1, null);
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

    private static TimeTm broken(long secs, ZoneId zone, boolean utc) {
        try {
            ZonedDateTime dt = Instant.ofEpochSecond(secs).atZone(zone);
            if (dt.getYear() > Integer.MAX_VALUE - 1900 || dt.getYear() < Integer.MIN_VALUE + 1900) {
                throw PyErr.osError(75, null);
            }
            return TimeTm.of(dt, utc);
        } catch (DateTimeException | ArithmeticException e) {
            // glibc fails with EOVERFLOW where the year leaves its range.
            throw PyErr.osError(75, null);
        }
    }

    @PyMethod
    static Object gmtime(@Opt Object seconds) {
        return broken(timestamp(seconds), ZoneOffset.UTC, true).toStruct();
    }

    @PyMethod
    static Object localtime(@Opt Object seconds) {
        return broken(timestamp(seconds), localZone(), false).toStruct();
    }

    @PyMethod
    static Object mktime(Object t) {
        TimeTm tm = TimeTm.fromTuple(t, "mktime");
        try {
            return new PyFloat(tm.toEpochLocal(localZone()));
        } catch (DateTimeException | ArithmeticException e) {
            throw PyErr.overflowError("mktime argument out of range");
        }
    }

    /** The time argument of strftime/asctime: a tuple, or now in local time when absent. */
    private static TimeTm tmArg(Object t, String func) {
        if (t == null) {
            return broken(timestamp(null), localZone(), false);
        }
        TimeTm tm = TimeTm.fromTuple(t, func);
        tm.check();
        if (!tm.hasZone) {
            // A plain 9-tuple has no zone: C names it after tzname[isdst], with a zero offset.
            Object names = zoneNames();
            tm.zone = tm.isdst == 0 || tm.isdst == 1 ? ((PyTuple) names).get(tm.isdst).toString() : "";
            tm.gmtoff = 0;
        }
        return tm;
    }

    @PyMethod
    static Object strftime(Object format, @Opt Object t) {
        if (!(format instanceof PyStr f)) {
            throw PyErr.typeError("strftime() argument 1 must be str, not %T", format);
        }
        TimeTm tm = tmArg(t, "strftime");
        return PyStr.of(TimeFormat.format(f.toString(), tm, localZone()));
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
        return PyStr.of(asctimeText(broken(timestamp(seconds), localZone(), false)));
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
        // TZ is read from os.environ (the JVM's own environment never changes). Zone names
        // ("Europe/Paris", "UTC") are understood; POSIX rule strings are not, and leave the
        // zone as it was.
        var rt = dev.kaa.vm.internal.eval.ThreadState.current().runtime;
        Object os = rt.modules.getItem(PyStr.intern("os"));
        Object tz = null;
        if (os != null) {
            Object env = Abstract.lookupAttr(os, PyStr.intern("environ"));
            if (env != null) {
                tz = Abstract.callMethod(env, "get", PyStr.of("TZ"));
            }
        }
        if (tz instanceof PyStr s) {
            String name = s.toString().startsWith(":") ? s.toString().substring(1) : s.toString();
            try {
                localZone = ZoneId.of(name.isEmpty() ? "UTC" : name);
            } catch (DateTimeException e) {
                // An unknown zone: C falls back to UTC.
                localZone = ZoneOffset.UTC;
            }
        } else {
            localZone = null;
        }
        Object mod = rt.modules.getItem(PyStr.intern("time"));
        if (mod instanceof PyModule m) {
            putZone(m, localZone());
        }
    }
}
