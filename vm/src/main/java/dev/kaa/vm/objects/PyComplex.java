package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * Python's {@code complex}: two doubles. Operators take complex, float and int operands;
 * ordering comparisons are not defined. Division and power are in {@link ComplexMath}, text in
 * {@link ComplexParse} and {@link ComplexFormat}.
 *
 * <p>Thread safety: immutable.
 */
public class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.builtin("complex", PyComplex.class, MethodHandles.lookup(),
            PyType.BASETYPE).withDoc(TypeDocs.COMPLEX);


    final double real, imag;

    /** The real part. */
    public final double real() {
        return real;
    }

    /** The imaginary part. */
    public final double imag() {
        return imag;
    }

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override public PyType type() {
        return TYPE;
    }

    public final double realValue() {
        return real;
    }

    public final double imagValue() {
        return imag;
    }

    @Override public String toString() {
        return dev.kaa.bytecode.PyRepr.complexRepr(real, imag);
    }

    /** The operand as {re, im}, or null when complex arithmetic does not take its type. */
    private static double[] parts(Object o) {
        if (o instanceof PyComplex c) {
            return new double[] {c.real, c.imag};
        }
        if (o instanceof PyFloat f) {
            return new double[] {f.value, 0.0};
        }
        if (o instanceof PyInt i) {
            return new double[] {i.doubleValue(), 0.0};
        }
        return null;
    }

    final PyComplex exact() {
        return getClass() == PyComplex.class ? this : new PyComplex(real, imag);
    }

    // ---- construction ---------------------------------------------------------------------------

    private static final String[] NEW_NAMES = {"real", "imag"};
    private static final PyStr COMPLEX = PyStr.intern("__complex__");

    /** {@code complex(real=0, imag=0)}. */
    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        Object[] a = NumArgs.bind("complex", args, kwnames, NEW_NAMES, 0);
        Object r = a[0], i = a[1];
        double[] v = construct(r, i);
        if (cls == TYPE) {
            if (r != null && i == null && r.getClass() == PyComplex.class) {
                return r;
            }
            return new PyComplex(v[0], v[1]);
        }
        return new Derived(cls, v[0], v[1]);
    }

    private static double[] construct(Object r, Object i) {
        if (r == null) {
            r = PyInt.ZERO;
        }
        if (r instanceof PyStr s) {
            if (i != null) {
                throw PyErr.typeError("complex() can't take second arg if first is a string");
            }
            return ComplexParse.parse(s.toString());
        }
        if (i instanceof PyStr) {
            throw PyErr.typeError("complex() second arg can't be a string");
        }
        double[] cr;
        boolean crComplex = false;
        // A subclass's own __complex__ wins over its value, as in CPython.
        Object conv = r.getClass() == PyComplex.class ? null : Abstract.lookupSpecial(r, COMPLEX);
        if (conv != null) {
            Object c = Abstract.call(conv);
            if (!(c instanceof PyComplex cc)) {
                throw PyErr.typeError("__complex__ returned non-complex (type %T)", c);
            }
            if (c.getClass() != PyComplex.class) {
                PyErr.warn(Exceptions.DeprecationWarning, 1, "__complex__ returned non-complex (type %T).  The "
                        + "ability to return an instance of a strict subclass of complex is deprecated, and may be "
                        + "removed in a future version of Python.", c);
            }
            cr = new double[] {cc.real, cc.imag};
            crComplex = true;
        } else if (r instanceof PyComplex c) {
            cr = new double[] {c.real, c.imag};
            crComplex = true;
        } else if (isNumber(r)) {
            cr = new double[] {Abstract.asDouble(r), 0.0};
        } else {
            throw PyErr.typeError("complex() first argument must be a string or a number, not '%T'", r);
        }
        double ciReal;
        if (i == null) {
            ciReal = cr[1];
            return new double[] {cr[0], ciReal};
        }
        if (i instanceof PyComplex c) {
            cr[0] -= c.imag;
            ciReal = c.real;
        } else if (isNumber(i)) {
            ciReal = Abstract.asDouble(i);
        } else {
            throw PyErr.typeError("complex() second argument must be a number, not '%T'", i);
        }
        if (crComplex) {
            ciReal += cr[1];
        }
        return new double[] {cr[0], ciReal};
    }

    private static boolean isNumber(Object o) {
        if (o instanceof PyFloat || o instanceof PyInt) {
            return true;
        }
        PyType t = Abstract.typeOf(o);
        return t.unary(Slot.__float__) != null || t.unary(Slot.__index__) != null;
    }

    @PyMethod
    Object __getnewargs__() {
        return PyTuple.of(new PyFloat(real), new PyFloat(imag));
    }

    // ---- conversions --------------------------------------------------------------------------

    @PyMethod
    Object __repr__() {
        return PyStr.of(toString());
    }

    @PyMethod
    long __hash__() {
        return ComplexMath.hash(this, real, imag);
    }

    @PyMethod
    boolean __bool__() {
        return real != 0 || imag != 0;
    }

    @PyMethod
    Object __complex__() {
        return exact();
    }

    @PyMethod
    Object __format__(Object spec) {
        PyStr s = NumFormat.specArg(spec);
        return PyStr.of(ComplexFormat.format(this, s.toString()));
    }

    @PyMethod
    long __sizeof__() {
        return 32;
    }

    @PyMethod
    Object conjugate() {
        return new PyComplex(real, -imag);
    }

    @PyGetter(value = "real", member = true)
    Object realPart() {
        return new PyFloat(real);
    }

    @PyGetter(value = "imag", member = true)
    Object imagPart() {
        return new PyFloat(imag);
    }

    @PyMethod
    Object __neg__() {
        return new PyComplex(-real, -imag);
    }

    @PyMethod
    Object __pos__() {
        return exact();
    }

    @PyMethod
    Object __abs__() {
        return new PyFloat(ComplexMath.abs(real, imag));
    }

    // ---- comparison ---------------------------------------------------------------------------

    private Object equal(Object o) {
        if (o instanceof PyComplex c) {
            return real == c.real && imag == c.imag;
        }
        if (o instanceof PyFloat f) {
            return imag == 0 && real == f.value;
        }
        if (o instanceof PyInt i) {
            return imag == 0 && NumCompare.compare(real, i) == 0;
        }
        return null;
    }

    @PyMethod
    Object __eq__(Object o) {
        Object r = equal(o);
        return r == null ? PySingletons.NOT_IMPLEMENTED : PyBool.of((Boolean) r);
    }

    @PyMethod
    Object __ne__(Object o) {
        Object r = equal(o);
        return r == null ? PySingletons.NOT_IMPLEMENTED : PyBool.of(!(Boolean) r);
    }

    // ---- arithmetic ---------------------------------------------------------------------------

    @PyMethod
    Object __add__(Object o) {
        double[] b = parts(o);
        return b == null ? PySingletons.NOT_IMPLEMENTED : new PyComplex(real + b[0], imag + b[1]);
    }

    @PyMethod
    Object __radd__(Object o) {
        double[] b = parts(o);
        return b == null ? PySingletons.NOT_IMPLEMENTED : new PyComplex(b[0] + real, b[1] + imag);
    }

    @PyMethod
    Object __sub__(Object o) {
        double[] b = parts(o);
        return b == null ? PySingletons.NOT_IMPLEMENTED : new PyComplex(real - b[0], imag - b[1]);
    }

    @PyMethod
    Object __rsub__(Object o) {
        double[] b = parts(o);
        return b == null ? PySingletons.NOT_IMPLEMENTED : new PyComplex(b[0] - real, b[1] - imag);
    }

    private static PyComplex mul(double ar, double ai, double br, double bi) {
        return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
    }

    @PyMethod
    Object __mul__(Object o) {
        double[] b = parts(o);
        return b == null ? PySingletons.NOT_IMPLEMENTED : mul(real, imag, b[0], b[1]);
    }

    @PyMethod
    Object __rmul__(Object o) {
        double[] b = parts(o);
        return b == null ? PySingletons.NOT_IMPLEMENTED : mul(b[0], b[1], real, imag);
    }

    @PyMethod
    Object __truediv__(Object o) {
        double[] b = parts(o);
        return b == null ? PySingletons.NOT_IMPLEMENTED : ComplexMath.div(real, imag, b[0], b[1]);
    }

    @PyMethod
    Object __rtruediv__(Object o) {
        double[] b = parts(o);
        return b == null ? PySingletons.NOT_IMPLEMENTED : ComplexMath.div(b[0], b[1], real, imag);
    }

    @PyMethod
    Object __pow__(Object o, @Opt("None") Object mod) {
        double[] b = parts(o);
        if (b == null) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        if (mod != PyNone.NONE) {
            throw PyErr.valueError("complex modulo");
        }
        return ComplexMath.pow(real, imag, b[0], b[1]);
    }

    @PyMethod
    Object __rpow__(Object o, @Opt("None") Object mod) {
        double[] b = parts(o);
        if (b == null) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        if (mod != PyNone.NONE) {
            throw PyErr.valueError("complex modulo");
        }
        return ComplexMath.pow(b[0], b[1], real, imag);
    }

    /** An instance of a Python subclass of {@code complex}. */
    static final class Derived extends PyComplex implements Instance {
        private PyType type;
        private PyDict dict;
        private final Object[] slots;

        Derived(PyType type, double re, double im) {
            super(re, im);
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
