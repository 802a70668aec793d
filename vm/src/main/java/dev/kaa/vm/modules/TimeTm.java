package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.StructSeq;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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

    /** The broken-down time of {@code dt}. */
    static TimeTm of(ZonedDateTime dt, boolean utc) {
        TimeTm tm = new TimeTm();
        tm.year = dt.getYear();
        tm.mon = dt.getMonthValue() - 1;
        tm.mday = dt.getDayOfMonth();
        tm.hour = dt.getHour();
        tm.min = dt.getMinute();
        tm.sec = dt.getSecond();
        tm.wday = dt.getDayOfWeek().getValue() % 7;
        tm.yday = dt.getDayOfYear() - 1;
        ZoneId z = dt.getZone();
        tm.isdst = utc ? 0 : z.getRules().isDaylightSavings(dt.toInstant()) ? 1 : 0;
        // glibc names UTC "GMT" in gmtime(), and the zone's abbreviation in localtime().
        tm.zone = utc ? "GMT" : zoneAbbreviation(dt);
        tm.gmtoff = dt.getOffset().getTotalSeconds();
        tm.hasZone = true;
        return tm;
    }

    static String zoneAbbreviation(ZonedDateTime dt) {
        String s = DateTimeFormatter.ofPattern("zzz", Locale.US).format(dt);
        if (s.startsWith("GMT") && s.length() > 3 || s.startsWith("UTC") && s.length() > 3) {
            // A zone without an abbreviation: C gives its offset, like "+03".
            int off = dt.getOffset().getTotalSeconds();
            int h = Math.abs(off) / 3600, m = Math.abs(off) / 60 % 60;
            return (off < 0 ? "-" : "+") + String.format("%02d", h) + (m != 0 ? String.format("%02d", m) : "");
        }
        return s;
    }

    /** {@code time.struct_time} of this. */
    StructSeq toStruct() {
        return STRUCT_TIME.make(PyInt.of(year), PyInt.of(mon + 1), PyInt.of(mday), PyInt.of(hour), PyInt.of(min),
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
        tm.year = Abstract.asInt(tuple.get(0));
        tm.mon = Abstract.asInt(tuple.get(1)) - 1;
        tm.mday = Abstract.asInt(tuple.get(2));
        tm.hour = Abstract.asInt(tuple.get(3));
        tm.min = Abstract.asInt(tuple.get(4));
        tm.sec = Abstract.asInt(tuple.get(5));
        // Python counts weekdays from Monday, C from Sunday; C's remainder keeps the sign.
        tm.wday = (Abstract.asInt(tuple.get(6)) + 1) % 7;
        tm.yday = Abstract.asInt(tuple.get(7)) - 1;
        tm.isdst = Abstract.asInt(tuple.get(8));
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

    /** C's {@code mktime}: this local time (fields normalised as C does) as a timestamp. */
    long toEpochLocal(ZoneId zone) {
        LocalDateTime ldt = LocalDateTime.of((int) year, 1, 1, 0, 0, 0).plusMonths(mon).plusDays(mday - 1L)
                .plusHours(hour).plusMinutes(min).plusSeconds(sec);
        ZonedDateTime z = ZonedDateTime.ofLocal(ldt, zone, null);
        if (isdst < 0) {
            return z.toEpochSecond();
        }
        ZonedDateTime early = z.withEarlierOffsetAtOverlap();
        ZonedDateTime late = z.withLaterOffsetAtOverlap();
        if (!early.equals(late)) {
            // In an overlap, the caller's isdst chooses between the two offsets.
            boolean earlyDst = zone.getRules().isDaylightSavings(early.toInstant());
            z = (earlyDst == (isdst > 0)) ? early : late;
        }
        boolean actual = zone.getRules().isDaylightSavings(z.toInstant());
        if (actual == (isdst > 0)) {
            return z.toEpochSecond();
        }
        // C's mktime reads the fields in the kind of time the caller claims: standard time, or
        // daylight saving time one hour ahead of it.
        int std = zone.getRules().getStandardOffset(z.toInstant()).getTotalSeconds();
        return ldt.toEpochSecond(ZoneOffset.ofTotalSeconds(isdst > 0 ? std + 3600 : std));
    }

    /** The timestamp of this broken-down time in UTC (what {@code %s} needs for gmtime values). */
    static ZonedDateTime at(long seconds, ZoneId zone) {
        return Instant.ofEpochSecond(seconds).atZone(zone);
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

    static ZoneOffset offset(long seconds) {
        return ZoneOffset.ofTotalSeconds((int) seconds);
    }
}
