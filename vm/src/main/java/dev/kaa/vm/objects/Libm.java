package dev.kaa.vm.objects;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The C library's mathematical functions ({@code sin}, {@code exp}, {@code pow}, {@code cbrt}
 * …), which CPython's {@code math} module and float {@code **} call: through the foreign function
 * API, their results are the platform's to the last bit, as CPython's are (glibc's here). The
 * JDK's {@code Math} and {@code StrictMath} are within an ulp but round differently now and
 * then ({@code cbrt(27.0)}, some {@code x ** 10}).
 *
 * <p>When the JVM does not let {@code dev.kaa.vm} call native code (an embedding host that did
 * not pass {@code --enable-native-access=dev.kaa.vm}; the {@code kaa} command does), or the C
 * library lacks a function, each function falls back to the JDK's, silently: the result may
 * then differ from CPython's in the last bit.
 *
 * <p>Thread safety: stateless; the handles are immutable and the functions pure.
 */
public final class Libm {
    private Libm() {}

    private static final boolean NATIVE = Libm.class.getModule().isNativeAccessEnabled();

    private static final MethodHandle ACOS = unary("acos"), ASIN = unary("asin"), ATAN = unary("atan"),
            COS = unary("cos"), SIN = unary("sin"), TAN = unary("tan"), COSH = unary("cosh"), SINH = unary("sinh"),
            TANH = unary("tanh"), ACOSH = unary("acosh"), ASINH = unary("asinh"), ATANH = unary("atanh"),
            EXP = unary("exp"), EXP2 = unary("exp2"), EXPM1 = unary("expm1"), LOG = unary("log"),
            LOG2 = unary("log2"), LOG10 = unary("log10"), LOG1P = unary("log1p"), CBRT = unary("cbrt"),
            ERF = unary("erf"), ERFC = unary("erfc");
    private static final MethodHandle ATAN2 = binary("atan2"), POW = binary("pow");

    private static MethodHandle unary(String name) {
        return handle(name, FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE));
    }

    private static MethodHandle binary(String name) {
        return handle(name, FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE,
                ValueLayout.JAVA_DOUBLE));
    }

    private static MethodHandle handle(String name, FunctionDescriptor descriptor) {
        if (!NATIVE) {
            return null;
        }
        try {
            Linker linker = Linker.nativeLinker();
            // Short, pure functions that touch no Java memory: a critical call skips the
            // thread-state transition.
            return linker.defaultLookup().find(name)
                    .map(a -> linker.downcallHandle(a, descriptor, Linker.Option.critical(false)))
                    .orElse(null);
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static double call(MethodHandle h, double x, DoubleUnaryOperator fallback) {
        if (h == null) {
            return fallback.applyAsDouble(x);
        }
        try {
            return (double) h.invokeExact(x);
        } catch (Throwable t) {
            throw new IllegalStateException("calling the C library's maths", t);
        }
    }

    private static double call(MethodHandle h, double x, double y, DoubleBinaryOperator fallback) {
        if (h == null) {
            return fallback.applyAsDouble(x, y);
        }
        try {
            return (double) h.invokeExact(x, y);
        } catch (Throwable t) {
            throw new IllegalStateException("calling the C library's maths", t);
        }
    }

    public static double acos(double x) {
        return call(ACOS, x, StrictMath::acos);
    }

    public static double asin(double x) {
        return call(ASIN, x, StrictMath::asin);
    }

    public static double atan(double x) {
        return call(ATAN, x, StrictMath::atan);
    }

    public static double atan2(double y, double x) {
        return call(ATAN2, y, x, StrictMath::atan2);
    }

    public static double cos(double x) {
        return call(COS, x, Math::cos);
    }

    public static double sin(double x) {
        return call(SIN, x, Math::sin);
    }

    public static double tan(double x) {
        return call(TAN, x, Math::tan);
    }

    /** {@code cosh}; {@code fallback} is Kaa's own where the JDK's is too loose. */
    public static double cosh(double x, DoubleUnaryOperator fallback) {
        return call(COSH, x, fallback);
    }

    public static double sinh(double x) {
        return call(SINH, x, StrictMath::sinh);
    }

    public static double tanh(double x) {
        return call(TANH, x, StrictMath::tanh);
    }

    /** {@code acosh}, {@code asinh}, {@code atanh}: the JDK has none, so the caller gives its own. */
    public static double acosh(double x, DoubleUnaryOperator fallback) {
        return call(ACOSH, x, fallback);
    }

    public static double asinh(double x, DoubleUnaryOperator fallback) {
        return call(ASINH, x, fallback);
    }

    public static double atanh(double x, DoubleUnaryOperator fallback) {
        return call(ATANH, x, fallback);
    }

    public static double exp(double x) {
        return call(EXP, x, Math::exp);
    }

    public static double exp2(double x) {
        return call(EXP2, x, v -> Math.pow(2.0, v));
    }

    public static double expm1(double x) {
        return call(EXPM1, x, StrictMath::expm1);
    }

    public static double log(double x) {
        return call(LOG, x, Math::log);
    }

    /** {@code log2}; the JDK has none, so the caller gives its own. */
    public static double log2(double x, DoubleUnaryOperator fallback) {
        return call(LOG2, x, fallback);
    }

    public static double log10(double x) {
        return call(LOG10, x, StrictMath::log10);
    }

    public static double log1p(double x) {
        return call(LOG1P, x, StrictMath::log1p);
    }

    public static double cbrt(double x) {
        return call(CBRT, x, StrictMath::cbrt);
    }

    /** {@code erf}, {@code erfc}: the JDK has none, so the caller gives its own. */
    public static double erf(double x, DoubleUnaryOperator fallback) {
        return call(ERF, x, fallback);
    }

    public static double erfc(double x, DoubleUnaryOperator fallback) {
        return call(ERFC, x, fallback);
    }

    /** {@code pow(x, y)} for the finite, positive x and the y float {@code **} passes on. */
    public static double pow(double x, double y) {
        return call(POW, x, y, Math::pow);
    }
}
