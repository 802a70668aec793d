package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

/**
 * What C's time functions keep per process, kept here per interpreter: the local zone read from
 * {@code TZ} (by {@code tzset}, and again by {@code mktime} when {@code TZ} changed, as glibc's
 * does), the names and offsets {@code time.tzset} computed, and {@code mktime}'s guess of the
 * offset, which glibc carries from one call to the next and which decides between the two
 * readings of a time in a gap.
 *
 * <p>Thread safety: GIL-guarded (the map of states is synchronized).
 */
final class TimeState {
    private static final Map<Runtime, TimeState> STATES = Collections.synchronizedMap(new WeakHashMap<>());
    private static final ThreadLocal<TimeState> FALLBACK = ThreadLocal.withInitial(TimeState::new);

    /** The TZ value the zone was read from (null: unset), and whether anything was read yet. */
    private String tz;
    private boolean loaded;
    private TimeZone zone = TimeZone.UTC;
    /** {@code tzname} as the module computed it, for {@code %Z} of a plain 9-tuple. */
    String stdName = "UTC", dstName = "UTC";
    /** glibc's global tzname: set by each local-time conversion, and by tzset for rule strings. */
    String[] cNames;

    /** The local time at {@code t}, leaving glibc's tzname as that conversion does. */
    TimeZone.Local local(long t) {
        TimeZone.Local local = zone().at(t);
        cNames = local.names();
        return local;
    }

    /** The JVM's own threads' schedstat files, listed at {@code jvmTasksListed} (nanoTime). */
    java.util.List<java.nio.file.Path> jvmTasks;
    long jvmTasksListed;
    /** The last {@code process_time} returned, which it never goes below. */
    long lastProcessNanos;
    /** mktime's starting guess: the offset east of UTC its last result used. */
    long mktimeGuess;

    static TimeState current() {
        ThreadState ts = ThreadState.currentOrNull();
        Runtime rt = ts == null ? null : ts.runtime;
        if (rt == null) {
            return FALLBACK.get();
        }
        return STATES.computeIfAbsent(rt, k -> new TimeState());
    }

    /** A variable of the environment as this interpreter's {@code os.putenv} left it. */
    private static String env(String name) {
        PosixState posix = PosixState.current();
        return posix.envChanges.containsKey(name) ? posix.envChanges.get(name) : System.getenv(name);
    }

    /** The local zone, read on first use as glibc's localtime_r does. */
    TimeZone zone() {
        if (!loaded) {
            tzset();
        }
        return zone;
    }

    /** Reads TZ again when it changed since the zone was read (glibc's tzset). */
    TimeZone tzset() {
        String now = env("TZ");
        if (!loaded || !Objects.equals(now, tz)) {
            zone = TimeZone.load(now, env("TZDIR"), zone);
            tz = now;
            loaded = true;
        }
        if (zone instanceof TimePosixRule rule) {
            cNames = new String[] {rule.stdName, rule.dstName};
        }
        return zone;
    }
}
