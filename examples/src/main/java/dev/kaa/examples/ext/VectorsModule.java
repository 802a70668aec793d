package dev.kaa.examples.ext;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import java.lang.invoke.MethodHandles;

/**
 * {@code kaa_vectors}, a small extension module written against Kaa's extension API: a
 * {@link Vector} type of doubles and two functions. It is the example of the README's page
 * "Writing an extension module".
 *
 * <pre>
 * import kaa_vectors
 * v = kaa_vectors.Vector([3, 4])
 * v.norm()                        # 5.0
 * kaa_vectors.zeros(3)            # Vector([0.0, 0.0, 0.0])
 * </pre>
 *
 * <p>Thread safety: stateless.
 */
public final class VectorsModule implements ExtensionModule {
    @Override public String name() {
        return "kaa_vectors";
    }

    @Override public void initialize(ModuleDefinition m) {
        m.doc("Vectors of floats, computed in Java (an example extension module).");
        Vector.type = m.addType("Vector", Vector.class, MethodHandles.lookup(),
                "Vector(iterable) -> an immutable vector of the iterable's numbers, as floats.");
        m.addFunctions(VectorsModule.class, MethodHandles.lookup());
        m.add("__version__", "1.0");
    }

    @PyMethod(doc = "zeros(n) -> a Vector of n zeros.")
    static Vector zeros(int n) {
        if (n < 0) {
            throw Py.valueError("negative dimension: " + n);
        }
        return new Vector(Vector.type, new double[n]);
    }

    @PyMethod(positionalOnly = 2, doc = "linspace(start, stop, num=50) -> num evenly spaced values from start to stop.")
    static Vector linspace(double start, double stop, @Opt("50") int num) {
        if (num < 0) {
            throw Py.valueError("Number of samples, " + num + ", must be non-negative.");
        }
        double[] v = new double[num];
        for (int i = 0; i < num; i++) {
            v[i] = num == 1 ? start : start + (stop - start) * i / (num - 1);
        }
        return new Vector(Vector.type, v);
    }
}
