package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * Python's {@code float}: a Java {@code double}. Operators accept float and int operands (an
 * int converts exactly or raises {@code OverflowError}; comparisons with an int are exact, see
 * {@link NumCompare}); arithmetic details are in {@link FloatMath}, text in {@link FloatFormat},
 * {@link FloatParse} and {@link FloatHex}.
 *
 * <p>Thread safety: immutable.
 */
public class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin("float", PyFloat.class, MethodHandles.lookup(), PyType.BASETYPE).withDoc(TypeDocs.FLOAT);


    final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override public PyType type() {
        return TYPE;
    }

    public final double doubleValue() {
        return value;
    }

    @Override public String toString() {
        return FloatRepr.repr(value);
    }

    /** {@code hash(float)}: equal to the hash of an equal int, as Python requires. */
    public static long hash(double v) {
        return FloatHash.hash(v);
    }

    /** True when float arithmetic takes this operand (a float or an int), else NotImplemented. */
    private static boolean handles(Object o) {
        return o instanceof PyFloat || o instanceof PyInt;
    }

    private static double other(Object o) {
        return o instanceof PyFloat f ? f.value : ((PyInt) o).doubleValue();
    }

    /** A float of this value (itself when exactly a float). */
    final PyFloat exact() {
        return getClass() == PyFloat.class ? this : new PyFloat(value);
    }

    // ---- construction ---------------------------------------------------------------------------

    private static final String[] NEW_NAMES = {"x"};

    /** {@code float(x=0.0, /)}. */
    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        if (cls != TYPE && kwnames != null && !Sequences.initIsObjects(cls)) {
            // A subclass's own __init__ takes the keywords; float() ignores them.
            args = java.util.Arrays.copyOf(args, args.length - kwnames.length);
            kwnames = null;
        }
        Object[] a = NumArgs.bind("float", args, kwnames, NEW_NAMES, 1);
        double v = a[0] == null ? 0.0 : FloatParse.toDouble(a[0]);
        if (cls == TYPE) {
            return a[0] != null && a[0].getClass() == PyFloat.class ? a[0] : new PyFloat(v);
        }
        return new Derived(cls, v);
    }

    @ClassMethod
    static Object fromhex(PyType cls, Object s) {
        if (!(s instanceof PyStr str)) {
            throw PyErr.typeError("bad argument type for built-in operation");
        }
        PyFloat f = new PyFloat(FloatHex.fromHex(str.toString()));
        return cls == TYPE ? f : Abstract.call(cls, f);
    }

    /** {@code float.__getformat__(typestr)}: how the machine stores doubles ("IEEE, little-endian" for the JVM's view). */
    @ClassMethod
    static Object __getformat__(PyType cls, Object typestr) {
        if (!(typestr instanceof PyStr s)) {
            throw PyErr.typeError("__getformat__() argument must be str, not %T", typestr);
        }
        if (!s.toString().equals("double") && !s.toString().equals("float")) {
            throw PyErr.valueError("__getformat__() argument 1 must be 'double' or 'float'");
        }
        return PyStr.of("IEEE, little-endian");
    }

    @PyMethod
    Object __getnewargs__() {
        return PyTuple.of(exact());
    }

    // ---- conversions --------------------------------------------------------------------------

    @PyMethod
    Object __repr__() {
        return PyStr.of(toString());
    }

    @PyMethod
    long __hash__() {
        if (Double.isNaN(value)) {
            // As CPython since 3.10: nan hashes by identity, so distinct nans spread in a dict.
            long h = Long.rotateRight(Identity.id(this), 4);
            return h == -1 ? -2 : h;
        }
        return FloatHash.hash(value);
    }

    @PyMethod
    boolean __bool__() {
        return value != 0.0;
    }

    @PyMethod
    Object __float__() {
        return exact();
    }

    @PyMethod
    Object __int__() {
        return FloatMath.toInt(value);
    }

    @PyMethod
    Object __trunc__() {
        return FloatMath.toInt(value);
    }

    @PyMethod
    Object __floor__() {
        return FloatMath.toInt(Math.floor(value));
    }

    @PyMethod
    Object __ceil__() {
        return FloatMath.toInt(Math.ceil(value));
    }

    @PyMethod
    Object __round__(@Opt Object ndigits) {
        if (ndigits == null || ndigits == PyNone.NONE) {
            return FloatMath.roundToInt(value);
        }
        return new PyFloat(FloatMath.round(value, Abstract.index(ndigits)));
    }

    @PyMethod
    Object __format__(Object spec) {
        PyStr s = NumFormat.specArg(spec);
        return PyStr.of(FloatFormat.format(this, s.toString()));
    }

    @PyMethod
    boolean is_integer() {
        return Double.isFinite(value) && value == Math.rint(value);
    }

    @PyMethod
    Object as_integer_ratio() {
        return FloatHex.integerRatio(value);
    }

    @PyMethod
    Object hex() {
        return PyStr.of(FloatHex.toHex(value));
    }

    @PyMethod
    long __sizeof__() {
        return 24;
    }

    @PyMethod
    Object conjugate() {
        return exact();
    }

    @PyGetter
    Object real() {
        return exact();
    }

    @PyGetter
    Object imag() {
        return new PyFloat(0.0);
    }

    // ---- unary operators ----------------------------------------------------------------------

    @PyMethod
    Object __neg__() {
        return new PyFloat(-value);
    }

    @PyMethod
    Object __pos__() {
        return exact();
    }

    @PyMethod
    Object __abs__() {
        return new PyFloat(Math.abs(value));
    }

    // ---- comparison ---------------------------------------------------------------------------

    private Object compare(Object o, CompareOp op) {
        if (o instanceof PyFloat f) {
            return PyBool.of(NumCompare.test(value, f.value, op));
        }
        if (o instanceof PyInt i) {
            return PyBool.of(NumCompare.test(NumCompare.compare(value, i), op));
        }
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __eq__(Object o) {
        return compare(o, CompareOp.EQ);
    }

    @PyMethod
    Object __ne__(Object o) {
        return compare(o, CompareOp.NE);
    }

    @PyMethod
    Object __lt__(Object o) {
        return compare(o, CompareOp.LT);
    }

    @PyMethod
    Object __le__(Object o) {
        return compare(o, CompareOp.LE);
    }

    @PyMethod
    Object __gt__(Object o) {
        return compare(o, CompareOp.GT);
    }

    @PyMethod
    Object __ge__(Object o) {
        return compare(o, CompareOp.GE);
    }

    // ---- arithmetic ---------------------------------------------------------------------------

    @PyMethod
    Object __add__(Object o) {
        return handles(o) ? new PyFloat(value + other(o)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __radd__(Object o) {
        return handles(o) ? new PyFloat(other(o) + value) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __sub__(Object o) {
        return handles(o) ? new PyFloat(value - other(o)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rsub__(Object o) {
        return handles(o) ? new PyFloat(other(o) - value) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __mul__(Object o) {
        return handles(o) ? new PyFloat(value * other(o)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rmul__(Object o) {
        return handles(o) ? new PyFloat(other(o) * value) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __truediv__(Object o) {
        return handles(o) ? new PyFloat(FloatMath.div(value, other(o))) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rtruediv__(Object o) {
        return handles(o) ? new PyFloat(FloatMath.div(other(o), value)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __floordiv__(Object o) {
        return handles(o) ? new PyFloat(FloatMath.floorDiv(value, other(o))) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rfloordiv__(Object o) {
        return handles(o) ? new PyFloat(FloatMath.floorDiv(other(o), value)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __mod__(Object o) {
        return handles(o) ? new PyFloat(FloatMath.mod(value, other(o))) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rmod__(Object o) {
        return handles(o) ? new PyFloat(FloatMath.mod(other(o), value)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __divmod__(Object o) {
        return handles(o) ? FloatMath.divmodTuple(value, other(o)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rdivmod__(Object o) {
        return handles(o) ? FloatMath.divmodTuple(other(o), value) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __pow__(Object o, @Opt("None") Object mod) {
        if (!handles(o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        if (mod != PyNone.NONE) {
            throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        return FloatMath.pow(value, other(o));
    }

    @PyMethod
    Object __rpow__(Object o, @Opt("None") Object mod) {
        if (!handles(o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        if (mod != PyNone.NONE) {
            throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        return FloatMath.pow(other(o), value);
    }

    /** An instance of a Python subclass of {@code float}. */
    static final class Derived extends PyFloat implements Instance {
        private PyType type;
        private PyDict dict;
        private final Object[] slots;

        Derived(PyType type, double v) {
            super(v);
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
