package dev.kaa.vm.modules.zoneinfo;

/**
 * Calendar arithmetic in days since 1970-01-01, proleptic Gregorian.
 *
 * <p>Thread safety: stateless.
 */
final class ZoneMath {
    private ZoneMath() {}

    private static final int[] BEFORE_MONTH = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};

    static boolean isLeap(long year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** Days from 1970-01-01 to January 1 of {@code year}. */
    static long daysBeforeYear(long year) {
        long y = year - 1;
        // 719162 days lie between 0001-01-01 and 1970-01-01.
        return y * 365 + Math.floorDiv(y, 4) - Math.floorDiv(y, 100) + Math.floorDiv(y, 400) - 719162;
    }

    /** Days of the year before the first of {@code month} (1–12). */
    static int daysBeforeMonth(int month, boolean leap) {
        return BEFORE_MONTH[month - 1] + (leap && month > 2 ? 1 : 0);
    }

    static int monthLength(int month, boolean leap) {
        return BEFORE_MONTH[month] - BEFORE_MONTH[month - 1] + (leap && month == 2 ? 1 : 0);
    }
}
