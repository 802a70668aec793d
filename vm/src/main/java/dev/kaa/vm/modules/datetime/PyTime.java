package dev.kaa.vm.modules.datetime;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.ClassMethod;
import dev.kaa.vm.objects.KwOnly;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PySingletons;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code datetime.time}: a time of day with an optional {@code tzinfo} and the {@code fold}
 * that tells the two readings of a repeated wall time apart. Pickles with a 6-byte state
 * (hour, with the fold in its top bit from protocol 4, minute, second, three bytes of
 * microseconds) and the tzinfo.
 *
 * <p>Thread safety: immutable.
 */
public final class PyTime extends DtObject {
    public static final PyType TYPE = PyType.builtin("datetime.time", PyTime.class, MethodHandles.lookup())
            .withDoc("A time of day: time(hour=0, minute=0, second=0, microsecond=0,"
                    + " tzinfo=None, *, fold=0).");

    static {
        TYPE.dict().setItem(PyStr.intern("min"), new PyTime(TYPE, 0, 0, 0, 0, PyNone.NONE, 0));
        TYPE.dict().setItem(PyStr.intern("max"), new PyTime(TYPE, 23, 59, 59, 999_999, PyNone.NONE, 0));
        TYPE.dict().setItem(PyStr.intern("resolution"), PyTimeDelta.of(0, 0, 1));
    }

    final int hour, minute, second, microsecond, fold;
    final Object tzinfo;

    PyTime(PyType cls, int hour, int minute, int second, int microsecond, Object tzinfo, int fold) {
        super(cls);
        this.hour = hour;
        this.minute = minute;
        this.second = second;
        this.microsecond = microsecond;
        this.tzinfo = tzinfo;
        this.fold = fold;
    }

    private static final String[] NEW_NAMES = {"hour", "minute", "second", "microsecond", "tzinfo", "fold"};

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if ((args.length == 1 || args.length == 2) && nkw == 0) {
            byte[] s = PyDate.pickleState(args[0], 6, "time");
            if (s != null && (s[0] & 0x7f) < 24) {
                Object tz = args.length == 2 ? args[1] : PyNone.NONE;
                if (args.length == 2 && tz != PyNone.NONE && !Zones.isTzinfo(tz)) {
                    throw PyErr.typeError("bad tzinfo state arg");
                }
                int us = (s[3] & 0xff) << 16 | (s[4] & 0xff) << 8 | s[5] & 0xff;
                return new PyTime(cls, s[0] & 0x7f, s[1], s[2], us, tz, (s[0] & 0x80) != 0 ? 1 : 0);
            }
        }
        Object[] a = DtArgs.bind(NEW_NAMES, 0, 5, args, kwnames);
        int h = DtArgs.cInt(a[0], 0), m = DtArgs.cInt(a[1], 0), sec = DtArgs.cInt(a[2], 0);
        int us = DtArgs.cInt(a[3], 0), fold = DtArgs.cInt(a[5], 0);
        Object tz = a[4] == null ? PyNone.NONE : a[4];
        DateMath.checkTime(h, m, sec, us, fold);
        Zones.checkTzinfo(tz);
        return new PyTime(cls, h, m, sec, us, tz, fold);
    }

    static Object make(PyType cls, int h, int m, int s, int us, Object tz, int fold) {
        DateMath.checkTime(h, m, s, us, fold);
        Zones.checkTzinfo(tz);
        if (cls == TYPE) {
            return new PyTime(TYPE, h, m, s, us, tz, fold);
        }
        Object[] args = {PyInt.of(h), PyInt.of(m), PyInt.of(s), PyInt.of(us), tz, PyInt.of(fold)};
        if (fold == 0) {
            return Abstract.call(cls, java.util.Arrays.copyOf(args, 5), null);
        }
        return Abstract.call(cls, args, new String[] {"fold"});
    }

    @ClassMethod(doc = "Parses an ISO 8601 time of day.")
    static Object fromisoformat(PyType cls, Object string) {
        if (!(string instanceof PyStr s)) {
            throw PyErr.typeError("fromisoformat: argument must be str");
        }
        Object[] t = IsoParse.time(s.toString());
        if (t == null) {
            throw PyErr.valueError("Invalid isoformat string: %s", Abstract.repr(s));
        }
        return make(cls, (int) t[0], (int) t[1], (int) t[2], (int) t[3], t[4], 0);
    }

    // ---- fields

    @PyGetter
    int hour() {
        return hour;
    }

    @PyGetter
    int minute() {
        return minute;
    }

    @PyGetter
    int second() {
        return second;
    }

    @PyGetter
    int microsecond() {
        return microsecond;
    }

    @PyGetter
    Object tzinfo() {
        return tzinfo;
    }

    @PyGetter
    int fold() {
        return fold;
    }

    @PyMethod(positionalOnly = 0, doc = "A copy with the given fields changed.")
    Object replace(@Opt Object hour, @Opt Object minute, @Opt Object second, @Opt Object microsecond,
            @Opt Object tzinfo, @KwOnly @Opt Object fold) {
        return make(type(), DtArgs.cInt(hour, this.hour), DtArgs.cInt(minute, this.minute),
                DtArgs.cInt(second, this.second), DtArgs.cInt(microsecond, this.microsecond),
                tzinfo == null ? this.tzinfo : tzinfo, DtArgs.cInt(fold, this.fold));
    }

    @PyMethod(value = "__replace__", positionalOnly = 0)
    Object timeReplaceDunder(@Opt Object hour, @Opt Object minute, @Opt Object second,
            @Opt Object microsecond, @Opt Object tzinfo, @KwOnly @Opt Object fold) {
        return replace(hour, minute, second, microsecond, tzinfo, fold);
    }

    // ---- zone

    @PyMethod(doc = "The offset from UTC that tzinfo gives, or None.")
    Object utcoffset() {
        return Zones.orNone(Zones.utcoffset(tzinfo, PyNone.NONE));
    }

    @PyMethod(doc = "The daylight saving adjustment that tzinfo gives, or None.")
    Object dst() {
        return Zones.orNone(Zones.dst(tzinfo, PyNone.NONE));
    }

    @PyMethod(doc = "The zone name that tzinfo gives, or None.")
    Object tzname() {
        return Zones.tzname(tzinfo, PyNone.NONE);
    }

    // ---- text

    @PyMethod(positionalOnly = 0, doc = "The time in ISO 8601 form, to the precision timespec names.")
    Object isoformat(@Opt String timespec) {
        String spec = timespec == null ? "auto" : timespec;
        String t = DtText.time(hour, minute, second, microsecond, spec);
        String off = DtText.offset(Zones.utcoffset(tzinfo, PyNone.NONE), ":");
        return PyStr.of(off == null ? t : t + off);
    }

    @PyMethod
    Object __str__() {
        return Abstract.callMethod(this, "isoformat");
    }

    @PyMethod
    Object __repr__() {
        StringBuilder b = new StringBuilder(typeName()).append('(').append(hour).append(", ").append(minute);
        if (microsecond != 0) {
            b.append(", ").append(second).append(", ").append(microsecond);
        } else if (second != 0) {
            b.append(", ").append(second);
        }
        b.append(')');
        if (tzinfo != PyNone.NONE) {
            b.setLength(b.length() - 1);
            b.append(", tzinfo=").append(Abstract.repr(tzinfo)).append(')');
        }
        if (fold != 0) {
            b.setLength(b.length() - 1);
            b.append(", fold=1)");
        }
        return PyStr.of(b.toString());
    }

    @PyMethod(positionalOnly = 0, doc = "The time written with a time.strftime() format.")
    Object strftime(Object format) {
        Object tt = DtFormat.structTime(1900, 1, 1, hour, minute, second, -1);
        return DtFormat.strftime(format, tt, tzinfo, PyNone.NONE, microsecond);
    }

    @PyMethod(doc = "format(): str() for an empty spec, else strftime(spec).")
    Object __format__(Object spec) {
        return DtFormat.format(this, spec);
    }

    // ---- comparison and hashing

    long dayMicros() {
        return ((hour * 60L + minute) * 60 + second) * 1_000_000 + microsecond;
    }

    private Object compare(Object other, int op) {
        if (!(other instanceof PyTime o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        long a = dayMicros(), b = o.dayMicros();
        if (tzinfo != o.tzinfo) {
            PyTimeDelta off1 = Zones.utcoffset(tzinfo, PyNone.NONE);
            PyTimeDelta off2 = Zones.utcoffset(o.tzinfo, PyNone.NONE);
            if ((off1 == null) != (off2 == null)) {
                if (op == DtCompare.EQ || op == DtCompare.NE) {
                    return PyBool.of(op == DtCompare.NE);
                }
                throw PyErr.typeError("can't compare offset-naive and offset-aware times");
            }
            if (off1 != null) {
                a -= off1.micros();
                b -= off2.micros();
            }
        }
        return DtCompare.result(Long.compare(a, b), op);
    }

    @PyMethod Object __eq__(Object o) { return compare(o, DtCompare.EQ); }
    @PyMethod Object __ne__(Object o) { return compare(o, DtCompare.NE); }
    @PyMethod Object __lt__(Object o) { return compare(o, DtCompare.LT); }
    @PyMethod Object __le__(Object o) { return compare(o, DtCompare.LE); }
    @PyMethod Object __gt__(Object o) { return compare(o, DtCompare.GT); }
    @PyMethod Object __ge__(Object o) { return compare(o, DtCompare.GE); }

    @PyMethod
    long __hash__() {
        PyTimeDelta off = Zones.utcoffset(tzinfo, PyNone.NONE);
        if (off == null) {
            return Abstract.hashTuple(new Object[] {PyInt.of(dayMicros())});
        }
        long us = dayMicros() - off.micros();
        return PyTimeDelta.of(0, 0, us).__hash__();
    }

    // ---- pickling

    private Object reduce(int proto) {
        int h = fold != 0 && proto > 3 ? hour | 0x80 : hour;
        byte[] s = {(byte) h, (byte) minute, (byte) second, (byte) (microsecond >> 16), (byte) (microsecond >> 8),
            (byte) microsecond};
        PyTuple args = tzinfo == PyNone.NONE ? PyTuple.of(new PyBytes(s)) : PyTuple.of(new PyBytes(s), tzinfo);
        return PyTuple.of(type(), args);
    }

    @PyMethod(doc = "Pickle support: the type and its packed state for this protocol.")
    Object __reduce_ex__(int protocol) {
        return reduce(protocol);
    }

    @PyMethod(doc = "Pickle support: the type and its packed state.")
    Object __reduce__() {
        return reduce(2);
    }
}
