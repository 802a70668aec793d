package dev.kaa.vm.modules.datetime;

import dev.kaa.vm.objects.PyErr;

/**
 * The proleptic Gregorian calendar of {@code datetime}: ordinals (day 1 is 0001-01-01), month
 * lengths, ISO weeks, and the range checks with CPython's messages.
 *
 * <p>Thread safety: stateless.
 */
final class DateMath {
    private DateMath() {}

    static final int MINYEAR = 1, MAXYEAR = 9999;
    /** The ordinal of 9999-12-31. */
    static final int MAXORDINAL = 3_652_059;

    private static final int[] DAYS_IN_MONTH = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    private static final int[] DAYS_BEFORE_MONTH = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

    static boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    static int daysInMonth(int year, int month) {
        return month == 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month];
    }

    static int daysBeforeMonth(int year, int month) {
        return DAYS_BEFORE_MONTH[month] + (month > 2 && isLeap(year) ? 1 : 0);
    }

    /** Days in the years before {@code year} (year 1 has none before it). */
    static long daysBeforeYear(long year) {
        long y = year - 1;
        return y * 365 + Math.floorDiv(y, 4) - Math.floorDiv(y, 100) + Math.floorDiv(y, 400);
    }

    static int toOrdinal(int year, int month, int day) {
        return (int) (daysBeforeYear(year) + daysBeforeMonth(year, month) + day);
    }

    /** {@code {year, month, day}} of an ordinal (any ordinal; the year may leave 1..9999). */
    static int[] fromOrdinal(long ordinal) {
        long n = ordinal - 1;
        long n400 = Math.floorDiv(n, 146_097);
        n = Math.floorMod(n, 146_097);
        long year = n400 * 400 + 1;
        long n100 = n / 36_524;
        n %= 36_524;
        long n4 = n / 1_461;
        n %= 1_461;
        long n1 = n / 365;
        n %= 365;
        year += n100 * 100 + n4 * 4 + n1;
        if (n1 == 4 || n100 == 4) {
            return new int[] {(int) year - 1, 12, 31};
        }
        int y = (int) year;
        int month = (int) ((n + 50) >> 5);
        int before = daysBeforeMonth(y, month);
        if (before > n) {
            month--;
            before = daysBeforeMonth(y, month);
        }
        return new int[] {y, month, (int) (n - before + 1)};
    }

    /** Monday 0 .. Sunday 6. */
    static int weekday(int year, int month, int day) {
        return (toOrdinal(year, month, day) + 6) % 7;
    }

    /** The ordinal of the Monday that starts ISO week 1 of {@code year}. */
    static int isoWeek1Monday(int year) {
        int first = (int) (daysBeforeYear(year) + 1);
        int firstWeekday = (first + 6) % 7;
        int monday = first - firstWeekday;
        return firstWeekday > 3 ? monday + 7 : monday;
    }

    /** {@code {isoyear, week, weekday}} (weekday 1..7). */
    static int[] isoCalendar(int year, int month, int day) {
        int ord = toOrdinal(year, month, day);
        int y = year;
        int week1 = isoWeek1Monday(y);
        int week = Math.floorDiv(ord - week1, 7);
        int wd = Math.floorMod(ord - week1, 7);
        if (week < 0) {
            y--;
            week1 = isoWeek1Monday(y);
            week = Math.floorDiv(ord - week1, 7);
            wd = Math.floorMod(ord - week1, 7);
        } else if (week >= 52 && ord >= isoWeek1Monday(y + 1)) {
            y++;
            week = 0;
        }
        return new int[] {y, week + 1, wd + 1};
    }

    static void checkDate(long year, long month, long day) {
        if (year < MINYEAR || year > MAXYEAR) {
            throw PyErr.valueError("year %d is out of range", year);
        }
        if (month < 1 || month > 12) {
            throw PyErr.valueError("month must be in 1..12");
        }
        if (day < 1 || day > daysInMonth((int) year, (int) month)) {
            throw PyErr.valueError("day is out of range for month");
        }
    }

    static void checkTime(long hour, long minute, long second, long us, long fold) {
        if (hour < 0 || hour > 23) {
            throw PyErr.valueError("hour must be in 0..23");
        }
        if (minute < 0 || minute > 59) {
            throw PyErr.valueError("minute must be in 0..59");
        }
        if (second < 0 || second > 59) {
            throw PyErr.valueError("second must be in 0..59");
        }
        if (us < 0 || us > 999_999) {
            throw PyErr.valueError("microsecond must be in 0..999999");
        }
        if (fold != 0 && fold != 1) {
            throw PyErr.valueError("fold must be either 0 or 1");
        }
    }
}
