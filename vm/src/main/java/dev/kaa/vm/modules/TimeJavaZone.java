package dev.kaa.vm.modules;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A zone from java.time's own rules, used only on a system with no zone files. Offsets and
 * daylight flags are right; abbreviations are java.time's (or "+03" style where it has none),
 * which can differ from the zone files' historical ones.
 *
 * <p>Thread safety: immutable.
 */
record TimeJavaZone(ZoneId zone) implements TimeZone {
    private static final DateTimeFormatter SHORT_NAME = DateTimeFormatter.ofPattern("zzz", Locale.US);

    @Override
    public Local at(long t) {
        Instant instant = Instant.ofEpochSecond(Math.max(Instant.MIN.getEpochSecond(),
                Math.min(Instant.MAX.getEpochSecond(), t)));
        ZonedDateTime dt = instant.atZone(zone);
        int offset = dt.getOffset().getTotalSeconds();
        String abbr = SHORT_NAME.format(dt);
        if (abbr.length() > 3 && (abbr.startsWith("GMT") || abbr.startsWith("UTC"))) {
            abbr = TimeTm.offsetName(offset);
        }
        return new Local(offset, zone.getRules().isDaylightSavings(instant), abbr, new String[] {abbr, abbr});
    }
}
