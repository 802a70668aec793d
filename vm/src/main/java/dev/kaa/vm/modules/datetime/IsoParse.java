package dev.kaa.vm.modules.datetime;

import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyNone;

/**
 * The ISO 8601 grammar of {@code fromisoformat} (3.11 and later): dates as {@code YYYY-MM-DD},
 * {@code YYYYMMDD}, {@code YYYY-Www[-D]} or {@code YYYYWww[D]}; times as
 * {@code HH[:MM[:SS[.f…]]]} or without colons, a comma allowed before the fraction; offsets as
 * {@code Z} or {@code ±HH[:MM[:SS[.ffffff]]]}. Text that does not fit gives null (the callers
 * report "Invalid isoformat string"); values out of range are left to the constructors.
 *
 * <p>Thread safety: stateless.
 */
final class IsoParse {
    private IsoParse() {}

    /** Thrown inside the parser where the text does not fit the grammar. */
    private static final class Invalid extends RuntimeException {
        Invalid() {
            super(null, null, false, false);
        }
    }

    private static final int[] FRACTION_SCALE = {100_000, 10_000, 1_000, 100, 10, 1};

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digits(String s, int at, int n) {
        if (at + n > s.length()) {
            throw new Invalid();
        }
        int v = 0;
        for (int i = at; i < at + n; i++) {
            char c = s.charAt(i);
            if (!digit(c)) {
                throw new Invalid();
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** {@code date.fromisoformat}: the year, month and day, or null. */
    static int[] dateOnly(String s) {
        int n = s.length();
        if (n != 7 && n != 8 && n != 10) {
            return null;
        }
        try {
            return date(s);
        } catch (Invalid e) {
            return null;
        }
    }

    private static int[] date(String s) {
        int year = digits(s, 0, 4);
        boolean dash = s.length() > 4 && s.charAt(4) == '-';
        int pos = dash ? 5 : 4;
        if (pos < s.length() && s.charAt(pos) == 'W') {
            int week = digits(s, pos + 1, 2);
            pos += 3;
            int day = 1;
            if (pos < s.length()) {
                if ((s.charAt(pos) == '-') != dash) {
                    throw new Invalid();
                }
                pos += dash ? 1 : 0;
                day = digits(s, pos, 1);
                pos++;
            }
            if (pos != s.length()) {
                throw new Invalid();
            }
            int[] ymd = isoWeekToDate(year, week, day, false);
            if (ymd == null) {
                throw new Invalid();
            }
            return ymd;
        }
        int month = digits(s, pos, 2);
        pos += 2;
        if (pos < s.length() && (s.charAt(pos) == '-') != dash || pos >= s.length() && dash) {
            throw new Invalid();
        }
        pos += dash ? 1 : 0;
        int day = digits(s, pos, 2);
        if (pos + 2 != s.length()) {
            throw new Invalid();
        }
        return new int[] {year, month, day};
    }

    /**
     * The date of an ISO year, week and weekday; out-of-range values raise ValueError when
     * {@code raise} is set, else give null.
     */
    static int[] isoWeekToDate(int year, int week, int day, boolean raise) {
        if (year < DateMath.MINYEAR || year > DateMath.MAXYEAR) {
            if (raise) {
                throw PyErr.valueError("Year is out of range: %d", year);
            }
            return null;
        }
        if (week <= 0 || week >= 53) {
            boolean ok = false;
            if (week == 53) {
                int firstWeekday = DateMath.toOrdinal(year, 1, 1) % 7;
                ok = firstWeekday == 4 || firstWeekday == 3 && DateMath.isLeap(year);
            }
            if (!ok) {
                if (raise) {
                    throw PyErr.valueError("Invalid week: %d", week);
                }
                return null;
            }
        }
        if (day <= 0 || day >= 8) {
            if (raise) {
                throw PyErr.valueError("Invalid day: %d (range is [1, 7])", day);
            }
            return null;
        }
        int ord = DateMath.isoWeek1Monday(year) + (week - 1) * 7 + day - 1;
        if (ord < 1 || ord > DateMath.MAXORDINAL) {
            if (raise) {
                throw PyErr.valueError("year %d is out of range", DateMath.fromOrdinal(ord)[0]);
            }
            return null;
        }
        return DateMath.fromOrdinal(ord);
    }

    /** {@code {hour, minute, second, microsecond}} of {@code HH[:?MM[:?SS[{.,}f…]]]}. */
    private static int[] hhmmssff(String s) {
        int[] out = new int[4];
        int n = s.length();
        int pos = 0;
        boolean colon = false;
        for (int comp = 0; comp < 3; comp++) {
            if (n - pos < 2) {
                throw new Invalid();
            }
            out[comp] = digits(s, pos, 2);
            pos += 2;
            if (comp == 0) {
                colon = pos < n && s.charAt(pos) == ':';
            }
            if (pos >= n || comp >= 2) {
                break;
            }
            if (colon && s.charAt(pos) != ':') {
                throw new Invalid();
            }
            pos += colon ? 1 : 0;
        }
        if (pos < n) {
            char c = s.charAt(pos);
            if (c != '.' && c != ',') {
                throw new Invalid();
            }
            pos++;
            int left = n - pos;
            if (left == 0) {
                throw new Invalid();
            }
            int take = Math.min(left, 6);
            out[3] = digits(s, pos, take) * FRACTION_SCALE[take - 1];
            for (int i = pos + take; i < n; i++) {
                if (!digit(s.charAt(i))) {
                    throw new Invalid();
                }
            }
        }
        return out;
    }

    /** {@code {hour, minute, second, microsecond, tzinfo}} of a time with an optional offset. */
    private static Object[] timeWithZone(String s) {
        int n = s.length();
        if (n < 2) {
            throw new Invalid();
        }
        int tz = s.indexOf('-');
        if (tz < 0) {
            tz = s.indexOf('+');
        }
        if (tz < 0) {
            tz = s.indexOf('Z');
        }
        int[] t = hhmmssff(tz >= 0 ? s.substring(0, tz) : s);
        Object zone = PyNone.NONE;
        if (tz == n - 1 && s.charAt(tz) == 'Z') {
            zone = PyTimeZone.UTC;
        } else if (tz >= 0) {
            String z = s.substring(tz + 1);
            if (z.length() == 0 || z.length() == 1 || z.length() == 3) {
                throw new Invalid();
            }
            int[] o = hhmmssff(z);
            if (o[0] == 0 && o[1] == 0 && o[2] == 0 && o[3] == 0) {
                zone = PyTimeZone.UTC;
            } else {
                long sign = s.charAt(tz) == '-' ? -1 : 1;
                PyTimeDelta off = PyTimeDelta.of(0, sign * (o[0] * 3600L + o[1] * 60L + o[2]), sign * o[3]);
                zone = PyTimeZone.of(off, null);
            }
        }
        return new Object[] {t[0], t[1], t[2], t[3], zone};
    }

    /** {@code time.fromisoformat}: the fields and tzinfo, or null. */
    static Object[] time(String s) {
        if (s.startsWith("T")) {
            s = s.substring(1);
        }
        try {
            return timeWithZone(s);
        } catch (Invalid e) {
            return null;
        }
    }

    /** Where the date part of a date and time ends (CPython's reading of the ambiguous forms). */
    private static int dateEnd(String s) {
        int n = s.length();
        if (n == 7) {
            return 7;
        }
        if (s.charAt(4) == '-') {
            if (s.charAt(5) != 'W') {
                return 10;
            }
            if (n > 8 && s.charAt(8) == '-') {
                if (n == 9) {
                    throw new Invalid();
                }
                return n > 10 && digit(s.charAt(10)) ? 8 : 10;
            }
            return 8;
        }
        if (s.charAt(4) == 'W') {
            int i = 7;
            while (i < n && digit(s.charAt(i))) {
                i++;
            }
            if (i < 9) {
                return i;
            }
            return i % 2 == 0 ? 7 : 8;
        }
        return 8;
    }

    /** {@code datetime.fromisoformat}: year … microsecond and tzinfo, or null. */
    static Object[] dateTime(String s) {
        if (s.length() < 7) {
            return null;
        }
        try {
            int end = dateEnd(s);
            if (end > s.length()) {
                throw new Invalid();
            }
            int[] ymd = date(s.substring(0, end));
            // The separator is any one character, outside the BMP too.
            Object[] t = end >= s.length() ? new Object[] {0, 0, 0, 0, PyNone.NONE}
                    : timeWithZone(s.substring(end + Character.charCount(s.codePointAt(end))));
            return new Object[] {ymd[0], ymd[1], ymd[2], t[0], t[1], t[2], t[3], t[4]};
        } catch (Invalid e) {
            return null;
        } catch (StringIndexOutOfBoundsException e) {
            return null;
        }
    }
}
