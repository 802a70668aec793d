package dev.kaa.vm.modules.datetime;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.ClassMethod;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PySingletons;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;

/**
 * {@code datetime.date}: a day of the proleptic Gregorian calendar, years 1 to 9999. Pickles
 * as CPython's C type does, with a 4-byte state (year high, year low, month, day) that the
 * constructor takes back.
 *
 * <p>Thread safety: immutable.
 */
public class PyDate extends DtObject {
    public static final PyType TYPE = PyType.builtin("datetime.date", PyDate.class, MethodHandles.lookup())
            .withDoc("A calendar day: date(year, month, day).");

    static {
        TYPE.dict().setItem(PyStr.intern("min"), new PyDate(TYPE, 1, 1, 1));
        TYPE.dict().setItem(PyStr.intern("max"), new PyDate(TYPE, 9999, 12, 31));
        TYPE.dict().setItem(PyStr.intern("resolution"), PyTimeDelta.of(1, 0, 0));
    }

    final int year, month, day;

    PyDate(PyType cls, int year, int month, int day) {
        super(cls);
        this.year = year;
        this.month = month;
        this.day = day;
    }

    private static final String[] NEW_NAMES = {"year", "month", "day"};

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length == 1 && nkw == 0) {
            byte[] state = pickleState(args[0], 4, "date");
            if (state != null && (state[2] & 0xff) >= 1 && (state[2] & 0xff) <= 12) {
                int y = (state[0] & 0xff) << 8 | state[1] & 0xff;
                return new PyDate(cls, y, state[2], state[3]);
            }
        }
        Object[] a = DtArgs.bind(NEW_NAMES, 3, 3, args, kwnames);
        int y = DtArgs.cInt(a[0], 0), m = DtArgs.cInt(a[1], 0), d = DtArgs.cInt(a[2], 0);
        DateMath.checkDate(y, m, d);
        return new PyDate(cls, y, m, d);
    }

    /**
     * The bytes of a pickled state: a bytes object of {@code size}, or a str of that length
     * in Latin-1 (as Python 2 pickles hold it); else null.
     */
    static byte[] pickleState(Object o, int size, String kind) {
        if (o instanceof PyBytes b && b.data().length == size) {
            return b.data();
        }
        if (o instanceof PyStr s && s.toString().length() == size) {
            String t = s.toString();
            for (int i = 0; i < size; i++) {
                if (t.charAt(i) > 0xff) {
                    throw PyErr.valueError("Failed to encode latin1 string when unpickling a %s object."
                            + " pickle.load(data, encoding='latin1') is assumed.", kind);
                }
            }
            return t.getBytes(StandardCharsets.ISO_8859_1);
        }
        return null;
    }

    /** A date of {@code cls}: made directly for the built-in types, by calling a subclass. */
    static Object make(PyType cls, int y, int m, int d) {
        if (cls == TYPE) {
            DateMath.checkDate(y, m, d);
            return new PyDate(TYPE, y, m, d);
        }
        if (cls == PyDateTime.TYPE) {
            DateMath.checkDate(y, m, d);
            return new PyDateTime(PyDateTime.TYPE, y, m, d, 0, 0, 0, 0, PyNone.NONE, 0);
        }
        return Abstract.call(cls, PyInt.of(y), PyInt.of(m), PyInt.of(d));
    }

    // ---- other constructors

    @ClassMethod(doc = "Today in local time, as cls.fromtimestamp(time.time()) gives it.")
    static Object today(PyType cls) {
        Object now = Abstract.callMethod(DtFormat.importModule("time"), "time");
        return Abstract.callMethod(cls, "fromtimestamp", now);
    }

    @ClassMethod(doc = "The local day of a POSIX timestamp (seconds since the epoch).")
    static Object fromtimestamp(PyType cls, Object timestamp) {
        long secs = LocalTime.floorSeconds(timestamp);
        int[] f = LocalTime.localFields(secs);
        return make(cls, f[0], f[1], f[2]);
    }

    @ClassMethod(doc = "The day with this ordinal (0001-01-01 is day 1).")
    static Object fromordinal(PyType cls, Object ordinal) {
        int n = DtArgs.cInt(ordinal, 0);
        if (n < 1) {
            throw PyErr.valueError("ordinal must be >= 1");
        }
        int[] ymd = DateMath.fromOrdinal(n);
        return make(cls, ymd[0], ymd[1], ymd[2]);
    }

    @ClassMethod(doc = "Parses an ISO 8601 date (YYYY-MM-DD, YYYYMMDD or an ISO week date).")
    static Object fromisoformat(PyType cls, Object string) {
        if (!(string instanceof PyStr s)) {
            throw PyErr.typeError("fromisoformat: argument must be str");
        }
        int[] ymd = IsoParse.dateOnly(s.toString());
        if (ymd == null) {
            throw PyErr.valueError("Invalid isoformat string: %s", Abstract.repr(s));
        }
        return make(cls, ymd[0], ymd[1], ymd[2]);
    }

    @ClassMethod(positionalOnly = 0, doc = "The day of an ISO year, week and weekday: the reverse of isocalendar().")
    static Object fromisocalendar(PyType cls, Object year, Object week, Object day) {
        int y, w, d;
        try {
            y = DtArgs.cInt(year, 0);
            w = DtArgs.cInt(week, 0);
            d = DtArgs.cInt(day, 0);
        } catch (PyException e) {
            if (e.matches(Exceptions.OverflowError)) {
                throw PyErr.valueError("ISO calendar component out of range");
            }
            throw e;
        }
        int[] ymd = IsoParse.isoWeekToDate(y, w, d, true);
        return make(cls, ymd[0], ymd[1], ymd[2]);
    }

    // ---- fields and calendar queries

    @PyGetter
    public int year() {
        return year;
    }

    @PyGetter
    public int month() {
        return month;
    }

    @PyGetter
    public int day() {
        return day;
    }

    @PyMethod(doc = "The day's ordinal, counting 0001-01-01 as 1.")
    public int toordinal() {
        return DateMath.toOrdinal(year, month, day);
    }

    @PyMethod(doc = "The weekday, 0 for Monday to 6 for Sunday.")
    int weekday() {
        return DateMath.weekday(year, month, day);
    }

    @PyMethod(doc = "The ISO weekday, 1 for Monday to 7 for Sunday.")
    int isoweekday() {
        return DateMath.weekday(year, month, day) + 1;
    }

    @PyMethod(doc = "(year, week, weekday) of the ISO calendar, as an IsoCalendarDate.")
    Object isocalendar() {
        int[] c = DateMath.isoCalendar(year, month, day);
        return new PyIsoCalendarDate(c[0], c[1], c[2]);
    }

    @PyMethod(doc = "The day as a time.struct_time at midnight.")
    Object timetuple() {
        return DtFormat.structTime(year, month, day, 0, 0, 0, -1);
    }

    @PyMethod(positionalOnly = 0, doc = "A copy with the given fields changed.")
    Object replace(@Opt Object year, @Opt Object month, @Opt Object day) {
        return make(type(), DtArgs.cInt(year, this.year), DtArgs.cInt(month, this.month), DtArgs.cInt(day, this.day));
    }

    @PyMethod(value = "__replace__", positionalOnly = 0)
    Object dateReplaceDunder(@Opt Object year, @Opt Object month, @Opt Object day) {
        return replace(year, month, day);
    }

    // ---- text

    @PyMethod(doc = "The day as YYYY-MM-DD.")
    Object isoformat() {
        return PyStr.of(isoText());
    }

    String isoText() {
        StringBuilder b = new StringBuilder();
        DtText.pad(b, year, 4).append('-');
        DtText.pad2(b, month).append('-');
        return DtText.pad2(b, day).toString();
    }

    @PyMethod
    Object __str__() {
        return Abstract.callMethod(this, "isoformat");
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of(typeName() + "(" + year + ", " + month + ", " + day + ")");
    }

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    static String ctimeText(int y, int m, int d, int hh, int mm, int ss) {
        return String.format("%s %s %2d %02d:%02d:%02d %04d", DAYS[DateMath.weekday(y, m, d)], MONTHS[m], d, hh, mm,
                ss, y);
    }

    @PyMethod(doc = "The day as time.ctime() writes it.")
    Object ctime() {
        return PyStr.of(ctimeText(year, month, day, 0, 0, 0));
    }

    @PyMethod(positionalOnly = 0, doc = "The day written with a time.strftime() format.")
    Object strftime(Object format) {
        return DtFormat.strftime(format, Abstract.callMethod(this, "timetuple"), PyNone.NONE,
                PyNone.NONE, 0);
    }

    @PyMethod(doc = "format(): str() for an empty spec, else strftime(spec).")
    Object __format__(Object spec) {
        return DtFormat.format(this, spec);
    }

    // ---- arithmetic

    /** This date moved by {@code days}, of this date's type. */
    private Object plusDays(long days) {
        long ord = toordinal() + days;
        if (ord < 1 || ord > DateMath.MAXORDINAL) {
            throw PyErr.overflowError("date value out of range");
        }
        int[] ymd = DateMath.fromOrdinal(ord);
        return make(type(), ymd[0], ymd[1], ymd[2]);
    }

    @PyMethod
    Object __add__(Object other) {
        if (other instanceof PyTimeDelta td) {
            return plusDays(td.days);
        }
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __radd__(Object other) {
        return __add__(other);
    }

    @PyMethod
    Object __sub__(Object other) {
        if (other instanceof PyTimeDelta td) {
            return plusDays(-(long) td.days);
        }
        if (other instanceof PyDate d && !(other instanceof PyDateTime)) {
            return PyTimeDelta.of(toordinal() - d.toordinal(), 0, 0);
        }
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rsub__(Object other) {
        if (other instanceof PyDate d && !(other instanceof PyDateTime) && !(this instanceof PyDateTime)) {
            return PyTimeDelta.of(d.toordinal() - toordinal(), 0, 0);
        }
        return PySingletons.NOT_IMPLEMENTED;
    }

    // ---- comparison, hashing, pickling

    private Object compare(Object other, int op) {
        if (other instanceof PyDate d && !(other instanceof PyDateTime)) {
            int c = Integer.compare(year, d.year);
            if (c == 0) {
                c = Integer.compare(month, d.month);
            }
            if (c == 0) {
                c = Integer.compare(day, d.day);
            }
            return DtCompare.result(c, op);
        }
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod Object __eq__(Object o) { return compare(o, DtCompare.EQ); }
    @PyMethod Object __ne__(Object o) { return compare(o, DtCompare.NE); }
    @PyMethod Object __lt__(Object o) { return compare(o, DtCompare.LT); }
    @PyMethod Object __le__(Object o) { return compare(o, DtCompare.LE); }
    @PyMethod Object __gt__(Object o) { return compare(o, DtCompare.GT); }
    @PyMethod Object __ge__(Object o) { return compare(o, DtCompare.GE); }

    @PyMethod
    long __hash__() {
        return Abstract.hashTuple(new Object[] {PyInt.of(year), PyInt.of(month), PyInt.of(day)});
    }

    byte[] dateState() {
        return new byte[] {(byte) (year >> 8), (byte) year, (byte) month, (byte) day};
    }

    @PyMethod(doc = "Pickle support: the type and its packed state.")
    Object __reduce__() {
        return PyTuple.of(type(), PyTuple.of(new PyBytes(dateState())));
    }
}
