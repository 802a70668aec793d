package dev.kaa.vm.modules;

/**
 * {@code time.strftime} as glibc formats in the C locale: every conversion glibc knows, its
 * flags ({@code - _ 0 ^ #}), field widths and the {@code E}/{@code O} modifiers, computed from
 * the fields of the given time as they are (not recomputed), as C does.
 *
 * <p>Thread safety: stateless.
 */
final class TimeFormat {
    private TimeFormat() {}

    /** {@link #format(String, TimeTm)} for Java callers holding a java.time zone (unused by %s). */
    static String format(String fmt, TimeTm tm, java.time.ZoneId zone) {
        return format(fmt, tm);
    }

    static String format(String fmt, TimeTm tm) {
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int start = i;
            char flag = 0;
            boolean upper = false, swap = false;
            i++;
            while (i < n && "-_0^#".indexOf(fmt.charAt(i)) >= 0) {
                char f = fmt.charAt(i++);
                if (f == '^') {
                    upper = true;
                } else if (f == '#') {
                    swap = true;
                } else {
                    flag = f;
                }
            }
            int width = -1;
            while (i < n && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                width = Math.max(0, width) * 10 + (fmt.charAt(i++) - '0');
                if (width > 100_000) {
                    width = 100_000;
                }
            }
            if (i < n && (fmt.charAt(i) == 'E' || fmt.charAt(i) == 'O')) {
                i++;
            }
            if (i >= n) {
                // A lone or unfinished '%' at the end is copied as it is.
                out.append(fmt, start, n);
                break;
            }
            char conv = fmt.charAt(i);
            String s = convert(conv, flag, width, upper, swap, tm);
            if (s == null) {
                out.append(fmt, start, i + 1);
            } else {
                out.append(s);
            }
        }
        return out.toString();
    }

    private static String convert(char conv, char flag, int width, boolean upper, boolean swap, TimeTm tm) {
        int hour12 = tm.hour % 12 == 0 ? 12 : tm.hour % 12;
        return switch (conv) {
            case '%' -> text("%", flag, width, false, false);
            case 'a' -> text(TimeTm.dayName(tm.wday, false), flag, width, upper || swap, false);
            case 'A' -> text(TimeTm.dayName(tm.wday, true), flag, width, upper || swap, false);
            case 'b', 'h' -> text(TimeTm.monthName(tm.mon, false), flag, width, upper || swap, false);
            case 'B' -> text(TimeTm.monthName(tm.mon, true), flag, width, upper || swap, false);
            case 'c' -> text(format("%a %b %e %H:%M:%S %Y", tm), flag, width, upper, false);
            case 'C' -> number(Math.floorDiv(tm.year, 100), 1, '0', flag, width);
            case 'd' -> number(tm.mday, 2, '0', flag, width);
            case 'D', 'x' -> text(format("%m/%d/%y", tm), flag, width, upper, false);
            case 'e' -> number(tm.mday, 2, ' ', flag, width);
            case 'F' -> text(format("%Y-%m-%d", tm), flag, width, upper, false);
            case 'g' -> number(Math.floorMod(isoYear(tm), 100), 2, '0', flag, width);
            case 'G' -> number(isoYear(tm), 1, '0', flag, width);
            case 'H' -> number(tm.hour, 2, '0', flag, width);
            case 'I' -> number(hour12, 2, '0', flag, width);
            case 'j' -> number(tm.yday + 1L, 3, '0', flag, width);
            case 'k' -> number(tm.hour, 2, ' ', flag, width);
            case 'l' -> number(hour12, 2, ' ', flag, width);
            case 'm' -> number(tm.mon + 1L, 2, '0', flag, width);
            case 'M' -> number(tm.min, 2, '0', flag, width);
            case 'n' -> text("\n", flag, width, false, false);
            case 'p' -> text(tm.hour >= 12 ? "PM" : "AM", flag, width, false, swap);
            case 'P' -> text(tm.hour >= 12 ? "pm" : "am", flag, width, false, false);
            case 'r' -> text(format("%I:%M:%S %p", tm), flag, width, upper, false);
            case 'R' -> text(format("%H:%M", tm), flag, width, upper, false);
            case 's' -> number(epochSeconds(tm), 1, '0', flag, width);
            case 'S' -> number(tm.sec, 2, '0', flag, width);
            case 't' -> text("\t", flag, width, false, false);
            case 'T', 'X' -> text(format("%H:%M:%S", tm), flag, width, upper, false);
            case 'u' -> number(tm.wday == 0 ? 7 : tm.wday, 1, '0', flag, width);
            case 'U' -> number((tm.yday - tm.wday + 7) / 7, 2, '0', flag, width);
            case 'V' -> number(isoWeek(tm), 2, '0', flag, width);
            case 'w' -> number(tm.wday, 1, '0', flag, width);
            case 'W' -> number((tm.yday - (tm.wday - 1 + 7) % 7 + 7) / 7, 2, '0', flag, width);
            case 'y' -> number(Math.floorMod(tm.year, 100), 2, '0', flag, width);
            case 'Y' -> number(tm.year, 1, '0', flag, width);
            // glibc prints neither the zone nor its offset when isdst is unknown.
            case 'z' -> tm.isdst < 0 ? "" : zoneOffset(tm.gmtoff, flag, width);
            case 'Z' -> text(tm.zone == null || tm.isdst < 0 ? "" : tm.zone, flag, width, upper, swap);
            default -> null;
        };
    }

    /** A number padded to {@code defWidth} with {@code defPad}, or as the flags and width say. */
    private static String number(long v, int defWidth, char defPad, char flag, int width) {
        String digits = Long.toString(Math.abs(v));
        String sign = v < 0 ? "-" : "";
        int w = width >= 0 ? width : flag == '-' ? 0 : defWidth;
        char pad = switch (flag) {
            case '_', '-' -> ' ';
            case '0' -> '0';
            default -> defPad;
        };
        int len = sign.length() + digits.length();
        if (len >= w) {
            return sign + digits;
        }
        String fill = String.valueOf(pad).repeat(w - len);
        return pad == '0' ? sign + fill + digits : fill + sign + digits;
    }

    private static String text(String s, char flag, int width, boolean upper, boolean lower) {
        if (upper) {
            s = s.toUpperCase(java.util.Locale.ROOT);
        } else if (lower) {
            s = s.toLowerCase(java.util.Locale.ROOT);
        }
        if (width > s.length()) {
            s = String.valueOf(flag == '0' ? '0' : ' ').repeat(width - s.length()) + s;
        }
        return s;
    }

    private static String zoneOffset(long gmtoff, char flag, int width) {
        long a = Math.abs(gmtoff);
        long hhmm = a / 3600 * 100 + a / 60 % 60;
        String body = String.format("%04d", hhmm);
        String s = (gmtoff < 0 ? "-" : "+") + body;
        if (width > s.length()) {
            char pad = flag == '_' || flag == '-' ? ' ' : '0';
            s = pad == '0' ? s.charAt(0) + "0".repeat(width - s.length()) + body
                    : " ".repeat(width - s.length()) + s;
        }
        return s;
    }

    /** {@code %s}: glibc runs mktime on a copy of the fields (-1 when it fails). */
    private static long epochSeconds(TimeTm tm) {
        TimeTm copy = tm.copy();
        TimeState state = TimeState.current();
        try {
            return TimeMktime.mktime(copy, state.tzset(), state);
        } catch (TimeMktime.OutOfRange e) {
            return -1;
        }
    }

    private static boolean leap(long y) {
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    /**
     * Days from the Monday starting ISO week 1 of the year to the given day of that year:
     * week 1 is the week with the year's first Thursday.
     */
    private static int isoWeekDays(int yday, int wday) {
        final int bigMultipleOf7 = (366 / 7 + 2) * 7;
        return yday - (yday - wday + 4 + bigMultipleOf7) % 7 + 4 - 1;
    }

    private static long isoYear(TimeTm tm) {
        int days = isoWeekDays(tm.yday, tm.wday);
        if (days < 0) {
            return tm.year - 1;
        }
        int next = isoWeekDays(tm.yday - (365 + (leap(tm.year) ? 1 : 0)), tm.wday);
        return next >= 0 ? tm.year + 1 : tm.year;
    }

    private static int isoWeek(TimeTm tm) {
        int days = isoWeekDays(tm.yday, tm.wday);
        if (days < 0) {
            days = isoWeekDays(tm.yday + 365 + (leap(tm.year - 1) ? 1 : 0), tm.wday);
        } else {
            int next = isoWeekDays(tm.yday - (365 + (leap(tm.year) ? 1 : 0)), tm.wday);
            if (next >= 0) {
                days = next;
            }
        }
        return days / 7 + 1;
    }
}
