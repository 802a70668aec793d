package dev.kaa.vm.modules.datetime;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;

/**
 * {@code strftime} of dates and times: {@code %z}, {@code %:z}, {@code %Z} and {@code %f} are
 * expanded here from the object itself, the rest by {@code time.strftime} on its time tuple, as
 * CPython's C module does.
 *
 * <p>Thread safety: stateless.
 */
final class DtFormat {
    private DtFormat() {}

    /** The module {@code name}: from {@code sys.modules} when there (the common case), else imported. */
    static Object importModule(String name) {
        ThreadState ts = ThreadState.current();
        Object m = ts.runtime.modules.getItem(PyStr.intern(name));
        if (m instanceof PyModule) {
            return m;
        }
        return ts.runtime.services.importName(ts, name, null, PyNone.NONE, 0);
    }

    /**
     * Formats {@code fmt}: {@code tz} and {@code tzArg} give the offset and zone name (tz None
     * for a date), {@code us} the microseconds.
     */
    static Object strftime(Object fmt, Object timetuple, Object tz, Object tzArg, int us) {
        if (!(fmt instanceof PyStr f)) {
            throw PyErr.typeError("strftime() argument 1 must be str, not %T", fmt);
        }
        String s = f.toString();
        StringBuilder out = new StringBuilder(s.length() + 8);
        String offsetPlain = null, offsetColon = null, zone = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c != '%' || i + 1 >= n) {
                out.append(c);
                continue;
            }
            char k = s.charAt(i + 1);
            if (k == 'z') {
                if (offsetPlain == null) {
                    offsetPlain = offsetText(tz, tzArg, "");
                }
                out.append(offsetPlain);
                i++;
            } else if (k == ':' && i + 2 < n && s.charAt(i + 2) == 'z') {
                if (offsetColon == null) {
                    offsetColon = offsetText(tz, tzArg, ":");
                }
                out.append(offsetColon);
                i += 2;
            } else if (k == 'Z') {
                if (zone == null) {
                    Object name = tz == PyNone.NONE ? PyNone.NONE : Zones.tzname(tz, tzArg);
                    zone = name == PyNone.NONE ? "" : zoneText(name);
                }
                out.append(zone);
                i++;
            } else if (k == 'f') {
                DtText.pad(out, us, 6);
                i++;
            } else {
                out.append(c).append(k);
                i++;
            }
        }
        Object time = importModule("time");
        return Abstract.callMethod(time, "strftime", PyStr.of(out.toString()), timetuple);
    }

    /** A zone name with its '%' doubled, as the C module's call of its {@code replace} method makes it. */
    private static String zoneText(Object name) {
        String raw = name.toString();
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isSurrogate(raw.charAt(i))) {
                // C encodes the name to UTF-8 first; a lone surrogate fails there.
                throw PyErr.withArgs(Exceptions.UnicodeEncodeError, PyStr.of("utf-8"), name,
                        PyInt.of(i), PyInt.of(i + 1),
                        PyStr.of("surrogates not allowed"));
            }
        }
        Object r = Abstract.callMethod(name, "replace", PyStr.of("%"), PyStr.of("%%"));
        if (!(r instanceof PyStr s)) {
            throw PyErr.typeError("tzname.replace() did not return a string");
        }
        return s.toString();
    }

    private static String offsetText(Object tz, Object tzArg, String sep) {
        if (tz == PyNone.NONE) {
            return "";
        }
        String t = DtText.offset(Zones.utcoffset(tz, tzArg), sep);
        return t == null ? "" : t;
    }

    /** {@code __format__}: {@code str(self)} for an empty spec, else {@code self.strftime(spec)}. */
    static Object format(Object self, Object spec) {
        if (!(spec instanceof PyStr s)) {
            throw PyErr.typeError("__format__() argument 1 must be str, not %T", spec);
        }
        if (s.toString().isEmpty()) {
            return Abstract.str(self);
        }
        return Abstract.callMethod(self, "strftime", spec);
    }

    /** A {@code time.struct_time} of these fields (weekday and day of the year computed). */
    static Object structTime(int y, int m, int d, int hh, int mm, int ss, int dstFlag) {
        int wday = DateMath.weekday(y, m, d);
        int yday = DateMath.daysBeforeMonth(y, m) + d;
        PyTuple fields = PyTuple.of(PyInt.of(y), PyInt.of(m), PyInt.of(d), PyInt.of(hh), PyInt.of(mm), PyInt.of(ss),
                PyInt.of(wday), PyInt.of(yday), PyInt.of(dstFlag));
        return Abstract.callMethod(importModule("time"), "struct_time", fields);
    }
}
