package dev.kaa.stdlib.statistics;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.stdlib.internal.NativeLibrary;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * {@code _statistics}: the inverse of the normal distribution's cumulative distribution function,
 * {@code NormalDist.inv_cdf}, by Wichura's algorithm AS241 (Applied Statistics 37(3), 1988), to
 * the last bit of CPython's result: the same rational approximations, evaluated in the same order
 * without fused multiply-adds, and the logarithm of the platform's C maths library, which CPython
 * calls (Java's own {@code log} may round the other way).
 *
 * <p>Thread safety: stateless.
 */
public final class StatisticsModule implements ExtensionModule {
    private static final MethodHandle LOG = NativeLibrary.load("libm.so.6")
            .function("log", FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE));

    /*
     * AS241's coefficients, highest degree first: the central region |p - 0.5| <= 0.425 in
     * r = 0.180625 - q², then the tails in r = sqrt(-log(min(p, 1 - p))), below and above 5.
     */
    private static final double[] CENTRAL_NUM = {2.5090809287301226727e+3, 3.3430575583588128105e+4,
        6.7265770927008700853e+4, 4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
        1.3314166789178437745e+2, 3.3871328727963666080e+0};
    private static final double[] CENTRAL_DEN = {5.2264952788528545610e+3, 2.8729085735721942674e+4,
        3.9307895800092710610e+4, 2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
        4.2313330701600911252e+1, 1.0};
    private static final double[] NEAR_NUM = {7.74545014278341407640e-4, 2.27238449892691845833e-2,
        2.41780725177450611770e-1, 1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
        4.63033784615654529590e+0, 1.42343711074968357734e+0};
    private static final double[] NEAR_DEN = {1.05075007164441684324e-9, 5.47593808499534494600e-4,
        1.51986665636164571966e-2, 1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
        2.05319162663775882187e+0, 1.0};
    private static final double[] FAR_NUM = {2.01033439929228813265e-7, 2.71155556874348757815e-5,
        1.24266094738807843860e-3, 2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
        5.46378491116411436990e+0, 6.65790464350110377720e+0};
    private static final double[] FAR_DEN = {2.04426310338993978564e-15, 1.42151175831644588870e-7,
        1.84631831751005468180e-5, 7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
        5.99832206555887937690e-1, 1.0};

    @Override public String name() {
        return "_statistics";
    }

    @Override public void initialize(ModuleDefinition m) {
        m.doc("Fast paths for the statistics module.");
        m.addFunctions(StatisticsModule.class, MethodHandles.lookup());
    }

    @PyMethod(doc = "_normal_dist_inv_cdf($module, p, mu, sigma, /)\n--\n\n"
            + "The x for which the normal distribution N(mu, sigma) has cumulative probability p.")
    static double _normal_dist_inv_cdf(double p, double mu, double sigma) {
        if (p <= 0.0 || p >= 1.0) {
            throw Py.valueError("inv_cdf undefined for these parameters");
        }
        double q = p - 0.5;
        if (Math.abs(q) <= 0.425) {
            double r = 0.180625 - q * q;
            double x = horner(CENTRAL_NUM, r) * q / horner(CENTRAL_DEN, r);
            return mu + x * sigma;
        }
        double r = Math.sqrt(-log(q <= 0.0 ? p : 1.0 - p));
        double x;
        if (r <= 5.0) {
            r -= 1.6;
            x = horner(NEAR_NUM, r) / horner(NEAR_DEN, r);
        } else {
            r -= 5.0;
            x = horner(FAR_NUM, r) / horner(FAR_DEN, r);
        }
        if (q < 0.0) {
            x = -x;
        }
        return mu + x * sigma;
    }

    /** The polynomial with these coefficients (highest degree first) at r, by Horner's rule. */
    private static double horner(double[] coefficients, double r) {
        double sum = coefficients[0];
        for (int i = 1; i < coefficients.length; i++) {
            sum = sum * r + coefficients[i];
        }
        return sum;
    }

    private static double log(double x) {
        try {
            return (double) LOG.invokeExact(x);
        } catch (Throwable t) {
            throw new IllegalStateException("calling log(): " + t, t); // log() cannot fail
        }
    }
}
