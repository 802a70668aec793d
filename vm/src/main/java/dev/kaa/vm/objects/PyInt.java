package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;
import java.math.BigInteger;

/**
 * Python's {@code int}: a {@code long} while the value fits, a {@link BigInteger} beyond
 * ({@link #big} is null exactly when the value fits a long). Values from -5 to 256 are cached,
 * as in CPython. The arithmetic is in {@link Ints}, {@link IntBits} and {@link IntPow}; parsing
 * in {@link IntParse}; {@code format()} in {@link IntFormat}. Operators return
 * {@code NotImplemented} for a float operand: {@link PyFloat}'s reflected methods take over.
 *
 * <p>Thread safety: immutable.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int", PyInt.class, MethodHandles.lookup(), PyType.BASETYPE).withDoc(TypeDocs.INT);


    private static final int CACHE_LOW = -5, CACHE_HIGH = 256;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static {
        for (int i = CACHE_LOW; i <= CACHE_HIGH; i++) {
            CACHE[i - CACHE_LOW] = new PyInt(i, null);
        }
    }

    public static final PyInt ZERO = of(0), ONE = of(1), MINUS_ONE = of(-1);

    /** The value when {@link #big} is null. */
    final long value;
    /** The value when it does not fit a long; else null. */
    final BigInteger big;

    PyInt(long value, BigInteger big) {
        this.value = value;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) {
            return CACHE[(int) v - CACHE_LOW];
        }
        return new PyInt(v, null);
    }

    public static PyInt of(BigInteger v) {
        if (v.bitLength() < 64) {
            return of(v.longValue());
        }
        return new PyInt(0, v);
    }

    @Override public PyType type() {
        return TYPE;
    }

    /** True when the value fits a long. */
    public final boolean isLong() {
        return big == null;
    }

    /** The value, which must fit a long ({@link #isLong}). */
    public final long longValue() {
        return value;
    }

    /** The value as a BigInteger. */
    public final BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    /** The value as a double, or {@code OverflowError} as CPython's {@code int.__float__}. */
    public final double doubleValue() {
        if (big == null) {
            return value;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErr.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** Python's {@code hash(int)}: the value modulo 2**61 - 1, with -1 mapped to -2. */
    public final long pyHash() {
        if (big == null) {
            return Ints.hash(value);
        }
        return Ints.hash(big);
    }

    public final int signum() {
        return big == null ? Long.signum(value) : big.signum();
    }

    @Override public String toString() {
        return big == null ? Long.toString(value) : big.toString();
    }

    // ---- construction ---------------------------------------------------------------------------

    private static final String[] NEW_NAMES = {"x", "base"};

    /** {@code int(x=0, /, base=10)}. */
    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        Object[] a = NumArgs.bind("int", args, kwnames, NEW_NAMES, 1);
        PyInt v = IntConstruct.construct(a[0], a[1]);
        return cls == TYPE ? v : new Derived(cls, v);
    }

    @PyMethod
    Object __getnewargs__() {
        return PyTuple.of(Ints.exact(this));
    }

    // ---- conversions --------------------------------------------------------------------------

    @PyMethod
    Object __repr__() {
        return PyStr.of(Ints.toDecimal(this));
    }

    @PyMethod
    long __hash__() {
        return pyHash();
    }

    @PyMethod
    boolean __bool__() {
        return big != null || value != 0;
    }

    @PyMethod
    Object __index__() {
        return Ints.exact(this);
    }

    @PyMethod
    Object __int__() {
        return Ints.exact(this);
    }

    @PyMethod
    double __float__() {
        return doubleValue();
    }

    @PyMethod
    Object __trunc__() {
        return Ints.exact(this);
    }

    @PyMethod
    Object __floor__() {
        return Ints.exact(this);
    }

    @PyMethod
    Object __ceil__() {
        return Ints.exact(this);
    }

    @PyMethod
    Object __round__(@Opt Object ndigits) {
        return Ints.round(this, ndigits);
    }

    @PyMethod
    Object __format__(Object spec) {
        PyStr s = NumFormat.specArg(spec);
        return PyStr.of(IntFormat.format(this, s.toString()));
    }

    @PyMethod
    Object conjugate() {
        return Ints.exact(this);
    }

    /** The size CPython's object would have: a 24-byte header and 30-bit digits of 4 bytes. */
    @PyMethod
    long __sizeof__() {
        long bits = IntBits.bitLength(this);
        return 24 + 4 * Math.max(1, (bits + 29) / 30);
    }

    @PyMethod
    long bit_length() {
        return IntBits.bitLength(this);
    }

    @PyMethod
    long bit_count() {
        return IntBits.bitCount(this);
    }

    @PyMethod
    Object as_integer_ratio() {
        return PyTuple.of(Ints.exact(this), ONE);
    }

    @PyMethod
    boolean is_integer() {
        return true;
    }

    private static final String[] TO_BYTES = {"length", "byteorder", "signed"};
    private static final String[] FROM_BYTES = {"bytes", "byteorder", "signed"};

    /** {@code to_bytes(length=1, byteorder='big', *, signed=False)}. */
    @PyMethod
    Object to_bytes(Object[] args, String[] kwnames) {
        Object[] a = NumArgs.bindKw("to_bytes", args, kwnames, TO_BYTES, 2, 0);
        return IntBytes.toBytes(this, a[0], a[1], a[2] != null && Abstract.isTrue(a[2]));
    }

    /** {@code int.from_bytes(bytes, byteorder='big', *, signed=False)}. */
    @ClassMethod
    static Object from_bytes(PyType cls, Object[] args, String[] kwnames) {
        Object[] a = NumArgs.bindKw("from_bytes", args, kwnames, FROM_BYTES, 2, 1);
        PyInt v = IntBytes.fromBytes(a[0], a[1], a[2] != null && Abstract.isTrue(a[2]));
        return cls == TYPE ? v : Abstract.call(cls, v);
    }

    @PyGetter
    Object real() {
        return Ints.exact(this);
    }

    @PyGetter
    Object imag() {
        return ZERO;
    }

    @PyGetter
    Object numerator() {
        return Ints.exact(this);
    }

    @PyGetter
    Object denominator() {
        return ONE;
    }

    // ---- unary operators ----------------------------------------------------------------------

    @PyMethod
    Object __neg__() {
        return Ints.negate(this);
    }

    @PyMethod
    Object __pos__() {
        return Ints.exact(this);
    }

    @PyMethod
    Object __abs__() {
        return signum() < 0 ? Ints.negate(this) : Ints.exact(this);
    }

    @PyMethod
    Object __invert__() {
        return IntBits.invert(this);
    }

    // ---- comparison ---------------------------------------------------------------------------

    @PyMethod
    Object __eq__(Object o) {
        return o instanceof PyInt b ? PyBool.of(Ints.compare(this, b) == 0) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __ne__(Object o) {
        return o instanceof PyInt b ? PyBool.of(Ints.compare(this, b) != 0) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __lt__(Object o) {
        return o instanceof PyInt b ? PyBool.of(Ints.compare(this, b) < 0) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __le__(Object o) {
        return o instanceof PyInt b ? PyBool.of(Ints.compare(this, b) <= 0) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __gt__(Object o) {
        return o instanceof PyInt b ? PyBool.of(Ints.compare(this, b) > 0) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __ge__(Object o) {
        return o instanceof PyInt b ? PyBool.of(Ints.compare(this, b) >= 0) : PySingletons.NOT_IMPLEMENTED;
    }

    // ---- arithmetic ---------------------------------------------------------------------------

    @PyMethod
    Object __add__(Object o) {
        return o instanceof PyInt b ? Ints.add(this, b) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __radd__(Object o) {
        return o instanceof PyInt b ? Ints.add(b, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __sub__(Object o) {
        return o instanceof PyInt b ? Ints.sub(this, b) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rsub__(Object o) {
        return o instanceof PyInt b ? Ints.sub(b, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __mul__(Object o) {
        return o instanceof PyInt b ? Ints.mul(this, b) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rmul__(Object o) {
        return o instanceof PyInt b ? Ints.mul(b, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __floordiv__(Object o) {
        return o instanceof PyInt b ? Ints.floorDiv(this, b) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rfloordiv__(Object o) {
        return o instanceof PyInt b ? Ints.floorDiv(b, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __mod__(Object o) {
        return o instanceof PyInt b ? Ints.mod(this, b) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rmod__(Object o) {
        return o instanceof PyInt b ? Ints.mod(b, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __divmod__(Object o) {
        return o instanceof PyInt b ? Ints.divmod(this, b) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rdivmod__(Object o) {
        return o instanceof PyInt b ? Ints.divmod(b, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __truediv__(Object o) {
        return o instanceof PyInt b ? Ints.trueDiv(this, b) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rtruediv__(Object o) {
        return o instanceof PyInt b ? Ints.trueDiv(b, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __pow__(Object o, @Opt("None") Object mod) {
        return Ints.pow(this, o, mod);
    }

    @PyMethod
    Object __rpow__(Object o, @Opt("None") Object mod) {
        return o instanceof PyInt b ? Ints.pow(b, this, mod) : PySingletons.NOT_IMPLEMENTED;
    }

    // ---- bits ---------------------------------------------------------------------------------

    @PyMethod
    Object __lshift__(Object o) {
        return o instanceof PyInt b ? IntBits.lshift(this, b) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rlshift__(Object o) {
        return o instanceof PyInt b ? IntBits.lshift(b, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rshift__(Object o) {
        return o instanceof PyInt b ? IntBits.rshift(this, b) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rrshift__(Object o) {
        return o instanceof PyInt b ? IntBits.rshift(b, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __and__(Object o) {
        return o instanceof PyInt b ? IntBits.and(this, b) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rand__(Object o) {
        return o instanceof PyInt b ? IntBits.and(b, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __or__(Object o) {
        return o instanceof PyInt b ? IntBits.or(this, b) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __ror__(Object o) {
        return o instanceof PyInt b ? IntBits.or(b, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __xor__(Object o) {
        return o instanceof PyInt b ? IntBits.xor(this, b) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rxor__(Object o) {
        return o instanceof PyInt b ? IntBits.xor(b, this) : PySingletons.NOT_IMPLEMENTED;
    }

    /** An instance of a Python subclass of {@code int}. */
    static final class Derived extends PyInt implements Instance {
        private PyType type;
        private PyDict dict;
        private final Object[] slots;

        Derived(PyType type, PyInt v) {
            super(v.value, v.big);
            this.type = type;
            this.dict = type.instancesHaveDict() ? new PyDict() : null;
            this.slots = type.slotCount() > 0 ? new Object[type.slotCount()] : null;
        }

        @Override public PyType type() {
            return type;
        }

        @Override public PyDict instanceDict() {
            return dict;
        }

        @Override public void setInstanceDict(PyDict dict) {
            this.dict = dict;
        }

        @Override public void setType(PyType type) {
            this.type = type;
        }

        @Override public Object[] slotValues() {
            return slots;
        }
    }
}
