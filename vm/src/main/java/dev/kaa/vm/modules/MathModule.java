package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.BinaryOp;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.KwOnly;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.Libm;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import java.lang.invoke.MethodHandles;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * {@code math}: the functions on floats, with CPython's error rules (a NaN from a non-NaN
 * argument is "math domain error"; an infinity from a finite argument is "math range error"
 * where the function can overflow, a domain error otherwise). Elementary functions are the C
 * library's, as CPython's are ({@link Libm}: its results to the last bit, unless the JVM denies
 * Kaa native access and the JDK's stand in); the integer functions are in
 * {@link MathIntegers}, the exactly rounded sums and norms in {@link MathExact}, erf and gamma
 * in {@link MathSpecial}.
 *
 * <p>Thread safety: stateless.
 */
public final class MathModule {
    private MathModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("math");
        m.put("__doc__", PyStr.of("Mathematical functions on floats and ints (those of C's libm and a few more)."));
        Exposer.functions(MathModule.class, MethodHandles.lookup(), "math", m).forEach(m::put);
        Exposer.functions(MathIntegers.class, MethodHandles.lookup(), "math", m).forEach(m::put);
        Exposer.functions(MathExact.class, MethodHandles.lookup(), "math", m).forEach(m::put);
        Exposer.functions(MathSpecial.class, MethodHandles.lookup(), "math", m).forEach(m::put);
        m.put("pi", new PyFloat(Math.PI));
        m.put("e", new PyFloat(Math.E));
        m.put("tau", new PyFloat(2 * Math.PI));
        m.put("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.put("nan", new PyFloat(Double.NaN));
        return m;
    }

    // ---- error rules ----------------------------------------------------------------------------------

    static RuntimeException domainError() {
        return PyErr.valueError("math domain error");
    }

    static RuntimeException rangeError() {
        return PyErr.overflowError("math range error");
    }

    /** Checks {@code r = f(x)} as CPython's {@code math_1} does. */
    static double check1(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return r;
    }

    /** Checks {@code r = f(x, y)} as CPython's {@code math_2} does. */
    static double check2(double x, double y, double r) {
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw rangeError();
        }
        return r;
    }

    /** A float as an int, with CPython's errors for infinities and NaNs. */
    static PyInt toInt(double x) {
        if (Double.isNaN(x)) {
            throw PyErr.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw PyErr.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(x) < 9.0e18) {
            return PyInt.of((long) x);
        }
        return PyInt.of(new BigDecimal(x).toBigInteger());
    }

    // ---- one-argument functions -------------------------------------------------------------------------

    @PyMethod(doc = "Inverse cosine of x, in radians.")
    static double acos(double x) {
        return check1(x, Libm.acos(x), false);
    }

    @PyMethod(doc = "acosh(x), the inverse of cosh.")
    static double acosh(double x) {
        return check1(x, Libm.acosh(x, MathSpecial::acosh), false);
    }

    @PyMethod(doc = "Inverse sine of x, in radians.")
    static double asin(double x) {
        return check1(x, Libm.asin(x), false);
    }

    @PyMethod(doc = "asinh(x), the inverse of sinh.")
    static double asinh(double x) {
        return check1(x, Libm.asinh(x, MathSpecial::asinh), false);
    }

    @PyMethod(doc = "Inverse tangent of x, in radians.")
    static double atan(double x) {
        return check1(x, Libm.atan(x), false);
    }

    @PyMethod(doc = "atanh(x), the inverse of tanh.")
    static double atanh(double x) {
        return check1(x, Libm.atanh(x, MathSpecial::atanh), false);
    }

    @PyMethod(doc = "x ** (1/3), defined for negative x too.")
    static double cbrt(double x) {
        return check1(x, Libm.cbrt(x), false);
    }

    @PyMethod(doc = "Cosine of the angle x, in radians.")
    static double cos(double x) {
        return check1(x, Libm.cos(x), false);
    }

    @PyMethod(doc = "cosh(x).")
    static double cosh(double x) {
        return check1(x, Libm.cosh(x, MathSpecial::cosh), true);
    }

    @PyMethod(doc = "The exponential function: e ** x.")
    static double exp(double x) {
        return check1(x, Libm.exp(x), true);
    }

    @PyMethod(doc = "2.0 ** x.")
    static double exp2(double x) {
        return check1(x, Libm.exp2(x), true);
    }

    @PyMethod(doc = "Return exp(x)-1.")
    static double expm1(double x) {
        return check1(x, Libm.expm1(x), true);
    }

    @PyMethod(doc = "abs(x) as a float.")
    static double fabs(double x) {
        return Math.abs(x);
    }

    @PyMethod(doc = "ln(1 + x), accurate even when x is tiny.")
    static double log1p(double x) {
        return check1(x, Libm.log1p(x), false);
    }

    @PyMethod(doc = "Sine of the angle x, in radians.")
    static double sin(double x) {
        return check1(x, Libm.sin(x), false);
    }

    @PyMethod(doc = "sinh(x).")
    static double sinh(double x) {
        return check1(x, Libm.sinh(x), true);
    }

    @PyMethod(doc = "Square root of x, as a float.")
    static double sqrt(double x) {
        return check1(x, Math.sqrt(x), false);
    }

    @PyMethod(doc = "Tangent of the angle x, in radians.")
    static double tan(double x) {
        return check1(x, Libm.tan(x), false);
    }

    @PyMethod(doc = "tanh(x).")
    static double tanh(double x) {
        return check1(x, Libm.tanh(x), false);
    }

    @PyMethod(doc = "x radians, expressed in degrees.")
    static double degrees(double x) {
        return x * (180.0 / Math.PI);
    }

    @PyMethod(doc = "x degrees, expressed in radians.")
    static double radians(double x) {
        return x * (Math.PI / 180.0);
    }

    @PyMethod(doc = "Whether the float x is an ordinary number (no inf, no NaN).")
    static boolean isfinite(double x) {
        return Double.isFinite(x);
    }

    @PyMethod(doc = "Whether the float x is +inf or -inf.")
    static boolean isinf(double x) {
        return Double.isInfinite(x);
    }

    @PyMethod(doc = "Whether the float x is a NaN.")
    static boolean isnan(double x) {
        return Double.isNaN(x);
    }

    @PyMethod(doc = "The gap between abs(x) and the next larger float.")
    static double ulp(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Math.abs(x);
        }
        return Math.ulp(x);
    }

    // ---- rounding to integers -----------------------------------------------------------------------

    private static Object viaSpecial(Object x, String name) {
        Object method = Abstract.lookupSpecial(x, PyStr.intern(name));
        return method == null ? null : Abstract.call(method);
    }

    @PyMethod(doc = "The largest integer <= x (uses x.__floor__ when defined).")
    static Object floor(Object x) {
        if (x.getClass() == PyFloat.class) {
            return toInt(Math.floor(((PyFloat) x).doubleValue()));
        }
        Object r = viaSpecial(x, "__floor__");
        return r != null ? r : toInt(Math.floor(Abstract.asDouble(x)));
    }

    @PyMethod(doc = "The smallest integer >= x (uses x.__ceil__ when defined).")
    static Object ceil(Object x) {
        if (x.getClass() == PyFloat.class) {
            return toInt(Math.ceil(((PyFloat) x).doubleValue()));
        }
        Object r = viaSpecial(x, "__ceil__");
        return r != null ? r : toInt(Math.ceil(Abstract.asDouble(x)));
    }

    @PyMethod(doc = "Drop the fractional part of x, rounding toward zero (uses x.__trunc__).")
    static Object trunc(Object x) {
        if (x.getClass() == PyFloat.class) {
            return toInt(((PyFloat) x).doubleValue());
        }
        Object r = viaSpecial(x, "__trunc__");
        if (r == null) {
            throw PyErr.typeError("type %s doesn't define __trunc__ method", Abstract.typeOf(x).messageName());
        }
        return r;
    }

    // ---- two-argument functions ---------------------------------------------------------------------

    @PyMethod(doc = "Angle in radians of the point (x, y), from -pi to pi; the signs of both pick the quadrant.")
    static double atan2(double y, double x) {
        return Libm.atan2(y, x);
    }

    @PyMethod(doc = "abs(x) carrying the sign bit of y, as a float.")
    static double copysign(double x, double y) {
        return Math.copySign(x, Double.isNaN(y) ? (Double.doubleToRawLongBits(y) < 0 ? -1.0 : 1.0) : y);
    }

    @PyMethod(doc = "The C library's fmod: x - n*y with n = x/y truncated; keeps the sign of x.")
    static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return x;
        }
        return check2(x, y, x % y);
    }

    @PyMethod(doc = "IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even).")
    static double remainder(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return x + y;
        }
        if (Double.isInfinite(x) || y == 0) {
            throw domainError();
        }
        if (Double.isInfinite(y)) {
            return x;
        }
        return Math.IEEEremainder(x, y);
    }

    @PyMethod(doc = "x raised to y, computed on floats.")
    static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                return y == 0 ? 1.0 : x;
            }
            if (Double.isNaN(y)) {
                return x == 1.0 ? 1.0 : y;
            }
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (x > 0) {
                    return y > 0 ? x : 0.0;
                }
                return y > 0 ? (oddY ? x : Math.abs(x)) : (oddY ? Math.copySign(0.0, x) : 0.0);
            }
            if (Math.abs(x) == 1.0) {
                return 1.0;
            }
            if (y > 0 && Math.abs(x) > 1.0) {
                return y;
            }
            if (y < 0 && Math.abs(x) < 1.0) {
                return -y;
            }
            return 0.0;
        }
        double r = Libm.pow(x, y);
        if (x == 0 && y < 0) {
            throw domainError();
        }
        if (Double.isNaN(r)) {
            throw domainError();
        }
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return r;
    }

    @PyMethod(doc = "Return the next floating-point value after x towards y.")
    static double nextafter(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos != 2) {
            throw PyErr.typeError("nextafter() takes exactly 2 positional arguments (%d given)", npos);
        }
        Object steps = null;
        for (int k = 0; k < nkw; k++) {
            if (!kwnames[k].equals("steps")) {
                throw PyErr.typeError("nextafter() got an unexpected keyword argument '%s'", kwnames[k]);
            }
            steps = args[npos + k];
        }
        return nextafter(Abstract.asDouble(args[0]), Abstract.asDouble(args[1]), steps);
    }

    private static double nextafter(double x, double y, Object steps) {
        if (steps == null || steps == PyNone.NONE) {
            return Math.nextAfter(x, y);
        }
        PyInt n = Abstract.index(steps);
        if (n.signum() < 0) {
            throw PyErr.valueError("steps must be a non-negative integer");
        }
        if (n.signum() == 0) {
            return x;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return x + y;
        }
        if (x == y) {
            return y;
        }
        long ox = ordered(x), oy = ordered(y);
        long distance = Math.abs(oy - ox);
        long k = n.isLong() ? Math.min(n.longValue(), distance) : distance;
        long r = oy > ox ? ox + k : ox - k;
        return k == distance ? y : unordered(r);
    }

    /** The position of {@code d} among all doubles, as a signed integer (both zeros at 0). */
    private static long ordered(double d) {
        long bits = Double.doubleToRawLongBits(d);
        return bits < 0 ? -(bits & Long.MAX_VALUE) : bits;
    }

    private static double unordered(long o) {
        return o < 0 ? Double.longBitsToDouble((-o) | Long.MIN_VALUE) : Double.longBitsToDouble(o);
    }

    @PyMethod(doc = "x * y + z with a single rounding at the end.")
    static double fma(double x, double y, double z) {
        double r = Math.fma(x, y, z);
        if (Double.isFinite(r)) {
            return r;
        }
        if (Double.isNaN(r)) {
            if (!Double.isNaN(x) && !Double.isNaN(y) && !Double.isNaN(z)) {
                throw PyErr.valueError("invalid operation in fma");
            }
        } else if (Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z)) {
            throw PyErr.overflowError("overflow in fma");
        }
        return r;
    }

    @PyMethod(doc = "Split x into (m, e) with x == m * 2**e, 0.5 <= abs(m) < 1 (or m == 0).")
    static Object frexp(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return PyTuple.of(new PyFloat(x), PyInt.ZERO);
        }
        int e = Math.getExponent(x);
        double m;
        if (e == Double.MIN_EXPONENT - 1) {
            // Subnormal: scale into the normal range first.
            double scaled = x * 0x1p64;
            e = Math.getExponent(scaled) - 64;
            m = Math.scalb(scaled, -(Math.getExponent(scaled) + 1));
        } else {
            m = Math.scalb(x, -(e + 1));
        }
        return PyTuple.of(new PyFloat(m), PyInt.of(e + 1));
    }

    @PyMethod(doc = "Return x * (2**i).")
    static double ldexp(double x, Object i) {
        if (!(i instanceof PyInt n)) {
            throw PyErr.typeError("Expected an int as second argument to ldexp.");
        }
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        long e = n.isLong() ? n.longValue() : (n.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
        if (e > 4000) {
            throw rangeError();
        }
        if (e < -4000) {
            return Math.copySign(0.0, x);
        }
        double r = Math.scalb(x, (int) e);
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return r;
    }

    @PyMethod(doc = "Split x into (fraction, whole part), both floats with the sign of x.")
    static Object modf(double x) {
        if (Double.isInfinite(x)) {
            return PyTuple.of(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
        }
        if (Double.isNaN(x)) {
            return PyTuple.of(new PyFloat(x), new PyFloat(x));
        }
        double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
        return PyTuple.of(new PyFloat(Math.copySign(x - ip, x)), new PyFloat(ip));
    }

    @PyMethod(positionalOnly = 0, doc = "True when a and b differ by at most rel_tol relative or abs_tol absolute.")
    static boolean isclose(double a, double b, @KwOnly @Opt Object rel_tol, @KwOnly @Opt Object abs_tol) {
        double rel = rel_tol == null ? 1e-09 : Abstract.asDouble(rel_tol);
        double abs = abs_tol == null ? 0.0 : Abstract.asDouble(abs_tol);
        if (rel < 0.0 || abs < 0.0) {
            throw PyErr.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs;
    }

    // ---- logarithms ---------------------------------------------------------------------------------

    /** {@code f(x)} for a float or an int of any size (a huge int through its binary exponent). */
    private static double logOf(Object x, java.util.function.DoubleUnaryOperator f) {
        if (x instanceof PyInt i) {
            if (i.signum() <= 0) {
                throw domainError();
            }
            double d = i.isLong() ? (double) i.longValue() : i.bigValue().doubleValue();
            if (Double.isFinite(d)) {
                return f.applyAsDouble(d);
            }
            // As CPython: x = m * 2**e with m in [0.5, 1) rounded to 53 bits; f(m) + f(2) * e.
            BigInteger b = i.bigValue();
            int e = b.bitLength();
            double m = roundedMantissa(b);
            if (m == 1.0) {
                m = 0.5;
                e++;
            }
            return f.applyAsDouble(m) + f.applyAsDouble(2.0) * e;
        }
        double d = Abstract.asDouble(x);
        if (Double.isNaN(d)) {
            return d;
        }
        if (d <= 0) {
            throw domainError();
        }
        return f.applyAsDouble(d);
    }

    /** {@code b / 2**bitLength(b)} rounded to 53 bits, half to even (CPython's {@code _PyLong_Frexp}). */
    private static double roundedMantissa(BigInteger b) {
        int shift = b.bitLength() - 55;
        BigInteger top = b.shiftRight(shift);
        // Keep a sticky bit for the bits shifted out, so the conversion rounds as one step.
        if (b.getLowestSetBit() < shift) {
            top = top.setBit(0);
        }
        return Math.scalb(top.doubleValue(), -55);
    }

    private static final double LN2 = 0.6931471805599453;

    @PyMethod(doc = "Logarithm of x: natural when no base is given, else in that base.")
    static Object log(Object x, @Opt Object base) {
        double num = logOf(x, Libm::log);
        if (base == null) {
            return new PyFloat(num);
        }
        double den = logOf(base, Libm::log);
        if (den == 0) {
            throw PyErr.zeroDivisionError("float division by zero");
        }
        return new PyFloat(num / den);
    }

    @PyMethod(doc = "Logarithm of x in base 2.")
    static double log2(Object x) {
        return logOf(x, v -> Libm.log2(v, MathSpecial::log2));
    }

    @PyMethod(doc = "Logarithm of x in base 10.")
    static double log10(Object x) {
        return logOf(x, Libm::log10);
    }

    // ---- products ---------------------------------------------------------------------------------------

    @PyMethod(doc = "Multiply the items of an iterable together, starting from start (1 by default).")
    static Object prod(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos != 1) {
            throw PyErr.typeError("prod() takes exactly 1 positional argument (%d given)", npos);
        }
        Object start = null;
        for (int k = 0; k < nkw; k++) {
            if (!kwnames[k].equals("start")) {
                throw PyErr.typeError("prod() got an unexpected keyword argument '%s'", kwnames[k]);
            }
            start = args[npos + k];
        }
        Object iterable = args[0];
        Object acc = start == null ? PyInt.ONE : start;
        Object it = Abstract.iter(iterable);
        for (Object x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            acc = Abstract.binaryOp(acc, x, BinaryOp.MULTIPLY);
        }
        return acc;
    }
}
