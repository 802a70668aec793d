package dev.kaa.vm.modules.datetime;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;

/**
 * Timestamps and the local time zone. Local time comes from {@code time.localtime}, so it
 * follows {@code TZ} and {@code time.tzset()} as CPython's C {@code localtime} does; the
 * searches for folds and gaps are CPython's {@code local()}-based ones, on seconds counted from
 * 0001-01-01 00:00.
 *
 * <p>Thread safety: stateless.
 */
final class LocalTime {
    private LocalTime() {}

    /** Seconds from 0001-01-01 to the Unix epoch. */
    static final long EPOCH = utcToSeconds(1970, 1, 1, 0, 0, 0);
    /** The longest fold or gap a zone may have. */
    private static final long MAX_FOLD = 24 * 3600;

    static long utcToSeconds(int y, int m, int d, int hh, int mm, int ss) {
        long ord = DateMath.toOrdinal(y, m, d);
        return ((ord * 24 + hh) * 60 + mm) * 60 + ss;
    }

    /** A timestamp as whole seconds, rounded toward minus infinity. */
    static long floorSeconds(Object ts) {
        if (ts instanceof PyFloat f) {
            double d = f.doubleValue();
            if (Double.isNaN(d)) {
                throw PyErr.valueError("Invalid value NaN (not a number)");
            }
            double fl = Math.floor(d);
            if (!(fl >= -9.223372036854776E18 && fl < 9.223372036854776E18)) {
                throw PyErr.overflowError("timestamp out of range for platform time_t");
            }
            return (long) fl;
        }
        return wholeSeconds(ts);
    }

    private static long wholeSeconds(Object ts) {
        PyInt i = Abstract.index(ts);
        if (!i.isLong()) {
            throw PyErr.overflowError("timestamp out of range for platform time_t");
        }
        return i.longValue();
    }

    /** A timestamp as {@code {seconds, microseconds}}, microseconds rounded half to even. */
    static long[] secondsAndMicros(Object ts) {
        if (ts instanceof PyFloat f) {
            double d = f.doubleValue();
            if (Double.isNaN(d)) {
                throw PyErr.valueError("Invalid value NaN (not a number)");
            }
            double whole = d < 0 ? Math.ceil(d) : Math.floor(d);
            double frac = (d - whole) * 1e6;
            double r = Math.rint(frac);
            if (r >= 1e6) {
                r -= 1e6;
                whole += 1;
            } else if (r < 0) {
                r += 1e6;
                whole -= 1;
            }
            if (!(whole >= -9.223372036854776E18 && whole < 9.223372036854776E18)) {
                throw PyErr.overflowError("timestamp out of range for platform time_t");
            }
            return new long[] {(long) whole, (long) r};
        }
        return new long[] {wholeSeconds(ts), 0};
    }

    /** {@code time.localtime(secs)}. */
    static PyTuple localStruct(long secs) {
        Object time = DtFormat.importModule("time");
        return (PyTuple) Abstract.callMethod(time, "localtime", PyInt.of(secs));
    }

    /** Year, month, day, hour, minute, second of {@code secs} in local time. */
    static int[] localFields(long secs) {
        PyTuple t = localStruct(secs);
        int[] f = new int[6];
        for (int i = 0; i < 6; i++) {
            f[i] = Abstract.asInt(t.get(i));
        }
        f[5] = Math.min(f[5], 59);
        return f;
    }

    /** Year, month, day, hour, minute, second of {@code secs} in UTC. */
    static int[] utcFields(long secs) {
        long days = Math.floorDiv(secs, 86_400);
        long rest = Math.floorMod(secs, 86_400);
        long ord = days + DateMath.toOrdinal(1970, 1, 1);
        if (ord < 1 || ord > DateMath.MAXORDINAL) {
            // Whole 400-year cycles first, so that the year is exact even where it leaves an int.
            long cycles = Math.floorDiv(ord - 1, 146_097L);
            long year = cycles * 400 + DateMath.fromOrdinal(Math.floorMod(ord - 1, 146_097L) + 1)[0];
            if (year - 1900 > Integer.MAX_VALUE || year - 1900 < Integer.MIN_VALUE) {
                // glibc's gmtime fails where tm_year leaves an int.
                throw PyErr.osError(75, null);
            }
            throw PyErr.valueError("year %d is out of range", year);
        }
        int[] ymd = DateMath.fromOrdinal(ord);
        return new int[] {ymd[0], ymd[1], ymd[2], (int) (rest / 3600), (int) (rest / 60 % 60), (int) (rest % 60)};
    }

    /** The local wall time of {@code u} (seconds from 0001-01-01, UTC), in the same count. */
    static long local(long u) {
        int[] f = localFields(u - EPOCH);
        if (f[0] < DateMath.MINYEAR || f[0] > DateMath.MAXYEAR) {
            // CPython's probes fail this way near the ends of the range.
            throw PyErr.valueError("year %d is out of range", f[0]);
        }
        return utcToSeconds(f[0], f[1], f[2], f[3], f[4], f[5]);
    }

    /** 1 when local time {@code secs} (Unix seconds) is the second of two wall times that repeat. */
    static int foldOf(long secs, int[] f) {
        long result = utcToSeconds(f[0], f[1], f[2], f[3], f[4], f[5]);
        long probe = local(EPOCH + secs - MAX_FOLD);
        long transition = result - probe - MAX_FOLD;
        if (transition < 0) {
            probe = local(EPOCH + secs + transition);
            if (probe == result) {
                return 1;
            }
        }
        return 0;
    }

    /**
     * The UTC seconds (from 0001-01-01) of a local wall time; {@code fold} picks between two
     * answers in a fold, and for a time in a gap it picks as CPython does.
     */
    static long localToSeconds(int y, int m, int d, int hh, int mm, int ss, int fold) {
        long t = utcToSeconds(y, m, d, hh, mm, ss);
        long a = local(t) - t;
        long u1 = t - a;
        long t1 = local(u1);
        long b;
        if (t1 == t) {
            long u2 = fold != 0 ? u1 + MAX_FOLD : u1 - MAX_FOLD;
            b = local(u2) - u2;
            if (a == b) {
                return u1;
            }
        } else {
            b = t1 - u1;
        }
        long u2 = t - b;
        long t2 = local(u2);
        if (t2 == t) {
            return u2;
        }
        if (t1 == t) {
            return u1;
        }
        return fold != 0 ? Math.min(u1, u2) : Math.max(u1, u2);
    }

    /** The local zone at Unix time {@code secs}: a timezone of its offset named as {@code tm_zone}. */
    static PyTimeZone zoneAt(long secs) {
        PyTuple t = localStruct(secs);
        Object gmtoff = Abstract.getAttr(t, "tm_gmtoff");
        Object zone = Abstract.getAttr(t, "tm_zone");
        PyTimeDelta off = PyTimeDelta.of(0, Abstract.asLong(gmtoff), 0);
        return PyTimeZone.of(off, zone instanceof PyStr s ? s.toString() : null);
    }
}
