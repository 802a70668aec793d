package dev.kaa.vm.modules;

import dev.kaa.vm.objects.PyException;

/**
 * C's {@code mktime} with glibc's answers: the requested local time is found by repeatedly
 * correcting a guess with {@code localtime}'s offset, starting from the offset of the previous
 * call. A time in a gap makes the guesses alternate between the offsets before and after it; the
 * one whose reading has the other daylight flag than requested is taken (daylight time when the
 * flag is -1). When the daylight flag
 * found differs from a requested one, the offset of the nearest time (probed a week apart, up to
 * about 8.5 years away) with the requested flag is used; with none, daylight time is taken as
 * one hour ahead. Seconds outside 0–59 are added after the search.
 *
 * <p>Thread safety: stateless; the guess lives in {@link TimeState}.
 */
final class TimeMktime {
    private TimeMktime() {}

    /** glibc's probe step and reach when looking for a time with the requested daylight flag. */
    private static final long STRIDE = 601_200, REACH = 536_454_000 / 2 + STRIDE;
    private static final int MAX_GUESSES = 6;

    /** Raised (and caught by the callers) when the time cannot be represented. */
    static final class OutOfRange extends Exception {
        OutOfRange() {
            super(null, null, false, false);
        }
    }

    /** The timestamp of {@code tm} read as local time in {@code zone}. */
    static long mktime(TimeTm tm, TimeZone zone, TimeState state) throws OutOfRange {
        long year = tm.year + Math.floorDiv(tm.mon, 12);
        int mon = Math.floorMod(tm.mon, 12);
        long yday = TimeTm.daysBeforeMonth(mon, TimeTm.isLeap(year)) + (long) tm.mday - 1;
        int requestedSec = tm.sec;
        int sec = Math.max(0, Math.min(59, requestedSec));
        long want = (TimeTm.daysFromCivil(year, 1, 1) + yday) * 86_400 + tm.hour * 3600L + tm.min * 60L + sec;
        int isdst = tm.isdst;

        long t = want - state.mktimeGuess;
        long before = t, last = t;
        TimeTm got;
        boolean settled = false;
        for (int guesses = MAX_GUESSES;; ) {
            got = local(t, zone, state);
            long next = t + (want - got.localSeconds());
            if (next == t) {
                break;
            }
            if (t == before && t != last && (isdst > 0) != (got.isdst != 0)) {
                // Alternating across a gap: take the reading whose flag differs from the one
                // asked for (daylight time when none was asked for).
                settled = true;
                break;
            }
            if (--guesses == 0) {
                throw new OutOfRange();
            }
            before = last;
            last = t;
            t = next;
        }
        if (!settled && isdst >= 0 && (isdst != 0) != (got.isdst != 0)) {
            long[] found = probe(t, want, isdst, zone, state);
            if (found != null) {
                t = found[0];
                got = local(t, zone, state);
            } else {
                t += 3600L * ((isdst == 0 ? 1 : 0) - (got.isdst == 0 ? 1 : 0));
                got = local(t, zone, state);
            }
        }
        state.mktimeGuess = want - t;
        if (requestedSec != got.sec) {
            t += (sec == 0 && got.sec == 60 ? 1 : 0) - sec + requestedSec;
            got = local(t, zone, state);
        }
        copyNormalised(got, tm);
        return t;
    }

    /** The time for {@code want} with the offset of the nearest time whose daylight flag is {@code isdst}. */
    private static long[] probe(long t, long want, int isdst, TimeZone zone, TimeState state) throws OutOfRange {
        for (long delta = STRIDE; delta < REACH; delta += STRIDE) {
            for (int direction = -1; direction <= 1; direction += 2) {
                long other = t + delta * direction;
                TimeTm o = local(other, zone, state);
                if ((o.isdst != 0) == (isdst != 0)) {
                    long guess = other + (want - o.localSeconds());
                    try {
                        local(guess, zone, state);
                        return new long[] {guess};
                    } catch (OutOfRange e) {
                        // Not representable: keep looking.
                    }
                }
            }
        }
        return null;
    }

    private static TimeTm local(long t, TimeZone zone, TimeState state) throws OutOfRange {
        try {
            TimeZone.Local local = zone.at(t);
            state.cNames = local.names();
            return TimeTm.of(t, local);
        } catch (PyException e) {
            throw new OutOfRange();
        }
    }

    private static void copyNormalised(TimeTm from, TimeTm to) {
        to.year = from.year;
        to.mon = from.mon;
        to.mday = from.mday;
        to.hour = from.hour;
        to.min = from.min;
        to.sec = from.sec;
        to.wday = from.wday;
        to.yday = from.yday;
        to.isdst = from.isdst;
        to.zone = from.zone;
        to.gmtoff = from.gmtoff;
    }
}
