package dev.kaa.vm.modules.datetime;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.BinaryOp;
import dev.kaa.vm.objects.ClassMethod;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.KwOnly;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFloat;
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
 * {@code datetime.datetime}: a date and a time of day, with an optional {@code tzinfo} and the
 * {@code fold} of PEP 495. Naive values compare and subtract as wall times; aware ones through
 * their UTC offsets, as CPython's C module does (including the PEP 495 rule that a time whose
 * offset depends on the fold is never equal to a time in another zone). Pickles with a 10-byte
 * state, the fold in the month byte's top bit from protocol 4.
 *
 * <p>The Java methods that stand for a {@code date} method of the same Python name have other
 * Java names, so that {@code date.isoformat(dt)} still runs date's own code.
 *
 * <p>Thread safety: immutable.
 */
public final class PyDateTime extends PyDate {
    public static final PyType TYPE = PyType.builtin("datetime.datetime", PyDateTime.class, MethodHandles.lookup(),
            PyDate.TYPE).withDoc("A day and a time of day: datetime(year, month, day, hour=0,"
                    + " minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0).");

    static {
        TYPE.dict().setItem(PyStr.intern("min"), new PyDateTime(TYPE, 1, 1, 1, 0, 0, 0, 0, PyNone.NONE, 0));
        TYPE.dict().setItem(PyStr.intern("max"),
                new PyDateTime(TYPE, 9999, 12, 31, 23, 59, 59, 999_999, PyNone.NONE, 0));
        TYPE.dict().setItem(PyStr.intern("resolution"), PyTimeDelta.of(0, 0, 1));
    }

    final int hour, minute, second, microsecond, fold;
    final Object tzinfo;

    PyDateTime(PyType cls, int year, int month, int day, int hour, int minute, int second, int microsecond,
            Object tzinfo, int fold) {
        super(cls, year, month, day);
        this.hour = hour;
        this.minute = minute;
        this.second = second;
        this.microsecond = microsecond;
        this.tzinfo = tzinfo;
        this.fold = fold;
    }

    private static final String[] NEW_NAMES = {"year", "month", "day", "hour", "minute", "second", "microsecond",
        "tzinfo", "fold"};

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if ((args.length == 1 || args.length == 2) && nkw == 0) {
            byte[] s = pickleState(args[0], 10, "datetime");
            if (s != null && (s[2] & 0x7f) >= 1 && (s[2] & 0x7f) <= 12) {
                Object tz = args.length == 2 ? args[1] : PyNone.NONE;
                if (args.length == 2 && tz != PyNone.NONE && !Zones.isTzinfo(tz)) {
                    throw PyErr.typeError("bad tzinfo state arg");
                }
                int y = (s[0] & 0xff) << 8 | s[1] & 0xff;
                int us = (s[7] & 0xff) << 16 | (s[8] & 0xff) << 8 | s[9] & 0xff;
                return new PyDateTime(cls, y, s[2] & 0x7f, s[3], s[4], s[5], s[6], us, tz, (s[2] & 0x80) != 0 ? 1 : 0);
            }
        }
        Object[] a = DtArgs.bind(NEW_NAMES, 3, 8, args, kwnames);
        int y = DtArgs.cInt(a[0], 0), mo = DtArgs.cInt(a[1], 0), d = DtArgs.cInt(a[2], 0);
        int h = DtArgs.cInt(a[3], 0), mi = DtArgs.cInt(a[4], 0), sec = DtArgs.cInt(a[5], 0);
        int us = DtArgs.cInt(a[6], 0), fold = DtArgs.cInt(a[8], 0);
        Object tz = a[7] == null ? PyNone.NONE : a[7];
        DateMath.checkDate(y, mo, d);
        DateMath.checkTime(h, mi, sec, us, fold);
        Zones.checkTzinfo(tz);
        return new PyDateTime(cls, y, mo, d, h, mi, sec, us, tz, fold);
    }

    /** A datetime of {@code cls}: made directly for the built-in type, by calling a subclass. */
    static Object make(PyType cls, int y, int mo, int d, int h, int mi, int s, int us, Object tz, int fold) {
        if (cls == TYPE) {
            DateMath.checkDate(y, mo, d);
            DateMath.checkTime(h, mi, s, us, fold);
            Zones.checkTzinfo(tz);
            return new PyDateTime(TYPE, y, mo, d, h, mi, s, us, tz, fold);
        }
        Object[] args = {PyInt.of(y), PyInt.of(mo), PyInt.of(d), PyInt.of(h), PyInt.of(mi), PyInt.of(s), PyInt.of(us),
            tz, PyInt.of(fold)};
        if (fold == 0) {
            return Abstract.call(cls, java.util.Arrays.copyOf(args, 8), null);
        }
        return Abstract.call(cls, args, new String[] {"fold"});
    }

    private Object with(int y, int mo, int d, int h, int mi, int s, int us, Object tz, int fold) {
        return make(type(), y, mo, d, h, mi, s, us, tz, fold);
    }

    // ---- other constructors

    /** A datetime at Unix time {@code secs}+{@code us}: local (fold found) when tz is None, else tz.fromutc. */
    private static Object fromTimestamp(PyType cls, long secs, long us, Object tz, boolean utc) {
        int[] f;
        int fold = 0;
        if (utc) {
            f = LocalTime.utcFields(secs);
        } else {
            f = LocalTime.localFields(secs);
            fold = LocalTime.foldOf(secs, f);
        }
        Object r = make(cls, f[0], f[1], f[2], f[3], f[4], f[5], (int) us, tz, fold);
        return tz == PyNone.NONE ? r : Abstract.callMethod(tz, "fromutc", r);
    }

    @ClassMethod(value = "now", positionalOnly = 0, doc = "The current time: local and naive without tz, else in tz.")
    static Object dtNow(PyType cls, @Opt("None") Object tz) {
        Zones.checkTzinfo(tz);
        java.time.Instant now = java.time.Instant.now();
        return fromTimestamp(cls, now.getEpochSecond(), now.getNano() / 1000, tz, tz != PyNone.NONE);
    }

    @ClassMethod(value = "utcnow", doc = "The current UTC time, naive (deprecated).")
    static Object dtUtcnow(PyType cls) {
        PyErr.warn(Exceptions.DeprecationWarning, 1, "datetime.datetime.utcnow() is deprecated and scheduled for"
                + " removal in a future version. Use timezone-aware objects to represent datetimes in UTC:"
                + " datetime.datetime.now(datetime.UTC).");
        java.time.Instant now = java.time.Instant.now();
        return fromTimestamp(cls, now.getEpochSecond(), now.getNano() / 1000, PyNone.NONE, true);
    }

    @ClassMethod(value = "fromtimestamp", positionalOnly = 0,
            doc = "The time of a POSIX timestamp: local and naive without tz, else in tz.")
    static Object dtFromtimestamp(PyType cls, Object timestamp, @Opt("None") Object tz) {
        Zones.checkTzinfo(tz);
        long[] su = LocalTime.secondsAndMicros(timestamp);
        return fromTimestamp(cls, su[0], su[1], tz, tz != PyNone.NONE);
    }

    @ClassMethod(value = "utcfromtimestamp", doc = "The UTC time of a POSIX timestamp, naive (deprecated).")
    static Object dtUtcfromtimestamp(PyType cls, Object timestamp) {
        PyErr.warn(Exceptions.DeprecationWarning, 1, "datetime.datetime.utcfromtimestamp() is deprecated and"
                + " scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in"
                + " UTC: datetime.datetime.fromtimestamp(timestamp, datetime.UTC).");
        long[] su = LocalTime.secondsAndMicros(timestamp);
        return fromTimestamp(cls, su[0], su[1], PyNone.NONE, true);
    }

    @ClassMethod(value = "combine", positionalOnly = 0,
            doc = "Joins a date and a time; tzinfo, when given, replaces the time's.")
    static Object dtCombine(PyType cls, Object date, Object time, @Opt Object tzinfo) {
        if (!(date instanceof PyDate d)) {
            throw PyErr.typeError("combine() argument 1 must be datetime.date, not %T", date);
        }
        if (!(time instanceof PyTime t)) {
            throw PyErr.typeError("combine() argument 2 must be datetime.time, not %T", time);
        }
        Object tz = tzinfo == null ? t.tzinfo : tzinfo;
        return make(cls, d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, tz, t.fold);
    }

    @ClassMethod(value = "fromisoformat", doc = "Parses an ISO 8601 date and time.")
    static Object dtFromisoformat(PyType cls, Object string) {
        if (!(string instanceof PyStr s)) {
            throw PyErr.typeError("fromisoformat: argument must be str");
        }
        Object[] f = IsoParse.dateTime(s.toString());
        if (f == null) {
            throw PyErr.valueError("Invalid isoformat string: %s", Abstract.repr(s));
        }
        return make(cls, (int) f[0], (int) f[1], (int) f[2], (int) f[3], (int) f[4], (int) f[5], (int) f[6], f[7], 0);
    }

    @ClassMethod(value = "strptime", doc = "Parses a string with a time.strptime() format.")
    static Object dtStrptime(PyType cls, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("strptime() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw PyErr.typeError("strptime() takes exactly 2 arguments (%d given)", args.length);
        }
        Object string = args[0], format = args[1];
        if (!(string instanceof PyStr) || !(format instanceof PyStr)) {
            Object bad = string instanceof PyStr ? format : string;
            throw PyErr.typeError("strptime() argument %d must be str, not %T", bad == string ? 1 : 2, bad);
        }
        Object mod = DtFormat.importModule("_strptime");
        return Abstract.callMethod(mod, "_strptime_datetime", cls, string, format);
    }

    // ---- fields and parts

    @PyGetter
    public int hour() {
        return hour;
    }

    @PyGetter
    public int minute() {
        return minute;
    }

    @PyGetter
    public int second() {
        return second;
    }

    @PyGetter
    public int microsecond() {
        return microsecond;
    }

    @PyGetter
    public Object tzinfo() {
        return tzinfo;
    }

    @PyGetter
    public int fold() {
        return fold;
    }

    @PyMethod(value = "date", doc = "The day part.")
    Object dtDate() {
        return new PyDate(PyDate.TYPE, year, month, day);
    }

    @PyMethod(value = "time", doc = "The time of day, naive.")
    Object dtTime() {
        return new PyTime(PyTime.TYPE, hour, minute, second, microsecond, PyNone.NONE, fold);
    }

    @PyMethod(doc = "The time of day with this tzinfo.")
    Object timetz() {
        return new PyTime(PyTime.TYPE, hour, minute, second, microsecond, tzinfo, fold);
    }

    @PyMethod(value = "replace", positionalOnly = 0, doc = "A copy with the given fields changed.")
    Object dtReplace(@Opt Object year, @Opt Object month, @Opt Object day, @Opt Object hour, @Opt Object minute,
            @Opt Object second, @Opt Object microsecond, @Opt Object tzinfo, @KwOnly @Opt Object fold) {
        return with(DtArgs.cInt(year, this.year), DtArgs.cInt(month, this.month), DtArgs.cInt(day, this.day),
                DtArgs.cInt(hour, this.hour), DtArgs.cInt(minute, this.minute), DtArgs.cInt(second, this.second),
                DtArgs.cInt(microsecond, this.microsecond), tzinfo == null ? this.tzinfo : tzinfo,
                DtArgs.cInt(fold, this.fold));
    }

    @PyMethod(value = "__replace__", positionalOnly = 0)
    Object dtReplaceDunder(@Opt Object year, @Opt Object month, @Opt Object day, @Opt Object hour,
            @Opt Object minute, @Opt Object second, @Opt Object microsecond, @Opt Object tzinfo,
            @KwOnly @Opt Object fold) {
        return dtReplace(year, month, day, hour, minute, second, microsecond, tzinfo, fold);
    }

    // ---- zone

    PyTimeDelta offset() {
        return Zones.utcoffset(tzinfo, this);
    }

    @PyMethod(value = "utcoffset", doc = "The offset from UTC that tzinfo gives, or None.")
    Object dtUtcoffset() {
        return Zones.orNone(offset());
    }

    @PyMethod(value = "dst", doc = "The daylight saving adjustment that tzinfo gives, or None.")
    Object dtDst() {
        return Zones.orNone(Zones.dst(tzinfo, this));
    }

    @PyMethod(value = "tzname", doc = "The zone name that tzinfo gives, or None.")
    Object dtTzname() {
        return Zones.tzname(tzinfo, this);
    }

    @PyMethod(value = "timetuple", doc = "The wall time as a time.struct_time.")
    Object dtTimetuple() {
        int flag = -1;
        if (tzinfo != PyNone.NONE) {
            PyTimeDelta dst = Zones.dst(tzinfo, this);
            flag = dst == null ? -1 : dst.isZero() ? 0 : 1;
        }
        return DtFormat.structTime(year, month, day, hour, minute, second, flag);
    }

    @PyMethod(doc = "The time in UTC as a time.struct_time.")
    Object utctimetuple() {
        PyTimeDelta off = offset();
        int[] f = {year, month, day, hour, minute, second};
        if (off != null && !off.isZero()) {
            long total = LocalTime.utcToSeconds(year, month, day, hour, minute, second) * 1_000_000L + microsecond
                    - off.micros();
            long secs = Math.floorDiv(total, 1_000_000L);
            long days = Math.floorDiv(secs, 86_400);
            if (days < 1 || days > DateMath.MAXORDINAL) {
                throw PyErr.overflowError("date value out of range");
            }
            int[] ymd = DateMath.fromOrdinal(days);
            long rest = Math.floorMod(secs, 86_400);
            f = new int[] {ymd[0], ymd[1], ymd[2], (int) (rest / 3600), (int) (rest / 60 % 60), (int) (rest % 60)};
        }
        return DtFormat.structTime(f[0], f[1], f[2], f[3], f[4], f[5], 0);
    }

    /** Microseconds from 0001-01-01 00:00 of the wall time. */
    long wallMicros() {
        return LocalTime.utcToSeconds(year, month, day, hour, minute, second) * 1_000_000L + microsecond;
    }

    @PyMethod(doc = "Seconds since the epoch, a float (naive times are local).")
    Object timestamp() {
        PyTimeDelta off = offset();
        if (off != null) {
            long us = wallMicros() - off.micros() - LocalTime.EPOCH * 1_000_000L;
            return Abstract.binaryOp(PyInt.of(us), PyInt.of(1_000_000), BinaryOp.TRUE_DIVIDE);
        }
        long secs = LocalTime.localToSeconds(year, month, day, hour, minute, second, fold);
        return new PyFloat((double) (secs - LocalTime.EPOCH) + microsecond / 1e6);
    }

    @PyMethod(positionalOnly = 0, doc = "The same moment in tz (the local zone when None).")
    Object astimezone(@Opt("None") Object tz) {
        Zones.checkTzinfo(tz);
        Object mine = tzinfo;
        PyTimeDelta off = null;
        if (mine != PyNone.NONE) {
            if (mine == tz) {
                return this;
            }
            off = Zones.utcoffset(mine, this);
        }
        if (off == null) {
            long secs = LocalTime.localToSeconds(year, month, day, hour, minute, second, fold);
            // In a gap or a fold the two readings differ: the zone is the one the fold names.
            long other = LocalTime.localToSeconds(year, month, day, hour, minute, second, 1 - fold);
            if (other != secs && (other > secs) == (fold == 1)) {
                secs = other;
            }
            mine = LocalTime.zoneAt(secs - LocalTime.EPOCH);
            if (mine == tz) {
                return this;
            }
            off = Zones.utcoffset(mine, this);
        }
        long utc = wallMicros() - off.micros();
        int[] f = fields(utc);
        if (tz == PyNone.NONE) {
            tz = LocalTime.zoneAt(Math.floorDiv(utc, 1_000_000L) - LocalTime.EPOCH);
        }
        Object r = with(f[0], f[1], f[2], f[3], f[4], f[5], f[6], tz, 0);
        return Abstract.callMethod(tz, "fromutc", r);
    }

    /** Year … microsecond of a count of microseconds from 0001-01-01; OverflowError out of range. */
    static int[] fields(long micros) {
        long secs = Math.floorDiv(micros, 1_000_000L);
        int us = (int) Math.floorMod(micros, 1_000_000L);
        long ord = Math.floorDiv(secs, 86_400);
        if (ord < 1 || ord > DateMath.MAXORDINAL) {
            throw PyErr.overflowError("date value out of range");
        }
        long rest = Math.floorMod(secs, 86_400);
        int[] ymd = DateMath.fromOrdinal(ord);
        return new int[] {ymd[0], ymd[1], ymd[2], (int) (rest / 3600), (int) (rest / 60 % 60), (int) (rest % 60), us};
    }

    // ---- arithmetic

    /** This wall time moved by {@code us} microseconds, same tzinfo, fold 0, of this type. */
    PyDateTime plus(long us) {
        int[] f = fields(wallMicros() + us);
        return (PyDateTime) with(f[0], f[1], f[2], f[3], f[4], f[5], f[6], tzinfo, 0);
    }

    private Object plusDelta(PyTimeDelta td, int sign) {
        long us = ((long) td.days * 86_400L + td.seconds) * 1_000_000L + td.microseconds;
        if (Math.abs((long) td.days) > DateMath.MAXORDINAL) {
            throw PyErr.overflowError("date value out of range");
        }
        return plus(sign * us);
    }

    @PyMethod(value = "__add__")
    Object dtAdd(Object other) {
        if (other instanceof PyTimeDelta td) {
            return plusDelta(td, 1);
        }
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod(value = "__radd__")
    Object dtRadd(Object other) {
        return dtAdd(other);
    }

    @PyMethod(value = "__sub__")
    Object dtSub(Object other) {
        if (other instanceof PyTimeDelta td) {
            return plusDelta(td, -1);
        }
        if (other instanceof PyDateTime o) {
            long diff = wallMicros() - o.wallMicros();
            if (tzinfo != o.tzinfo) {
                PyTimeDelta off1 = offset(), off2 = o.offset();
                if ((off1 == null) != (off2 == null)) {
                    throw PyErr.typeError("can't subtract offset-naive and offset-aware datetimes");
                }
                if (off1 != null) {
                    diff -= off1.micros() - off2.micros();
                }
            }
            return PyTimeDelta.of(0, 0, diff);
        }
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod(value = "__rsub__")
    Object dtRsub(Object other) {
        if (other instanceof PyDateTime o) {
            return o.dtSub(this);
        }
        return PySingletons.NOT_IMPLEMENTED;
    }

    // ---- comparison and hashing

    /** The offset this time would have with the other fold. */
    private PyTimeDelta flippedOffset() {
        PyDateTime flipped = new PyDateTime(TYPE, year, month, day, hour, minute, second, microsecond, tzinfo,
                1 - fold);
        return Zones.utcoffset(tzinfo, flipped);
    }

    private static boolean sameOffset(PyTimeDelta a, PyTimeDelta b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** PEP 495: a time whose offset depends on its fold is unequal to any time in another zone. */
    private boolean foldException(PyDateTime o, PyTimeDelta off1, PyTimeDelta off2) {
        return !sameOffset(flippedOffset(), off1) || !sameOffset(o.flippedOffset(), off2);
    }

    private Object compare(Object other, int op) {
        if (!(other instanceof PyDateTime o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        if (tzinfo == o.tzinfo) {
            return DtCompare.result(Long.compare(wallMicros(), o.wallMicros()), op);
        }
        PyTimeDelta off1 = offset(), off2 = o.offset();
        boolean eqOp = op == DtCompare.EQ || op == DtCompare.NE;
        if (sameOffset(off1, off2)) {
            int c = Long.compare(wallMicros(), o.wallMicros());
            if (eqOp && c == 0 && foldException(o, off1, off2)) {
                c = 1;
            }
            return DtCompare.result(c, op);
        }
        if (off1 != null && off2 != null) {
            int c = Long.compare(wallMicros() - off1.micros(), o.wallMicros() - off2.micros());
            if (eqOp && c == 0 && foldException(o, off1, off2)) {
                c = 1;
            }
            return DtCompare.result(c, op);
        }
        if (eqOp) {
            return PyBool.of(op == DtCompare.NE);
        }
        throw PyErr.typeError("can't compare offset-naive and offset-aware datetimes");
    }

    @PyMethod(value = "__eq__") Object dtEq(Object o) { return compare(o, DtCompare.EQ); }
    @PyMethod(value = "__ne__") Object dtNe(Object o) { return compare(o, DtCompare.NE); }
    @PyMethod(value = "__lt__") Object dtLt(Object o) { return compare(o, DtCompare.LT); }
    @PyMethod(value = "__le__") Object dtLe(Object o) { return compare(o, DtCompare.LE); }
    @PyMethod(value = "__gt__") Object dtGt(Object o) { return compare(o, DtCompare.GT); }
    @PyMethod(value = "__ge__") Object dtGe(Object o) { return compare(o, DtCompare.GE); }

    @PyMethod(value = "__hash__")
    long dtHash() {
        PyDateTime self0 = fold == 0 ? this
                : new PyDateTime(TYPE, year, month, day, hour, minute, second, microsecond, tzinfo, 0);
        PyTimeDelta off = Zones.utcoffset(tzinfo, self0);
        if (off == null) {
            return Abstract.hashTuple(new Object[] {PyInt.of(wallMicros())});
        }
        return PyTimeDelta.ofMicros(java.math.BigInteger.valueOf(wallMicros() - off.micros())).__hash__();
    }

    // ---- text

    @PyMethod(value = "isoformat", positionalOnly = 0, doc = "The time in ISO 8601 form, the parts joined by sep.")
    Object dtIsoformat(@Opt Object sep, @Opt String timespec) {
        String s = "T";
        if (sep != null) {
            if (!(sep instanceof PyStr p) || p.toString().codePointCount(0, p.toString().length()) != 1) {
                throw PyErr.typeError("isoformat() argument 1 must be a unicode character, not %T", sep);
            }
            s = p.toString();
        }
        String spec = timespec == null ? "auto" : timespec;
        String t = DtText.time(hour, minute, second, microsecond, spec);
        String off = DtText.offset(offset(), ":");
        return PyStr.of(isoText() + s + t + (off == null ? "" : off));
    }

    @PyMethod(value = "__str__")
    Object dtStr() {
        return Abstract.call(Abstract.getAttr(this, "isoformat"), PyStr.of(" "));
    }

    @PyMethod(value = "__repr__")
    Object dtRepr() {
        StringBuilder b = new StringBuilder(typeName()).append('(').append(year).append(", ").append(month)
                .append(", ").append(day).append(", ").append(hour).append(", ").append(minute);
        if (microsecond != 0) {
            b.append(", ").append(second).append(", ").append(microsecond);
        } else if (second != 0) {
            b.append(", ").append(second);
        }
        if (fold != 0) {
            b.append(", fold=1");
        }
        if (tzinfo != PyNone.NONE) {
            b.append(", tzinfo=").append(Abstract.repr(tzinfo));
        }
        return PyStr.of(b.append(')').toString());
    }

    @PyMethod(value = "ctime", doc = "The time as time.ctime() writes it.")
    Object dtCtime() {
        return PyStr.of(ctimeText(year, month, day, hour, minute, second));
    }

    @PyMethod(value = "strftime", positionalOnly = 0, doc = "The time written with a time.strftime() format.")
    Object dtStrftime(Object format) {
        return DtFormat.strftime(format, Abstract.callMethod(this, "timetuple"), tzinfo, this, microsecond);
    }

    // ---- pickling

    private Object reduce(int proto) {
        int mo = fold != 0 && proto > 3 ? month | 0x80 : month;
        byte[] s = {(byte) (year >> 8), (byte) year, (byte) mo, (byte) day, (byte) hour, (byte) minute, (byte) second,
            (byte) (microsecond >> 16), (byte) (microsecond >> 8), (byte) microsecond};
        PyTuple args = tzinfo == PyNone.NONE ? PyTuple.of(new PyBytes(s)) : PyTuple.of(new PyBytes(s), tzinfo);
        return PyTuple.of(type(), args);
    }

    @PyMethod(doc = "Pickle support: the type and its packed state for this protocol.")
    Object __reduce_ex__(int protocol) {
        return reduce(protocol);
    }

    @PyMethod(value = "__reduce__", doc = "Pickle support: the type and its packed state.")
    Object dtReduce() {
        return reduce(2);
    }
}
