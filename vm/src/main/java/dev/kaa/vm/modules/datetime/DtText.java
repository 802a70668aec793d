package dev.kaa.vm.modules.datetime;

import dev.kaa.vm.objects.PyErr;

/**
 * Zero-padded numbers and the ISO 8601 text of times and UTC offsets.
 *
 * <p>Thread safety: stateless.
 */
final class DtText {
    private DtText() {}

    static StringBuilder pad(StringBuilder b, long v, int width) {
        String s = Long.toString(v);
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(s);
    }

    static StringBuilder pad2(StringBuilder b, long v) {
        return pad(b, v, 2);
    }

    /** {@code HH:MM:SS[.ffffff]} as {@code timespec} asks ("auto", "hours" … "microseconds"). */
    static String time(int h, int m, int s, int us, String timespec) {
        StringBuilder b = new StringBuilder();
        pad2(b, h);
        switch (timespec) {
            case "auto" -> {
                pad2(pad2(b.append(':'), m).append(':'), s);
                if (us != 0) {
                    pad(b.append('.'), us, 6);
                }
            }
            case "hours" -> { }
            case "minutes" -> pad2(b.append(':'), m);
            case "seconds" -> pad2(pad2(b.append(':'), m).append(':'), s);
            case "milliseconds" -> pad(pad2(pad2(b.append(':'), m).append(':'), s).append('.'), us / 1000, 3);
            case "microseconds" -> pad(pad2(pad2(b.append(':'), m).append(':'), s).append('.'), us, 6);
            default -> throw PyErr.valueError("Unknown timespec value");
        }
        return b.toString();
    }

    /**
     * An offset as {@code +HH<sep>MM[<sep>SS[.ffffff]]}, the seconds only when not zero; null
     * for no offset.
     */
    static String offset(PyTimeDelta off, String sep) {
        if (off == null) {
            return null;
        }
        long us = off.micros();
        char sign = '+';
        if (us < 0) {
            sign = '-';
            us = -us;
        }
        long secs = us / 1_000_000;
        long frac = us % 1_000_000;
        StringBuilder b = new StringBuilder().append(sign);
        pad2(b, secs / 3600).append(sep);
        pad2(b, secs / 60 % 60);
        if (secs % 60 != 0 || frac != 0) {
            pad2(b.append(sep), secs % 60);
            if (frac != 0) {
                pad(b.append('.'), frac, 6);
            }
        }
        return b.toString();
    }
}
