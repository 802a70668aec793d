package dev.kaa.vm.modules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The local time zone as glibc's {@code localtime} sees it: from a {@code TZ} value (a zone file
 * under {@code /usr/share/zoneinfo}, a POSIX rule string, or unset for {@code /etc/localtime}),
 * the offset, daylight flag and abbreviation in force at an instant.
 *
 * <p>Thread safety: implementations are immutable.
 */
sealed interface TimeZone permits TimePosixRule, TimeZoneFile, TimeJavaZone {

    /**
     * What is in force at one instant: {@code offset} east of UTC in seconds, the daylight flag,
     * the abbreviation; {@code leap} seconds to subtract for zones counting leap seconds
     * ({@code right/…}), {@code leapHit} seconds to show as :60 at an inserted leap second;
     * {@code names}, what glibc leaves in its global {@code tzname} after this conversion
     * ({@code %Z} of a time tuple without a zone shows it).
     */
    record Local(long offset, boolean dst, String abbr, long leap, int leapHit, String[] names) {
        Local(long offset, boolean dst, String abbr, String[] names) {
            this(offset, dst, abbr, 0, 0, names);
        }
    }

    /** The local time at {@code t} seconds since the epoch (UTC). */
    Local at(long t);

    String ZONEINFO = "/usr/share/zoneinfo";
    String LOCALTIME = "/etc/localtime";

    /** UTC as glibc names it when {@code TZ} is empty or names nothing usable. */
    TimeZone UTC = TimePosixRule.fixed("UTC", 0);

    /**
     * The zone {@code TZ} names, as glibc's {@code tzset} reads it: {@code null} means
     * {@code /etc/localtime}, an empty value UTC; a leading ':' is dropped; a name that is a
     * readable zone file wins over its reading as a POSIX rule string. {@code previous}, the
     * zone in force before, matters only to glibc's reading of {@code posixrules}.
     */
    static TimeZone load(String tz, String tzdir, TimeZone previous) {
        String dir = tzdir == null || tzdir.isEmpty() ? ZONEINFO : tzdir;
        if (tz == null) {
            TimeZone z = TimeZoneFile.read(Path.of(LOCALTIME));
            return z != null ? z : UTC;
        }
        String name = tz.startsWith(":") ? tz.substring(1) : tz;
        if (name.isEmpty()) {
            // glibc reads the file "Universal" for an empty TZ.
            TimeZone u = file(dir, "Universal");
            return u != null ? u : UTC;
        }
        TimeZone z = file(name.startsWith("/") ? "" : dir, name);
        if (z != null) {
            return z;
        }
        if (tzdir == null && !Files.isDirectory(Path.of(ZONEINFO))) {
            // No time zone database on this system: java.time's own copy stands in for it.
            TimeZone j = javaZone(name);
            if (j != null) {
                return j;
            }
        }
        return TimePosixRule.parseTz(name, dir, previous);
    }

    /** The zone file {@code name} under {@code dir}; null when there is none (or no such path). */
    private static TimeZone file(String dir, String name) {
        try {
            return TimeZoneFile.read(dir.isEmpty() ? Path.of(name) : Path.of(dir, name));
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** The zone a java.time id names, read from the zone files as {@code TZ} would be. */
    static TimeZone of(ZoneId id) {
        if (id instanceof java.time.ZoneOffset offset) {
            return TimePosixRule.fixed(TimeTm.offsetName(offset.getTotalSeconds()), offset.getTotalSeconds());
        }
        return load(id.getId(), null, null);
    }

    private static TimeZone javaZone(String name) {
        try {
            return new TimeJavaZone(ZoneId.of(name));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
