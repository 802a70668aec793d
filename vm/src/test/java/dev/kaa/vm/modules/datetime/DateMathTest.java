package dev.kaa.vm.modules.datetime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.junit.jupiter.api.Test;

/**
 * The calendar arithmetic checked against {@code java.time} on every day from 0001-01-01 to
 * 9999-12-31: a sweep the corpus, which compares a few dozen days with CPython, cannot make.
 *
 * <p>Thread safety: confined to the test thread.
 */
class DateMathTest {
    @Test
    void everyOrdinalRoundTripsAndMatchesJavaTime() {
        LocalDate day = LocalDate.of(1, 1, 1);
        for (int ord = 1; ord <= DateMath.MAXORDINAL; ord++, day = day.plusDays(1)) {
            int[] ymd = DateMath.fromOrdinal(ord);
            assertEquals(day.getYear(), ymd[0]);
            assertEquals(day.getMonthValue(), ymd[1]);
            assertEquals(day.getDayOfMonth(), ymd[2]);
            assertEquals(ord, DateMath.toOrdinal(ymd[0], ymd[1], ymd[2]));
            assertEquals(day.getDayOfWeek().getValue() - 1, DateMath.weekday(ymd[0], ymd[1], ymd[2]));
        }
        assertEquals(LocalDate.of(9999, 12, 31), day.minusDays(1));
    }

    @Test
    void isoCalendarMatchesJavaTime() {
        for (LocalDate d = LocalDate.of(1, 1, 4); d.getYear() < 9999; d = d.plusDays(1)) {
            int[] iso = DateMath.isoCalendar(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            assertArrayEquals(new int[] {d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                d.getDayOfWeek().getValue()}, iso, d.toString());
        }
    }

    @Test
    void isoWeeksMapBackToTheirDays() {
        for (int year = 1; year < 9999; year++) {
            LocalDate monday = LocalDate.of(year, 1, 4).with(DayOfWeek.MONDAY);
            int[] ymd = IsoParse.isoWeekToDate(year, 1, 1, true);
            assertArrayEquals(new int[] {monday.getYear(), monday.getMonthValue(), monday.getDayOfMonth()}, ymd);
        }
    }
}
