package dev.kaa.vm.modules.cmath;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.BinaryOp;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyComplex;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import java.lang.invoke.MethodHandles;

/**
 * {@code cmath}: the mathematical functions for complex numbers ({@link ComplexFunctions}),
 * with CPython's argument conversion ({@code __complex__}, then {@code __float__} or
 * {@code __index__}) and its errors: a domain error is {@code ValueError("math domain error")},
 * an overflow {@code OverflowError("math range error")}.
 *
 * <p>Thread safety: stateless.
 */
public final class CMathModule {
    private CMathModule() {}

    private static final double LN10 = 2.302585092994046;
    private static final PyStr COMPLEX = PyStr.intern("__complex__");

    public static PyModule create() {
        PyModule m = new PyModule("cmath");
        m.put("__doc__", PyStr.of("Mathematical functions for complex numbers, as the C99 standard defines them."));
        Exposer.functions(CMathModule.class, MethodHandles.lookup(), "cmath", m).forEach(m::put);
        Exposer.functions(CMathPredicates.class, MethodHandles.lookup(), "cmath", m).forEach(m::put);
        m.put("pi", new PyFloat(Math.PI));
        m.put("e", new PyFloat(Math.E));
        m.put("tau", new PyFloat(2 * Math.PI));
        m.put("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.put("infj", new PyComplex(0.0, Double.POSITIVE_INFINITY));
        m.put("nan", new PyFloat(Double.NaN));
        m.put("nanj", new PyComplex(0.0, Double.NaN));
        return m;
    }

    /** A complex argument as {re, im}: a complex, an object with __complex__, or a real number. */
    static double[] parts(Object o) {
        if (o instanceof PyComplex c) {
            return new double[] {c.realValue(), c.imagValue()};
        }
        if (o instanceof PyFloat f) {
            return new double[] {f.doubleValue(), 0.0};
        }
        if (!(o instanceof PyInt)) {
            Object method = Abstract.lookupSpecial(o, COMPLEX);
            if (method != null) {
                Object r = Abstract.call(method);
                if (!(r instanceof PyComplex c)) {
                    throw PyErr.typeError("__complex__ returned non-complex (type %T)", r);
                }
                return new double[] {c.realValue(), c.imagValue()};
            }
        }
        return new double[] {Abstract.asDouble(o), 0.0};
    }

    /** The Python value of a result, or the error its computation met. */
    static PyComplex result(Cx r) {
        if (r.err() == Cx.EDOM) {
            throw PyErr.valueError("math domain error");
        }
        if (r.err() == Cx.ERANGE) {
            throw PyErr.overflowError("math range error");
        }
        return new PyComplex(r.re(), r.im());
    }

    private interface Fn {
        Cx apply(double x, double y);
    }

    private static PyComplex call(Fn f, Object z) {
        double[] p = parts(z);
        return result(f.apply(p[0], p[1]));
    }

    @PyMethod(doc = "Inverse cosine of the complex z.")
    static Object acos(Object z) {
        return call(ComplexFunctions::acos, z);
    }

    @PyMethod(doc = "acosh of the complex z.")
    static Object acosh(Object z) {
        return call(ComplexFunctions::acosh, z);
    }

    @PyMethod(doc = "Inverse sine of the complex z.")
    static Object asin(Object z) {
        return call(ComplexFunctions::asin, z);
    }

    @PyMethod(doc = "asinh of the complex z.")
    static Object asinh(Object z) {
        return call(ComplexFunctions::asinh, z);
    }

    @PyMethod(doc = "Inverse tangent of the complex z.")
    static Object atan(Object z) {
        return call(ComplexFunctions::atan, z);
    }

    @PyMethod(doc = "atanh of the complex z.")
    static Object atanh(Object z) {
        return call(ComplexFunctions::atanh, z);
    }

    @PyMethod(doc = "Return the cosine of z.")
    static Object cos(Object z) {
        return call(ComplexFunctions::cos, z);
    }

    @PyMethod(doc = "cosh of the complex z.")
    static Object cosh(Object z) {
        return call(ComplexFunctions::cosh, z);
    }

    @PyMethod(doc = "The complex exponential e ** z.")
    static Object exp(Object z) {
        return call(ComplexFunctions::exp, z);
    }

    @PyMethod(doc = "Return the sine of z.")
    static Object sin(Object z) {
        return call(ComplexFunctions::sin, z);
    }

    @PyMethod(doc = "sinh of the complex z.")
    static Object sinh(Object z) {
        return call(ComplexFunctions::sinh, z);
    }

    @PyMethod(doc = "Principal square root of the complex z.")
    static Object sqrt(Object z) {
        return call(ComplexFunctions::sqrt, z);
    }

    @PyMethod(doc = "Return the tangent of z.")
    static Object tan(Object z) {
        return call(ComplexFunctions::tan, z);
    }

    @PyMethod(doc = "tanh of the complex z.")
    static Object tanh(Object z) {
        return call(ComplexFunctions::tanh, z);
    }

    @PyMethod(doc = "Logarithm of the complex z in base 10.")
    static Object log10(Object z) {
        double[] p = parts(z);
        Cx r = ComplexFunctions.log(p[0], p[1]);
        return result(new Cx(r.re() / LN10, r.im() / LN10, r.err()));
    }

    @PyMethod(doc = "Complex logarithm of z: natural by default, else in the given base.")
    static Object log(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("cmath.log() takes no keyword arguments");
        }
        if (args.length < 1) {
            throw PyErr.typeError("log expected at least 1 argument, got %d", args.length);
        }
        if (args.length > 2) {
            throw PyErr.typeError("log expected at most 2 arguments, got %d", args.length);
        }
        double[] p = parts(args[0]);
        Cx x = ComplexFunctions.log(p[0], p[1]);
        if (args.length == 1) {
            return result(x);
        }
        // With a base, the condition of the first logarithm is superseded by the second's.
        double[] b = parts(args[1]);
        Cx y = ComplexFunctions.log(b[0], b[1]);
        result(y);
        if (y.re() == 0 && y.im() == 0) {
            throw PyErr.valueError("math domain error");
        }
        return Abstract.binaryOp(new PyComplex(x.re(), x.im()), new PyComplex(y.re(), y.im()), BinaryOp.TRUE_DIVIDE);
    }

    @PyMethod(doc = "The angle of z in radians, from -pi to pi.")
    static double phase(Object z) {
        double[] p = parts(z);
        return RealFunctions.atan2(p[1], p[0]);
    }

    @PyMethod(doc = "The pair (r, phi): the modulus of z and its angle in radians.")
    static Object polar(Object z) {
        double[] p = parts(z);
        double r = RealFunctions.hypot(p[0], p[1]);
        if (Double.isInfinite(r) && Double.isFinite(p[0]) && Double.isFinite(p[1])) {
            throw PyErr.overflowError("math range error");
        }
        return PyTuple.of(new PyFloat(r), new PyFloat(RealFunctions.atan2(p[1], p[0])));
    }

    @PyMethod(doc = "The complex number with modulus r and angle phi.")
    static Object rect(Object rArg, Object phiArg) {
        double r = Abstract.asDouble(rArg), phi = Abstract.asDouble(phiArg);
        return result(CMathPredicates.rect(r, phi));
    }
}
