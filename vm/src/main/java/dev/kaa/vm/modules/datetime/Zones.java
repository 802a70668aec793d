package dev.kaa.vm.modules.datetime;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;

/**
 * Calls to a {@code tzinfo}'s methods, with CPython's checks of what they return.
 *
 * <p>Thread safety: stateless.
 */
final class Zones {
    private Zones() {}

    private static final long DAY_US = 86_400_000_000L;

    static boolean isTzinfo(Object o) {
        return o instanceof PyTzInfo || Abstract.typeOf(o).isSubtypeOf(PyTzInfo.TYPE);
    }

    /** Requires None or a tzinfo, as the constructors do. */
    static Object checkTzinfo(Object tz) {
        if (tz != PyNone.NONE && !isTzinfo(tz)) {
            throw PyErr.typeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'",
                    Abstract.typeOf(tz).messageName());
        }
        return tz;
    }

    /** Requires an offset strictly within a day; {@code timezone()}'s message names the value. */
    static void checkOffset(PyTimeDelta off, boolean named) {
        long us = off.days < -1 || off.days > 0 ? Long.MAX_VALUE : off.micros();
        if (us <= -DAY_US || us >= DAY_US) {
            if (named) {
                throw PyErr.valueError("offset must be a timedelta strictly between -timedelta(hours=24) and"
                        + " timedelta(hours=24), not %s.", off.__repr__());
            }
            throw PyErr.valueError("offset must be a timedelta strictly between -timedelta(hours=24) and"
                    + " timedelta(hours=24).");
        }
    }

    private static PyTimeDelta offsetCall(Object tz, String method, Object arg) {
        if (tz == PyNone.NONE) {
            return null;
        }
        Object r = Abstract.callMethod(tz, method, arg);
        if (r == PyNone.NONE) {
            return null;
        }
        if (!(r instanceof PyTimeDelta off)) {
            throw PyErr.typeError("tzinfo.%s() must return None or timedelta, not '%s'", method,
                    Abstract.typeOf(r).messageName());
        }
        checkOffset(off, false);
        return off;
    }

    /** {@code tz.utcoffset(arg)} checked, or null for None. */
    static PyTimeDelta utcoffset(Object tz, Object arg) {
        return offsetCall(tz, "utcoffset", arg);
    }

    static PyTimeDelta dst(Object tz, Object arg) {
        return offsetCall(tz, "dst", arg);
    }

    /** {@code tz.tzname(arg)}: a str, or None. */
    static Object tzname(Object tz, Object arg) {
        if (tz == PyNone.NONE) {
            return PyNone.NONE;
        }
        Object r = Abstract.callMethod(tz, "tzname", arg);
        if (r != PyNone.NONE && !(r instanceof PyStr)) {
            throw PyErr.typeError("tzinfo.tzname() must return None or a string, not '%s'",
                    Abstract.typeOf(r).messageName());
        }
        return r;
    }

    static Object orNone(PyTimeDelta d) {
        return d == null ? PyNone.NONE : d;
    }
}
