package dev.kaa.vm.modules.zoneinfo;

import dev.kaa.vm.objects.PyErr;

/**
 * The POSIX {@code TZ} string at the end of a TZif file (version 2 and later), which gives the
 * zone's offsets after its last listed transition: {@code std offset [dst [offset],start[/time],end[/time]]}.
 * Parsed as strictly as {@code zoneinfo} does (a malformed string is a ValueError, never a guess),
 * which is unlike glibc's lenient reading in {@code time} ({@code TimePosixRule}).
 *
 * <p>Thread safety: immutable.
 */
final class ZoneRule {

    /**
     * A day of the year a change happens on, with the local time of day in seconds (which may be
     * negative or past 24 hours): {@code kind} is 'J' (Jn, 1–365 never counting February 29),
     * 'N' (n, 0–365 counting it) or 'M' (Mm.w.d: weekday d of week w of month m, week 5 the last).
     */
    record Day(char kind, int month, int week, int day, long secs) {

        /** Local seconds since 1970-01-01 of this change in {@code year}. */
        long at(long year) {
            long days = ZoneMath.daysBeforeYear(year);
            boolean leap = ZoneMath.isLeap(year);
            switch (kind) {
                case 'J' -> days += day - 1 + (leap && day >= 60 ? 1 : 0);
                // CPython's zoneinfo (both modules) counts n from December 31 of the year before,
                // a day earlier than POSIX says; the zones agree with it.
                case 'N' -> days += day - 1;
                default -> {
                    long first = days + ZoneMath.daysBeforeMonth(month, leap);
                    // 1970-01-01 was a Thursday: weekday 4 counting from Sunday.
                    int firstWeekday = (int) Math.floorMod(first + 4, 7L);
                    int monthDay = Math.floorMod(day - firstWeekday, 7) + 1 + (week - 1) * 7;
                    if (monthDay > ZoneMath.monthLength(month, leap)) {
                        monthDay -= 7;
                    }
                    days = first + monthDay - 1;
                }
            }
            return days * 86400 + secs;
        }
    }

    final Ttinfo std, dst;
    final Day start, end;
    /** DST offset minus standard offset, in seconds (negative for "negative DST"). */
    final long dstDiff;

    private ZoneRule(Ttinfo std, Ttinfo dst, Day start, Day end) {
        this.std = std;
        this.dst = dst;
        this.start = start;
        this.end = end;
        this.dstDiff = dst.utcSecs() - std.utcSecs();
    }

    /** The zone at local timestamp {@code ts} (in {@code year}) for this fold. */
    Ttinfo at(long ts, long year, int fold) {
        long on = start.at(year), off = end.at(year);
        // Read in local time, the span of the smaller offset runs to the end of the fold (fold 0)
        // or from the start of the gap (fold 1): which end moves depends on the sign of DST too.
        if ((fold == 1) == (dstDiff >= 0)) {
            off -= dstDiff;
        } else {
            on += dstDiff;
        }
        return inDst(ts, on, off) ? dst : std;
    }

    /** The zone at UTC timestamp {@code ts} in {@code year}, and whether that wall time is the second of two. */
    Ttinfo fromUtc(long ts, long year, boolean[] fold) {
        long on = start.at(year) - std.utcSecs();
        long off = end.at(year) - dst.utcSecs();
        boolean isDst = inDst(ts, on, off);
        long ambiguous = dstDiff > 0 ? off : on;
        fold[0] = ts >= ambiguous && ts < ambiguous + Math.abs(dstDiff);
        return isDst ? dst : std;
    }

    private static boolean inDst(long ts, long on, long off) {
        return on < off ? ts >= on && ts < off : !(ts >= off && ts < on);
    }

    // ---- parsing

    /** The rule of {@code tz}, or a fixed {@link Ttinfo} when it names no DST. */
    static Object parse(String tz, Ttinfo.Factory make) {
        int comma = tz.indexOf(',');
        String head = comma < 0 ? tz : tz.substring(0, comma);
        Cursor c = new Cursor(head);
        String stdName = c.name(true);
        Long stdOff = stdName == null ? null : c.offset();
        if (stdName == null || stdOff == null && !c.atEnd()) {
            throw PyErr.valueError("%s is not a valid TZ string", tz);
        }
        long stdSecs = stdOff == null ? 0 : checkedOffset(stdOff, c, "STD", tz);
        if (c.atEnd()) {
            if (comma >= 0) {
                throw PyErr.valueError("Transition rule present without DST: %s", tz);
            }
            return make.of(stdSecs, 0, stdName);
        }
        String dstName = c.name(false);
        Long dstOff = dstName == null ? null : c.offset();
        if (dstName == null || !c.atEnd()) {
            throw PyErr.valueError("%s is not a valid TZ string", tz);
        }
        long dstSecs = dstOff == null ? stdSecs + 3600 : checkedOffset(dstOff, c, "DST", tz);
        if (comma < 0) {
            throw PyErr.valueError("Missing transition rules: %s", tz);
        }
        String rules = tz.substring(comma + 1);
        int second = rules.indexOf(',');
        if (second < 0) {
            throw PyErr.valueError("Invalid TZ string: %s", tz);
        }
        Day on = day(rules.substring(0, second), tz);
        Day off = day(rules.substring(second + 1), tz);
        return new ZoneRule(make.of(stdSecs, 0, stdName), make.of(dstSecs, dstSecs - stdSecs, dstName), on, off);
    }

    /** Offsets are written west-positive; the hours part may not pass 24. */
    private static long checkedOffset(long packed, Cursor c, String which, String tz) {
        if (c.lastHours > 24) {
            throw PyErr.valueError("Invalid %s offset in %s", which, tz);
        }
        return -packed;
    }

    /** One change: {@code Mm.w.d}, {@code Jn} or {@code n}, with an optional {@code /time}. */
    private static Day day(String text, String tz) {
        int slash = text.indexOf('/');
        String date = slash < 0 ? text : text.substring(0, slash);
        long secs = 7200;
        if (slash >= 0) {
            Cursor t = new Cursor(text.substring(slash + 1));
            Long v = t.offset();
            if (v == null || !t.atEnd() || t.lastHours > 167) {
                throw PyErr.valueError("Invalid TZ string: %s", tz);
            }
            secs = v;
        }
        try {
            if (date.startsWith("M")) {
                String[] parts = date.substring(1).split("\\.", -1);
                if (parts.length != 3 || !digits(parts[0], 1, 2) || !digits(parts[1], 1, 1) || !digits(parts[2], 1, 1)) {
                    throw PyErr.valueError("Invalid TZ string: %s", tz);
                }
                int m = Integer.parseInt(parts[0]), w = Integer.parseInt(parts[1]), d = Integer.parseInt(parts[2]);
                if (m < 1 || m > 12 || w < 1 || w > 5 || d > 6) {
                    throw PyErr.valueError("Invalid TZ string: %s", tz);
                }
                return new Day('M', m, w, d, secs);
            }
            boolean julian = date.startsWith("J");
            String n = julian ? date.substring(1) : date;
            if (!digits(n, 1, 3)) {
                throw PyErr.valueError("Invalid TZ string: %s", tz);
            }
            int d = Integer.parseInt(n);
            if (d < (julian ? 1 : 0) || d > 365) {
                throw PyErr.valueError("Invalid TZ string: %s", tz);
            }
            return new Day(julian ? 'J' : 'N', 0, 0, d, secs);
        } catch (NumberFormatException e) {
            throw PyErr.valueError("Invalid TZ string: %s", tz);
        }
    }

    private static boolean digits(String s, int min, int max) {
        if (s.length() < min || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A cursor over the part of a TZ string before its rules. */
    private static final class Cursor {
        final String s;
        int i;
        /** The hours of the last offset read, for the callers' range checks. */
        long lastHours;

        Cursor(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return i >= s.length();
        }

        /**
         * A zone abbreviation: {@code <...>} of letters, digits and signs, or a run of characters
         * other than digits, ':', '.', '+', '-' (and '<' for the standard name); null if none.
         */
        String name(boolean std) {
            int start = i;
            if (i < s.length() && s.charAt(i) == '<') {
                int close = s.indexOf('>', i);
                if (close > i + 1) {
                    String inner = s.substring(i + 1, close);
                    if (inner.chars().allMatch(ch -> ch < 128 && (Character.isLetterOrDigit(ch) || ch == '+' || ch == '-'))) {
                        i = close + 1;
                        return inner;
                    }
                }
                if (std) {
                    return null;
                }
            }
            while (i < s.length() && "0123456789:.+-".indexOf(s.charAt(i)) < 0 && !(std && s.charAt(i) == '<')) {
                i++;
            }
            return i > start ? s.substring(start, i) : null;
        }

        /** {@code [+-]h[h[h]][:mm[:ss]]} as signed seconds (as written), or null (cursor unmoved). */
        Long offset() {
            int start = i;
            long sign = 1;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                sign = s.charAt(i) == '-' ? -1 : 1;
                i++;
            }
            int h0 = i;
            while (i < s.length() && i - h0 < 3 && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
                i++;
            }
            if (i == h0) {
                i = start;
                return null;
            }
            long h = Long.parseLong(s.substring(h0, i)), m = 0, sec = 0;
            if (twoDigitsAfterColon()) {
                m = Long.parseLong(s.substring(i - 2, i));
                if (twoDigitsAfterColon()) {
                    sec = Long.parseLong(s.substring(i - 2, i));
                }
            }
            lastHours = h;
            return sign * (h * 3600 + m * 60 + sec);
        }

        private boolean twoDigitsAfterColon() {
            if (i + 2 < s.length() && s.charAt(i) == ':' && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2))) {
                i += 3;
                return true;
            }
            return false;
        }

        private static boolean isDigit(char ch) {
            return ch >= '0' && ch <= '9';
        }
    }
}
