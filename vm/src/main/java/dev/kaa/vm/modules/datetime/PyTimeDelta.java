package dev.kaa.vm.modules.datetime;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.BinaryOp;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PySingletons;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.math.BigInteger;

/**
 * {@code datetime.timedelta}: a duration kept as days, seconds (0..86399) and microseconds
 * (0..999999), days within ±999999999. Arguments may be ints or floats; float parts are summed
 * in microseconds and the leftover fraction rounds half to even, as CPython's C module does.
 *
 * <p>Thread safety: immutable.
 */
public final class PyTimeDelta extends DtObject {
    public static final PyType TYPE = PyType.builtin("datetime.timedelta", PyTimeDelta.class, MethodHandles.lookup())
            .withDoc("A duration: timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,"
                    + " hours=0, weeks=0), each an int or a float of either sign.");

    static final int MAX_DAYS = 999_999_999;
    static final BigInteger US_PER_SECOND = BigInteger.valueOf(1_000_000);
    static final BigInteger US_PER_DAY = BigInteger.valueOf(86_400_000_000L);

    final int days;
    final int seconds;
    final int microseconds;

    static final PyTimeDelta ZERO = new PyTimeDelta(TYPE, 0, 0, 0);
    static final PyTimeDelta MIN = new PyTimeDelta(TYPE, -MAX_DAYS, 0, 0);
    static final PyTimeDelta MAX = new PyTimeDelta(TYPE, MAX_DAYS, 86_399, 999_999);
    static final PyTimeDelta RESOLUTION = new PyTimeDelta(TYPE, 0, 0, 1);

    static {
        TYPE.dict().setItem(PyStr.intern("min"), MIN);
        TYPE.dict().setItem(PyStr.intern("max"), MAX);
        TYPE.dict().setItem(PyStr.intern("resolution"), RESOLUTION);
    }

    private PyTimeDelta(PyType cls, int days, int seconds, int microseconds) {
        super(cls);
        this.days = days;
        this.seconds = seconds;
        this.microseconds = microseconds;
    }

    /** A timedelta of these parts, normalized; {@code OverflowError} beyond the range. */
    static PyTimeDelta of(long days, long seconds, long us) {
        return of(TYPE, days, seconds, us);
    }

    private static PyTimeDelta of(PyType cls, long days, long seconds, long us) {
        seconds += Math.floorDiv(us, 1_000_000);
        us = Math.floorMod(us, 1_000_000);
        days += Math.floorDiv(seconds, 86_400);
        seconds = Math.floorMod(seconds, 86_400);
        checkDays(days);
        if (cls == TYPE && days == 0 && seconds == 0 && us == 0) {
            return ZERO;
        }
        return new PyTimeDelta(cls, (int) days, (int) seconds, (int) us);
    }

    private static void checkDays(long days) {
        if (days < -MAX_DAYS || days > MAX_DAYS) {
            throw PyErr.overflowError("days=%d; must have magnitude <= %d", days, MAX_DAYS);
        }
    }

    /** A timedelta of this many microseconds. */
    static PyTimeDelta ofMicros(BigInteger us) {
        return ofMicros(TYPE, us);
    }

    private static PyTimeDelta ofMicros(PyType cls, BigInteger us) {
        BigInteger[] sr = floorDivMod(us, US_PER_SECOND);
        BigInteger[] ds = floorDivMod(sr[0], BigInteger.valueOf(86_400));
        if (ds[0].bitLength() > 31) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        return of(cls, ds[0].longValue(), ds[1].longValue(), sr[1].longValue());
    }

    static BigInteger[] floorDivMod(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    /** {@code a / b} rounded to the nearest integer, halves to even. */
    static BigInteger divideNearest(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PyErr.zeroDivisionError("integer division or modulo by zero");
        }
        BigInteger[] qr = floorDivMod(a, b);
        BigInteger r2 = qr[1].shiftLeft(1);
        int c = r2.compareTo(b);
        boolean greater = b.signum() > 0 ? c > 0 : c < 0;
        if (greater || c == 0 && qr[0].testBit(0)) {
            qr[0] = qr[0].add(BigInteger.ONE);
        }
        return qr[0];
    }

    BigInteger totalMicros() {
        return BigInteger.valueOf(days * 86_400L + seconds).multiply(US_PER_SECOND)
                .add(BigInteger.valueOf(microseconds));
    }

    /** The duration in microseconds when it is under a day or so (offsets): fits a long always. */
    long micros() {
        return (days * 86_400L + seconds) * 1_000_000L + microseconds;
    }

    boolean isZero() {
        return days == 0 && seconds == 0 && microseconds == 0;
    }

    // ---- construction

    private static final long[] FACTORS = {1L, 1_000L, 1_000_000L, 60_000_000L, 3_600_000_000L, 86_400_000_000L,
        604_800_000_000L};
    private static final String[] NAMES = {"microseconds", "milliseconds", "seconds", "minutes", "hours", "days",
        "weeks"};

    private static final String[] NEW_NAMES = {"days", "seconds", "microseconds", "milliseconds", "minutes", "hours",
        "weeks"};

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        Object[] a = DtArgs.bindClinic("__new__", NEW_NAMES, args, kwnames);
        Object[] parts = {a[2], a[3], a[1], a[4], a[5], a[0], a[6]};
        BigInteger sum = BigInteger.ZERO;
        double leftover = 0;
        for (int i = 0; i < parts.length; i++) {
            Object p = parts[i];
            if (p == null) {
                continue;
            }
            BigInteger factor = BigInteger.valueOf(FACTORS[i]);
            if (p instanceof PyInt n) {
                sum = sum.add(n.bigValue().multiply(factor));
            } else if (p instanceof PyFloat f) {
                double d = f.doubleValue();
                double whole = d < 0 ? Math.ceil(d) : Math.floor(d);
                if (Double.isInfinite(d)) {
                    throw PyErr.overflowError("cannot convert float infinity to integer");
                } else if (Double.isNaN(d)) {
                    throw PyErr.valueError("cannot convert float NaN to integer");
                }
                sum = sum.add(toBig(whole).multiply(factor));
                double frac = d - whole;
                if (frac != 0) {
                    double scaled = FACTORS[i] * frac;
                    double scaledWhole = scaled < 0 ? Math.ceil(scaled) : Math.floor(scaled);
                    sum = sum.add(toBig(scaledWhole));
                    leftover += scaled - scaledWhole;
                }
            } else {
                throw PyErr.typeError("unsupported type for timedelta %s component: %T", NAMES[i], p);
            }
        }
        if (leftover != 0) {
            double whole = Math.round(leftover);
            // Math.round rounds halves up; C's round() away from zero, then halves go to even.
            whole = leftover < 0 ? -Math.round(-leftover) : whole;
            if (Math.abs(whole - leftover) == 0.5) {
                int odd = sum.testBit(0) ? 1 : 0;
                double half = (leftover + odd) * 0.5;
                whole = 2.0 * (half < 0 ? -Math.round(-half) : Math.round(half)) - odd;
            }
            sum = sum.add(BigInteger.valueOf((long) whole));
        }
        return ofMicros(cls, sum);
    }

    private static BigInteger toBig(double whole) {
        return new java.math.BigDecimal(whole).toBigInteger();
    }

    // ---- attributes

    @PyGetter(member = true, doc = "Whole days (may be negative).")
    int days() {
        return days;
    }

    @PyGetter(member = true, doc = "Seconds past the days, 0 to 86399.")
    int seconds() {
        return seconds;
    }

    @PyGetter(member = true, doc = "Microseconds past the seconds, 0 to 999999.")
    int microseconds() {
        return microseconds;
    }

    @PyMethod(doc = "The whole duration in seconds, a float.")
    Object total_seconds() {
        return Abstract.binaryOp(PyInt.of(totalMicros()), PyInt.of(1_000_000), BinaryOp.TRUE_DIVIDE);
    }

    // ---- arithmetic

    @PyMethod
    Object __add__(Object other) {
        if (other instanceof PyTimeDelta o) {
            return of((long) days + o.days, (long) seconds + o.seconds, (long) microseconds + o.microseconds);
        }
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __radd__(Object other) {
        return __add__(other);
    }

    @PyMethod
    Object __sub__(Object other) {
        if (other instanceof PyTimeDelta o) {
            return of((long) days - o.days, (long) seconds - o.seconds, (long) microseconds - o.microseconds);
        }
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rsub__(Object other) {
        if (other instanceof PyTimeDelta o) {
            return o.__sub__(this);
        }
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __neg__() {
        return of(-(long) days, -(long) seconds, -(long) microseconds);
    }

    @PyMethod
    Object __pos__() {
        return of(days, seconds, microseconds);
    }

    @PyMethod
    Object __abs__() {
        return days < 0 ? __neg__() : __pos__();
    }

    @PyMethod
    boolean __bool__() {
        return !isZero();
    }

    @PyMethod
    Object __mul__(Object other) {
        if (other instanceof PyInt n) {
            return ofMicros(totalMicros().multiply(n.bigValue()));
        }
        if (other instanceof PyFloat f) {
            BigInteger[] ratio = ratio(f);
            return ofMicros(divideNearest(totalMicros().multiply(ratio[0]), ratio[1]));
        }
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rmul__(Object other) {
        return __mul__(other);
    }

    private static BigInteger[] ratio(PyFloat f) {
        Object r = Abstract.callMethod(f, "as_integer_ratio");
        if (!(r instanceof PyTuple t)) {
            throw PyErr.typeError("unexpected return type from as_integer_ratio(): expected tuple, got '%s'",
                    Abstract.typeOf(r).messageName());
        }
        if (t.size() != 2) {
            throw PyErr.valueError("as_integer_ratio() must return a 2-tuple");
        }
        return new BigInteger[] {((PyInt) t.get(0)).bigValue(), ((PyInt) t.get(1)).bigValue()};
    }

    @PyMethod
    Object __truediv__(Object other) {
        if (other instanceof PyTimeDelta o) {
            return Abstract.binaryOp(PyInt.of(totalMicros()), PyInt.of(o.totalMicros()), BinaryOp.TRUE_DIVIDE);
        }
        if (other instanceof PyInt n) {
            return ofMicros(divideNearest(totalMicros(), n.bigValue()));
        }
        if (other instanceof PyFloat f) {
            BigInteger[] ratio = ratio(f);
            return ofMicros(divideNearest(totalMicros().multiply(ratio[1]), ratio[0]));
        }
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __floordiv__(Object other) {
        if (other instanceof PyTimeDelta o) {
            return Abstract.binaryOp(PyInt.of(totalMicros()), PyInt.of(o.totalMicros()), BinaryOp.FLOOR_DIVIDE);
        }
        if (other instanceof PyInt n) {
            if (n.signum() == 0) {
                throw PyErr.zeroDivisionError("integer division or modulo by zero");
            }
            return ofMicros(floorDivMod(totalMicros(), n.bigValue())[0]);
        }
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __mod__(Object other) {
        if (other instanceof PyTimeDelta o) {
            if (o.isZero()) {
                throw PyErr.zeroDivisionError("integer modulo by zero");
            }
            return ofMicros(floorDivMod(totalMicros(), o.totalMicros())[1]);
        }
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __divmod__(Object other) {
        if (other instanceof PyTimeDelta o) {
            if (o.isZero()) {
                throw PyErr.zeroDivisionError("integer division or modulo by zero");
            }
            BigInteger[] qr = floorDivMod(totalMicros(), o.totalMicros());
            return PyTuple.of(PyInt.of(qr[0]), ofMicros(qr[1]));
        }
        return PySingletons.NOT_IMPLEMENTED;
    }

    // Reflected forms: CPython's one slot per operator serves both orders, so these answer
    // only when both operands are timedeltas (reached by calling the method directly).

    @PyMethod
    Object __rtruediv__(Object other) {
        return other instanceof PyTimeDelta o ? o.__truediv__(this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rfloordiv__(Object other) {
        return other instanceof PyTimeDelta o ? o.__floordiv__(this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rmod__(Object other) {
        return other instanceof PyTimeDelta o ? o.__mod__(this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rdivmod__(Object other) {
        return other instanceof PyTimeDelta o ? o.__divmod__(this) : PySingletons.NOT_IMPLEMENTED;
    }

    // ---- comparison and hashing

    int compareTo(PyTimeDelta o) {
        int c = Integer.compare(days, o.days);
        if (c == 0) {
            c = Integer.compare(seconds, o.seconds);
        }
        return c != 0 ? c : Integer.compare(microseconds, o.microseconds);
    }

    private Object compare(Object other, int op) {
        if (!(other instanceof PyTimeDelta o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return DtCompare.result(compareTo(o), op);
    }

    @PyMethod Object __eq__(Object o) { return compare(o, DtCompare.EQ); }
    @PyMethod Object __ne__(Object o) { return compare(o, DtCompare.NE); }
    @PyMethod Object __lt__(Object o) { return compare(o, DtCompare.LT); }
    @PyMethod Object __le__(Object o) { return compare(o, DtCompare.LE); }
    @PyMethod Object __gt__(Object o) { return compare(o, DtCompare.GT); }
    @PyMethod Object __ge__(Object o) { return compare(o, DtCompare.GE); }

    @PyMethod
    long __hash__() {
        return Abstract.hashTuple(new Object[] {PyInt.of(days), PyInt.of(seconds), PyInt.of(microseconds)});
    }

    // ---- text and pickling

    @PyMethod
    Object __repr__() {
        StringBuilder b = new StringBuilder(typeName()).append('(');
        String sep = "";
        if (days != 0) {
            b.append("days=").append(days);
            sep = ", ";
        }
        if (seconds != 0) {
            b.append(sep).append("seconds=").append(seconds);
            sep = ", ";
        }
        if (microseconds != 0) {
            b.append(sep).append("microseconds=").append(microseconds);
            sep = ", ";
        }
        if (sep.isEmpty()) {
            b.append('0');
        }
        return PyStr.of(b.append(')').toString());
    }

    @PyMethod
    Object __str__() {
        StringBuilder b = new StringBuilder();
        if (days != 0) {
            b.append(days).append(Math.abs(days) == 1 ? " day, " : " days, ");
        }
        b.append(seconds / 3600).append(':');
        DtText.pad2(b, seconds / 60 % 60).append(':');
        DtText.pad2(b, seconds % 60);
        if (microseconds != 0) {
            b.append('.');
            DtText.pad(b, microseconds, 6);
        }
        return PyStr.of(b.toString());
    }

    @PyMethod
    Object __reduce__() {
        return PyTuple.of(type(), PyTuple.of(PyInt.of(days), PyInt.of(seconds), PyInt.of(microseconds)));
    }
}
