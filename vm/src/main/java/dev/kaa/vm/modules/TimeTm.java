package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.StructSeq;

/**
 * C's {@code struct tm} as the {@code time} module sees it: fields in C's conventions
 * ({@code year} is the full year here, {@code mon} 0–11, {@code wday} 0 = Sunday, {@code yday}
 * 0–365), with the conversions from and to {@code time.struct_time} and timestamps.
 *
 * <p>Thread safety: a mutable value, confined to its user.
 */
final class TimeTm {
    long year;
    int mon;
    int mday;
    int hour;
    int min;
    int sec;
    int wday;
    int yday;
    int isdst;
    /** {@code tm_zone}, or null when the tuple had none. */
    String zone;
    long gmtoff;
    boolean hasZone;

    static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
        "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};

    static final StructSeq.Kind STRUCT_TIME = StructSeq.newType("time", "struct_time", FIELDS, 9);

    // ---- the calendar (proleptic Gregorian, as C's)

    private static final int[] DAYS_BEFORE = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};
    /** Days from 0001-01-01 to 1970-01-01. */
    private static final long EPOCH_DAYS = 719_162;

    static boolean isLeap(long year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** Days in the months before month {@code mon} (0–12) of a year. */
    static int daysBeforeMonth(int mon, boolean leap) {
        return DAYS_BEFORE[mon] + (leap && mon >= 2 ? 1 : 0);
    }

    /** Days from 1970-01-01 to the given date ({@code month} 1–12). */
    static long daysFromCivil(long year, int month, long day) {
        long y = year - 1;
        long days = 365 * y + Math.floorDiv(y, 4) - Math.floorDiv(y, 100) + Math.floorDiv(y, 400);
        return days + daysBeforeMonth(month - 1, isLeap(year)) + day - 1 - EPOCH_DAYS;
    }

    /** {@code {year, day of year 0–365}} of a day counted from 1970-01-01. */
    static long[] yearAndDay(long days) {
        long z = days + EPOCH_DAYS;
        // 400 years are 146097 days; within them, centuries of 36524 days, then 4-year runs of
        // 1461, then years of 365; the last century and year of a run take the leap day.
        long cycles = Math.floorDiv(z, 146_097);
        long r = z - cycles * 146_097;
        long centuries = Math.min(r / 36_524, 3);
        r -= centuries * 36_524;
        long runs = r / 1461;
        r -= runs * 1461;
        long years = Math.min(r / 365, 3);
        r -= years * 365;
        return new long[] {1 + 400 * cycles + 100 * centuries + 4 * runs + years, r};
    }

    /** glibc's limit: {@code tm_year} (the year - 1900) must fit a C int. */
    static final long MIN_YEAR = Integer.MIN_VALUE + 1900L, MAX_YEAR = Integer.MAX_VALUE + 1900L;

    /** Whether {@code t} (± a day of offsets) falls in a year glibc can represent. */
    static boolean yearInRange(long t) {
        return t > -67_768_040_609_740_800L + 86_400 * 2 && t < 67_768_036_191_676_800L - 86_400 * 2;
    }

    /** The UTC year of {@code t}, which must be in range. */
    static long yearOf(long t) {
        return yearAndDay(Math.floorDiv(t, 86_400))[0];
    }

    /**
     * The broken-down time of {@code t} as {@code local} has it; glibc's EOVERFLOW when the year
     * leaves C's range.
     */
    static TimeTm of(long t, TimeZone.Local local) {
        if (t < -67_768_100_000_000_000L || t > 67_768_100_000_000_000L) {
            throw PyErr.osError(75, null);
        }
        long s = t + local.offset() - local.leap();
        long days = Math.floorDiv(s, 86_400);
        long rem = s - days * 86_400;
        long[] yd = yearAndDay(days);
        if (yd[0] < MIN_YEAR || yd[0] > MAX_YEAR) {
            throw PyErr.osError(75, null);
        }
        TimeTm tm = new TimeTm();
        tm.year = yd[0];
        tm.yday = (int) yd[1];
        boolean leap = isLeap(tm.year);
        int mon = 0;
        while (mon < 11 && daysBeforeMonth(mon + 1, leap) <= tm.yday) {
            mon++;
        }
        tm.mon = mon;
        tm.mday = tm.yday - daysBeforeMonth(mon, leap) + 1;
        tm.hour = (int) (rem / 3600);
        tm.min = (int) (rem / 60 % 60);
        tm.sec = (int) (rem % 60) + local.leapHit();
        // 1970-01-01 was a Thursday.
        tm.wday = (int) Math.floorMod(days + 4, 7);
        tm.isdst = local.dst() ? 1 : 0;
        tm.zone = local.abbr();
        tm.gmtoff = local.offset();
        tm.hasZone = true;
        return tm;
    }

    /** The broken-down time of {@code dt} in its zone as the zone files have it (for Java callers). */
    static TimeTm of(java.time.ZonedDateTime dt, boolean utc) {
        long t = dt.toEpochSecond();
        return of(t, utc ? GMT : TimeZone.of(dt.getZone()).at(t));
    }

    /** C's {@code mktime} of these fields in {@code zone}, from a fresh guess (for Java callers). */
    long toEpochLocal(java.time.ZoneId zone) {
        try {
            return TimeMktime.mktime(copy(), TimeZone.of(zone), new TimeState());
        } catch (TimeMktime.OutOfRange e) {
            throw PyErr.overflowError("mktime argument out of range");
        }
    }

    /** UTC as gmtime gives it: glibc names it "GMT". */
    static final TimeZone.Local GMT = new TimeZone.Local(0, false, "GMT", null);

    /** This time's fields as seconds since the epoch if they were UTC (fields may be out of range). */
    long localSeconds() {
        return (daysFromCivil(year, 1, 1) + yday) * 86_400 + hour * 3600L + min * 60L + sec;
    }

    /** A zone without an abbreviation named by its offset, "+03" or "+0530", as zic does. */
    static String offsetName(long off) {
        long a = Math.abs(off);
        long h = a / 3600, m = a / 60 % 60;
        return (off < 0 ? "-" : "+") + String.format("%02d", h) + (m != 0 ? String.format("%02d", m) : "");
    }

    /** {@code time.struct_time} of this. */
    StructSeq toStruct() {
        // CPython adds 1900 to tm_year in C int arithmetic, which wraps past the largest year.
        return STRUCT_TIME.make(PyInt.of((int) year), PyInt.of(mon + 1), PyInt.of(mday), PyInt.of(hour), PyInt.of(min),
                PyInt.of(sec), PyInt.of((wday + 6) % 7), PyInt.of(yday + 1), PyInt.of(isdst),
                zone == null ? PyNone.NONE : PyStr.of(zone), hasZone ? PyInt.of(gmtoff) : PyNone.NONE);
    }

    /**
     * CPython's {@code gettmarg}: a struct_time or 9-tuple into C's conventions, with
     * {@code func}'s name in the error for a tuple of the wrong length.
     */
    static TimeTm fromTuple(Object t, String func) {
        if (!(t instanceof PyTuple tuple)) {
            throw PyErr.typeError("Tuple or struct_time argument required");
        }
        if (tuple.size() != 9) {
            throw PyErr.typeError("%s(): illegal time tuple argument", func);
        }
        TimeTm tm = new TimeTm();
        int[] v = new int[9];
        for (int i = 0; i < 9; i++) {
            v[i] = cInt(tuple.get(i));
        }
        if (v[0] < Integer.MIN_VALUE + 1900) {
            throw PyErr.overflowError("year out of range");
        }
        tm.year = v[0];
        tm.mon = v[1] - 1;
        tm.mday = v[2];
        tm.hour = v[3];
        tm.min = v[4];
        tm.sec = v[5];
        // Python counts weekdays from Monday, C from Sunday; C's remainder keeps the sign.
        tm.wday = (v[6] + 1) % 7;
        tm.yday = v[7] - 1;
        tm.isdst = v[8];
        if (t instanceof StructSeq s && s.type() == STRUCT_TIME.type()) {
            Object zone = Abstract.getAttr(s, "tm_zone");
            Object off = Abstract.getAttr(s, "tm_gmtoff");
            if (zone instanceof PyStr z) {
                tm.zone = z.toString();
                tm.hasZone = true;
            }
            if (off != PyNone.NONE) {
                tm.gmtoff = Abstract.asLong(off);
            }
        }
        return tm;
    }

    /** CPython's {@code checktm}, after the zero-to-one fix-ups of {@code strftime}. */
    void check() {
        if (mon == -1) {
            mon = 0;
        } else if (mon < 0 || mon > 11) {
            throw PyErr.valueError("month out of range");
        }
        if (mday == 0) {
            mday = 1;
        } else if (mday < 0 || mday > 31) {
            throw PyErr.valueError("day of month out of range");
        }
        if (hour < 0 || hour > 23) {
            throw PyErr.valueError("hour out of range");
        }
        if (min < 0 || min > 59) {
            throw PyErr.valueError("minute out of range");
        }
        if (sec < 0 || sec > 61) {
            throw PyErr.valueError("seconds out of range");
        }
        if (wday < 0) {
            throw PyErr.valueError("day of week out of range");
        }
        if (yday == -1) {
            yday = 0;
        } else if (yday < 0 || yday > 365) {
            throw PyErr.valueError("day of year out of range");
        }
        if (isdst < -1) {
            isdst = -1;
        } else if (isdst > 1) {
            isdst = 1;
        }
    }

    TimeTm copy() {
        TimeTm c = new TimeTm();
        c.year = year;
        c.mon = mon;
        c.mday = mday;
        c.hour = hour;
        c.min = min;
        c.sec = sec;
        c.wday = wday;
        c.yday = yday;
        c.isdst = isdst;
        c.zone = zone;
        c.gmtoff = gmtoff;
        c.hasZone = hasZone;
        return c;
    }

    /** An item of the time tuple as C's {@code int} ("i" in PyArg_ParseTuple). */
    private static int cInt(Object o) {
        long v = Abstract.asLong(o);
        if (v > Integer.MAX_VALUE) {
            throw PyErr.overflowError("signed integer is greater than maximum");
        }
        if (v < Integer.MIN_VALUE) {
            throw PyErr.overflowError("signed integer is less than minimum");
        }
        return (int) v;
    }

    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /** C locale's day name, {@code wday} 0 = Sunday; "?" out of range, as glibc. */
    static String dayName(int wday, boolean full) {
        if (wday < 0 || wday > 6) {
            return "?";
        }
        return full ? DAYS[wday] : DAYS[wday].substring(0, 3);
    }

    /** C locale's month name, {@code mon} 0–11. */
    static String monthName(int mon, boolean full) {
        if (mon < 0 || mon > 11) {
            return "?";
        }
        return full ? MONTHS[mon] : MONTHS[mon].substring(0, 3);
    }
}
