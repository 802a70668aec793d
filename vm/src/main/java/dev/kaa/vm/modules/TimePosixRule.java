package dev.kaa.vm.modules;

import java.nio.file.Path;

/**
 * A POSIX {@code TZ} rule string, {@code std offset [dst [offset] [,start[/time],end[/time]]]},
 * read and applied as glibc does, including its odd corners: a name that does not parse leaves
 * UTC under whatever name was read so far; a missing DST offset is one hour ahead of standard
 * time; missing rules are the US ones ({@code M3.2.0,M11.1.0}); and a year up to 1970 computes
 * its changes from 1970-01-01, so a southern-hemisphere rule is in DST all through those years.
 *
 * <p>Thread safety: immutable.
 */
final class TimePosixRule implements TimeZone {

    /** One change of the rule: {@code kind} 'J' (Jn, 1–365 without Feb 29), 'N' (n, 0–365), 'M'. */
    record Change(char kind, int month, int week, int day, long secs) {
        /** glibc's rule before anything is read: day 0, midnight. */
        static final Change ZERO = new Change('N', 0, 0, 0, 0);
    }

    final String stdName, dstName;
    final long stdOffset, dstOffset;
    final Change start, end;

    TimePosixRule(String stdName, long stdOffset, String dstName, long dstOffset, Change start, Change end) {
        this.stdName = stdName;
        this.stdOffset = stdOffset;
        this.dstName = dstName;
        this.dstOffset = dstOffset;
        this.start = start;
        this.end = end;
    }

    static TimePosixRule fixed(String name, long offset) {
        return new TimePosixRule(name, offset, name, offset, Change.ZERO, Change.ZERO);
    }

    @Override
    public Local at(long t) {
        long year = TimeTm.yearOf(t);
        long on = changeTime(start, year, stdOffset);
        long off = changeTime(end, year, dstOffset);
        boolean dst = on > off ? t < off || t >= on : t >= on && t < off;
        String[] names = {stdName, dstName};
        return dst ? new Local(dstOffset, true, dstName, names) : new Local(stdOffset, false, stdName, names);
    }

    /** When {@code c} happens in {@code year}, in seconds since the epoch. */
    static long changeTime(Change c, long year, long offset) {
        // glibc counts from January 1 of years after 1970 only; earlier years count from 1970.
        long t = year > 1970 ? TimeTm.daysFromCivil(year, 1, 1) * 86400 : 0;
        boolean leap = TimeTm.isLeap(year);
        switch (c.kind) {
            case 'J' -> t += (c.day - 1 + (c.day >= 60 && leap ? 1 : 0)) * 86400L;
            case 'N' -> t += c.day * 86400L;
            default -> {
                // A month outside 1–12 (kept from a malformed rule) reads past glibc's table;
                // here it is clamped.
                int month = Math.max(1, Math.min(12, c.month));
                int before = TimeTm.daysBeforeMonth(month - 1, leap);
                int length = TimeTm.daysBeforeMonth(month, leap) - before;
                t += before * 86400L;
                // The weekday of the month's first day, by Zeller's congruence in C arithmetic.
                int m1 = (month + 9) % 12 + 1;
                long y0 = month <= 2 ? year - 1 : year;
                long y1 = y0 / 100, y2 = y0 % 100;
                long dow = ((26L * m1 - 2) / 10 + 1 + y2 + y2 / 4 + y1 / 4 - 2 * y1) % 7;
                if (dow < 0) {
                    dow += 7;
                }
                long d = c.day - dow;
                if (d < 0) {
                    d += 7;
                }
                for (int i = 1; i < c.week && d + 7 < length; i++) {
                    d += 7;
                }
                t += d * 86400;
            }
        }
        return t - offset + c.secs;
    }

    // ---- parsing

    /** A cursor over the TZ text. */
    private static final class Text {
        final String s;
        int i;

        Text(String s) {
            this.s = s;
        }

        char peek() {
            return i < s.length() ? s.charAt(i) : 0;
        }

        boolean atEnd() {
            return i >= s.length();
        }
    }

    /**
     * {@code TZ} as a rule string. Without rules after a DST name, glibc takes the transitions
     * of the {@code posixrules} zone file, moved to the given offsets.
     */
    static TimeZone parseTz(String tz, String dir, TimeZone previous) {
        Text p = new Text(tz);
        String std = name(p);
        if (std == null) {
            return fixed("", 0);
        }
        Long stdOff = offset(p, false, 0);
        if (stdOff == null) {
            return new TimePosixRule(std, 0, "", 0, Change.ZERO, Change.ZERO);
        }
        if (p.atEnd()) {
            return fixed(std, stdOff);
        }
        String dst = name(p);
        if (dst == null) {
            return new TimePosixRule(std, stdOff, "", 0, Change.ZERO, Change.ZERO);
        }
        long dstOff = offset(p, true, stdOff);
        if (dir != null && (p.atEnd() || p.s.substring(p.i).equals(","))) {
            TimeZone rules = TimeZoneFile.withPosixRules(Path.of(dir, "posixrules"), previous, std, stdOff, dst, dstOff);
            if (rules != null) {
                return rules;
            }
        }
        Parsed start = rule(p, 0);
        Change end = start.ok ? rule(p, 1).change : Change.ZERO;
        return new TimePosixRule(std, stdOff, dst, dstOff, start.change, end);
    }

    /**
     * A rule as read: glibc keeps what it stored before a rule turned out malformed (the kind,
     * the numbers read, no time of day), and then reads no further rule.
     */
    private record Parsed(Change change, boolean ok) {}

    /** A zone name: three or more letters, or three or more of [A-Za-z0-9+-] between '<' and '>'. */
    private static String name(Text p) {
        int start = p.i;
        while (Character.isLetter(p.peek()) && p.peek() < 128) {
            p.i++;
        }
        if (p.i - start >= 3) {
            return p.s.substring(start, p.i);
        }
        p.i = start;
        if (p.peek() != '<') {
            return null;
        }
        p.i++;
        int q = p.i;
        while (p.peek() < 128 && (Character.isLetterOrDigit(p.peek()) || p.peek() == '+' || p.peek() == '-')) {
            p.i++;
        }
        int len = p.i - q;
        if (p.peek() != '>' || len < 3) {
            return null;
        }
        p.i++;
        return p.s.substring(q, q + len);
    }

    /** Up to three numbers separated by ':'; null when none; glibc caps each part. */
    private static long[] hms(Text p) {
        long[] parts = new long[3];
        int n = 0;
        int save = p.i;
        while (n < 3) {
            int s = p.i;
            while (Character.isDigit(p.peek()) && p.peek() < 128) {
                p.i++;
            }
            if (p.i == s) {
                p.i = n == 0 ? save : s - 1;
                break;
            }
            parts[n++] = Long.parseLong(p.s.substring(s, Math.min(p.i, s + 9)));
            if (n < 3 && p.peek() == ':') {
                p.i++;
            } else {
                break;
            }
        }
        return n == 0 ? null : parts;
    }

    /** An offset west of UTC as written, returned east of UTC; DST's defaults to std + 1 hour. */
    private static Long offset(Text p, boolean dst, long stdOff) {
        char c = p.peek();
        if (!dst && (c != '+' && c != '-' && !(Character.isDigit(c) && c < 128))) {
            return null;
        }
        long sign = -1;
        if (c == '+' || c == '-') {
            sign = c == '-' ? 1 : -1;
            p.i++;
        }
        long[] v = hms(p);
        if (v == null) {
            return dst ? stdOff + 3600 : null;
        }
        return sign * (Math.min(v[2], 59) + Math.min(v[1], 59) * 60 + Math.min(v[0], 24) * 3600);
    }

    /** One rule, {@code ,Jn}, {@code ,n} or {@code ,Mm.w.d}, with its time; none means the US rule. */
    private static Parsed rule(Text p, int which) {
        if (p.peek() == ',') {
            p.i++;
        }
        char c = p.peek();
        Change body;
        if (c == 'J' || isDigit(c)) {
            char kind = c == 'J' ? 'J' : 'N';
            if (kind == 'J') {
                p.i++;
            }
            int s = p.i;
            while (isDigit(p.peek())) {
                p.i++;
            }
            long day = p.i == s ? -1 : Long.parseLong(p.s.substring(s, Math.min(p.i, s + 12)));
            if (day < 0 || day > 365 || kind == 'J' && day == 0) {
                return new Parsed(new Change(kind, 0, 0, 0, 0), false);
            }
            body = new Change(kind, 0, 0, (int) day, 0);
        } else if (c == 'M') {
            p.i++;
            int[] mwd = new int[3];
            int read = 0;
            for (; read < 3; read++) {
                if (read > 0) {
                    if (p.peek() != '.') {
                        break;
                    }
                    p.i++;
                }
                int s = p.i;
                while (isDigit(p.peek())) {
                    p.i++;
                }
                if (p.i == s) {
                    break;
                }
                // C's %hu keeps the low 16 bits.
                mwd[read] = (int) (Long.parseLong(p.s.substring(s, Math.min(p.i, s + 12))) & 0xffff);
            }
            body = new Change('M', mwd[0], mwd[1], mwd[2], 0);
            if (read < 3 || mwd[0] < 1 || mwd[0] > 12 || mwd[1] < 1 || mwd[1] > 5 || mwd[2] > 6) {
                return new Parsed(body, false);
            }
        } else if (p.atEnd()) {
            // The US rule since 2007, as glibc assumes: second Sunday of March, first of November.
            return new Parsed(new Change('M', which == 0 ? 3 : 11, which == 0 ? 2 : 1, 0, 7200), true);
        } else {
            return new Parsed(Change.ZERO, false);
        }
        long secs = 7200;
        if (p.peek() == '/') {
            p.i++;
            if (p.atEnd()) {
                return new Parsed(body, false);
            }
            boolean negative = p.peek() == '-';
            if (negative) {
                p.i++;
            }
            long[] v = hms(p);
            long h = v == null ? 2 : v[0];
            long m = v == null ? 0 : v[1];
            long sec = v == null ? 0 : v[2];
            secs = (negative ? -1 : 1) * (h * 3600 + m * 60 + sec);
        } else if (!p.atEnd() && p.peek() != ',') {
            return new Parsed(body, false);
        }
        return new Parsed(new Change(body.kind, body.month, body.week, body.day, secs), true);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
