package dev.kaa.vm.modules.zoneinfo;

import dev.kaa.vm.modules.datetime.PyTimeDelta;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import java.util.HashMap;
import java.util.Map;

/**
 * One local time type of a zone: its offset from UTC, its DST part and its abbreviation, kept
 * both as the Python objects {@code utcoffset()}, {@code dst()} and {@code tzname()} return and as
 * seconds for the arithmetic.
 *
 * <p>Thread safety: immutable.
 */
record Ttinfo(Object utcoff, Object dstoff, Object tzname, long utcSecs, long dstSecs) {

    /** What {@code utcoffset}, {@code dst} and {@code tzname} give for None in a zone of changing offset. */
    static final Ttinfo NONE = new Ttinfo(PyNone.NONE, PyNone.NONE, PyNone.NONE, 0, 0);

    /** Same offsets and name (compared as the pure-Python module's {@code _ttinfo.__eq__} does). */
    boolean sameAs(Ttinfo o) {
        return utcSecs == o.utcSecs && dstSecs == o.dstSecs && Abstract.equals(tzname, o.tzname);
    }

    /** Makes the types of one zone, sharing one timedelta per distinct number of seconds. */
    static final class Factory {
        private final Map<Long, Object> deltas = new HashMap<>();

        Ttinfo of(long utcSecs, long dstSecs, String name) {
            return new Ttinfo(delta(utcSecs), delta(dstSecs), PyStr.of(name), utcSecs, dstSecs);
        }

        Object delta(long secs) {
            return deltas.computeIfAbsent(secs, s -> Abstract.call(PyTimeDelta.TYPE, PyInt.of(0), PyInt.of(s)));
        }
    }
}
